"""Recall (session 21, issue 3):

- a leader who "called" a counterpart, or a named person with the call's purpose in the sentence ("called
  the premier to discuss ..."), held a phone consultation (CONSULT phone); "called him a liar" and "called a
  strike" are not.
- a promise of aid (CAMEO 033) with a purpose clause names whom the aid is for, as giving aid does: "pledged
  aid to help X cope" has X as its recipient.
Names and sentences are invented.
"""

from __future__ import annotations

import datetime


def _events(text: str):
    from eventlens import api

    return api.extract(text, datetime.date(2024, 3, 6))


def _parties(text: str, event: str) -> list[str]:
    return [a.text for e in _events(text) if e.event == event for a in e.actor + e.recipient]


def test_calling_a_counterpart_is_a_phone_consultation():
    found = [e for e in _events("The Kenyan president called his Ugandan counterpart on Monday.") if e.event == "CONSULT"]
    assert found and found[0].mode == "phone"
    assert "his Ugandan counterpart" in [a.text for a in found[0].actor + found[0].recipient]


def test_calling_a_named_minister_to_discuss_is_a_phone_consultation():
    text = "Finnish Foreign Minister Aino Laine called Estonian Foreign Minister Peeter Kask to discuss the ferry row."
    assert "Estonian Foreign Minister Peeter Kask" in _parties(text, "CONSULT")


def test_calling_someone_a_name_or_calling_a_strike_is_no_consultation():
    assert not _parties("The senator called the governor a liar.", "CONSULT")
    assert not _parties("The union called a strike over pay.", "CONSULT")


def test_pledged_aid_to_help_a_country_cope_names_the_country():
    found = [e for e in _events("Japan pledged aid to help Nepal cope with the floods.") if e.event == "AGREE"]
    assert found and [a.text for a in found[0].recipient] == ["Nepal"]
