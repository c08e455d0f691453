"""Event types and quad classes, session 16 (quad).

- A noun the tagger reads as a present-tense verb in an object slot ("declare a five-day Eid ceasefire" with
  ceasefire/VBP, dep dobj) is looked up as the noun it is (events `trigger_entries`, `FINITE_VERB_TAGS`): a
  finite verb form can be no object, so the declared ceasefire is coded (CONCEDE, manual: declarations of
  ceasefires). Subjects are left alone (a verb reading there can be a headline's verb), and so are gerunds and
  participles, which head clauses in object slots.

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import code, top_realised
from spacy.tokens import Doc

from eventlens.events import FINITE_VERB_TAGS, trigger_entries
from eventlens.events.lexicon import load_lexicon


def _doc(nlp, words, tags, poss, deps, heads) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, pos=poss, deps=deps, heads=heads,
               lemmas=[w.lower() for w in words])


# --- a verb-tagged noun in an object slot ----------------------------------------------------------------------
def test_verb_tagged_object_is_read_as_noun(nlp):
    lexicon = load_lexicon()
    words = ["The", "rebels", "declare", "a", "truce", "."]
    doc = _doc(nlp, words, ["DT", "NNS", "VBP", "DT", "VBP", "."], ["DET", "NOUN", "VERB", "DET", "VERB", "PUNCT"],
               ["det", "nsubj", "ROOT", "det", "dobj", "punct"], [1, 2, 2, 4, 2, 2])
    pos, entries = trigger_entries(doc[4], lexicon)
    assert pos == "noun"
    assert entries and all(e.pos == "noun" for e in entries)
    assert "CONCEDE" in {e.type for e in entries}


@pytest.mark.parametrize("tag,dep", [("VBG", "dobj"), ("VBN", "pobj"), ("VBP", "nsubj"), ("VBP", "xcomp")])
def test_other_verb_readings_stay_verbs(nlp, tag, dep):
    """Gerunds and participles may head clauses in object slots; a verb in a subject slot may be a headline's."""
    doc = _doc(nlp, ["They", "began", "attack", "."], ["PRP", "VBD", tag, "."], ["PRON", "VERB", "VERB", "PUNCT"],
               ["nsubj", "ROOT", dep, "punct"], [1, 1, 1, 1])
    pos, _entries = trigger_entries(doc[2], load_lexicon())
    assert pos == "verb"


def test_finite_verb_tags_are_finite():
    assert {"VB", "VBP", "VBZ"} == set(FINITE_VERB_TAGS)


def test_declared_ceasefire_with_verb_tag_is_coded(pipeline):
    text = "The rebels declare a five-day Eid ceasefire starting on Friday."
    doc = list(pipeline.parse([text]))[0]
    noun = next(t for t in doc if t.lower_ == "ceasefire")
    top = top_realised(pipeline, text)
    assert top.event == "CONCEDE", (noun.tag_, [(e.event, e.text_info.trigger) for e in code(pipeline, text)])
    assert top.text_info.trigger == "ceasefire"
    assert [a.text for a in top.actor] == ["The rebels"]
