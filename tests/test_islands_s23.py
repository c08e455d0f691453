"""Session 23 (issue 5, places): islands news names that the packages lack (`where/regions.tsv`): each is its
state's, and an island two states share is read by the article's other names. All combinations are invented
for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import resolve_names


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _country(gaz, names: list[str]) -> str | None:
    """The first name's country, when it is read as that island itself (not the article's main place)."""
    p = resolve_names(gaz, names, allow_demonym=True, fallback_to_focus=True)[0]
    return p.country if p is not None and p.name == names[0] else None


@pytest.mark.parametrize(("names", "expected"), [
    # an island named in a story about another country is still its own state's
    (["Lanzarote", "Manchester", "Leeds"], "ESP"),
    (["Socotra", "Oman", "Muscat"], "YEM"),
    (["Gozo", "Sicily", "Palermo"], "MLT"),
    (["Viti Levu", "Auckland", "Wellington"], "FJI"),
    (["Mindoro", "Hong Kong"], "PHL"),
])
def test_an_island_is_its_state_s(gaz, names, expected):
    assert _country(gaz, names) == expected


@pytest.mark.parametrize(("names", "expected"), [
    # a shared island is the part of the state the article is about; not the country Guinea
    (["New Guinea", "Port Moresby", "Lae"], "PNG"),
    (["New Guinea", "Jayapura", "Indonesia"], "IDN"),
    (["Hispaniola", "Santo Domingo", "Punta Cana"], "DOM"),
])
def test_a_shared_island_is_read_by_the_article(gaz, names, expected):
    assert _country(gaz, names) == expected


def test_an_island_alone_shared_by_two_states_names_no_one(gaz):
    p = resolve_names(gaz, ["New Guinea"], allow_demonym=True)[0]
    assert p is not None and p.country is None and set(p.countries) == {"PNG", "IDN"}
