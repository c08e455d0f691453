"""Session 13 (issue 5, places): first-level regions whose towns cover only the south of their territory
take the middle of the territory as their point (`where/admin1_points.tsv`), not the middle of their
towns' extent; a town named "New/Port/Fort/Lake/Little" + a famous place's name is tagged whole by the
entity ruler (`where/place_prefixes.txt`); a region word beside a name ("Washington state") reads the
name at that level only within the country and name of its likeliest reading. All texts are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.where.build import read_table, representative_point
from eventlens.where.place import ADM1, CAPITAL, CITY, haversine_km
from eventlens.where.resolve import resolve_names


def _region(gazetteer, iso3: str, name: str):
    return next((p for p in gazetteer.lookup(name) if p.feature == ADM1 and p.country == iso3), None)


def test_every_admin1_point_row_names_a_region_and_moves_it(gazetteer):
    rows = read_table("admin1_points.tsv")
    assert rows
    towns = [p for p in gazetteer.places(CITY) + gazetteer.places(CAPITAL)]
    for r in rows:
        region = _region(gazetteer, r["iso3"], r["admin1"])
        assert region is not None, f"no first-level region {r['admin1']} in {r['iso3']}"  # a typo would do nothing
        assert (region.lat, region.lon) == (float(r["lat"]), float(r["lon"]))
        assert r["why"].strip()
        # The row is there because the towns' own middle lies far from the territory's middle.
        inside = [t for t in towns if t.country == region.country and t.admin1 == region.name]
        lat, lon = representative_point([t.lat for t in inside], [t.lon for t in inside])
        assert haversine_km(lat, lon, region.lat, region.lon) > 161
        # ... and the territory lies north of its towns' middle (the settled south is what the towns show).
        assert region.lat > lat


def test_a_thinly_settled_province_is_placed_at_the_middle_of_its_territory(gazetteer):
    # The middle of Ontario's territory (41.7-56.9 N, 95.2-74.3 W), not of its towns (south of 53 N).
    ontario = resolve_names(gazetteer, ["Toronto", "Ontario"])[1]
    assert ontario is not None and ontario.feature == ADM1
    assert haversine_km(ontario.lat, ontario.lon, (41.7 + 56.9) / 2, (-95.2 - 74.3) / 2) < 50


def test_other_regions_keep_the_middle_of_their_towns(gazetteer):
    rows = {(r["iso3"], r["admin1"]) for r in read_table("admin1_points.tsv")}
    towns = gazetteer.places(CITY) + gazetteer.places(CAPITAL)
    for iso3, name in (("CAN", "Quebec"), ("USA", "Texas")):
        assert (iso3, name) not in rows
        region = _region(gazetteer, iso3, name)
        inside = [t for t in towns if t.country == iso3 and t.admin1 == name]
        lat, lon = representative_point([t.lat for t in inside], [t.lon for t in inside])
        assert (region.lat, region.lon) == pytest.approx((lat, lon))


# A town whose name is an English word before a capital's, region's or country's name ("New London",
# "Lake Wales") is tagged whole by the entity ruler: its last words are no capital or region.

@pytest.fixture(scope="module")
def nlp():
    from eventlens.nlp import load_nlp

    return load_nlp()


def _ents(nlp, text):
    return [(e.text, e.ent_id_) for e in nlp(text).ents if e.label_ == "GPE"]


def test_a_town_named_after_a_famous_place_is_one_place(nlp, gazetteer):
    ents = _ents(nlp, "The fire chief of Lake Wales spoke to reporters in New London on Tuesday.")
    assert ("Lake Wales", "city:USA") in ents
    assert ("New London", "city:USA") in ents
    assert not any(eid.startswith(("country:", "capital:", "admin1:")) for _, eid in ents)
    places = resolve_names(gazetteer, ["Lake Wales", "New London"])
    assert [p.country for p in places] == ["USA", "USA"]


def test_the_famous_place_alone_keeps_its_tag(nlp):
    ents = _ents(nlp, "The minister flew from Wales to London on Tuesday.")
    assert ("London", "capital:GBR") in ents
    assert any(text == "Wales" and eid.startswith("admin1:GBR") for text, eid in ents)


def test_a_compass_word_or_mount_before_a_famous_place_names_a_part_of_it(nlp):
    # "East London" in British news is London's east, "Mount Lebanon" Lebanon's governorate, although
    # a South African city and a US town bear those names.
    ents = _ents(nlp, "Police in East London made two arrests, and voters in Mount Lebanon went to the polls.")
    assert ("London", "capital:GBR") in ents
    assert ("Lebanon", "country:LBN") in ents


def test_a_capital_whose_name_opens_with_such_a_word_keeps_the_capital_tag(nlp):
    # "New Delhi" speaks for India as a seat of government; it is no town borrowing Delhi's name.
    ents = _ents(nlp, "New Delhi accused its neighbour of shelling border posts.")
    assert ents and all(eid == "capital:IND" for _, eid in ents)


def test_only_english_place_words_are_prefixes():
    from eventlens.where.build import read_words

    prefixes = read_words("place_prefixes.txt")
    assert {"new", "port", "lake"} <= prefixes
    # A given name ("Vicente Guerrero") or a compass word is no prefix.
    assert not {"vicente", "miguel", "san", "saint", "east", "west", "mount", "old"} & prefixes


def test_the_startup_cache_key_covers_the_word_lists():
    from eventlens.startcache import SOURCE_SUFFIXES

    # A changed word list (ruler stopwords, place prefixes) must rebuild the cached ruler patterns.
    assert ".txt" in SOURCE_SUFFIXES


# A region word beside a name ("Washington state", "Kermanshah province") reads the name at that level,
# in the country and under the name of its likeliest reading; the evaluator's text protocol reads gold
# mentions the same way (`mention_region_name`).

def _doc(nlp, text):
    return nlp(text)


def test_a_state_word_after_the_name_reads_the_state(nlp, gazetteer):
    from eventlens.where.locate import mention_region_name

    text = "The first sick cow was found on a Washington state farm, officials said."
    doc = _doc(nlp, text)
    start = text.index("Washington")
    assert mention_region_name(doc, start, start + len("Washington"), gazetteer) == "Washington state"
    place = resolve_names(gazetteer, ["Washington state"])[0]
    assert place.feature == ADM1 and place.country == "USA"
    bare = resolve_names(gazetteer, ["Washington"])[0]
    assert bare.feature != ADM1  # the bare name is the capital: the word is what changes it


def test_a_region_word_does_not_carry_the_name_abroad_or_to_another_name(nlp, gazetteer):
    from eventlens.where.locate import mention_region_name

    # "the Charlotte region" is the city's region, not a parish of that name in another country.
    text = "Home prices in the Charlotte region rose again, the realtors said."
    doc = _doc(nlp, text)
    start = text.index("Charlotte")
    assert mention_region_name(doc, start, start + len("Charlotte"), gazetteer) is None


def test_a_region_word_that_changes_nothing_is_ignored(nlp, gazetteer):
    from eventlens.where.locate import mention_region_name

    # A country's name with "state" after it is the country's state media, not a region.
    text = "Mexico state media reported the arrests on Sunday."
    doc = _doc(nlp, text)
    assert mention_region_name(doc, 0, len("Mexico"), gazetteer) is None


def test_the_pipeline_places_an_event_in_the_state_the_text_names(gazetteer):
    from eventlens import api

    events = api.extract("Protesters clashed with police in Washington state on Sunday.", date(2020, 1, 1))
    locs = [e.event_loc for e in events if e.event_loc is not None]
    assert locs and locs[0].feature == ADM1 and locs[0].country == "USA"


# "Washington" among a list of US states is the state; as a dateline (capitals) or beside few states,
# the capital.

_STATES = ["Oregon", "Idaho", "Utah", "Nevada", "Montana", "Wyoming"]


def test_a_capital_named_like_a_region_listed_among_its_siblings_is_the_region(gazetteer):
    place = resolve_names(gazetteer, [*_STATES, "Washington"])[-1]
    assert place.feature == ADM1 and place.country == "USA"


def test_a_dateline_or_a_short_list_keeps_the_capital(gazetteer):
    from eventlens.where.resolve import SIBLINGS_MIN

    dateline = resolve_names(gazetteer, [*_STATES, "WASHINGTON"])[-1]
    assert dateline.feature == CAPITAL
    few = resolve_names(gazetteer, [*_STATES[: SIBLINGS_MIN - 1], "Washington"])[-1]
    assert few.feature == CAPITAL
