"""Conflict-side coding, session 13b (conflict2): regret at another party's act is criticism (ACCUSE), at one's
own an apology (CONCEDE); a threat's mode is what it threatens (PLOVER manual, THREATEN modes); an attack someone
is ordered to make is not told as made. Every sentence is written for this test (invented or generic names)."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

from eventlens.record import REALIZED_MODALITIES


def seen(pipeline, text):
    return [(e.event, e.mode, e.text_info.trigger, e.modality) for e in code(pipeline, text)]


# ---- lead 1: regret over another party's act is ACCUSE disapprove, with that party as recipient
REGRET_OTHERS = [
    ("The Japanese foreign ministry expressed regret over South Korea's decision to close the joint factory.", "KOR"),
    ("Germany expressed regret at the decision by the Polish government to leave the pact.", "POL"),
    ("The Kenyan government regretted Uganda's move to shut the shared border market.", "UGA"),
]


@pytest.mark.parametrize("text,recipient", REGRET_OTHERS)
def test_regret_over_another_partys_act_is_criticism(pipeline, text, recipient):
    assert_coded(pipeline, text, "ACCUSE", "disapprove")
    assert_not_coded(pipeline, text, "CONCEDE")
    accused = [e for e in code(pipeline, text) if e.event == "ACCUSE"]
    assert any(r.country == recipient for e in accused for r in e.recipient), seen(pipeline, text)


REGRET_OWN = [
    "The Japanese government expressed regret for the deaths of the two fishermen.",
    "The Kenyan minister expressed regret over his decision to cancel the visit to Nairobi.",
    "The Chilean navy expressed regret over the collision with the fishing boat.",
]


@pytest.mark.parametrize("text", REGRET_OWN)
def test_regret_for_ones_own_act_is_no_criticism(pipeline, text):
    assert_not_coded(pipeline, text, "ACCUSE")


# ---- lead 3: the mode of a threat is the act threatened
THREAT_MODES = [
    ("The Chadian government threatened to expel the French ambassador.", "expel"),
    ("Iran threatened to cut diplomatic ties with Canada over the ruling.", "relations"),
    ("The military junta threatened to arrest the opposition leaders.", "arrest"),
    ("The Serbian president threatened to invade the breakaway province.", "territory"),
    ("The rebels threatened to shell the capital if the army advanced.", "violence"),
    ("The commander warned that his fighters would attack the city.", "violence"),
]


@pytest.mark.parametrize("text,mode", THREAT_MODES)
def test_a_threat_takes_its_mode_from_the_threatened_act(pipeline, text, mode):
    assert_coded(pipeline, text, "THREATEN", mode)


@pytest.mark.parametrize("text", [
    "The Kenyan minister threatened to resign over the budget cuts.",
    "The Zembian opposition threatened to resign from the unity government.",
])
def test_a_threat_of_no_listed_act_gets_no_mode(pipeline, text):
    threats = [e for e in code(pipeline, text) if e.event == "THREATEN"]
    assert threats and all(e.mode is None for e in threats), seen(pipeline, text)
# ---- lead 2: an attack ordered is not an attack made
ORDERED = [
    "The president ordered the army to attack the rebel camp near the border.",
    "Soldiers in Yangon were ordered to fire on the protesters.",
    "The general commanded his troops to shell the town.",
]


@pytest.mark.parametrize("text", ORDERED)
def test_an_attack_ordered_is_not_an_attack_made(pipeline, text):
    attacks = [e for e in code(pipeline, text) if e.event == "ASSAULT" and e.modality in REALIZED_MODALITIES]
    assert not attacks, seen(pipeline, text)


def test_an_attack_made_after_an_order_stays(pipeline):
    text = "Soldiers shot dead three protesters after the commander ordered the crowd to disperse."
    assert_coded(pipeline, text, "ASSAULT")


def test_an_order_someone_says_they_got_is_no_threat_of_theirs(pipeline):
    # the act they were ordered to do is nobody's stated intention (modality.announced), so no THREATEN either
    text = "Two Zembian soldiers claimed that they were ordered to kill the prisoners at the camp."
    events = code(pipeline, text)
    assert not any(e.event == "THREATEN" for e in events), seen(pipeline, text)
    assert not any(e.event == "ASSAULT" and e.modality in REALIZED_MODALITIES for e in events), seen(pipeline, text)


# ---- lead 4: a plan to use force that its maker announces is a threat (stated intention), as "plans to" is
@pytest.mark.parametrize("text,mode", [
    ("The Zembian government announced a plan to invade the neighbouring island.", "territory"),
    ("The Ruritanian army announced a plan to attack the rebel bases in the north.", "violence"),
])
def test_an_announced_plan_of_force_is_a_threat(pipeline, text, mode):
    assert_coded(pipeline, text, "THREATEN", mode)
    assert_not_coded(pipeline, text, "ASSAULT", realised_only=True)


@pytest.mark.parametrize("text", [
    # another party's plan, under a verb that does not announce it: no threat by the speaker
    "The Kenyan opposition denounced the government's plan to raze the slums.",
    "The newspaper revealed the ministry's plan to arrest the strike leaders.",
])
def test_a_plan_not_announced_by_its_maker_is_no_threat(pipeline, text):
    assert_not_coded(pipeline, text, "THREATEN")
