"""Store semantics on SQLite and PostgreSQL: identity (no-op, replace with history, alias), queries,
summary, schema = migrations, concurrent writers and SIGKILL mid-ingest."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from multiprocessing import get_context
from pathlib import Path

import pytest

from eventlens.errors import StoreError
from eventlens.record import Article
from eventlens.store import CHANGED, DUPLICATE_TEXT, NEW, UNCHANGED, EventQuery, Store


@pytest.fixture
def store(any_db_url: str):
    with Store(any_db_url) as s:
        yield s


def ids(events) -> list[str]:
    return sorted(e.id for e in events)


def test_same_id_same_text_is_a_noop(store: Store, make_event) -> None:
    article = Article("a1", "Iran and Tajikistan met.", published=date(2005, 4, 21))
    first = [make_event("a1"), make_event("a1", "SUPPORT")]
    assert store.article_status("a1", article.text_hash) == NEW
    assert store.save(article, first) == NEW
    assert store.article_status("a1", article.text_hash) == UNCHANGED
    # Saving again, even with different events, changes nothing.
    assert store.save(article, [make_event("a1", "ASSAULT")]) == UNCHANGED
    stored = list(store.query_events())
    assert ids(stored) == ids(first)
    assert {e.id: e.to_dict() for e in stored} == {e.id: e.to_dict() for e in first}
    assert store.summary().articles == 1
    assert store.history("a1") == []


def test_changed_text_replaces_events_and_keeps_old_version(store: Store, make_event) -> None:
    old = Article("a1", "Iran and Tajikistan met.", title="v1")
    store.save(old, [make_event("a1"), make_event("a1", "SUPPORT")])
    new_text = "Russian troops attacked the border post."
    new = Article("a1", new_text, title="v2")
    new_event = make_event("a1", "ASSAULT", text=new_text, trigger="attacked", actor="RUS", recipient=None)
    assert store.article_status("a1", new.text_hash) == CHANGED
    assert store.save(new, [new_event]) == CHANGED
    assert [e.event for e in store.query_events()] == ["ASSAULT"]
    assert store.get_article("a1").title == "v2"
    (version,) = store.history("a1")
    assert version["text"] == old.text and version["title"] == "v1"
    assert sorted(e["event"] for e in version["events"]) == ["CONSULT", "SUPPORT"]
    summary = store.summary()
    assert (summary.articles, summary.replaced_versions, summary.events) == (1, 1, 1)


def test_same_text_under_new_id_is_stored_once(store: Store, make_event) -> None:
    text = "Iran and Tajikistan met."
    store.save(Article("a1", text), [make_event("a1")])
    twin = Article("copy-of-a1", text)
    assert store.article_status("copy-of-a1", twin.text_hash) == DUPLICATE_TEXT
    assert store.save(twin, [make_event("copy-of-a1")]) == DUPLICATE_TEXT
    assert store.article_status("copy-of-a1", twin.text_hash) == UNCHANGED
    summary = store.summary()
    assert (summary.articles, summary.aliases, summary.events) == (1, 1, 1)
    assert store.article_ids("a1") == ["a1", "copy-of-a1"]
    got = store.get_article("copy-of-a1")
    assert got.text == text and got.article_id == "copy-of-a1" and got.metadata["alias_of"] == "a1"


def test_alias_keeps_old_text_when_canonical_changes(store: Store, make_event) -> None:
    text = "Iran and Tajikistan met."
    store.save(Article("a1", text), [make_event("a1")])
    store.save(Article("a2", text), [])
    store.save(Article("a1", "Iran and Tajikistan met again."), [make_event("a1", text="Iran and Tajikistan met again.")])
    # a2 still has its text and the events coded from it, re-keyed to its own id.
    assert store.get_article("a2").text == text
    assert store.article_status("a2", Article("a2", text).text_hash) == UNCHANGED
    assert [e.article_id for e in store.query_events(article_id="a2")] == ["a2"]
    assert len(list(store.query_events())) == 2


def test_alias_with_changed_text_becomes_its_own_article(store: Store, make_event) -> None:
    text = "Iran and Tajikistan met."
    store.save(Article("a1", text), [make_event("a1")])
    store.save(Article("a2", text), [])
    other = "Russian troops attacked the border post."
    assert store.save(Article("a2", other), [make_event("a2", "ASSAULT", text=other, trigger="attacked")]) == CHANGED
    assert store.get_article("a2").text == other
    assert store.get_article("a1").text == text
    assert store.summary().aliases == 0
    assert [v["text"] for v in store.history("a2")] == [text]


def test_query_filters(store: Store, make_event) -> None:
    store.save(Article("a1", "one"), [
        make_event("a1", "CONSULT", actor="IRN", recipient="TJK", date="2005-04-20", confidence=0.9),
        make_event("a1", "ASSAULT", trigger="and", actor="RUS", recipient="UKR", date="2022-02-24",
                   modality="reported", confidence=0.4),
    ])
    e3 = make_event("a2", "THREATEN", actor="USA", recipient="IRN", date="2019-06-01", modality="future")
    e3.actor.append(type(e3.actor[0])(text="UK", country="GBR"))
    store.save(Article("a2", "two"), [e3])

    def kinds(**filters) -> list[str]:
        return [e.event for e in store.query_events(**filters)]

    assert kinds() == ["CONSULT", "THREATEN", "ASSAULT"]  # by date
    assert kinds(type="assault") == ["ASSAULT"]
    assert kinds(type=["CONSULT", "THREATEN"]) == ["CONSULT", "THREATEN"]
    assert kinds(actor="IRN") == ["CONSULT"]
    assert kinds(recipient="IRN") == ["THREATEN"]
    assert kinds(party="IRN") == ["CONSULT", "THREATEN"]
    assert kinds(actor="GBR") == ["THREATEN"]  # second actor of a compound actor
    assert kinds(since=date(2010, 1, 1)) == ["THREATEN", "ASSAULT"]
    assert kinds(since="2005-04-20", until="2019-06-01") == ["CONSULT", "THREATEN"]
    assert kinds(modality="reported") == ["ASSAULT"]
    assert kinds(realized_only=True) == ["CONSULT", "ASSAULT"]
    assert kinds(min_confidence=0.5) == ["CONSULT", "THREATEN"]
    assert kinds(article_id="a2") == ["THREATEN"]
    assert kinds(limit=1, offset=1) == ["THREATEN"]
    assert store.count_events(party="IRN") == 2
    with pytest.raises(ValueError, match="unknown event type"):
        EventQuery(type="FIGHT")


def test_get_event_round_trips_the_full_record(store: Store, make_event) -> None:
    event = make_event("a1", lat=35.7, lon=51.4, mode="visit", context=["military"])
    store.save(Article("a1", "x"), [event])
    assert store.get_event(event.id).to_dict() == event.to_dict()
    assert store.get_event("nope") is None
    assert store.get_article("nope") is None


def test_summary_counts_types_and_dyads(store: Store, make_event) -> None:
    store.save(Article("a1", "one"), [make_event("a1", "CONSULT"), make_event("a1", "AID", trigger="and")])
    store.save(Article("a2", "two"), [make_event("a2", "CONSULT", actor="RUS", recipient="UKR")])
    s = store.summary()
    assert s.events == 3 and s.events_by_type["CONSULT"] == 2 and s.events_by_type["AID"] == 1
    assert s.events_by_type["ASSAULT"] == 0 and len(s.events_by_type) == 16
    assert s.top_dyads[0] == ("IRN", "TJK", 2)
    assert ("RUS", "UKR", 1) in s.top_dyads


def test_schema_matches_migrations(any_db_url: str) -> None:
    """The Alembic migrations build exactly the tables store.schema queries (catches a forgotten
    migration). Tables other modules define in their own migrations are left out of the comparison."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from eventlens.store.schema import metadata

    def ours(obj, name, type_, reflected, compare_to) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table in metadata.tables

    with Store(any_db_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours})
        diffs = compare_metadata(context, metadata)
    assert diffs == []


def test_reopening_keeps_data(any_db_url: str, make_event) -> None:
    with Store(any_db_url) as s:
        s.save(Article("a1", "x"), [make_event("a1")])
    with Store(any_db_url) as s:
        assert s.summary().events == 1


def test_unreachable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        Store("postgresql://nobody:secret@127.0.0.1:1/none")
    # The password must not leak into the message.
    try:
        Store("postgresql://nobody:secret@127.0.0.1:1/none")
    except StoreError as exc:
        assert "secret" not in str(exc)


def test_sqlite_uses_wal(tmp_path: Path) -> None:
    with Store(str(tmp_path / "w.db")) as s, s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


# --- concurrency and crash safety -------------------------------------------------------------------

def _writer(url: str, worker: int, n: int) -> None:
    """Save articles 0..n-1 (shared by all workers) plus a few of its own, in a shuffled order."""
    from conftest import _make_event

    order = list(range(n))
    random.Random(worker).shuffle(order)
    with Store(url) as s:
        for i in order:
            aid = f"shared-{i}"
            s.save(Article(aid, f"shared text {i}"), [_make_event(aid), _make_event(aid, "AID", trigger="and")])
        for i in range(5):
            aid = f"own-{worker}-{i}"
            s.save(Article(aid, f"own text {worker} {i}"), [_make_event(aid)])


def test_concurrent_writers_lose_and_duplicate_nothing(any_db_url: str) -> None:
    ctx = get_context("spawn")  # both processes also race to create the schema of the new database
    sys.path.insert(0, str(Path(__file__).parent))
    procs = [ctx.Process(target=_writer, args=(any_db_url, w, 40)) for w in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with Store(any_db_url) as s:
        summary = s.summary()
        assert summary.articles == 40 + 15
        assert summary.events == 40 * 2 + 15
        assert summary.aliases == 0 and summary.replaced_versions == 0


_KILLABLE_INGEST = textwrap.dedent("""
    # eventlens ingest (api.ingest: read, status check, save) with a stand-in pipeline that gives
    # article i exactly 1 + i % 7 events, so the test can check every stored article is complete.
    import sys
    from eventlens import api
    from eventlens.record import Event, TextInfo, event_id

    class Counting:
        def code_many(self, articles):
            for a in articles:
                n = 1 + int(a.article_id.split("-")[1]) % 7
                yield a, [Event(id=event_id(a.article_id, 0, i, i + 1, "CONSULT"), article_id=a.article_id,
                                event="CONSULT", text="t", text_info=TextInfo(0, 0, 1, "t", i, i + 1))
                          for i in range(n)]

    api.ingest([sys.argv[2]], db=sys.argv[1], progress=False, pipeline=Counting())
""")


def test_sigkill_mid_ingest_leaves_consistent_db_and_rerun_completes(any_db_url: str, tmp_path: Path) -> None:
    n = 400
    script = tmp_path / "ingest.py"
    script.write_text(_KILLABLE_INGEST)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(f'{{"id": "doc-{i}", "text": "text {i}"}}\n' for i in range(n)))
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    expected = {f"doc-{i}": 1 + i % 7 for i in range(n)}
    with Store(any_db_url) as watcher:
        for round_ in range(3):
            # Kill at a random point by progress (not by time, which depends on the machine's load),
            # plus a few random milliseconds so the kill can land inside a transaction.
            target = rng.randint(round_ * n // 4 + 1, (round_ + 1) * n // 4)
            proc = subprocess.Popen([sys.executable, str(script), any_db_url, str(corpus)], env=env)
            deadline = time.monotonic() + 120
            while proc.poll() is None and watcher.summary().articles < target and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 0.05))
            assert proc.poll() is None, "the ingest finished before the kill; raise n"
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            # Consistent after every kill: each stored article has all of its events, no more.
            per_article: dict[str, int] = {}
            for e in watcher.query_events():
                per_article[e.article_id] = per_article.get(e.article_id, 0) + 1
            stored = [aid for aid in expected if watcher.get_article(aid) is not None]
            assert target <= len(stored) < n
            assert per_article == {aid: expected[aid] for aid in stored}
    subprocess.run([sys.executable, str(script), any_db_url, str(corpus)], env=env, check=True)
    with Store(any_db_url) as s:
        summary = s.summary()
        assert summary.articles == n
        assert summary.events == sum(expected.values())


def test_unstorable_article_is_a_bad_record_not_a_crash(any_db_url: str, make_event) -> None:
    """An id longer than the column allows (PostgreSQL enforces it) or a NUL in the text only fails
    that article; on SQLite both are storable."""
    from eventlens.errors import BadRecord

    with Store(any_db_url) as store:
        outcomes = []
        for article in (Article("x" * 600, "long id text"), Article("nul", "text with \x00 inside")):
            try:
                outcomes.append(store.save(article, [make_event(article.article_id)]))
            except BadRecord as bad:
                outcomes.append(bad.reason)
        assert store.save(Article("fine", "fine text"), []) == NEW
        if store.engine.dialect.name == "postgresql":
            assert all(o.startswith("not stored:") for o in outcomes)
            assert store.summary().articles == 1
        else:
            assert outcomes == [NEW, NEW]


def test_replace_events_recodes_in_place(store: Store, make_event) -> None:
    store.save(Article("a1", "Iran and Tajikistan met."), [make_event("a1"), make_event("a1", "SUPPORT")])
    store.save(Article("b1", "other"), [make_event("b1")])
    store.save(Article("a1-copy", "Iran and Tajikistan met."), [])
    store.replace_events("a1", [make_event("a1", "AGREE")], coder_version="9.9")
    assert [e.event for e in store.query_events(article_id="a1")] == ["AGREE"]
    assert store.count_events(article_id="a1", actor="IRN") == 1  # actor rows replaced too
    assert [e.event for e in store.query_events(article_id="b1")] == ["CONSULT"]
    assert store.history("a1") == []  # same text: a recode, not a new version
    assert store.stored_article_ids() == ["a1", "b1"]  # canonical ids only, sorted
