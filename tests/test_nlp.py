"""The nlp stage's indexed attribute ruler and memo lemmatizer set exactly what spaCy's own set."""

from __future__ import annotations

import pytest

from eventlens.nlp.attributes import IndexedAttributeRuler, UnsupportedRule, index_attribute_ruler

# Sentences that exercise the model's word-specific rules (multi-token, regex, dependency-based ones)
# as well as its tag map.
TRICKY = [
    "We're gonna see what y'all think, but it ain't over and there are many of them.",
    "Let's go: I told you it was done, but you didn't listen to it.",
    "C'mon, they gotta leave; that is what those who did it have done.",
    "The talks, which had stalled, resumed on Monday in Geneva.\n\nOfficials said that's all.",
]


def _attributes(docs):
    return [[(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in docs]


@pytest.fixture(scope="module")
def stock_nlp(nlp):  # after the session's model loaded, so a missing model has skipped already
    import spacy

    from eventlens.config import Settings

    return spacy.load(Settings().model, exclude=["ner"])


def test_faster_components_set_the_same_attributes_as_spacys(stock_nlp):
    import spacy

    from eventlens.api import sample_dir
    from eventlens.config import Settings
    from eventlens.nlp.attributes import speed_up

    texts = TRICKY + [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts += (sample_dir() / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:10]
    fast = spacy.load(Settings().model, exclude=["ner"])
    assert speed_up(fast) == ["attribute_ruler", "lemmatizer"]
    stock = _attributes(stock_nlp.pipe(texts))
    assert sum(map(len, stock)) > 1000
    assert _attributes(fast.pipe(texts)) == stock
    assert _attributes(fast.pipe(texts)) == stock  # again, now from the lemmatizer's memo
    # the word-specific rules did fire: "gonna" is go + to, "ai" of "ain't" is be
    lemmas = [t[3] for t in stock[0]]
    assert lemmas[2:4] == ["go", "to"] and "be" in lemmas


def test_the_coding_pipeline_uses_it(nlp):
    assert {"attribute_ruler_indexed", "lemmatizer_memo"} <= set(nlp.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)


def test_rules_it_cannot_reproduce_keep_spacys_component():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "x"})
    with pytest.raises(UnsupportedRule):
        IndexedAttributeRuler.from_ruler(ruler)
    assert not index_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
