"""Document context in toponym resolution (issue 5): names of one article that fix each other."""

from __future__ import annotations

from eventlens.where import FakeGazetteer, Place
from eventlens.where.place import ADM1, ADM2, CAPITAL, CITY, COUNTRY
from eventlens.where.resolve import resolve_names

NORTHIA = Place("Northia", COUNTRY, "NRT", lat=50.0, lon=10.0, population=50_000_000, geonameid=1)
SOUTHIA = Place("Southia", COUNTRY, "STH", lat=-20.0, lon=30.0, population=80_000_000, geonameid=2)
# A foreign capital and two small northian towns of its name, one the seat of a county named in the text.
VELLA_CAPITAL = Place("Vella", CAPITAL, "STH", admin1="Coast Land", lat=-20.5, lon=30.5, population=2_000_000,
                      geonameid=10)
VELLA_BIG = Place("Vella", CITY, "NRT", admin1="Hill Land", admin2="Ash County", lat=51.0, lon=9.0,
                  population=40_000, geonameid=11)
VELLA_SEAT = Place("Vella", CITY, "NRT", admin1="Dale Land", admin2="Rook County", lat=52.0, lon=12.0,
                   population=9_000, geonameid=12)
ROOK_HERE = Place("Rook County", ADM2, "NRT", admin1="Dale Land", lat=52.1, lon=12.1, population=30_000,
                  geonameid=13)
ROOK_THERE = Place("Rook County", ADM2, "NRT", admin1="Moor Land", lat=54.9, lon=8.1, population=200_000,
                   geonameid=14)
HILL = Place("Hill Land", ADM1, "NRT", lat=51.0, lon=9.0, population=3_000_000, geonameid=20)
DALE = Place("Dale Land", ADM1, "NRT", lat=52.0, lon=12.0, population=1_000_000, geonameid=21)
WORLD = [NORTHIA, SOUTHIA, VELLA_CAPITAL, VELLA_BIG, VELLA_SEAT, ROOK_HERE, ROOK_THERE, HILL, DALE]


def test_a_town_and_its_county_fix_each_other_when_the_towns_name_is_also_a_capital_abroad():
    world = FakeGazetteer(WORLD)
    assert resolve_names(world, ["Vella"]) == [VELLA_CAPITAL]
    # Weighed by the article's focus (Northia, through the county), the small Vella that is the seat of
    # the Rook County named beside it wins, and that Rook County with it.
    assert resolve_names(world, ["Vella", "Rook County"]) == [VELLA_SEAT, ROOK_HERE]


def test_another_spelling_of_the_same_name_does_not_support_its_own_readings():
    world = FakeGazetteer(WORLD)
    # "ROOK COUNTY" beside "Rook County" is one name: neither makes the small county's seat likelier.
    assert resolve_names(world, ["Rook County", "ROOK COUNTY"]) == [ROOK_THERE, ROOK_THERE]


def test_a_town_near_a_county_named_in_the_text_is_preferred_to_a_bigger_namesake_far_away():
    big = Place("Corby", CITY, "NRT", admin1="Hill Land", admin2="Ash County", lat=51.0, lon=9.0,
                population=60_000, geonameid=30)
    # Just across the line from the Elm County the article names (about 20 km), in another county and region.
    near = Place("Corby", CITY, "NRT", admin1="Fen Land", admin2="Birch County", lat=52.2, lon=12.0,
                 population=20_000, geonameid=31)
    elm = Place("Elm County", ADM2, "NRT", admin1="Dale Land", lat=52.0, lon=12.1, population=40_000, geonameid=32)
    elm_far = Place("Elm County", ADM2, "NRT", admin1="Moor Land", lat=54.9, lon=8.1, population=40_000,
                    geonameid=33)
    world = FakeGazetteer([NORTHIA, HILL, DALE, big, near, elm, elm_far])
    assert resolve_names(world, ["Corby"]) == [big]
    assert resolve_names(world, ["Corby", "Elm County"])[0] == near


def test_a_written_short_form_of_a_city_is_tried_before_the_key_it_shares_with_an_abbreviation():
    from eventlens.where.resolve import short_forms, variants

    la_state = Place("Louisiana", ADM1, "USA", population=4_600_000, geonameid=40)
    la_city = Place("Los Angeles", CITY, "USA", admin1="California", population=3_900_000, geonameid=41)
    world = FakeGazetteer([la_state, la_city], alternates={"La.": "Louisiana"})
    assert resolve_names(world, ["L.A."]) == [la_city]
    assert resolve_names(world, ["La."]) == [la_state]
    assert next(iter(variants("L.A.'s")))[0] == "Los Angeles"
    assert all(" " not in k and v[:1].isupper() for k, v in short_forms().items())


def test_a_capitalised_quarter_of_a_large_city_is_that_city_but_not_a_small_towns_quarter():
    big = Place("Dalton", CITY, "NRT", admin1="Hill Land", population=1_200_000, geonameid=42)
    small = Place("Side", CITY, "STH", admin1="Coast Land", population=15_000, geonameid=43)
    world = FakeGazetteer([NORTHIA, SOUTHIA, big, small])
    assert resolve_names(world, ["North Dalton"]) == [big]
    assert resolve_names(world, ["West Side"]) == [None]


def test_a_name_the_gazetteer_lacks_is_placed_at_the_city_the_other_mentions_resolve_to():
    world = FakeGazetteer(WORLD)
    names = ["Vella", "Rook County", "Dale Land", "Vella", "Mill Lane"]
    # The other names resolve to the small Vella inside Rook County; the unknown street is placed there,
    # not in the region at large (the bare name "Vella" alone would mean the foreign capital).
    found = resolve_names(world, names, fallback_to_focus=True)
    assert found == [VELLA_SEAT, ROOK_HERE, DALE, VELLA_SEAT, VELLA_SEAT]
    assert resolve_names(world, names)[-1] is None


def test_the_index_has_the_seas_rivers_ranges_and_us_regions_news_names():
    from eventlens.where import default_gazetteer
    from eventlens.where.place import REGION
    from eventlens.where.resolve import resolve

    gazetteer = default_gazetteer()
    # Bare names that found a town or district abroad before ("Thames" a New Zealand town, "Pyrenees" an
    # Australian shire, "Bay Area" a Somali region) or nothing at all.
    for name, countries in (("Thames", ("GBR",)), ("Pyrenees", ("AND", "ESP", "FRA")), ("Bay Area", ("USA",)),
                            ("Urals", ("KAZ", "RUS")), ("Aegean Sea", ()), ("New England", ("USA",)),
                            ("Lake Victoria", ("KEN", "TZA", "UGA"))):
        place = resolve(gazetteer, name)
        assert place is not None and place.feature == REGION, name
        assert tuple(sorted(place.countries)) == countries, name
    # A state or town of the same name keeps it ("River Nile" is a Sudanese state; "Ural" a town).
    assert resolve(gazetteer, "River Nile").country == "SDN"
    assert resolve(gazetteer, "Ural").feature == CITY
