"""s21 types (issue 3): demands on a government named by a common noun, a retreat from a stance, meals with heads
of state, captives named by rank or trade, habitual "when"/"whenever" clauses, and agreed debt relief.

Invented sentences (generic names, no gold or seed wording)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2024, 5, 1)
REALISED = {"asserted", "reported", "historical"}


def _events(text: str) -> list:
    return api.extract(text, PUB)


def _realised(text: str) -> set[str]:
    return {e.event for e in _events(text) if e.modality in REALISED}


# -- "X said the Zembian government must ..." is a demand on that government, as "said Zembia must ..." is
@pytest.mark.parametrize("text", [
    "The opposition leader said on Monday that the Chilean government must open the border crossings.",
    "A rights group said Malian authorities must protect the villagers near the river.",
])
def test_obligation_on_named_government_body_is_request(text: str) -> None:
    assert "REQUEST" in _realised(text)


@pytest.mark.parametrize("text", [
    # the speaker's own side, or people in general: no demand on another party
    "The finance minister said the government must cut spending next year.",
    "The mayor said residents must stay indoors during the storm.",
])
def test_obligation_without_named_body_is_no_request(text: str) -> None:
    assert "REQUEST" not in _realised(text)


# -- retreating from a pledge, a goal or a role is no military pull-back; from a town it is
@pytest.mark.parametrize("text", [
    "The Zembian government retreated from its pledge to cut fuel subsidies.",
    "The veteran leader of the Karvanian party has retreated from leading roles since 2015.",
])
def test_retreat_from_stance_is_not_retreat(text: str) -> None:
    assert "RETREAT" not in _realised(text)


def test_retreat_from_town_is_retreat() -> None:
    assert "RETREAT" in _realised("Karvanian rebel fighters retreated from the border town after two days of shelling.")


# -- a meal with a head of state or a minister is a meeting; one with one's family is not
@pytest.mark.parametrize("text", [
    "The Zembian president had dinner with the Karvanian prime minister in the capital on Tuesday.",
    "The Karvanian king hosted a banquet for the visiting Zembian president.",
])
def test_meal_with_officials_is_consult(text: str) -> None:
    assert "CONSULT" in _realised(text)


def test_meal_with_family_is_no_consult() -> None:
    assert "CONSULT" not in _realised("The Zembian president had dinner with his wife and children on Sunday.")


# -- captives named by their rank or trade are released
@pytest.mark.parametrize("text", [
    "Karvanian rebels freed two Zembian engineers on Sunday after three months in captivity.",
    "The militia released a captured Zembian sergeant near the border on Friday.",
])
def test_release_of_captives_named_by_trade_or_rank(text: str) -> None:
    assert "RETREAT" in _realised(text)


# -- a present-tense "when"/"whenever" clause tells what happens in general, not an act in the news
@pytest.mark.parametrize(("text", "event"), [
    ("Press freedom in Zembia suffers when journalists are harassed by officials.", "COERCE"),
    ("Rights groups say Karvanian police detain protesters whenever they gather in the capital.", "COERCE"),
])
def test_habitual_when_clause_is_not_realised(text: str, event: str) -> None:
    found = {e.modality for e in _events(text) if e.event == event}
    assert found and not found & REALISED


def test_past_when_clause_stays_realised() -> None:
    text = "The Zembian minister resigned when journalists were harassed by police in the capital."
    assert "COERCE" in _realised(text)


# -- agreeing to forgive or cancel a debt is the debt relief (AID), not only a promise; agreeing to lend stays one
@pytest.mark.parametrize("text", [
    "Zembia agreed to forgive the debt of Karvania on Thursday.",
    "The Karvanian government agreed to cancel the debts of Zembia and its neighbours.",
])
def test_agreed_debt_relief_is_aid(text: str) -> None:
    found = _realised(text)
    assert "AID" in found and "AGREE" not in found


def test_agreed_loan_stays_agree() -> None:
    assert "AID" not in _realised("Zembia agreed to lend up to $2 billion to Karvania for its recovery.")


# -- second round: a part of a force counted by its unit, pieces of heritage handed back, refugees let home, sums forgiven
def test_counted_unit_of_peacekeepers_arriving_is_retreat() -> None:
    text = "A small patch of Ghanaian peacekeeping troops arrived in Liberia on Monday."
    assert "RETREAT" in _realised(text)


def test_returned_heritage_pieces_are_retreat() -> None:
    assert "RETREAT" in _realised("Italian police returned 40 looted coins and a bronze pendant to Greece last week.")


def test_refugees_allowed_to_return_home_is_retreat() -> None:
    assert "RETREAT" in _realised("Kenya allowed 5,000 Somali refugees to return home from the camps in March.")


def test_refugees_allowed_to_work_is_no_retreat() -> None:
    assert "RETREAT" not in _realised("Kenya allowed the Somali refugees to work in its cities.")


def test_agreed_to_forgive_a_sum_is_aid() -> None:
    assert "AID" in _realised("The Karvanian government agreed to forgive millions owed by Zembia.")


# -- third round: two parties discussing together, views exchanged, a delegation walking out of a meeting
@pytest.mark.parametrize("text", [
    "Kenyan President Kenyatta and Ugandan President Museveni discussed the border dispute in Nairobi.",
    "The two foreign ministers exchanged views on the Nile dam in Cairo.",
])
def test_discussion_between_parties_is_consult(text: str) -> None:
    assert "CONSULT" in _realised(text)


def test_report_discussing_is_no_consult() -> None:
    assert "CONSULT" not in _realised("The new Kenyan report discusses the border dispute in detail.")


def test_delegation_walking_out_of_a_meeting_is_sanction() -> None:
    assert "SANCTION" in _realised("The Syrian delegation walked out of the Arab League meeting in Cairo on Sunday.")


# -- fourth round: help offered by a readiness word is an offer (AGREE); help given plainly is no event of this entry
@pytest.mark.parametrize("text", [
    "Norway is ready to contribute to the peace process in Colombia.",
    "Brazil is willing to help Haiti rebuild its police force.",
])
def test_help_offered_by_readiness_is_agree(text: str) -> None:
    assert "AGREE" in _realised(text)


def test_readiness_to_help_an_attack_is_no_offer() -> None:
    assert "AGREE" not in _realised("The militia is ready to help the rebels attack the town of Goma.")
