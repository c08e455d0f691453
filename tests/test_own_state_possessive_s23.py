"""Session 23 (types): "X said his country / their government would ..." states the speaker's own act, as
"X said it would ..." does: a coercive act so stated is THREATEN, not a hypothetical of its own type."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.modality) for e in pipeline.code(Article(article_id="s23", text=text))]


def test_own_state_after_a_possessive_states_the_act(pipeline: Pipeline) -> None:
    assert ("THREATEN", "asserted") in _coded(
        pipeline, "The Malian prime minister said his government could expel the Algerian ambassador.")
    assert ("THREATEN", "asserted") in _coded(
        pipeline, "Tanzanian ministers said their government could arrest the opposition leaders.")


def test_another_partys_state_stays_a_prediction(pipeline: Pipeline) -> None:
    coded = _coded(pipeline, "The Malian prime minister said the Algerian government could expel the ambassador.")
    assert ("THREATEN", "asserted") not in coded
