"""s22 types (issue 3): trade barriers undone. Tariffs lifted or eased are RETREAT (CAMEO 085 "ease economic
sanctions, boycott, embargo"), as tariffs cut or waived already were; a boycott or sanctions law repealed or
rescinded is the same easing. Taxes lifted at home and other laws repealed stay out. Coming together "for" talks
holds them; a state's forces training another country's forces give military aid.

Invented sentences (generic names, no gold or seed wording)."""
from datetime import date

import pytest
from conftest import realised_types

PUB = date(2024, 5, 1)


@pytest.mark.parametrize("text", [
    "Chile lifted its tariffs on Peruvian copper on Tuesday.",
    "Ghana eased tariffs on Nigerian cement after the summit.",
    "The Malian parliament repealed the boycott law aimed at Niger.",
    "Peru rescinded the sanctions it had imposed on Bolivian officials.",
])
def test_trade_barriers_undone_are_retreat(text: str) -> None:
    assert "RETREAT" in realised_types(text, PUB)


@pytest.mark.parametrize("text", [
    "The Chilean government lifted the tax on fuel on Tuesday.",
    "The Malian parliament repealed the law on public gatherings.",
])
def test_domestic_taxes_and_laws_are_no_retreat(text: str) -> None:
    assert "RETREAT" not in realised_types(text, PUB)


# -- coming together "for" talks or a meeting holds them (CONSULT; in the future, AGREE by the manual)
@pytest.mark.parametrize("text", [
    "The Chilean foreign minister joined his Peruvian counterpart for talks in Lima on Monday.",
    "The presidents of Ghana and Togo gathered for a meeting in Accra on Friday.",
])
def test_coming_together_for_talks_is_consult(text: str) -> None:
    assert "CONSULT" in realised_types(text, PUB)


def test_future_gathering_for_talks_is_agree() -> None:
    assert "AGREE" in realised_types("The presidents of Ghana and Togo will gather for a meeting in Accra next week.", PUB)


@pytest.mark.parametrize("text", [
    "Hundreds of pilgrims gathered for prayers in Mecca on Friday.",
    "The Chilean president joined his family for dinner in Lima.",
])
def test_gathering_for_other_things_is_no_meeting(text: str) -> None:
    assert realised_types(text, PUB) & {"CONSULT", "AGREE"} == set()


# -- a state's forces training another country's forces give military aid; training one's own is routine
@pytest.mark.parametrize("text", [
    "Chilean army instructors are training Peruvian pilots at an air base near Lima.",
    "British soldiers trained Ghanaian troops in Accra last month.",
])
def test_training_foreign_forces_is_aid(text: str) -> None:
    assert "AID" in realised_types(text, PUB)


@pytest.mark.parametrize("text", [
    "The Ghanaian army trained 500 soldiers in Kumasi last year.",
    "The Chilean army trained its soldiers in the desert.",
    "The coach trained young players in Lima.",
])
def test_training_own_forces_is_no_aid(text: str) -> None:
    assert "AID" not in realised_types(text, PUB)
