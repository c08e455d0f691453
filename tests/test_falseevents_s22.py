"""s22 types (issue 3): acts only talked about or weighed, and statements PLOVER leaves out, are no events.

- a gerund that is the subject of a modal or present-tense clause names an act talked of ("Shelling the port
  would be a disaster"), not one done;
- an act someone says they are considering, weighing or mulling is no stated intention (no AGREE/THREATEN);
- a present-tense "agree with <someone>" is a shared stance (CAMEO 019 express accord), not an agreement;
- thanking one's own supporters, voters or staff is no SUPPORT.

Invented sentences (generic names, no gold or seed wording)."""
from datetime import date

import pytest
from conftest import realised_types

PUB = date(2024, 5, 1)


# -- a gerund subject under a modal or a present "is": an act talked of
@pytest.mark.parametrize("text", [
    "Arresting the Peruvian ministers will only harden the opposition, the rights group said.",
    "Attacking Ghana is a violation of the treaty, the foreign ministry in Oslo said.",
    "She said killing the Peruvian ministers would not bring back her son.",
])
def test_gerund_subject_is_no_event(text: str) -> None:
    assert realised_types(text, PUB) & {"ASSAULT", "COERCE"} == set()


@pytest.mark.parametrize("text", [
    # the gerund as an adjunct or an object tells an act done; a past copula speaks of one done
    "Chilean troops shelled Lebanon on Monday, killing four sailors.",
    "The police arrested the Peruvian ministers on Friday.",
])
def test_told_acts_stay(text: str) -> None:
    assert realised_types(text, PUB) & {"ASSAULT", "COERCE"}


# -- an act weighed is not promised
@pytest.mark.parametrize("text", [
    "The Zembian foreign minister says his government is considering giving food aid to Karvania.",
    "The Karvanian president said he was weighing sending more doctors to Zembia.",
])
def test_deliberation_is_no_agreement(text: str) -> None:
    assert "AGREE" not in realised_types(text, PUB)


def test_stated_plan_is_still_agreement() -> None:
    assert "AGREE" in realised_types("The Zembian foreign minister says his government will give food aid to Karvania.", PUB)


# -- agreeing with someone in the present tense is a stance, not an agreement
@pytest.mark.parametrize("text", [
    "Two Malian ministers say they agree with the Chilean president, who told reporters the vote was fair.",
    "The Malian opposition leader agrees with the Chilean president, who told reporters the vote was fair.",
])
def test_present_agree_with_someone_is_no_agreement(text: str) -> None:
    assert "AGREE" not in realised_types(text, PUB)


@pytest.mark.parametrize("text", [
    "Zembia agreed with Karvania on a new border accord on Monday.",
    "The Zembian ministers agree with the Karvanian proposal of a ceasefire in the north.",
])
def test_agreement_reached_or_terms_accepted_stay(text: str) -> None:
    assert "AGREE" in realised_types(text, PUB)


# -- thanking one's own following is no support
@pytest.mark.parametrize("text", [
    "The Zembian senator thanked her supporters in a video posted on Sunday.",
    "After the vote the Karvanian prime minister thanked voters for their trust.",
])
def test_thanking_own_following_is_no_support(text: str) -> None:
    assert "SUPPORT" not in realised_types(text, PUB)


def test_thanking_a_state_is_support() -> None:
    assert "SUPPORT" in realised_types("The Zembian president thanked Karvania for its help after the floods.", PUB)


# -- preparations or measures deployed move nobody
def test_deployed_preparations_are_no_mobilization() -> None:
    text = "The main hospital in Lima has deployed all the necessary preparations to receive the injured."
    assert "MOBILIZE" not in realised_types(text, PUB)


def test_deployed_troops_are_mobilization() -> None:
    assert "MOBILIZE" in realised_types("Chad deployed 500 troops to its northern border on Sunday.", PUB)
