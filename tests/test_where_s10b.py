"""Session 10, follow-up round (issue 5, places): a first-level region and its seat city of the very
same name ("São Paulo", "Luanda") — the bare name is the city in news unless the text says state or
province, the article names other regions of that country, or the seat is a small part of its region;
and a region word written beside the name ("Idlib governorate", "the province of Khost") makes the
event place the region. All name lists and sentences are our own."""

from __future__ import annotations

import pytest
from coverage_checks import event_places

from eventlens.where.locate import word_list
from eventlens.where.place import ADM1, CAPITAL, CITY
from eventlens.where.resolve import resolve_names


def _features(gazetteer, names):
    return [None if p is None else (p.name, p.feature) for p in resolve_names(gazetteer, names)]


@pytest.mark.parametrize(("names", "city"), [
    # A state of 56 million around a city of 12 million: the bare name is the city.
    (["Brazil", "São Paulo"], "São Paulo"),
    (["Rio de Janeiro"], "Rio de Janeiro"),
    # A national capital that gives its name to its province.
    (["Angola", "Luanda"], "Luanda"),
])
def test_a_seat_of_the_same_name_is_the_city(gazetteer, names, city):
    name, feature = _features(gazetteer, names)[-1]
    assert name == city and feature in (CITY, CAPITAL)


def test_other_regions_of_the_country_keep_the_region(gazetteer):
    # Three Brazilian states listed together: the first is the state, not its capital.
    assert _features(gazetteer, ["São Paulo", "Minas Gerais", "Paraná"])[0] == ("São Paulo", ADM1)


def test_the_same_region_named_twice_is_no_other_region(gazetteer):
    # "São Paulo state" elsewhere in the article is the same region, not a sibling that makes the
    # bare name a state.
    assert _features(gazetteer, ["São Paulo", "São Paulo state"])[0] == ("São Paulo", CITY)


def test_a_seat_that_is_a_small_part_of_its_province_keeps_the_province(gazetteer):
    # Quebec City holds a twentieth of the province's people: the bare name stays the province.
    assert _features(gazetteer, ["Canada", "Quebec"])[-1] == ("Quebec", ADM1)


def test_a_city_known_by_a_longer_name_keeps_the_state(gazetteer):
    # "New York City" is a longer form than the name written: the state, as before.
    assert _features(gazetteer, ["New York"])[0] == ("New York", ADM1)


def test_the_state_word_still_says_state(gazetteer):
    assert _features(gazetteer, ["Rio de Janeiro state"])[0][1] == ADM1


def test_the_region_words_load_with_their_comments():
    assert {"province", "governorate", "oblast", "state"} <= word_list("region_words")
    assert not any(w.startswith("#") or w != w.lower() for w in word_list("region_words"))


@pytest.mark.parametrize(("text", "event"), [
    # A region word after the name: the governorate, not its same-named seat.
    ("Government artillery pounded several villages across Idlib governorate on Tuesday, killing nine people.",
     "ASSAULT"),
    # ... or before it with "of".
    ("Insurgents attacked a police post in the eastern province of Khost on Monday, killing four officers.",
     "ASSAULT"),
    ("Gunmen on motorbikes killed eleven farmers in Borno state on Friday, officials said.", "ASSAULT"),
])
def test_a_region_word_makes_the_name_the_region(pipeline, text, event):
    locs = event_places(pipeline, text, event)
    assert locs and all(loc is not None and loc.feature == ADM1 for loc in locs)


def test_the_bare_name_is_the_seat_city(pipeline):
    locs = event_places(pipeline, "Riot police detained forty demonstrators in São Paulo on Sunday.", "COERCE")
    assert locs and all(loc is not None and loc.feature == CITY and loc.admin1 == "São Paulo" for loc in locs)


def test_a_country_before_state_is_left_alone(pipeline):
    # "state media": no region of that name is meant.
    locs = event_places(pipeline, "Mexico state media said soldiers killed six gunmen near the northern border.", "ASSAULT")
    assert all(loc is None or loc.feature != ADM1 for loc in locs)


@pytest.mark.parametrize("text", [
    # A place named in a chant is someone's words, not where the march is.
    "Tens of thousands of Hungarians marched against the government on Sunday, chanting “Brussels, not Moscow” "
    "along the river.",
    'Crowds of students marched on Sunday, holding placards reading "Moscow out" and "Tallinn stands".',
])
def test_a_place_in_a_quoted_chant_is_not_the_scene(pipeline, text):
    for loc in event_places(pipeline, text, "PROTEST"):
        assert loc is None or loc.name not in ("Brussels", "Moscow", "Tallinn")


def test_a_quotation_holding_the_trigger_keeps_its_place(pipeline):
    # The event told inside the quotation happened where the quotation says.
    text = "“Our artillery destroyed two depots near Kupiansk,” the general told reporters."
    locs = event_places(pipeline, text, "ASSAULT")
    assert locs and all(loc is not None and loc.country == "UKR" for loc in locs)


def test_the_team_and_sport_words_load_with_their_comments():
    assert {"united", "rovers", "wanderers"} <= word_list("team_words")
    assert "city" not in word_list("team_words") and {"city", "fan", "supporter"} <= word_list("sport_words")
    assert not any(w.startswith("#") or w != w.lower() for w in word_list("team_words") | word_list("sport_words"))


@pytest.mark.parametrize(("text", "event"), [
    # A club named after its town is not the town.
    ("Fans of Manchester City threw bottles at police officers on Sunday.", "ASSAULT"),
])
def test_a_club_named_after_a_town_is_not_the_scene(pipeline, text, event):
    for loc in event_places(pipeline, text, event):
        assert loc is None or loc.name not in ("Manchester", "Bristol")


@pytest.mark.parametrize(("text", "event", "name"), [
    # A city the gazetteer knows with "City" in its name stays a place ...
    ("Gunmen killed six people in Mexico City on Friday.", "ASSAULT", "Mexico City"),
    # ... and "City" without a sports word is no club.
    ("Riot police detained thirty people in Moscow City on Monday.", "COERCE", "Moscow"),
])
def test_a_city_name_is_still_a_place(pipeline, text, event, name):
    locs = event_places(pipeline, text, event)
    assert locs and all(loc is not None and loc.name == name for loc in locs)
