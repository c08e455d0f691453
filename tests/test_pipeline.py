"""The pipeline's batching and chunking: same events whatever the batch and chunk sizes."""

from __future__ import annotations

import pytest

from eventlens.config import Settings
from eventlens.pipeline import Pipeline, split_text
from eventlens.record import Article

TEXT = ("Kenyan police arrested twelve opposition supporters in Nairobi on Monday. "
        "Officials discussed the budget at length and nothing else happened. ") * 30


def test_split_text_bounds_chunks_and_keeps_offsets():
    chunks = split_text(TEXT, 1000)
    assert len(chunks) > 3
    assert all(len(c.text) <= 1000 for c in chunks)
    for c in chunks:
        assert TEXT[c.offset:c.offset + len(c.text)] == c.text
        assert not c.text[0].isspace()


def test_chunked_and_batched_coding_gives_the_same_events(nlp):
    whole = Pipeline(nlp=nlp).code(Article("b", TEXT))
    small = Article("s", "Japan will send warships to the strait next month.")
    tiny = Pipeline(settings=Settings(max_chunk_chars=1000, batch_chars=2000), nlp=nlp)
    coded = dict((a.article_id, ev) for a, ev in tiny.code_many([small, Article("b", TEXT), small]))
    assert len(whole) == 30
    assert sorted(e.id for e in coded["b"]) == sorted(e.id for e in whole)
    assert [e.event for e in coded["s"]] == ["MOBILIZE"]


def test_package_level_api_mirrors_the_cli(pipeline):
    import eventlens
    import eventlens.ingest  # noqa: F401  (a stage module of the same name as api.ingest stays a module)
    from eventlens import api

    for name in ("extract", "query_events", "recode", "summary"):
        assert getattr(eventlens, name) is getattr(api, name)
    events = eventlens.extract("Kenyan police arrested twelve opposition supporters in Nairobi.", pipeline=pipeline)
    assert [e.event for e in events] == ["COERCE"]


def test_the_model_runs_only_where_a_trigger_word_could_make_an_event(pipeline):
    texts = ["Kenyan police arrested twelve opposition supporters in Nairobi on Monday.",
             "Barack Obama was born in Honolulu, Hawaii, in 1961.",  # no word spelled like a trigger
             "The threatening clouds gathered over Paris."]  # spelled like one, but an adjective here
    event, unspelled, adjective = list(pipeline.parse(texts, batch_size=3))
    full = list(pipeline.nlp.pipe(texts))
    assert [(e.text, e.label_) for e in event.ents] == [(e.text, e.label_) for e in full[0].ents]
    assert {e.label_ for e in event.ents} >= {"GPE"}
    assert not unspelled.has_annotation("DEP") and unspelled.ents == ()  # tokenized only
    assert [t.text for t in unspelled] == [t.text for t in full[1]]
    assert adjective.has_annotation("DEP") and adjective.ents == ()  # parsed, no entity pass
    assert [t.dep_ for t in adjective] == [t.dep_ for t in full[2]] and full[2].ents
    # chunks of a long article are always parsed (their sentences are counted)
    assert next(pipeline.parse(texts[1:2], whole=False)).has_annotation("DEP")


def test_trigger_spellings_cover_every_token_that_heads_a_lexicon_entry(pipeline):
    from eventlens.api import sample_dir
    from eventlens.events import trigger_entries
    from eventlens.nlp.attributes import spellings_of

    spellings = spellings_of(pipeline.nlp, {lemma for _, lemma in pipeline.lexicon.by_lemma})
    assert {"met", "meets", "attacked", "talks", "demonstrations"} <= spellings
    # every lexicon spelling, plus the one word of the verbless verdict headline ("X guilty of Y", session 15)
    assert set(pipeline.prefilter.by_spelling) == spellings | {"guilty"}
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    texts += (sample_dir() / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    heads = [t for doc in pipeline.nlp.pipe(texts) for t in doc if trigger_entries(t, pipeline.lexicon)[1]]
    assert len(heads) > 100
    assert [t.text for t in heads if t.lower_ not in spellings] == []


def test_skipping_work_changes_no_event(pipeline):
    """Same events from the selective parse as from the full spaCy pipeline, on the bundled sample."""
    from eventlens.api import sample_dir
    from eventlens.ingest.corpus import read_corpus

    articles = [a for a in read_corpus([sample_dir()]) if isinstance(a, Article)]
    assert len(articles) >= 10
    # headline grammar, where a trigger verb is tagged as a noun and found from its spelling
    headlines = ["Deputy chief of Kenyan intelligence Tom Mboya and other senior officials in the NIS resign amid a row"
                 " with the new director.",  # no token tagged as a trigger: only the spelling finds "resign"
                 "Kenyan opposition leader arrested in Nairobi", "Brazil denounces Venezuelan troop moves"]
    articles += [Article(article_id=f"h{i}", text=t) for i, t in enumerate(headlines)]
    texts = [a.text for a in articles]
    full = list(pipeline.code_docs(zip(articles, pipeline.nlp.pipe(texts), strict=True), "2026-01-01"))
    selective = list(pipeline.code_docs(zip(articles, pipeline.parse(texts), strict=True), "2026-01-01"))
    ids = [[e.to_dict() for e in events] for _, events in full]
    assert sum(map(len, ids)) > 10
    assert ids == [[e.to_dict() for e in events] for _, events in selective]


def test_the_event_place_gives_a_country_to_groups_but_not_to_office_holders():
    from eventlens.pipeline import _place_actors
    from eventlens.record import Actor, Event, EventLoc, TextInfo

    def event() -> Event:
        return Event(id="e", article_id="a", event="ASSAULT", text="", text_info=TextInfo(0, 0, 0, "", 0, 0), actor=[
            Actor(text="President Tomas Verhagen", name="Tomas Verhagen", sector="GOV", kind="person"),
            Actor(text="insurgents", sector="REB", kind="group")])

    placed = event()
    _place_actors(placed, "ASSAULT", EventLoc(name="Somalia", country="SOM", resolution=1))
    assert [a.country for a in placed.actor] == [None, "SOM"]
    assert "country of the event location" in placed.explanation
    visit = event()
    _place_actors(visit, "CONSULT", EventLoc(name="Somalia", country="SOM", resolution=1))
    assert [a.country for a in visit.actor] == [None, None]  # a visitor is not from the place visited


def test_unnamed_police_take_the_country_of_the_place_they_act_in():
    from eventlens.pipeline import _place_actors
    from eventlens.record import Actor, Event, EventLoc, TextInfo

    def arrest(actor: Actor, etype: str = "COERCE") -> Event:
        return Event(id="e", article_id="a", event=etype, text="", text_info=TextInfo(0, 0, 0, "", 0, 0),
                     actor=[actor])

    police = arrest(Actor(text="Police", sector="COP", kind="organization"))
    _place_actors(police, "COERCE", EventLoc(name="Lyon", country="FRA", resolution=4))
    assert police.actor[0].country == "FRA"
    army = arrest(Actor(text="The army", sector="MIL", kind="organization"), "ASSAULT")
    _place_actors(army, "ASSAULT", EventLoc(name="Lyon", country="FRA", resolution=4))
    assert army.actor[0].country is None  # an army often fights abroad: the place does not say whose it is


@pytest.mark.parametrize(("actor_text", "place", "own"), [
    ("The Foreign Minister of Chile", "Chile", True),
    ("Chile's navy", "Chile", True),
    ("Police in Valparaiso", "Valparaiso", False),
    ("thousands of farmers across Chile", "Chile", False),
    ("students throughout Chile", "Chile", False),
    ("The Chilean-German chamber", "Chile", False),  # no whole-word match
])
def test_a_place_in_the_actor_name_is_told_from_a_location_phrase(actor_text, place, own):
    from eventlens.pipeline import _names_own_place

    assert _names_own_place(actor_text, place) is own


def test_a_minister_of_a_country_does_not_make_the_country_the_recipient(pipeline):
    article = Article(article_id="own", text="The Interior Minister of Ecuador condemned the bombing of the bus terminal.")
    (_, events), = pipeline.code_many([article])
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and accuse[0].actor[0].country == "ECU"
    assert not any(r.text == "Ecuador" for r in accuse[0].recipient)
