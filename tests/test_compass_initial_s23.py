"""Session 23 (issue 5, places): a compass initial written for its word ("S. Africa", "N. Ireland") is read as
the full name (`where.resolve.variants`)."""

from __future__ import annotations

import pytest

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import resolve_names


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


@pytest.mark.parametrize(("name", "expected"), [
    ("S. Africa", ("South Africa", "ZAF")),
    ("S. Sudan", ("South Sudan", "SSD")),
    ("N. Dakota's", ("North Dakota", "USA")),
    ("E. Timor", ("East Timor", "TLS")),
])
def test_a_compass_initial_is_its_word(gaz, name, expected):
    p = resolve_names(gaz, [name])[0]
    assert p is not None and (p.name, p.country) == expected


def test_an_initial_that_makes_no_name_places_nothing(gaz):
    # "S. Paulo" is no "South Paulo": without a place of that name it stays unread
    assert resolve_names(gaz, ["S. Paulo"]) == [None]
