"""Session 20 (issue 5, places), second round: the party a noun of aid or of a measure is for or aimed at
("a loan to X", "aid for X", "sanctions against X") is no scene of the event (`where/beneficiary_nouns.txt`),
and "in the city" refers back to the one town just named. All texts are invented."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.record import Article


def _events(pipeline, text: str) -> list:
    art = Article(article_id="s20-where-b", text=text, published=date(2024, 5, 1))
    return pipeline.code(art)


def _by_trigger(events, word: str):
    found = [e for e in events if e.text_info.trigger.lower().startswith(word)]
    assert found, f"no event with trigger {word!r} in {[e.text_info.trigger for e in events]}"
    return found[0]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The European Union approved a new loan to Lebanon on Tuesday.", "approved"),
    ("The finance ministers agreed on tougher sanctions against Caracas.", "agreed"),
])
def test_the_party_aid_or_a_measure_is_for_is_no_scene(pipeline, text, trigger):
    # Lebanon receives the loan and Caracas is what the sanctions aim at: whom, not where.
    ev = _by_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is None


def test_a_scene_beside_a_measure_keeps_its_place(pipeline):
    text = "Canada extended its sanctions against Moscow during a summit in Rome."
    ev = _by_trigger(_events(pipeline, text), "sanctions")
    assert ev.event_loc is not None and ev.event_loc.country == "ITA"


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("Protesters gathered in Lyon on Saturday. Riot police clashed with them in the city.", "clashed", "Lyon"),
    ("Rebels attacked a convoy near Goma. Later, soldiers arrested three men in the town.", "arrested", "Goma"),
])
def test_the_city_refers_back_to_the_town_just_named(pipeline, text, trigger, town):
    ev = _by_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is not None and ev.event_loc.name == town


def test_the_city_after_two_towns_stays_unresolved(pipeline):
    # Two towns in the sentence before: "the city" could be either, so no town is taken.
    text = "Thousands rallied in Lyon and Marseille. Police detained dozens in the city."
    ev = _by_trigger(_events(pipeline, text), "detained")
    assert ev.event_loc is None or ev.event_loc.resolution == 1


def test_a_to_phrase_on_a_measure_keeps_its_country(pipeline):
    # The parser hangs "to the U.S." on the tariffs; a measure's "to" names no party it is aimed at.
    text = "On Friday, the president levied 10% tariffs on copper and nickel exports to the U.S. from 12 countries."
    ev = _by_trigger(_events(pipeline, text), "tariffs")
    assert ev.event_loc is not None and ev.event_loc.country == "USA"
