"""Actors (session 23, issue 4): a movement named by its aim of splitting from a state ("separatists",
"secessionists"; actor_words.yaml `secession_words`) keeps the country of that state's forces or government it acts
on, where an unnamed armed group otherwise loses a country the article's focus took only from the other party's
phrase ("Rebels attacked French journalists" says nothing of the rebels being French). Names and sentences are
invented.
"""

from __future__ import annotations

import datetime


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    from eventlens import api

    return [(a.text, a.country, a.sector) for e in api.extract(text, datetime.date(2024, 3, 6)) for a in e.actor]


def test_separatists_fighting_a_state_s_troops_are_of_that_state():
    assert _actors("Separatists in the east attacked Ukrainian troops on Sunday.") == [("Separatists", "UKR", "REB")]


def test_secessionists_ambushing_an_army_convoy_are_of_its_state():
    assert _actors("Secessionists ambushed a Cameroonian army convoy.") == [("Secessionists", "CMR", "REB")]


def test_plain_rebels_still_take_no_country_from_the_troops_they_attack():
    assert _actors("Rebels attacked Malian soldiers.") == [("Rebels", None, "REB")]


def test_separatists_acting_on_foreigners_take_no_country_from_them():
    assert _actors("Separatists kidnapped two French journalists.") == [("Separatists", None, "REB")]
