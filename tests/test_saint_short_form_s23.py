"""Session 23 (issue 5, places): a bare name that is another name of the article without its saint's prefix
("Petersburg" beside "St. Petersburg") reads as that name (`where.resolve.short_of_named_place`). All
combinations are invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import resolve_names, short_of_named_place


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _read(gaz, names: list[str]) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) if p else None for p in resolve_names(gaz, names)]


def test_a_second_mention_without_the_saint_reads_as_the_first(gaz):
    # a story on flights from Chicago to the Russian city: "Petersburg" is no Virginia town
    names = ["Chicago", "St. Petersburg", "Russia", "Petersburg", "Illinois"]
    read = _read(gaz, names)
    assert read[3] == read[1] and read[3][1] == "RUS"


def test_the_short_form_takes_the_full_name_s_place_in_the_united_states_too(gaz):
    names = ["Denver", "San Bernardino", "Bernardino", "Colorado"]
    read = _read(gaz, names)
    assert read[2] == read[1] == ("San Bernardino", "USA")


@pytest.mark.parametrize(("name", "names", "expected"), [
    ("Petersburg", ["St. Petersburg", "Petersburg"], "St. Petersburg"),
    ("Petersburg", ["Saint Petersburg's", "Petersburg"], "Saint Petersburg's"),
    # a short name that is a country's own ("Salvador": El Salvador) keeps its readings
    ("Salvador", ["San Salvador", "Salvador"], None),
    # a name without a saint's prefix is no short form ("Sudan" beside "Port Sudan")
    ("Sudan", ["Port Sudan", "Sudan"], None),
    ("Petersburg", ["Petersburg", "Richmond"], None),
])
def test_short_of_named_place(gaz, name, names, expected):
    assert short_of_named_place(gaz, name, names) == expected
