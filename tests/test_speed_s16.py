"""Session 16 speed work: every shortcut must give exactly the answer of the path it skips."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from eventlens.events import roles
from eventlens.events.lexicon import load_lexicon

# Invented sentences: objects with and without names, infinitives, clauses, "for"/"with"/"about" phrases,
# deadlines, forces sent somewhere, must/will clauses, questions, counted objects.
TEXTS = [
    "The minister told the United Nations to stop the inquiry.",
    "Norland wants Westria to withdraw its troops from the border.",
    "The council declined to comment on the report.",
    "The president ordered more troops to the northern border on Friday.",
    "The rebels gave the army 48 hours to surrender the town.",
    "Officials discussed the crisis with the Westrian envoy for three hours.",
    "The court asked the witness about the missing funds and whether he had paid the men.",
    "The leader warned that police would break up any march and said the protesters must leave.",
    "The government will not tolerate attacks on its convoys, the spokesman said.",
    "Protesters demanded the release of hundreds of students held for a shelter for refugees.",
    "Kenya provided Haiti with $5 million in emergency aid and sent a mission of observers.",
    "Police stopped work on the bridge and arrested the mayor of Eastport.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS))


def _object_words_s15(obj: Token | None, verb: Token | None) -> tuple[set[str], set[str]]:
    """`roles._object_words` as it was before session 16 (every mark computed), the reference: the object's words and marks ("@person", "@xcomp", ...) that entry constraints test, and the
    words that may satisfy `obj` but never trigger `not_obj`."""
    words = set()
    also: set[str] = set()  # words that may satisfy `obj` but never trigger `not_obj`
    if obj is not None:
        obj = roles.counted(obj)  # "banned a number of organisations": the constraint applies to what is roles.counted
        words = {obj.lemma_.lower(), obj.lower_, "@any"}
        words |= {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"}}
        # "provided photographs and other military intelligence": any conjoined object may be the one
        # the entry wants; "received a mission of observers": the members of a body sent somewhere
        for c in obj.children:
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}:
                also |= {c.lemma_.lower(), c.lower_}
            if c.dep_ == "prep" and (c.lower_ in {"in", "of"} and roles._amount(obj)
                                     or c.lower_ == "of" and obj.lemma_.lower() in roles.LOAD_NOUNS):
                # "provided Haiti with $5 million in emergency aid", "$2 billion of loans": what the sum is of
                # (as written too: "supplies" is lemmatised "supply")
                also |= {w for g in c.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
            if c.dep_ == "prep" and c.lower_ == "of" and obj.lemma_.lower() in roles.MEMBER_BODIES:
                also |= {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
        if obj.ent_type_ == "PERSON":
            words.add("@person")
        if obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or obj.ent_id_:
            words.add("@named")
        if obj.ent_type_ == "ORG" or obj.ent_id_.startswith("igo:"):
            words.add("@org")
        if obj.ent_type_ in {"GPE", "LOC", "FAC"} and not obj.ent_id_.startswith("country:"):
            words.add("@gpe")  # a town or region, not a whole country
        if obj.ent_id_.startswith("country:"):
            words.add("@country")  # a whole country named (s19 types: "troops left Afghanistan")
        if any(c.dep_ == "prep" and c.lower_ == "on" for c in obj.children):
            words.add("@obj_on")  # "stopped work on the bridge": a job halted, not a strike
    if verb is not None and obj is not None and obj.pos_ != "PRON" and ("@named" in words or any(
            c.dep_ in {"compound", "amod"} and (c.ent_type_ in {"ORG", "GPE", "NORP"} or c.ent_id_) for c in obj.children)) and any(
            c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        words.add("@obj_xcomp")  # "told the United States to stop", "ordered the peacekeepers to leave"
    if verb is not None and obj is None and any(
            c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
                a.dep_ == "nsubj" and a.pos_ != "PRON" and (a.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or a.ent_id_)
                for a in c.children) for c in verb.children):
        words.add("@obj_xcomp")  # the same parsed as a clause: "wants Pakistan to do more"
    if verb is not None and obj is None and any(c.dep_ == "xcomp" for c in verb.children):
        words.add("@xcomp")
        # the infinitive's own verb, so that not_obj can exclude "declined to comment"
        words |= {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
    if verb is not None and any(c.dep_ == "prep" and c.lower_ == "for" and not roles._serves_object(c, obj) for c in verb.children):
        words.add("@for")
    if verb is not None and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
                                for h in (verb, obj) if h is not None for c in h.children):
        words.add("@with")  # "discussed the crisis with X" (the parse may hang 'with' on the object)
    if verb is not None and (any(c.dep_ == "ccomp" for c in verb.children) or verb.dep_ == "parataxis"
                             or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children if verb.dep_ == "ROOT")):
        words.add("@ccomp")
    if verb is not None and roles.must_clause(verb) is not None:
        words.add("@must")
    if verb is not None and roles.own_will_clause(verb) is not None:
        words.add("@own_will")
    if verb is not None and roles.forces_will_clause(verb) is not None:
        words.add("@forces_will")  # "warned that police would break up any march"
    if verb is not None and roles.will_not(verb):
        words.add("@will_not")  # "will not tolerate attacks", "uprisings will not be tolerated" (s14)
    if verb is not None and obj is not None and roles._sent_forces(obj, verb):
        words.add("@forces_to")  # "ordered troops to the border", "ordered more police into the city" (s14 ngec)
    if verb is not None and roles.deadline_given(verb):
        words.add("@deadline")  # "gave the rebels 48 hours to surrender": an ultimatum
    if verb is not None and any(
            (c.dep_ == "prep" and c.lower_ == "about")
            or (c.dep_ == "ccomp" and any(m.lower_ in {"if", "whether"} or m.tag_ in {"WDT", "WP", "WRB"}
                                          for m in c.children if m.dep_ in {"mark", "advmod", "nsubj", "dobj", "attr"}))
            for c in verb.children):
        words.add("@question")  # "asked X about it", "asked X if he could ...": a question, not a request
    return words, also


def _all_marks_answer(entry, obj, verb) -> bool:
    """`object_is_allowed` as it was: every mark computed, then the two intersections."""
    words, also = _object_words_s15(obj, verb)
    if entry.not_obj and words & entry.not_obj:
        return False
    if entry.obj is None:
        return True
    return bool((words | also) & entry.obj)


def test_object_words_equal_the_reference(docs) -> None:
    seen_marks: set[str] = set()
    for doc in docs:
        for verb in doc:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            for obj in [None, roles.direct_object(verb), *verb.children]:
                words, also = _object_words_s15(obj, verb)
                assert roles._object_words(obj, verb) == (words, also)
                seen_marks |= {w for w in words if w in roles.VERB_MARKS}
    # the sentences exercise most of the lazily tested marks (the test is not vacuous)
    assert {"@obj_xcomp", "@for", "@with", "@ccomp", "@deadline", "@forces_to"} <= seen_marks


def test_lazy_marks_give_the_answer_of_every_mark(docs) -> None:
    lexicon = load_lexicon()
    entries = [e for e in lexicon.entries if e.obj is not None or e.not_obj]
    with_marks = [e for e in entries if roles._entry_marks(e)]
    assert with_marks, "the lexicon has entries whose lists name verb marks"
    checked = allowed = 0
    for doc in docs:
        for verb in doc:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            for obj in [None, roles.direct_object(verb)]:
                memo: dict = {}  # shared across entries, as `_choose_reading` shares it across a token's entries
                for entry in entries:
                    lazy = roles.object_is_allowed(entry, obj, verb, memo)
                    assert lazy == _all_marks_answer(entry, obj, verb), (entry.group, entry.lemma, verb.text)
                    assert roles.object_is_allowed(entry, obj, verb) == lazy  # and without a memo
                    checked += 1
                    allowed += lazy
    assert checked > 1000 and 0 < allowed < checked


def test_entry_marks_are_the_verb_marks_its_lists_name() -> None:
    for entry in load_lexicon().entries:
        named = (entry.obj or frozenset()) | entry.not_obj
        assert set(roles._entry_marks(entry)) == named & set(roles.VERB_MARKS)


# ----------------------------------------------------------------------------- headline passives

HEADLINES = [
    "Opposition leader arrested by police in Eastport",
    "Six indicted by grand jury over Norland bribes",
    "Police arrested and later released three activists",
    "Norland troops killed in Westrian ambush",
    "Rebel commander captured, army says",
    "The rebels attacked the convoy at dawn.",
    "Westria accused of shelling border villages",
]


def _choose_s15(tok, lexicon):
    """`events._choose` as it was: the headline patient looked for on every verb."""
    from eventlens import events

    pos, entries = events.trigger_entries(tok, lexicon, ranked=True)
    if not entries:
        return []
    if tok.pos_ == "VERB" and tok.dep_ in {"amod", "compound"}:
        return []
    if tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "det" for c in tok.children):
        return []
    chosen = events._choose_reading(tok, lexicon, None, pos, entries)
    patient = events.headline_patient(tok) if tok.pos_ == "VERB" else None
    if patient is not None and (not chosen or tok.lemma_.lower() in events.HEADLINE_PATIENT_VERBS):
        chosen = events._choose_reading(tok, lexicon, patient, pos, entries) or chosen
    return chosen


def test_choose_looks_for_a_headline_patient_only_where_it_can_be_used(nlp) -> None:
    from eventlens import events

    lexicon = load_lexicon()
    patients = chosen = 0
    for doc in nlp.pipe(HEADLINES):
        for tok in doc:
            new = events._choose(tok, lexicon)
            assert [(e, toks, getattr(o, "i", None)) for e, toks, o in new] == \
                [(e, toks, getattr(o, "i", None)) for e, toks, o in _choose_s15(tok, lexicon)]
            chosen += bool(new)
            patients += bool(new) and events.headline_patient(tok) is not None
    assert chosen >= len(HEADLINES) - 1 and patients >= 2


# ----------------------------------------------------------------------------- entity ids read once per span

def test_ent_id_is_spacys_in_and_out_of_coding(nlp) -> None:
    from eventlens import docmemo

    texts = ["Kenya and Norway condemned the raid on Nairobi; the UN and the European Union said Kenyan police fired.",
             "Officials in Paris, France met envoys from the United States.", ""]
    seen = set()
    for doc in nlp.pipe(texts):
        spans = [*doc.ents, *(doc[i:j] for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + 4) + 1))]
        expected = [s.ent_id_ for s in spans]
        assert [docmemo.ent_id(s) for s in spans] == expected  # outside `coding`: spaCy's own
        with docmemo.coding(doc):
            assert [docmemo.ent_id(s) for s in spans] == expected
            assert [docmemo.ent_id(s) for s in spans] == expected  # and again, from the memo
        seen |= {e for e in expected if e}
    assert any(e.startswith("country:") for e in seen)
    other = nlp("Ghana and Togo signed a deal.")
    with docmemo.coding(nlp("Mali protested.")):  # a span of another doc is never answered from the memo
        assert [docmemo.ent_id(e) for e in other.ents] == [e.ent_id_ for e in other.ents]


# ----------------------------------------------------------------------------- actor memory

PEOPLE = [
    "Foreign Minister Tom Vale met Mr. Ivo Brandt in Eastport. Vale later said Brandt had agreed.",
    "President Ana Ruiz of Westria and General Motors officials met; Ruiz praised the General Assembly.",
    "Gen. Ana Ruiz, the army chief, visited troops. Later Ruiz and Senator Kask spoke. Kask's aides left.",
    "Rear Admiral Ali Baro and Dr. Lena Kask-Ude arrived; Baro thanked Kask-Ude and President Kerry Mane.",
]


def _later_surnames_s15(doc, memory, taken):
    """Step 2 of `_collect_people` as it was: later bare surnames found by walking every Token."""
    from eventlens.actors.memory import _norm, _surname_like_place

    surnames = {p.surname: p for p in memory.persons}
    return [(tok.i, tok.i + 1, surnames[_norm(tok.text)].name) for tok in (doc if surnames else ())
            if tok.i not in taken and _norm(tok.text) in surnames and (
                tok.i not in memory.name_at or _surname_like_place(tok, memory.name_at, sentence_start_ok=True))]


def test_people_found_from_the_word_lists_are_those_of_the_token_walk(nlp, pipeline) -> None:
    from eventlens import docmemo
    from eventlens.actors.memory import _join_particles, build_memory, find_name_spans

    tables = pipeline.resolver.tables
    later = 0
    for text in PEOPLE:
        doc = nlp(text)
        with docmemo.coding(doc):
            memory = build_memory(doc, tables)
            spans = _join_particles(doc, find_name_spans(doc, memory, tables))
            taken = {i for s, e in spans for i in range(s, e)}
            mentions = [(m.start, m.end, m.person.name) for m in memory.mentions]
            expected = _later_surnames_s15(doc, memory, taken)
            # every later bare surname the token walk finds is a mention; the rest are the name spans
            assert set(expected) <= set(mentions)
            assert {(s, e) for s, e, _ in mentions} == {(s, e) for s, e in spans} | {(s, e) for s, e, _ in expected}
            later += len(expected)
        # outside `coding` (lists made afresh) the same people
        assert [(m.start, m.end, m.person.name) for m in build_memory(doc, tables).mentions] == mentions
    assert later >= 3
