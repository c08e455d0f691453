"""Constructions and modality (session 11): acts a sentence says were refrained from, kept from happening,
called for or wanted are not realised, and the speech act around them stays the sentence's event. Every
sentence is our own. Each construction has positives and a near-miss that keeps its old reading: a gerund
after a verb of refraining ("held back from shelling", "ruled out pulling out"), a gerund after "from" under
a verb that keeps another party from acting, an infinitive clause opened by "for" with its own subject
("rallied for the premier to quit"), and a past participle naming the state someone wants another party in
("wants the soldiers pulled out")."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, code


def realised(pipeline, text: str, etype: str) -> bool:
    from eventlens.record import REALIZED_MODALITIES

    return any(e.event == etype and e.modality in REALIZED_MODALITIES for e in code(pipeline, text))


# --- a gerund after a verb of refraining (with its particle or preposition) did not happen
REFRAINED = [
    ("The Chadian air force held back from bombing the rebel bases near Abeche on Tuesday.", "ASSAULT"),
    ("The Georgian army backed away from withdrawing its forces from the Abkhaz border.", "RETREAT"),
    ("The Austrian cabinet shied away from imposing new sanctions on Belarus this week.", "SANCTION"),
    ("Estonia has ruled out withdrawing its battalions from Mali before the spring.", "RETREAT"),
    ("Bolivian police refrained from arresting the opposition leader at the La Paz airport.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", REFRAINED)
def test_refrained_gerund_is_not_realised(pipeline, text, etype):
    assert not realised(pipeline, text, etype), [(e.event, e.modality) for e in code(pipeline, text)]


def test_refrained_near_miss_gerund_after_a_plain_verb_stays(pipeline):
    # "before pulling out": a temporal clause, the withdrawal is told as done
    assert_coded(pipeline, "Chadian troops shelled the border post near Abeche before pulling out of the valley.",
                 "ASSAULT")


def test_for_to_leaves_the_rally_the_top_event(pipeline):
    # the rally is told, the resignation is what it is for: the realised protest ranks first
    events = code(pipeline, "Thousands of Hondurans rallied in Tegucigalpa on Sunday for the prime minister to quit.")
    assert events and max(events, key=lambda e: e.confidence).event == "PROTEST", [(e.event, e.confidence) for e in events]


# --- a gerund after "from" under a verb that keeps another party from acting
KEPT_FROM = [
    ("The Gabonese army stopped the militia from storming the parliament building in Libreville.", "ASSAULT"),
    ("A Latvian court barred the ministry from deporting the Uzbek journalist.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", KEPT_FROM)
def test_kept_from_gerund_is_not_realised(pipeline, text, etype):
    assert not realised(pipeline, text, etype), [(e.event, e.modality) for e in code(pipeline, text)]


# --- an infinitive clause opened by "for" with its own subject is wanted, not told as done
FOR_TO = [
    ("Thousands of Hondurans rallied in Tegucigalpa on Sunday for the prime minister to quit.", "RETREAT"),
    ("It is time for the Eritrean battalions to pull out of the Badme area, the Ethiopian envoy said.", "RETREAT"),
]


@pytest.mark.parametrize("text,etype", FOR_TO)
def test_for_to_clause_is_not_realised(pipeline, text, etype):
    assert not realised(pipeline, text, etype), [(e.event, e.modality) for e in code(pipeline, text)]


def test_for_to_near_miss_purpose_of_a_done_act(pipeline):
    # a "for" phrase with no infinitive clause of its own: the arrest is told as done
    assert_coded(pipeline, "Bolivian police arrested the Chilean activist for leading an illegal rally in La Paz.",
                 "COERCE")


# --- a past participle naming the state someone wants another party in
def test_wanted_state_is_not_realised(pipeline):
    text = "Ecuador wants the Peruvian soldiers pulled out of the Cenepa valley by the end of the year."
    assert not realised(pipeline, text, "RETREAT"), [(e.event, e.modality) for e in code(pipeline, text)]


def test_wanted_state_near_miss_told_state_stays(pipeline):
    # the same participle as the sentence's own verb: a report of what happened
    assert_coded(pipeline, "Peruvian soldiers pulled out of the Cenepa valley on Monday, Ecuadorian officials said.",
                 "RETREAT")


# --- ruling out an act of one's own is a refusal (triggers.yaml reject.rule_out_act.s11), the act negated
def test_ruling_out_an_own_act_is_reject(pipeline):
    text = "The Chilean cabinet rules out pardoning the jailed mayor of Arica."
    assert_coded(pipeline, text, "REJECT")
    assert not realised(pipeline, text, "CONCEDE"), [(e.event, e.modality) for e in code(pipeline, text)]


def test_ruling_out_a_candidacy_is_no_reject(pipeline):
    # a career choice, not a refusal of anyone's demand
    text = "The Bolivian president ruled out running for a fourth term in office."
    assert not realised(pipeline, text, "REJECT"), [(e.event, e.modality) for e in code(pipeline, text)]


# --- a headline's "X to VERB" announces what is to come
HEADLINE_FUTURE = [
    ("Moldova to expel two Russian diplomats", "SANCTION"),
    ("Ghana to send troops to Mali", "MOBILIZE"),
]


@pytest.mark.parametrize("text,etype", HEADLINE_FUTURE)
def test_headline_infinitive_is_future(pipeline, text, etype):
    found = {e.modality for e in code(pipeline, text) if e.event == etype}
    assert found == {"future"}, [(e.event, e.modality) for e in code(pipeline, text)]


def test_headline_present_tense_near_miss_stays_realised(pipeline):
    assert_coded(pipeline, "Moldova expels two Russian diplomats", "SANCTION")


# --- a present-tense verb the tagger read as a noun after a hyphenated name, with the infinitive as root
def test_verb_after_hyphenated_name_is_repaired(pipeline):
    assert_coded(pipeline, "The Interior Minister of Kenya Joseph Kamau-Otieno calls on Uganda to hand back the "
                           "seized cattle.", "REQUEST")


# --- "X is responsible for <attack noun>": the subject did it (events/__init__.py _responsible_for)
def test_responsible_for_an_attack_names_its_actor(pipeline):
    found = [e for e in code(pipeline, "Al-Shabaab is responsible for the abductions of aid workers in southern Somalia.")
             if e.event == "ASSAULT"]
    assert found and any("Shabaab" in a.text for e in found for a in e.actor), [(e.event, e.actor) for e in found]


def test_responsible_for_under_suspicion_is_reported(pipeline):
    found = {e.modality for e in code(pipeline, "Nigerian police suspect Ansaru militants are responsible for the "
                                                "bombing of the Kaduna rail line.") if e.event == "ASSAULT"}
    assert found == {"reported"}, found


def test_responsible_for_a_duty_is_no_event(pipeline):
    # a duty, not a deed
    assert not code(pipeline, "The Ugandan ministry is responsible for the welfare of Congolese refugees.")
