"""Session 22, second round (issue 5, places): where the article's text, not only its names, sends a
name abroad. All sentences and name lists are invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.locate import press_towns


# Both a US wording ("the 400 block of") and a Canadian one ("RCMP"): the town is in the country whose
# province the text names, though the other country's namesake is larger.
_BOTH = ("Richmond city council voted on Tuesday to hire more officers after thefts in the 400 block of "
         "Maple Road, the RCMP said.")


def test_a_council_town_under_mixed_press_cues_is_in_the_country_of_the_named_province(gazetteer):
    assert press_towns(_BOTH, ["Richmond", "British Columbia"], gazetteer) == {"Richmond": "CAN"}


def test_a_council_town_under_mixed_press_cues_without_a_named_region_is_the_larger_town(gazetteer):
    assert press_towns(_BOTH, ["Richmond"], gazetteer) == {"Richmond": "USA"}


@pytest.mark.parametrize("other", ["Virginia", "United States"])
def test_a_named_state_or_country_of_the_other_press_keeps_its_town(gazetteer, other):
    assert press_towns(_BOTH, ["Richmond", other], gazetteer) == {"Richmond": "USA"}
