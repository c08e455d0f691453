"""Session 23 speed changes: the same answers with less work per word (docs/scaling.md, session 23).

- the hyphen repair reads only the words around a hyphen, the blank-line component joins the doc's text once;
- `docmemo.subtree_indices` gives a token's subtree in spaCy's order without making its Tokens, and the
  clause contexts of an event are read through it (`cues.contexts_at`);
- `docmemo.words` (a coded doc's lower-case words, once per doc) lets `_past_tenure` and `_past_decade` answer
  "no" without walking the clause when the doc has no 'under'/'during' or no decade; neither memo may leak
  from one coded doc into the next.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventlens import api, docmemo
from eventlens.events.cues import contexts_at, contexts_for, load_cues
from eventlens.nlp import load_nlp, repair_split_hyphen_words, start_sentences_after_blank_lines
from eventlens.pipeline import _has_decade, _past_decade, _past_tenure


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


class CountingDoc:
    """A doc that counts the tokens read from it (`doc[i]`) and the reads of its text."""

    def __init__(self, doc) -> None:
        self._doc = doc
        self.tokens_read = 0
        self.text_reads = 0

    def __len__(self) -> int:
        return len(self._doc)

    def __getitem__(self, i):
        self.tokens_read += 1
        return self._doc[i]

    @property
    def text(self) -> str:
        self.text_reads += 1
        return self._doc.text

    def __getattr__(self, name):
        return getattr(self._doc, name)


def test_the_hyphen_repair_reads_no_word_of_a_doc_without_a_hyphen(nlp):
    doc = CountingDoc(nlp("The finance minister of the island state resigned on Tuesday after weeks of protests."))
    repair_split_hyphen_words(doc)
    assert doc.tokens_read == 0


def test_the_hyphen_repair_reads_only_the_words_around_each_hyphen(nlp):
    doc = nlp("Guards detained the ex-mayor of the port town and two co-workers near the old fortress last week.")
    counting = CountingDoc(doc)
    repair_split_hyphen_words(counting)
    assert 0 < counting.tokens_read <= 3 * sum(1 for t in doc if t.text == "-")


def test_the_hyphen_repair_still_joins_a_split_word_to_its_noun(nlp):
    doc = nlp("Soldiers detained the ex-governor of the northern province in Lagos on Friday.")
    hyphen = next(t for t in doc if t.text == "-")
    assert hyphen.head.text == "governor" and hyphen.dep_ == "punct"


def test_the_blank_line_component_joins_the_doc_text_once(nlp):
    doc = CountingDoc(nlp.make_doc("Rebels shelled the harbour town at dawn and then withdrew to the hills."))
    start_sentences_after_blank_lines(doc)
    assert doc.text_reads == 1


@pytest.mark.parametrize("text", [
    "The coastguard, which had been warned by fishermen, seized two boats that were carrying fuel to the island.",
    "After the talks collapsed in the capital, the rebels said they would resume attacks on army posts in the north.",
    "Protesters who blocked the bridge for three days were dispersed by police using water cannon and tear gas.",
])
def test_subtree_indices_are_spacys_subtree_in_its_order(nlp, text):
    doc = nlp(text)
    for tok in doc:
        assert docmemo.subtree_indices(doc, tok.i) == [t.i for t in tok.subtree]


def test_contexts_at_indices_equal_contexts_of_the_tokens(nlp):
    cues = load_cues()
    doc = nlp("Troops fired on striking miners after the election commission annulled the vote in the mining region.")
    for tok in doc:
        scope = list(tok.subtree)
        assert contexts_at(doc, [t.i for t in scope], cues) == contexts_for(scope, cues)
    assert contexts_at(doc, range(len(doc)), cues) == contexts_for(list(doc), cues)


def test_the_words_of_one_coded_doc_do_not_leak_into_the_next(nlp):
    first = nlp("Under the old king the army shelled villages in the 1970s.")
    second = nlp("The navy seized a tanker off the coast on Monday.")
    with docmemo.coding(first):
        assert "under" in docmemo.words(first)
        assert _has_decade(first)
    with docmemo.coding(second):
        assert docmemo.words(second) == frozenset(t.lower_ for t in second)
        assert not _has_decade(second)
    with docmemo.coding(first):
        assert _has_decade(first)


def test_a_decade_and_a_former_term_are_still_found_after_docs_without_them(nlp):
    plain = nlp("The navy seized a tanker off the coast on Monday.")
    dated = nlp("Soldiers drove farmers off their land in the 1970s to build a dam.")
    tenure = nlp("The treaty had been signed under former President Ortega, the minister said.")
    with docmemo.coding(plain):
        assert not _past_decade(plain[2], date(2021, 5, 4))
        assert not _past_tenure(plain[2])
    with docmemo.coding(dated):
        assert _past_decade(next(t for t in dated if t.lemma_ == "drive"), date(2021, 5, 4))
    with docmemo.coding(tenure):
        assert _past_tenure(next(t for t in tenure if t.lemma_ == "sign"))


def test_events_of_consecutive_articles_keep_their_decade_reading():
    published = date(2021, 5, 4)
    first = api.extract("Police arrested four smugglers at the border crossing on Sunday.", published)
    second = api.extract("Soldiers killed dozens of villagers in the 1980s during the war, a commission said.", published)
    assert first and all(e.modality != "historical" for e in first)
    assert any(e.event == "ASSAULT" and e.modality == "historical" for e in second)
