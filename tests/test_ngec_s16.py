"""s16 ngec: headline and report shapes of the NGEC headlines (issue 3) that the coder missed.

All sentences are invented; invented or generic names only."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2023, 6, 15)


def _events(text):
    return api.extract(text, PUB)


def _first(text, etype):
    return next((e for e in _events(text) if e.event == etype), None)


# --- an event noun whose occurrence is reported: "heavy fighting is reported in X" -------------------------------
@pytest.mark.parametrize("text, etype, country", [
    ("Heavy fighting is reported in the north of Kenya.", "ASSAULT", "KEN"),
    ("Fresh protests were reported in several towns of Peru on Monday.", "PROTEST", "PER"),
    ("Clashes reported in Nairobi.", "ASSAULT", "KEN"),  # headline: bare participle
    ("Mass arrests reported in Bolivia.", "COERCE", "BOL"),  # noun-only headline, reduced relative
])
def test_reported_occurrence_is_an_event_at_its_place(text, etype, country):
    ev = _first(text, etype)
    assert ev is not None, [e.event for e in _events(text)]
    assert ev.modality == "reported"
    assert ev.event_loc is not None and ev.event_loc.country == country


@pytest.mark.parametrize("text", [
    "No clashes were reported in Nairobi.",  # negated
    "Heavy fighting is reported.",  # nobody and nowhere: a topic
    "Large explosions are reported in Nairobi.",  # an explosion alone is not an attack
    "Clashes are reported to be unlikely in Nairobi.",  # the report has its own clause
])
def test_reported_occurrence_needs_an_event_a_place_and_no_clause(text):
    assert not [e for e in _events(text) if e.modality in {"asserted", "reported"}]


def test_reported_occurrence_keeps_named_sides():
    ev = _first("Clashes between the army and rebels were reported in Bolivia.", "ASSAULT")
    assert ev is not None
    sectors = {a.sector for a in ev.actor}
    assert {"MIL", "REB"} <= sectors


# --- a headline's elided passive after a subordinator: "Protests erupt after opposition leader detained" ----------
@pytest.mark.parametrize("text, etype, patient", [
    ("Protests erupt in Bolivia after opposition leader detained.", "COERCE", "opposition leader"),
    ("Police hunt gunmen after journalist shot dead in Nairobi.", "ASSAULT", "journalist"),
    ("Students rally in Lima as union chief jailed.", "COERCE", "union chief"),
])
def test_subordinate_headline_passive_subject_is_the_patient(text, etype, patient):
    evs = [e for e in _events(text) if e.event == etype]
    assert evs, [e.event for e in _events(text)]
    assert any(patient in (r.text or "") for e in evs for r in e.recipient)
    assert not any(patient in (a.text or "") for e in evs for a in e.actor)


@pytest.mark.parametrize("text, agent", [
    ("Protests erupted in Bolivia after police detained the opposition leader.", "police"),  # object: active
    ("Tension rose in Bolivia after soldiers shot at protesters.", "soldiers"),  # 'shoot at': active
])
def test_subordinate_clause_with_object_stays_active(text, agent):
    evs = [e for e in _events(text) if e.event in {"COERCE", "ASSAULT"}]
    assert evs
    assert any(agent in (a.text or "") for e in evs for a in e.actor)


# --- a headline clause's subject parsed as the object of its subordinator: "Relief as IMF agrees to ..." ----------
def test_subject_parsed_under_the_subordinator_is_the_actor():
    ev = next((e for e in _events("Relief in Lima as Peru agrees to release detained fishermen.")
               if e.event in {"CONCEDE", "AGREE", "RETREAT"}), None)
    assert ev is not None
    assert [a.country for a in ev.actor] == ["PER"]


# --- "X to V" headline parsed as a noun with an infinitive modifier: "Opposition to boycott election" --------------
def test_headline_infinitive_noun_subject_is_the_actor():
    ev = _first("Opposition to boycott Bolivia election.", "PROTEST")
    assert ev is not None
    assert ev.modality == "future"
    assert [a.text for a in ev.actor] == ["Opposition"]


def test_headline_course_noun_is_not_the_actor():
    # "Move to ...": the course of action, not who acts
    assert not any("Move" in (a.text or "") for e in _events("Move to boycott Bolivia election.") for a in e.actor)


# --- a promise of a bare noun of yielding: "the parties agree to withdrawal" is a concession -----------------------
@pytest.mark.parametrize("text", [
    "The rebels agreed to withdrawal.",
    "The rebels agreed to disarmament.",  # disarmament tagged as an infinitive
    "Parties in the Bolivia war declare ceasefire and agree to withdrawal.",
])
def test_promised_bare_yielding_noun_is_concede(text):
    types = [e.event for e in _events(text)]
    assert "CONCEDE" in types, types
    assert "AGREE" not in types
