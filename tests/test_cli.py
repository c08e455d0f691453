"""CLI commands run with click's CliRunner, results checked through the Python API / Store.

A fake pipeline stands in for NLP (conftest.FakePipeline) except in the one end-to-end test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import BAD_INPUT_EXPECTED

from eventlens import api
from eventlens.cli import main
from eventlens.store import Store


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, fake_pipeline):
    monkeypatch.setattr(api, "_default_pipeline", lambda: fake_pipeline)
    return fake_pipeline


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


ROWS = [
    {"id": "r1", "text": "The ministers met in Lima. Rebels attacked a convoy", "published": "2021-03-01"},
    {"id": "r2", "text": "Nothing happened here", "published": "2021-03-02"},
    {"id": "r3", "text": "Soldiers attacked the town", "published": "2021-04-01"},
]


def test_ingest_bad_corpus_reports_each_bad_record_and_stores_the_rest(runner, fake, db, bad_corpus) -> None:
    result = runner.invoke(main, ["ingest", str(bad_corpus), "--db", db, "--no-progress"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    n_bad = sum(v is not None for v in BAD_INPUT_EXPECTED.values()) + 1  # + broken.jsonl line 2
    assert len(errors) == n_bad
    for name, expected in BAD_INPUT_EXPECTED.items():
        if expected is not None:
            assert any(name in e for e in errors), name
    assert any("broken.jsonl:line 2" in e for e in errors)
    with Store(db) as store:
        summary = store.summary()
        stored_ids = {aid for aid in ("good-1", "good-3", "good", "huge", "latin1", "cp1252")
                      if store.get_article(aid) is not None}
        n_events = len(list(store.query_events()))
    assert stored_ids == {"good-1", "good-3", "good", "huge", "latin1", "cp1252"}
    assert summary.articles == 6 and n_events == summary.events > 0
    # Rerun: the same errors, nothing recoded, nothing stored twice.
    fake.coded.clear()
    again = runner.invoke(main, ["ingest", str(bad_corpus), "--db", db, "--no-progress"])
    assert again.exit_code == 1
    assert fake.coded == []
    assert "0 stored" in again.stderr and "6 unchanged" in again.stderr
    with Store(db) as store:
        assert store.summary() == summary


def test_ingest_replaces_changed_articles_and_aliases_copies(runner, fake, db, tmp_path) -> None:
    src = _jsonl(tmp_path / "a.jsonl", ROWS)
    assert runner.invoke(main, ["ingest", str(src), "--db", db, "--no-progress"]).exit_code == 0
    changed = [dict(ROWS[0], text="Envoys met in Quito"), ROWS[1], ROWS[2], dict(ROWS[2], id="r3-copy")]
    _jsonl(src, changed)
    fake.coded.clear()
    result = runner.invoke(main, ["ingest", str(src), "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert fake.coded == ["r1"]  # only the changed article is recoded
    assert "1 replaced, 2 unchanged, 1 aliased" in result.stderr
    with Store(db) as store:
        assert [e.event for e in store.query_events(article_id="r1")] == ["CONSULT"]
        assert len(store.history("r1")) == 1
        assert store.article_ids("r3") == ["r3", "r3-copy"]


def test_events_filters_and_formats_match_the_api(runner, fake, db, tmp_path) -> None:
    api.ingest([str(_jsonl(tmp_path / "a.jsonl", ROWS))], db=db, progress=False)
    result = runner.invoke(main, ["events", "--db", db, "--type", "ASSAULT", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    got = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert got == [e.id for e in api.query_events(db=db, type="ASSAULT")] and len(got) == 2
    since = runner.invoke(main, ["events", "--db", db, "--since", "2021-03-15", "--format", "jsonl"])
    assert [json.loads(line)["article_id"] for line in since.stdout.splitlines()] == ["r3"]
    table = runner.invoke(main, ["events", "--db", db])
    assert table.stdout.splitlines()[-1] == "(3 events)"
    out = tmp_path / "events.csv"  # format from the suffix
    assert runner.invoke(main, ["events", "--db", db, "-o", str(out)]).exit_code == 0
    assert out.read_text().splitlines()[0].startswith("id,article_id,event,")
    bad = runner.invoke(main, ["events", "--db", db, "--type", "FIGHT"])
    assert bad.exit_code == 2 and "unknown event type" in bad.output


def test_extract_prints_events_and_reports_bad_files(runner, fake, tmp_path) -> None:
    good = tmp_path / "note.txt"
    good.write_text("The ministers met in Lima. Rebels attacked a convoy")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, ["extract", str(good), str(empty), "--published", "2021-05-05"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["article_id"], r["event"]) for r in records] == [("note", "CONSULT"), ("note", "ASSAULT")]
    assert all(r["date"] == "2021-05-05" for r in records)
    assert f"{empty}: empty file" in result.stderr
    plover = runner.invoke(main, ["extract", str(good), "--format", "plover"])
    assert plover.exit_code == 0 and json.loads(plover.stdout.splitlines()[0])["event"] == ["CONSULT"]


def test_extract_reads_stdin(runner, fake) -> None:
    result = runner.invoke(main, ["extract", "-"], input='{"id": "s1", "text": "Rebels attacked a convoy"}\n')
    assert result.exit_code == 0
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["s1"]


def test_extract_realized_only_drops_unrealized(monkeypatch, runner, make_event, tmp_path) -> None:
    class TwoModalities:
        def code_many(self, articles):
            for a in articles:
                yield a, [make_event(a.article_id, "CONSULT"),
                          make_event(a.article_id, "THREATEN", trigger="and", modality="future")]

    monkeypatch.setattr(api, "_default_pipeline", TwoModalities)
    f = tmp_path / "x.txt"
    f.write_text("Iran and Tajikistan met.")
    every = runner.invoke(main, ["extract", str(f)])
    realized = runner.invoke(main, ["extract", str(f), "--realized-only"])
    assert [json.loads(x)["event"] for x in every.stdout.splitlines()] == ["CONSULT", "THREATEN"]
    assert [json.loads(x)["event"] for x in realized.stdout.splitlines()] == ["CONSULT"]


def test_unreachable_database_exit_code(runner, tmp_path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("text")
    result = runner.invoke(main, ["ingest", str(f), "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 5 and "cannot open database" in result.stderr


def test_unknown_gold_set_exit_code(runner) -> None:
    result = runner.invoke(main, ["evaluate", "--gold", "no-such-gold"])
    assert result.exit_code == 4 and "unknown gold set" in result.stderr


def test_demo_ingests_the_sample_once(runner, fake, db) -> None:
    result = runner.invoke(main, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        summary = store.summary()
    n_sample = sum(1 for line in (api.sample_dir() / "articles.jsonl").read_text().splitlines() if line.strip())
    n_sample += len(list(api.sample_dir().glob("*.txt")))
    assert summary.articles + summary.aliases == n_sample
    assert f"Articles: {summary.articles}" in result.stdout and "Events per PLOVER type" in result.stdout
    for kind, n in summary.events_by_type.items():
        assert f"{kind:<10} {n:>5}" in result.stdout
    again = runner.invoke(main, ["demo", "--db", db])
    assert f"0 stored, 0 replaced, {summary.articles} unchanged" in again.stdout


def test_end_to_end_with_the_real_pipeline(monkeypatch, runner, pipeline, db, tmp_path) -> None:
    """Real NLP: extract and ingest agree, ids are stable, and a rerun stores nothing twice."""
    monkeypatch.setattr(api, "_default_pipeline", lambda: pipeline)
    src = tmp_path / "own.jsonl"
    _jsonl(src, [{"id": "e2e-1", "published": "2021-03-02", "text":
                  "The foreign ministers of Chile and Peru met in Lima on Monday. Police arrested twelve "
                  "protesters in Santiago on Tuesday, and the government promised an inquiry."}])
    extracted = runner.invoke(main, ["extract", str(src)])
    assert extracted.exit_code == 0, extracted.output
    ids = [json.loads(line)["id"] for line in extracted.stdout.splitlines()]
    assert ids, "the pipeline coded no event at all"
    assert runner.invoke(main, ["ingest", str(src), "--db", db, "--no-progress"]).exit_code == 0
    again = runner.invoke(main, ["ingest", str(src), "--db", db, "--no-progress"])
    assert "1 unchanged" in again.stderr
    assert sorted(e.id for e in api.query_events(db=db)) == sorted(ids)


def test_an_article_that_breaks_the_pipeline_fails_alone(monkeypatch, runner, fake_pipeline, db, tmp_path) -> None:
    """A pipeline crash on one article becomes one bad record; the articles around it are stored."""

    class Brittle:
        def code_many(self, articles):
            for a in articles:  # batches like the real pipeline: the crash loses the whole generator
                if "poison" in a.text:
                    raise RuntimeError("parser blew up")
                yield a, fake_pipeline.code(a)

    monkeypatch.setattr(api, "_default_pipeline", Brittle)
    rows = [dict(ROWS[0]), {"id": "bad", "text": "poison pill"}, dict(ROWS[2])]
    result = runner.invoke(main, ["ingest", str(_jsonl(tmp_path / "a.jsonl", rows)), "--db", db, "--no-progress"])
    assert result.exit_code == 1
    assert "error: [E100] bad: coding failed (RuntimeError: parser blew up)" in result.stderr
    with Store(db) as store:
        assert store.summary().articles == 2 and store.get_article("bad") is None
        assert store.get_article("r3") is not None


def test_legacy_encoding_is_a_warning_not_a_failure(runner, fake, db, tmp_path) -> None:
    f = tmp_path / "old-cms.txt"
    f.write_bytes("Ministers of Curaçao and Perú met in Bogotá.".encode("cp1252"))
    result = runner.invoke(main, ["ingest", str(f), "--db", db, "--no-progress"])
    assert result.exit_code == 0
    assert f"warning: {f}: not UTF-8" in result.stderr
    with Store(db) as store:
        assert store.get_article("old-cms").text == "Ministers of Curaçao and Perú met in Bogotá."
