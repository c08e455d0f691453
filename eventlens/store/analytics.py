"""Read-side queries the API and `eventlens aggregate` need beyond `Store.query_events`: richer
filters (sector, place, context, text search, quad class), sorting, paging with totals, timeline
counts, dyads, the zero-filled country-period panel, mapped places and actors.

SQL stays portable (SQLite and PostgreSQL): aggregation happens in SQL by raw date, and dates are
bucketed into weeks/months in Python, because date truncation differs between the two backends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Column, String, Table, Text, and_, func, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from ..record import Event
from .query import EventQuery
from .schema import actors as registry
from .schema import event_actors, events, metadata
from .store import Store

# Each event's sentence, maintained by database triggers (migration 0003), for text search.
event_search = Table(
    "event_search",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("text", Text),
)

INTERVALS = ("day", "week", "month", "year")
PANEL_DIMENSIONS = ("country", "actor_country", "recipient_country", "type", "quad")
SORTS = {
    "date": (events.c.date,), "confidence": (events.c.confidence,), "event": (events.c.event,),
    "article": (events.c.article_id, events.c.position), "goldstein": (events.c.goldstein,),
}


@dataclass
class EventFilter:
    """Everything the API and the UI can filter events by (a superset of `EventQuery`)."""

    type: str | Sequence[str] | None = None
    quad: int | None = None
    mode: str | None = None
    context: str | None = None
    modality: str | Sequence[str] | None = None
    country: str | None = None  # any actor or recipient
    actor_country: str | None = None
    recipient_country: str | None = None
    actor_id: str | None = None
    sector: str | None = None  # any actor's or recipient's sector
    event_country: str | None = None
    place: str | None = None  # event_loc name (case-insensitive, exact)
    date_from: date | str | None = None
    date_to: date | str | None = None
    min_confidence: float | None = None
    q: str | None = None  # substring of the sentence
    article_id: str | None = None

    def base_query(self) -> EventQuery:
        """The part the store itself understands (validates types, modalities and dates)."""
        return EventQuery(type=self.type, actor=self.actor_country, recipient=self.recipient_country,
                          party=self.country, since=self.date_from, until=self.date_to,
                          modality=self.modality, min_confidence=self.min_confidence, article_id=self.article_id)


def _json_text(*path: str) -> ColumnElement[Any]:
    return events.c.record[path].as_string() if len(path) > 1 else events.c.record[path[0]].as_string()


def _context_condition(store: Store, value: str) -> ColumnElement[bool]:
    # JSON array membership has no portable spelling.
    if store.engine.dialect.name == "postgresql":
        return text("(events.record -> 'context') @> to_jsonb(CAST(:ctx AS text))").bindparams(ctx=value)
    return text("EXISTS (SELECT 1 FROM json_each(events.record, '$.context') WHERE json_each.value = :ctx)"
                ).bindparams(ctx=value)


def conditions(store: Store, f: EventFilter) -> list[Any]:
    conds = list(store._event_select(f.base_query()))
    if f.quad is not None:
        conds.append(events.c.quad_code == f.quad)
    if f.mode:
        conds.append(events.c.mode == f.mode)
    if f.context:
        conds.append(_context_condition(store, f.context))
    if f.event_country:
        conds.append(events.c.event_country == f.event_country.strip().upper())
    if f.sector:
        conds.append(events.c.id.in_(select(event_actors.c.event_id).where(
            event_actors.c.sector == f.sector.strip().upper())))
    if f.actor_id:
        conds.append(events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.actor_id == f.actor_id)))
    if f.place:
        conds.append(func.lower(_json_text("event_loc", "name")) == f.place.strip().lower())
    if f.q:
        # event_search holds each sentence, kept in step by triggers (migration 0003): scanning it reads
        # short strings instead of parsing every JSON record.
        conds.append(events.c.id.in_(select(event_search.c.event_id).where(
            event_search.c.text.icontains(f.q.strip(), autoescape=True))))
    return conds


def _order(sort: str) -> list[Any]:
    descending = sort.startswith("-")
    key = sort.lstrip("-+")
    if key not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)} (prefix - for descending)")
    # Nulls last either way, and a unique tie-breaker so pages never overlap.
    columns = [(c.desc() if descending else c.asc()).nulls_last() for c in SORTS[key]]
    return [*columns, events.c.id.desc() if descending else events.c.id.asc()]


def search_events(store: Store, f: EventFilter, sort: str = "date", limit: int = 50,
                  offset: int = 0) -> tuple[int, list[Event]]:
    """(total matching, one page of events)."""
    conds = conditions(store, f)
    # Two steps: sort and skip over the small key columns only, then read the (large) JSON records of
    # the one page; sorting whole records made deep pages of a 100k store take seconds.
    page_ids = select(events.c.id).where(*conds).order_by(*_order(sort)).limit(limit).offset(offset)
    count = select(func.count()).select_from(events).where(*conds)
    with store.engine.connect() as conn:
        if f.q:
            # Text search scans every record: count in the same scan (window function), not a second one.
            rows = conn.execute(page_ids.add_columns(func.count().over().label("total"))).all()
            wanted = [r.id for r in rows]
            total = rows[0].total if rows else conn.execute(count).scalar_one()
        else:
            total = conn.execute(count).scalar_one()
            wanted = list(conn.execute(page_ids).scalars())
        records = dict(conn.execute(select(events.c.id, events.c.record).where(events.c.id.in_(wanted))).all())
    return total, [Event.from_dict(records[i]) for i in wanted if i in records]


def iter_events(store: Store, f: EventFilter, sort: str = "date", limit: int | None = None) -> Iterator[Event]:
    """All matching events, streamed (for exports)."""
    stmt = select(events.c.record).where(*conditions(store, f)).order_by(*_order(sort)).limit(limit)
    with store.engine.connect() as conn:
        for row in conn.execution_options(yield_per=1000).execute(stmt):
            yield Event.from_dict(row.record)


# --- periods --------------------------------------------------------------------------------------

def period_start(day: date, interval: str) -> date:
    if interval == "day":
        return day
    if interval == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if interval == "month":
        return day.replace(day=1)
    if interval == "year":
        return day.replace(month=1, day=1)
    raise ValueError(f"unknown interval {interval!r}; use one of {', '.join(INTERVALS)}")


def next_period(start: date, interval: str) -> date:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def periods_between(first: date, last: date, interval: str, max_periods: int = 5000) -> list[date]:
    """Every period start from the one holding `first` to the one holding `last` (bounded)."""
    out, at = [], period_start(first, interval)
    while at <= last and len(out) < max_periods:
        out.append(at)
        at = next_period(at, interval)
    return out


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


# --- timeline ---------------------------------------------------------------------------------------

@dataclass
class Timeline:
    interval: str
    by: str
    periods: list[str]  # period start dates
    ends: list[str]  # last day of each period
    series: list[dict[str, Any]]  # {"key": ..., "counts": [...]} aligned with periods
    undated: int = 0


def timeline(store: Store, f: EventFilter, interval: str = "month", by: str = "quad",
             max_periods: int = 2000) -> Timeline:
    """Event counts per period, one series per quad class or event type (periods zero-filled)."""
    if by not in ("quad", "type"):
        raise ValueError("by must be 'quad' or 'type'")
    period_start(date(2000, 1, 1), interval)  # validates interval
    key_col = events.c.quad_code if by == "quad" else events.c.event
    stmt = (select(events.c.date, key_col, func.count()).where(*conditions(store, f))
            .group_by(events.c.date, key_col))
    counts: Counter[tuple[date, str]] = Counter()
    undated = 0
    with store.engine.connect() as conn:
        for raw_day, key, n in conn.execute(stmt):
            day = _parse_day(raw_day)
            if day is None:
                undated += n
                continue
            counts[(period_start(day, interval), "unknown" if key is None else str(key))] += n
    if not counts:
        return Timeline(interval, by, [], [], [], undated)
    days = [d for d, _ in counts]
    starts = periods_between(min(days), max(days), interval, max_periods)
    index = {d: i for i, d in enumerate(starts)}
    keys = sorted({k for _, k in counts}, key=lambda k: (k == "unknown", k))
    series = []
    for key in keys:
        row = [0] * len(starts)
        for (day, k), n in counts.items():
            if k == key and day in index:
                row[index[day]] += n
        series.append({"key": key, "counts": row})
    ends = [(next_period(s, interval) - timedelta(days=1)).isoformat() for s in starts]
    return Timeline(interval, by, [s.isoformat() for s in starts], ends, series, undated)


# --- dyads ------------------------------------------------------------------------------------------

@dataclass
class Dyad:
    actor: str  # country code, else the actor's name
    recipient: str
    count: int
    mean_goldstein: float | None
    mean_plover_score: float | None


def dyads(store: Store, f: EventFilter, limit: int = 100) -> list[Dyad]:
    """Actor -> recipient pairs (every actor x every recipient of an event), most frequent first."""
    a = event_actors.alias("a")
    r = event_actors.alias("r")
    a_key = func.coalesce(a.c.country, a.c.name, a.c.text)
    r_key = func.coalesce(r.c.country, r.c.name, r.c.text)
    n = func.count(func.distinct(events.c.id)).label("n")
    plover = events.c.record["plover_score"].as_float()
    stmt = (select(a_key.label("a_key"), r_key.label("r_key"), n, func.avg(events.c.goldstein).label("g"),
                   func.avg(plover).label("p"))
            .select_from(events.join(a, and_(a.c.event_id == events.c.id, a.c.role == "actor"))
                         .join(r, and_(r.c.event_id == events.c.id, r.c.role == "recipient")))
            .where(*conditions(store, f), a_key.is_not(None), r_key.is_not(None))
            .group_by(a_key, r_key).order_by(n.desc(), a_key, r_key).limit(limit))
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    out = []
    for row in rows:
        out.append(Dyad(
            actor=row.a_key, recipient=row.r_key,
            count=row.n,
            mean_goldstein=None if row.g is None else round(float(row.g), 3),
            mean_plover_score=None if row.p is None else round(float(row.p), 3)))
    return out


# --- panel ------------------------------------------------------------------------------------------

@dataclass
class Panel:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    undated: int = 0  # matching events left out because they carry no date
    unassigned: int = 0  # matching events left out because a grouping value is missing

    def to_records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def parse_panel_by(by: str | Sequence[str]) -> tuple[list[str], str]:
    """("country,month,type") -> (["country", "type"], "month"): the category dims and the interval."""
    parts = [p.strip().lower() for p in (by.split(",") if isinstance(by, str) else by) if p.strip()]
    intervals = [p for p in parts if p in INTERVALS]
    dims = [p for p in parts if p not in INTERVALS]
    unknown = [p for p in dims if p not in PANEL_DIMENSIONS]
    if unknown or len(intervals) != 1 or len(set(parts)) != len(parts):
        raise ValueError(f"by must name exactly one period ({', '.join(INTERVALS)}) and any of "
                         f"{', '.join(PANEL_DIMENSIONS)}, each once; got {','.join(parts) or '(nothing)'}")
    return dims, intervals[0]


def _dimension(name: str) -> ColumnElement[Any]:
    if name == "country":
        # Where it happened, else who did it: the usual country-month convention for event data.
        return func.coalesce(events.c.event_country, events.c.actor_country)
    if name == "actor_country":
        return events.c.actor_country
    if name == "recipient_country":
        return events.c.recipient_country
    if name == "type":
        return events.c.event
    return events.c.quad_code


def panel(store: Store, f: EventFilter, by: str | Sequence[str] = "country,month",
          max_cells: int = 2_000_000) -> Panel:
    """Counts per (dims..., period) with every combination of the observed dim values and every period
    in the range filled in (zero where nothing happened): the balanced panel analysts model on."""
    dims, interval = parse_panel_by(by)
    columns = [*dims, interval, "events"]
    dim_cols = [_dimension(d).label(f"d{i}") for i, d in enumerate(dims)]
    stmt = (select(*dim_cols, events.c.date, func.count().label("n")).where(*conditions(store, f))
            .group_by(*dim_cols, events.c.date))
    counts: Counter[tuple[Any, ...]] = Counter()
    undated = unassigned = 0
    with store.engine.connect() as conn:
        for row in conn.execute(stmt):
            values, raw_day, n = tuple(row[:len(dims)]), row[len(dims)], row[-1]
            day = _parse_day(raw_day)
            if day is None:
                undated += n
            elif any(v is None for v in values):
                unassigned += n
            else:
                counts[(*values, period_start(day, interval))] += n
    result = Panel(columns, undated=undated, unassigned=unassigned)
    if not counts:
        return result
    first = _parse_day(str(f.date_from)) if f.date_from else None
    last = _parse_day(str(f.date_to)) if f.date_to else None
    days = [k[-1] for k in counts]
    periods = periods_between(first or min(days), last or max(days), interval)
    levels: list[list[Any]] = [sorted({k[i] for k in counts}, key=str) for i in range(len(dims))]
    combos: list[tuple[Any, ...]] = [()]
    for level in levels:
        combos = [(*c, v) for c in combos for v in level]
    if len(combos) * len(periods) > max_cells:
        raise ValueError(f"panel would have {len(combos) * len(periods)} cells (limit {max_cells}); filter more")
    for combo in combos:
        for p in periods:
            result.rows.append([*combo, p.isoformat(), counts.get((*combo, p), 0)])
    return result


# --- places and actors ------------------------------------------------------------------------------

def places(store: Store, f: EventFilter, limit: int = 5000) -> list[dict[str, Any]]:
    """Distinct event locations with coordinates and their event counts (for the map)."""
    lat = events.c.record[("event_loc", "lat")].as_float()
    lon = events.c.record[("event_loc", "lon")].as_float()
    name = _json_text("event_loc", "name")
    n = func.count().label("n")
    stmt = (select(lat.label("lat"), lon.label("lon"), name.label("name"), events.c.event_country, n)
            .where(*conditions(store, f), lat.is_not(None), lon.is_not(None))
            .group_by(lat, lon, name, events.c.event_country).order_by(n.desc()).limit(limit))
    with store.engine.connect() as conn:
        return [{"lat": r.lat, "lon": r.lon, "name": r.name, "country": r.event_country, "count": r.n}
                for r in conn.execute(stmt)
                if -90 <= r.lat <= 90 and -180 <= r.lon <= 180]


def actors(store: Store, q: str | None = None, country: str | None = None, role: str | None = None,
           limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Distinct actors (name, country, sector, registry id) with how many events they take part in."""
    n = func.count(func.distinct(event_actors.c.event_id)).label("n")
    name = func.coalesce(event_actors.c.name, event_actors.c.text)
    conds: list[Any] = []
    if q:
        conds.append(or_(event_actors.c.name.icontains(q, autoescape=True),
                         event_actors.c.text.icontains(q, autoescape=True)))
    if country:
        conds.append(event_actors.c.country == country.strip().upper())
    if role:
        conds.append(event_actors.c.role == role)
    # One row per (name, country, registry id); the sector shown is one the actor was coded with, and
    # `canonical_name` the registry's name for the actor (eventlens.store.registry), when it has one.
    stmt = (select(name.label("name"), event_actors.c.country, func.max(event_actors.c.sector).label("sector"),
                   event_actors.c.actor_id, registry.c.name.label("canonical_name"), n)
            .select_from(event_actors.outerjoin(registry, registry.c.actor_id == event_actors.c.actor_id))
            .where(*conds).group_by(name, event_actors.c.country, event_actors.c.actor_id, registry.c.name)
            .order_by(n.desc(), name).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return [{"name": r.name, "country": r.country, "sector": r.sector, "actor_id": r.actor_id,
                 "canonical_name": r.canonical_name, "events": r.n}
                for r in conn.execute(stmt)]


def article_event_rows(store: Store, article_id: str) -> list[Event]:
    """Every stored event of one article in text order."""
    stmt = select(events.c.record).where(events.c.article_id == article_id).order_by(events.c.position, events.c.id)
    with store.engine.connect() as conn:
        return [Event.from_dict(r.record) for r in conn.execute(stmt)]


def distinct_values(store: Store, column: str, limit: int = 500) -> list[str]:
    col = {"mode": events.c.mode, "event_country": events.c.event_country}[column]
    with store.engine.connect() as conn:
        return [v for (v,) in conn.execute(select(col).where(col.is_not(None)).distinct().order_by(col).limit(limit))]
