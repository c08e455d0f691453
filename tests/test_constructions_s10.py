"""Constructions and modality (session 10): events the text arranges, prevents or stops are not realised.
Every sentence is our own. Each construction has positives and a near-miss that keeps its old reading:
"is to" + infinitive (arranged, not done), a nominal event kept from happening ("forbids his extradition",
"prevented a march"), an event being stopped ("ordered all attacks to cease", "the shelling stopped"),
and a nominal event as the subject of a could/would clause under a verb of saying."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code


def modalities(pipeline, text: str, etype: str) -> set[str]:
    return {e.modality for e in code(pipeline, text) if e.event == etype}


# --- "be to" + infinitive: an act arranged or announced, not one that happened
def test_be_to_infinitive_is_future(pipeline):
    found = modalities(pipeline, "The Ruvanian envoy was to meet the rebel leaders in Doha on Sunday.", "CONSULT")
    assert found and found <= {"future"}, found


def test_be_to_stated_by_the_actor_is_no_realised_act(pipeline):
    # the announcement states an intention; no deportation is told as done
    assert_not_coded(pipeline, "The Northian interior ministry announced that it is to deport 3,000 migrants "
                               "from the border camps.", "COERCE", realised_only=True)


def test_be_to_near_miss_past_act_stays(pipeline):
    # a plain past act with "to" elsewhere in the sentence is still an act
    assert_coded(pipeline, "The Northian interior ministry deported 3,000 migrants to Ruvania on Monday.", "COERCE")


# --- a nominal event that a verb keeps from happening
KEPT_FROM_HAPPENING = [
    ("A court in Warsaw ruled that the law forbids the banker's extradition to Ruvania.", "COOPERATE"),
    ("Riot police in Lagos prevented a march by opposition supporters on Saturday.", "PROTEST"),
    ("Judges in Oslo blocked the deportation of the Ruvanian dissident on Friday.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", KEPT_FROM_HAPPENING)
def test_prevented_nominal_event_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


def test_prevented_near_miss_event_that_happened(pipeline):
    # the noun is not the object of the preventing verb: the extradition went ahead
    assert_coded(pipeline, "Poland extradited the Ruvanian banker to Northia after a court cleared the way.", "COOPERATE")


# --- an event being stopped
STOPPED = [
    ("The rebel commander in Idlib ordered all attacks on army posts to cease on Friday.", "ASSAULT"),
    ("Residents of Aleppo said the shelling of the northern suburbs by government forces stopped on Tuesday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,etype", STOPPED)
def test_stopped_event_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


def test_stopped_near_miss_ordered_attack_stays(pipeline):
    # an attack ordered with no word of stopping is still coded as launched
    assert_coded(pipeline, "The rebel commander in Idlib launched an attack on army posts on Friday.", "ASSAULT")


# --- a nominal event as the subject of a could/would clause is not realised, also under a verb of saying
def test_hypothetical_clause_under_saying(pipeline):
    assert_not_coded(pipeline, "The Ruvanian foreign ministry warned that an attack on Northian ships in the strait "
                               "could be 'catastrophic' for the region.", "ASSAULT", realised_only=True)


def test_hypothetical_clause_near_miss_reported_attack(pipeline):
    # the same frame with a past tense reports the attack
    assert_coded(pipeline, "The Ruvanian foreign ministry said that an attack by Northian gunboats on two tankers "
                           "near Basra was unprovoked.", "ASSAULT")


# --- a particle the small model hangs on the object: "called the talks off"
def test_particle_after_the_object(pipeline):
    assert_coded(pipeline, "Peru called the peace talks with Chile off after the border shooting.", "REJECT")


def test_particle_after_the_object_near_miss(pipeline):
    # "called the search off" is no meeting called off
    assert_not_coded(pipeline, "Police in Lima called the search off at dusk.", "REJECT")


# --- a dispute halted is no sanction, nor a promise of one
def test_halting_a_trade_war_is_no_sanction(pipeline):
    text = "China and the United States pledged to halt their trade war."
    assert_not_coded(pipeline, text, "SANCTION")
    assert_not_coded(pipeline, text, "THREATEN")


def test_halting_trade_is_a_sanction(pipeline):
    assert_coded(pipeline, "China halted trade with Lithuania in December.", "SANCTION")


# --- pressure to act, undergone or stepped up, is a demand; a bare "under pressure" is nobody's
PRESSURE = [
    "The Peruvian cabinet is facing mounting pressure from Washington to release the detained journalists.",
    "The Kenyan government came under pressure from trade unions to raise the minimum wage.",
    "The United States stepped up pressure on Belarus to free political prisoners.",
]


@pytest.mark.parametrize("text", PRESSURE)
def test_pressure_is_a_request(pipeline, text):
    assert_coded(pipeline, text, "REQUEST")


def test_pressure_near_miss(pipeline):
    assert_not_coded(pipeline, "The Kenyan shilling came under pressure from weak export demand.", "REQUEST")


# --- "restart" is a light verb like "resume": a readiness to restart talks is a stated intention
def test_ready_to_restart_talks(pipeline):
    assert_coded(pipeline, "Rebel leaders in Darfur said they were ready to restart talks with the Sudanese government.",
                 "AGREE")


# --- a condition opened by an inverted "had" with a would/could have: contrary to fact
def test_counterfactual_condition_is_not_realised(pipeline):
    found = modalities(pipeline, "Had NATO bombed Belgrade, Russia would have cut ties with the alliance.", "ASSAULT")
    assert found and found <= {"hypothetical"}, found


def test_negated_counterfactual_condition_happened(pipeline):
    # the militants did surrender: the negation of a contrary-to-fact condition is what happened
    text = "Pakistani troops would have stormed the mosque had the militants not surrendered."
    assert "negated" not in modalities(pipeline, text, "RETREAT")
    assert_coded(pipeline, text, "RETREAT")
    assert_not_coded(pipeline, text, "ASSAULT", realised_only=True)


def test_pluperfect_near_miss_stays_realised(pipeline):
    # "had" after its subject is a past perfect, not a condition
    assert_coded(pipeline, "The rebels had attacked the town of Goma before the army arrived.", "ASSAULT")


# --- copulas of a state: forces on alert (as "on strike", "in talks")
def test_forces_on_alert(pipeline):
    assert_coded(pipeline, "Pakistani troops along the border are on high alert after the attack.", "MOBILIZE")


def test_on_alert_near_miss_not_forces(pipeline):
    assert_not_coded(pipeline, "Hospitals in Lagos are on alert for a cholera outbreak.", "MOBILIZE")


# --- what must happen first ("until", "once", "before") under a future or refused act is still pending
PENDING = [
    ("The European Union said it will not ease its arms embargo on Beijing until China frees the jailed activists.", "RETREAT"),
    ("Iran said it would not release the sailors until Britain apologised.", "CONCEDE"),
]


@pytest.mark.parametrize("text,etype", PENDING)
def test_pending_condition_is_not_realised(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


def test_pending_condition_keeps_the_refusal(pipeline):
    assert_coded(pipeline, "The European Union said it will not ease its arms embargo on Beijing until China frees the jailed activists.",
                 "REJECT")


def test_until_after_a_past_act_happened(pipeline):
    # under a past verb the "until" clause is told as having happened
    assert_coded(pipeline, "Rebels shelled the town of Goma for three days until the army arrested their commander.",
                 "COERCE")


# --- an event not yet realised ranks below the same event realised (the sentence's top event is what happened)
def test_future_event_ranks_below_realised(pipeline):
    def conf(text):
        found = [e.confidence for e in code(pipeline, text) if e.event == "ASSAULT"]
        assert found, text
        return max(found)

    done = conf("Ruvanian troops shelled the rebel camp near Goma on Monday.")
    planned = conf("Ruvanian troops will shell the rebel camp near Goma on Monday.")
    assert planned < done, (planned, done)
