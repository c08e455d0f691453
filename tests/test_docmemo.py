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


def test_token_keys_are_spacys_strings_and_made_once_per_coded_doc(nlp):
    doc = nlp(TEXT + " The EU's Foreign Ministers MET in Brussels — again.")
    expected = [(t.text, t.lower_, t.lemma_.lower()) for t in doc]
    assert any(text != lower for text, lower, _ in expected) and any(lower != lemma for _, lower, lemma in expected)
    assert docmemo.token_keys(doc) == expected  # outside a block: computed, not kept
    with docmemo.coding(doc):
        keys = docmemo.token_keys(doc)
        assert keys == expected
        assert docmemo.token_keys(doc) is keys
    other = nlp("Ministers met.")
    assert docmemo.token_keys(other) == [(t.text, t.lower_, t.lemma_.lower()) for t in other]


def test_sector_terms_from_token_keys_are_those_from_tokens(nlp):
    from eventlens.actors.tables import load_tables

    sectors = load_tables().sectors
    doc = nlp("Kenyan police and opposition lawmakers met the Interior Minister; pro-government militias left.")
    hits = sectors.find(list(doc))
    assert len(hits) >= 3
    assert sectors.find_keys(docmemo.token_keys(doc)) == hits
    for sent in doc.sents:
        assert sectors.find_keys(docmemo.token_keys(doc)[sent.start:sent.end]) == sectors.find(list(sent))


def test_heads_and_columns_are_spacys(nlp):
    from spacy.attrs import ENT_ID

    doc = nlp(TEXT)
    with docmemo.coding(doc):
        assert docmemo.heads(doc) == [t.head.i for t in doc]
        assert docmemo.heads(doc) is docmemo.heads(doc)
        ids = docmemo.column(doc, ENT_ID)
        assert [doc.vocab.strings[h] for h in ids] == [t.ent_id_ for t in doc]
        assert any(ids)
    assert docmemo.heads(doc) == [t.head.i for t in doc]


def test_phrase_head_reads_the_head_array_as_the_tokens_say(nlp):
    """`phrase_head` finds the tokens whose head lies outside the span from `docmemo.heads`: the same
    head as asking each token, for every short span of a sentence."""
    from eventlens.actors.resolve import phrase_head

    def by_tokens(span, quantity):
        outside = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
        head = span.root
        if len(outside) > 1:
            head = ([t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON")] or outside)[-1]
        for _ in range(3):
            if head.lower_ not in quantity:
                break
            objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and span.start <= g.i < span.end]
            if not objs:
                break
            head = objs[0]
        return head.i

    doc = nlp("Israeli police custody of thousands of students ended when the UN envoy met Kenyan officials.")
    several = 0
    with docmemo.coding(doc):
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 6) + 1):
                span = doc[start:end]
                several += sum(1 for t in span if not start <= t.head.i < end) > 1
                assert phrase_head(span, frozenset({"thousands"})).i == by_tokens(span, {"thousands"})
    assert several > 5  # spans with several tokens headed from outside were among them
