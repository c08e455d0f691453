"""Event types (session 21, helper `types2`): a rescue of people named by who they are ("women and children",
"three people") by state forces is AID like a rescue of hostages (manual: rescues are AID). Sentences are our
own; each coded case fails without its lexicon entry."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

RESCUES = [
    "The army rescued dozens of women and children held by the militia.",
    "The coast guard rescued three people off the coast on Friday.",
    "Soldiers rescued 30 miners trapped by the attackers.",
]


@pytest.mark.parametrize("text", RESCUES)
def test_s21_people_rescued_are_aid(pipeline, text):
    assert_coded(pipeline, text, "AID")


NOT_RESCUES = [
    # the object list stays people: a rescue of banks is a bailout, not this entry
    "The central bank rescued the banks with a bailout.",
    # people saved from an accident by nobody named, or by firefighters, are no political event
    "Five people were rescued from the burning boat.",
    "Firefighters rescued three people from the burning building.",
    # a rescue after an accident, even by state forces, is no political event
    "The navy rescued twenty people after their boat capsized.",
]


@pytest.mark.parametrize("text", NOT_RESCUES)
def test_s21_no_aid_without_people_or_state_rescuers(pipeline, text):
    assert_not_coded(pipeline, text, "AID")
