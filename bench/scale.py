"""`eventlens run` throughput with 1 and 2 local Dask workers, against bare spaCy on the same text.

    .venv/bin/python bench/scale.py                      # first 20,000 Current Events items
    .venv/bin/python bench/scale.py --items 2000         # a quick look
    .venv/bin/python bench/scale.py --workers 1 2 4

The items (in corpus order, story headings excluded as in `eventlens run`) are written once to a
temporary Parquet corpus so every configuration reads the same articles. Each configuration is a fresh
`run_corpus` into a new directory (no dedup), timed end to end: corpus read, cluster start, model load
in each worker, coding, Parquet writes. "bare spaCy, N processes" runs N plain spaCy processes at once on
interleaved shares of the text (model loads excluded): how much parallel speed this machine gives at
all. "steady" is words / (task seconds without the model load /
workers), i.e. the rate once workers are up. Bare spaCy is `nlp.pipe` (same model, batch 64) in this process,
timed before and again after the runs (the machine's speed drifts); ratios use the mean of the two.
"eventlens spaCy, no coding" is a full `nlp.pipe` through eventlens's own spaCy pipeline (entity ruler,
faster lemmatizer and attribute ruler, same annotations): the pipeline's ratio to it shows what the coder,
I/O and Dask cost, apart from the spaCy-side speed-ups that the ratio to bare spaCy also credits.
Peak RSS is the largest resident set any task saw in its worker process.
Both spaCy rows run every component on every text. eventlens's pipeline does not: it runs the model only on
texts with some trigger word's spelling (`events.prefilter`) and entity recognition only on parsed docs where
an event is possible (`events.may_have_events`), which changes no event; the bench prints how many of the
texts pass the spelling test, so the ratios can be read with that in mind.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eventlens.config import Settings
from eventlens.ingest.corpus import read_corpus
from eventlens.record import Article

CURRENT_EVENTS = "ianrastall__current-events-context"


def first_items(n: int, paths: list[Path]) -> list[Article]:
    articles: list[Article] = []
    for item in read_corpus(paths):
        if isinstance(item, Article):
            articles.append(item)
            if len(articles) == n:
                break
    return articles


def write_corpus(articles: list[Article], path: Path) -> None:
    from eventlens.scale import tables

    rows = [tables.article_row(a, 0, None, 0) for a in articles]
    tables.write_parquet_atomic(rows, tables.article_schema(), path)


def bare_spacy(texts: list[str], model: str, batch_size: int) -> float:
    import spacy

    nlp = spacy.load(model)
    list(nlp.pipe(texts[:64], batch_size=batch_size))
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def tuned_spacy(texts: list[str], settings: Settings) -> float:
    """Seconds for a full `nlp.pipe` through eventlens's own spaCy pipeline (its entity ruler, its
    faster lemmatizer word lists and attribute ruler, its batch size), no coding: the part of the gap to
    bare spaCy that is spaCy's own work done faster, not the coder's (same annotations as stock spaCy)."""
    from eventlens.nlp import load_nlp

    nlp = load_nlp(settings)
    list(nlp.pipe(texts[:64], batch_size=settings.batch_size))
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return time.perf_counter() - started


def spelling_passes(texts: list[str], settings: Settings) -> int | None:
    """How many texts pass eventlens's spelling prefilter (and so reach the model); None without one."""
    from eventlens.pipeline import Pipeline

    pipeline = Pipeline(settings)
    prefilter = pipeline.prefilter
    if prefilter is None:
        return None
    return sum(1 for doc in pipeline.nlp.tokenizer.pipe(texts) if prefilter.may_match(doc))


def _bare_worker(texts: list[str], model: str, batch_size: int, ready: Any, go: Any, out: Any) -> None:
    import spacy

    nlp = spacy.load(model)
    list(nlp.pipe(texts[:64], batch_size=batch_size))
    ready.wait()  # every process has loaded its model
    go.wait()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    out.put((started, time.perf_counter()))


def bare_spacy_parallel(texts: list[str], model: str, batch_size: int, processes: int) -> float:
    """Seconds for `processes` bare spaCy processes to parse interleaved shares of `texts` at once,
    model loads excluded: the machine's own parallel ceiling, which no worker count can beat."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    ready, go = context.Barrier(processes + 1), context.Barrier(processes + 1)
    out = context.Queue()
    procs = [context.Process(target=_bare_worker, args=(texts[i::processes], model, batch_size, ready, go, out))
             for i in range(processes)]
    for proc in procs:
        proc.start()
    ready.wait()
    go.wait()
    spans = [out.get() for _ in procs]
    for proc in procs:
        proc.join()
    return max(end for _, end in spans) - min(start for start, _ in spans)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="corpus [default: all Current Events]")
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-size", type=int, default=500)
    parser.add_argument("--pipeline", default="eventlens.pipeline:Pipeline", help="coder factory (module:callable)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the run directories under this folder")
    args = parser.parse_args(argv)

    from eventlens.evaluate import shared_data_dir
    from eventlens.scale import run_corpus

    paths = args.paths
    if not paths:
        shared = shared_data_dir()
        if shared is None or not (shared / CURRENT_EVENTS).is_dir():
            sys.exit(f"needs ../shared/data/{CURRENT_EVENTS} (or pass corpus paths)")
        paths = [shared / CURRENT_EVENTS]
    settings = Settings()
    work = Path(tempfile.mkdtemp(prefix="eventlens-scale-"))
    try:
        articles = first_items(args.items, paths)
        words = sum(len(a.text.split()) for a in articles)
        corpus = work / "corpus.parquet"
        write_corpus(articles, corpus)
        print(f"corpus: {len(articles):,} items ({articles[0].published} .. {articles[-1].published}), "
              f"{words:,} words; partitions of {args.partition_size}")

        # The first process after a code or lexicon change fills the start-up cache (`eventlens.startcache`),
        # as the first use builds the gazetteer index: fill both here, so every timed run's workers start
        # as an installed pipeline's do.
        from eventlens.nlp import ruler_patterns

        ruler_patterns()

        texts = [a.text for a in articles]
        bare_s = bare_spacy(texts, settings.model, 64)
        rows = [("bare spaCy, 1 process", bare_s, words / bare_s, None, None, "")]
        for n in args.workers:
            out = (args.keep or work) / f"run-{n}w"
            shutil.rmtree(out, ignore_errors=True)
            result = run_corpus([corpus], out, workers=n, partition_size=args.partition_size,
                                coded_date="2000-01-01", pipeline=args.pipeline, progress=False)
            manifest = json.loads((out / "manifest.json").read_text())
            busy = sum(p["seconds"] - p["load_seconds"] for p in manifest["partitions"].values())
            steady = words / (busy / n)
            rss = ", ".join(f"{mb:.0f}" for mb in sorted(result.peak_rss_mb_by_worker.values()))
            rows.append((f"eventlens run, {n} worker{'s' if n > 1 else ''}", result.seconds,
                         words / result.seconds, steady, result.events, rss))

        # This machine's speed drifts by 10-20 % over minutes: bare spaCy is timed again after the runs,
        # and the ratio uses the mean of the two timings.
        bare_again = bare_spacy(texts, settings.model, 64)
        rows.append(("bare spaCy, again after", bare_again, words / bare_again, None, None, ""))
        tuned = tuned_spacy(texts, settings)
        rows.append(("eventlens spaCy, no coding", tuned, words / tuned, None, None, ""))
        modelled = spelling_passes(texts, settings)
        parallel = {n: bare_spacy_parallel(texts, settings.model, 64, n) for n in args.workers if n > 1}
        for n, seconds in parallel.items():
            rows.append((f"bare spaCy, {n} processes", seconds, words / seconds, None, None, ""))
        bare_rate = (words / bare_s + words / bare_again) / 2
        print(f"{'':26} {'seconds':>8} {'words/s':>9} {'steady':>9} {'events':>7}  peak RSS/worker MB")
        for name, seconds, rate, steady, events, rss in rows:
            steady_text = f"{steady:9,.0f}" if steady else f"{'':9}"
            events_text = f"{events:7}" if events is not None else f"{'':7}"
            print(f"{name:26} {seconds:8.1f} {rate:9,.0f} {steady_text} {events_text}  {rss}")
        runs = {n: row for n, row in zip(args.workers, rows[1:1 + len(args.workers)], strict=True)}
        if 1 in runs:
            for n, row in runs.items():
                if n != 1:
                    print(f"speed-up {n} vs 1 worker: {row[2] / runs[1][2]:.2f}x end to end, "
                          f"{row[3] / runs[1][3]:.2f}x steady (goal >= 1.8x for 2)")
                if n in parallel:
                    ceiling = (words / parallel[n]) / bare_rate
                    print(f"  the machine's ceiling, bare spaCy in {n} processes vs 1: {ceiling:.2f}x")
            print(f"1 worker / bare spaCy (mean of the two timings, {bare_rate:,.0f} words/s): "
                  f"{runs[1][2] / bare_rate:.2f} end to end, {runs[1][3] / bare_rate:.2f} steady (goal >= 0.85)")
            print(f"1 worker / eventlens's own spaCy with no coding ({words / tuned:,.0f} words/s, every text fully "
                  f"parsed): {runs[1][2] * tuned / words:.2f} end to end, {runs[1][3] * tuned / words:.2f} steady")
        if modelled is not None:
            print(f"note: both spaCy rows run every component on every text; eventlens runs the model only on the "
                  f"{modelled:,} of {len(texts):,} texts with a trigger word's spelling, and entity recognition only "
                  f"where a parsed doc may hold an event (no event is lost: the others cannot hold one)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
