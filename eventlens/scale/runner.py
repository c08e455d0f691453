"""`eventlens run`: code a corpus with Dask into a partitioned Parquet run directory, resumably.

The client reads the corpus (in sorted file order), cuts it into partitions of `partition_size`
articles, skips partitions the manifest already has, and submits the rest to Dask: a LocalCluster of
`workers` single-threaded processes by default, an existing scheduler by address (`tcp://host:port`;
the output directory must then be on storage every worker can write), or `"synchronous"` to code in
this process without Dask (debugging, tests). At most a few partitions per worker are in flight, so
client and scheduler memory stays bounded by the window, not the corpus.

The client holds the corpus it read in memory (about 1 kB per short article); see docs/scaling.md for
sharding inputs when a corpus does not fit one machine.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from eventlens.config import Settings
from eventlens.errors import BadRecord, EventlensError
from eventlens.ingest.corpus import read_corpus
from eventlens.record import Article
from eventlens.scale import tables
from eventlens.scale.manifest import Manifest, partition_fingerprint
from eventlens.scale.worker import (
    DEFAULT_PIPELINE,
    PartitionResult,
    PartitionTask,
    code_partition,
    warm_worker,
)

SYNCHRONOUS = "synchronous"
# Above any partition's (partitions are ranked 1..N, largest first): a worker builds its pipeline first.
WARM_UP_PRIORITY = 1 << 30
DEFAULT_PARTITION_SIZE = 1000

# Dask settings for the LocalCluster `eventlens run` starts. Dask defaults that cost a spaCy worker speed
# (measured in docs/scaling.md, "Where the run path lost its time", and session 17):
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    # The nanny starts each worker with MALLOC_TRIM_THRESHOLD_=65536. Any explicit glibc trim
    # threshold also freezes the mmap threshold at 128 kB, so every parser array above that is
    # mmap'd and unmapped again (page faults, zeroed pages): ~35 % more CPU per task. `None` unsets
    # it; glibc's dynamic thresholds then apply, as in a plain Python process.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The statistical profiler samples the task thread's stack every 10 ms for the dashboard, which
    # we do not start: ~10 % of a task's CPU.
    "distributed.worker.profile.enabled": False,
    # Two event-loop timers of every Dask server wake the worker's event-loop thread, which then takes
    # the GIL from the task thread: the system monitor (psutil's CPU, memory, network and disk counters
    # for the dashboard, every 500 ms) and the tick that watches for a blocked loop (every 20 ms). In a
    # 1-worker run they held 0.25-0.44 s of the worker's CPU per 500-item partition (7-13 % of its coding
    # time) besides the task thread; with 5 s and 1 s, 0.07-0.20 s (docs/scaling.md, session 17). The
    # memory monitor that pauses or restarts a worker near its memory limit keeps its 100 ms.
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "1s",
}

log = logging.getLogger(__name__)


@dataclass
class RunResult:
    out_dir: Path
    partitions: int
    skipped: int  # partitions already finished by an earlier run
    articles: int  # in the whole run directory
    events: int
    failed_articles: int  # kept with their error in the `error` column, no events
    coded_articles: int  # coded by this call
    coded_words: int
    seconds: float  # wall-clock of this call, cluster start-up included
    workers: int
    events_by_type: dict[str, int] = field(default_factory=dict)
    peak_rss_mb_by_worker: dict[str, float] = field(default_factory=dict)
    pipeline_loads_by_worker: dict[str, int] = field(default_factory=dict)
    bad_records: list[str] = field(default_factory=list)  # inputs that could not be read
    dedup: dict[str, Any] | None = None  # eventlens.dedup.DedupStats when the run was deduplicated

    def summary_lines(self) -> list[str]:
        """What `eventlens run` prints when it finishes."""
        rate = f", {self.words_per_second:,.0f} words/s" if self.coded_words else ""
        lines = [
            f"{self.out_dir}: {self.articles} articles, {self.events} events in {self.partitions} partitions "
            f"({self.skipped} already done)",
            f"this call: {self.coded_articles} articles coded in {self.seconds:.1f} s with {self.workers} "
            f"worker(s){rate}",
        ]
        if self.peak_rss_mb_by_worker:
            lines.append("peak RSS per worker (MB): " + ", ".join(
                f"{mb:.0f}" for mb in sorted(self.peak_rss_mb_by_worker.values())))
        if self.failed_articles:
            lines.append(f"{self.failed_articles} article(s) failed to code (see the `error` column)")
        if self.bad_records:
            lines.append(f"{len(self.bad_records)} unreadable input(s) skipped (listed in manifest.json)")
        lines.append("events per type: " + ", ".join(f"{k} {v}" for k, v in self.events_by_type.items()))
        if self.dedup:
            lines.append(f"dedup: {self.dedup['clusters']} clusters, {self.dedup['merged_clusters']} merge "
                         f"{self.dedup['merged_events']} events from 2+ articles")
        return lines

    @property
    def words_per_second(self) -> float:
        return self.coded_words / self.seconds if self.seconds else 0.0


def partitions(articles: Iterable[Article], size: int) -> Iterator[tuple[Article, ...]]:
    iterator = iter(articles)
    while chunk := tuple(islice(iterator, size)):
        yield chunk


def _run_key(pipeline: str, settings: Settings, coded_date: str) -> str:
    return json.dumps(
        {"schema": tables.SCHEMA_VERSION, "pipeline": pipeline, "settings": dataclasses.asdict(settings),
         "coded_date": coded_date},
        sort_keys=True,
    )


def run_corpus(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    **options: Any,
) -> RunResult:
    """Code every article under `paths` into `out_dir`; see `_run` for the options. One run at a time
    per directory: a second concurrent run of the same `out_dir` fails at once instead of racing."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with _exclusive(out / ".eventlens-run.lock"):
        return _run(paths, out, **options)


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    import fcntl

    with lock_path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunDirectoryBusy(f"{lock_path.parent} is in use by another eventlens run") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class RunDirectoryBusy(EventlensError):
    code = "E501"


def _run(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    settings: Settings | None = None,
    coded_date: str | None = None,
    pipeline: str = DEFAULT_PIPELINE,
    include_headings: bool = False,
    dedup: bool = False,
    progress: bool = True,
) -> RunResult:
    """Code every article under `paths` into `out_dir` (see the module doc). Rerunning with the same
    inputs and settings skips finished partitions and rewrites nothing else. With `dedup`, cluster
    the run's events afterwards (`clusters.parquet`, `links.parquet`; see eventlens.dedup)."""
    if partition_size < 1:
        raise ValueError("partition_size must be >= 1")
    if workers is not None and workers < 1:
        raise ValueError("workers must be >= 1")
    started = time.perf_counter()
    settings = settings or Settings()
    paths = [str(p) for p in paths]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    previous = Manifest.load(out)
    coded_date = coded_date or (previous.coded_date if previous else None) or date.today().isoformat()
    date.fromisoformat(coded_date)  # validate
    run_key = _run_key(pipeline, settings, coded_date)

    manifest = Manifest(
        coded_date=coded_date, pipeline=pipeline, settings=dataclasses.asdict(settings),
        partition_size=partition_size, inputs=paths,
    )
    out_abs = str(out.resolve())
    todo: list[PartitionTask] = []
    fingerprints: dict[int, str] = {}
    total_articles = 0
    skipped_articles = 0
    bad_records: list[str] = []

    def readable(items: Iterable[Article | BadRecord]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, BadRecord):
                bad_records.append(str(item))
                log.warning("skipped: %s", item)
            else:
                yield item

    # The Dask cluster starts (and its workers load the pipeline) in the background as soon as the
    # first partition to code is found, while this thread reads the rest of the corpus.
    cluster: _BackgroundCluster | None = None
    articles = readable(read_corpus(paths, include_headings=include_headings))
    try:
        for index, chunk in enumerate(partitions(articles, partition_size)):
            fingerprint = partition_fingerprint(chunk, run_key)
            fingerprints[index] = fingerprint
            total_articles += len(chunk)
            if previous and previous.is_finished(index, fingerprint, out):
                manifest.partitions[str(index)] = previous.partitions[str(index)]
                skipped_articles += len(chunk)
            else:
                todo.append(PartitionTask(index, chunk, out_abs, settings, coded_date, pipeline, fingerprint))
                if cluster is None and scheduler != SYNCHRONOUS:
                    cluster = _BackgroundCluster(workers, scheduler, pipeline, settings)
    except BaseException:
        if cluster is not None:
            cluster.close()
        raise
    manifest.num_partitions = len(fingerprints)
    manifest.bad_records = bad_records
    skipped = manifest.num_partitions - len(todo)
    manifest.save(out)

    results: list[PartitionResult] = []

    def record(result: PartitionResult) -> None:
        results.append(result)
        entry = dataclasses.asdict(result)
        entry["fingerprint"] = fingerprints[result.index]
        manifest.partitions[str(result.index)] = entry
        manifest.save(out)

    bar = _progress(total_articles, skipped_articles, progress)
    try:
        if not todo:
            n_workers = 0  # nothing to code: no cluster to start
        elif cluster is None:  # synchronous
            n_workers = 1
            for task in todo:
                result = code_partition(task)
                record(result)
                bar.update(result.articles)
        else:
            n_workers = _run_dask(todo, cluster.client(), lambda r: (record(r), bar.update(r.articles)))
    finally:
        bar.close()
        if cluster is not None:
            cluster.close()

    _remove_stale_parts(out, manifest.num_partitions)
    entries = [manifest.partitions[str(i)] for i in range(manifest.num_partitions)]
    by_type: Counter[str] = Counter()
    for entry in entries:
        by_type.update(entry.get("events_by_type") or {})
    peak: dict[str, float] = {}
    loads: dict[str, int] = {}
    for result in results:
        worker = f"{result.host}:{result.pid}"
        peak[worker] = max(peak.get(worker, 0.0), result.peak_rss_mb)
        loads[worker] = max(loads.get(worker, 0), result.pipeline_loads)
    seconds = time.perf_counter() - started
    run_result = RunResult(
        out_dir=out,
        partitions=manifest.num_partitions,
        skipped=skipped,
        articles=sum(e.get("articles", 0) for e in entries),
        events=sum(e.get("events", 0) for e in entries),
        failed_articles=sum(e.get("errors", 0) for e in entries),
        coded_articles=sum(r.articles for r in results),
        coded_words=sum(r.words for r in results),
        seconds=round(seconds, 3),
        workers=n_workers,
        events_by_type=dict(sorted(by_type.items())),
        peak_rss_mb_by_worker=peak,
        pipeline_loads_by_worker=loads,
        bad_records=bad_records,
    )
    if dedup:
        from eventlens.dedup import dedup_run

        dedup_started = time.perf_counter()
        run_result.dedup = dataclasses.asdict(dedup_run(out))
        run_result.dedup["seconds"] = round(time.perf_counter() - dedup_started, 3)
    manifest.complete = True
    manifest.totals = {
        "articles": run_result.articles, "events": run_result.events,
        "events_by_type": run_result.events_by_type, "dedup": run_result.dedup,
        "last_call": {"seconds": run_result.seconds, "workers": n_workers, "skipped": skipped,
                      "coded_articles": run_result.coded_articles, "coded_words": run_result.coded_words},
    }
    manifest.save(out)
    return run_result


def _progress(total: int, initial: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="art", desc="coding", disable=not enabled,
                smoothing=0.1, dynamic_ncols=True)


class _BackgroundCluster:
    """A Dask client, and the LocalCluster it owns unless `scheduler` names one, started in a thread.

    `eventlens run` starts it when the first partition to code is found, so starting the cluster's
    processes and loading the pipeline in each worker (a warm-up task per worker) overlap with the
    client reading and fingerprinting the rest of the corpus instead of following it. `client()`
    waits for the start and re-raises its error; `close()` shuts everything down (also after an error).
    """

    def __init__(self, workers: int | None, scheduler: str | None, pipeline: str, settings: Settings) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._stack = contextlib.ExitStack()
        self._warm_ups: list[Any] = []
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="eventlens-cluster")
        self._started = self._pool.submit(self._start, workers, scheduler, pipeline, settings)

    def _start(self, workers: int | None, scheduler: str | None, pipeline: str, settings: Settings) -> Any:
        import dask
        from distributed import Client, LocalCluster

        stack = self._stack
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            n = workers or os.cpu_count() or 1
            # Set while the cluster starts: the nanny reads it when it spawns the worker processes
            # and hands the worker its config.
            stack.enter_context(dask.config.set(LOCAL_CLUSTER_CONFIG))
            # One thread per worker process: spaCy holds the GIL, so parallelism comes from processes.
            cluster = stack.enter_context(LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                # Not the nanny's "still alive, killing" nor a worker's heartbeat traceback when the
                # scheduler closes first at shutdown (seen on a whole-corpus run). A failed task still
                # raises in the client, and a lost worker as KilledWorker, so nothing is hidden.
                silence_logs=logging.CRITICAL,
            ))
            client = stack.enter_context(Client(cluster))
        # Each worker builds its pipeline now (worker_pipeline is cached per process), while the
        # client is still reading. A failure here is left to the first partition task, which raises it.
        # (The futures are kept: Dask forgets a task whose last future is dropped.)
        self._warm_ups = [
            client.submit(warm_worker, pipeline, settings, workers=[address], allow_other_workers=False,
                          pure=False, key=f"eventlens-warm-up-{address}", priority=WARM_UP_PRIORITY)
            for address in client.scheduler_info().get("workers", {})
        ]
        return client

    def client(self) -> Any:
        return self._started.result()

    def close(self) -> None:
        try:
            self._started.result()  # let a start in progress finish, so that it is shut down too
        except Exception:  # noqa: BLE001, S110 - its error is raised by client(); here we only clean up
            pass
        finally:
            self._warm_ups = []
            # Closed in the thread that entered them: a Client context is bound to its thread's context.
            self._pool.submit(self._stack.close).result()
            self._pool.shutdown()


def _run_dask(
    todo: list[PartitionTask],
    client: Any,
    on_result: Callable[[PartitionResult], Any],
) -> int:
    """Run the tasks on Dask, handing each result to `on_result` as it finishes; returns the number
    of workers used."""
    from distributed import as_completed

    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    if not todo:
        return n_workers
    # Largest partitions first (by characters of text), so the last tasks to finish are the smallest
    # and no worker idles long while another codes a big straggler. Part files and the manifest are
    # keyed by partition index, so the order changes no output.
    ordered = sorted(todo, key=lambda task: (-sum(len(a.text) for a in task.articles), task.index))
    # Dask's priority makes a worker that holds several of them run them in this order too.
    rank = {task.index: len(ordered) - k for k, task in enumerate(ordered)}
    pending = iter(ordered)
    # A few tasks per worker in flight: enough to keep workers busy while the client collects
    # results, few enough that the client never ships the whole corpus at once.
    window = 2 * n_workers + 1

    def submit(task: PartitionTask) -> Any:
        return client.submit(code_partition, task, key=f"eventlens-part-{task.index:05d}-{task.fingerprint[:12]}",
                             priority=rank[task.index])

    completed = as_completed([submit(task) for task in islice(pending, window)])
    for future in completed:
        on_result(future.result())
        future.release()
        task = next(pending, None)
        if task is not None:
            completed.add(submit(task))
    return n_workers


def _remove_stale_parts(out: Path, num_partitions: int) -> None:
    """Drop parts left by an earlier run of the same directory that had more partitions."""
    for kind in (tables.ARTICLES_DIR, tables.EVENTS_DIR):
        for path in tables.part_files(out, kind):
            try:
                index = int(path.stem.split("-")[1])
            except (IndexError, ValueError):
                continue
            if index >= num_partitions:
                path.unlink()
