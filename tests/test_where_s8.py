"""Session 8 (issue 5, places): landmarks resolve to their town, short forms after a direction word,
former states as the lands of their successors."""

from __future__ import annotations

from coverage_checks import code

from eventlens.where.build import read_table
from eventlens.where.gazetteer import FakeGazetteer
from eventlens.where.place import ADM1, CAPITAL, CITY, COUNTRY, REGION, Place
from eventlens.where.resolve import landmark_town, landmarks, resolve, resolve_names

NORTHIA = Place("Northia", COUNTRY, "NRT", population=50_000_000, geonameid=1)
SOUTHIA = Place("Southia", COUNTRY, "STH", population=30_000_000, geonameid=2)


def test_a_landmark_resolves_to_its_town_not_to_a_namesake_town():
    # The table's own rows: "White House" stands in Washington, whatever town elsewhere bears the name.
    capital = Place("Washington", CAPITAL, "USA", admin1="District of Columbia", population=700_000, geonameid=10)
    namesake = Place("White House", CITY, "USA", admin1="Tennessee", population=12_000, geonameid=11)
    spanish = Place("Casablanca", CITY, "MAR", population=3_000_000, geonameid=12)
    other_washington = Place("Washington", CITY, "GBR", population=60_000, geonameid=13)
    world = FakeGazetteer([capital, namesake, spanish, other_washington], alternates={"White House": "Casablanca"})
    assert resolve(world, "White House") == capital
    assert resolve(world, "the White House") == capital
    assert resolve(world, "White House's") == capital
    # A name that is no landmark resolves as before.
    assert resolve(world, "Washington") == capital


def test_a_landmark_whose_town_the_gazetteer_lacks_falls_back_to_ordinary_resolution():
    namesake = Place("White House", CITY, "USA", admin1="Tennessee", population=12_000, geonameid=11)
    world = FakeGazetteer([namesake])
    assert landmark_town(world, "White House") is None
    assert resolve(world, "White House") == namesake


def test_a_landmark_with_a_region_takes_the_town_of_that_region():
    # "Fort Hood" -> Killeen in Texas, not a larger Killeen elsewhere.
    texas = Place("Killeen", CITY, "USA", admin1="Texas", population=140_000, geonameid=20)
    other = Place("Killeen", CITY, "USA", admin1="Ohio", population=900_000, geonameid=21)
    world = FakeGazetteer([texas, other])
    assert resolve(world, "Fort Hood") == texas
    assert resolve_names(world, ["Fort Hood", "Killeen"], fallback_to_focus=True)[0] == texas


def test_the_landmark_table_is_well_formed():
    table = landmarks()
    assert len(table) >= 40
    for key, (town, iso3, admin1) in table.items():
        assert key == key.lower() and key.strip() == key
        assert town and town[:1].isupper()
        assert len(iso3) == 3 and iso3.isupper()
        assert admin1 == admin1.strip()
    # Names that are also towns news writes about are left out on purpose.
    assert "whitehall" not in table and "westminster" not in table and "pentagon" not in table


def test_a_short_form_after_a_direction_word_is_the_large_city():
    la_state = Place("Louisiana", ADM1, "USA", population=4_600_000, geonameid=40)
    la_city = Place("Los Angeles", CITY, "USA", admin1="California", population=3_900_000, geonameid=41)
    world = FakeGazetteer([la_state, la_city], alternates={"La.": "Louisiana"})
    assert resolve(world, "South L.A.") == la_city
    assert resolve(world, "La.") == la_state


def test_former_states_are_regions_of_their_successors():
    rows = {r["name"]: r for r in read_table("regions.tsv")}
    ussr = rows["Soviet Union"]
    assert "USSR" in ussr["aliases"].split("|")
    members = ussr["countries"].split("|")
    assert {"RUS", "UKR", "KAZ"} <= set(members) and len(members) == 15
    assert set(rows["Czechoslovakia"]["countries"].split("|")) == {"CZE", "SVK"}


def test_the_offline_gazetteer_knows_the_landmarks_towns_and_the_former_states():
    import pytest

    try:
        from eventlens.where import default_gazetteer

        gaz = default_gazetteer()
    except Exception as exc:  # pragma: no cover - no packages
        pytest.skip(f"offline gazetteer unavailable: {exc}")
    missing = sorted({town for town, _, _ in landmarks().values()
                      if not any(landmark_town(gaz, k) for k, v in landmarks().items() if v[0] == town)})
    assert missing == []
    kremlin = resolve(gaz, "the Kremlin")
    assert kremlin is not None and kremlin.country == "RUS" and kremlin.feature == CAPITAL
    heathrow = resolve(gaz, "Heathrow Airport")
    assert heathrow is not None and heathrow.country == "GBR"
    ussr = resolve(gaz, "USSR")
    assert ussr is not None and ussr.feature == REGION and "RUS" in ussr.countries


def test_an_unknown_name_lies_among_the_articles_towns_in_the_guessed_country():
    # Three towns of one province named in a local article; the unknown name ("Mill Creek") goes to the
    # town in their middle, not to the province's point far from all of them.
    province = Place("Hill Land", ADM1, "NRT", lat=50.0, lon=10.0, population=3_000_000, geonameid=50)
    a = Place("Avon", CITY, "NRT", admin1="Hill Land", lat=45.0, lon=20.0, population=40_000, geonameid=51)
    b = Place("Brook", CITY, "NRT", admin1="Hill Land", lat=45.2, lon=20.2, population=30_000, geonameid=52)
    c = Place("Cove", CITY, "NRT", admin1="Hill Land", lat=45.1, lon=20.1, population=20_000, geonameid=53)
    world = FakeGazetteer([NORTHIA, province, a, b, c])
    out = resolve_names(world, ["Avon", "Brook", "Cove", "Hill Land", "Mill Creek"], fallback_to_focus=True)
    assert out[-1] == c
    # A town of another country is never the guess: the country of the focus stays.
    far = Place("Delta", CITY, "STH", lat=45.1, lon=20.1, population=90_000, geonameid=54)
    world = FakeGazetteer([NORTHIA, SOUTHIA, province, a, far])
    out = resolve_names(world, ["Northia", "Hill Land", "Delta", "Mill Creek"], fallback_to_focus=True)
    assert out[-1] is not None and out[-1].country == "NRT"
    # Without fallback an unknown name stays unresolved.
    assert resolve_names(world, ["Avon", "Mill Creek"])[-1] is None


def _northian_world(*extra: Place) -> FakeGazetteer:
    """Northia with its capital Norburg and the town Avon, Southia, and the places a test adds."""
    capital = Place("Norburg", CAPITAL, "NRT", lat=45.0, lon=20.0, population=900_000, geonameid=60)
    town = Place("Avon", CITY, "NRT", lat=45.2, lon=20.2, population=40_000, geonameid=61)
    return FakeGazetteer([NORTHIA, SOUTHIA, capital, town, *extra])


def test_a_small_foreign_town_no_other_name_points_to_is_a_local_name_the_gazetteer_lacks():
    # "Quay Lane" in an article on Northian towns: the only town of that name is a village in Southia.
    stray = Place("Quay Lane", CITY, "STH", lat=-30.0, lon=150.0, population=2_000, geonameid=62)
    world = _northian_world(stray)
    names = ["Northia", "Norburg", "Avon", "Quay Lane"]
    assert resolve_names(world, names, fallback_to_focus=True)[-1].country == "NRT"
    # Without the must-answer fallback it stays unresolved, as a name the gazetteer lacks does; when
    # the article also names Southia, the town stands.
    assert resolve_names(world, names)[-1] is None
    assert resolve_names(world, names + ["Southia"], fallback_to_focus=True)[3] == stray
    assert resolve_names(world, names + ["Southia"])[3] == stray
    # A large town is no stray.
    big = stray._replace(population=2_000_000)
    world = _northian_world(big)
    assert resolve_names(world, names, fallback_to_focus=True)[-1] == big


def test_a_name_found_only_under_another_spelling_in_a_foreign_country_is_unknown():
    # "Mill River" in an article on Northian towns: only the Southian city "Mill" matches the bare name.
    mill = Place("Mill", CITY, "STH", lat=-30.0, lon=150.0, population=300_000, geonameid=63)
    world = _northian_world(mill)
    names = ["Northia", "Norburg", "Avon", "Mill River"]
    assert resolve_names(world, names, fallback_to_focus=True)[-1].country == "NRT"
    # The city's own name is no other spelling: a city of that size stands.
    assert resolve_names(world, ["Northia", "Norburg", "Avon", "Mill"], fallback_to_focus=True)[-1] == mill


def test_event_places_at_a_landmark_are_its_town_and_a_reports_source_is_no_scene(pipeline):
    rally = [e for e in code(pipeline, "Protesters rallied outside the White House on Sunday against the war.")
             if e.event == "PROTEST"]
    assert rally and rally[0].event_loc is not None
    assert (rally[0].event_loc.name, rally[0].event_loc.country) == ("Washington", "USA")
    arrest = [e for e in code(pipeline, "Police arrested ten protesters near the Kremlin on Monday.") if e.event == "COERCE"]
    assert arrest and arrest[0].event_loc is not None and arrest[0].event_loc.name == "Moscow"
    # The speaker of a report is not where the reported attack happened.
    for text in ("Moscow said Russian troops attacked rebels on Monday.",
                 "The Pentagon said a soldier was killed in combat on Monday."):
        for e in code(pipeline, text):
            assert e.event_loc is None or e.event_loc.name not in ("Moscow", "Arlington"), (text, e.event_loc)
