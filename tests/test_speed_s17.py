"""Session 17 speed work: the per-doc parse arrays and the shortcuts that read them must give exactly
the answers of the spaCy `Token` walks they replace (the references below are those walks)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from eventlens import docmemo
from eventlens.actors import resolve
from eventlens.actors.tables import ActorTables, load_tables
from eventlens.events import roles

# Invented sentences: passives, brackets, prepositional objects, names with "of", lists, clauses.
TEXTS = [
    "Two soldiers were killed by rebels of the Eastern Liberation Front (ELF) near Port Aldo on Monday.",
    "The minister of foreign affairs of Norland met envoys from Westria and the Southern Union in Calder.",
    "Police arrested 40 protesters outside the parliament, a spokesman for the interior ministry said.",
    "The court, which was set up in 2004, sentenced the former mayor to ten years for bribery.",
    "Thousands of students marched against the government's plan to close schools in the north.",
    "Westrian aircraft struck positions held by the militia after an attack on a convoy of aid trucks.",
    "The talks between the two governments were postponed, officials said in a statement on Friday.",
    "An investigation into killings committed by the guards was ordered by the president of Norland.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS))


def test_token_tree_is_spacys_tree(docs):
    for doc in docs:
        for tree in (docmemo.token_tree(doc), _coded(doc, docmemo.token_tree)):
            heads, deps, kids = tree
            assert heads == [t.head.i for t in doc]
            assert deps == [t.dep_ for t in doc]
            assert kids == [[c.i for c in t.children] for t in doc]
    assert docmemo.token_tree(docs[0][:0].as_doc()) == ([], [], [])


def test_children_with_is_spacys_children_filtered(docs):
    for doc in docs:
        with docmemo.coding(doc):
            for tok in doc:
                for labels in ("aux", "prep", ("dobj", "obj"), {"nsubj", "nsubjpass"}, frozenset()):
                    wanted = {labels} if isinstance(labels, str) else labels
                    got = docmemo.children_with(tok, labels)
                    assert [c.i for c in got] == [c.i for c in tok.children if c.dep_ in wanted]
                    assert all(isinstance(c, Token) for c in got)
    # a one-label string is the label, not its letters ("aux" must not match "a" or "ux")
    tok = next(t for t in docs[0] if any(c.dep_ == "auxpass" for c in t.children))
    assert not docmemo.children_with(tok, "aux") or all(c.dep_ == "aux" for c in docmemo.children_with(tok, "aux"))
    assert [c.dep_ for c in docmemo.children_with(tok, "auxpass")] == ["auxpass"]


def _coded(doc, read):
    with docmemo.coding(doc):
        first = read(doc)
        assert read(doc) is first  # made once while the doc is coded
        return first


def _is_passive_s16(verb: Token) -> bool:
    """The first test of `roles.is_passive` as it was, by spaCy's children."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def test_is_passive_first_test_matches_children_walk(docs):
    seen = 0
    for doc in docs:
        for tok in doc:
            if _is_passive_s16(tok):
                seen += 1
                assert roles.is_passive(tok)
    assert seen >= 3  # the texts hold passives ("were killed", "was ordered", "were postponed")


def _prep_objects_s16(token: Token, preps) -> list[tuple[str, int]]:
    """`roles.prep_objects` as it was: every child of the token made and tested."""
    out = []
    children = list(token.children)
    if token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN":
        children += [c for c in token.head.children if c.dep_ == "prep" and c.i > token.i]
    for c in children:
        if c.dep_ in {"prep", "agent", "dative"} and c.pos_ == "ADP" and c.lower_ in preps:
            objs = [g for g in c.children if g.dep_ == "pobj"] or roles.shared_prep_object(c)
            if not objs:
                objs = roles._stranded_object(c)
            objs += [x for g in objs for x in roles._stray_conjuncts(token, g)]
            for g in objs:
                if g.ent_type_ not in roles.DATE_LABELS:
                    out.append((c.lower_, g))
                    if c.lower_ != "between":
                        out += [(c.lower_, o) for o in roles.owners(g)]
    return [(p, t.i) for p, t in out]


def test_prep_objects_match_children_walk(docs):
    preps = {"by", "of", "against", "on", "into", "from", "in", "for", "between", "to", "with"}
    found = 0
    for doc in docs:
        for tok in doc:
            for ps in (preps, ("by",), {"against", "on"}):
                got = [(p, t.i) for p, t in roles.prep_objects(tok, ps)]
                assert got == _prep_objects_s16(tok, ps), (tok.text, ps)
                found += bool(got)
    assert found > 10


def test_np_bounds_same_in_and_out_of_coding(docs):
    # outside `coding` the arrays are made afresh on every call, inside once per doc: same bounds
    for doc in docs:
        outside = [roles._np_bounds(t) for t in doc if t.pos_ in ("NOUN", "PROPN", "PRON")]
        with docmemo.coding(doc):
            inside = [roles._np_bounds(t) for t in doc if t.pos_ in ("NOUN", "PROPN", "PRON")]
        assert inside == outside


def _phrase_head_s16(span, quantity_heads) -> int:
    outside = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    head = span.root
    if len(outside) > 1:
        nominal = [t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON")]
        head = (nominal or outside)[-1]
    for _ in range(3):
        if head.lower_ not in quantity_heads and head.lemma_.lower() not in quantity_heads:
            break
        objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and span.start <= g.i < span.end]
        if not objs:
            break
        head = objs[0]
    return head.i


def test_phrase_head_matches_token_walk(docs):
    quantity = frozenset({"thousands", "dozens", "hundreds", "members"})
    for doc in docs:
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 8) + 1):
                span = doc[start:end]
                assert resolve._phrase_head(span, quantity).i == _phrase_head_s16(span, quantity)


@pytest.mark.parametrize("text", [
    "Norland", "the Norland", "China", "  China ", "China\n", "Beijing", "United States", "United  States",
    "the United States", "the United Nations", "U.S.", "UN", "Democratic Republic of the Congo", "Congo",
    "D.R.C.", "Kenyan police", "the government", "", "Washington, D.C.", "Moscow's", "North Korea's army",
])
def test_table_lookup_shortcut_matches_tokenizing(text):
    tables = load_tables()
    assert tables.lossless
    plain = ActorTables(names=tables.names, country_names=tables.country_names, sectors=tables.sectors,
                        tokenize=tables.tokenize)  # not lossless: always tokenizes
    assert not plain.lossless
    assert tables.lookup(text) == plain.lookup(text)


def test_table_lookup_finds_names():
    tables = load_tables()
    assert tables.lookup("China") is not None and tables.lookup("China").code == "CHN"
    assert tables.lookup("the government") is None


class MonitorProbe:
    """A stand-in coder (no events) that refuses to be built in a worker whose Dask event-loop timers
    run at their defaults: the system monitor every 500 ms and the loop tick every 20 ms wake the
    worker's event-loop thread, which takes the GIL from the coding thread
    (`eventlens.scale.runner.LOCAL_CLUSTER_CONFIG`)."""

    def __init__(self, settings=None) -> None:
        import dask
        from dask.utils import parse_timedelta

        self.settings = settings
        monitor = parse_timedelta(dask.config.get("distributed.admin.system-monitor.interval"))
        tick = parse_timedelta(dask.config.get("distributed.admin.tick.interval"))
        if monitor < 5 or tick < 1:
            raise RuntimeError(f"worker's system monitor every {monitor} s, loop tick every {tick} s")

    def code(self, article):
        return []


def test_local_cluster_workers_run_with_slow_event_loop_timers(tmp_path):
    import json

    pytest.importorskip("distributed")
    from eventlens.scale import run_corpus

    corpus = tmp_path / "items.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"a{k}", "text": f"Item {k} of an invented corpus.",
                                            "published": "2031-04-01"}) for k in range(3)) + "\n", encoding="utf-8")
    result = run_corpus([corpus], tmp_path / "out", workers=1, partition_size=2, progress=False,
                        pipeline=f"{__name__}:MonitorProbe", coded_date="2031-04-01")
    assert result.articles == 3 and result.failed_articles == 0
