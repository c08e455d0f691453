"""Session 23 (issue 5, places): a small town read in a country where none of the article's other names is
read, while several of them are read in one other country, is a local name the gazetteer lacks
(`where.resolve.lone_town`); and a city's demonym beside the city's own name reads as that name does. All
combinations are invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import lone_town, resolve_names


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _countries(gaz, names: list[str], fallback: bool = True) -> list[str | None]:
    return [p.country if p else None
            for p in resolve_names(gaz, names, allow_demonym=True, fallback_to_focus=fallback)]


@pytest.mark.parametrize("names", [
    # Ontario towns with US namesakes keep the US in the spread of readings; the settled readings are Canadian
    ["Ontario", "Woodstock", "London", "Stratford", "Bright"],
    ["Ontario", "Woodstock", "London", "Bright", "Paris"],
])
def test_a_lone_small_town_abroad_is_a_local_name(gaz, names):
    read = _countries(gaz, names)
    assert read[names.index("Bright")] == "CAN"
    # the pipeline leaves it unplaced rather than put the event in another country
    assert _countries(gaz, names, fallback=False)[names.index("Bright")] is None


def test_a_town_with_company_in_its_country_stays(gaz):
    # two other names read in the town's own country: it is no lone reading
    names = ["Indianapolis", "Indiana", "Bright", "London", "Toronto", "Ottawa", "Ontario"]
    assert _countries(gaz, names)[2] == "USA"


def test_lone_town_needs_enough_other_names(gaz):
    bright = next(p for p in gaz.lookup("Bright") if p.country == "USA")
    toronto = max(gaz.lookup("Toronto"), key=lambda p: p.population)
    same = {"Bright": "bright", "A": "a", "B": "b", "C": "c"}
    assert not lone_town(bright, "Bright", {"Bright": bright, "A": toronto, "B": toronto}, same)
    assert lone_town(bright, "Bright", {"Bright": bright, "A": toronto, "B": toronto, "C": toronto}, same)


def test_a_city_demonym_reads_as_the_city_the_article_names(gaz):
    # "Londoners" in a story on the Ontario city are its people, and do not pull "London" to England
    names = ["Kitchener", "Ontario", "Guelph", "London", "Londoners"]
    read = resolve_names(gaz, names, allow_demonym=True, fallback_to_focus=True)
    assert read[-1] == read[-2] and read[-1].country == "CAN" and read[-1].name == "London"
    alone = resolve_names(gaz, ["Londoners", "Thames"], allow_demonym=True, fallback_to_focus=True)[0]
    assert (alone.name, alone.country) == ("London", "GBR")
