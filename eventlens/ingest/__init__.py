"""Input reading: files, directories and stdin to Article records (or BadRecord for what can't be read).

    for item in read_inputs(["corpus/", "extra.jsonl"], published=date(2005, 5, 10)):
        if isinstance(item, BadRecord): ...

Formats come from the extension or `input_format` (txt, html, jsonl, json, csv); `-` reads stdin.
Identity: a record's `id`; for a document file, its path relative to the directory named (without
extension), or for a single file its name without extension.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from ..errors import BadRecord
from ..record import Article
from .readers import DOCUMENT_READERS, EXTENSIONS, FORMATS, RECORD_READERS, Item, read_jsonl_lines

__all__ = ["FORMATS", "read_inputs", "read_bytes", "format_of"]

STDIN = "-"


def format_of(path: Path, input_format: str | None = None) -> str:
    """The reader for a file: the explicit format, else the extension (unknown extensions read as text)."""
    if input_format:
        return input_format
    return EXTENSIONS.get(path.suffix.lower(), "txt")


def read_bytes(data: bytes, name: str, fmt: str, article_id: str, published: date | None = None) -> Iterator[Item]:
    """Read one file's bytes already in memory (used for stdin, uploads and tests)."""
    if fmt in RECORD_READERS:
        yield from RECORD_READERS[fmt](data, name, published)
    elif fmt in DOCUMENT_READERS:
        yield from DOCUMENT_READERS[fmt](data, name, published, article_id)
    else:
        raise ValueError(f"unknown input format {fmt!r}; known: {', '.join(FORMATS)}")


def _read_file(path: Path, article_id: str, input_format: str | None, published: date | None) -> Iterator[Item]:
    name = str(path)
    fmt = format_of(path, input_format)
    try:
        if fmt == "jsonl":  # streamed: JSONL files can be far larger than memory
            with open(path, "rb") as stream:
                yield from read_jsonl_lines(stream, name, published)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield BadRecord(name, f"cannot read file ({exc.strerror or exc})")
        return
    yield from read_bytes(data, name, fmt, article_id, published)


def _read_stdin(input_format: str | None, published: date | None) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    fmt = input_format
    if fmt is None:
        first = data.lstrip()[:1]
        fmt = "jsonl" if first in (b"{", b"[") else "txt"
        if first == b"[":
            fmt = "json"
    yield from read_bytes(data, "<stdin>", fmt, "stdin", published)


def _walk(directory: Path) -> Iterator[Path]:
    """Files under a directory in a stable order, skipping hidden files and folders (.git, .DS_Store)."""
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        yield path


def read_inputs(
    paths: Sequence[str], input_format: str | None = None, published: date | None = None
) -> Iterator[Article | BadRecord]:
    """Yield an Article for every readable record and a BadRecord for every unreadable one, in order."""
    if input_format is not None and input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; known: {', '.join(FORMATS)}")
    for raw in paths:
        if raw == STDIN:
            yield from _read_stdin(input_format, published)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                article_id = file.relative_to(path).with_suffix("").as_posix()
                yield from _read_file(file, article_id, input_format, published)
        elif path.exists():
            yield from _read_file(path, path.stem, input_format, published)
        else:
            yield BadRecord(raw, "no such file or directory")
