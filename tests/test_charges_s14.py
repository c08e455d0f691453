"""Charges one faces or presses (session 14): 'X faces charges of Y' is ACCUSE allege with X as the
recipient (the accuser only from a 'from'/'by' phrase); the noun 'charge' alone is no event."""

from __future__ import annotations

import datetime

from eventlens import api
from eventlens.events import find_events


def _cands(nlp, text):
    doc = nlp(text)
    return [(c, doc) for c in find_events(doc) if doc[c.trigger].lemma_.lower() == "charge"]


def _span(doc, arg):
    return doc[arg.start:arg.end].text


def test_faced_charges_make_the_subject_the_recipient(nlp):
    found = _cands(nlp, "The defence minister of Freedonia faces charges of fraud.")
    assert found, "no charge event"
    c, doc = found[0]
    assert (c.type, c.mode) == ("ACCUSE", "allege")
    assert c.actors == []
    assert any("defence minister" in _span(doc, r) for r in c.recipients)


def test_accuser_from_a_from_phrase(nlp):
    found = _cands(nlp, "The governor faced charges from federal prosecutors.")
    assert found
    c, doc = found[0]
    assert [_span(doc, a) for a in c.actors] == ["federal prosecutors"]
    assert any("governor" in _span(doc, r) for r in c.recipients)


def test_pressed_charges_the_subject_accuses(nlp):
    found = _cands(nlp, "The opposition leader pressed charges against the police chief.")
    assert found
    c, doc = found[0]
    assert c.type == "ACCUSE"
    assert any("opposition leader" in _span(doc, a) for a in c.actors)


def test_face_stays_no_light_verb_for_other_nouns(nlp):
    # the subject of 'face' is never the actor of what it faces
    doc = nlp("The army faced a fierce rebel attack near the border.")
    for c in find_events(doc):
        assert not any("army" in _span(doc, a) for a in c.actors)


def test_the_noun_alone_is_no_event(nlp):
    for text in ("She took charge of the ministry.", "The general was held on charges of treason.",
                 "The battery lost its charge.", "The charges against him were reported in the press."):
        assert not _cands(nlp, text), text


def test_pipeline_codes_a_faced_charge():
    events = api.extract("Iran's defence minister faces charges of fraud.", datetime.date(2020, 1, 1))
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and accuse[0].recipient and accuse[0].recipient[0].country == "IRN"
    assert not accuse[0].actor


def _convict(nlp, text):
    doc = nlp(text)
    found = [c for c in find_events(doc) if c.type == "SANCTION" and c.mode == "convict"]
    assert found, f"no conviction in {text!r}"
    c = found[0]
    return [_span(doc, a) for a in c.actors], [_span(doc, r) for r in c.recipients]


def test_found_guilty_headline_is_a_passive(nlp):
    actors, recipients = _convict(nlp, "Former Freedonian minister found guilty of bribery")
    assert not any("minister" in a for a in actors)
    assert any("minister" in r for r in recipients)


def test_court_finds_someone_guilty(nlp):
    actors, recipients = _convict(nlp, "A military court found the rebel commander guilty of treason.")
    assert any("court" in a for a in actors)
    assert any("commander" in r for r in recipients)
    assert not any("commander" in a for a in actors)


def test_passive_found_guilty_unchanged(nlp):
    actors, recipients = _convict(nlp, "The former governor was found guilty of embezzlement.")
    assert actors == []
    assert any("governor" in r for r in recipients)


def test_reduced_relative_found_guilty(nlp):
    actors, recipients = _convict(nlp, "Jon Roe, the former army officer found guilty of looting, died on Monday.")
    assert not any("Roe" in a or "officer" in a for a in actors)
    assert any("officer" in r or "Roe" in r for r in recipients)
