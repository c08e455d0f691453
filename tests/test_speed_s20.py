"""Session 20 speed work: each shortcut must give exactly the answer of the path it replaces (the
references below are the replaced code, kept here as it was)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from eventlens import docmemo
from eventlens.actors.memory import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    STRAIGHT_QUOTES,
    NameMention,
    _quoted_tokens,
    scan_names,
)
from eventlens.actors.tables import ActorTables
from eventlens.pipeline import Pipeline
from eventlens.when import normalize

# Invented texts: names from the actor tables (countries, bodies, several-word names, one inside
# another), quotations opened and closed in all the ways the quote scan reads, trigger words as verbs
# and nouns, a headline, and a sentence with no trigger word.
TEXTS = [
    "The United Nations Security Council condemned the attack on the convoy near the border.",
    'The minister said "we will not negotiate with the rebels" and left the talks in Geneva.',
    "“Our troops will stay,” the general told reporters; Kenya and Uganda disagreed.",
    'He called the plan "a disgrace and an insult to the European Union.',
    "the deal is dead,” said a spokesman for the African Union, before the summit.",
    "Norland denounces troop moves by Westria",
    "The weather was mild and the market in the old town was busy.",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def docs(pipeline):
    return list(pipeline.nlp.pipe(TEXTS))


# -- DateNormalizer.normalize remembers its answers ------------------------------------------------------------

EXPRESSIONS = ["Tuesday", "last week", "March 3", "the 1990s", "annual", "three-day", "2004", "next month",
               "mid-2003", "the day after the vote", "18", "12 June 2003", "no date here"]
REFERENCES = [date(2004, 1, 5), date(2019, 12, 31), None]


def test_remembered_date_answers_are_those_of_a_fresh_normaliser():
    remembering = normalize.DateNormalizer(normalize.DateSettings())
    for _ in range(2):  # the second round answers from the memo
        for reference in REFERENCES:
            for expression in EXPRESSIONS:
                fresh = normalize.DateNormalizer(normalize.DateSettings())
                assert remembering.normalize(expression, reference) == fresh._normalize(expression, reference), \
                    (expression, reference)
    # the same expression against another reference is asked afresh, not answered from the first
    assert remembering.normalize("Tuesday", date(2004, 1, 5)) != remembering.normalize("Tuesday", date(2019, 12, 31))


def test_date_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(normalize, "_MEMO_MAX", 3)
    norm = normalize.DateNormalizer(normalize.DateSettings())
    for expression in EXPRESSIONS:
        norm.normalize(expression, date(2004, 1, 5))
        assert len(norm._memo) <= 3
    assert norm.normalize("March 3", date(2004, 1, 5)) == normalize.DateNormalizer()._normalize("March 3", date(2004, 1, 5))


# -- scan_names visits only the words some table name starts with -----------------------------------------------

def _scan_table_names_s19(doc, tables: ActorTables) -> list[tuple[int, int, object]]:
    """The table-name loop of `scan_names` as it was before session 20 (every word looked up), the reference."""
    toks = docmemo.token_keys(doc)[0]
    found = []
    i = 0
    while i < len(toks):
        longest = tables.first_tokens.get(toks[i], 0)
        for n in range(min(longest, len(toks) - i), 0, -1):
            entry = tables.names.get(tuple(toks[i : i + n]))
            if entry is not None:
                found.append((i, i + n, entry))
                i += n
                break
        else:
            i += 1
    return found


def test_scan_names_finds_the_table_names_of_the_word_by_word_loop(pipeline, docs):
    tables = pipeline.resolver.tables
    table_entries = {id(e) for e in tables.names.values()}  # the ruler's ids are added as new entries
    seen = 0
    for doc in docs:
        with docmemo.coding(doc):
            names = scan_names(doc, tables)
            reference = _scan_table_names_s19(doc, tables)
        assert all(isinstance(m, NameMention) for m in names)
        assert [(m.start, m.end, m.entry) for m in names if id(m.entry) in table_entries] == reference, doc.text
        seen += len(reference)
    assert seen >= 5  # the texts do hold table names, so the comparison tests something


# -- _quoted_tokens reads the words' texts from the doc's list --------------------------------------------------

def _quoted_tokens_s19(sent: Span) -> set[int]:
    """`actors.memory._quoted_tokens` as it was before session 20 (a Token per word), the reference."""
    inside = sent[0].text not in OPEN_QUOTES | STRAIGHT_QUOTES and any(
        t.text in CLOSE_QUOTES for t in sent) and not any(t.text in OPEN_QUOTES | STRAIGHT_QUOTES for t in sent)
    out: set[int] = set()
    for t in sent:
        if t.text in OPEN_QUOTES or t.text in STRAIGHT_QUOTES and not inside:
            inside = True
        elif t.text in CLOSE_QUOTES or t.text in STRAIGHT_QUOTES:
            inside = False
        elif inside:
            out.add(t.i)
    return out


def test_quoted_words_are_those_of_the_token_walk(docs):
    quoted = 0
    for doc in docs:
        for sent in doc.sents:
            with docmemo.coding(doc):
                inside = _quoted_tokens(sent)
            assert inside == _quoted_tokens_s19(sent), sent.text
            assert _quoted_tokens(sent) == inside  # outside `coding` too
            quoted += len(inside)
    assert quoted >= 10  # quotations were found, so the comparison tests something
