"""Coverage of the cooperation side (session 11): SUPPORT, CONCEDE, AID, COOPERATE and REQUEST constructions
found by reading Current Events items and ConfliBERT training sentences the coder missed (a decision or
policy defended in words, demands agreed to, a sum lent, relief equipment shipped, suspects handed to another
state's police, a state applying to join a bloc, funds released for victims, which the coder read as
frozen money given back). One sentence of our own per construction the lexicon groups `*.s11` add, with
the type (and mode) it must be coded as and a realised modality, and near-misses in another sense that must
not be coded as that type."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # SUPPORT: another party's (or one's own side's) decision, policy or move defended in words
    ("The Ecuadorian foreign minister defended Quito's decision to recall the consul.", "SUPPORT", None),
    ("Lisbon's finance chief defended the government's budget before the senators.", "SUPPORT", None),
    # CONCEDE: the other side's demands agreed to or heeded
    ("The Zambian cabinet agreed to the miners' demands after a week of stoppages.", "CONCEDE", None),
    ("Bolivia heeded the demands of the coca growers on Friday.", "CONCEDE", None),
    # AID: a sum lent; relief equipment shipped
    ("Kuwait lent 40 million dollars to Sudan for the new dam.", "AID", None),
    ("Austria shipped medical equipment to the flood zone in Albania.", "AID", None),
    # COOPERATE: suspects handed to another state's police
    ("Portugal handed the two fugitives to the Brazilian police on Monday.", "COOPERATE", None),
    # REQUEST: a state applying to join a bloc or applying for a loan
    ("Moldova applied to join the European Union last spring.", "REQUEST", None),
    ("The Sri Lankan government applied for a bailout from the IMF.", "REQUEST", None),
    # AID: funds or relief goods released for victims (not frozen money given back)
    ("Seoul released emergency funds for the typhoon victims in Vietnam.", "AID", None),
    ("The provincial government released food supplies to the drought-hit villages.", "AID", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), CODED)
def test_s11_coop_construction_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a place or a line held against an attack is no support
    ("The marines defended their trenches against the night assault.", "SUPPORT"),
    ("Local militias defended the village against the raiders.", "SUPPORT"),
    # agreeing to a plan is AGREE, not a concession
    ("The two ministers agreed to a plan for joint border patrols.", "CONCEDE"),
    # a firm shipping equipment to its own plant is no aid
    ("The carmaker shipped equipment to its new plant in Hungary.", "AID"),
    # frozen money given back is no aid
    ("Washington released frozen Libyan funds held in American banks.", "AID"),
    # applying a rule or applying for a licence is no request
    ("The mining firm applied for a licence to drill near the lake.", "REQUEST"),
    ("The new tariffs apply to all imports from the bloc.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED)
def test_s11_coop_near_miss_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
