"""Conflict-side coding, session 13 (conflict): labour strikes named with their strikers and no light verb,
ultimatums given as a span of time to yield, and SANCTION in PLOVER's verbal-conflict quad. Every sentence
is written for this test (invented or generic names), with the type (and mode) it must get, and near misses
that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, code

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
