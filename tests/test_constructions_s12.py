"""Constructions and modality (session 12): which event a construction makes of a trigger. Every sentence is
our own, with invented or generic names. Each rule has positives and a near-miss that keeps the old reading:
- a stated plan to deploy one's own forces is a future deployment, not a THREATEN (a vow, "unless" or
  "against" still threatens);
- an infinitive with its own subject happens only if the verb that brings it about does ("would allow the
  agency to deliver food");
- "X says Y is behind / responsible for the attack" is X's ACCUSE against Y, ranked above the reported attack;
- "struck a deal" is no labour strike;
- a vow not to yield ("vowed not to give up their weapons") is a REJECT;
- a decision taken to cooperate ("decided to ease restrictions") is the act, not an AGREE;
- a bare gerund under a verb that ends or bans ("will end flogging") names a practice, no act."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code


def top(pipeline, text: str):
    events = code(pipeline, text)
    assert events, f"nothing coded in {text!r}"
    return max(events, key=lambda e: e.confidence)


def seen(pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.event, e.text_info.trigger, e.modality) for e in code(pipeline, text)]


# --- a stated deployment of one's own forces is not a threat
DEPLOYMENTS = [
    "Zembla said it will send troops to Karvania in support of the elected government.",
    "Karvania announced its navy will deploy two frigates off the coast to guard shipping lanes.",
]


@pytest.mark.parametrize("text", DEPLOYMENTS)
def test_stated_deployment_is_no_threat(pipeline, text):
    assert_not_coded(pipeline, text, "THREATEN")
    events = code(pipeline, text)
    assert any(e.event == "MOBILIZE" and e.modality == "future" for e in events), seen(pipeline, text)


def test_offer_of_peacekeepers_is_no_threat(pipeline):
    assert_not_coded(pipeline, "Karvania says it is ready to send troops to Zembla as part of a regional peacekeeping "
                               "force.", "THREATEN")


DEPLOYMENT_THREATS = [
    # a condition that coerces
    "Zembla said it would deploy troops to the border unless Karvania withdrew its forces.",
    # forces sent against someone
    "The Zemblan defence minister said it will send troops against the rebels in the north.",
]


@pytest.mark.parametrize("text", DEPLOYMENT_THREATS)
def test_deployment_against_someone_or_under_unless_still_threatens(pipeline, text):
    assert_coded(pipeline, text, "THREATEN")


# --- an infinitive with its own subject shares the modality of the verb that brings it about
def test_infinitive_under_a_future_permission_is_not_realised(pipeline):
    text = "Karvania said it would allow the UN food agency to deliver food to a million people in the north."
    assert_not_coded(pipeline, text, "AID", realised_only=True)
    assert top(pipeline, text).event == "AGREE", seen(pipeline, text)


def test_infinitive_under_a_negated_permission_is_not_realised(pipeline):
    assert_not_coded(pipeline, "The Zemblan government did not allow the relief agency to deliver food to the town.",
                     "AID", realised_only=True)


def test_infinitive_under_a_past_verb_stays_realised(pipeline):
    # near miss: "forced the rebels to withdraw" says they withdrew
    assert_coded(pipeline, "The Zemblan army forced the rebels to withdraw from the border town.", "RETREAT")


# --- "X says Y is behind / responsible for the attack": an accusation
ACCUSATIONS = [
    ("Karvania says the Zemblan army is behind the rocket attacks on its border villages.", "Zemblan army"),
    ("The interior minister said the rebel militia was responsible for the bombing of the market.", "rebel militia"),
    ("Moldovan state media say Belarus is behind a series of cyber attacks on government websites.", "Belarus"),
]


@pytest.mark.parametrize("text,accused", ACCUSATIONS)
def test_saying_who_is_behind_an_attack_accuses(pipeline, text, accused):
    best = top(pipeline, text)
    assert best.event == "ACCUSE", seen(pipeline, text)
    assert any(accused in (r.text or "") for r in best.recipient), [r.text for r in best.recipient]


NOT_ACCUSATIONS = [
    # the speaker's own side: a claim of responsibility
    "The rebel group says its fighters were responsible for the attack on the army post.",
    # a denial
    "Karvania says it is not responsible for the attack on the border post.",
    # nobody named
    "The Moldovan interior minister would not say which group was behind the raid on the depot.",
]


@pytest.mark.parametrize("text", NOT_ACCUSATIONS)
def test_claims_denials_and_questions_accuse_nobody(pipeline, text):
    assert_not_coded(pipeline, text, "ACCUSE")


def test_responsible_for_without_a_speaker_keeps_the_attack(pipeline):
    # near miss: the text itself says who did it; no one accuses
    text = "The rebel militia was responsible for the bombing of the market in the capital last week."
    assert_not_coded(pipeline, text, "ACCUSE")
    assert_coded(pipeline, text, "ASSAULT")


# --- "struck a deal" is no strike
def test_struck_a_deal_is_no_strike(pipeline):
    text = "The two ruling parties struck a deal on power sharing on Monday."
    assert_not_coded(pipeline, text, "PROTEST")
    assert_coded(pipeline, text, "AGREE")


def test_workers_striking_is_still_a_strike(pipeline):
    assert_coded(pipeline, "Teachers struck across Zembla on Monday to demand higher pay.", "PROTEST")


# --- a vow not to yield is a refusal
REFUSALS = [
    "The rebels vowed not to give up their weapons until the army leaves the valley.",
    "The Zemblan president vowed never to step down before the end of his term.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_vow_not_to_yield_is_a_rejection(pipeline, text):
    assert top(pipeline, text).event == "REJECT", seen(pipeline, text)
    assert_not_coded(pipeline, text, "AGREE")


def test_vow_not_to_attack_stays_a_promise(pipeline):
    # near miss: a promise of restraint refuses nothing; it is a concession (s15 quad: the manual's CONCEDE,
    # a promise that something will not be done; tests/test_quad_s15.py)
    text = "The rebel commanders vowed not to attack civilians in the northern villages."
    assert_not_coded(pipeline, text, "REJECT")
    assert_coded(pipeline, text, "CONCEDE")


# --- a decision taken to cooperate is the act
DECISIONS = [
    ("The Zemblan government decided to ease restrictions on travel to the northern region.", "CONCEDE"),
    ("The Karvanian cabinet has decided to lift the curfew in the capital.", "CONCEDE"),
]


@pytest.mark.parametrize("text,etype", DECISIONS)
def test_decision_taken_codes_the_act(pipeline, text, etype):
    assert top(pipeline, text).event == etype, seen(pipeline, text)
    assert_not_coded(pipeline, text, "AGREE")


def test_decision_still_to_be_taken_is_not_realised(pipeline):
    # near miss: "will decide whether to" has decided nothing
    assert_not_coded(pipeline, "The Zemblan cabinet will decide next week whether to ease the restrictions.",
                     "CONCEDE", realised_only=True)


# --- a practice being ended or banned
PRACTICES = [
    "The Zemblan government will end flogging as a punishment for theft.",
    "The new decree bans whipping in the prisons of Karvania.",
]


@pytest.mark.parametrize("text", PRACTICES)
def test_ended_practice_is_no_assault(pipeline, text):
    assert_not_coded(pipeline, text, "ASSAULT")
    assert_not_coded(pipeline, text, "THREATEN")


def test_ending_an_attack_with_its_object_stays(pipeline):
    # near miss: the shelling of the town happened before it ended
    assert_coded(pipeline, "Zemblan troops ended shelling the border town after the truce.", "ASSAULT")


# --- which event wins: an event hanging under another realised event's trigger ranks below it
GOVERNED = [
    # a conjoined second act of the same subject
    ("Moldova has refused to deploy troops in Syria and has urged its citizens to leave the country.", "REJECT"),
    # the object of an investigation: a report of funding is what is investigated
    ("Moldova sent officials to Romania to investigate a report alleging that Bucharest is funding the rebels.",
     "ACCUSE"),
]


@pytest.mark.parametrize("text,etype", GOVERNED)
def test_governing_event_ranks_first(pipeline, text, etype):
    assert top(pipeline, text).event == etype, [(e.event, e.text_info.trigger, e.confidence)
                                                for e in code(pipeline, text)]


def test_casualty_with_no_actor_does_not_outrank_the_attack_that_names_one(pipeline):
    # near miss: "wounded in an airstrike by X" - the wounding names nobody, the airstrike its actor
    best = top(pipeline, "A Moldovan commander was wounded in an airstrike by Ukrainian jets near the border.")
    assert best.event == "ASSAULT" and best.actor, [(e.event, e.text_info.trigger, [a.text for a in e.actor])
                                                     for e in code(pipeline, "A Moldovan commander was wounded in an "
                                                                   "airstrike by Ukrainian jets near the border.")]


# --- what an act was designed to achieve has not happened
def test_designed_purpose_is_not_realised(pipeline):
    assert_not_coded(pipeline, "Moldova said the raid was designed to capture the rebel commander in the valley.",
                     "ASSAULT", realised_only=True)


def test_designed_near_miss_the_act_itself_stays(pipeline):
    # near miss: the raid itself, and a capture told as done, stay realised
    assert_coded(pipeline, "Moldovan troops captured the rebel commander in a raid designed by the army.", "ASSAULT")
