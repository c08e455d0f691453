"""Coups (session 21, issue 4): a coup d'etat or a coup attempt is ASSAULT (CAMEO 180, context pro_autocracy), when the
sentence says who made it or whom it removed. Names and sentences are invented.
"""

from __future__ import annotations

import datetime

import pytest


def _events(text: str, published: datetime.date = datetime.date(2024, 3, 6)):
    from eventlens import api

    return [e for e in api.extract(text, published) if e.event == "ASSAULT"]


def _one(text: str):
    found = _events(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Rebel colonels staged a coup in the capital on Tuesday.", "Rebel colonels", None),
    ("The colonels seized power in a coup on Tuesday.", "The colonels", None),
    ("President Tomas Vargo was ousted in a coup on Tuesday.", None, "President Tomas Vargo"),
    ("The generals toppled President Tomas Vargo in a putsch on Tuesday.", "The generals", "President Tomas Vargo"),
    ("A coup deposed President Tomas Vargo on Tuesday.", None, "President Tomas Vargo"),
    ("The presidential guard's coup attempt collapsed within hours.", "The presidential guard", None),
])
def test_a_coup_with_its_maker_or_its_victim_named_is_an_assault(text, actor, recipient):
    ev = _one(text)
    assert ev.cameo == "180" and "pro_autocracy" in ev.context, ev
    assert [a.text for a in ev.actor] == ([actor] if actor else []), ev.actor
    assert [a.text for a in ev.recipient] == ([recipient] if recipient else []), ev.recipient


@pytest.mark.parametrize("text", [
    "The country has been ruled by soldiers since the coup.",
    "Opposition leaders warned of a coup if the vote were delayed.",
])
def test_a_coup_named_in_passing_is_no_event(text):
    assert _events(text) == []


def test_a_coup_years_ago_is_historical():
    ev = _one("Ties with Lorvia have been frozen since the generals seized power in a coup in 2014.")
    assert ev.modality == "historical", ev


def test_the_leader_of_the_coup_holds_the_office_of_the_ousted_one():
    # the article is about Chile; the coup's leader is named only as "current president", beside the Bolivian
    # president he ousted: he holds the same office, so he is Bolivian too (and stays so beside him in one event)
    text = ("Chilean President Marta Solis hosted the summit in Santiago on Monday. Ties cooled after Bolivian "
            "President Jon Ruvel was ousted in a coup led by current president Ivo Darek three years ago.")
    ev = _one(text)
    assert [(a.name, a.country) for a in ev.actor] == [("Ivo Darek", "BOL")], ev.actor
    assert [(a.name, a.country) for a in ev.recipient] == [("Jon Ruvel", "BOL")], ev.recipient
    assert ev.modality == "historical", ev
