"""Places from the gazetteer, the `Gazetteer` protocol every resolver talks to, and Place -> EventLoc.

A `Place` is a gazetteer row: a country, an admin region, a city or a macro-region. Features follow
GeoNames' `class.code` ("A.PCLI", "A.ADM1", "A.ADM2", "P.PPL", "P.PPLC", "L.RGN").
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple, Protocol, runtime_checkable

from ..record import EventLoc

COUNTRY = "A.PCLI"
ADM1 = "A.ADM1"
ADM2 = "A.ADM2"
CITY = "P.PPL"
CAPITAL = "P.PPLC"
REGION = "L.RGN"  # macro-region (Central Asia, Middle East): several countries

# PLOVER resolution by feature; macro-regions have none (they are wider than a country).
_RESOLUTION = {COUNTRY: 1, ADM1: 2, ADM2: 3, CITY: 4, CAPITAL: 4}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Place(NamedTuple):
    """Immutable and hashable; a NamedTuple because the index builds thousands of them per second
    (5x cheaper to create than a frozen dataclass)."""

    name: str
    feature: str
    country: str | None = None  # ISO3; None for macro-regions
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonameid: int | None = None
    # Member countries (ISO3) of a macro-region; empty for everything else.
    countries: tuple[str, ...] = ()

    @property
    def resolution(self) -> int | None:
        if self.feature == REGION:
            return 2 if self.country else None  # a region inside one country ranks like a province
        return _RESOLUTION.get(self.feature)

    @property
    def is_country(self) -> bool:
        return self.feature == COUNTRY

    @property
    def is_region(self) -> bool:
        return self.feature == REGION

    def to_event_loc(self, text: str | None = None) -> EventLoc:
        return EventLoc(
            name=self.name,
            country=self.country,
            admin1=self.admin1 if self.feature != ADM1 else self.name,
            admin2=self.admin2 if self.feature != ADM2 else self.name,
            lat=self.lat,
            lon=self.lon,
            geonameid=self.geonameid,
            feature=self.feature,
            resolution=self.resolution,
            text=text,
            countries=list(self.countries) if self.countries else ([self.country] if self.country else []),
        )


@runtime_checkable
class Gazetteer(Protocol):
    """What the `where` stage needs from a gazetteer (offline index or the in-memory fake)."""

    def lookup(self, name: str) -> list[Place]:
        """All places called `name` (any case, accents, punctuation); demonyms are not names."""
        ...

    def country(self, iso3: str) -> Place | None: ...

    def capital(self, iso3: str) -> Place | None: ...

    def demonym(self, word: str) -> Place | None:
        """The country a demonym ("Tajik", "Iranian") points to (for gold sets that tag them)."""
        ...

    def admin1_names(self) -> Sequence[tuple[str, str]]:
        """(name, ISO3) of first-level regions, for the entity ruler."""
        ...

    def capitals(self) -> Sequence[tuple[str, str]]:
        """(name, ISO3) of national capitals, for the entity ruler."""
        ...

    def compound_names(self, min_people: int) -> Sequence[tuple[str, str]]:
        """(name, ISO3) of towns of at least `min_people`, capitals and second-level divisions whose name
        has several words ("Kansas City"), for the entity ruler."""
        ...

    def country_names(self) -> Sequence[str]:
        """The primary names of the countries."""
        ...


_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})
_DROP = re.compile(r"[’'`ʼʻ.]")
_SPACE = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Lookup key: accents, case, apostrophes and dots dropped, other punctuation -> space, no leading
    'the'. "U.S." -> "us", "Kurgan-Tyube" -> "kurgan tyube", "Kŭlob" -> "kulob". Memoised: ranking
    computes the key of every candidate's name for every mention (a pure function of the string)."""
    if name.isascii():
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold().translate(_FOLD)
    s = _SPACE.sub(" ", _DROP.sub("", s)).strip()
    if s.startswith("the "):
        s = s[4:]
    return s
