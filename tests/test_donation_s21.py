"""Session 21 (overcode): giving blood or an organ is no AID event; giving goods to a country is."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _types(pipeline: Pipeline, text: str) -> list[str]:
    return [e.event for e in pipeline.code(Article(article_id="s21", text=text))]


def test_donating_blood_is_no_aid(pipeline: Pipeline) -> None:
    assert "AID" not in _types(pipeline, "Students in Warsaw donated blood by the hundreds on Monday.")
    assert "AID" not in _types(pipeline, "Polish citizens donated blood on Monday.")


def test_donating_goods_is_aid(pipeline: Pipeline) -> None:
    assert "AID" in _types(pipeline, "Japan donated rice to Haiti.")
