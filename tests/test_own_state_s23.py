"""Session 23 (types): an office-holder saying what their own state "would" or "could" do states an intention, as
"said it would ..." does: a coercive act is THREATEN, a cooperative one AGREE. Another state's act is a prediction."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.modality) for e in pipeline.code(Article(article_id="s23", text=text))]


def test_own_state_named_by_its_officer_is_a_stated_intention(pipeline: Pipeline) -> None:
    assert ("THREATEN", "asserted") in _coded(pipeline, "The Turkish president said Turkey would impose sanctions "
                                              "on Syria.")
    assert ("THREATEN", "asserted") in _coded(pipeline, "The Nigerian president said Nigeria could suspend "
                                              "relations with Ghana over the deal.")
    assert ("AGREE", "asserted") in _coded(pipeline, "The Turkish president said Turkey would provide aid to Syria.")


def test_another_state_or_an_analyst_predicts(pipeline: Pipeline) -> None:
    for text in ("The Turkish president said Russia would impose sanctions on Syria.",
                 "A Turkish analyst said Turkey would impose sanctions on Syria."):
        coded = _coded(pipeline, text)
        assert not any(t in {"THREATEN", "AGREE"} for t, _ in coded)
        assert ("SANCTION", "hypothetical") in coded
