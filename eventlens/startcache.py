"""A disk cache for what every process builds the same way at start-up (the tokens of the actor
tables' names and terms, the entity ruler's place patterns), so a Dask worker, a CLI call or a test
process reads them instead of tokenizing every name and querying the gazetteer again.

An entry is a pickle in `cache_dir()` (beside the gazetteer index) named by what it holds and a key of
everything it is built from: this package's code and lexicons (every .py, .yaml, .tsv and .txt file under
`eventlens/`, so a change to any of them, or to the builders, makes a new key), the versions of the
libraries the builders call (spaCy's tokenizer, pycountry) and of Python, and what the caller adds (the gazetteer
index's file name, itself keyed by its sources). A stale entry is never read: a new key is a miss, the
value is built and written. Entries are written to a temporary file and renamed into place, so two
workers starting at once each build and write a whole file and readers never see half of one; an
unreadable entry is rebuilt. Only this project's own cache directory is read (as for the gazetteer
index); `EVENTLENS_STARTUP_CACHE=0` turns the cache off.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# Bumped when the layout of a cached value changes in a way the code hash would not show.
CACHE_VERSION = "1"
# Libraries whose behaviour the cached values depend on.
LIBRARIES = ("spacy", "pycountry")
# Entries of other keys kept per name (another checkout may use them); older ones are deleted.
KEEP_OTHER_ENTRIES = 2
SOURCE_SUFFIXES = (".py", ".yaml", ".tsv", ".txt")  # .txt: the word lists (ruler stopwords, place prefixes)


def enabled() -> bool:
    return os.environ.get("EVENTLENS_STARTUP_CACHE", "1") != "0"


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """Hash of this package's code and lexicons and of the library versions (once per process)."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"startcache {CACHE_VERSION}; python {sys.version_info[:2]};".encode())
    for lib in LIBRARIES:
        try:
            version = metadata.version(lib)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{lib}=={version};".encode())
    for path in sorted(p for p in root.rglob("*") if p.suffix in SOURCE_SUFFIXES and p.is_file()):
        h.update(str(path.relative_to(root)).encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def cached(name: str, build: Callable[[], T], extra: str = "") -> T:
    """`build()`, or the value an earlier process built under the same key."""
    if not enabled():
        return build()
    from .where.gazetteer import cache_dir

    key = hashlib.sha256(f"{code_key()};{extra}".encode()).hexdigest()[:16]
    path = cache_dir() / f"startup-{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or foreign entry is rebuilt and replaced
        pass
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:  # a read-only or full cache directory: the value is simply not cached
        tmp.unlink(missing_ok=True)
        return
    _prune(path)


def _prune(current: Path, keep: int = KEEP_OTHER_ENTRIES) -> None:
    prefix = current.name.rsplit("-", 1)[0] + "-"
    prune_others(current, f"{prefix}*.pickle", keep)


def prune_others(current: Path, pattern: str, keep: int) -> list[Path]:
    """Delete all but the `keep` most recently written files matching `pattern` beside `current` (never
    `current`); returns what was deleted. Other processes may prune the same directory at the same moment
    (workers starting together after an upgrade, each writing its new entry): a file one of them removed
    between the listing and its date is skipped, never an error."""
    dated: list[tuple[float, Path]] = []
    for p in current.parent.glob(pattern):
        if p == current:
            continue
        try:
            dated.append((p.stat().st_mtime, p))
        except OSError:  # removed meanwhile by another process
            continue
    dated.sort(key=lambda d: d[0], reverse=True)
    removed = []
    for _, old in dated[keep:]:
        try:
            old.unlink()  # a process that has it open keeps reading it (POSIX)
            removed.append(old)
        except OSError:
            pass
    return removed
