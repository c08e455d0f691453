"""s22b types (issue 3, round 2): talks with the press are interviews, not consultations between parties.

- a meeting, talk or phone call in which one party is a news outlet, a reporter or a correspondent is an interview or
  a press contact: no CONSULT;
- a meeting with the heads of the press (editors, publishers, a press union) stays a consultation, as do meetings of
  office-holders;
- supporting an issue or a cause with no party named ("supports gay rights") is a stance, not a SUPPORT event.

Invented sentences (generic names, no gold or seed wording)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2024, 5, 1)


def _types(text: str) -> set[str]:
    return {e.event for e in api.extract(text, PUB)}


@pytest.mark.parametrize("text", [
    "The Peruvian foreign minister talked with reporters in Lima about the fishing quarrel.",
    "The Ghanaian president met with journalists from state television at his palace.",
    "The Bolivian opposition leader spoke by phone with a radio correspondent on Friday.",
])
def test_press_contact_is_no_consult(text: str) -> None:
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize("text", [
    "The Peruvian prime minister met with editors of the leading dailies to discuss the new press law.",
    "The Chilean president met with the Bolivian foreign minister in Lima on Monday.",
])
def test_meetings_of_parties_stay(text: str) -> None:
    assert "CONSULT" in _types(text)


# -- a stance on an issue or a cause, with no party supported, is no SUPPORT (s22b)
@pytest.mark.parametrize("text", [
    "The Bolivian mayor has long supported LGBT rights and the inclusion of migrants.",
    "The Chilean senator supports gay rights, his office said.",
])
def test_issue_stance_is_no_support(text: str) -> None:
    assert "SUPPORT" not in _types(text)


@pytest.mark.parametrize("text", [
    "The Peruvian government supported the right of the Kurds to a referendum.",
    "The Chilean senator backed the resolution on Monday.",
])
def test_support_for_a_party_or_a_measure_stays(text: str) -> None:
    assert "SUPPORT" in _types(text)
