"""Cooperation side, session 13 (coop): verbal defence of a party's conduct and cancelled strikes.

A party's decision, policy, actions or position defended in words is SUPPORT (CAMEO 051 includes defending
verbally; triggers.yaml support.defend_conduct.s13); a town or a title defended is none. A light verb with the
particle "off" ("called off the strike") cancels the event its object names instead of doing it
(roles.yaml cancelling_off_verbs).

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events
corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

from eventlens.events.roles import CANCELLING_OFF_VERBS

CODED = [
    # a party's conduct defended in words
    ("The Kenyan foreign minister defended Uganda's decision to close the border.", "SUPPORT", None),
    ("The Peruvian president defended the army's handling of the protests in Cusco.", "SUPPORT", None),
    ("Chile's ambassador strongly defended Bolivia's position on the river dispute.", "SUPPORT", None),
    # a strike called off is a concession by the strikers, not a strike
    ("Bolivian miners called off their strike after the government raised wages.", "CONCEDE", None),
    # a strike called is still one
    ("Bolivian miners called a general strike over wages.", "PROTEST", "strike"),
]


@pytest.mark.parametrize(("text", "etype", "mode"), CODED)
def test_s13_coop_construction_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a town, a title or a thesis defended is no endorsement
    ("Kenyan troops defended the town of Mandera against the militants.", "SUPPORT"),
    ("The Peruvian boxer defended his title in Lima on Saturday.", "SUPPORT"),
    # a cancelled strike is no strike; talks put off are no talks
    ("Bolivian miners called off their strike after the government raised wages.", "PROTEST"),
    ("Chile put off talks with Peru until next year.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED)
def test_s13_coop_near_miss_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)


def test_defended_decision_names_its_party(pipeline):
    events = [e for e in code(pipeline, "The Kenyan foreign minister defended Uganda's decision to close the border.")
              if e.event == "SUPPORT"]
    assert events
    assert any(r.country == "UGA" for r in events[0].recipient)


def test_word_lists_come_from_lexicons():
    assert "call" in CANCELLING_OFF_VERBS and "set" not in CANCELLING_OFF_VERBS
