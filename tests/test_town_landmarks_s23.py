"""Session 23 (issue 5, places): an office named like a town elsewhere ("Whitehall") reads as the landmark
in its capital only beside that capital's name (`where/town_landmarks.tsv`); alone it keeps the town
readings. All combinations are invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import resolve_names


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _countries(gaz, names: list[str]) -> list[str | None]:
    return [p.country if p else None for p in resolve_names(gaz, names, allow_demonym=True, fallback_to_focus=True)]


@pytest.mark.parametrize(("names", "expected"), [
    (["Whitehall", "London"], ["GBR", "GBR"]),
    (["London", "Whitehall", "Manchester"], ["GBR", "GBR", "GBR"]),
    (["Matignon", "Paris"], ["FRA", "FRA"]),
])
def test_landmark_beside_its_capital_is_there(gaz, names, expected):
    assert _countries(gaz, names) == expected


def test_the_landmark_reads_as_its_capital(gaz):
    p = resolve_names(gaz, ["Whitehall", "London"])[0]
    assert p is not None and p.name == "London" and p.country == "GBR"


def test_alone_it_keeps_the_town_reading(gaz):
    p = resolve_names(gaz, ["Whitehall", "Columbus"])[0]
    assert p is not None and p.name == "Whitehall" and p.country == "USA"
