"""Session 23 (issue 5, places): a city's demonym ("Londoners", "Muscovites") read as a gold toponym is that
city (`where.resolve.demonym_country`, `city_demonyms.tsv`), as a country's demonym is its country. All
combinations are invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.build import read_table
from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.place import CAPITAL, CITY
from eventlens.where.resolve import city_demonyms, resolve_names


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _read(gaz, names: list[str], allow_demonym: bool = True) -> list[tuple[str, str | None] | None]:
    return [(p.name, p.country) if p else None
            for p in resolve_names(gaz, names, allow_demonym=allow_demonym, fallback_to_focus=allow_demonym)]


@pytest.mark.parametrize(("names", "expected"), [
    (["Muscovites", "Volga"], ("Moscow", "RUS")),
    (["Glaswegian", "Clyde"], ("Glasgow", "GBR")),
    (["New Yorkers", "Hudson River"], ("New York City", "USA")),
    (["Torontonians", "Lake Ontario"], ("Toronto", "CAN")),
    (["Sydneysiders"], ("Sydney", "AUS")),
    (["Cairene's", "Nile"], ("Cairo", "EGY")),
])
def test_a_city_demonym_is_its_city(gaz, names, expected):
    assert _read(gaz, names)[0] == expected


def test_a_city_demonym_votes_for_its_country(gaz):
    # "Melburnians" beside a bare "Richmond": the suburb of Melbourne's state, not the larger US city
    read = _read(gaz, ["Melburnians", "Melburnians", "Richmond"])
    assert read[0] == ("Melbourne", "AUS")
    assert read[2] is not None and read[2][1] == "AUS"


def test_country_demonyms_and_places_keep_their_reading(gaz):
    assert _read(gaz, ["Canadians", "Dublin"])[0] == ("Canada", "CAN")
    # outside the evaluator's demonym reading a city demonym is no place
    assert _read(gaz, ["Londoners"], allow_demonym=False) == [None]


def test_every_row_names_a_city_of_its_country_and_no_gazetteer_name(gaz):
    rows = read_table("city_demonyms.tsv")
    assert len(rows) == len(city_demonyms()) >= 40
    for r in rows:
        assert any(p.country == r["iso3"] and p.feature in (CITY, CAPITAL) for p in gaz.lookup(r["city"])), r
        assert not gaz.lookup(r["demonym"]), r  # a demonym that is also a place name would shadow it
