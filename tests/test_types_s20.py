"""Event types (session 20, helper `types`): what is taken decides the type (fighters seized are prisoners, weapons
and hideouts captured are property or ground), a hyphenated verb the tokenizer splits, and object words missing
from a few entries. Sentences are our own; each case fails without its lexicon entry or rule."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

TAKEN = [
    # fighters seized in a war are taken prisoner (manual: combatants captured are ASSAULT abduct, not COERCE)
    ("Syrian troops seized 12 rebels near Homs.", "ASSAULT", "abduct"),
    ("Iraqi forces seized 40 Islamic State fighters in Mosul.", "ASSAULT", "abduct"),
    # weapons, vehicles and hideouts captured are property or ground seized, whoever's they were
    ("The army captured rebel weapons in Goma.", "COERCE", "seize"),
    ("Kurdish forces captured two fighter jets at the airbase.", "COERCE", "seize"),
    ("Troops captured a militant hideout near Kandahar.", "COERCE", "seize"),
]


@pytest.mark.parametrize("text,etype,mode", TAKEN)
def test_s20_what_is_taken_decides_the_type(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_TAKEN = [
    # a modifier naming fighters does not make a thing a prisoner
    ("The army captured rebel weapons in Goma.", "ASSAULT"),
    ("Kurdish forces captured two fighter jets at the airbase.", "ASSAULT"),
    ("Troops captured a militant hideout near Kandahar.", "ASSAULT"),
    # fighters taken are no property seized
    ("Syrian troops seized 12 rebels near Homs.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", NOT_TAKEN)
def test_s20_what_is_taken_is_not_the_other_type(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)


WORDINGS = [
    # a hyphenated verb the tokenizer splits ("test" "-" "fired") is still the verb: a missile test
    ("Iran test-fired two ballistic missiles on Sunday.", "MOBILIZE", "weapons"),
    # checkpoints overrun, consulates torched: the same acts as posts overrun and embassies burned
    ("Taliban fighters overran a police checkpoint in Kunduz.", "COERCE", "seize"),
    ("Militiamen torched the Turkish consulate in Basra.", "ASSAULT", "destroy"),
]


@pytest.mark.parametrize("text,etype,mode", WORDINGS)
def test_s20_wordings_are_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


def test_s20_hyphenated_verb_prefix_is_not_part_of_the_subject(pipeline):
    from coverage_checks import code

    found = [e for e in code(pipeline, "Pakistan test-fired a cruise missile on Thursday.") if e.event == "MOBILIZE"]
    assert found and [a.text for a in found[0].actor] == ["Pakistan"], [(e.event, [a.text for a in e.actor]) for e in found]


def test_s20_a_state_suspending_broadcasts_censors(pipeline):
    # a state or its organs suspending a broadcaster's programmes censors it (COERCE censor)
    assert_coded(pipeline, "The Malian junta suspended the broadcasts of a French television channel.", "COERCE", "censor")


def test_s20_a_broadcaster_suspending_its_own_broadcasts_is_no_censorship(pipeline):
    assert_not_coded(pipeline, "The BBC suspended its broadcasts in Russia.", "COERCE")


def test_s20_victims_freed_by_police_are_rescued(pipeline):
    # the manual codes a rescue of victims by forces as AID, as a rescue of hostages
    assert_coded(pipeline, "Police in Valencia freed nine trafficking victims.", "AID")


def test_s20_victims_freed_by_their_captors_are_released(pipeline):
    assert_coded(pipeline, "The gang freed two of its victims in Sinaloa.", "RETREAT", "release")


@pytest.mark.parametrize("text", [
    # agreeing with advice is an opinion of it, not an agreement to act
    "Ministry staff told reporters they agreed with the auditors' recommendation.",
    "The finance minister agreed with the panel's recommendations.",
])
def test_s20_agreeing_with_a_recommendation_is_no_agreement(pipeline, text):
    assert_not_coded(pipeline, text, "AGREE")
