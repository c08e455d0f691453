"""Session 23 (types): in a headline whose verb is a participle hung on its subject ("Five soldiers killed in
... bomb blast"), a noun-tagged word after it that is spelled like a trigger verb ("bomb") modifies a noun of
the participle's phrase; it is not a second, repaired headline verb with the victims as its doers."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.event, e.text_info.trigger, [a.text for a in e.actor])
            for e in pipeline.code(Article(article_id="s23", text=text))]


def test_victims_of_a_participle_headline_bomb_nobody(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Five soldiers killed in Kabul bomb blast.")
    assert [t for _, t, _ in events] == ["killed"]
    assert events[0][2] == []  # the soldiers are the victims, no attacker is named
    events = _events(pipeline, "12 people killed in Kabul bomb blast.")
    assert [t for _, t, _ in events] == ["killed"]


def test_headline_verb_after_its_subject_is_still_repaired(pipeline: Pipeline) -> None:
    # no participle before it: the noun-tagged word is the headline's verb
    assert ("ACCUSE", "denounces", ["Peru"]) in _events(pipeline, "Peru denounces Chile's border incursion.")
    assert any(t == "ratify" for _, t, _ in _events(pipeline, "Chile and Peru ratify border treaty."))
