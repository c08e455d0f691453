"""Session 11 (issue 5, places): a town or county whose name opens with a region, capital or country
name ("Kansas City", "Washington County", "Porto Alegre") is tagged whole by the entity ruler, so its
first words are not read as the region, capital or country; and a settlement noun with "in" ("a
village in X", "two towns in Y") makes the event place the province or district the same-named town
is the seat of. All sentences are our own."""

from __future__ import annotations

import pytest
from coverage_checks import event_places

from eventlens.where.gazetteer import FakeGazetteer
from eventlens.where.locate import word_list
from eventlens.where.patterns import ruler_place_patterns
from eventlens.where.place import ADM1, ADM2, CAPITAL, CITY, COUNTRY, Place


def _fake():
    return FakeGazetteer([
        Place("Ruritania", COUNTRY, "RUR", population=5_000_000, lat=1.0, lon=1.0),
        Place("Ostmark", ADM1, "RUR", population=900_000, lat=1.0, lon=1.0),
        Place("Ostmark Falls", CITY, "RUR", admin1="Ostmark", population=40_000, lat=1.1, lon=1.1),
        Place("Ostmark Hollow", CITY, "RUR", admin1="Ostmark", population=800, lat=1.2, lon=1.2),
        Place("Ruritania Bay", CITY, "RUR", admin1="Ostmark", population=12_000, lat=1.3, lon=1.3),
        Place("Ostmark County", ADM2, "RUR", admin1="Ostmark", population=70_000, lat=1.0, lon=1.0),
        Place("Green Falls", CITY, "RUR", admin1="Ostmark", population=50_000, lat=1.4, lon=1.4),
    ])


def test_compound_names_become_whole_patterns():
    patterns = {p["pattern"]: p["id"] for p in ruler_place_patterns(_fake())}
    assert patterns["Ostmark"] == "admin1:RUR"
    # A town or county opening with a ruled region or a country name: the whole name, kind "city".
    assert patterns["Ostmark Falls"] == "city:RUR"
    assert patterns["Ostmark County"] == "city:RUR"
    assert patterns["Ruritania Bay"] == "city:RUR"
    # A hamlet is left to NER; a town whose first word is no ruled name gets no pattern.
    assert "Ostmark Hollow" not in patterns
    assert "Green Falls" not in patterns


@pytest.mark.parametrize(("text", "event", "name", "iso3"), [
    ("Officers arrested two brothers after a shooting in Kansas City late on Friday.", "COERCE", "Kansas City", "USA"),
    ("A gunman opened fire on worshippers in Jersey City, wounding three.", "ASSAULT", "Jersey City", "USA"),
    ("Riot police detained dozens of students during a march in Porto Alegre.", "COERCE", "Porto Alegre", "BRA"),
    ("Deputies in Washington County arrested a man suspected of setting the fires.", "COERCE", "Washington County", "USA"),
])
def test_a_compound_town_name_is_the_event_place(pipeline, text, event, name, iso3):
    locs = event_places(pipeline, text, event)
    assert any(loc is not None and loc.name == name and loc.country == iso3 for loc in locs), locs


def test_the_region_and_capital_alone_are_still_tagged(gazetteer):
    from eventlens.nlp import load_nlp

    doc = load_nlp()("Envoys from Washington met officials in Kansas and later flew to Kansas City.")
    ents = {e.text: e.ent_id_ for e in doc.ents}
    assert ents["Washington"] == "capital:USA"
    assert ents["Kansas"] == "admin1:USA"
    assert ents["Kansas City"] == "city:USA"


def test_the_settlement_words_load_with_their_comments():
    words = word_list("settlement_words")
    assert {"village", "town"} <= words
    assert not any(w.startswith("#") for w in words)
    # A district or suburb "in" a city is part of the city: no such word is listed.
    assert not {"district", "suburb", "neighbourhood"} & words


@pytest.mark.parametrize(("text", "event"), [
    ("Armed men raided a village in Mtwara overnight and killed four farmers.", "ASSAULT"),
    ("Police arrested a pastor in a small town in Kano after the riot.", "COERCE"),
    ("Artillery pounded two towns in Idlib for a third day.", "ASSAULT"),
])
def test_a_village_in_a_province_is_placed_in_the_province(pipeline, text, event):
    locs = event_places(pipeline, text, event)
    assert locs and all(loc is not None and loc.feature == ADM1 and loc.resolution == 2 for loc in locs), locs


@pytest.mark.parametrize(("text", "event", "name"), [
    # No settlement noun: the bare name stays the city.
    ("Soldiers clashed with rebels in Mtwara on Sunday.", "ASSAULT", "Mtwara"),
    ("Police arrested a pastor in the city of Kano after the riot.", "COERCE", "Kano"),
    # A house or a market in a city is in the city.
    ("Troops raided a house in Kano and seized weapons.", "COERCE", "Kano"),
])
def test_other_phrases_keep_the_town(pipeline, text, event, name):
    locs = event_places(pipeline, text, event)
    assert any(loc is not None and loc.name == name and loc.feature in (CITY, CAPITAL) for loc in locs), locs


def test_the_facility_words_load_with_their_comments():
    words = word_list("facility_words")
    assert {"square", "hotel", "prison"} <= words
    assert not any(w.startswith("#") for w in words)
    # An embassy stands in another country than the one that owns it.
    assert not {"embassy", "consulate"} & words


@pytest.mark.parametrize(("text", "event", "iso3"), [
    ("Police detained forty marchers in Cairo's Tahrir Square on Friday.", "COERCE", "EGY"),
    ("Militants stormed Kabul's Intercontinental Hotel overnight and killed five guests.", "ASSAULT", "AFG"),
])
def test_a_town_in_the_possessive_before_a_site_is_the_place(pipeline, text, event, iso3):
    locs = event_places(pipeline, text, event)
    assert any(loc is not None and loc.country == iso3 and loc.resolution >= 4 for loc in locs), locs


def test_a_country_in_the_possessive_before_its_government_is_no_place(pipeline):
    # "Peru's government": who acts, not where (no site noun after the possessive).
    locs = event_places(pipeline, "Peru's government expelled two foreign reporters on Monday.", "COERCE")
    assert all(loc is None for loc in locs), locs


@pytest.mark.parametrize(("text", "event", "name"), [
    # A borough or suburb written with the city around it is the more specific place.
    ("Detectives arrested a teenager from the Bronx, New York City, over the threats.", "COERCE", "The Bronx"),
    ("Jets bombed a fuel depot in the sprawling Baghdad suburb of Sadr City, killing three guards.", "ASSAULT",
     "Sadr City"),
])
def test_a_borough_named_with_its_city_is_the_place(pipeline, text, event, name):
    locs = event_places(pipeline, text, event)
    assert any(loc is not None and loc.name == name for loc in locs), locs


def test_two_towns_in_a_list_keep_the_first(pipeline):
    # "in Cairo and Giza": a list of two towns, neither inside the other.
    locs = event_places(pipeline, "Two bombs went off in Cairo and Giza, injuring six police officers.", "ASSAULT")
    assert all(loc is not None and loc.country == "EGY" and loc.name != "Giza" for loc in locs), locs
