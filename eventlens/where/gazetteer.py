"""The offline gazetteer: a read-only SQLite index built at first use (see `build.py`), plus an
in-memory fake with the same protocol for tests."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from .place import ADM1, ADM2, CAPITAL, CITY, COUNTRY, Place, name_key

_COLUMNS = "p.name, p.feature, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population, p.geonameid, p.members"
_DEMONYM = 2


def cache_dir() -> Path:
    """`$EVENTLENS_CACHE`, else `$XDG_CACHE_HOME/eventlens`, else `~/.cache/eventlens`."""
    if os.environ.get("EVENTLENS_CACHE"):
        return Path(os.environ["EVENTLENS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventlens"


# Indexes of other versions kept beside the current one (another checkout of the project may still use
# them; one that was pruned is rebuilt on its next use).
KEEP_OTHER_INDEXES = 2


def prune_indexes(current: Path, keep: int = KEEP_OTHER_INDEXES) -> list[Path]:
    """Delete all but the `keep` most recent indexes of other versions from `current`'s directory: every
    lexicon or gazetteer-table change builds a new ~45 MB index, and nothing else removes the old ones.
    Returns what was deleted."""
    from ..startcache import prune_others

    return prune_others(current, "gazetteer-*.sqlite", keep)


def _place(row: tuple) -> Place:
    name, feature, country, admin1, admin2, lat, lon, pop, gid, members = row
    return Place(name=name, feature=feature, country=country, admin1=admin1, admin2=admin2, lat=lat, lon=lon,
                 population=pop or 0, geonameid=gid, countries=tuple(members.split("|")) if members else ())


class OfflineGazetteer:
    """GeoNames-derived gazetteer in a local SQLite file keyed by the source packages' versions.

    Lookups are memoised per instance (bounded), so repeated names in a corpus cost a dict hit.
    Pickles as its path only, so it travels to Dask/multiprocessing workers cheaply.
    """

    MEMO_SIZE = 100_000

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from .build import build_index, index_key

            path = cache_dir() / f"gazetteer-{index_key()}.sqlite"
            if not path.exists():
                build_index(path)
                prune_indexes(path)
        self.path = Path(path)
        self._local = threading.local()
        self._memo: dict[str, tuple[Place, ...]] = {}
        self._countries: dict[str, Place] | None = None
        self._capitals: dict[str, Place] | None = None

    def __getstate__(self) -> dict:
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    @property
    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            # immutable: the file never changes after its atomic rename (a rebuild writes a new file), so
            # SQLite can skip the per-query file locking, which costs more than the lookup itself.
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _by_key(self, key: str, demonyms: bool) -> tuple[Place, ...]:
        memo_key = ("d:" if demonyms else "n:") + key
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        op = "=" if demonyms else "<"
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? AND n.kind {op} ?",
            (key, _DEMONYM),
        ).fetchall()
        places = tuple(_place(r) for r in rows)
        if len(self._memo) >= self.MEMO_SIZE:
            self._memo.clear()
        self._memo[memo_key] = places
        return places

    def lookup(self, name: str) -> list[Place]:
        key = name_key(name)
        return list(self._by_key(key, demonyms=False)) if key else []

    def demonym(self, word: str) -> Place | None:
        key = name_key(word)
        places = self._by_key(key, demonyms=True) if key else ()
        return max(places, key=lambda p: p.population) if places else None

    def by_geonameid(self, geonameid: int) -> Place | None:
        row = self._con.execute(f"SELECT {_COLUMNS} FROM place p WHERE p.geonameid = ?", (geonameid,)).fetchone()
        return _place(row) if row else None

    def _features(self, feature: str) -> dict[str, Place]:
        rows = self._con.execute(f"SELECT {_COLUMNS} FROM place p WHERE p.feature = ?", (feature,)).fetchall()
        out: dict[str, Place] = {}
        for r in rows:
            p = _place(r)
            if p.country and (p.country not in out or p.population > out[p.country].population):
                out[p.country] = p
        return out

    def country(self, iso3: str) -> Place | None:
        if self._countries is None:
            self._countries = self._features(COUNTRY)
        return self._countries.get(iso3)

    def capital(self, iso3: str) -> Place | None:
        if self._capitals is None:
            self._capitals = self._features(CAPITAL)
        return self._capitals.get(iso3)

    def capitals(self) -> Sequence[tuple[str, str]]:
        if self._capitals is None:
            self._capitals = self._features(CAPITAL)
        return [(p.name, iso3) for iso3, p in sorted(self._capitals.items())]

    def capital_names(self) -> Sequence[tuple[str, str]]:
        """(name, ISO3) for every primary and alternate name of every capital."""
        rows = self._con.execute(
            "SELECT n.key, p.name, p.country FROM name n JOIN place p ON p.id = n.place "
            "WHERE p.feature = ? AND n.kind < ?", (CAPITAL, _DEMONYM)).fetchall()
        return [(name, iso3) for _key, name, iso3 in rows]

    def admin1_names(self) -> Sequence[tuple[str, str]]:
        rows = self._con.execute(
            "SELECT name, country FROM place WHERE feature = ? ORDER BY population DESC", (ADM1,)).fetchall()
        return [(name, iso3) for name, iso3 in rows]

    def places(self, feature: str) -> list[Place]:
        rows = self._con.execute(f"SELECT {_COLUMNS} FROM place p WHERE p.feature = ?", (feature,)).fetchall()
        return [_place(r) for r in rows]

    def compound_names(self, min_people: int) -> Sequence[tuple[str, str]]:
        """(name, ISO3) of the towns of at least `min_people`, capitals and second-level divisions whose
        primary name has more than one word ("Kansas City", "Washington County"), for the entity ruler."""
        rows = self._con.execute(
            "SELECT name, country FROM place WHERE feature IN (?, ?, ?) AND name LIKE '% %' "
            "AND (feature != ? OR population >= ?)", (CITY, CAPITAL, ADM2, CITY, min_people)).fetchall()
        return [(name, iso3 or "") for name, iso3 in rows]

    def country_names(self) -> Sequence[str]:
        """The primary names of the countries."""
        return [r[0] for r in self._con.execute("SELECT name FROM place WHERE feature = ?", (COUNTRY,))]

    def size_bytes(self) -> int:
        return self.path.stat().st_size


class FakeGazetteer:
    """In-memory gazetteer for unit tests: give it places (and optional alternate names/demonyms)."""

    def __init__(self, places: Iterable[Place], alternates: dict[str, str] | None = None,
                 demonyms: dict[str, str] | None = None) -> None:
        self._places = list(places)
        self._by_key: dict[str, list[Place]] = {}
        for p in self._places:
            self._by_key.setdefault(name_key(p.name), []).append(p)
        for alt, primary in (alternates or {}).items():
            for p in self._places:
                if p.name == primary:
                    self._by_key.setdefault(name_key(alt), []).append(p)
        self._demonyms = {name_key(k): v for k, v in (demonyms or {}).items()}

    def lookup(self, name: str) -> list[Place]:
        return list(self._by_key.get(name_key(name), []))

    def country(self, iso3: str) -> Place | None:
        return next((p for p in self._places if p.feature == COUNTRY and p.country == iso3), None)

    def capital(self, iso3: str) -> Place | None:
        return next((p for p in self._places if p.feature == CAPITAL and p.country == iso3), None)

    def demonym(self, word: str) -> Place | None:
        iso3 = self._demonyms.get(name_key(word))
        return self.country(iso3) if iso3 else None

    def admin1_names(self) -> Sequence[tuple[str, str]]:
        return [(p.name, p.country) for p in self._places if p.feature == ADM1 and p.country]

    def capitals(self) -> Sequence[tuple[str, str]]:
        return [(p.name, p.country) for p in self._places if p.feature == CAPITAL and p.country]

    def compound_names(self, min_people: int) -> Sequence[tuple[str, str]]:
        return [(p.name, p.country or "") for p in self._places if " " in p.name and (
            p.feature in (CAPITAL, ADM2) or (p.feature == CITY and p.population >= min_people))]

    def country_names(self) -> Sequence[str]:
        return [p.name for p in self._places if p.feature == COUNTRY]
