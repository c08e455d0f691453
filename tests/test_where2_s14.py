"""Session 14 (issue 5, places): wordings of British, Irish, Canadian, Australian and South Asian local press
(`where/press_cues.tsv`): councillors, sixth forms and GCSEs, the Gardaí, shire councils, crores and lakhs.
All texts are our own."""

from __future__ import annotations

import pytest

from eventlens.where.locate import (
    PRESS_CUE_WEIGHT,
    REGION_OFFICE_WEIGHT,
    press_focus,
    press_towns,
    region_office_focus,
)


@pytest.mark.parametrize(("text", "country"), [
    ("Pupils at the sixth form college sat their exams in June.", "GBR"),
    ("Results for GCSEs rose this summer, the exam board said.", "GBR"),
    ("She needs three A-levels to take up the place.", "GBR"),
    ("Gardaí are appealing for witnesses to the crash.", "IRL"),
    ("A Garda sergeant was injured during the arrest.", "IRL"),
    ("Two men assaulted a garda outside the pub, the court heard.", "IRL"),
    ("The Shire Council voted to close the swimming pool.", "AUS"),
    ("Work on the new hall was approved by the Vidhan Sabha.", "IND"),
])
def test_a_wording_of_one_country_gives_it_full_press_weight(text, country):
    assert press_focus(text) == {country: PRESS_CUE_WEIGHT}


def test_shared_wordings_are_split_among_the_countries_that_write_so():
    councillors = press_focus("Three councillors voted against the new car park.")
    assert {"GBR", "IRL", "CAN", "AUS"} <= set(councillors)
    assert "USA" not in councillors
    assert max(councillors.values()) < PRESS_CUE_WEIGHT / 2  # not enough for a town on its own
    crore = press_focus("The bridge will cost Rs 40 crore, officials said.")
    assert "IND" in crore and "USA" not in crore
    assert max(crore.values()) < PRESS_CUE_WEIGHT / 2
    cllr = press_focus("Cllr Mary Byrne said the road would reopen.")
    assert {"GBR", "IRL"} <= set(cllr) and "USA" not in cllr and "CAN" not in cllr
    per_cent = press_focus("Rents rose by 12 per cent last year.")
    assert "CAN" in per_cent and "USA" not in per_cent
    assert press_focus("Rents rose by 12 percent last year.") == {}


@pytest.mark.parametrize("text", [
    "The House of Councillors passed the budget bill on Friday.",  # Japan's upper chamber
    "Tourists flocked to Lake Garda for the holiday weekend.",  # the Italian lake
    "Lancashire Council and its neighbours agreed a joint plan.",  # an English county, not a shire
    "The city councilor said the grammar school lunches were late.",  # US spelling, lower case
    "They camped by the lake and ate lakeside.",
    "A level crossing was closed after the accident.",  # a railway crossing, not an exam
    "The Garda family moved to Milan in 1990.",  # a capitalised surname, not the force
])
def test_similar_words_of_other_senses_give_no_cue(text):
    assert press_focus(text) == {}


def test_two_british_wordings_pull_a_police_town_name_to_the_british_town(gazetteer):
    # A bare town name said as a town with its own police in an article about sixth forms and GCSEs: the
    # English town, not the larger namesake elsewhere.
    text = ("Boston police say the sixth form block will reopen. "
            "Pupils sitting GCSEs will use the hall.")
    assert press_towns(text, ["Boston"], gazetteer) == {"Boston": "GBR"}
    us = "Boston police say the school block will reopen. Students will use the hall."
    assert press_towns(us, ["Boston"], gazetteer) == {}


def test_a_county_or_historic_region_named_by_its_own_body_votes_for_its_country(gazetteer):
    # No first-level region of that name: the county's or region's country only, at the office weight.
    assert region_office_focus("Officers of the Lancashire Constabulary were called.", gazetteer) == {
        "GBR": REGION_OFFICE_WEIGHT}
    assert region_office_focus("She is president of the Yorkshire Law Society.", gazetteer) == {
        "GBR": REGION_OFFICE_WEIGHT}
    # A country's own force, or one with no place name, is no region's office.
    assert region_office_focus("the Jamaica Constabulary Force said.", gazetteer) == {}
    assert region_office_focus("the Law Society said the fees would rise.", gazetteer) == {}


def test_a_first_level_region_still_names_its_region(gazetteer):
    focus = region_office_focus("Agents of the Georgia Bureau of Investigation arrived.", gazetteer)
    assert focus.get("USA/Georgia") == REGION_OFFICE_WEIGHT
