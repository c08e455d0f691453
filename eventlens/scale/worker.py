"""What runs inside a Dask worker: code one partition of articles and write its two Parquet parts.

The Pipeline (spaCy model, lexicons, gazetteer) is built once per worker process and reused by every
task that process runs: `worker_pipeline` is an lru_cache keyed by (factory, settings), i.e. a pure
loader whose cache lives in the worker. Its miss count is returned with each result so the run can
show (and tests can check) that no task reloaded the model.
"""

from __future__ import annotations

import importlib
import os
import resource
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventlens.config import Settings
from eventlens.errors import EventlensError
from eventlens.record import Article, Event
from eventlens.scale import tables

DEFAULT_PIPELINE = "eventlens.pipeline:Pipeline"


class PipelineFailed(EventlensError, RuntimeError):
    """The pipeline could not code any article of a partition."""

    code = "E500"


@dataclass(frozen=True)
class PartitionTask:
    index: int
    articles: tuple[Article, ...]
    out_dir: str
    settings: Settings
    coded_date: str
    pipeline: str = DEFAULT_PIPELINE  # "module:callable" taking settings=...
    fingerprint: str = ""  # see eventlens.scale.manifest


@dataclass
class PartitionResult:
    index: int
    articles: int
    events: int
    words: int
    errors: int
    seconds: float  # the whole task, load_seconds included
    load_seconds: float  # building the pipeline (non-zero only in a worker's first task)
    pid: int
    host: str
    pipeline_loads: int  # pipelines this worker process has built so far (1 = loaded once)
    peak_rss_mb: float
    events_by_type: dict[str, int] = field(default_factory=dict)


# glibc mallopt parameters, and the values a plain glibc process drifts to under spaCy's allocations.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD = 32 << 20  # glibc's DEFAULT_MMAP_THRESHOLD_MAX on 64-bit
_TRIM_THRESHOLD = 2 * _MMAP_THRESHOLD  # glibc raises the trim threshold to twice the mmap threshold


def relax_malloc_trim() -> bool:
    """Undo the fixed malloc thresholds a Dask nanny gives its workers (True if it did).

    A nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536 by default. An explicit trim threshold
    switches off glibc's dynamic mmap threshold, which then stays at 128 kB: spaCy's parser arrays are
    mmap'd and unmapped on every batch, ~35 % more CPU per task. `eventlens run` unsets the variable for
    the clusters it starts; this covers workers started by someone else (`--scheduler`), by setting
    the thresholds glibc would have reached by itself. Only on glibc, only when the variable is set.
    """
    if not os.environ.get("MALLOC_TRIM_THRESHOLD_") or not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
                    and libc.mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD))
    except (OSError, AttributeError):  # not glibc (e.g. musl): nothing to undo
        return False


@lru_cache(maxsize=2)
def worker_pipeline(factory: str, settings: Settings) -> Any:
    """Build the pipeline named by `factory` ("module:callable") once per process."""
    relax_malloc_trim()
    module_name, _, attr = factory.partition(":")
    builder = getattr(importlib.import_module(module_name), attr)
    pipeline = builder(settings=settings)
    # Pipelines may load their model and tables lazily: build them here, once (`Pipeline.warm_up`; a
    # pipeline without one codes a tiny article).
    warm_up = getattr(pipeline, "warm_up", None)
    if warm_up is not None:
        warm_up()
    else:
        pipeline.code(Article(article_id="eventlens-warm-up", text="The minister met the ambassador."))
    if _in_dask_worker():
        freeze_loaded_objects()
    return pipeline


def freeze_loaded_objects() -> None:
    """Move every object alive now (the pipeline: model, lexicons, tables) out of the cyclic garbage
    collector's sight (`gc.freeze`), in a worker process that keeps them to its end. Every full
    collection while coding walked them again (0.28-0.32 s -> 0.08-0.10 s of collector time per 2,000
    bench items), and so did the collections of the interpreter's shutdown, which the nanny waits for
    when the run closes its cluster (a process holding the pipeline took 1.2 s to exit, 0.1 s frozen).
    Nothing frozen is garbage: it lives as long as the process, and no output depends on the collector."""
    import gc

    gc.collect()
    gc.freeze()


def _in_dask_worker() -> bool:
    try:
        from distributed import get_worker

        get_worker()
    except (ImportError, ValueError):
        return False
    return True


def warm_worker(factory: str, settings: Settings) -> float:
    """Build this worker process's pipeline ahead of its first partition (`eventlens run` sends one
    such task to each worker as the cluster starts); returns the seconds it took (0 if it was built)."""
    started = time.perf_counter()
    worker_pipeline(factory, settings)
    return time.perf_counter() - started


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, kB on Linux


def code_batched(pipeline: Any, articles: list[Article]) -> list[tuple[Article, list[Event]]]:
    """`pipeline.code_many`, but with spaCy batching across articles when the pipeline offers it.

    Articles short enough to be one chunk are parsed in `Pipeline.parse` batches of
    `settings.batch_size` and coded with `Pipeline.code_docs`, which gives the same events as
    `code_many`; longer ones go through `code_many`, which splits them into chunks.
    """
    parse = getattr(pipeline, "parse", None)
    code_docs = getattr(pipeline, "code_docs", None)
    settings = getattr(pipeline, "settings", None)
    if parse is None or code_docs is None or settings is None:
        return list(pipeline.code_many(articles))
    short = [i for i, a in enumerate(articles) if len(a.text) <= settings.max_chunk_chars]
    long = [i for i, a in enumerate(articles) if len(a.text) > settings.max_chunk_chars]
    coded: dict[int, tuple[Article, list[Event]]] = {}
    docs = parse((articles[i].text for i in short), batch_size=settings.batch_size)
    for i, (article, events) in zip(short, code_docs(zip((articles[i] for i in short), docs, strict=True)), strict=True):
        coded[i] = (article, list(events))
    for i, (article, events) in zip(long, pipeline.code_many([articles[i] for i in long]), strict=True):
        coded[i] = (article, list(events))
    return [coded[i] for i in range(len(articles))]


def _code_all(pipeline: Any, articles: tuple[Article, ...]) -> list[tuple[Article, list[Event], str | None]]:
    """Code the partition in one batched call; if that fails, code article by article so one bad
    article costs only itself (it is kept, with its error, and no events)."""
    try:
        return [(article, events, None) for article, events in code_batched(pipeline, list(articles))]
    except Exception:  # noqa: BLE001 - any stage failure; retried per article below
        pass
    coded: list[tuple[Article, list[Event], str | None]] = []
    for article in articles:
        try:
            coded.append((article, list(pipeline.code(article)), None))
        except Exception as exc:  # noqa: BLE001 - recorded in the article row
            coded.append((article, [], f"{type(exc).__name__}: {exc}"[:500]))
    return coded


def code_partition(task: PartitionTask) -> PartitionResult:
    """Code one partition and write `events/part-N` and `articles/part-N` (events first, so a part
    pair is complete once its articles file exists)."""
    started = time.perf_counter()
    pipeline = worker_pipeline(task.pipeline, task.settings)
    loaded = time.perf_counter()
    coded = _code_all(pipeline, task.articles)
    failures = [error for _, _, error in coded if error]
    if len(task.articles) > 1 and len(failures) == len(task.articles):
        # Every article failing is a broken install or pipeline, not bad input: stop the run rather
        # than record a "finished" partition that a rerun would skip.
        raise PipelineFailed(f"partition {task.index}: every article failed, e.g. {failures[0]}")
    article_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    by_type: Counter[str] = Counter()
    errors = 0
    for article, events, error in coded:
        errors += error is not None
        for event in events:
            # One coded_date for the whole run, so recoding gives the same bytes.
            event.coded_date = task.coded_date
            event_rows.append(tables.event_row(event, task.index))
            by_type[event.event] += 1
        article_rows.append(tables.article_row(article, len(events), error, task.index))
    out = Path(task.out_dir)
    name = tables.part_name(task.index)
    tables.write_parquet_atomic(event_rows, tables.event_schema(), out / tables.EVENTS_DIR / name)
    tables.write_parquet_atomic(article_rows, tables.article_schema(), out / tables.ARTICLES_DIR / name)
    return PartitionResult(
        index=task.index,
        articles=len(article_rows),
        events=len(event_rows),
        words=sum(len(a.text.split()) for a in task.articles),
        errors=errors,
        seconds=round(time.perf_counter() - started, 3),
        load_seconds=round(loaded - started, 3),
        pid=os.getpid(),
        host=os.uname().nodename,
        pipeline_loads=worker_pipeline.cache_info().misses,
        peak_rss_mb=round(_peak_rss_mb(), 1),
        events_by_type=dict(sorted(by_type.items())),
    )
