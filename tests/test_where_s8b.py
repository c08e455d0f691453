"""Session 8, round 2 (issue 5, places): the pipeline's event places follow the evaluator's rule for a
name whose likeliest reading strays from the article (a small town in a country no other name of the
article points to): it is a local name the gazetteer lacks, not a place abroad."""

from __future__ import annotations

from coverage_checks import code

from eventlens.where.gazetteer import FakeGazetteer
from eventlens.where.locate import ArticleFocus
from eventlens.where.place import CAPITAL, CITY, COUNTRY, Place
from eventlens.where.resolve import resolve_names

NORTHIA = Place("Northia", COUNTRY, "NRT", population=50_000_000, geonameid=1)
SOUTHIA = Place("Southia", COUNTRY, "STH", population=30_000_000, geonameid=2)
CAPITAL_N = Place("Norburg", CAPITAL, "NRT", lat=45.0, lon=20.0, population=900_000, geonameid=60)
TOWN_N = Place("Avon", CITY, "NRT", lat=45.2, lon=20.2, population=40_000, geonameid=61)
STRAY = Place("Quay Lane", CITY, "STH", lat=-30.0, lon=150.0, population=2_000, geonameid=62)


def test_a_stray_reading_is_unresolved_unless_the_caller_must_answer():
    world = FakeGazetteer([NORTHIA, SOUTHIA, CAPITAL_N, TOWN_N, STRAY])
    names = ["Northia", "Norburg", "Avon", "Quay Lane"]
    assert resolve_names(world, names)[-1] is None
    assert resolve_names(world, names, fallback_to_focus=True)[-1].country == "NRT"
    # The other names are resolved as before.
    assert resolve_names(world, names)[:3] == [NORTHIA, CAPITAL_N, TOWN_N]
    # A qualifier written at the mention ("Quay Lane, Southia") is the text's own word on the country.
    assert resolve_names(world, names, qualifiers=[None, None, None, SOUTHIA])[-1] == STRAY


def test_a_country_cue_that_is_no_place_name_does_not_make_a_town_stray():
    # "Northian troops seized a depot in Quay Lane": the demonym (the caller's focus) says who acted,
    # not where; with no other place name the only reading stands.
    world = FakeGazetteer([NORTHIA, SOUTHIA, STRAY])
    assert resolve_names(world, ["Quay Lane"], {"NRT": 1.0}) == [STRAY]
    assert resolve_names(world, ["Quay Lane"], {"NRT": 1.0}, fallback_to_focus=True) == [STRAY]
    # Other place names pointing to Northia do.
    world = FakeGazetteer([NORTHIA, SOUTHIA, CAPITAL_N, TOWN_N, STRAY])
    assert resolve_names(world, ["Norburg", "Avon", "Quay Lane"], {"NRT": 1.0})[-1] is None


def test_the_article_focus_carries_its_local_names():
    focus = ArticleFocus({"NRT": 1.0, "NRT/Hill Land": 1.0}, ["Quay Lane"])
    assert dict(focus) == {"NRT": 1.0, "NRT/Hill Land": 1.0}
    assert focus.local_names == frozenset({"Quay Lane"})
    assert ArticleFocus().local_names == frozenset()


def test_an_event_at_a_local_name_stays_in_the_articles_country(pipeline):
    # The gazetteer's only "Belgravia" is a small Canadian town; in an article on London and
    # Manchester it is a part of London the gazetteer lacks, so the arrest is placed in Britain.
    text = ("Thousands marched through London and Manchester on Saturday. "
            "Police arrested twenty protesters in Belgravia late in the evening.")
    arrests = [e for e in code(pipeline, text) if e.event == "COERCE"]
    assert arrests and arrests[0].event_loc is not None
    assert arrests[0].event_loc.country == "GBR"
    assert all(r.country != "CAN" for r in arrests[0].recipient)
    # Another place in the sentence is the event's place; the entity ruler's first-level region of the
    # same name (a Jamaican parish called Manchester, picked with no context) yields to the article.
    text = ("Thousands marched through London and Manchester on Saturday. "
            "Police arrested twenty protesters in Belgravia and in Manchester late in the evening.")
    arrests = [e for e in code(pipeline, text) if e.event == "COERCE"]
    assert arrests and arrests[0].event_loc is not None
    assert (arrests[0].event_loc.name, arrests[0].event_loc.country) == ("Manchester", "GBR")


def test_event_places_read_the_articles_names_together(pipeline):
    # The evaluator's joint reading (the other names' votes) places the pipeline's events too: in an
    # article on towns of the US state, "Athens" is the Georgian town and "Georgia" the state, though
    # the entity ruler tags them as a capital and a country with no context.
    text = ("Storms hit Atlanta, Macon and Savannah in Georgia on Monday. "
            "Police arrested two men in Athens on Tuesday.")
    arrests = [e for e in code(pipeline, text) if e.event == "COERCE"]
    assert arrests and arrests[0].event_loc is not None
    assert (arrests[0].event_loc.name, arrests[0].event_loc.country) == ("Athens", "USA")
    rally = [e for e in code(pipeline, "The governor of Georgia visited Macon and Savannah. "
                                "Protesters rallied in Georgia's capital on Friday.") if e.event == "PROTEST"]
    assert rally and rally[0].event_loc is not None and rally[0].event_loc.country == "USA"
    # A sentence naming a country of its own still outranks the article ("Medina" in a Saudi sentence).
    arrests = [e for e in code(pipeline, "Storms hit Atlanta, Macon and Savannah in Georgia on Monday. "
                                  "Greek police arrested two men in Athens on Tuesday.") if e.event == "COERCE"]
    assert arrests and arrests[0].event_loc is not None and arrests[0].event_loc.country == "GRC"


def test_the_article_focus_carries_its_joint_readings():
    focus = ArticleFocus({"NRT": 1.0}, (), {"Avon": TOWN_N})
    assert focus.readings == {"Avon": TOWN_N} and dict(focus) == {"NRT": 1.0}


def test_a_named_region_yields_to_the_town_it_describes(pipeline):
    # With the article's joint readings "the West Bank" is a region, not the country it stood for; in
    # "the West Bank town of Jenin" the event is at the town (a first-level region of the same level).
    text = ("Clashes spread across Gaza and the West Bank on Sunday. "
            "Soldiers raided houses in the West Bank town of Jenin on Monday.")
    raids = [e for e in code(pipeline, text) if e.event == "COERCE"]
    assert raids and raids[0].event_loc is not None and raids[0].event_loc.name == "Jenin"
