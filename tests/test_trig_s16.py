"""s16 trig (issue 3): missing triggers and verbless wordings.

Invented sentences (generic or real country names, no gold or seed wording)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2020, 1, 1)


def _realised(text, etype):
    return [e for e in api.extract(text, PUB) if e.event == etype and e.modality in {"asserted", "reported"}]


def _countries(evs):
    return {a.country for e in evs for a in e.actor + e.recipient}


@pytest.mark.parametrize("text", [
    "Talks between Chad and Niger ended without agreement on Friday.",
    "Negotiations between Peru and Bolivia stalled over the water dispute.",
    "Talks between Ghana and Togo concluded in Lome on Tuesday.",
    "The meeting between the Kenyan and Ugandan presidents lasted three hours.",
    "Talks between Chad and Niger focused on border security.",
])
def test_meeting_noun_with_a_verb_of_its_course_is_consult(text):
    # the meeting noun is the subject of a verb that says it was held (roles.yaml meeting_course_verbs)
    evs = _realised(text, "CONSULT")
    assert evs
    assert len(_countries(evs) - {None}) == 2


@pytest.mark.parametrize("text", [
    "The fighting between Chad and Niger ended on Friday.",  # not a meeting noun: an end of fighting is no clash
    "Talks between Chad and Niger will end on Friday.",  # not yet held
    "Talks between Chad and Niger are expected to open next week.",  # expected, not held
    "The ceasefire between Chad and Niger collapsed on Friday.",  # not a meeting noun
])
def test_course_verbs_only_for_meetings_held(text):
    assert not _realised(text, "CONSULT")
    assert not _realised(text, "ASSAULT")
    assert not _realised(text, "RETREAT")


def test_course_verb_needs_the_meeting_as_subject():
    # "ended" with another subject says nothing of talks named in an object
    assert not _realised("The government ended its support for talks between Chad and Niger.", "CONSULT")


@pytest.mark.parametrize("text", [
    "The Pakistani army launched an operation against militants in the tribal north.",
    "Nigerian troops began a ground operation against the militia near the border.",
    "The Malian army stepped up counter-insurgency operations in the central region.",
])
def test_military_operation_launched_is_assault(text):
    # assault.operation_against.s16: a state's forces launching an operation of combat or against armed opponents
    evs = _realised(text, "ASSAULT")
    assert evs and any(e.text_info.trigger.lower().startswith("operation") for e in evs)


@pytest.mark.parametrize("text", [
    "Kenya's main airport resumed operations on Monday after the storm.",  # at work, not at war
    "The Nigerian army launched a vaccination campaign in the northern states.",
    "Mexican police launched an operation against drug smugglers in the port.",  # police work
    "The Ugandan army began rescue operations after the landslide.",
    "Peru's state oil firm resumed operations at the refinery.",
])
def test_operations_that_are_no_fighting(text):
    assert not _realised(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Japan paid $50 million in aid to Nepal after the earthquake.",
    "Germany paid out 2 billion euros of assistance to Greece.",
])
def test_sum_paid_as_aid_is_aid(text):
    # aid.pay_in_aid.s16: the amount's 'in'/'of' phrase says the sum is aid
    evs = _realised(text, "AID")
    assert evs and evs[0].recipient


@pytest.mark.parametrize("text", [
    "The government paid a ransom of $2 million in cash to free the aid workers.",
    "The charity paid the salaries of aid workers in Nepal.",
    "Japan paid $50 million to Nepal for the gas pipeline.",  # nothing says the sum is aid
])
def test_sums_paid_that_are_not_aid(text):
    assert not _realised(text, "AID")


@pytest.mark.parametrize("text, held", [
    ("Talks between Chad and Niger got under way in Geneva.", True),
    ("The summit between Chad and Niger went ahead despite the boycott.", True),
    ("Negotiations between Peru and Chile proceeded in Lima.", True),
    ("Talks between Chad and Niger were postponed.", False),
    ("Talks between Chad and Niger will go ahead next week.", False),
])
def test_meetings_under_way(text, held):
    # meeting_course_verbs whose particle the parse makes an adverb ('underway', 'ahead')
    assert bool(_realised(text, "CONSULT")) == held
