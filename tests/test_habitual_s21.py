"""Session 21 (overcode): a present tense with a word of frequency describes a practice, not an event."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _modalities(pipeline: Pipeline, text: str, event: str) -> list[str]:
    return [e.modality for e in pipeline.code(Article(article_id="s21", text=text)) if e.event == event]


def test_frequency_adverb_on_present_is_habitual(pipeline: Pipeline) -> None:
    assert _modalities(pipeline, "Police regularly detain critics of the regime.", "COERCE") == ["hypothetical"]
    assert _modalities(pipeline, "Troops sometimes fire on protesters in the north.", "ASSAULT") == ["hypothetical"]


def test_frequency_adverb_on_past_keeps_the_event(pipeline: Pipeline) -> None:
    # a past tense tells acts that happened, however often
    assert _modalities(pipeline, "Police regularly detained critics of the regime last year.", "COERCE") == ["asserted"]
