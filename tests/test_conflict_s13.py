"""Conflict-side coding, session 13 (conflict): labour strikes named with their strikers and no light verb,
ultimatums given as a span of time to yield, and SANCTION in PLOVER's verbal-conflict quad. Every sentence
is written for this test (invented or generic names), with the type (and mode) it must get, and near misses
that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

CODED = [
    # a strike named by its strikers: possessor or by-phrase (protest.strike_by_workers.s13)
    ("The Ruritanian nurses' strike shut hospitals across the country.", "PROTEST", "strike"),
    ("A strike by Zembian doctors paralysed public hospitals in the capital.", "PROTEST", "strike"),
    ("The Portuguese rail workers' strike entered its third day on Tuesday.", "PROTEST", "strike"),
    ("A walkout by Greek air traffic controllers disrupted flights.", "PROTEST", "strike"),
    ("Bolivian miners' strikes cut tin output in May.", "PROTEST", "strike"),
    # a span of time given to yield (threaten.deadline_given.s13, roles.deadline_given)
    ("The Chadian army gave the rebels 48 hours to surrender.", "THREATEN", "relations"),
    ("The Zembian government gave the strikers 24 hours to return to work or be dismissed.", "THREATEN", None),
    ("The Malian junta gave the foreign troops until Friday to leave the country.", "THREATEN", None),
    ("The Ruritanian government has given its neighbour a week to release the captured fishermen.", "THREATEN", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session13_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # an attack by warplanes or an army, and a footballer, are no labour strike
    ("A strike by Ruritanian warplanes killed four militants near the border.", "PROTEST"),
    ("The Zembian army's strike on the rebel base killed 20 fighters.", "PROTEST"),
    ("The Ghanaian striker's strike from 30 metres won the match.", "PROTEST"),
    # time given for a task, or by a court, is no ultimatum
    ("The Kenyan teacher gave the students two weeks to finish the essay.", "THREATEN"),
    ("A Pakistani court gave the government 30 days to respond to the petition.", "THREATEN"),
    ("The Nigerian ministry gave the contractors six months to build the bridge.", "THREATEN"),
    # time given with nobody to yield: a holiday, a budget
    ("The Chilean government gave workers two days off for the holiday.", "THREATEN"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session13_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


@pytest.mark.parametrize("text", [
    "The Zembian government expelled two Ruritanian diplomats on Monday.",
    "Norway suspended its aid to the Ruritanian junta.",
])
def test_sanction_is_verbal_conflict(pipeline, text):
    """PLOVER's quad table puts SANCTION in verbal conflict (3), with REQUEST, ACCUSE, REJECT, THREATEN."""
    sanctions = [e for e in code(pipeline, text) if e.event == "SANCTION"]
    assert sanctions and all(e.quad_code == 3 for e in sanctions)


def test_stated_sanction_still_threatens(pipeline):
    """A sanction announced for the future is still a threat (pipeline: coercive stated intentions), though its
    quad class is now that of the verbal types."""
    assert_coded(pipeline, "The US said it will impose sanctions on the Ruritanian generals.", "THREATEN")
