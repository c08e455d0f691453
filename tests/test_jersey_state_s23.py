"""Session 23 (issue 5, places): "Jersey" as speech and local news use it for New Jersey
(`where/admin1_aliases.tsv`): the state where the article's other places are in the US, the island
otherwise. All combinations are invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import resolve_names


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _first(gaz, names: list[str]) -> tuple[str | None, str | None]:
    p = resolve_names(gaz, names, allow_demonym=True, fallback_to_focus=True)[0]
    return (p.name, p.country) if p is not None else (None, None)


@pytest.mark.parametrize("names", [
    ["Jersey", "Camden", "Paterson"],
    ["Jersey", "Philadelphia"],
    ["Jersey", "New York", "Staten Island"],
])
def test_jersey_among_us_places_is_the_state(gaz, names):
    assert _first(gaz, names) == ("New Jersey", "USA")


@pytest.mark.parametrize("names", [
    ["Jersey"],
    ["Jersey", "Guernsey", "St Helier"],
    ["Jersey", "Brittany", "Normandy"],
])
def test_jersey_elsewhere_stays_the_island(gaz, names):
    assert _first(gaz, names)[1] == "JEY"


def test_the_full_names_are_unchanged(gaz):
    assert _first(gaz, ["New Jersey", "London"]) == ("New Jersey", "USA")
    assert _first(gaz, ["Jersey City", "Paris"])[1] == "USA"
