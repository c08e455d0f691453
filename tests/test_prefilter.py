"""The spelling prefilter lets through every text that can yield an event, and keeps out others."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventlens.record import Article

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def prefilter(pipeline):
    found = pipeline.prefilter
    assert found is not None
    return found


@pytest.mark.parametrize("text, passes", [
    ("Rebels ended the blockade of the port.", True),
    ("The season ended with a draw.", False),  # "end" needs an object from its lists
    ("Workers downed tools at the plant.", True),
    ("The band downed a few drinks.", False),
    ("The jury found him guilty.", True),
    ("He found the keys.", False),  # "find" needs its particle "guilty"
    ("Protesters marched through the capital.", True),
    ("Barack Obama was born in Honolulu.", False),
])
def test_required_words_decide(pipeline, prefilter, text, passes):
    assert prefilter.may_match(pipeline.nlp.make_doc(text)) is passes


def test_every_sentence_that_yields_an_event_passes(pipeline, prefilter):
    """Each sentence of the bundled sample and of the recall smoke set, coded on its own with the full
    spaCy pipeline: every one with an event must pass the prefilter."""
    from eventlens.api import sample_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts += (sample_dir() / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [s.text for doc in pipeline.nlp.pipe(texts) for s in doc.sents]
    sentences += [line.split("\t", 1)[1] for line in (DATA / "event_sentences.tsv").read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")]
    articles = [Article(article_id=f"s{i}", text=s) for i, s in enumerate(sentences)]
    docs = pipeline.nlp.pipe(sentences)
    with_events = [a.text for a, events in pipeline.code_docs(zip(articles, docs, strict=True), "2026-01-01") if events]
    assert len(with_events) > 120
    assert [s for s in with_events if not prefilter.may_match(pipeline.nlp.make_doc(s))] == []
