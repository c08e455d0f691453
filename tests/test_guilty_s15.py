"""Session 15 guilty: a verbless headline's verdict, "X guilty of <offence>", is SANCTION convict with X as recipient."""

import datetime

import pytest

from eventlens import api


def _events(text):
    return api.extract(text, datetime.date(2020, 1, 1))


@pytest.mark.parametrize("text", [
    "Former Kenyan minister guilty of corruption",
    "Kenya: ex-mayor guilty of bribery",
    "Japan: warlord guilty of war crimes",
])
def test_verbless_guilty_headline_is_a_conviction(text):
    sanctions = [e for e in _events(text) if e.event == "SANCTION"]
    assert sanctions, text
    ev = sanctions[0]
    assert ev.mode == "convict"
    assert ev.recipient and not ev.actor  # the judged party is the recipient; no court named


@pytest.mark.parametrize("text", [
    "Peru: ex-president not guilty of fraud",      # an acquittal
    "Brazil guilty of hypocrisy over forests",     # opinion, no offence
    "Kenyan minister guilty of neglect, say critics",
])
def test_no_verdict_without_an_offence_or_with_negation(text):
    assert not [e for e in _events(text) if e.event == "SANCTION"]


@pytest.mark.parametrize("text", [
    "The finance minister gave a talk on budget reform at the university.",
    "The Kenyan envoy delivered a talk about refugee policy in Nairobi.",
])
def test_a_talk_to_an_audience_is_no_meeting(text):
    assert not [e for e in _events(text) if e.event == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Kenya held talks with Uganda on trade.",
    "The Kenyan president had a talk with the Ugandan leader.",
    "Kenya and Uganda held a talk on trade.",
])
def test_talks_with_an_interlocutor_stay_consult(text):
    assert [e for e in _events(text) if e.event == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Kenyan doctors will not call off the strike until the government raises pay.",
    "Kenyan nurses say they won't end their strike until pay rises.",
])
def test_refusing_to_end_a_strike_is_reject(text):
    assert [e for e in _events(text) if e.event == "REJECT"]
