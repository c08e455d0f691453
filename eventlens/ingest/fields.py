"""Field parsing shared by the readers: publication dates, ids, text header lines, citation blocks."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Header keys recognised on the first lines of a .txt file ("Publication: Eurasia Daily Monitor
# Volume: 2 Issue: 91"). A closed list, because "WASHINGTON: The president said ..." must stay text.
HEADER_KEYS: tuple[str, ...] = (
    "Publication", "Volume", "Issue", "Title", "Date", "Published", "Source", "Author", "By", "URL",
    "Section", "Language",
)
# Header keys that fill Article fields; the rest go to metadata under their lower-cased name.
_HEADER_FIELDS = {"publication": "publication", "title": "title", "url": "url", "date": "published",
                  "published": "published"}
_HEADER_KEY_RE = re.compile(r"\b(" + "|".join(HEADER_KEYS) + r")\s*:\s*", re.IGNORECASE)
_HEADER_LINE_RE = re.compile(r"^\s*(" + "|".join(HEADER_KEYS) + r")\s*:\s*\S", re.IGNORECASE)
_MAX_HEADER_LINE = 400
_MAX_HEADER_LINES = 10

_MONTHS = {m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:])}
# A trailing parenthesised block at the very end of the text, optionally followed by a full stop,
# preceded by a sentence end or a paragraph break so "(...)" inside a sentence is never taken.
_CITATION_RE = re.compile(r"(?:^|(?<=[.!?\"”’)])\s+|\n\s*)\(([^()]{1,2000})\)\s*\.?\s*$")
_MAX_SOURCE_ITEM = 80


def parse_published(value: Any) -> date | None:
    """A record's `published` value (date, datetime, ISO string, or a common written form) as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be a date string, got {type(value).__name__}")
    s = value.strip()
    try:
        return date.fromisoformat(s[:10]) if len(s) >= 10 and s[4] == "-" else datetime.fromisoformat(s).date()
    except ValueError:
        pass
    from dateutil import parser as dateutil_parser  # only for non-ISO forms such as "May 10, 2005"

    try:
        return dateutil_parser.parse(s, default=datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        raise ValueError(f"published {value!r} is not a date") from None


def record_id(value: Any) -> str | None:
    """The record's `id` as a string (JSON numbers become "12"), or None when missing/blank."""
    if value is None or isinstance(value, bool | dict | list):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = str(value).strip()
    return s or None


@dataclass
class TextParts:
    """A plain-text document split into its header fields, body and trailing citation sources."""

    body: str
    fields: dict[str, str] = field(default_factory=dict)  # Article attribute -> value (publication, title, ...)
    metadata: dict[str, str] = field(default_factory=dict)  # other header keys, lower-cased
    sources: list[str] = field(default_factory=list)


def _parse_header_line(line: str) -> list[tuple[str, str]]:
    parts = _HEADER_KEY_RE.split(line.strip())
    # split gives ["", key1, value1, key2, value2, ...]
    return [(parts[i].lower(), parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]


def _citation_sources(block: str) -> list[str] | None:
    """Sources from the inside of a trailing "(...)" block, or None when it does not look like a citation."""
    items = [s.strip() for s in block.split(";") if s.strip()]
    if not items or any(len(s) > _MAX_SOURCE_ITEM for s in items):
        return None
    if len(items) >= 2:
        return items
    item = items[0]
    # One source: "IRNA, April 20" (outlet plus date) or a bare outlet name such as "BBC" or "Reuters".
    if "," in item:
        tail = item.split(",", 1)[1].strip().lower()
        if tail[:1].isdigit() or tail.split(" ")[0].rstrip(".") in _MONTHS:
            return items
        return None
    if len(item) <= 40 and len(item.split()) <= 4 and item[-1:] not in ".!?" and item[:1].isupper():
        return items
    return None


def split_text_document(text: str) -> TextParts:
    """Separate header lines and a trailing citation block from the text to code."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    metadata: dict[str, str] = {}
    n_header = 0
    while (n_header < min(_MAX_HEADER_LINES, len(lines) - 1) and len(lines[n_header]) <= _MAX_HEADER_LINE
           and _HEADER_LINE_RE.match(lines[n_header])):
        for key, value in _parse_header_line(lines[n_header]):
            if key in _HEADER_FIELDS:
                fields[_HEADER_FIELDS[key]] = value
            else:
                metadata[key] = value
        n_header += 1
    body = "\n".join(lines[n_header:]).strip()
    sources: list[str] = []
    m = _CITATION_RE.search(body)
    if m:
        found = _citation_sources(m.group(1))
        if found is not None and body[: m.start()].strip():
            sources = found
            body = body[: m.start()].rstrip()
    return TextParts(body=body, fields=fields, metadata=metadata, sources=sources)
