"""Readers: one function per input format, each yielding Article or BadRecord (never raising for data).

A BadRecord names the file and, for multi-record files, the line/record/row, so one broken record
never hides the good ones next to it.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from ..errors import BadRecord
from ..record import Article
from .decode import Decoded, decode_bytes, decode_line
from .fields import parse_published, record_id, split_text_document

log = logging.getLogger("eventlens.ingest")

Item = Article | BadRecord
# The Article attributes a JSON/CSV record may set; every other field goes to metadata.
_RECORD_FIELDS = ("title", "url", "publication")


def _with_default_date(article: Article, published: date | None) -> Article:
    if article.published is None and published is not None:
        article.published = published
    return article


def article_from_record(data: Any, record: str, published: date | None, source: str) -> Article:
    """One JSON object / CSV row as an Article. Raises BadRecord with a one-line reason."""
    if not isinstance(data, dict):
        raise BadRecord(record, f"expected a JSON object, got {type(data).__name__}")
    # A record without an `id` is known by its URL (news exports such as Wikinews' carry url, date,
    # title, text): a stable identifier, so re-ingesting the export does not duplicate it.
    article_id = record_id(data.get("id")) or record_id(data.get("url"))
    if article_id is None:
        raise BadRecord(record, "missing required field 'id' (or 'url')")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadRecord(record, f"record {article_id!r}: missing or empty required field 'text'")
    date_field = "published" if data.get("published") not in (None, "") else "date"
    try:
        record_published = parse_published(data.get(date_field))
    except ValueError as exc:
        raise BadRecord(record, f"record {article_id!r}: {exc}") from None
    values = {k: (str(data[k]) if data.get(k) not in (None, "") else None) for k in _RECORD_FIELDS}
    metadata = {k: v for k, v in data.items() if k not in {"id", "text", "published", date_field, *_RECORD_FIELDS}}
    metadata["source"] = source
    sources = metadata.pop("sources", None)
    article = Article(
        article_id=article_id, text=text, published=record_published,
        sources=[str(s) for s in sources] if isinstance(sources, list) else [], metadata=metadata, **values,
    )
    return _with_default_date(article, published)


def _decoded(data: bytes, record: str) -> Decoded:
    decoded = decode_bytes(data, record)
    if decoded.warning:
        log.warning("%s: %s", record, decoded.warning)
    return decoded


def _decoding(reader: Callable[..., Iterator[Item]]) -> Callable[..., Iterator[Item]]:
    """Readers take the decoded text; a file that cannot be decoded becomes one BadRecord naming it.
    The wrapped reader is called with the file's bytes, like every reader."""

    @functools.wraps(reader)
    def read(data: bytes, name: str, *args: Any) -> Iterator[Item]:
        try:
            decoded = _decoded(data, name)
        except BadRecord as bad:
            yield bad
            return
        yield from reader(decoded, name, *args)

    return read


def _note_encoding(article: Article, decoded: Decoded) -> Article:
    if decoded.warning:
        article.metadata["encoding"] = decoded.encoding
        article.metadata["encoding_warning"] = decoded.warning
    return article


def read_jsonl(data: bytes, name: str, published: date | None) -> Iterator[Item]:
    yield from read_jsonl_lines(io.BytesIO(data), name, published)


def read_jsonl_lines(lines: Iterable[bytes], name: str, published: date | None) -> Iterator[Item]:
    """JSON lines streamed from a binary file (memory bounded by one line, whatever the file size).
    Each line is decoded on its own: a legacy-encoded line is decoded with a warning, an undecodable
    or invalid one is a BadRecord naming the line, and the other lines are read."""
    warned = False
    seen_text = False
    rest = iter(lines)
    for lineno, raw in enumerate(rest, start=1):
        if lineno == 1:
            if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # whole-file encodings
                yield from _whole_file_jsonl(raw + b"".join(rest), name, published)
                return
            if b"\x00" in raw:
                yield BadRecord(name, "binary file (contains NUL bytes), not text")
                return
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        seen_text = True
        record = f"{name}:line {lineno}"
        try:
            decoded = decode_line(raw)
        except UnicodeDecodeError as exc:
            yield BadRecord(record, f"undecodable bytes (invalid UTF-8 at byte {exc.start}, not cp1252/latin-1)")
            continue
        if decoded.warning and not warned:
            log.warning("%s: %s (first such line; others are decoded the same way)", record, decoded.warning)
            warned = True
        yield _json_line_item(decoded.text, decoded, record, name, published)
    if not seen_text:
        yield BadRecord(name, "empty file")


@_decoding
def _whole_file_jsonl(decoded: Decoded, name: str, published: date | None) -> Iterator[Item]:
    yield from _jsonl_records(decoded, name, published)


def _jsonl_records(decoded: Decoded, name: str, published: date | None) -> Iterator[Item]:
    for lineno, line in enumerate(decoded.text.splitlines(), start=1):
        if not line.strip():
            continue
        yield _json_line_item(line, decoded, f"{name}:line {lineno}", name, published)


def _json_line_item(line: str, decoded: Decoded, record: str, name: str, published: date | None) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadRecord(record, f"invalid JSON ({exc.msg} at column {exc.colno})")
    try:
        return _note_encoding(article_from_record(obj, record, published, name), decoded)
    except BadRecord as bad:
        return bad


@_decoding
def read_json(decoded: Decoded, name: str, published: date | None) -> Iterator[Item]:
    """A .json file: one record object, a list of record objects, or (as many tools write) JSON lines."""
    try:
        obj = json.loads(decoded.text)
    except json.JSONDecodeError:
        yield from _jsonl_records(decoded, name, published)
        return
    records = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(records, start=1):
        record = f"{name}:record {n}" if isinstance(obj, list) else name
        try:
            yield _note_encoding(article_from_record(item, record, published, name), decoded)
        except BadRecord as bad:
            yield bad


@_decoding
def read_csv(decoded: Decoded, name: str, published: date | None) -> Iterator[Item]:
    # Article texts are long: lift the csv module's 128 kB field limit.
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""))
    fields = reader.fieldnames or []
    if "text" not in fields or not {"id", "url"} & set(fields):
        yield BadRecord(name, f"CSV header must name 'id' (or 'url') and 'text' columns, got {reader.fieldnames}")
        return
    try:
        for row in reader:
            # reader.line_num is the physical line where this row ended (rows may span lines).
            record = f"{name}:row {reader.line_num}"
            if None in row:
                yield BadRecord(record, f"{len(row[None]) + len(reader.fieldnames)} fields, header has "
                                        f"{len(reader.fieldnames)}")
                continue
            try:
                yield _note_encoding(article_from_record(row, record, published, name), decoded)
            except BadRecord as bad:
                yield bad
    except csv.Error as exc:
        yield BadRecord(f"{name}:line {reader.line_num}", f"malformed CSV ({exc}); rest of file skipped")


@_decoding
def read_text(decoded: Decoded, name: str, published: date | None, article_id: str) -> Iterator[Item]:
    parts = split_text_document(decoded.text)
    if not parts.body.strip():
        yield BadRecord(name, "no text left after the header and citation lines")
        return
    metadata: dict[str, Any] = {**parts.metadata, "source": name}
    header_published = None
    if "published" in parts.fields:
        try:
            header_published = parse_published(parts.fields["published"])
        except ValueError:
            metadata["published_header"] = parts.fields["published"]
    article = Article(
        article_id=article_id, text=parts.body, title=parts.fields.get("title"), published=header_published,
        url=parts.fields.get("url"), publication=parts.fields.get("publication"), sources=parts.sources,
        metadata=metadata,
    )
    yield _with_default_date(_note_encoding(article, decoded), published)


@_decoding
def read_html(decoded: Decoded, name: str, published: date | None, article_id: str) -> Iterator[Item]:
    import trafilatura  # heavy import (lxml, htmldate): only when an HTML file is read

    try:
        doc = trafilatura.bare_extraction(decoded.text, with_metadata=True, favor_recall=True,
                                          include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup; report, don't crash
        yield BadRecord(name, f"malformed HTML ({type(exc).__name__}: {exc})")
        return
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        yield BadRecord(name, "malformed or empty HTML: no main text could be extracted")
        return
    page_published = None
    if doc.date:
        try:
            page_published = parse_published(doc.date)
        except ValueError:
            page_published = None
    metadata: dict[str, Any] = {"source": name}
    for key in ("author", "sitename", "hostname", "description"):
        if getattr(doc, key, None):
            metadata[key] = getattr(doc, key)
    article = Article(article_id=article_id, text=text, title=doc.title or None, published=page_published,
                      url=doc.url or None, publication=doc.sitename or None, metadata=metadata)
    yield _with_default_date(_note_encoding(article, decoded), published)


# Record formats carry their own ids; document formats take the id from the path.
RECORD_READERS: dict[str, Callable[[bytes, str, date | None], Iterator[Item]]] = {
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
}
DOCUMENT_READERS: dict[str, Callable[[bytes, str, date | None, str], Iterator[Item]]] = {
    "txt": read_text,
    "html": read_html,
}
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
    ".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
}
FORMATS: tuple[str, ...] = (*RECORD_READERS, *DOCUMENT_READERS)
