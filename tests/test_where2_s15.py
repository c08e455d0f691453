"""Session 15 (issue 5, places, second pass): a first-level region found only under an alternate name
yields the bare name to a city that bears it as its main name (`resolve.REGION_OWN_NAME_SHARE`). All
names here are generic place names of the gazetteer; no sentence comes from a gold set."""

from __future__ import annotations

import pytest

from eventlens.where import resolve as R
from eventlens.where.place import ADM1, CITY
from eventlens.where.resolve import resolve_names


def test_a_region_named_by_an_alias_yields_to_a_city_of_that_main_name(gazetteer):
    # "Columbia" is an alternate name of the District of Columbia but the main name of cities of 100,000+.
    place = resolve_names(gazetteer, ["Columbia"])[0]
    assert place.feature == CITY and place.name == "Columbia" and place.population >= R.OWN_NAME_PEOPLE


def test_without_the_wider_share_the_region_keeps_the_alias(gazetteer, monkeypatch):
    monkeypatch.setattr(R, "REGION_OWN_NAME_SHARE", 1)
    place = resolve_names(gazetteer, ["Columbia"])[0]
    assert place.feature == ADM1 and place.name != "Columbia"


@pytest.mark.parametrize("state", ["Missouri", "Maryland"])
def test_the_city_of_the_named_state_is_taken(gazetteer, state):
    place = resolve_names(gazetteer, ["Columbia", state])[0]
    assert place.feature == CITY and place.admin1 == state


def test_a_region_that_the_article_points_to_keeps_its_alias(gazetteer):
    # Beside the capital that lies in the district, the alias stands for the district.
    place, capital = resolve_names(gazetteer, ["Columbia", "Washington, D.C."])
    assert place.feature == ADM1 and place.name == capital.admin1 and place.name != "Columbia"


def test_a_region_s_main_name_is_untouched(gazetteer):
    # The rule reads only alternate names: a state under its own name stays the state.
    place = resolve_names(gazetteer, ["Missouri"])[0]
    assert place.feature == ADM1 and place.name == "Missouri"


# --- Canadian papers' abbreviated provinces after a town (`where/press_cues.tsv`) ------------------------

@pytest.mark.parametrize("text", [
    "A family from Kelowna, B.C., opened a bakery on the main street.",
    "The plant near Hamilton, Ont. will hire forty workers.",
    "Crews from Red Deer, Alta., fought the grass fire.",
])
def test_a_town_with_an_abbreviated_province_is_canadian_press(text):
    from eventlens.where.locate import press_focus

    assert max(press_focus(text), key=press_focus(text).get) == "CAN"


@pytest.mark.parametrize("text", [
    "The temple was built around 300 B.C., long before the town.",
    "The paper by Smith, N.S. and Brown, A.B. was cited widely.",
    "\"Thanks, Man. See you later,\" he said.",
])
def test_other_abbreviations_are_no_canadian_cue(text):
    from eventlens.where.locate import press_focus

    assert "CAN" not in press_focus(text)


def test_a_council_town_in_canadian_press_is_the_canadian_town(gazetteer):
    from eventlens.where.locate import press_towns

    text = "A family from Kelowna, B.C., opened a bakery. London city council approved the permit on Monday."
    assert press_towns(text, ["London"], gazetteer) == {"London": "CAN"}
    assert press_towns(text.split(". ", 1)[1], ["London"], gazetteer) == {}
