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
