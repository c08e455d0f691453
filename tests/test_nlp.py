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


def test_the_lemmatizers_word_lists_answer_from_a_set_with_the_same_words(stock_nlp):
    import spacy

    from eventlens.config import Settings
    from eventlens.nlp.attributes import IndexedWords, _stock_lemmatizer, speed_up

    fast = spacy.load(Settings().model, exclude=["ner"])
    speed_up(fast)
    ours = dict(_stock_lemmatizer(fast).lookups.get_table("lemma_index").items())
    theirs = dict(_stock_lemmatizer(stock_nlp).lookups.get_table("lemma_index").items())
    assert ours.keys() == theirs.keys() and len(ours) >= 3
    for key, words in ours.items():
        assert isinstance(words, IndexedWords)
        assert type(theirs[key]) is list  # another loaded pipeline's tables are left alone
        assert list(words) == theirs[key]  # same words, same order
    nouns = ours[spacy.strings.get_string_id("noun")]
    for word in ("treaty", "ceasefire", "zzqx", "", "Treaty", *nouns[:50], *nouns[-50:]):
        assert (word in nouns) == (word in list(nouns))


def test_words_no_rule_is_filed_under_share_answers_and_keep_spacys(stock_nlp):
    import spacy

    from eventlens.config import Settings
    from eventlens.nlp.attributes import speed_up

    fast = spacy.load(Settings().model, exclude=["ner"])
    speed_up(fast)
    texts = ["Envoy Quarlie Mbeko said nothin' would change, and Zandrovia's Velkin Okorafe agreed.",
             "Y'all know Brimwell and Tashkorov met Oskelund officials in Varnapol on Tuesday.",
             "Nothin' came of the talks between Harrowgate and Pelloria, said Ilsabet Ferro."]
    assert _attributes(fast.pipe(texts)) == _attributes(stock_nlp.pipe(texts))
    ruler = fast.get_pipe("attribute_ruler_indexed")
    assert ruler.by_shape  # the rare names were answered by shape
    assert all(test.column == 1 for test in ruler.word_tests)


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


def _spellings_by_walking_the_tables(nlp, lemmas, pos):
    """The question `Speller` answers, asked the slow way: every suffix rule, every exception form and
    every attribute-ruler rule of the model, for this one set of lemmas."""
    from spacy.attrs import LEMMA

    from eventlens.nlp.attributes import _stock_lemmatizer

    wanted = {lemma.lower() for lemma in lemmas}
    forms = set(wanted)
    lemmatizer = _stock_lemmatizer(nlp)
    rules = lemmatizer.lookups.get_table("lemma_rules", {})
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {})
    for part in pos:
        for old, new in rules.get(part, []):
            forms.update(lemma[: len(lemma) - len(new)] + old for lemma in wanted if lemma.endswith(new))
        forms.update(form for form, found in exceptions.get(part, {}).items() if wanted & set(found))
    stock = nlp.get_pipe("attribute_ruler_indexed").stock
    for order, (attrs, index) in enumerate(zip(stock.attrs, stock.indices, strict=True)):
        if attrs.get(LEMMA) is None or str(nlp.vocab.strings[attrs[LEMMA]]).lower() not in wanted:
            continue
        for pattern in stock.matcher.get(str(order))[1]:
            spec = pattern[index].get("LOWER")
            if isinstance(spec, str):
                forms.add(spec)
            elif isinstance(spec, dict) and set(spec) == {"IN"}:
                forms.update(spec["IN"])
            else:
                return None
    return frozenset(forms)


@pytest.mark.parametrize("pos", [("verb", "noun"), ("verb", "noun", "adj"), ("aux",)])
def test_speller_gives_the_spellings_a_walk_over_the_model_tables_gives(pipeline, pos):
    """The indexed speller (built once per worker for the prefilter) answers as the full walk does,
    for the whole lexicon at once, for single lemmas with exception forms ("meet" -> "met") and for
    the lemmas the attribute ruler sets ("go" of "gonna", "be" of "'s")."""
    from eventlens.nlp.attributes import Speller

    speller = Speller(pipeline.nlp)
    lexicon = sorted({lemma for _, lemma in pipeline.lexicon.by_lemma})
    assert "attribute_ruler_indexed" in pipeline.nlp.pipe_names
    for lemmas in [lexicon, ["meet"], ["go"], ["be"], ["have", "do"], ["Attack"], ["nonexistentword"]]:
        expected = _spellings_by_walking_the_tables(pipeline.nlp, lemmas, pos)
        assert speller(lemmas, pos) == expected, lemmas
    assert "met" in speller(["meet"], ("verb",))


def test_parse_batches_hold_at_most_batch_size_texts_and_max_chars_characters():
    from eventlens.nlp import _batches

    texts = ["a" * n for n in (5, 5, 5, 20, 1, 1, 1, 1, 30, 2)]
    assert [len(b) for b in _batches(texts, 3, None)] == [3, 3, 3, 1]
    batches = list(_batches(texts, 3, 12))
    assert sum(batches, []) == texts  # every text once, in order
    assert [len(b) for b in batches] == [2, 1, 1, 3, 1, 1, 1]  # a text longer than the bound goes alone
    assert all(len(b) == 1 or sum(map(len, b)) <= 12 for b in batches)
    assert list(_batches([], 3, 12)) == []


def test_a_character_bound_on_the_batches_changes_no_parse(nlp):
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, TAG

    from eventlens.nlp import parse

    texts = TRICKY + ["Rebels attacked a convoy near the border town on Sunday, officials said."] * 3
    columns = [TAG, LEMMA, DEP, HEAD, ENT_TYPE, ENT_IOB]
    whole = [d.to_array(columns).tolist() for d in parse(nlp, texts, 128, needs_entities=lambda d: True,
                                                           needs_model=lambda d: True)]
    bounded = [d.to_array(columns).tolist() for d in parse(nlp, texts, 128, needs_entities=lambda d: True,
                                                             needs_model=lambda d: True, max_chars=100)]
    assert whole == bounded
