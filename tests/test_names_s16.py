"""Surnames that are stop words (session 16): spaCy's stop list holds "may", so "Prime Minister Theresa
May"-style names lost their surname and later mentions ("May said") found nobody. Names here are invented."""

from __future__ import annotations

import datetime

import pytest

from eventlens import api
from eventlens.actors import memory

PUBLISHED = datetime.date(2019, 3, 20)


def _names(text: str) -> list[str | None]:
    return [a.name for e in api.extract(text, PUBLISHED) for a in e.actor + e.recipient]


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Carla May met the Irish leader in Dublin.", "Carla May"),
    ("Foreign Minister Olav May accused Russia of meddling in the vote.", "Olav May"),
    ("Police arrested activist Joanna May in Leeds on Monday.", "Joanna May"),
])
def test_stop_word_surname_stays_in_the_name(text, name):
    assert name in _names(text), _names(text)


def test_month_and_modal_are_no_surname():
    # the modal verb and the month stay what they are: nobody named "May" appears
    names = _names("The French minister may visit Berlin in May to sign the accord.")
    assert all(n is None or "May" not in n for n in names), names


def test_rule_needs_a_first_name_inside_a_person_entity(nlp):
    doc = nlp("Prime Minister Carla May met the Irish leader in Dublin. May is a month.")
    may = [t for t in doc if t.text == "May"]
    assert (may[0].ent_type_, may[0].ent_iob_, may[0].tag_) == ("PERSON", "I", "NNP")  # the model's reading
    assert memory._stop_word_surname(may[0])
    assert not memory._stop_word_surname(may[1])  # sentence start: never a surname by this rule
