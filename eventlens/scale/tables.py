"""The Parquet layout of a run directory: schemas, record <-> row conversion, atomic writes.

A run directory holds `articles/part-NNNNN.parquet` and `events/part-NNNNN.parquet` (one pair per
partition, same NNNNN), `manifest.json`, and after dedup `clusters.parquet` and `links.parquet`.
The full schemas are documented in docs/scaling.md. Rows keep input order (articles) and coding order
(events of an article in sentence order), and every value is derived from the input and the run's
settings (no wall clock), so coding the same partition again writes the same bytes.

Events carry a few flat columns for querying with any Parquet tool plus `record`, the whole event as
JSON (`Event.to_dict()`, sorted keys), which is what `eventlens load` reads back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventlens.record import Actor, Article, Event

if TYPE_CHECKING:
    import pyarrow as pa

SCHEMA_VERSION = 1
ARTICLES_DIR = "articles"
EVENTS_DIR = "events"
MANIFEST = "manifest.json"


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def article_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([
        ("article_id", pa.string()),
        ("text", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
        ("publication", pa.string()),
        ("sources", pa.list_(pa.string())),
        ("metadata", pa.string()),  # JSON object, sorted keys
        ("text_hash", pa.string()),
        ("num_events", pa.int32()),
        ("error", pa.string()),  # why coding this article failed; its events are then empty
        ("partition", pa.int32()),
    ])


def event_schema() -> pa.Schema:
    import pyarrow as pa

    strings = pa.list_(pa.string())
    return pa.schema([
        ("id", pa.string()),
        ("article_id", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("context", strings),
        ("actor_name", strings),
        ("actor_country", strings),
        ("recipient_name", strings),
        ("recipient_country", strings),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("loc_name", pa.string()),
        ("loc_country", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("modality", pa.string()),
        ("cameo", pa.string()),
        ("quad_code", pa.int32()),
        ("goldstein", pa.float64()),
        ("confidence", pa.float64()),
        ("published", pa.string()),
        ("publication", pa.string()),
        ("text", pa.string()),
        ("coded_date", pa.string()),
        ("record", pa.string()),  # the whole Event as JSON (to_dict, sorted keys)
        ("partition", pa.int32()),
    ])


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))


def article_row(article: Article, num_events: int, error: str | None, partition: int) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "text": article.text,
        "title": article.title,
        "published": article.published,
        "url": article.url,
        "publication": article.publication,
        "sources": list(article.sources),
        "metadata": _json(article.metadata or {}),
        "text_hash": article.text_hash,
        "num_events": num_events,
        "error": error,
        "partition": partition,
    }


def _names(actors: Sequence[Actor]) -> list[str | None]:
    return [a.name or a.text for a in actors]


def event_row(event: Event, partition: int) -> dict[str, Any]:
    loc = event.event_loc
    return {
        "id": event.id,
        "article_id": event.article_id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "actor_name": _names(event.actor),
        "actor_country": [a.country for a in event.actor],
        "recipient_name": _names(event.recipient),
        "recipient_country": [a.country for a in event.recipient],
        "date": event.date,
        "date_precision": event.date_precision,
        "loc_name": loc.name if loc else None,
        "loc_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "modality": event.modality,
        "cameo": event.cameo,
        "quad_code": event.quad_code,
        "goldstein": event.goldstein,
        "confidence": event.confidence,
        "published": event.cite_info.published,
        "publication": event.cite_info.publication,
        "text": event.text,
        "coded_date": event.coded_date,
        "record": _json(event.to_dict()),
        "partition": partition,
    }


def write_parquet_atomic(rows: list[dict[str, Any]], schema: pa.Schema, path: Path) -> None:
    """Write rows to `path` so that a reader (or a rerun after a kill) never sees a partial file:
    write a temporary file in the same directory, fsync it, then rename it over the target."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # Fixed writer options (and no pandas metadata) keep the bytes a function of the rows.
        pq.write_table(table, tmp, compression="zstd", row_group_size=50_000, write_statistics=True)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems do not support fsync on directories
    finally:
        os.close(fd)


def write_text_atomic(text: str, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def part_files(out_dir: Path, kind: str) -> list[Path]:
    """The finished part files of one kind (`articles` or `events`), in partition order."""
    return sorted((out_dir / kind).glob("part-*.parquet"))


def iter_rows(files: Iterable[Path], columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for path in files:
        table_file = pq.ParquetFile(path)
        for batch in table_file.iter_batches(batch_size=4096, columns=columns):
            yield from batch.to_pylist()


def article_from_row(row: dict[str, Any]) -> Article:
    published = row.get("published")
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return Article(
        article_id=row["article_id"],
        text=row["text"],
        title=row.get("title"),
        published=published,
        url=row.get("url"),
        publication=row.get("publication"),
        sources=list(row.get("sources") or []),
        metadata=json.loads(row.get("metadata") or "{}"),
    )


def event_from_row(row: dict[str, Any]) -> Event:
    return Event.from_dict(json.loads(row["record"]))
