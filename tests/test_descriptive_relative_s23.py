"""Session 23 (types): a non-restrictive relative clause in the simple present describes a party's standing
activity ("Oxfam, which provides aid to refugees, said ..."), not an act in the news."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _modalities(pipeline: Pipeline, text: str, event: str) -> list[str]:
    return [e.modality for e in pipeline.code(Article(article_id="s23", text=text)) if e.event == event]


def test_comma_relative_in_simple_present_is_a_description(pipeline: Pipeline) -> None:
    assert _modalities(pipeline, "Oxfam, which provides aid to refugees in Kenya, said the camps were full.",
                       "AID") == ["hypothetical"]
    assert _modalities(pipeline, "The Kenyan Red Cross, which supplies food to flood victims, warned that stocks "
                       "were low.", "AID") == ["hypothetical"]


def test_past_or_dated_relative_keeps_the_act(pipeline: Pipeline) -> None:
    # a past tense tells an act done; a dated present is a schedule or a headline's act, left to other rules
    assert _modalities(pipeline, "The Kenyan Red Cross, which supplied food to flood victims last week, warned "
                       "that stocks were low.", "AID") == ["asserted"]
    assert _modalities(pipeline, "The Kenyan Red Cross, which supplies food to flood victims on Monday, warned "
                       "that stocks were low.", "AID") == ["asserted"]


def test_main_clause_event_is_untouched(pipeline: Pipeline) -> None:
    # the description does not reach the clause it hangs in
    assert _modalities(pipeline, "Oxfam, which provides aid to refugees, accused the Kenyan army of looting the "
                       "camps.", "ACCUSE") == ["asserted"]
