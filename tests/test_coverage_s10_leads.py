"""Leads the session-10 helpers reported for data they did not own: threats and claims issued as recorded
messages (roles.yaml document_nouns) and relief flour (no longer a cooking cue in cues.yaml). Sentences of
our own, with near-misses."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded


@pytest.mark.parametrize(("text", "etype"), [
    ("The militant group released a video threatening new attacks on the capital.", "THREATEN"),
    ("The insurgents issued an audiotape threatening the provincial governor.", "THREATEN"),
    ("Aid workers handed over tents and flour to the flood victims in Sindh.", "AID"),
])
def test_coded(pipeline, text, etype):
    assert_coded(pipeline, text, etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("The band released a video mocking the president's new haircut.", "THREATEN"),
    ("The chef baked bread with flour and water for the village festival.", "AID"),
])
def test_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
