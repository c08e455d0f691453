"""Headline wordings the coder missed, session 14 (ngec; issue 3).

- Force promised by a noun is a threat (`events._promised_force_noun`): a vow of force ("vowed reprisals") or a
  promise under a condition ("promised arrests if ...", "pledged a crackdown unless ..."). An unconditional
  promise of a non-vow verb, a promise of help (troops, jobs) and measures agreed among parties stay AGREE.
- A verbless headline "<people> on (hunger) strike" is a PROTEST by those people (`events._headline_striker`),
  when they are of a sector that strikes (workers, students, doctors, activists, prisoners' causes...); not a
  "crackdown on strike" or "focus on strike", nor a sentence with a verb that says what the strike is to it.
- Forces ordered to a place are deployed (MOBILIZE troops, mark @FORCES_TO): "ordered police to the city centre";
  not forces ordered to do something ("to fire on", "to return"), nor a company ordered to pay.

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

PROMISED_FORCE = [
    ("The governor of Zembla promised arrests if the looting goes on.", "arrest"),
    ("Karvanian officials promise arrests if the smuggling continues.", "arrest"),
    ("The Zemblan rebels vowed reprisals against the army.", None),
    ("The Karvanian minister promised a crackdown unless the blockade ends.", None),
    ("Zembla pledged sanctions against Karvania if the talks fail.", None),
]


@pytest.mark.parametrize(("text", "mode"), PROMISED_FORCE)
def test_force_promised_by_a_noun_threatens(pipeline, text, mode):
    assert_coded(pipeline, text, "THREATEN", mode)
    assert_not_coded(pipeline, text, "AGREE")


PROMISED_OTHER = [
    "The Zemblan minister promised new jobs if the plant reopens.",  # no force
    "The Karvanian president promised an investigation into the killings.",  # not force, no condition
    "Zembla pledged troops to the peacekeeping mission if the council agrees.",  # forces offered: help
]


@pytest.mark.parametrize("text", PROMISED_OTHER)
def test_other_promises_threaten_nobody(pipeline, text):
    assert_not_coded(pipeline, text, "THREATEN")


def test_measures_agreed_among_parties_are_no_threat(pipeline):
    assert_not_coded(pipeline, "Zembla and Karvania agreed to sanctions if the ceasefire fails.", "THREATEN")


HEADLINE_STRIKES = [
    ("Karvanian doctors on strike over unpaid wages.", "strike"),
    ("Zemblan dockworkers on strike for a third day.", "strike"),
    ("Karvanian students on strike against fee rise.", "strike"),
    ("Zemblan opposition leader on hunger strike in jail.", "hunger"),
]


@pytest.mark.parametrize(("text", "mode"), HEADLINE_STRIKES)
def test_verbless_headline_on_strike_is_protest(pipeline, text, mode):
    assert_coded(pipeline, text, "PROTEST", mode)


NOT_STRIKERS = [
    "Government crackdown on strike in Zembla.",
    "Focus on strike as Zemblan talks stall.",
    "New rules on strike action in Zembla.",
    "Zemblan union voted on strike action for the docks.",
]


@pytest.mark.parametrize("text", NOT_STRIKERS)
def test_on_strike_after_other_words_is_no_protest(pipeline, text):
    assert_not_coded(pipeline, text, "PROTEST")


ORDERED_FORCES = [
    "The Zemblan president ordered troops to the border.",
    "Karvanian governor orders police to the city centre.",
    "Zembla ordered more soldiers into the northern province.",
    "The mayor ordered police into the stadium after fans rioted.",
]


@pytest.mark.parametrize("text", ORDERED_FORCES)
def test_forces_ordered_to_a_place_are_mobilized(pipeline, text):
    assert_coded(pipeline, text, "MOBILIZE", "troops")


ORDERED_OTHER = [
    "The Zemblan president ordered troops to fire on the protesters.",
    "The Zemblan general ordered soldiers to return to barracks.",
    "The Karvanian court ordered the company to pay damages to the families.",
    "The Zemblan judge ordered the police to the archive to collect files.",
]


@pytest.mark.parametrize("text", ORDERED_OTHER)
def test_orders_to_act_are_no_deployment(pipeline, text):
    assert_not_coded(pipeline, text, "MOBILIZE")
