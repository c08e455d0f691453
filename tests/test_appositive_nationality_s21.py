"""Actors (session 21, issue 4, second round): a nationality standing alone as the apposition before a
name ("A Canadian, Paul Herbert, ...") is that person's country, as "Paul Herbert, a Canadian," already
was; the court's or the arrest's place (here France) does not replace it. A demonym followed by other words
("A Canadian working in Lyon") stays a description. Names and sentences are invented.
"""

from __future__ import annotations

import datetime


def _parties(text: str) -> list[tuple[str, str | None]]:
    from eventlens import api

    return [(a.text, a.country) for e in api.extract(text, datetime.date(2024, 3, 6))
            for a in e.actor + e.recipient]


def test_a_nationality_apposition_before_a_name_is_the_persons_country():
    found = _parties("A Canadian, Paul Herbert, aged 40, was charged with fraud in Lyon, France, on Monday.")
    herbert = [c for t, c in found if "Herbert" in t]
    assert herbert == ["CAN"], found


def test_a_nationality_apposition_holds_against_the_arrests_place():
    found = _parties("Police in Marseille, France, arrested a Belgian, Marc Dufort, on Friday.")
    dufort = [c for t, c in found if "Dufort" in t]
    assert dufort == ["BEL"], found


def test_the_apposition_after_the_name_still_gives_the_country():
    found = _parties("Paul Herbert, a Canadian, was charged with fraud in Lyon, France, on Monday.")
    assert [c for t, c in found if "Herbert" in t] == ["CAN"], found


def test_a_nationality_apposition_after_a_dateline_is_the_persons_country():
    # the dateline stays in the sentence's first words and the model tags the capitalised "An" a proper noun
    found = _parties("Tuesday, May 7, 2019 \n\n\nAn Austrian, Karl Weidner, aged 51, was charged with arson in "
                     "Turin, Italy, on Monday.")
    assert [c for t, c in found if "Weidner" in t] == ["AUT"], found
