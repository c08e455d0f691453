"""Actors (session 22, issue 4): an office-holder on a journey is not of the country visited, also when the journey
is named without an owner in a phrase on the person's clause or name ("During a visit to Kenya, Prime Minister X
signed ...", "X, on a trip to Kenya, ..."), by its agent ("a visit by X to Kenya") or in a relative clause ("X, who is
visiting Kenya, ..."). Before, only "his visit", "X's trip" and "X visited" counted, and the article's focus on the
visited country became the visitor's own. Names and sentences are invented.
"""

from __future__ import annotations

import datetime

TAIL = " Ghana has cut its import tariffs. Ghana said it would cut more next year."


def _countries(text: str, who: str) -> list[str | None]:
    from eventlens import api

    return [a.country for e in api.extract(text, datetime.date(2024, 3, 6)) for a in e.actor + e.recipient
            if who in a.text or a.name and who in a.name]


def test_an_ownerless_visit_before_the_subject_is_the_subjects_journey():
    found = _countries("During a visit to Ghana, Prime Minister Olav Lund signed a trade deal." + TAIL, "Lund")
    assert found and "GHA" not in found, found


def test_a_trip_in_an_opening_phrase_is_the_subjects_journey():
    found = _countries("On a two-day trip to Ghana, Prime Minister Olav Lund praised the reforms." + TAIL, "Lund")
    assert found and "GHA" not in found, found


def test_a_visit_phrase_on_the_name_is_the_persons_journey():
    found = _countries("Prime Minister Olav Lund, on a visit to Ghana, condemned the attack." + TAIL, "Lund")
    assert found and "GHA" not in found, found


def test_a_visit_by_the_person_is_their_journey():
    found = _countries("A three-day visit by Prime Minister Olav Lund to Ghana ended on Friday. Lund praised the "
                       "reforms." + TAIL, "Lund")
    assert found and "GHA" not in found, found


def test_a_relative_clause_of_visiting_is_the_persons_journey():
    found = _countries("Prime Minister Olav Lund, who is visiting Ghana, condemned the attack." + TAIL, "Lund")
    assert found and "GHA" not in found, found


def test_a_host_leader_keeps_the_focus_country():
    # the journey is someone else's: the leader who receives the visitor is of the country written about
    found = _countries("During a visit by Danish ministers, Prime Minister Kofi Mensah signed a trade deal." + TAIL,
                       "Mensah")
    assert found and set(found) == {"GHA"}, found
