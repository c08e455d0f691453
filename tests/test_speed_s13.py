"""Session 13, throughput: work the coder no longer repeats or does for words that cannot matter must
change no event and no focus."""

from __future__ import annotations

import dataclasses

import pytest

from eventlens import docmemo
from eventlens.events import find_events, may_have_events, trigger_entries
from eventlens.pipeline import Pipeline
from eventlens.record import Article
from eventlens.where import locate

# Invented sentences: events of several kinds, nouns and verbs heading entries, headlines, and text
# with no trigger word at all.
TEXTS = [
    "Police in Lakeview arrested twelve protesters on Monday.",
    "Foreign Minister Tom Vale met his Norland counterpart in Eastport.",
    "Norland denounces troop moves by Westria",
    "The rebels called off the talks after the shelling.",
    "The two presidents signed the accord in Eastport.",
    "Westria imposed sanctions on Norland over the border dispute.",
    "Thousands of workers went on strike in Southport to demand higher wages.",
    "The weather was mild and the market was busy.",
    "Gunmen attacked a police station near Lakeview, killing three officers.",
    "The army withdrew its troops from the disputed province.",
]
# Local-press wordings (`press_cues.tsv`): a US phone number and a "Councilwoman".
PRESS_TEXT = ("Councilwoman Ann Berry said the Dublin City Council will vote on Monday; call (555) 010-0199 "
              "for details. Police arrested two men in Dublin.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_head_words_are_every_lemma_the_lexicon_indexes(pipeline):
    lexicon = pipeline.lexicon
    assert lexicon.head_words == {lemma for _, lemma in lexicon.by_lemma}
    assert {"arrest", "attack", "strike", "sanction"} <= lexicon.head_words
    assert "weather" not in lexicon.head_words


def test_a_token_with_trigger_entries_is_spelled_or_lemmatised_as_a_head_word(pipeline):
    found = 0
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            _, entries = trigger_entries(tok, pipeline.lexicon)
            if entries:
                found += 1
                assert tok.lower_ in pipeline.lexicon.head_words or tok.lemma_.lower() in pipeline.lexicon.head_words
    assert found >= 8


def test_skipping_non_head_words_finds_the_same_candidates_and_the_same_entity_free_answer(pipeline):
    """With every word of the texts counted as a head word, nothing is skipped: the same candidates."""
    everything = dataclasses.replace(pipeline.lexicon)
    everything.head_words = frozenset(w for doc in pipeline.nlp.pipe(TEXTS) for t in doc for w in (t.lower_, t.lemma_.lower()))
    assert everything.by_lemma == pipeline.lexicon.by_lemma
    with_candidates = 0
    for doc in pipeline.nlp.pipe(TEXTS):
        with docmemo.coding(doc):
            skipped = find_events(doc, pipeline.lexicon, pipeline.cues)
            full = find_events(doc, everything, pipeline.cues)
        assert [(c.trigger, c.type, c.mode) for c in skipped] == [(c.trigger, c.type, c.mode) for c in full], doc.text
        assert may_have_events(doc, pipeline.lexicon) == may_have_events(doc, everything), doc.text
        with_candidates += bool(skipped)
    assert with_candidates >= 7


def test_an_article_reads_its_press_cues_once_and_gets_the_same_focus(pipeline, monkeypatch):
    doc = pipeline.nlp(PRESS_TEXT)
    press = locate.press_focus(doc.text)
    assert press.get("USA", 0) > 0
    assert locate.document_focus(doc, pipeline.resolver, press=press) == locate.document_focus(doc, pipeline.resolver)
    calls: list[str] = []
    real = locate.press_focus

    def counting(text: str) -> dict[str, float]:
        calls.append(text)
        return real(text)

    with docmemo.coding(doc):
        before = locate.article_focus(doc, pipeline.gazetteer, pipeline.resolver)
        monkeypatch.setattr(locate, "press_focus", counting)
        after = locate.article_focus(doc, pipeline.gazetteer, pipeline.resolver)
    assert calls == [doc.text]
    assert dict(after) == dict(before) and after.readings == before.readings and after.local_names == before.local_names


def test_coded_events_are_unchanged_for_the_invented_texts(pipeline):
    articles = [Article(article_id=f"s13-{i}", text=t) for i, t in enumerate([*TEXTS, PRESS_TEXT])]
    coded = [events for _, events in pipeline.code_many(articles)]
    assert sum(len(e) for e in coded) >= 7
    assert coded[TEXTS.index("The weather was mild and the market was busy.")] == []


class WarmUpRecorder:
    """A pipeline factory for `worker_pipeline` that records which warm-up it was given."""

    def __init__(self, settings=None) -> None:
        self.calls: list[str] = []

    def warm_up(self) -> None:
        self.calls.append("warm_up")

    def code(self, article: Article) -> list:
        self.calls.append(f"code:{article.article_id}")
        return []


class CodeOnly:
    def __init__(self, settings=None) -> None:
        self.calls: list[str] = []

    def code(self, article: Article) -> list:
        self.calls.append(f"code:{article.article_id}")
        return []


def test_a_worker_builds_its_pipeline_with_warm_up_when_the_pipeline_has_one():
    from eventlens.config import Settings
    from eventlens.scale.worker import worker_pipeline

    settings = Settings()
    assert worker_pipeline(f"{__name__}:WarmUpRecorder", settings).calls == ["warm_up"]
    assert worker_pipeline(f"{__name__}:CodeOnly", settings).calls == ["code:eventlens-warm-up"]


def test_warm_up_fills_the_caches_coding_would_fill_on_first_use(pipeline):
    from eventlens.actors.tables import english_tokenizer
    from eventlens.when import normalize

    english_tokenizer.cache_clear()
    normalize._dateparser_parser.cache_clear()
    pipeline.warm_up()
    assert english_tokenizer.cache_info().currsize == 1
    assert normalize._dateparser_parser.cache_info().currsize == 1
    # and the fallback's answers after it are those of a fresh parser
    fresh = normalize.DateNormalizer(normalize.DateSettings())
    from datetime import date

    for expression in ("the day after the vote", "mid-2003", "12 June 2003"):
        assert normalize.normalizer(normalize.DateSettings()).normalize(expression, date(2004, 1, 5)) \
            == fresh.normalize(expression, date(2004, 1, 5)), expression
