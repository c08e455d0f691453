"""Constructions and modality (session 9): which events the text says happened, and events the grammar
hides. Every sentence is our own. Each construction has positives (the event and its modality) and a
near-miss that must keep its old reading: purpose infinitives, infinitives wanted of another, events put
off, denials, yes/no questions, "in talks with", passive deployments and leaving a treaty."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

from eventlens.record import REALIZED_MODALITIES


def modalities(pipeline, text: str, etype: str) -> set[str]:
    return {e.modality for e in code(pipeline, text) if e.event == etype}


# --- purpose infinitives: what an act was for is not an act (an outcome that may fail)
PURPOSES = [
    ("Ruvanian soldiers entered the market town to detain the mayor.", "COERCE"),
    ("The two foreign ministers met in Geneva on Monday to settle the quarrel and sign a fishing accord.", "SUPPORT"),
    ("The Northian president flew to Lisbon to sign the trade accord.", "SUPPORT"),
]


@pytest.mark.parametrize("text,etype", PURPOSES)
def test_purpose_is_not_realised(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


def test_purpose_keeps_the_act_it_serves(pipeline):
    # the trip or the meeting itself happened
    assert_coded(pipeline, "The two foreign ministers met in Geneva on Monday to settle the quarrel.", "CONSULT")


ENACTED = [
    # a purpose the act itself carries out: the call congratulates, the summoned envoy hears the complaint
    ("The Ruvanian premier phoned the newly elected Northian leader on Friday to congratulate him.", "SUPPORT"),
    ("Chile summoned the Bolivian ambassador on Monday to complain about the border incident.", "ACCUSE"),
    # a complement the small model hangs as an adverbial: a vow, a failure, a start
    ("The Ruvanian army managed to arrest the rebel commander on Sunday after a long hunt.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", ENACTED)
def test_enacted_purpose_or_complement_stays_realised(pipeline, text, etype):
    assert_coded(pipeline, text, etype)


def test_purpose_scope_stops_at_a_clause_under_it(pipeline):
    # the seizure in the "after" clause is background: it happened
    text = "Ruvania sent extra troops to the frontier to deter a new raid after rebels seized the customs post."
    assert "asserted" in modalities(pipeline, text, "COERCE") | modalities(pipeline, text, "ASSAULT")


# --- an infinitive with its own subject under a verb of wanting, expecting or telling
WANTED = [
    ("Officials in Lagos expect Ghana to sign the fisheries pact next month.", "SUPPORT"),
    ("The opposition wants the Ruvanian government to release the detained students.", "RETREAT"),
    ("The regional bloc called on Northia to lift its sanctions on Ruvania.", "RETREAT"),
]


@pytest.mark.parametrize("text,etype", WANTED)
def test_wanted_of_another_is_not_realised(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


def test_implicative_object_infinitive_is_realised(pipeline):
    # "forced X to ..." says it happened
    assert_coded(pipeline, "Rebel fighters forced the Ruvanian garrison to surrender on Sunday.", "RETREAT")


# --- events put off: a postponed or shelved visit is not a visit
@pytest.mark.parametrize("text", [
    "The state visit of the Ruvanian president to Northia was postponed because of the floods.",
    "Northia postponed the Ruvanian premier's visit to the capital.",
    "The summit of the two leaders was shelved after the bombing.",
])
def test_postponed_event_is_not_coded(pipeline, text):
    assert_not_coded(pipeline, text, "CONSULT", realised_only=True)


def test_visit_that_took_place_is_coded(pipeline):
    assert_coded(pipeline, "The visit of the Ruvanian president to Northia went ahead despite the floods.", "CONSULT")


# --- denials: the denied act is not asserted
@pytest.mark.parametrize("text,etype", [
    ("The Ruvanian militia denied firing on the aid convoy near the river.", "ASSAULT"),
    ("The interior ministry denied that riot police had beaten the striking students.", "ASSAULT"),
])
def test_denied_act_is_negated(pipeline, text, etype):
    assert modalities(pipeline, text, etype) <= {"negated"}


def test_reported_act_stays_reported(pipeline):
    text = "The interior ministry said that riot police had beaten the striking students."
    assert "reported" in modalities(pipeline, text, "ASSAULT")


# --- yes/no questions ask, they do not say
@pytest.mark.parametrize("text,etype", [
    ("Did the Ruvanian army shell the border village?", "ASSAULT"),
    ("Was the Northian journalist arrested by the secret police?", "COERCE"),
])
def test_question_is_not_realised(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


def test_question_leaves_its_background_clause(pipeline):
    # a wh-question presupposes the act; an adverbial clause under a yes/no question is given
    assert_coded(pipeline, "Why did the Ruvanian army shell the border village?", "ASSAULT")


# --- "X is in talks with Y": a negotiation under way
@pytest.mark.parametrize("text", [
    "Ecuador is in talks with Colombia about the shared dam, the foreign ministry said.",
    "The rebels and the government remain in negotiations over a prisoner swap.",
])
def test_in_talks_is_consult(pipeline, text):
    assert_coded(pipeline, text, "CONSULT")


def test_in_a_meeting_is_no_consult(pipeline):
    # where someone was when something else happened
    assert_not_coded(pipeline, "The Ruvanian ministers were in a meeting when the blast shook the building.",
                     "CONSULT")


def test_not_in_talks_is_negated(pipeline):
    assert_not_coded(pipeline, "Ruvania is not in talks with the northern rebels, its envoy said.", "CONSULT",
                     realised_only=True)


# --- passive deployments: the forces moved mobilise
@pytest.mark.parametrize("text", [
    "Extra Ruvanian troops were deployed to the northern frontier on Sunday.",
    "Hundreds of riot police were sent into the capital's old town overnight.",
])
def test_passive_deployment_is_mobilize(pipeline, text):
    assert_coded(pipeline, text, "MOBILIZE")


def test_passive_sending_of_others_is_no_deployment(pipeline):
    assert_not_coded(pipeline, "Software engineers were deployed to repair the ministry's servers.", "MOBILIZE")


# --- leaving a treaty or an organisation is SANCTION withdraw (manual: withdraw oneself from a group);
# troops pulling out of a town retreat
def test_pulling_out_of_an_accord_is_sanction(pipeline):
    text = "Ecuador pulled out of the regional climate accord in March."
    assert_coded(pipeline, text, "SANCTION", "withdraw")
    assert_not_coded(pipeline, text, "RETREAT")


def test_pulling_out_of_a_town_is_retreat(pipeline):
    assert_coded(pipeline, "The rebels pulled out of the market town after three days of shelling.", "RETREAT")


def test_realised_modalities_are_the_documented_ones():
    assert set(REALIZED_MODALITIES) == {"asserted", "reported", "historical"}


# --- a hope that others will act, and an act someone is to be persuaded to do, is nobody's stated intention
def test_hoped_persuasion_is_no_agreement(pipeline):
    text = "The Iranian foreign minister said he hopes Japan will persuade the new US president to lift sanctions."
    assert_not_coded(pipeline, text, "AGREE")
    assert_not_coded(pipeline, text, "RETREAT", realised_only=True)


def test_stated_own_act_is_still_an_agreement(pipeline):
    assert_coded(pipeline, "Russia said on Monday it will lift its sanctions on Turkish fruit imports.", "AGREE")


# --- agreeing with what someone says or proposes is an opinion, not an agreement
@pytest.mark.parametrize("text", [
    "Kenyan voters said they agree with what the Ugandan president was proposing.",
    "Chile agrees with what Peru said about the fishing quotas.",
])
def test_agreeing_with_a_view_is_no_agree(pipeline, text):
    assert_not_coded(pipeline, text, "AGREE")


def test_agreeing_with_a_partner_on_a_plan_is_agree(pipeline):
    assert_coded(pipeline, "Chile agreed with Peru on a joint survey of the maritime border.", "AGREE")


# --- a denial answers a claim made before it: that claim stays realised
def test_claim_before_the_denial_stays(pipeline):
    text = "Russia accuses Ukraine of siphoning off gas from the pipelines; Ukraine denies this."
    assert_coded(pipeline, text, "ACCUSE")


# --- a past participle or past-tense clause describing a noun is told as having happened, whatever the verb
# of failing or intending above it says
def test_participle_under_a_failure_is_realised(pipeline):
    text = "The Ruvanian army failed to protect the villagers abducted by the militia last week."
    assert "asserted" in modalities(pipeline, text, "ASSAULT")


def test_failed_act_itself_is_negated(pipeline):
    assert_not_coded(pipeline, "The Ruvanian army failed to arrest the militia leader last week.", "COERCE",
                     realised_only=True)


# --- what someone expects another to do is no threat or promise of that other
def test_expected_act_of_another_is_no_threat(pipeline):
    text = ("Speaking on Tuesday, Japan's defence chief told reporters he expects North Korea to fire a ballistic "
            "missile over Japan within weeks.")
    assert_not_coded(pipeline, text, "THREATEN")
    assert_not_coded(pipeline, text, "ASSAULT", realised_only=True)


def test_own_plan_stated_is_a_threat(pipeline):
    assert_coded(pipeline, "North Korea said it plans to launch a long-range missile soon.", "THREATEN")


# --- what a law or decree allows someone to do is a power it gives, not an act; a state allowing it is an act
@pytest.mark.parametrize("text,etype", [
    ("The new Ruvanian law allows the government to seize the opposition party's assets.", "COERCE"),
    ("The emergency decree permits the Kenyan police to detain suspects for two weeks without charge.", "COERCE"),
])
def test_what_a_rule_permits_is_not_realised(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


# --- a scheduled trip or meeting has not happened yet
def test_scheduled_meeting_is_future(pipeline):
    text = "The Kenyan foreign minister is scheduled to travel to Ottawa on Wednesday for meetings with her counterpart."
    assert_not_coded(pipeline, text, "CONSULT", realised_only=True)


# --- "in case ..." opens a condition: the act in it is not told
def test_in_case_clause_is_hypothetical(pipeline):
    text = "The militants kept their captives in a cellar in case Ruvanian commandos stormed the camp."
    assert "asserted" not in modalities(pipeline, text, "ASSAULT")


def test_in_the_case_of_is_no_condition(pipeline):
    assert_coded(pipeline, "In the case of the northern town, the Ruvanian army attacked it at dawn.", "ASSAULT")
