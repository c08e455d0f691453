"""Session 14, throughput: each token's (text, lower, lemma) is read once per coded doc from the doc's
arrays (`docmemo.token_keys`) and shared by the trigger search, the sector finder, the table-name scan
and the honorific scan; the article focus joins the doc's text once. None of it may change an answer."""

from __future__ import annotations

import pytest

from eventlens import docmemo
from eventlens.actors.memory import build_memory, find_name_spans, scan_names
from eventlens.events import find_events, may_have_events
from eventlens.pipeline import Pipeline
from eventlens.record import Article
from eventlens.where import locate

# Invented texts: events of several kinds, titles and honorifics, hyphenated and abbreviated words, odd
# spacing and capitals, non-ASCII letters, a headline, and text with no trigger word at all.
TEXTS = [
    "Police in Lakeview arrested twelve protesters on Monday.",
    "Foreign Minister Tom Vale met his Norland counterpart, Mr. Ivo Brandt, in Eastport.",
    "Norland denounces troop moves by Westria",
    "The U.S.-led coalition said its  jets ATTACKED rebel positions near Südhafen.",
    "Thousands of striking dock workers marched in Southport; the army chief, Gen. Ana Ruiz, stayed away.",
    "The weather was mild and the market was busy.",
    'According to the police, protesters chanted "Down with the regime" and attacked the Eastport stadium.',
    "Kenya's Prime Minister Lena Kask imposed sanctions on Peru's state-owned oil company.",
    "",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def docs(pipeline):
    return list(pipeline.nlp.pipe(TEXTS))


def _spacy_keys(doc):
    return [t.text for t in doc], [t.lower_ for t in doc], [t.lemma_.lower() for t in doc]


def test_token_keys_are_spacys_own_attributes(pipeline, docs):
    for doc in [*docs, *(pipeline.nlp.make_doc(t) for t in TEXTS)]:  # parsed, and tokenized only
        assert docmemo.token_keys(doc) == _spacy_keys(doc)


def test_token_keys_are_made_once_while_coding_and_afresh_outside(docs):
    doc = docs[1]
    outside = docmemo.token_keys(doc)
    assert docmemo.token_keys(doc) is not outside
    with docmemo.coding(doc):
        first = docmemo.token_keys(doc)
        assert docmemo.token_keys(doc) is first
        other = docs[0]
        assert docmemo.token_keys(other) == _spacy_keys(other)  # another doc is not answered from the memo
    assert first == outside


def test_token_keys_survive_clearing_the_string_cache(docs, monkeypatch):
    monkeypatch.setattr(docmemo, "_STRINGS_MAX", 0)  # every call clears the shared strings first
    for doc in docs:
        assert docmemo.token_keys(doc) == _spacy_keys(doc)


def test_sector_terms_from_keys_equal_those_from_tokens(pipeline, docs):
    sectors = pipeline.resolver.tables.sectors
    found = 0
    for doc in docs:
        for sent in doc.sents:
            texts, lowers, lemmas = docmemo.token_keys(doc)
            keys = list(zip(texts[sent.start:sent.end], lowers[sent.start:sent.end], lemmas[sent.start:sent.end],
                            strict=True))
            hits = sectors.find_keys(keys)
            assert hits == sectors.find(list(sent))
            found += len(hits)
    assert found >= 5  # police, protesters, minister, army chief, workers ...


def test_table_names_of_a_span_are_those_of_its_own_tokens(pipeline, docs):
    tables = pipeline.resolver.tables
    doc = docs[7]
    whole = scan_names(doc, tables)
    assert {doc[m.start:m.end].text for m in whole} >= {"Kenya", "Peru"}
    span = doc[3:len(doc)]
    assert [(m.start, m.end, m.entry) for m in scan_names(span, tables)] == \
        [(m.start, m.end, m.entry) for m in whole if m.start >= 3]


def test_honorific_names_are_found_with_and_without_the_memo(pipeline, docs):
    tables = pipeline.resolver.tables
    doc = docs[1]
    memory = build_memory(doc, tables)
    outside = find_name_spans(doc, memory, tables)
    with docmemo.coding(doc):
        memory = build_memory(doc, tables)
        inside = find_name_spans(doc, memory, tables)
    assert inside == outside
    assert any(doc[s:e].text.endswith("Brandt") for s, e in inside)


def test_candidates_and_entity_test_are_the_same_with_the_memo(pipeline, docs):
    for doc in docs:
        outside = [(c.trigger, c.type, c.mode) for c in find_events(doc, pipeline.lexicon, pipeline.cues)]
        possible = may_have_events(doc, pipeline.lexicon)
        with docmemo.coding(doc):
            inside = [(c.trigger, c.type, c.mode) for c in find_events(doc, pipeline.lexicon, pipeline.cues)]
            assert may_have_events(doc, pipeline.lexicon) == possible
        assert inside == outside
        assert possible or not outside  # still a superset of the docs with candidates
    assert may_have_events(docs[0], pipeline.lexicon) and not may_have_events(docs[5], pipeline.lexicon)
    assert may_have_events(docs[6], pipeline.lexicon)  # after "according to" and a slogan


def test_dateline_and_focus_read_the_joined_text(pipeline):
    doc = pipeline.nlp("Nairobi, Kenya - Police arrested twelve protesters in the city on Monday.")
    ent = next(e for e in doc.ents if e.start == 0)
    outside = locate.is_dateline(ent)
    with docmemo.coding(doc):
        assert locate.is_dateline(ent) == outside
        inside = locate.article_focus(doc, pipeline.gazetteer, pipeline.resolver)
    assert outside
    assert dict(inside) == dict(locate.article_focus(doc, pipeline.gazetteer, pipeline.resolver))


def test_coded_events_do_not_change(pipeline, monkeypatch):
    """The same events whether the doc's keys come from the memo or are read token by token."""
    articles = [Article(article_id=f"s14-{i}", text=t) for i, t in enumerate(TEXTS) if t]

    def coded():
        return [[{k: v for k, v in e.to_dict().items() if k != "coded_date"} for e in pipeline.code(a)]
                for a in articles]

    fast = coded()
    assert sum(map(len, fast)) >= 3
    monkeypatch.setattr(docmemo, "token_keys", _spacy_keys)  # spaCy's own attribute reads, no memo
    assert coded() == fast


def test_remembered_term_starts_change_no_hit(pipeline, docs, monkeypatch):
    """`SectorLexicon._starts` remembers which words may start a term: the same hits with it empty, full,
    or cleared on every call."""
    sectors = pipeline.resolver.tables.sectors
    sentences = [list(sent) for doc in docs for sent in doc.sents]
    sectors._starts.clear()
    first = [sectors.find(s) for s in sentences]
    assert sectors._starts  # filled
    assert [sectors.find(s) for s in sentences] == first
    monkeypatch.setattr("eventlens.actors.sectors.STARTS_MAX", -1)
    assert [sectors.find(s) for s in sentences] == first
    assert sum(map(len, first)) >= 5


def test_organisations_are_remembered_at_their_hits_tokens(pipeline):
    """An organisation sighting starts where its sector term does, hyphens inside the sentence or not."""
    text = ("The state-owned oil company and Kenya's Interior Ministry (KIM) said the Peruvian navy and the "
            "pro-government militia clashed.")
    doc = pipeline.nlp(text)
    tables = pipeline.resolver.tables
    with docmemo.coding(doc):
        memory = build_memory(doc, tables)
    expected = [(sent.start + h.start, doc[sent.start + h.start:sent.start + h.end].text)
                for sent in doc.sents for h in tables.sectors.find(list(sent)) if h.group.kind == "organization"]
    assert [(o.token, o.term) for o in memory.orgs] == expected
    assert len(expected) >= 2
    assert memory.acronyms.get("kim") == "interior ministry"


def test_bench_counts_the_texts_that_reach_the_model(pipeline):
    """bench/scale.py says how many texts eventlens's spelling prefilter lets through to the model."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("bench_scale", Path(__file__).parent.parent / "bench" / "scale.py")
    scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale)
    texts = [t for t in TEXTS if t]
    expected = sum(1 for t in texts if pipeline.prefilter.may_match(pipeline.nlp.make_doc(t)))
    assert scale.spelling_passes(texts, pipeline.settings) == expected
    assert 0 < expected < len(texts)  # the weather report has no trigger word's spelling


def test_token_keys_fill_only_what_the_cache_lacks(docs):
    """With the shared strings holding many unrelated hashes, a doc's new words are added and read right,
    and the others are left alone."""
    docmemo._strings.clear()
    docmemo._lowered.clear()
    dummies = {h: f"w{h}" for h in range(10_000, 20_000)}
    docmemo._strings.update(dummies)
    try:
        for doc in docs:
            assert docmemo._token_keys(doc) == _spacy_keys(doc)
        assert all(docmemo._strings[h] == w for h, w in dummies.items())
        assert len(docmemo._strings) > len(dummies)
    finally:
        for h in dummies:
            docmemo._strings.pop(h, None)
