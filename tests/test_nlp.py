"""The nlp stage's indexed attribute ruler sets exactly what spaCy's own attribute ruler sets."""

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


def test_indexed_ruler_sets_the_same_attributes_as_spacys(stock_nlp):
    from eventlens.api import sample_dir

    texts = TRICKY + [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts += [line for line in (sample_dir() / "articles.jsonl").read_text(encoding="utf-8").splitlines()][:10]
    stock = _attributes(stock_nlp.pipe(texts))
    stock_ruler = stock_nlp.get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler.from_ruler(stock_ruler)
    with stock_nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        bare = list(stock_nlp.pipe(texts))
    ours = _attributes(stock_nlp.get_pipe("lemmatizer")(indexed(doc)) for doc in bare)
    assert sum(map(len, ours)) > 1000
    assert ours == stock
    # the word-specific rules did fire: "gonna" is go + to, "ai" of "ain't" is be
    lemmas = [t[3] for t in ours[0]]
    assert lemmas[2:4] == ["go", "to"] and "be" in lemmas


def test_the_coding_pipeline_uses_it(nlp):
    assert "attribute_ruler_indexed" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


def test_rules_it_cannot_reproduce_keep_spacys_component():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "x"})
    with pytest.raises(UnsupportedRule):
        IndexedAttributeRuler.from_ruler(ruler)
    assert not index_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
