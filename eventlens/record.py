"""Typed records that flow between stages: Article in, Event out.

Every stage takes and returns these dataclasses, so `store`, `api` and `export` never import spaCy.
Field names follow DEVELOPERS.md ("The record we emit"); `to_dict()` gives the JSON record with every
field present (null where unknown). `eventlens.export` maps them to PLOVER's own names.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES: tuple[str, ...] = ("asserted", "reported", "historical", "future", "hypothetical", "negated")
REALIZED_MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "historical"})
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "publication")
ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "group", "unknown")


def text_hash(text: str) -> str:
    """Content identity of an article text (used to store the same text once)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One document to code. `article_id` is its identity in the store."""

    article_id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    publication: str | None = None
    # Wire sources named in a trailing citation block, e.g. ["IRNA, April 20, 23", "Itar-Tass, April 27"].
    sources: list[str] = field(default_factory=list)
    # Anything else the input carried (header fields, extra JSON/CSV columns, source path).
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)


@dataclass
class Actor:
    text: str
    name: str | None = None
    country: str | None = None  # ISO3, or IGO/NGO/UNO/EUR/IMG... (PLOVER codes)
    sector: str | None = None  # PLOVER sector code (GOV, MIL, COP, ...)
    other_sectors: list[str] = field(default_factory=list)
    kind: str = "unknown"  # person | organization | country | group | unknown
    # Character offsets of `text` in the article (for highlighting); not part of PLOVER.
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None  # canonical registry id, when the store assigned one


@dataclass
class EventLoc:
    name: str | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # GeoNames feature class.code, e.g. "P.PPLC", "A.ADM2"
    resolution: int | None = None  # 1 country, 2 province, 3 district, 4 city, 5 sub-city
    # The place name as written in the text.
    text: str | None = None
    # Every country (ISO3) the location touches: both sides of a border ("on the Tajik-Afghan border"),
    # or the single country of any other place; `country` is the first/most relevant of them.
    countries: list[str] = field(default_factory=list)


@dataclass
class TextInfo:
    sentence: int  # sentence sequence number in the article (0-based)
    start: int  # sentence character offsets in the article text
    end: int
    trigger: str
    trigger_start: int  # trigger character offsets in the article text
    trigger_end: int


@dataclass
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


@dataclass
class Coder:
    name: str = "eventlens"
    version: str = ""
    lexicon_version: str = ""


@dataclass
class CiteInfo:
    publication: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date of the article
    sources: list[str] = field(default_factory=list)


@dataclass
class Event:
    id: str
    article_id: str
    event: str  # PLOVER type
    text: str  # the sentence
    text_info: TextInfo
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    date: str | None = None  # ISO date (first day of the period for week/month/year precision)
    date_precision: str | None = None
    date_text: str | None = None
    event_loc: EventLoc | None = None
    modality: str = "asserted"
    attributed_to: str | None = None
    size: Size = field(default_factory=Size)
    cameo: str | None = None
    quad_code: int | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    confidence: float = 0.0
    explanation: str = ""
    link: str | None = None
    coder: Coder = field(default_factory=Coder)
    coded_date: str | None = None
    cite_info: CiteInfo = field(default_factory=CiteInfo)

    def to_dict(self) -> dict[str, Any]:
        """`dataclasses.asdict(self)`, made without its deep copy of every string and number (a tenth of
        a worker's time after coding went there): the same dict, sharing only immutable leaves."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Inverse of `to_dict` (tolerates missing optional fields)."""
        d = dict(data)
        d["text_info"] = TextInfo(**d["text_info"])
        d["actor"] = [Actor(**a) for a in d.get("actor") or []]
        d["recipient"] = [Actor(**a) for a in d.get("recipient") or []]
        d["event_loc"] = EventLoc(**d["event_loc"]) if d.get("event_loc") else None
        d["size"] = Size(**(d.get("size") or {}))
        d["coder"] = Coder(**(d.get("coder") or {}))
        d["cite_info"] = CiteInfo(**(d.get("cite_info") or {}))
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


# Values `dataclasses.asdict` would deep-copy, which for these is the value itself.
_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}  # dataclass -> its field names, in order


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` of a record: dataclasses become dicts (fields in order), lists, tuples and
    dicts are rebuilt, immutable scalars are kept, anything else is deep-copied as asdict does."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    names = _FIELDS.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list:
        return [_plain(v) for v in value]
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple, rebuilt field by field
        return kind(*[_plain(v) for v in value])
    if isinstance(value, list | tuple):
        return kind(_plain(v) for v in value)
    if isinstance(value, dict):
        return kind((_plain(k), _plain(v)) for k, v in value.items())
    return copy.deepcopy(value)


def event_id(article_id: str, sentence_start: int, trigger_start: int, trigger_end: int, event_type: str) -> str:
    """Stable id: the same text coded again yields the same ids."""
    key = f"{article_id}\x1f{sentence_start}\x1f{trigger_start}\x1f{trigger_end}\x1f{event_type}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
