"""A cheap necessary test before a regular expression's search.

Many of the coder's patterns are searched over every article's text and match almost none
(`where.press_cues.tsv`: ~36 patterns, each a scan of the whole text). Most of them cannot match unless
some plain string occurs in the text ("Police Department", " grader" or "-grader", "(" ...).
`required_strings(pattern)` reads that set off the pattern's own parse: if the pattern matches
anywhere, one of the strings is a substring of the text. `Prefiltered.search` asks Python's substring
test for them first (a fast scan in C) and runs the pattern only when one is there, so its answer is
always the pattern's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # the regular expression parser of the standard library (Python 3.11+: `re._parser`)
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no prefilter, every search runs
    _sre_parse = _sre = None

# At most this many strings in one required set (a cross product of character classes grows fast).
MAX_STRINGS = 32


def required_strings(pattern: re.Pattern[str] | str) -> tuple[str, ...] | None:
    """Strings of which at least one occurs in any text that `pattern` matches anywhere (`search`), or
    None when the pattern's parse gives no such set (case-insensitive parts, classes of categories or
    ranges everywhere, an empty match possible)."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    if _sre_parse is None or not isinstance(compiled.pattern, str) or compiled.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(compiled.pattern, compiled.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    found = _required(list(parsed))
    if not found or any(not s for s in found):
        return None
    return tuple(sorted(found))


def _fixed(item: tuple[Any, Any]) -> set[str] | None:
    """The strings one parse item can match if it is a finite set of them (a literal, a class of
    literal characters, a group or alternation of such), else None."""
    op, av = item
    if op is _sre.LITERAL:
        return {chr(av)}
    if op is _sre.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is not _sre.LITERAL:
                return None  # NEGATE, RANGE, CATEGORY: not a short list of characters
            chars.add(chr(sub_av))
        return chars
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return None  # (?i:...) and the like change what a literal matches
        return _fixed_seq(list(body))
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _fixed_seq(list(alternative))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= MAX_STRINGS else None
    return None


def _fixed_seq(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The strings a whole sequence can match if each of its items is fixed (`_fixed`)."""
    out = {""}
    for item in items:
        strings = _fixed(item)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > MAX_STRINGS:
            return None
    return out


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """A required set for a sequence: the best of its runs of adjacent fixed items (their cross
    product) and of the required sets of the items it cannot do without (groups, alternations whose
    every branch has one, repeats at least once)."""
    options: list[set[str]] = []
    run: set[str] | None = None
    for item in items:
        strings = _fixed(item)
        if strings is not None:
            longer = strings if run is None else {a + b for a in run for b in strings}
            if len(longer) > MAX_STRINGS:  # too many: the run so far is one option, a new run starts here
                if run is not None:
                    options.append(run)
                longer = strings if len(strings) <= MAX_STRINGS else None
            run = longer
            continue
        if run is not None:
            options.append(run)
            run = None
        inner = _inner_required(item)
        if inner is not None:
            options.append(inner)
    if run is not None:
        options.append(run)
    options = [o for o in options if o and all(o)]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _inner_required(item: tuple[Any, Any]) -> set[str] | None:
    op, av = item
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _required(list(body))
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _required(list(alternative))
            if strings is None:
                return None  # one branch needs no string: the alternation needs none
            out |= strings
        return out if len(out) <= MAX_STRINGS else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        return _required(list(body)) if low >= 1 else None
    return None


class Prefiltered:
    """A compiled pattern with its required strings: `search(text)` is `pattern.search(text)`, with the
    pattern run only when one of the strings is in the text."""

    __slots__ = ("pattern", "required")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.required = required_strings(pattern)

    def may_match(self, text: str) -> bool:
        required = self.required
        if required is None:
            return True
        for s in required:
            if s in text:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None


def prefiltered(patterns: Iterable[re.Pattern[str]]) -> tuple[Prefiltered, ...]:
    return tuple(Prefiltered(p) for p in patterns)


__all__ = ["MAX_STRINGS", "Prefiltered", "prefiltered", "required_strings"]
