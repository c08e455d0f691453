"""eventlens.docmemo: the coded doc's entities, built once, must be exactly spaCy's."""

from eventlens import docmemo

TEXT = ("Officials in Nairobi said on Monday that police arrested 12 protesters. "
        "The United Nations envoy met President Ruto in Mombasa on 3 May. No names here.")


def _key(ents):
    return [(e.start, e.end, e.label_, e.ent_id_) for e in ents]


def test_same_entities_as_spacy_for_doc_and_every_sentence(nlp):
    doc = nlp(TEXT)
    other = nlp("Protesters marched in Lagos.")
    assert len(doc.ents) > 2
    with docmemo.coding(doc):
        assert _key(docmemo.ents(doc)) == _key(doc.ents)
        for sent in doc.sents:
            assert _key(docmemo.ents(sent)) == _key(sent.ents)
        # a span that cuts an entity: spaCy stops at the first entity running past its end
        cut = doc[0:3]
        assert _key(docmemo.ents(cut)) == _key(cut.ents)
        # another doc is answered by spaCy itself
        assert _key(docmemo.ents(other)) == _key(other.ents)
        # the memo is one list, built once
        assert docmemo.ents(doc) is docmemo.ents(doc)
    # outside the block: spaCy's own (a new tuple each time)
    assert _key(docmemo.ents(doc)) == _key(doc.ents)
    assert docmemo.ents(doc) is not docmemo.ents(doc)


def test_nested_blocks_restore_the_outer_doc(nlp):
    outer, inner = nlp(TEXT), nlp("Soldiers fired on a crowd in Kano.")
    with docmemo.coding(outer):
        first = docmemo.ents(outer)
        with docmemo.coding(inner):
            assert _key(docmemo.ents(inner)) == _key(inner.ents)
        assert docmemo.ents(outer) is first


def test_text_is_spacys_and_per_doc_lives_with_the_block(nlp):
    doc = nlp(TEXT + "  Two spaces before this one. ")
    with docmemo.coding(doc):
        assert docmemo.text(doc) == doc.text
        for sent in doc.sents:
            assert docmemo.text(sent) == sent.text
        assert docmemo.text(doc[2:5]) == doc[2:5].text
        memo = docmemo.per_doc("test")
        memo["k"] = 1
        assert docmemo.per_doc("test") == {"k": 1}
        assert docmemo.per_doc("other") == {}
    assert docmemo.per_doc("test") is None
    with docmemo.coding(doc):
        assert docmemo.per_doc("test") == {}  # a new block starts empty


def test_per_doc_only_for_the_coded_doc(nlp):
    doc, other = nlp(TEXT), nlp("Protesters marched in Lagos.")
    with docmemo.coding(doc):
        assert docmemo.per_doc("x", of=doc) is not None
        assert docmemo.per_doc("x", of=doc[0:3]) is docmemo.per_doc("x", of=doc)
        assert docmemo.per_doc("x", of=other) is None
        assert docmemo.per_doc("x", of=other[0:2]) is None
        assert docmemo.per_doc("x", of=doc[1]) is docmemo.per_doc("x", of=doc)
        assert docmemo.per_doc("x", of=other[1]) is None


def _bounds(spans):
    return [(s.start, s.end) for s in spans]


def test_sentences_while_coding_are_spacys_made_once(nlp):
    doc = nlp(TEXT)
    sents = _bounds(doc.sents)
    own = [_bounds([t.sent]) for t in doc]
    spans = [doc[0:3], doc[4:12], doc[10:14], doc[2:len(doc)], doc[len(doc) - 2:len(doc)], doc[len(doc):len(doc)],
             doc[12:12], doc[0:0]]
    of_spans = [_bounds([s.sent]) for s in spans]
    span_sents = [_bounds(s.sents) for s in spans]
    with docmemo.coding(doc):
        assert _bounds(doc.sents) == sents and len(sents) == 3
        assert [_bounds([t.sent]) for t in doc] == own
        assert [_bounds([s.sent]) for s in spans] == of_spans
        assert [_bounds(s.sents) for s in spans] == span_sents
        assert doc[5].sent is next(iter(doc.sents))  # one span per sentence, shared
        with docmemo.coding(doc):  # nested on the same doc: the outer hooks stay
            assert _bounds(doc.sents) == sents
        assert "sents" in doc.user_hooks
    # afterwards spaCy's own again: the doc keeps no hooks
    assert not doc.user_hooks and not doc.user_span_hooks and not doc.user_token_hooks
    assert _bounds(doc.sents) == sents and doc[5].sent is not doc[5].sent


def test_docs_without_sentences_get_no_hooks(nlp):
    doc = nlp.make_doc("Tokenized only, never parsed.")
    with docmemo.coding(doc):
        assert not doc.user_hooks and not doc.user_token_hooks
    empty = nlp("")
    with docmemo.coding(empty):
        assert not empty.user_hooks
