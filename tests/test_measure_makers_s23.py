"""Roles (session 23, issue 4): words about a measure whose maker is named ("condemned the sanctions the EU imposed on
X", "criticised the blockade imposed on X by Y") are aimed at the maker, not at whom the measure weighs on; the maker
named as the subject of a relative clause on the measure counts as one named with "by" did. Acts that set or lift a
measure keep whom it weighs on. Names and sentences are invented.
"""

from __future__ import annotations

import datetime


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    from eventlens import api

    return [(e.event, [a.country for a in e.actor], [r.country for r in e.recipient])
            for e in api.extract(text, datetime.date(2024, 3, 6))]


def test_criticism_of_a_measure_with_a_relative_clause_maker_is_aimed_at_the_maker():
    found = _events("Brazil condemned the sanctions the European Union imposed on Venezuela.")
    assert ("ACCUSE", ["BRA"], ["EUR"]) in found, found


def test_criticism_of_a_measure_made_by_someone_drops_whom_it_weighs_on():
    found = _events("Bolivia criticised the sanctions imposed on Cuba by the United States.")
    assert ("ACCUSE", ["BOL"], ["USA"]) in found, found


def test_a_relative_that_the_model_tags_as_a_preposition_still_names_the_maker():
    found = _events("Turkey criticised the arms embargo that Germany imposed on Ankara.")
    assert ("ACCUSE", ["TUR"], ["DEU"]) in found, found


def test_without_a_maker_the_measure_still_points_at_whom_it_weighs_on():
    found = _events("Bolivia criticised the sanctions on Cuba.")
    assert ("ACCUSE", ["BOL"], ["CUB"]) in found, found


def test_lifting_a_measure_made_by_another_still_falls_on_whom_it_weighs_on():
    found = _events("The European Union lifted the sanctions that the UN imposed on Iran.")
    assert any(t in {"RETREAT", "CONCEDE"} and r == ["IRN"] for t, _a, r in found), found
