"""Threat recipients (session 21, issue 4): a threat made under a condition ("unless X ...", "if X ...") is aimed at
the named subject of that condition, who must act or refrain to avert it. Names and sentences are invented.
"""

from __future__ import annotations

import datetime

import pytest


def _threats(text: str):
    from eventlens import api

    return [e for e in api.extract(text, datetime.date(2024, 3, 6)) if e.event == "THREATEN"]


@pytest.mark.parametrize("text, averter, country", [
    ("Nurses in Ghana threatened to walk out unless the government pays their arrears.", "the government", "GHA"),
    ("Moldova warned it would expel the envoys if Russia kept sending drones over its border.", "Russia", "RUS"),
    ("The militia threatened to shell the port if Somalia did not release its commander.", "Somalia", "SOM"),
])
def test_the_party_that_must_avert_a_threat_is_its_recipient(text, averter, country):
    found = _threats(text)
    assert found, text
    assert (averter, country) in [(r.text, r.country) for e in found for r in e.recipient], found


def test_a_condition_on_no_party_adds_no_recipient():
    found = _threats("The rebels warned that they would resume attacks if the talks collapse.")
    assert found and all(r.text != "the talks" for e in found for r in e.recipient), found


@pytest.mark.parametrize("text, party", [
    ("The interior minister warned that police would no longer tolerate rallies by the Green Dawn party.",
     "the Green Dawn party"),
    ("The governor warned that soldiers would no longer tolerate rallies by the miners' union.", "the miners' union"),
])
def test_a_threat_against_an_act_is_aimed_at_whoever_does_it(text, party):
    # "warned that police would no longer tolerate rallies by X": the rallies are X's, so the warning is aimed at X
    found = _threats(text)
    assert party in [r.text for e in found for r in e.recipient], found
