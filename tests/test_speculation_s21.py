"""Session 21 (overcode): an event in a clause of guessing is a guess, not a told act."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _modalities(pipeline: Pipeline, text: str, event: str) -> list[str]:
    return [e.modality for e in pipeline.code(Article(article_id="s21", text=text)) if e.event == event]


def test_speculated_clause_is_hypothetical(pipeline: Pipeline) -> None:
    assert _modalities(pipeline, "Analysts speculated that rebels had seized the tanker.", "COERCE") == ["hypothetical"]


def test_said_clause_stays_reported(pipeline: Pipeline) -> None:
    # a claim told by a verb of saying is still a reported event
    assert _modalities(pipeline, "Diplomats said that rebels had seized the tanker.", "COERCE") == ["reported"]
