"""Session 14 (issue 5, places): a name that alone reads as a country but among the article's other names
as a region or town votes again as they read it (`resolve.VOTE_ROUNDS`); more wordings of US local press
(`where/press_cues.tsv`) and plural municipal words ("Dublin elementary schools"). All texts are our own."""

from __future__ import annotations

import pytest

from eventlens.where import resolve as R
from eventlens.where.locate import (
    PRESS_CUE_WEIGHT,
    REGION_OFFICE_WEIGHT,
    press_focus,
    press_towns,
    region_office_focus,
)
from eventlens.where.place import ADM1, COUNTRY
from eventlens.where.resolve import resolve_names


def test_a_state_named_like_a_country_votes_for_its_own_towns(gazetteer):
    # Alone, "Georgia" is the Caucasian country; beside "Alabama" it is the US state, and as the state it
    # pulls "Macon" to its own Macon, not to a namesake county of Alabama.
    georgia, macon, alabama = resolve_names(gazetteer, ["Georgia", "Macon", "Alabama"])
    assert georgia.feature == ADM1 and georgia.country == "USA"
    assert alabama.feature == ADM1
    assert macon.country == "USA" and macon.admin1 == georgia.name


def test_without_the_second_vote_the_country_reading_misleads(gazetteer, monkeypatch):
    # The same names with one round of votes: "Georgia" votes mostly for the country, so Alabama alone
    # decides where "Macon" lies (the test above depends on the second round).
    monkeypatch.setattr(R, "VOTE_ROUNDS", 1)
    macon = resolve_names(gazetteer, ["Georgia", "Macon", "Alabama"])[1]
    assert macon.admin1 != "Georgia"


def test_a_town_named_like_a_country_votes_only_for_its_country(gazetteer):
    # "Lebanon" beside a US county is a US town; which Lebanon stays with the county's co-location,
    # not with the most populous US Lebanon.
    both = resolve_names(gazetteer, ["Lebanon", "Warren County"])
    assert all(p.country == "USA" and p.feature != COUNTRY for p in both)
    assert both[0].admin1 == both[1].admin1
    # Every name still reads among its own candidates only.
    assert [p.name for p in both][0].startswith("Lebanon")


def test_a_name_read_as_a_country_in_context_keeps_its_country(gazetteer):
    # A real country among other countries is not re-voted (nothing changes its reading).
    out = resolve_names(gazetteer, ["Jordan", "Syria", "Iraq"])
    assert [p.feature for p in out] == [COUNTRY] * 3


# --- US local press wordings (`press_cues.tsv`) and plural municipal words -----------------------------

@pytest.mark.parametrize("text", [
    "Two fifth-graders at the school won the county spelling bee on Tuesday.",
    "The junior varsity team lost its opener 3-1.",
    "The Maple Grove Unified School District approved a new bus contract.",
    "The board of selectmen voted to repave two roads.",
    "Residents in the affected ZIP codes were told to boil water.",
    "He was charged with DUI after the crash.",
    "She faces a felony charge of theft.",
    "The parade will close Main Street on the Fourth of July.",
])
def test_us_local_press_wordings_point_to_the_us(text):
    assert press_focus(text).get("USA", 0.0) == pytest.approx(PRESS_CUE_WEIGHT)


@pytest.mark.parametrize("text", [
    "A third grade pupil at a primary school in the town won a prize.",  # no "third-grader"
    "Israel marks Memorial Day with a siren at 11 a.m.",  # another country's Memorial Day
    "The varsity boat race was held on the river on Saturday.",  # no "junior varsity"
    "He was convicted of a misdemeanour and fined.",  # Commonwealth spelling
])
def test_wordings_of_other_countries_press_give_no_us_cue(text):
    assert "USA" not in press_focus(text)


def test_elementary_school_is_shared_by_the_countries_that_say_so():
    focus = press_focus("Pupils of the elementary school planted trees.")
    assert set(focus) == {"USA", "CAN", "PHL"}
    assert focus["USA"] < PRESS_CUE_WEIGHT / 2  # too weak alone to make a name a US town


def test_a_plural_municipal_word_speaks_of_a_town(gazetteer):
    text = ("Students from several Dublin elementary schools took part. Two third-graders "
            "read their essays; the school district's ZIP code list was updated.")
    assert press_towns(text, ["Dublin"], gazetteer) == {"Dublin": "USA"}
    # Without the local-press wording the name keeps its usual reading.
    assert press_towns("Students from several Dublin schools took part.", ["Dublin"], gazetteer) == {}


# --- co-location support counts up to two other names (`resolve.COLOCATION_MAX_SUPPORT`) --------------

def _town(name, county, state, lat, lon, people=1000):
    from eventlens.where.place import CITY, Place

    return Place(name, CITY, "USA", state, county, lat, lon, people)


def test_a_county_shared_by_two_other_names_beats_one_shared_by_one():
    # Invented towns: "Elm" and "Oak" both lie in Alpha County, state A, and in Beta County, state B, but
    # "Ash" only has a namesake in state A's Alpha County; state B's Ash lies in another county.
    elm_a, elm_b = _town("Elm", "Alpha County", "A", 40.0, -90.0), _town("Elm", "Beta County", "B", 33.0, -96.0)
    oak_a, oak_b = _town("Oak", "Alpha County", "A", 40.1, -90.1), _town("Oak", "Beta County", "B", 33.1, -96.1)
    ash_a, ash_b = _town("Ash", "Alpha County", "A", 40.2, -90.2), _town("Ash", "Gamma County", "B", 35.0, -99.0)
    cands = {n: [R.Candidate(p, 1.0), R.Candidate(q, 1.0)] for n, p, q in
             (("Elm", elm_b, elm_a), ("Oak", oak_b, oak_a), ("Ash", ash_b, ash_a))}
    bonus = R.colocation_bonus(cands)
    # Elm in state A has two co-located names (Oak, Ash); in state B only Oak.
    assert bonus["Elm"][elm_a] > bonus["Elm"][elm_b] > 0.0
    assert bonus["Elm"][elm_a] == pytest.approx(R.COLOCATION_WEIGHT * min(2.0, R.COLOCATION_MAX_SUPPORT))


# --- offices of a first-level region's government (`region_office_words.txt`) --------------------------

@pytest.mark.parametrize("text, key", [
    ("Agents of the Georgia Bureau of Investigation searched the house.", "USA/Georgia"),
    ("The New York State Police closed the road overnight.", "USA/New York"),
    ("The Ohio Department of Transportation will repave the bridge.", "USA/Ohio"),
    ("A spokesman for the Lagos State Government denied the report.", "NGA/Lagos"),
])
def test_a_regions_own_office_puts_the_region_in_focus(gazetteer, text, key):
    focus = region_office_focus(text, gazetteer)
    assert focus.get(key, 0.0) > REGION_OFFICE_WEIGHT / 2
    assert focus.get(key.split("/")[0], 0.0) > REGION_OFFICE_WEIGHT / 2


@pytest.mark.parametrize("text", [
    "The Mexico Attorney General's office opened an inquiry.",  # the country's office
    "The Santiago Court of Appeals lifted the senator's immunity.",  # a capital's court
    "The Indian Central Bureau of Investigation took over the case.",  # no region called "Central"
    "The U.S. Department of State issued a travel warning.",
    "The ministry of the interior of Georgia said the border was calm.",  # no office after the name
])
def test_national_and_city_offices_give_no_region(gazetteer, text):
    assert not any("/" in k and v > 0.1 for k, v in region_office_focus(text, gazetteer).items())


def test_a_bare_town_name_leans_to_the_state_of_the_office(gazetteer):
    from eventlens.nlp import load_nlp
    from eventlens.where.locate import document_focus

    text = ("Police arrested an Albany man on Tuesday. Agents of the Georgia Bureau of Investigation "
            "searched his home in Albany.")
    doc = load_nlp()(text)
    without = document_focus(doc)
    focus = document_focus(doc, gazetteer=gazetteer)
    assert "USA/Georgia" not in without and focus["USA/Georgia"] > 0.5
    assert resolve_names(gazetteer, ["Albany", "Albany"], focus)[0].admin1 == "Georgia"
    assert resolve_names(gazetteer, ["Albany", "Albany"], without)[0].admin1 != "Georgia"


# --- a demonym that begins a local name is no country cue (`landform_words.txt`) -----------------------

@pytest.mark.parametrize("text, code", [
    ("The fire started in a barn in Indian Orchard and spread to two houses.", "IND"),
    ("Deputies in Mexican Hat closed the road after the flood.", "MEX"),
    ("A new school opened in Chinese Camp last week.", "CHN"),
    ("Residents of Dutch Flat met the county supervisor.", "NLD"),
    ("A cyclone formed over the Indian Ocean on Sunday.", "IND"),
])
def test_a_demonym_inside_a_local_name_gives_no_country(gazetteer, text, code):
    from eventlens.nlp import load_nlp
    from eventlens.where.locate import document_focus

    assert code not in document_focus(load_nlp()(text), gazetteer=gazetteer)


@pytest.mark.parametrize("text, code", [
    ("The Indian Army said the border was quiet.", "IND"),
    ("Mexican police arrested two men near the border.", "MEX"),
    ("The Chinese Embassy issued a statement.", "CHN"),
])
def test_a_demonym_before_an_institution_still_gives_its_country(gazetteer, text, code):
    from eventlens.nlp import load_nlp
    from eventlens.where.locate import document_focus

    assert code in document_focus(load_nlp()(text), gazetteer=gazetteer)
