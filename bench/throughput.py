"""Words per second: bare spaCy (`nlp.pipe`, same model, batch 64) vs the full eventlens Pipeline on the
same texts, one process. Default corpus: the Current Events 2005 files in ../shared (about 3,700
one-line items, 106k words).

    .venv/bin/python bench/throughput.py                     # Current Events 2005
    .venv/bin/python bench/throughput.py --limit 500         # a quick look
    .venv/bin/python bench/throughput.py PATH...             # any corpus eventlens run can read

All sides see the same texts after a warm-up batch; model loading is not timed. "batched" is how
`eventlens run` workers code (eventlens.scale.worker: one nlp.pipe over many short articles, then
Pipeline.code_docs); code_many parses article by article. Each side is timed
`--repeat` times and the best run is reported (the machine is shared, so the best run is the least
disturbed). Words are whitespace-separated tokens of the article text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from eventlens.config import Settings
from eventlens.ingest.corpus import read_corpus
from eventlens.record import Article

CURRENT_EVENTS = "ianrastall__current-events-context"
WARM_UP = 64


def default_corpus(year: str) -> list[Path]:
    from eventlens.evaluate import shared_data_dir

    shared = shared_data_dir()
    folder = shared / CURRENT_EVENTS / year if shared else None
    if folder is None or not folder.is_dir():
        sys.exit(f"needs ../shared/data/{CURRENT_EVENTS}/{year} (or pass corpus paths)")
    return [folder]


def read_articles(paths: list[Path], limit: int | None) -> list[Article]:
    articles = [a for a in read_corpus(paths) if isinstance(a, Article)]
    return articles[:limit] if limit else articles


def best_of(repeat: int, work: Callable[[], int]) -> tuple[float, int]:
    """(best seconds, result of the work) over `repeat` runs."""
    best, result = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="corpus [default: Current Events --year]")
    parser.add_argument("--year", default="2005")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    import spacy

    from eventlens.pipeline import Pipeline
    from eventlens.scale.worker import code_batched

    settings = Settings(batch_size=args.batch_size)
    articles = read_articles(args.paths or default_corpus(args.year), args.limit)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(articles)} articles, {words:,} words, model {settings.model}, batch {args.batch_size}")

    bare = spacy.load(settings.model)
    list(bare.pipe(texts[:WARM_UP], batch_size=args.batch_size))
    bare_s, _ = best_of(args.repeat, lambda: sum(1 for _ in bare.pipe(texts, batch_size=args.batch_size)))

    pipeline = Pipeline(settings=settings)
    list(pipeline.code_many(articles[:WARM_UP]))
    pipe_s, events = best_of(args.repeat, lambda: sum(len(ev) for _, ev in pipeline.code_many(articles)))
    batched_s, batched_events = best_of(
        args.repeat, lambda: sum(len(ev) for _, ev in code_batched(pipeline, articles)))

    rows = [("bare spaCy nlp.pipe", bare_s, None), ("Pipeline.code_many", pipe_s, events),
            ("Pipeline, batched (run)", batched_s, batched_events)]
    print(f"{'':24} {'seconds':>8} {'words/s':>9} {'articles/s':>10} {'events':>7}")
    for name, seconds, n_events in rows:
        print(f"{name:24} {seconds:8.1f} {words / seconds:9,.0f} {len(articles) / seconds:10,.0f} "
              f"{'' if n_events is None else n_events:>7}")
    print(f"ratio pipeline/bare: code_many {bare_s / pipe_s:.2f}, batched as in `eventlens run` "
          f"{bare_s / batched_s:.2f} (goal >= 0.85)")


if __name__ == "__main__":
    main()
