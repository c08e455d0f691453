"""Session 12, throughput: the work the pipeline skips must change no event."""

from __future__ import annotations

import pytest

from eventlens import docmemo
from eventlens.events import find_events, may_have_events, trigger_entries
from eventlens.pipeline import Pipeline
from eventlens.record import Article

# Invented sentences: nouns that head only entries needing a light verb, with and without one, plus
# ordinary events, headlines and sentences with no trigger word at all.
NEEDS_LIGHT_VERB_ABSENT = [
    "The old deadline appeared on the notice board.",
    "Everyone remembered the armistice of the old days.",
    "The agitation of the crowd grew louder.",
    "The possibility seemed remote to the editors.",
]
NEEDS_LIGHT_VERB_PRESENT = [
    "The governor set a deadline for the rebels to disarm.",
    "The two generals signed an armistice on Friday.",
    "The students continued their agitation against the fee rise.",
]
# Verbs whose entries all need an object from a word list, with and without such an object.
NEEDS_LISTED_OBJECT_ABSENT = [
    "The pupils attended a chemistry class in the morning.",
    "The old painter signed the photographs for his fans.",
    "The bakery restored its old oven.",
]
NEEDS_LISTED_OBJECT_PRESENT = [
    "Both leaders attended the funeral in Eastport.",
    "The two presidents signed the accord.",
    "Norland and Westria restored diplomatic ties.",
]
# Verbs of saying are requests only with a reported obligation ("... must ..."), whose subject the
# entities name: the shape is asked without the entities.
NEEDS_OBLIGATION_ABSENT = [
    "The spokesman said that the weather was fine.",
    "The teacher stated that the exam was easy.",
]
NEEDS_OBLIGATION_PRESENT = [
    "The spokesman said that Westria must withdraw its troops.",
    "The minister stated that Norland must pay the debt.",
]
OTHERS = [
    "Police in Lakeview arrested twelve protesters on Monday.",
    "Foreign Minister Tom Vale met his Norland counterpart in Eastport.",
    "Norland denounces troop moves by Westria",
    "Opposition leader arrested in Eastport",
    "The rebels called off the talks after the shelling.",
    "The weather was mild and the market was busy.",
    "Activists in Eastport decry new mining law",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _candidates(pipeline: Pipeline, doc) -> list:
    with docmemo.coding(doc):
        return find_events(doc, pipeline.lexicon, pipeline.cues)


def test_a_trigger_word_without_the_light_verb_or_listed_object_its_entries_need_skips_entity_recognition(pipeline):
    for text in NEEDS_LIGHT_VERB_ABSENT + NEEDS_LISTED_OBJECT_ABSENT + NEEDS_OBLIGATION_ABSENT:
        doc = pipeline.nlp(text)
        assert any(trigger_entries(t, pipeline.lexicon)[1] for t in doc), text  # heads an entry ...
        assert not may_have_events(doc, pipeline.lexicon), text  # ... that cannot fit here
        assert _candidates(pipeline, doc) == []
    for text in NEEDS_LIGHT_VERB_PRESENT + NEEDS_LISTED_OBJECT_PRESENT + NEEDS_OBLIGATION_PRESENT:
        doc = pipeline.nlp(text)
        assert may_have_events(doc, pipeline.lexicon), text
        assert _candidates(pipeline, doc), text


def test_the_entity_free_test_holds_for_every_doc_with_candidates(pipeline):
    texts = NEEDS_LIGHT_VERB_ABSENT + NEEDS_LIGHT_VERB_PRESENT + NEEDS_LISTED_OBJECT_ABSENT + NEEDS_LISTED_OBJECT_PRESENT + OTHERS
    texts += NEEDS_OBLIGATION_ABSENT + NEEDS_OBLIGATION_PRESENT
    with_candidates = 0
    for doc in pipeline.nlp.pipe(texts):
        found = _candidates(pipeline, doc)
        with_candidates += bool(found)
        if found:
            assert may_have_events(doc, pipeline.lexicon), doc.text
        # the answer never depends on the entities: the same with the entity components left out
        with pipeline.nlp.select_pipes(disable=["ner", "eventlens_entity_ruler"]):
            bare = pipeline.nlp(doc.text)
        assert may_have_events(bare, pipeline.lexicon) == may_have_events(doc, pipeline.lexicon), doc.text
    assert with_candidates >= 13


def test_the_selective_parse_codes_the_same_events_as_the_full_pipeline(pipeline):
    texts = NEEDS_LIGHT_VERB_ABSENT + NEEDS_LIGHT_VERB_PRESENT + OTHERS + NEEDS_LISTED_OBJECT_ABSENT + NEEDS_LISTED_OBJECT_PRESENT
    texts += NEEDS_OBLIGATION_ABSENT + NEEDS_OBLIGATION_PRESENT
    articles = [Article(article_id=f"s12-{i}", text=t) for i, t in enumerate(texts)]
    full = list(pipeline.code_docs(zip(articles, pipeline.nlp.pipe(texts), strict=True), "2026-01-01"))
    docs = list(pipeline.parse(texts))
    selective = list(pipeline.code_docs(zip(articles, docs, strict=True), "2026-01-01"))
    assert [[e.to_dict() for e in ev] for _, ev in full] == [[e.to_dict() for e in ev] for _, ev in selective]
    assert sum(len(ev) for _, ev in full) >= 11
    # the sentences whose trigger noun lacks its light verb got no entity pass (most were parsed: the
    # spelling prefilter cannot see that the light verb is missing)
    absent = docs[:len(NEEDS_LIGHT_VERB_ABSENT)]
    assert not any(doc.has_annotation("ENT_IOB") for doc in absent)
    assert sum(doc.has_annotation("DEP") for doc in absent) >= 2
    present = docs[len(NEEDS_LIGHT_VERB_ABSENT):len(NEEDS_LIGHT_VERB_ABSENT) + len(NEEDS_LIGHT_VERB_PRESENT)]
    assert all(doc.has_annotation("ENT_IOB") for doc in present)
    said = docs[-len(NEEDS_OBLIGATION_ABSENT) - len(NEEDS_OBLIGATION_PRESENT):]
    assert [(d.has_annotation("DEP"), d.has_annotation("ENT_IOB")) for d in said] == [(True, False)] * 2 + [(True, True)] * 2
