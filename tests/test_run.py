"""Corpus runs (`eventlens run` / `load`): Current Events reader, partitioned Parquet output, resume,
byte-identical reruns, one pipeline per worker. Speed is measured in bench/scale.py, not here.

Most tests code with `KeywordPipeline` below (no spaCy: fast and deterministic) so they test the run
machinery; `test_real_pipeline_run` runs the real Pipeline when it is importable."""

from __future__ import annotations

import json
import os
import sys
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventlens.config import Settings
from eventlens.errors import BadRecord
from eventlens.ingest.corpus import read_corpus, read_current_events, split_outlets
from eventlens.record import Article, Event, TextInfo, event_id
from eventlens.scale import SYNCHRONOUS, load_run, run_corpus, tables

# Dask workers import the pipeline factory by name; this module is importable in them because
# multiprocessing hands the test process's sys.path to the workers it spawns.
KEYWORD_PIPELINE = f"{__name__}:KeywordPipeline"


class KeywordPipeline:
    """A stand-in coder: one event per trigger word; raises on texts containing "EXPLODE" so the
    per-article failure path is exercised."""

    TRIGGERS = {"killed": "ASSAULT", "protest": "PROTEST", "met": "CONSULT"}

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def code(self, article: Article) -> list[Event]:
        if "EXPLODE" in article.text:
            raise RuntimeError("cannot code this article")
        found = []
        for word in article.text.replace(".", " ").split():
            kind = self.TRIGGERS.get(word.lower())
            if kind:
                start = article.text.index(word)
                found.append(Event(
                    id=event_id(article.article_id, 0, start, start + len(word), kind),
                    article_id=article.article_id, event=kind, text=article.text,
                    text_info=TextInfo(0, 0, len(article.text), word, start, start + len(word)),
                    date=article.published.isoformat() if article.published else None,
                    date_precision="publication",
                ))
        return found

    def code_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, self.code(article)


# Self-written items in the Current Events layout (not taken from the real corpus).
DAY_ONE = """\
    Date: '2031-03-04'
    Source_URI: Portal:Current events/2031 March 4
    Intelligence_Payload:
      Armed conflicts and attacks:
      - Northland border clashes
      - Five soldiers are killed in a border clash between Northland and Southland. (Daily Planet) (Metro Wire)
      - Farmers protest against a new water tax in the capital of Eastland. (Eastland Herald)
      International relations:
      - The foreign ministers of Eastland and Westland met in Geneva to discuss fishing rights.(Global News)
      - A comet is visible from the northern hemisphere (~40 light minutes away)
    """
DAY_TWO = """\
    Date: '2031-03-05'
    Source_URI: Portal:Current events/2031 March 5
    Intelligence_Payload:
      Uncategorized:
      - The death toll from the Northland border clash rises; five soldiers were killed. (Metro Wire)
      - EXPLODE this item makes the stand-in coder fail. (Test Wire)
      - Students protest in Westland over tuition fees. (Campus Daily)
      - Teachers protest in Northland over pay. (Campus Daily)
      - Two fishing boats collide off the coast of Southland. (Harbour Times)
    """


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "2031" / "03").mkdir(parents=True)
    (root / "2031" / "03" / "2031-03-04.yaml").write_text(textwrap.dedent(DAY_ONE), encoding="utf-8")
    (root / "2031" / "03" / "2031-03-05.yaml").write_text(textwrap.dedent(DAY_TWO), encoding="utf-8")
    (root / "NOTES.txt").write_text("Not an article: a dataset note.", encoding="utf-8")
    return root


def _parts(out: Path) -> dict[str, bytes]:
    return {f"{kind}/{p.name}": p.read_bytes()
            for kind in (tables.ARTICLES_DIR, tables.EVENTS_DIR) for p in tables.part_files(out, kind)}


# --- reader -----------------------------------------------------------------------------------------


def test_split_outlets_strips_trailing_outlets_only() -> None:
    s = split_outlets("Rebels seize the port (despite talks) in the north. (Daily Planet) , (AFP via Metro)")
    assert s.text == "Rebels seize the port (despite talks) in the north."
    assert s.outlets == ("Daily Planet", "AFP via Metro")
    prose = split_outlets("A comet is visible (~40 light minutes away)")
    assert prose.outlets == () and prose.text.endswith("away)")
    assert split_outlets("Ministers met.(Global News)").outlets == ("Global News",)


def test_current_events_reader(corpus: Path) -> None:
    day = corpus / "2031" / "03" / "2031-03-04.yaml"
    articles = list(read_current_events(day))
    # The heading is not an article: it titles the item after it.
    assert [a.text.split()[0] for a in articles] == ["Five", "Farmers", "The", "A"]
    clash = articles[0]
    assert clash.title == "Northland border clashes"
    assert articles[1].title is None
    assert str(clash.published) == "2031-03-04"
    assert clash.publication == "Daily Planet" and clash.sources == ["Daily Planet", "Metro Wire"]
    assert clash.text.endswith("Southland.")
    assert clash.metadata["category"] == "Armed conflicts and attacks"
    assert clash.url.endswith("Portal:Current_events/2031_March_4")
    assert articles[3].sources == []  # lower-case prose in parentheses is not an outlet
    # Ids are stable across reads and do not depend on the item's position in the day.
    again = list(read_current_events(day))
    assert [a.article_id for a in again] == [a.article_id for a in articles]
    assert len({a.article_id for a in articles}) == len(articles)
    with_headings = list(read_current_events(day, include_headings=True))
    assert len(with_headings) == len(articles) + 1


def test_read_corpus_skips_dataset_notes_and_reports_bad_files(corpus: Path) -> None:
    (corpus / "2031" / "03" / "2031-03-06.yaml").write_text("Date: [unclosed\n", encoding="utf-8")
    items = list(read_corpus([corpus]))
    bad = [i for i in items if isinstance(i, BadRecord)]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(bad) == 1 and "2031-03-06" in str(bad[0])
    assert len(articles) == 9
    assert not any("dataset note" in a.text for a in articles)


# --- runs ---------------------------------------------------------------------------------------------


def test_synchronous_run_writes_partitions_and_manifest(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    result = run_corpus([corpus], out, scheduler=SYNCHRONOUS, partition_size=4, pipeline=KEYWORD_PIPELINE,
                        coded_date="2031-04-01", progress=False)
    assert result.partitions == 3 and result.articles == 9
    assert sorted(_parts(out)) == [f"{k}/part-0000{i}.parquet" for k in ("articles", "events") for i in range(3)]
    articles = pq.read_table(out / "articles").to_pylist()
    events = pq.read_table(out / "events").to_pylist()
    assert [a["article_id"] for a in articles] == [a.article_id for a in read_corpus([corpus])
                                                   if isinstance(a, Article)]
    assert result.events == len(events) == sum(a["num_events"] for a in articles)
    assert result.events_by_type == {"ASSAULT": 2, "CONSULT": 1, "PROTEST": 3}
    failed = [a for a in articles if a["error"]]
    assert len(failed) == 1 and "cannot code" in failed[0]["error"]  # kept, with why, not lost
    assert {e["coded_date"] for e in events} == {"2031-04-01"}
    record = json.loads(events[0]["record"])
    assert record["id"] == events[0]["id"] and record["coded_date"] == "2031-04-01"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["num_partitions"] == 3
    assert manifest["totals"]["events"] == result.events


def test_rerun_skips_finished_partitions_and_recodes_byte_identically(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    kwargs = dict(scheduler=SYNCHRONOUS, partition_size=4, pipeline=KEYWORD_PIPELINE, progress=False)
    run_corpus([corpus], out, coded_date="2031-04-01", **kwargs)
    before = _parts(out)
    again = run_corpus([corpus], out, **kwargs)  # coded_date comes from the manifest
    assert again.skipped == 3 and again.coded_articles == 0
    assert _parts(out) == before
    # Simulate a kill in partition 1: its articles file never landed and the manifest lacks it.
    (out / "articles" / "part-00001.parquet").unlink()
    manifest = json.loads((out / "manifest.json").read_text())
    del manifest["partitions"]["1"]
    (out / "manifest.json").write_text(json.dumps(manifest))
    resumed = run_corpus([corpus], out, **kwargs)
    assert resumed.skipped == 2 and resumed.coded_articles == 4
    assert _parts(out) == before
    # A different coded_date is a different run: everything is recoded.
    changed = run_corpus([corpus], out, coded_date="2031-05-01", **kwargs)
    assert changed.skipped == 0 and _parts(out) != before


def test_fewer_partitions_remove_stale_parts(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    kwargs = dict(scheduler=SYNCHRONOUS, pipeline=KEYWORD_PIPELINE, coded_date="2031-04-01", progress=False)
    run_corpus([corpus], out, partition_size=2, **kwargs)
    assert len(tables.part_files(out, "articles")) == 5
    run_corpus([corpus], out, partition_size=100, **kwargs)
    assert len(tables.part_files(out, "articles")) == 1
    assert pq.read_table(out / "articles").num_rows == 9


def test_dask_run_one_worker_matches_synchronous_and_loads_pipeline_once(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    kwargs = dict(partition_size=3, pipeline=KEYWORD_PIPELINE, coded_date="2031-04-01", progress=False)
    run_corpus([corpus], tmp_path / "sync", scheduler=SYNCHRONOUS, **kwargs)
    result = run_corpus([corpus], tmp_path / "dask", workers=1, **kwargs)
    assert result.workers == 1 and result.partitions == 3
    assert _parts(tmp_path / "dask") == _parts(tmp_path / "sync")
    # Three tasks ran in one worker process, which built its pipeline once.
    assert list(result.pipeline_loads_by_worker.values()) == [1]
    assert all(mb > 0 for mb in result.peak_rss_mb_by_worker.values())


class SlowStartPipeline(KeywordPipeline):
    """KeywordPipeline that takes a second to build, as a spaCy pipeline takes several."""

    def __init__(self, settings: Settings | None = None) -> None:
        import time

        time.sleep(1.0)
        super().__init__(settings)


def test_dask_workers_build_their_pipeline_before_the_first_partition(corpus: Path, tmp_path: Path) -> None:
    """The run sends each worker a warm-up task as the cluster starts (overlapping the client's reading of
    the corpus), so no partition task waits for the pipeline to be built, and it is still built once."""
    pytest.importorskip("distributed")
    out = tmp_path / "dask"
    result = run_corpus([corpus], out, workers=1, partition_size=3, pipeline=f"{__name__}:SlowStartPipeline",
                        coded_date="2031-04-01", progress=False)
    assert result.partitions == 3 and list(result.pipeline_loads_by_worker.values()) == [1]
    partitions = json.loads((out / "manifest.json").read_text())["partitions"].values()
    assert all(p["load_seconds"] < 0.5 for p in partitions)


class OrderRecorder(KeywordPipeline):
    """KeywordPipeline that appends each article's text to the file named by $EVENTLENS_TEST_ORDER."""

    def code(self, article: Article) -> list[Event]:
        with open(os.environ["EVENTLENS_TEST_ORDER"], "a", encoding="utf-8") as log:
            log.write(article.text + "\n")
        return super().code(article)


def test_dask_run_codes_the_largest_partitions_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """So the last tasks are the smallest and no worker is left alone with a big straggler."""
    pytest.importorskip("distributed")
    sizes = [3, 40, 8, 25]  # words per article; each article is a partition
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{k}", "text": " ".join([f"w{k}"] * n)}) + "\n"
                              for k, n in enumerate(sizes)), encoding="utf-8")
    order = tmp_path / "order.txt"
    monkeypatch.setenv("EVENTLENS_TEST_ORDER", str(order))
    result = run_corpus([corpus], tmp_path / "out", workers=1, partition_size=1, pipeline=f"{__name__}:OrderRecorder",
                        coded_date="2031-04-01", progress=False)
    assert result.articles == 4
    coded = [line.split()[0] for line in order.read_text(encoding="utf-8").splitlines() if line.startswith("w")]
    assert coded == ["w1", "w3", "w2", "w0"]


class DaskDefaultsProbe(KeywordPipeline):
    """KeywordPipeline that refuses to be built in a worker running with the two Dask defaults that
    slow a spaCy worker down (see eventlens.scale.runner.LOCAL_CLUSTER_CONFIG)."""

    def __init__(self, settings: Settings | None = None) -> None:
        import dask

        super().__init__(settings)
        if os.environ.get("MALLOC_TRIM_THRESHOLD_"):
            raise RuntimeError(f"worker has MALLOC_TRIM_THRESHOLD_={os.environ['MALLOC_TRIM_THRESHOLD_']}")
        if dask.config.get("distributed.worker.profile.enabled"):
            raise RuntimeError("worker runs Dask's statistical profiler")


def test_local_cluster_workers_run_without_fixed_malloc_trim_or_profiler(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    result = run_corpus([corpus], tmp_path / "out", workers=1, partition_size=100, progress=False,
                        pipeline=f"{__name__}:DaskDefaultsProbe", coded_date="2031-04-01")
    assert result.articles == 9 and result.failed_articles == 1


class FrozenProbe(KeywordPipeline):
    """KeywordPipeline that refuses to code a partition's article unless its worker has frozen the objects
    alive after the pipeline's build out of the garbage collector's sight (`worker.freeze_loaded_objects`)."""

    def code(self, article: Article) -> list[Event]:
        import gc

        if article.article_id != "eventlens-warm-up" and not gc.get_freeze_count():
            raise RuntimeError("the worker did not freeze its loaded pipeline")
        return super().code(article)


def test_dask_workers_freeze_their_pipeline_and_other_processes_do_not(corpus: Path, tmp_path: Path) -> None:
    import gc

    pytest.importorskip("distributed")
    result = run_corpus([corpus], tmp_path / "out", workers=1, partition_size=100, progress=False,
                        pipeline=f"{__name__}:FrozenProbe", coded_date="2031-04-01")
    assert result.articles == 9 and result.failed_articles == 1  # only the EXPLODE article
    # outside a Dask worker (synchronous runs, tests, the CLI) the process's objects stay collectable
    before = gc.get_freeze_count()
    run_corpus([corpus], tmp_path / "sync", scheduler=SYNCHRONOUS, partition_size=100, progress=False,
               pipeline=f"{__name__}:KeywordPipeline", coded_date="2031-04-01")
    assert gc.get_freeze_count() == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is glibc's")
def test_relax_malloc_trim_only_acts_when_the_nanny_variable_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventlens.scale.worker import relax_malloc_trim

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    assert relax_malloc_trim() is False
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    assert relax_malloc_trim() is True


def test_load_is_idempotent_and_applies_dedup_links(corpus: Path, tmp_path: Path) -> None:
    from eventlens.dedup import dedup_run
    from eventlens.store import Store

    out = tmp_path / "run"
    run_corpus([corpus], out, scheduler=SYNCHRONOUS, partition_size=4, pipeline=KEYWORD_PIPELINE,
               coded_date="2031-04-01", progress=False)
    dedup_run(out)
    links = {r["id"]: r["cluster_id"] for r in pq.read_table(out / "links.parquet").to_pylist()}
    url = f"sqlite:///{tmp_path / 'ev.db'}"
    first = load_run(out, url)
    assert first.articles == 9 and first.events == 6 and first.statuses == {"new": 9}
    second = load_run(out, url)
    assert second.statuses == {"unchanged": 9}
    with Store(url) as store:
        stored = list(store.query_events())
        assert len(stored) == 6
        assert {e.id: e.link for e in stored} == links
        assert store.get_article(first_id(out)) is not None


def first_id(out: Path) -> str:
    return pq.read_table(out / "articles", columns=["article_id"]).column(0)[0].as_py()


def test_real_pipeline_run(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("eventlens.pipeline", reason="eventlens.pipeline not written yet")
    out = tmp_path / "run"
    result = run_corpus([corpus], out, scheduler=SYNCHRONOUS, partition_size=5, coded_date="2031-04-01",
                        progress=False)
    assert result.articles == 9
    events = pq.read_table(out / "events").to_pylist()
    assert events, "the real pipeline found no event in items that report a killing, protests and a meeting"
    assert {e["coded_date"] for e in events} == {"2031-04-01"}
    assert {e["article_id"] for e in events} <= {a.article_id for a in read_corpus([corpus])
                                                  if isinstance(a, Article)}


def test_real_corpus_reader_counts(shared_data: Path) -> None:
    root = shared_data / "ianrastall__current-events-context" / "2005" / "01"
    if not root.is_dir():
        pytest.skip("needs ../shared/data/ianrastall__current-events-context")
    articles = [a for a in read_corpus([root]) if isinstance(a, Article)]
    assert len(articles) > 100
    assert len({a.article_id for a in articles}) == len(articles)
    with_outlet = sum(bool(a.publication) for a in articles)
    assert with_outlet / len(articles) > 0.5
    assert all(a.published and a.published.year == 2005 and a.published.month == 1 for a in articles)


def test_a_pipeline_that_fails_everywhere_stops_the_run(tmp_path: Path) -> None:
    from eventlens.scale.worker import PipelineFailed

    root = tmp_path / "corpus"
    root.mkdir()
    (root / "2031-03-07.yaml").write_text(textwrap.dedent("""\
        Date: '2031-03-07'
        Source_URI: Portal:Current events/2031 March 7
        Intelligence_Payload:
          Uncategorized:
          - EXPLODE one. (Test Wire)
          - EXPLODE two. (Test Wire)
        """), encoding="utf-8")
    out = tmp_path / "run"
    with pytest.raises(PipelineFailed, match="every article failed"):
        run_corpus([root], out, scheduler=SYNCHRONOUS, pipeline=KEYWORD_PIPELINE, progress=False)
    assert not json.loads((out / "manifest.json").read_text())["partitions"]  # nothing marked done


def test_cli_run_and_load(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("eventlens.pipeline", reason="eventlens.pipeline not written yet")
    from click.testing import CliRunner

    from eventlens.cli import main

    (corpus / "2031" / "03" / "2031-03-06.yaml").write_text("Date: [unclosed\n", encoding="utf-8")
    out, db = tmp_path / "run", f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    both = runner.invoke(main, ["run", str(corpus), "--out", str(out), "--workers", "2",
                                "--scheduler", "synchronous"])
    assert both.exit_code == 2 and "exclude each other" in both.output
    result = runner.invoke(main, ["run", str(corpus), "--out", str(out), "--scheduler", "synchronous",
                                  "--partition-size", "4", "--coded-date", "2031-04-01", "--no-progress"])
    assert result.exit_code == 1, result.output  # the unreadable day file is reported, the rest coded
    assert "9 articles" in result.output and "1 unreadable input" in result.output
    assert (out / "clusters.parquet").exists() and (out / "links.parquet").exists()
    loaded = runner.invoke(main, ["load", str(out), "--db", db])
    assert loaded.exit_code == 0, loaded.output
    assert "9 articles (9 new)" in loaded.output
    again = runner.invoke(main, ["load", str(out), "--db", db])
    assert "9 articles (9 unchanged)" in again.output


def test_run_output_articles_read_back_as_a_parquet_corpus(corpus: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    kwargs = dict(scheduler=SYNCHRONOUS, partition_size=4, pipeline=KEYWORD_PIPELINE, coded_date="2031-04-01",
                  progress=False)
    run_corpus([corpus], first, **kwargs)
    originals = [a for a in read_corpus([corpus]) if isinstance(a, Article)]
    assert [a for a in read_corpus([first / "articles"]) if isinstance(a, Article)] == originals
    run_corpus([first / "articles"], second, **kwargs)
    assert _parts(second) == _parts(first)


def test_one_run_at_a_time_per_directory(corpus: Path, tmp_path: Path) -> None:
    import fcntl

    from eventlens.scale.runner import RunDirectoryBusy

    out = tmp_path / "run"
    out.mkdir()
    with (out / ".eventlens-run.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another run holds the directory
        with pytest.raises(RunDirectoryBusy):
            run_corpus([corpus], out, scheduler=SYNCHRONOUS, pipeline=KEYWORD_PIPELINE, progress=False)
    result = run_corpus([corpus], out, scheduler=SYNCHRONOUS, pipeline=KEYWORD_PIPELINE, progress=False)
    assert result.articles == 9


class SlowKeywordPipeline(KeywordPipeline):
    """KeywordPipeline that takes a while per article, so a run can be killed half way."""

    def code(self, article: Article) -> list[Event]:
        import time

        time.sleep(0.3)
        return super().code(article)


def test_sigkill_mid_run_then_rerun_completes_byte_identically(corpus: Path, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    kwargs = dict(scheduler=SYNCHRONOUS, partition_size=2, coded_date="2031-04-01", progress=False)
    clean = tmp_path / "clean"
    run_corpus([corpus], clean, pipeline=KEYWORD_PIPELINE, **kwargs)
    out = tmp_path / "killed"
    script = (f"from eventlens.scale import run_corpus\n"
              f"run_corpus([{str(corpus)!r}], {str(out)!r}, pipeline='{__name__}:SlowKeywordPipeline', "
              f"**{kwargs!r})\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    process = subprocess.Popen([sys.executable, "-c", script], env=env)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:  # wait until at least one partition is recorded as done
            manifest = out / "manifest.json"
            if manifest.exists() and json.loads(manifest.read_text() or "{}").get("partitions"):
                break
            assert process.poll() is None, "the run ended before it could be killed"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    done_before = len(json.loads((out / "manifest.json").read_text())["partitions"])
    assert 0 < done_before < 5
    resumed = run_corpus([corpus], out, pipeline=f"{__name__}:SlowKeywordPipeline", **kwargs)
    assert resumed.skipped == done_before
    assert _parts(out) == _parts(clean)


def test_dedup_files_do_not_depend_on_the_hash_seed(corpus: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    out = tmp_path / "run"
    run_corpus([corpus], out, scheduler=SYNCHRONOUS, pipeline=KEYWORD_PIPELINE, coded_date="2031-04-01",
               progress=False)
    outputs = []
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", f"from eventlens.dedup import dedup_run; dedup_run({str(out)!r})"],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True, timeout=120)
        outputs.append(((out / "clusters.parquet").read_bytes(), (out / "links.parquet").read_bytes()))
    assert outputs[0] == outputs[1]
