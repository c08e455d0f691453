"""Python API of eventlens. The CLI (`eventlens/cli.py`) mirrors it: one function per command, same
parameter names.

    from eventlens import api
    report = api.ingest(["articles/"], db="sqlite:///events.db")
    for event in api.query_events(db="sqlite:///events.db", type="ASSAULT", actor="RUS"):
        ...
    api.export(api.query_events(type="AID"), "csv", "aid.csv")
"""

from __future__ import annotations

import itertools
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any, Protocol

from .errors import BadRecord, EventlensError
from .record import REALIZED_MODALITIES, Article, Event


class Coder(Protocol):
    """What ingest needs from a pipeline (eventlens.pipeline.Pipeline, or a test stand-in)."""

    def code_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]: ...


def _default_pipeline() -> Coder:
    from .pipeline import Pipeline  # loads spaCy: only when something needs coding

    return Pipeline()


def sample_dir() -> Path:
    """The bundled demo articles (eventlens/sample/)."""
    return Path(__file__).parent / "sample"


# --- extract / evaluate ---------------------------------------------------------------------------


def extract(text: str, published: date | None = None, article_id: str = "text", *, title: str | None = None,
            realized_only: bool = False, pipeline: Coder | None = None) -> list[Event]:
    """Code one text and return its events (the Python twin of `eventlens extract`)."""
    article = Article(article_id=article_id, text=text, title=title, published=published)
    events = next(iter((pipeline or _default_pipeline()).code_many([article])))[1]
    return [e for e in events if e.modality in REALIZED_MODALITIES] if realized_only else events


def evaluate(gold: str, split: str = "all", path: str | Path | None = None, limit: int | None = None):  # noqa: ANN201
    """Score the coder against a gold set; returns eventlens.evaluate.EvalResult."""
    from .evaluate import EvalOptions, run

    return run(gold, EvalOptions(split=split, path=Path(path) if path else None, limit=limit))


# --- recode ---------------------------------------------------------------------------------------


@dataclass
class RecodeReport:
    articles: int = 0
    added: list[Event] = field(default_factory=list)  # events the new coding finds that were not stored
    removed: list[Event] = field(default_factory=list)  # stored events the new coding no longer finds
    retyped: list[tuple[Event, Event]] = field(default_factory=list)  # same trigger, new type (old, new)

    def line(self) -> str:
        return (f"{self.articles} articles recoded: {len(self.added)} events added, {len(self.removed)} removed, "
                f"{len(self.retyped)} retyped")


def recode(db: str | None = None, *, pipeline: Coder | None = None, progress: bool = False) -> RecodeReport:
    """Re-code every stored article with the current coder and lexicon (after a lexicon change) and
    report what changed. Analysts' corrections (web UI) are replayed over the new coding."""
    from .config import db_url
    from .store import Store
    from .store.corrections import apply_corrections

    store = Store(db_url(db))
    pipeline = pipeline or _default_pipeline()
    report = RecodeReport()
    ids = store.stored_article_ids()
    articles = (a for a in (store.get_article(i) for i in ids) if a is not None)
    for article, new_events in pipeline.code_many(articles):
        old = {e.id: e for e in store.query_events(article_id=article.article_id)}
        new_events = apply_corrections(store, new_events)
        new = {e.id: e for e in new_events}
        old_by_trigger = {(e.text_info.start, e.text_info.trigger_start): e for e in old.values()}
        for eid, ev in new.items():
            if eid in old:
                continue
            prev = old_by_trigger.get((ev.text_info.start, ev.text_info.trigger_start))
            if prev is not None and prev.id not in new:
                report.retyped.append((prev, ev))
            else:
                report.added.append(ev)
        retyped_old = {p.id for p, _ in report.retyped}
        report.removed += [e for eid, e in old.items() if eid not in new and eid not in retyped_old]
        store.replace_events(article.article_id, new_events)
        report.articles += 1
    return report


# --- ingest ---------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    stored: int = 0  # new articles coded and stored
    unchanged: int = 0  # already stored with the same text: not recoded
    replaced: int = 0  # stored with a different text: recoded, old version kept in history
    aliased: int = 0  # same text as a stored article under another id: id recorded, nothing recoded
    failed: list[BadRecord] = field(default_factory=list)  # unreadable records (the rest are stored)
    events: int = 0  # events written

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        return (f"{self.stored} stored, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{self.aliased} aliased, {len(self.failed)} failed; {self.events} events")


def ingest(
    paths: Sequence[str],
    db: str | None = None,
    input_format: str | None = None,
    published: date | None = None,
    progress: bool = True,
    *,
    pipeline: Coder | None = None,
) -> IngestReport:
    """Read, code and store articles. Unchanged articles are not recoded; every good record is stored
    even when others fail (see `report.failed`). The pipeline is loaded only if something needs coding."""
    from tqdm import tqdm

    from .ingest.corpus import read_corpus
    from .store import CHANGED, DUPLICATE_TEXT, NEW, UNCHANGED, Store

    report = IngestReport()
    counters = {NEW: "stored", CHANGED: "replaced", UNCHANGED: "unchanged", DUPLICATE_TEXT: "aliased"}
    # disable=None: tqdm draws only on a terminal, so logs and pipes get no carriage-return noise.
    with Store(db) as store, tqdm(desc="ingest", unit=" articles", disable=None if progress else True, delay=2.0,
                                   file=sys.stderr, dynamic_ncols=True) as bar:

        def needs_coding() -> Iterator[Article]:
            for item in read_corpus(paths, input_format=input_format, published=published):
                bar.update(1)
                if isinstance(item, BadRecord):
                    report.failed.append(item)
                    continue
                status = store.article_status(item.article_id, item.text_hash)
                if status == UNCHANGED:
                    report.unchanged += 1
                elif status == DUPLICATE_TEXT:
                    _save(item, [])
                else:
                    yield item

        def _save(article: Article, events: list[Event]) -> None:
            try:
                status = store.save(article, events)
            except BadRecord as bad:  # this article's data; a failing database (StoreError) stops the run
                report.failed.append(bad)
                return
            setattr(report, counters[status], getattr(report, counters[status]) + 1)
            if status in (NEW, CHANGED):
                report.events += len(events)

        todo = needs_coding()
        first = next(todo, None)
        if first is not None:
            coder = pipeline if pipeline is not None else _default_pipeline()
            for article, events in code_isolating_failures(coder, itertools.chain([first], todo),
                                                           report.failed.append):
                _save(article, events)
    return report


def code_isolating_failures(
    coder: Coder, articles: Iterator[Article], on_failure: Callable[[BadRecord], None]
) -> Iterator[tuple[Article, list[Event]]]:
    """`coder.code_many` in batches; if the pipeline raises, the articles in flight are recoded one
    by one, so only the article that breaks it becomes a BadRecord and the run goes on.
    EventlensErrors (model missing, database down) are not per-article problems: they propagate."""
    in_flight: deque[Article] = deque()
    source_error: list[BaseException] = []

    def feed() -> Iterator[Article]:
        while True:
            try:
                article = next(articles)
            except StopIteration:
                return
            except Exception as exc:  # an error of our own reader/store, not of the pipeline
                source_error.append(exc)
                raise
            in_flight.append(article)
            yield article

    while True:
        try:
            for article, events in coder.code_many(feed()):
                while in_flight and in_flight[0].article_id != article.article_id:
                    in_flight.popleft()
                if in_flight:
                    in_flight.popleft()
                yield article, events
            return
        except EventlensError:
            raise
        except Exception:
            if source_error:
                raise source_error[0] from None
            suspects = list(in_flight)
            in_flight.clear()
        for article in suspects:
            try:
                coded = list(coder.code_many([article]))
            except EventlensError:
                raise
            except Exception as exc:
                on_failure(BadRecord(article.article_id, f"coding failed ({type(exc).__name__}: {exc})"))
                continue
            yield from coded


# --- extract (no store) ---------------------------------------------------------------------------


def extract_files(
    paths: Sequence[str],
    input_format: str | None = None,
    published: date | None = None,
    realized_only: bool = False,
    *,
    pipeline: Coder | None = None,
) -> Iterator[Event | BadRecord]:
    """Code files without storing them: yields events as articles are coded, and a BadRecord for each
    unreadable record or article the pipeline failed on."""
    from .ingest.corpus import read_corpus

    pending: list[BadRecord] = []  # bad records not yet yielded (kept in input order with the events)

    def articles() -> Iterator[Article]:
        for item in read_corpus(paths, input_format=input_format, published=published):
            if isinstance(item, BadRecord):
                pending.append(item)
            else:
                yield item

    todo = articles()
    first = next(todo, None)
    yield from pending
    pending.clear()
    if first is None:
        return
    coder = pipeline if pipeline is not None else _default_pipeline()
    for _article, events in code_isolating_failures(coder, itertools.chain([first], todo), pending.append):
        yield from pending
        pending.clear()
        for event in events:
            if not realized_only or event.modality in REALIZED_MODALITIES:
                yield event
    yield from pending


# --- query and export -----------------------------------------------------------------------------


def query_events(db: str | None = None, **filters: Any) -> Iterator[Event]:
    """Stored events matching `filters` (the fields of eventlens.store.EventQuery: type, actor,
    recipient, party, since, until, modality, realized_only, min_confidence, article_id, actor_id,
    limit, offset; `actor_id` is a registry actor, see `actors`, matched under any of its names).
    Filters are checked now; events stream as the result is iterated."""
    from .store import EventQuery, Store

    query = EventQuery(**filters)
    store = Store(db)

    def stream() -> Iterator[Event]:
        try:
            yield from store.query_events(query)
        finally:
            store.close()

    return stream()


def actors(db: str | None = None, country: str | None = None, q: str | None = None, limit: int | None = None,
           offset: int = 0) -> list[Any]:  # list[eventlens.store.registry.RegistryActor]
    """Canonical actors of the registry (most events first) with their aliases and how many stored
    events each takes part in as actor and as recipient; `q` matches any of their names."""
    from .store import Store

    with Store(db) as store:
        return store.actors(country=country, q=q, limit=limit, offset=offset)


def import_aliases(path: str | Path, db: str | None = None) -> Any:  # eventlens.store.registry.ImportReport
    """Load a user alias file (YAML; format in eventlens.store.registry) into the registry: its entries
    win over automatic resolution, and stored events that mention them are updated."""
    from .store import Store

    with Store(db) as store:
        return store.import_aliases(path)


def summary(db: str | None = None, top: int = 10):  # noqa: ANN201 - StoreSummary (import kept lazy)
    """Counts for a store: articles, aliases, events per PLOVER type and modality, top dyads."""
    from .store import Store

    with Store(db) as store:
        return store.summary(top=top)


def export(events: Iterable[Event], fmt: str = "jsonl", out: str | Path | IO[Any] | None = None) -> int:
    """Write events as jsonl, plover, csv, parquet, table or geojson (see eventlens.export)."""
    from . import export as exporters

    return exporters.export(events, fmt, out)


def demo(db: str | None = None, progress: bool = True, *, pipeline: Coder | None = None) -> IngestReport:
    """Ingest the bundled sample articles (its .jsonl and .txt files, not its README) into `db`."""
    files = sorted(str(p) for p in sample_dir().iterdir() if p.suffix in (".jsonl", ".txt"))
    return ingest(files, db=db, progress=progress, pipeline=pipeline)


# --- corpus-scale runs (eventlens.scale; `eventlens run` / `eventlens load`) ---------------------------


def run(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int = 1000,
    coded_date: date | str | None = None,
    include_headings: bool = False,
    dedup: bool = True,
    progress: bool = True,
) -> Any:  # eventlens.scale.RunResult (import kept lazy)
    """Code a corpus with Dask into a resumable, partitioned Parquet directory (see eventlens.scale)."""
    from .scale import run_corpus

    return run_corpus(
        paths, out, workers=workers, scheduler=scheduler, partition_size=partition_size,
        coded_date=coded_date.isoformat() if isinstance(coded_date, date) else coded_date,
        include_headings=include_headings, dedup=dedup, progress=progress,
    )


def load(out: str | Path, db: str | None = None) -> Any:  # eventlens.scale.LoadResult
    """Load an `eventlens run` directory into the store (idempotent)."""
    from .scale import load_run

    return load_run(out, db)


# --- web API, write tokens and panels (eventlens.web, eventlens.store.analytics; `serve`, `token`, ---------
# --- `aggregate`) ------------------------------------------------------------------------------------


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000, open_reads: bool = False) -> None:
    """Run the REST API and the browser UI (blocks until interrupted)."""
    from .store import Store
    from .web.app import WebSettings
    from .web.app import serve as serve_app

    with Store(db) as store:
        serve_app(store, host=host, port=port, settings=WebSettings(open_reads=open_reads))


def create_token(name: str, db: str | None = None) -> str:
    """A new API write token for `name` (shown once; only its hash is stored)."""
    from .store import Store
    from .store.corrections import create_token as create

    with Store(db) as store:
        return create(store, name)


def revoke_token(name: str, db: str | None = None) -> bool:
    from .store import Store
    from .store.corrections import revoke_token as revoke

    with Store(db) as store:
        return revoke(store, name)


def list_tokens(db: str | None = None) -> list[dict[str, Any]]:
    from .store import Store
    from .store.corrections import list_tokens as listing

    with Store(db) as store:
        return listing(store)


def aggregate(by: str | Sequence[str] = "country,month", db: str | None = None, **filters: Any) -> Any:
    """Zero-filled event counts per (dimensions..., period), e.g. by="country,month,type": the panel
    `GET /api/stats/panel` serves. Filters are those of eventlens.store.analytics.EventFilter."""
    from .store import Store
    from .store.analytics import EventFilter, panel

    with Store(db) as store:
        return panel(store, EventFilter(**filters), by)
