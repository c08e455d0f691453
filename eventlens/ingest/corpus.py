"""Corpus readers for scale runs: Parquet tables of articles and the Current Events YAML format.

Current Events format (Wikipedia "Portal:Current events", one YAML file a day):

    Date: '2005-07-20'
    Source_URI: Portal:Current events/2005 July 20
    Intelligence_Payload:
      <category>:
      - <one-line summary, usually ending with the cited outlet(s): "... (BBC) (Reuters)">

Each summary becomes one Article: `published` is the day, `sources` are the trailing outlets (stripped
from the text, like a citation block, so they are not coded), `publication` the first outlet. Short
items with no outlet and no sentence punctuation are story headings ("Syrian civil war") that the
portal nests items under; a heading becomes the `title` of the item after it and, unless
`include_headings` is set, is not an article itself (a heading names a topic, not an event).

Reading is streaming and ordered (files sorted by path, items in file order), so a corpus always
yields the same articles in the same order: `eventlens run` partitions depend on it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventlens.errors import BadRecord
from eventlens.record import Article

CURRENT_EVENTS_SUFFIXES = (".yaml", ".yml")
PARQUET_SUFFIXES = (".parquet",)
PORTAL_URL = "https://en.wikipedia.org/wiki/"

# A trailing "(Outlet)" group is at most this long.
_MAX_OUTLET_CHARS = 80
# Outlet names are short and capitalised ("BBC", "AFP via Google News", "Xinhua"); a trailing
# parenthesis that is lower-case prose or a figure ("(~520 square kilometers)") stays in the text.
_MAX_OUTLET_WORDS = 6
_OUTLET_START_RE = re.compile(r"^[A-Z\u00C0-\u024F]|^[a-z0-9.-]+\.(com|org|net|co\.uk|ru|ie)\b")
_SENTENCE_END_RE = re.compile(r"[.!?\"'”’)]\s*$")
_MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class Summary:
    """One Current Events item split into its text and its cited outlets."""

    text: str
    outlets: tuple[str, ...]


def split_outlets(item: str) -> Summary:
    """Strip the trailing "(BBC) (Reuters)" outlet groups off a summary line."""
    text = " ".join(item.split())
    outlets: list[str] = []
    while True:
        # Scanning back from the end (not a regex search from the start) keeps this linear.
        tail = text[:-1].rstrip() if text.endswith(".") else text
        if not tail.endswith(")"):
            break
        opening = tail.rfind("(")
        candidate = tail[opening + 1:-1] if opening >= 0 else ""
        if not candidate or ")" in candidate or len(candidate) > _MAX_OUTLET_CHARS or not _looks_like_outlet(candidate):
            break
        outlets.insert(0, candidate.strip())
        text = tail[:opening].rstrip().removesuffix(",").rstrip()
    return Summary(text=text, outlets=tuple(outlets))


def _looks_like_outlet(candidate: str) -> bool:
    words = candidate.split()
    return (
        0 < len(words) <= _MAX_OUTLET_WORDS
        and bool(_OUTLET_START_RE.match(candidate.strip()))
        and ":" not in candidate
    )


def is_heading(summary: Summary) -> bool:
    """A story heading: no outlet, no sentence-final punctuation, a few words ("Mali War")."""
    return (
        not summary.outlets
        and not _SENTENCE_END_RE.search(summary.text)
        and len(summary.text.split()) <= _MAX_HEADING_WORDS
    )


def _load_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
    with path.open("rb") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - a SafeLoader


def read_current_events(path: str | Path, *, include_headings: bool = False) -> Iterator[Article]:
    """Articles from one Current Events day file, in file order.

    `article_id` is `cep-<date>-<sha256(text)[:10]>` (a `-2`, `-3` suffix when a day repeats an item),
    so it does not change when other items of the day are added or removed.
    """
    path = Path(path)
    try:
        doc = _load_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise BadRecord(str(path), f"not a readable Current Events YAML file: {exc}") from None
    if not isinstance(doc, dict) or "Intelligence_Payload" not in doc:
        raise BadRecord(str(path), "not a Current Events file (no Intelligence_Payload)")
    try:
        day = date.fromisoformat(str(doc.get("Date", "")).strip())
    except ValueError:
        raise BadRecord(str(path), f"Date {doc.get('Date')!r} is not YYYY-MM-DD") from None
    source_uri = str(doc.get("Source_URI") or "")
    url = PORTAL_URL + source_uri.replace(" ", "_") if source_uri else None
    payload = doc.get("Intelligence_Payload") or {}
    seen: dict[str, int] = {}
    for category, items in payload.items():
        heading: str | None = None
        for position, item in enumerate(items or []):
            if not isinstance(item, str) or not item.strip():
                continue
            summary = split_outlets(item)
            is_last = position == len(items) - 1
            title, heading = heading, None
            if is_heading(summary) and not is_last:
                # The portal's nesting was flattened, so a heading is known to cover only the next
                # item; it becomes that item's title.
                heading = summary.text
                if not include_headings:
                    continue
            digest = hashlib.sha256(summary.text.encode("utf-8")).hexdigest()[:10]
            base = f"cep-{day.isoformat()}-{digest}"
            seen[base] = seen.get(base, 0) + 1
            article_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
            yield Article(
                article_id=article_id,
                text=summary.text,
                title=title,
                published=day,
                url=url,
                publication=summary.outlets[0] if summary.outlets else None,
                sources=list(dict.fromkeys(summary.outlets)),
                metadata={"category": str(category), "source_uri": source_uri, "path": str(path)},
            )


# Parquet columns that fill Article fields; any other column goes to `metadata`.
_ARTICLE_COLUMNS = ("article_id", "text", "title", "published", "url", "publication", "sources")
# Columns `eventlens run` adds to its articles parts: results of coding, not input.
_RUN_COLUMNS = ("text_hash", "num_events", "error", "partition")


def read_parquet(path: str | Path, *, batch_size: int = 2048) -> Iterator[Article | BadRecord]:
    """Articles from a Parquet table: `text` required, `article_id` (or `id`) required.

    Other Article columns are optional; `metadata` may be a JSON string column (as `eventlens run`
    writes it) and any further column is kept in metadata under its own name. A row that cannot be
    read is yielded as a BadRecord; an unreadable file raises one.
    """
    import pyarrow.parquet as pq  # heavy: only when a Parquet corpus is read

    path = Path(path)
    try:
        table_file = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a corrupt file
        raise BadRecord(str(path), f"not a readable Parquet file: {exc}") from None
    names = set(table_file.schema_arrow.names)
    id_column = "article_id" if "article_id" in names else "id" if "id" in names else None
    if id_column is None or "text" not in names:
        raise BadRecord(str(path), "a Parquet corpus needs `text` and `article_id` (or `id`) columns")
    row_number = 0
    for batch in table_file.iter_batches(batch_size=batch_size):
        for row in batch.to_pylist():
            row_number += 1
            try:
                yield _article_from_row(row, id_column, f"{path}:{row_number}")
            except BadRecord as bad:
                yield bad
            except (ValueError, TypeError) as exc:  # a bad date or metadata value in this row
                yield BadRecord(f"{path}:{row_number}", str(exc))


def _article_from_row(row: dict[str, Any], id_column: str, record: str) -> Article:
    article_id = row.get(id_column)
    text = row.get("text")
    if article_id is None or str(article_id).strip() == "" or not isinstance(text, str):
        raise BadRecord(record, "missing article_id/id or text")
    published = row.get("published")
    if isinstance(published, str) and published:
        published = date.fromisoformat(published[:10])
    metadata: dict[str, Any] = {}
    raw_metadata = row.get("metadata")
    if isinstance(raw_metadata, str) and raw_metadata:
        metadata.update(json.loads(raw_metadata))
    elif isinstance(raw_metadata, dict):
        metadata.update(raw_metadata)
    skip = {*_ARTICLE_COLUMNS, *_RUN_COLUMNS, id_column, "metadata"}
    metadata.update({k: v for k, v in row.items() if k not in skip and v is not None})
    return Article(
        article_id=str(article_id),
        text=text,
        title=row.get("title"),
        published=published or None,
        url=row.get("url"),
        publication=row.get("publication"),
        sources=list(row.get("sources") or []),
        metadata=metadata,
    )


def _expand(raw: str | Path) -> list[Path]:
    text = str(raw)
    if any(ch in text for ch in "*?["):
        return sorted(p for p in Path().glob(text) if p.is_file())
    return [Path(text)]


def _is_corpus_file(path: Path) -> bool:
    return path.suffix.lower() in (*CURRENT_EVENTS_SUFFIXES, *PARQUET_SUFFIXES)


def _corpus_files_under(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and _is_corpus_file(p)
                  and not any(part.startswith(".") for part in p.relative_to(directory).parts))


def read_corpus(
    paths: Iterable[str | Path], *, include_headings: bool = False, input_format: str | None = None,
    published: date | None = None,
) -> Iterator[Article | BadRecord]:
    """Articles from every input, in the order given (a directory's files in sorted path order); a
    BadRecord for each file or record that cannot be read, so one bad file never stops a run. This is
    the one reader behind `run`, `extract` and `ingest`.

    YAML files are read as Current Events days and Parquet files as article tables. A directory that
    holds such files is read as that corpus (its README or SOURCE.txt is not an article); any other
    file or directory goes to the general readers of `eventlens.ingest` (txt/html/jsonl/json/csv), as
    does everything when `input_format` is given. `published` is the default date of articles whose
    record gives none.
    """
    from eventlens.ingest import read_inputs  # the general readers (txt/jsonl/csv/...)

    if input_format is not None:
        yield from read_inputs([str(p) for p in paths], input_format, published)
        return
    for raw in paths:
        for path in _expand(raw):
            if path.is_dir():
                corpus = _corpus_files_under(path)
                if not corpus:
                    yield from read_inputs([str(path)], None, published)
                for file in corpus:
                    yield from _read_corpus_file(file, include_headings)
            elif path.is_file() and _is_corpus_file(path):
                yield from _read_corpus_file(path, include_headings)
            else:
                yield from read_inputs([str(path)], None, published)


def _read_corpus_file(path: Path, include_headings: bool) -> Iterator[Article | BadRecord]:
    try:
        if path.suffix.lower() in PARQUET_SUFFIXES:
            yield from read_parquet(path)
        else:
            yield from read_current_events(path, include_headings=include_headings)
    except BadRecord as bad:
        yield bad
