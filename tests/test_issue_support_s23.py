"""Session 23 (types): support "for" an issue ("expressed support for same-sex marriage") is a stance on the
issue, not a SUPPORT event, as "supported LGBT rights" already was (s22b); support for a plan or a party stays."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _types(pipeline: Pipeline, text: str) -> list[str]:
    return [e.event for e in pipeline.code(Article(article_id="s23", text=text))]


def test_support_for_an_issue_is_a_stance(pipeline: Pipeline) -> None:
    assert "SUPPORT" not in _types(pipeline, "The Kenyan senator expressed support for same-sex marriage during "
                                   "the debate.")
    assert "SUPPORT" not in _types(pipeline, "The Kenyan senator voiced support for abortion rights on Monday.")
    assert "SUPPORT" not in _types(pipeline, "The Ghanaian minister reaffirmed her support for press freedom.")


def test_support_for_a_plan_or_a_party_stays(pipeline: Pipeline) -> None:
    assert "SUPPORT" in _types(pipeline, "The Kenyan president expressed support for the peace plan on Monday.")
    assert "SUPPORT" in _types(pipeline, "The Kenyan president expressed support for the rights of Ugandan "
                               "refugees.")
    assert "SUPPORT" in _types(pipeline, "The Kenyan president reaffirmed his support for Uganda in the dispute.")
