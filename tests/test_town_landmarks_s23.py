"""Session 23 (issue 5, places): an office named like a town elsewhere ("Whitehall") reads as the landmark
in its capital only beside that capital's name (`where/town_landmarks.tsv`); alone it keeps the town
readings. All combinations are invented for these tests."""

from __future__ import annotations

import pytest
from conftest import resolved_countries

from eventlens.where.resolve import resolve_names


@pytest.mark.parametrize(("names", "expected"), [
    (["Whitehall", "London"], ["GBR", "GBR"]),
    (["London", "Whitehall", "Manchester"], ["GBR", "GBR", "GBR"]),
    (["Matignon", "Paris"], ["FRA", "FRA"]),
])
def test_landmark_beside_its_capital_is_there(gazetteer, names, expected):
    assert resolved_countries(gazetteer, names) == expected


def test_the_landmark_reads_as_its_capital(gazetteer):
    p = resolve_names(gazetteer, ["Whitehall", "London"])[0]
    assert p is not None and p.name == "London" and p.country == "GBR"


def test_alone_it_keeps_the_town_reading(gazetteer):
    p = resolve_names(gazetteer, ["Whitehall", "Columbus"])[0]
    assert p is not None and p.name == "Whitehall" and p.country == "USA"
