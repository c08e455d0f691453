"""Cross-article dedup: cluster events from different articles that report the same real-world event.

Two events may be the same when they have the same PLOVER type, come from different articles, happen
within `window_days` of each other, do not contradict on place (different event countries, or
coordinates more than `max_distance_km` apart), on participants (both have named actors/recipients
and share none), on the countries their sentences name (each names one the other does not) or on
casualty counts (different dead or injured figures, unless one sentence updates a toll), or on day
for acts that recur daily (`recurring_types`: different towns or provinces, or different days and no named
participant in common), on
direction (directed types whose actors share no country) or on repetition (one says the act happened
"again", "a further" time), and say similar things: the cosine of their IDF-weighted word sets (sentence words plus actor/recipient
countries and proper names, so a rare name weighs more than "kills") is at least `min_similarity`
when they share a named participant, `min_similarity_unnamed` when they do not.

Clustering is single pass in date order: an event joins the open cluster of its type holding its most
similar compatible member, else starts a new one. A cluster is closed to newcomers once its first
event is more than `max_span_days` older, which stops a long war from chaining into one cluster.
Each member's `link` gets the cluster id (`cl-` + the first member's event id, so the id stays put as
later reports join). Members are kept; `Cluster` summarises them.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventlens.record import Actor, Event

# Function words and reporting verbs carry no identity of an event.
# Words that mark a casualty figure as an update of an earlier report rather than a new incident.
_TOLL_UPDATE_RE = re.compile(r"\b(?:toll|ris(?:e|es|en|ing)|increas(?:e|es|ed|ing)|total(?:s|ing|ling)?|bringing|"
                             r"raising|climbs?|cumulative|so far)\b", re.IGNORECASE)
# Words beside a trigger that make it a new occurrence of something reported before: "arrested again",
# "a further five are sentenced", "clashes for a second day", "renewed fighting".
_REPEAT_RE = re.compile(r"\b(?:again|anew|once more|a further|renewed|fresh|(?:for )?an?(?:other)? "
                        r"(?:second|third|fourth|fifth|sixth|seventh) (?:day|night|time|week|round))\b",
                        re.IGNORECASE)
REPEAT_WINDOW = 40  # characters either side of the trigger searched for a repetition word
# Types where the actor and the recipient are interchangeable parties (PLOVER puts all parties in
# `actor` when there is no direction), so their actor lists are not compared.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
CITY_RESOLUTION = 4  # EventLoc.resolution of a city; 5 is a place within one
_STOPWORDS = frozenset("""
a an the of in on at to for from by with and or but as is are was were be been being has have had
it its this that these those their his her he she they them we our after before over under into
about against during between while than then also more most other some such no not only says said
say tells told reports reported according will would could should may can new two three one four
five six seven eight nine ten least people including amid following
""".split())
_TOKEN_RE = re.compile(r"[^\W_][\w'’-]*[^\W_]|[^\W_]", re.UNICODE)


@dataclass(frozen=True)
class DedupSettings:
    window_days: int = 3  # max gap between a newcomer and the cluster's latest member
    max_span_days: int = 7  # a cluster accepts events up to this many days after its first one
    # IDF-weighted cosine of the two events' word sets needed to merge: when they share a named
    # participant, and when they do not (then only the wording says they are the same event).
    min_similarity: float = 0.4
    min_similarity_unnamed: float = 0.6
    max_distance_km: float = 150.0  # event locations further apart are different events
    max_members_compared: int = 25  # newest members of a cluster a newcomer is compared with
    # Words in more than this share of events never make two events candidates on their own.
    candidate_max_df: float = 0.02
    # Types whose acts recur day after day in one conflict (strikes on the same city, daily barrages):
    # two such events in different towns or provinces are different incidents, and on different days they are one
    # only when they share a named participant (a person or organisation by name, not just
    # countries), e.g. the killing of a named commander and a later report of it.
    recurring_types: frozenset[str] = frozenset({"ASSAULT"})


@dataclass
class Cluster:
    cluster_id: str
    event: str
    member_ids: list[str]
    article_ids: list[str]
    num_events: int
    num_articles: int
    num_sources: int
    first_report: str | None  # earliest publication date of a member's article
    last_report: str | None
    first_date: str | None  # earliest event date
    last_date: str | None
    actor_countries: list[str] = field(default_factory=list)
    recipient_countries: list[str] = field(default_factory=list)
    place: str | None = None
    text: str = ""  # the first member's sentence


@dataclass
class _Item:
    """What clustering needs of one event."""

    event: Event
    day: int  # date ordinal
    tokens: frozenset[str]
    participants: frozenset[str]  # named actors/recipients: "c:IRN", "n:giuseppe conte"
    mentioned: frozenset[str]  # countries the sentence names (country, demonym or capital)
    counts: tuple[int | None, int | None]  # (dead, injured) as the sentence states them
    updates_toll: bool  # "the toll rises to ...": a later count of an earlier event
    repeats: bool  # "arrested again": a new occurrence of an act reported before
    town: int | None  # GeoNames id of the event's city or finer place (resolution 4-5)
    province: str | None  # the event place's first-level division ("Idlib", "Baghdād")
    actor_countries: frozenset[str]
    place_country: str | None
    coords: tuple[float, float] | None
    vector: dict[str, float] = field(default_factory=dict)


@dataclass
class _Open:
    items: list[_Item]
    articles: set[str]
    first_day: int
    last_day: int
    place_countries: set[str]


_LEADING_WORDS = re.compile(r"^(?:the|a|an|some|several|many|\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
                            r"nine|ten|dozens?|hundreds?|thousands?|at least|more than|other)\s+", re.IGNORECASE)


def _specific_name(actor: Actor) -> str | None:
    """The actor's name when it is a proper name ("Giuseppe Conte", "Myanmar's ambassador"), None for a
    common noun phrase ("two attackers", "security forces"), which identifies no one across reports."""
    raw = (actor.name or actor.text or "").strip()
    while (stripped := _LEADING_WORDS.sub("", raw)) != raw:
        raw = stripped
    if not any(word[:1].isupper() for word in raw.split()):
        return None
    return raw.lower() or None


@lru_cache(maxsize=1)
def _country_name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every country, demonym and capital name of the actors stage's table (longest
    first, so "Democratic Republic of the Congo" is not read as "Republic of the Congo"), and the
    code each name stands for."""
    from eventlens.actors.tables import load_tables

    codes: dict[str, str] = {}
    for _, entry in load_tables().entries(("country", "demonym", "capital")):
        if entry.code:
            codes.setdefault(entry.text, entry.code)
    names = sorted(codes, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)"), codes


def _country_mentions(text: str) -> frozenset[str]:
    """Country codes named in the sentence (as a country, demonym or capital)."""
    pattern, codes = _country_name_pattern()
    return frozenset(codes[m.group(0)] for m in pattern.finditer(text))


def _event_day(event: Event) -> int | None:
    """The event's own day when the text gives one, else its article's publication date."""
    candidates = []
    if event.date and event.date_precision in (None, "day"):
        candidates.append(event.date)
    candidates.extend([event.cite_info.published, event.date])
    for value in candidates:
        if value:
            try:
                return date.fromisoformat(str(value)[:10]).toordinal()
            except ValueError:
                continue
    return None


def _features(event: Event, mentions: dict[str, frozenset[str]]) -> _Item | None:
    day = _event_day(event)
    if day is None:
        return None
    text = event.text or ""
    words = {w.lower() for w in _TOKEN_RE.findall(text)}
    tokens = {w for w in words if w not in _STOPWORDS and not w.isdigit() and len(w) > 1}
    participants: set[str] = set()
    for actor in (*event.actor, *event.recipient):
        if actor.country:
            participants.add(f"c:{actor.country}")
        name = _specific_name(actor)
        if name and actor.kind != "country":
            participants.add(f"n:{name}")
    loc = event.event_loc
    coords = (loc.lat, loc.lon) if loc and loc.lat is not None and loc.lon is not None else None
    return _Item(
        event=event, day=day, tokens=frozenset(tokens | participants), participants=frozenset(participants),
        mentioned=mentions[text] if text in mentions else mentions.setdefault(text, _country_mentions(text)),
        counts=(event.size.dead, event.size.injured), updates_toll=bool(_TOLL_UPDATE_RE.search(text)),
        repeats=_repeats(event), town=loc.geonameid if loc and (loc.resolution or 0) >= CITY_RESOLUTION else None,
        province=loc.admin1 if loc else None,
        actor_countries=frozenset(a.country for a in event.actor if a.country),
        place_country=loc.country if loc and loc.country else None, coords=coords,
    )


def _repeats(event: Event) -> bool:
    """A repetition word right beside the trigger ("is arrested again", "a further three are sentenced")."""
    info, text = event.text_info, event.text or ""
    if info is None or not text:
        return False
    at = max(0, info.trigger_start - info.start)
    end = max(at, info.trigger_end - info.start)
    return bool(_REPEAT_RE.search(text[max(0, at - REPEAT_WINDOW): end + REPEAT_WINDOW]))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(token, 0.0) for token, weight in a.items())


def compatible(a: _Item, b: _Item, settings: DedupSettings) -> bool:
    """Hard constraints: nothing in the two records says they are different events."""
    if a.event.event != b.event.event or a.event.article_id == b.event.article_id:
        return False
    if abs(a.day - b.day) > settings.window_days:
        return False
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    if a.coords and b.coords and _km(a.coords, b.coords) > settings.max_distance_km:
        return False
    if a.participants and b.participants and not (a.participants & b.participants):
        return False
    if a.repeats != b.repeats:
        return False  # one of them is the act happening again
    if a.event.event not in SYMMETRIC_TYPES and a.actor_countries and b.actor_countries \
            and not a.actor_countries & b.actor_countries:
        return False  # "the US criticises China" and "China criticises the US": two acts
    recurring = a.event.event in settings.recurring_types
    if recurring and ((a.town and b.town and a.town != b.town)
                      or (a.province and b.province and a.province != b.province)):
        return False  # air strikes on Aleppo and on Idlib the same day: two strikes, however close
    if a.day != b.day and recurring and not any(
            p.startswith("n:") for p in a.participants & b.participants):
        return False  # "Russian strikes hit Kharkiv" on two days: two strikes
    if not (a.updates_toll or b.updates_toll) and any(
            x is not None and y is not None and x != y for x, y in zip(a.counts, b.counts, strict=True)):
        return False  # "13 soldiers killed" and "10 soldiers killed", neither a toll update: two incidents
    # "Venezuela receives doses donated by China" vs "Montenegro receives doses donated by China":
    # each names a country the other does not, so they are two events.
    return not (a.mentioned - b.mentioned and b.mentioned - a.mentioned)


def _weigh(items: list[_Item]) -> dict[str, int]:
    """Give each item an IDF-weighted unit vector; returns document frequencies."""
    df: dict[str, int] = defaultdict(int)
    for item in items:
        for token in item.tokens:
            df[token] += 1
    n = len(items)
    for item in items:
        # Sorted, so float sums run in the same order whatever the string hash seed.
        weights = {t: math.log((n + 1) / (df[t] + 0.5)) for t in sorted(item.tokens)}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        item.vector = {t: w / norm for t, w in weights.items()}
    return df


def cluster_events(events: Iterable[Event], settings: DedupSettings | None = None) -> list[Cluster]:
    """Cluster `events` (setting each one's `link`) and return one `Cluster` per cluster, singletons
    included, ordered by first event date. Events with no usable date stay unlinked."""
    settings = settings or DedupSettings()
    mentions: dict[str, frozenset[str]] = {}  # events of one sentence share its text
    items = [item for item in (_features(e, mentions) for e in events) if item is not None]
    items.sort(key=lambda i: (i.day, i.event.article_id, i.event.id))
    df = _weigh(items)
    max_df = max(100, int(settings.candidate_max_df * len(items)))  # small inputs: no pruning needed
    groups: list[list[_Item]] = []
    open_by_type: dict[str, list[int]] = defaultdict(list)  # type -> indexes into groups
    state: dict[int, _Open] = {}
    for item in items:
        kind = item.event.event
        open_ids = [g for g in open_by_type[kind] if state[g].last_day >= item.day - settings.window_days
                    and state[g].first_day >= item.day - settings.max_span_days]
        open_by_type[kind] = open_ids
        best, best_score = None, 0.0
        keys = {t for t in item.tokens if df[t] <= max_df}
        for g in open_ids:
            group = state[g]
            if item.event.article_id in group.articles:
                continue
            if item.place_country and group.place_countries and item.place_country not in group.place_countries:
                continue
            for member in group.items[-settings.max_members_compared:]:
                if not (keys & member.tokens) or not compatible(item, member, settings):
                    continue
                score = _cosine(item.vector, member.vector)
                named = bool(item.participants & member.participants)
                needed = settings.min_similarity if named else settings.min_similarity_unnamed
                if score >= needed and score > best_score:
                    best, best_score = g, score
        if best is None:
            best = len(groups)
            groups.append([])
            state[best] = _Open([], set(), item.day, item.day, set())
            open_by_type[kind].append(best)
        groups[best].append(item)
        group = state[best]
        group.items.append(item)
        group.articles.add(item.event.article_id)
        group.last_day = max(group.last_day, item.day)
        if item.place_country:
            group.place_countries.add(item.place_country)
    return [_summarise(group) for group in groups]


def cluster_id(first_event_id: str) -> str:
    return "cl-" + hashlib.sha256(first_event_id.encode("utf-8")).hexdigest()[:16]


def _summarise(members: list[_Item]) -> Cluster:
    first = members[0]
    cid = cluster_id(first.event.id)
    sources: set[str] = set()
    reports: list[str] = []
    actor_countries: set[str] = set()
    recipient_countries: set[str] = set()
    for member in members:
        event = member.event
        event.link = cid
        cite = event.cite_info
        sources.update(s.strip().lower() for s in (*cite.sources, cite.publication or "") if s and s.strip())
        if cite.published:
            reports.append(str(cite.published)[:10])
        actor_countries.update(a.country for a in event.actor if a.country)
        recipient_countries.update(a.country for a in event.recipient if a.country)
    days = [date.fromordinal(m.day).isoformat() for m in members]
    article_ids = list(dict.fromkeys(m.event.article_id for m in members))
    loc = next((m.event.event_loc for m in members if m.event.event_loc), None)
    return Cluster(
        cluster_id=cid,
        event=first.event.event,
        member_ids=[m.event.id for m in members],
        article_ids=article_ids,
        num_events=len(members),
        num_articles=len(article_ids),
        num_sources=len(sources),
        first_report=min(reports) if reports else None,
        last_report=max(reports) if reports else None,
        first_date=min(days),
        last_date=max(days),
        actor_countries=sorted(actor_countries),
        recipient_countries=sorted(recipient_countries),
        place=(loc.name or loc.country) if loc else None,
        text=first.event.text,
    )


@dataclass
class DedupStats:
    events: int
    clusters: int
    merged_clusters: int  # clusters with members from 2+ articles
    merged_events: int  # events in those clusters
    largest: int


def stats(clusters: list[Cluster]) -> DedupStats:
    merged = [c for c in clusters if c.num_articles > 1]
    return DedupStats(
        events=sum(c.num_events for c in clusters),
        clusters=len(clusters),
        merged_clusters=len(merged),
        merged_events=sum(c.num_events for c in merged),
        largest=max((c.num_events for c in clusters), default=0),
    )


# --- run directories and the store ----------------------------------------------------------------

CLUSTERS_FILE = "clusters.parquet"
LINKS_FILE = "links.parquet"


def _iter_run_events(out_dir: Path) -> Iterator[Event]:
    from eventlens.scale import tables

    for row in tables.iter_rows(tables.part_files(out_dir, tables.EVENTS_DIR), ["record"]):
        yield tables.event_from_row(row)


def dedup_run(out_dir: str | Path, settings: DedupSettings | None = None) -> DedupStats:
    """Cluster the events of an `eventlens run` directory; writes `clusters.parquet` (one row per
    cluster) and `links.parquet` (event id -> cluster id), which `eventlens load` applies. The event
    parts themselves are not rewritten."""
    import pyarrow as pa

    from eventlens.scale import tables

    out = Path(out_dir)
    events = list(_iter_run_events(out))
    clusters = cluster_events(events, settings)
    strings = pa.list_(pa.string())
    cluster_schema = pa.schema([
        ("cluster_id", pa.string()), ("event", pa.string()), ("num_events", pa.int32()),
        ("num_articles", pa.int32()), ("num_sources", pa.int32()), ("first_report", pa.string()),
        ("last_report", pa.string()), ("first_date", pa.string()), ("last_date", pa.string()),
        ("actor_countries", strings), ("recipient_countries", strings), ("place", pa.string()),
        ("text", pa.string()), ("member_ids", strings), ("article_ids", strings),
    ])
    rows = [{name: getattr(c, name) for name in cluster_schema.names} for c in clusters]
    tables.write_parquet_atomic(rows, cluster_schema, out / CLUSTERS_FILE)
    link_schema = pa.schema([("id", pa.string()), ("cluster_id", pa.string())])
    link_rows = sorted(({"id": e.id, "cluster_id": e.link} for e in events if e.link), key=lambda r: r["id"])
    tables.write_parquet_atomic(link_rows, link_schema, out / LINKS_FILE)
    return stats(clusters)


def dedup_store(store: Any, settings: DedupSettings | None = None) -> DedupStats:
    """Cluster every event in an `eventlens.store.Store` and write the cluster ids to their `link`.

    Uses `Store.set_links({event_id: cluster_id})` when the store has it, else rewrites the events
    of each article whose links changed with `Store.replace_events` (the store owns all SQL)."""
    events = list(store.query_events())
    before = {e.id: e.link for e in events}
    clusters = cluster_events(events, settings)
    setter = getattr(store, "set_links", None)
    if setter is not None:
        setter({e.id: e.link for e in events if e.link})
        return stats(clusters)
    by_article: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    for article_id, article_events in by_article.items():
        if any(before[e.id] != e.link for e in article_events):
            article_events.sort(key=lambda e: e.text_info.trigger_start)
            store.replace_events(article_id, article_events)
    return stats(clusters)


def iter_cluster_events(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Group already-linked events by cluster id (for showing clusters instead of raw records)."""
    grouped: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.link:
            grouped[event.link].append(event)
    return dict(grouped)
