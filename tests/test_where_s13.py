"""Session 13 (issue 5, places): first-level regions whose towns cover only the south of their territory
take the middle of the territory as their point (`where/admin1_points.tsv`), not the middle of their
towns' extent."""

from __future__ import annotations

import pytest

from eventlens.where import default_gazetteer
from eventlens.where.build import read_table, representative_point
from eventlens.where.place import ADM1, CAPITAL, CITY, haversine_km
from eventlens.where.resolve import resolve_names


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


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
