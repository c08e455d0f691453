"""CAMEO -> PLOVER crosswalk for the CAMEO-coded gold sets (PETRARCH records, ConfliBERT).

Parsed at run time from the PLOVER project's `CAMEO2PLOVER-2021.txt` (../shared/data/openeventdata__PLOVER),
never copied. Its lines look like `0841: RETREAT, release,   legal # Return, release person(s)`: code,
PLOVER type, optional mode, optional context(s), comment. Root lines (`08: CONCEDE`) carry only a type.

A code is looked up most specific first, then its parents by dropping trailing characters ("0841" ->
"084" -> "08"), which also covers the PETRARCH test codes with letter suffixes ("174L" -> "174"). When a
code appears twice (the table lists root 08 under both CONCEDE and RETREAT, and 175 twice) the first row
wins. Roots 01-02 (statements and appeals) have no PLOVER type: PLOVER drops them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from . import shared_data_dir

STATEMENT_ROOTS = frozenset({"01", "02"})
_LINE = re.compile(r"^(?P<code>\d{2,4}[A-Za-z]?)\s*:\s*(?P<type>[A-Z]+)\s*(?:,(?P<mode>[^,#]*))?")


@dataclass(frozen=True)
class CameoEntry:
    code: str
    plover_type: str
    mode: str | None


@dataclass(frozen=True)
class Crosswalk:
    entries: dict[str, CameoEntry]

    def lookup(self, code: str | None) -> CameoEntry | None:
        """The entry of `code` or of its nearest parent (down to the 2-digit root); None if unmapped."""
        code = (code or "").strip()
        while len(code) >= 2:
            if code in self.entries:
                return self.entries[code]
            code = code[:-1]
        return None

    def plover_type(self, code: str | None) -> str | None:
        entry = self.lookup(code)
        return entry.plover_type if entry else None


def parse_crosswalk(text: str) -> Crosswalk:
    entries: dict[str, CameoEntry] = {}
    for line in text.splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue  # comments, blank lines, the closing "~~~~~"
        mode = (m.group("mode") or "").strip() or None
        entries.setdefault(m.group("code"), CameoEntry(m.group("code"), m.group("type"), mode))
    return Crosswalk(entries)


def default_crosswalk_path() -> Path | None:
    base = shared_data_dir()
    if base is None:
        return None
    p = base / "openeventdata__PLOVER" / "CAMEO2PLOVER-2021.txt"
    return p if p.exists() else None


@functools.lru_cache(maxsize=4)
def load_crosswalk(path: Path | None = None) -> Crosswalk:
    from ..errors import GoldNotFound

    path = path or default_crosswalk_path()
    if path is None or not Path(path).exists():
        raise GoldNotFound("CAMEO2PLOVER-2021.txt not found (expected ../shared/data/openeventdata__PLOVER)")
    return parse_crosswalk(Path(path).read_text(encoding="utf-8"))


def cameo_root(code: str | None) -> str | None:
    """The 2-digit CAMEO root ("0841" -> "08"), or None when the code has no valid root (01-20)."""
    head = (code or "").strip()[:2]
    return head if head.isdigit() and 1 <= int(head) <= 20 else None


def is_statement(code: str | None) -> bool:
    return cameo_root(code) in STATEMENT_ROOTS
