"""Session 9 (issue 5, places): names of things named after a place (a team, a ship, a weapon) are no
place, and a war or crisis elsewhere that a sentence is about is not the scene of the sentence's event.
All sentences are our own."""

from __future__ import annotations

import pytest
from coverage_checks import event_places

from eventlens.where.locate import word_list


def test_the_word_lists_load_with_their_comments():
    assert {"downtown", "metro", "mount"} <= word_list("name_words")
    assert {"war", "conflict", "crisis"} <= word_list("topic_nouns")
    assert not any(w.startswith("#") or w != w.lower() for w in word_list("name_words") | word_list("topic_nouns"))


@pytest.mark.parametrize("text", [
    # A fighter jet's name ends in the name of a Venezuelan state.
    "An F-16 Fighting Falcon of the Pakistani air force shot down a drone on Monday.",
    # A football club named after its city: the fight may have been anywhere.
    "Supporters of Real Madrid fought with riot police after the final whistle.",
])
def test_a_thing_named_after_a_place_is_no_place(pipeline, text):
    assert event_places(pipeline, text, "ASSAULT") == [None]


@pytest.mark.parametrize(("text", "iso3"), [
    # A longer name that is itself a place, or a place word before the name, leaves the place.
    ("Gunmen shot dead two soldiers in Mount Lebanon on Sunday.", "LBN"),
    ("Gunmen shot dead two soldiers in Downtown Beirut on Sunday.", "LBN"),
])
def test_a_place_inside_a_longer_place_name_stays(pipeline, text, iso3):
    locs = event_places(pipeline, text, "ASSAULT")
    assert locs[0] is not None and locs[0].country == iso3


def test_talks_about_a_war_are_not_placed_where_the_war_is(pipeline):
    locs = event_places(pipeline, "Egyptian and Qatari mediators held talks with both delegations to end the "
                             "war in Gaza.", "CONSULT")
    assert all(loc is None or loc.country != "PSE" for loc in locs)


def test_an_arrest_at_a_march_over_a_war_is_placed_by_its_other_place(pipeline):
    locs = event_places(pipeline, "Police detained six activists at a march over the conflict in Ukraine, "
                             "officials in Berlin said.", "COERCE")
    assert locs[0] is not None and locs[0].country == "DEU"


@pytest.mark.parametrize(("text", "iso3"), [
    # Killed in the war: the war's place is the scene.
    ("Two medics were killed in the war in Ukraine on Monday.", "UKR"),
    # The fighting (or a wave of violence) as the subject that kills is at its own place.
    ("The fighting in Homs killed 12 civilians overnight.", "SYR"),
    ("A fresh wave of violence in Basra killed 40 people on Friday.", "IRQ"),
])
def test_an_event_within_the_war_keeps_the_wars_place(pipeline, text, iso3):
    locs = event_places(pipeline, text, "ASSAULT")
    assert locs[0] is not None and locs[0].country == iso3


def test_a_bare_name_is_the_much_bigger_city_abroad_not_a_small_region():
    from eventlens.where.gazetteer import FakeGazetteer
    from eventlens.where.place import ADM1, CITY, COUNTRY, Place
    from eventlens.where.resolve import resolve_names

    northia = Place("Northia", COUNTRY, "NRT", population=3_000_000, geonameid=1)
    southia = Place("Southia", COUNTRY, "STH", population=90_000_000, geonameid=2)
    parish = Place("Harbourton", ADM1, "NRT", lat=18.0, lon=-77.0, population=80_000, geonameid=10)
    city = Place("Harbourton", CITY, "STH", admin1="Westland", lat=45.5, lon=-122.7, population=650_000,
                 geonameid=11)
    town = Place("Millbury", CITY, "NRT", admin1="Harbourton", lat=18.1, lon=-77.1, population=9_000,
                 geonameid=12)
    world = FakeGazetteer([northia, southia, parish, city, town])
    # Alone, the name is the city of 650,000, not the parish of 80,000 in another country.
    assert resolve_names(world, ["Harbourton"]) == [city]
    # The article's other names pointing to the parish's country keep the parish.
    assert resolve_names(world, ["Harbourton", "Northia"])[0] == parish
    # A city only a little bigger than the region does not displace it.
    small = Place("Harbourton", CITY, "STH", lat=45.5, lon=-122.7, population=120_000, geonameid=13)
    assert resolve_names(FakeGazetteer([northia, southia, parish, small]), ["Harbourton"]) == [parish]


@pytest.mark.parametrize(("text", "place"), [
    # A sentence-initial place word and a headline's capitals leave the place (the longer-name rule
    # must not take them for a name like "Real Madrid").
    ("Neighbouring Uganda closed its border crossings on Friday.", "Uganda"),
    ("Senior Envoy Visits Georgia Ahead Of Border Talks", "Georgia"),
])
def test_a_place_word_or_a_headline_capital_before_a_name_leaves_the_place(nlp, text, place):
    from eventlens.where import default_gazetteer
    from eventlens.where.locate import toponyms

    names = [t.span.text for t in toponyms(nlp(text), default_gazetteer())]
    assert place in names, names


def test_a_bare_name_is_the_metropolis_not_a_hamlet_the_articles_region_lifts():
    from eventlens.where.gazetteer import FakeGazetteer
    from eventlens.where.place import ADM1, CITY, COUNTRY, Place
    from eventlens.where.resolve import resolve_names

    northia = Place("Northia", COUNTRY, "NRT", population=90_000_000, geonameid=1)
    east = Place("East March", ADM1, "NRT", lat=42.0, lon=-75.0, population=19_000_000, geonameid=2)
    west = Place("West March", ADM1, "NRT", lat=40.0, lon=-77.5, population=13_000_000, geonameid=3)
    port = Place("Great Port", CITY, "NRT", admin1="East March", admin2="Harbour County", lat=40.7, lon=-74.0,
                 population=8_000_000, geonameid=10)
    metropolis = Place("Brotherton", CITY, "NRT", admin1="West March", lat=40.0, lon=-75.2,
                       population=1_500_000, geonameid=11)
    hamlet = Place("Brotherton", CITY, "NRT", admin1="East March", lat=44.2, lon=-75.7, population=1_200,
                   geonameid=12)
    # (the town shares Great Port's county: a town that no other name lies near yields to a metropolis 50
    # times its size, `resolve.LONE_HAMLET_SHARE`, session 15)
    town = Place("Brotherton", CITY, "NRT", admin1="East March", admin2="Harbour County", lat=40.9, lon=-74.2,
                 population=20_000, geonameid=13)
    # Beside a city of the hamlet's region, the bare name is still the metropolis of 1.5 million.
    world = FakeGazetteer([northia, east, west, port, metropolis, hamlet])
    assert resolve_names(world, ["Great Port", "Brotherton"])[1] == metropolis
    # A namesake town of 20,000 in the article's region, near its other name, keeps it (75 times smaller,
    # not 300).
    world = FakeGazetteer([northia, east, west, port, metropolis, town])
    assert resolve_names(world, ["Great Port", "East March", "Brotherton"])[2] == town
