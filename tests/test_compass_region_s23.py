"""Session 23 (issue 5, places): a first-level region named only by a compass word ("Western", "Central
Province") in a country the article does not point to is the article's own region of that name
(`where.resolve.compass_region`); and a first-level region abroad that a name means in English takes it from
an unsupported small town the article's country alone lifts (`_region_abroad_first`). All combinations are
invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import resolve_names


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _read(gaz, names: list[str], fallback: bool = True) -> list[tuple[str, str | None, str] | None]:
    return [(p.name, p.country, p.feature) if p else None
            for p in resolve_names(gaz, names, allow_demonym=True, fallback_to_focus=fallback)]


@pytest.mark.parametrize(("names", "expected"), [
    (["Mombasa", "Eldoret", "Kenya", "Western"], "KEN"),
    (["Mombasa", "Eldoret", "Kenya", "Western Province"], "KEN"),
    (["Kumasi", "Tamale", "Ghana", "Eastern Region"], "GHA"),
])
def test_a_compass_region_lies_in_the_article_s_country(gaz, names, expected):
    assert _read(gaz, names)[-1][1] == expected
    assert _read(gaz, names, fallback=False)[-1] is None or _read(gaz, names, fallback=False)[-1][1] == expected


@pytest.mark.parametrize(("names", "expected"), [
    (["Lusaka", "Zambia", "Western"], ("Western", "ZMB")),
    (["Kampala", "Uganda", "Central"], ("Central", "UGA")),
])
def test_a_compass_region_of_the_article_s_country_keeps_its_reading(gaz, names, expected):
    assert _read(gaz, names)[-1][:2] == expected


def test_a_region_abroad_before_an_unsupported_town(gaz):
    # a Missouri town of 5,000 named like the French region, in a story on Kentucky and Indiana towns
    read = _read(gaz, ["Frankfort", "Paducah", "Kentucky", "Normandy"])
    assert read[-1][1:] == ("FRA", "A.ADM1")


def test_the_town_keeps_the_name_with_its_own_region_in_the_article(gaz):
    read = _read(gaz, ["Ferguson", "Missouri", "Kansas City", "Normandy"])
    assert read[-1][1:] == ("USA", "P.PPL")
