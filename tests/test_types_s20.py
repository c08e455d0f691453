"""Event types (session 20, helper `types`): words and protests addressed to a party of a political sector are
events even when the text names no country or place for them. Sentences are our own; each case fails without its
rule."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

ADDRESSED = [
    # criticism, demands, refusals and protests aimed at a government, its policy, the police or an official are
    # political whoever voices them, as an arrest of a mayor is (pipeline.ADDRESSED_TYPES)
    ("Activists decry new government policy.", "ACCUSE"),
    ("Residents accused police of brutality.", "ACCUSE"),
    ("Shopkeepers threatened the mayor with a boycott.", "THREATEN"),
    ("Farmers urged the agriculture ministry to cut fuel prices.", "REQUEST"),
    ("Workers rejected the government's offer.", "REJECT"),
]


@pytest.mark.parametrize("text,etype", ADDRESSED)
def test_s20_words_addressed_to_a_political_party_are_coded(pipeline, text, etype):
    assert_coded(pipeline, text, etype)


NOT_ADDRESSED = [
    # aimed at a referee, a school uniform or the noise, the same words with no place are no event
    ("Fans accused the referee of bias.", "ACCUSE"),
    ("Parents criticised the new school uniform.", "ACCUSE"),
    ("Neighbours complained about the noise.", "ACCUSE"),
]


@pytest.mark.parametrize("text,etype", NOT_ADDRESSED)
def test_s20_words_to_nobody_political_stay_dropped(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
