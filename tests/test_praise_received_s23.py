"""Session 23 (types): praise or support received in the passive with nobody named as its source ("was also praised
in the West") is a situation, as s19's "received wide praise" is; with a "by" agent it stays SUPPORT."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _types(pipeline: Pipeline, text: str) -> list[str]:
    return [e.event for e in pipeline.code(Article(article_id="s23", text=text))]


def test_agentless_passive_praise_is_no_event(pipeline: Pipeline) -> None:
    assert "SUPPORT" not in _types(pipeline, "The Kenyan president was also praised in the West.")


def test_praise_with_a_source_stays(pipeline: Pipeline) -> None:
    assert "SUPPORT" in _types(pipeline, "The Kenyan president was praised by Ugandan leaders for his mediation.")
    assert "SUPPORT" in _types(pipeline, "Kenya was congratulated on its election by Uganda.")
    assert "SUPPORT" in _types(pipeline, "The Kenyan president praised Ugandan leaders for their mediation.")
