"""Actor registry (issue 4): canonical actors with the names they go by across articles.

Every actor `Store.save` writes is resolved here, inside the article's transaction:

1. User entries win. An actor whose normalised name is an alias of a user entry (or whose `actor_id`
   already names one) takes that entry's id, canonical name, and its country, sector, other sectors
   and kind where the entry gives them, overwriting the coder's values in the stored record.
2. Countries are keyed by code: a `country` actor with a code is `country:<CODE>`.
3. Other named actors (persons, organisations, groups) match an automatic entry by normalised name
   and country (an entry or mention without a country matches when that is unambiguous); a person
   named by a single word matches the one person of that country with that surname. Otherwise a new
   entry is created with a deterministic id, `<kind>:<sha256(kind, country, name)[:16]>`, so two
   processes coding the same name agree without coordinating. A matched mention the coder left
   without a country or sector takes the entry's (noted in the event's `explanation`): "Putin" alone
   in a later article is Russian once "Russian President Vladimir Putin" is stored.

Actors without a name (and no country code) get no registry id.

User alias file (`eventlens actors --import aliases.yaml`), a YAML list (or `{actors: [...]}`):

    - name: "Jane Roe"              # canonical name (required)
      country: XYZ                  # ISO3 or PLOVER code (optional)
      sector: GOV                   # primary PLOVER sector (optional)
      other_sectors: [MIL]          # optional
      kind: person                  # person | organization | group | country | unknown (optional)
      aliases: ["J. Roe", "Roe"]    # other spellings, matched after normalisation (optional)
      id: my-id                     # optional; default: derived from kind, country and name

Importing upserts the entries (source `user`), folds automatic entries that go by one of their
names into them, and re-resolves the stored events that mention them (records, event rows and
event_actors rows), so old and new events agree. Entries missing from a later file are kept.

Names are normalised for matching: accents removed, case folded, punctuation as spaces, a leading
"the" dropped ("the Al-Qaeda" = "al qaeda").
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, case, delete, func, insert, or_, select, update

from ..record import ACTOR_KINDS, Actor, Event
from .schema import actor_aliases, actors, event_actors, events

USER, AUTO = "user", "auto"
COUNTRY = "country"
_KEY_MAX = 500  # alias/name_key columns are String(512)
_SURNAME_MAX = 128
_CODE = re.compile(r"^[A-Z]{3}$")
_ENTRY_FIELDS = {"name", "country", "sector", "other_sectors", "kind", "aliases", "id"}
_CHUNK = 500  # ids per IN (...) list


def normalise_name(name: str | None) -> str:
    """Matching key of a name: "Côte d'Ivoire" -> "cote d ivoire", "The Taliban" -> "taliban"."""
    if not name:
        return ""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = re.sub(r"[\W_]+", " ", text.casefold()).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)[:_KEY_MAX]


def registry_id(kind: str | None, country: str | None, key: str) -> str:
    """Deterministic id of an entry: `country:IRN` for countries, else a hash of kind, country, name."""
    if kind == COUNTRY and country:
        return f"country:{country}"
    label = kind or "actor"
    digest = hashlib.sha256(f"{label}\x1f{country or ''}\x1f{key}".encode()).hexdigest()[:16]
    return f"{label}:{digest}"


@functools.lru_cache(maxsize=512)
def country_name(code: str) -> str | None:
    """Readable name of an ISO3 code for a country entry ("IRN" -> "Iran"); None for PLOVER-only codes."""
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return None
    return getattr(found, "common_name", None) or found.name


def _now() -> datetime:
    return datetime.now(UTC)


def _surname(kind: str | None, key: str) -> str | None:
    return key.rsplit(" ", 1)[-1][:_SURNAME_MAX] if kind == "person" and " " in key else None


@dataclass
class Entry:
    """One registry row as resolution sees it."""

    actor_id: str
    name: str
    country: str | None
    sector: str | None
    other_sectors: list[str] | None
    kind: str | None
    source: str

    @classmethod
    def from_row(cls, row: Any) -> Entry:
        return cls(row.actor_id, row.name, row.country, row.sector,
                   None if row.other_sectors is None else list(row.other_sectors), row.kind, row.source)


def _insert_ignoring_duplicates(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows, skipping those whose key a concurrent writer (or an earlier save) already added."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    conn.execute(dialect_insert(table).on_conflict_do_nothing(), rows)


# Built once: a save runs these per article, and building the statements cost more than running them.
_BY_ALIAS = (select(actor_aliases.c.alias, actors).join(actors, actors.c.actor_id == actor_aliases.c.actor_id)
             .where(actor_aliases.c.alias.in_(bindparam("keys", expanding=True))).order_by(actors.c.actor_id))
_BY_ID = select(actors).where(actors.c.actor_id.in_(bindparam("ids", expanding=True)))


class Resolver:
    """Resolves the actors of events against the registry on one connection (one transaction).

    `resolve_events` decides and queues new entries and aliases; `flush` writes them sorted by key, so
    concurrent PostgreSQL writers take row locks in the same order and cannot deadlock."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._by_id: dict[str, Entry | None] = {}
        self._by_alias: dict[str, list[Entry]] = {}
        self._new_actors: dict[str, dict[str, Any]] = {}
        self._new_aliases: dict[tuple[str, str], dict[str, Any]] = {}

    # --- lookups (cached for the transaction) ----------------------------------------------------

    def _prefetch(self, keys: Iterable[str], ids: Iterable[str]) -> None:
        keys = sorted({k for k in keys if k and k not in self._by_alias})
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            for k in chunk:
                self._by_alias[k] = []
            for row in self.conn.execute(_BY_ALIAS, {"keys": chunk}):
                entry = self._by_id.get(row.actor_id) or Entry.from_row(row)
                self._by_id[row.actor_id] = entry
                self._by_alias[row.alias].append(entry)
        ids = sorted({i for i in ids if i and i not in self._by_id})
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            for actor_id in chunk:
                self._by_id[actor_id] = None
            for row in self.conn.execute(_BY_ID, {"ids": chunk}):
                self._by_id[row.actor_id] = Entry.from_row(row)

    def _entry(self, actor_id: str) -> Entry | None:
        if actor_id not in self._by_id:
            self._prefetch((), [actor_id])
        return self._by_id[actor_id]

    def _aliased(self, key: str) -> list[Entry]:
        if key not in self._by_alias:
            self._prefetch([key], ())
        return self._by_alias[key]

    def _by_surname(self, surname: str) -> list[Entry]:
        """Persons whose name ends with this word (stored, and created earlier in this transaction)."""
        surname = surname[:_SURNAME_MAX]
        found: dict[str, Entry] = {}
        for row in self.conn.execute(select(actors).where(actors.c.surname == surname)):
            found[row.actor_id] = self._by_id.get(row.actor_id) or Entry.from_row(row)
        for actor_id, row in self._new_actors.items():
            entry = self._by_id.get(actor_id)
            if row["surname"] == surname and entry is not None:
                found[actor_id] = entry
        return [found[a] for a in sorted(found)]

    # --- resolution ------------------------------------------------------------------------------

    def resolve_events(self, event_list: Sequence[Event]) -> None:
        people = [a for ev in event_list for a in (*ev.actor, *ev.recipient)]
        keys = [normalise_name(a.name) for a in people]
        ids = [a.actor_id for a in people if a.actor_id]
        ids += [registry_id(a.kind or "unknown", a.country, k) for a, k in zip(people, keys, strict=True)
                if k or (a.kind == COUNTRY and a.country)]
        self._prefetch(keys, ids)
        for event in event_list:
            for actor in (*event.actor, *event.recipient):
                learned = self.resolve(actor)
                if learned:
                    event.explanation += f"; {actor.text or actor.name}: {learned}"

    def resolve(self, actor: Actor) -> str | None:
        """Set `actor.actor_id` (and, for a user entry, its fields) from the registry. A named actor
        the coder left without a country or sector takes those of the one known actor it matches
        ("Putin" alone, after "Russian President Vladimir Putin" was stored); returns what it took."""
        key = normalise_name(actor.name)
        kind = actor.kind or "unknown"
        entry = self._user_entry(actor, key)
        if entry is None and kind == COUNTRY and actor.country:
            entry = self._entry(registry_id(COUNTRY, actor.country, ""))
        elif entry is None and key:
            entry = _choose([e for e in self._aliased(key) if e.kind != COUNTRY], actor.country)
            if entry is None and kind == "person" and " " not in key:
                # A surname alone ("Roe") names the one known person of that country with that surname.
                same = [e for e in self._by_surname(key) if e.kind == "person"
                        and (actor.country is None or e.country in (None, actor.country))]
                entry = same[0] if len(same) == 1 else None
        elif entry is None:
            return None  # no name and no country code: nothing to register
        learned = None
        if entry is None:
            actor_id = registry_id(kind, actor.country, key)
            entry = self._entry(actor_id) or self._create(actor_id, actor, key)
        elif entry.source != USER and kind != COUNTRY and (" " in key or len(self._by_surname(key)) == 1):
            learned = _learn(actor, entry)  # a lone surname only when one known person bears it
        self._add_alias(key, entry.actor_id, actor.name)
        if entry.source == USER:
            self._apply_user(actor, entry)
        else:
            actor.actor_id = entry.actor_id
        return learned

    def _user_entry(self, actor: Actor, key: str) -> Entry | None:
        if actor.actor_id:
            entry = self._entry(actor.actor_id)
            if entry is not None and entry.source == USER:
                return entry
        if not key:
            return None
        users = [e for e in self._aliased(key) if e.source == USER]
        if len(users) > 1:  # the same alias in several user entries: the one of the actor's country
            users = [e for e in users if e.country == actor.country]
        return users[0] if len(users) == 1 else None

    def _apply_user(self, actor: Actor, entry: Entry) -> None:
        actor.actor_id = entry.actor_id
        actor.name = entry.name
        if entry.country:
            actor.country = entry.country
        if entry.sector:
            actor.sector = entry.sector
        if entry.other_sectors is not None:
            actor.other_sectors = list(entry.other_sectors)
        if entry.kind:
            actor.kind = entry.kind

    def _create(self, actor_id: str, actor: Actor, key: str) -> Entry:
        kind = actor.kind or "unknown"
        country = country_name(actor.country) if kind == COUNTRY and actor.country else None
        name = country or actor.name or actor.text or actor.country or actor_id
        name_key = key or normalise_name(name)
        entry = Entry(actor_id, name, actor.country, actor.sector, list(actor.other_sectors), kind, AUTO)
        self._by_id[actor_id] = entry
        now = _now()
        self._new_actors[actor_id] = {
            "actor_id": actor_id, "name": name, "name_key": name_key, "surname": _surname(kind, name_key),
            "country": actor.country, "sector": actor.sector, "other_sectors": list(actor.other_sectors),
            "kind": kind, "source": AUTO, "created_at": now, "updated_at": now,
        }
        return entry

    def _add_alias(self, key: str, actor_id: str, text: str | None) -> None:
        if not key:
            return
        known = self._aliased(key)
        if any(e.actor_id == actor_id for e in known) or (key, actor_id) in self._new_aliases:
            return
        entry = self._entry(actor_id)
        if entry is not None:
            known.append(entry)
        self._new_aliases[(key, actor_id)] = {"alias": key, "actor_id": actor_id, "text": text, "source": AUTO}

    def flush(self) -> None:
        """Write the queued entries and aliases (idempotent under concurrent writers)."""
        _insert_ignoring_duplicates(self.conn, actors, [self._new_actors[k] for k in sorted(self._new_actors)])
        _insert_ignoring_duplicates(self.conn, actor_aliases,
                                    [self._new_aliases[k] for k in sorted(self._new_aliases)])
        self._new_actors.clear()
        self._new_aliases.clear()


def _learn(actor: Actor, entry: Entry) -> str | None:
    """Fill what the coder could not tell from the article (country, sector) from a matched entry."""
    learned = []
    if actor.country is None and entry.country:
        actor.country = entry.country
        learned.append(f"country {entry.country}")
    if actor.sector is None and entry.sector:
        actor.sector, actor.other_sectors = entry.sector, list(entry.other_sectors or [])
        learned.append(f"sector {entry.sector}")
    return " and ".join(learned) + f" from the actor registry entry {entry.name}" if learned else None


def _choose(entries: list[Entry], country: str | None) -> Entry | None:
    """The entry a name with this country (or none) refers to, if that is unambiguous."""
    if not entries:
        return None
    if country:
        same = [e for e in entries if e.country == country]
        if same:
            return same[0]
        open_ = [e for e in entries if e.country is None]
        return open_[0] if len(open_) == 1 else None
    if len(entries) == 1:
        return entries[0]
    open_ = [e for e in entries if e.country is None]
    return open_[0] if open_ else None


def resolve_events(conn: Connection, event_list: Sequence[Event]) -> None:
    """Give every actor of these events its registry id (creating entries as needed); called by
    `Store.save` (and every other event write of the store) before the rows are written."""
    resolver = Resolver(conn)
    resolver.resolve_events(event_list)
    resolver.flush()


# --- rewriting stored events (after an import, and the 0004 backfill) ------------------------------

def rewrite_events(conn: Connection, event_ids: Iterable[str]) -> int:
    """Re-resolve the actors of stored events and write their records, event rows and event_actors
    rows back; returns how many events were rewritten."""
    from .store import _actor_rows, _event_row  # (store imports this module)

    ids = list(dict.fromkeys(event_ids))  # in the caller's order: the first spelling seen names a new actor
    done = 0
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        rows = {r.id: r for r in conn.execute(select(events.c.id, events.c.article_id, events.c.record)
                                              .where(events.c.id.in_(chunk)))}
        stored = [(rows[e].article_id, Event.from_dict(rows[e].record)) for e in chunk if e in rows]
        resolve_events(conn, [ev for _, ev in stored])
        for article_id, ev in stored:
            values = _event_row(ev, article_id)
            del values["id"]
            conn.execute(update(events).where(events.c.id == ev.id).values(**values))
            conn.execute(delete(event_actors).where(event_actors.c.event_id == ev.id))
            actor_rows = _actor_rows(ev, article_id)
            if actor_rows:
                conn.execute(insert(event_actors), actor_rows)
        done += len(stored)
    return done


def backfill(conn: Connection) -> int:
    """Registry ids for events stored before the registry existed (migration 0004)."""
    # No id, or one the registry does not hold (set by another tool, or before a downgrade).
    unresolved = select(event_actors.c.event_id).where(
        or_(event_actors.c.actor_id.is_(None), event_actors.c.actor_id.not_in(select(actors.c.actor_id))),
        or_(event_actors.c.name.is_not(None), event_actors.c.country.is_not(None)))
    # In text order, as they were saved, so each actor is named by its first spelling.
    pending = conn.execute(select(events.c.id).where(events.c.id.in_(unresolved))
                           .order_by(events.c.article_id, events.c.position, events.c.id)).scalars().all()
    return rewrite_events(conn, pending)


# --- the user alias file ---------------------------------------------------------------------------

class AliasFileError(ValueError):
    """The alias file is not a list of entries of the documented format."""


@dataclass
class UserEntry:
    name: str
    country: str | None = None
    sector: str | None = None
    other_sectors: list[str] | None = None
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    id: str | None = None

    @property
    def actor_id(self) -> str:
        return self.id or registry_id(self.kind, self.country, normalise_name(self.name))

    def keys(self) -> dict[str, str]:
        """Normalised key -> spelling, for the canonical name and every alias."""
        out: dict[str, str] = {}
        for text in (self.name, *self.aliases):
            key = normalise_name(text)
            if key:
                out.setdefault(key, text)
        return out


def _code(value: Any, what: str) -> str | None:
    if value is None:
        return None
    code = str(value).strip().upper()
    if not _CODE.match(code):
        raise AliasFileError(f"{what} must be a 3-letter code, got {value!r}")
    return code


def _entry_from(raw: Any) -> UserEntry:
    if not isinstance(raw, dict):
        raise AliasFileError(f"an entry must be a mapping with at least 'name', got {type(raw).__name__}")
    unknown = sorted(set(raw) - _ENTRY_FIELDS)
    if unknown:
        raise AliasFileError(f"unknown field(s) {', '.join(unknown)}; fields: {', '.join(sorted(_ENTRY_FIELDS))}")
    name = raw.get("name")
    if not isinstance(name, str) or not normalise_name(name):
        raise AliasFileError("'name' must be a non-empty string")
    aliases = raw.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise AliasFileError("'aliases' must be a list of strings")
    others = raw.get("other_sectors")
    if others is not None:
        if not isinstance(others, list):
            raise AliasFileError("'other_sectors' must be a list of sector codes")
        others = [c for c in (_code(o, "other_sectors") for o in others) if c]
    kind = raw.get("kind")
    if kind is not None and kind not in ACTOR_KINDS:
        raise AliasFileError(f"'kind' must be one of {', '.join(ACTOR_KINDS)}, got {kind!r}")
    entry_id = raw.get("id")
    if entry_id is not None and (not isinstance(entry_id, str) or not entry_id.strip() or len(entry_id) > 128):
        raise AliasFileError("'id' must be a non-empty string of at most 128 characters")
    country = _code(raw.get("country"), "country")
    if kind == COUNTRY and not country:
        raise AliasFileError("an entry of kind 'country' needs its 'country' code")
    return UserEntry(name=name.strip(), country=country, sector=_code(raw.get("sector"), "sector"),
                     other_sectors=others, kind=kind, aliases=[a.strip() for a in aliases if a.strip()],
                     id=entry_id.strip() if entry_id else None)


def load_alias_file(path: str | Path) -> list[UserEntry]:
    """Parse and check a user alias file (format in the module docstring)."""
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise AliasFileError(f"{path}: cannot read: {exc}") from exc
    if isinstance(data, dict) and set(data) == {"actors"}:
        data = data["actors"]
    if data is None:
        data = []
    if not isinstance(data, list):
        raise AliasFileError(f"{path}: expected a list of actors (or 'actors: [...]')")
    out = []
    for i, raw in enumerate(data, 1):
        try:
            out.append(_entry_from(raw))
        except AliasFileError as exc:
            label = f" ({raw.get('name')})" if isinstance(raw, dict) and raw.get("name") else ""
            raise AliasFileError(f"{path}: entry {i}{label}: {exc}") from None
    return out


@dataclass
class ImportReport:
    entries: int = 0  # user entries created or updated
    aliases: int = 0  # names (canonical + aliases) they go by
    merged: int = 0  # automatic entries folded into a user entry
    events: int = 0  # stored events re-resolved

    def line(self) -> str:
        return (f"{self.entries} user actors, {self.aliases} names; {self.merged} automatic actors merged, "
                f"{self.events} stored events updated")


def _user_actor_id(conn: Connection, entry: UserEntry, per_name: Counter[str]) -> str:
    """The id an entry of the file updates: its `id`; else the stored user entry of that name and
    country; else the only stored user entry of that name, when the file names it once (an edited
    country or kind updates the entry rather than adding a namesake); else a new deterministic id."""
    if entry.id:
        return entry.id
    key = normalise_name(entry.name)
    stored = conn.execute(select(actors.c.actor_id, actors.c.country).where(
        actors.c.name_key == key, actors.c.source == USER).order_by(actors.c.actor_id)).all()
    same = [r.actor_id for r in stored if r.country == entry.country]
    if same:
        return same[0]
    if len(stored) == 1 and per_name[key] == 1:
        return stored[0].actor_id
    return entry.actor_id


def apply_user_entries(conn: Connection, entries: Sequence[UserEntry]) -> ImportReport:
    """Upsert user entries, fold matching automatic entries into them and re-resolve the stored events
    that mention either (one transaction: the caller's)."""
    report = ImportReport()
    touched: set[str] = set()
    now = _now()
    per_name = Counter(normalise_name(e.name) for e in entries if not e.id)
    for entry in entries:
        actor_id, keys = _user_actor_id(conn, entry, per_name), entry.keys()
        name_key = normalise_name(entry.name)
        values = {"name": entry.name, "name_key": name_key, "surname": _surname(entry.kind, name_key),
                  "country": entry.country, "sector": entry.sector, "other_sectors": entry.other_sectors,
                  "kind": entry.kind, "source": USER, "updated_at": now}
        if conn.execute(select(actors.c.actor_id).where(actors.c.actor_id == actor_id)).first():
            conn.execute(update(actors).where(actors.c.actor_id == actor_id).values(**values))
        else:
            conn.execute(insert(actors).values(actor_id=actor_id, created_at=now, **values))
        # The file is the truth for this entry's names: its earlier user aliases are replaced.
        conn.execute(delete(actor_aliases).where(actor_aliases.c.actor_id == actor_id,
                                                 actor_aliases.c.source == USER))
        conn.execute(delete(actor_aliases).where(actor_aliases.c.actor_id == actor_id,
                                                 actor_aliases.c.alias.in_(list(keys))))
        conn.execute(insert(actor_aliases), [{"alias": k, "actor_id": actor_id, "text": t, "source": USER}
                                             for k, t in sorted(keys.items())])
        report.entries += 1
        report.aliases += len(keys)
        # Automatic entries going by one of these names are this actor: move their names and events
        # here (countries only into a country entry, and only countries into one).
        same_class = actors.c.kind == COUNTRY if entry.kind == COUNTRY else or_(actors.c.kind.is_(None),
                                                                                actors.c.kind != COUNTRY)
        merged = conn.execute(
            select(actors.c.actor_id).distinct().join(actor_aliases, actor_aliases.c.actor_id == actors.c.actor_id)
            .where(actor_aliases.c.alias.in_(list(keys)), actors.c.source == AUTO, same_class,
                   actors.c.actor_id != actor_id)).scalars().all()
        for old in sorted(merged):
            moved = conn.execute(select(actor_aliases.c.alias, actor_aliases.c.text)
                                 .where(actor_aliases.c.actor_id == old)).all()
            conn.execute(delete(actor_aliases).where(actor_aliases.c.actor_id == old))
            _insert_ignoring_duplicates(conn, actor_aliases, [
                {"alias": a, "actor_id": actor_id, "text": t, "source": AUTO} for a, t in moved])
            conn.execute(delete(actors).where(actors.c.actor_id == old))
            report.merged += 1
        touched.update(conn.execute(select(event_actors.c.event_id).distinct().where(
            event_actors.c.actor_id.in_([actor_id, *merged]))).scalars())
    report.events = rewrite_events(conn, sorted(touched))
    return report


# --- listing -----------------------------------------------------------------------------------------

@dataclass
class RegistryActor:
    """A canonical actor with its names and how many stored events it takes part in."""

    actor_id: str
    name: str
    country: str | None
    sector: str | None
    other_sectors: list[str]
    kind: str | None
    source: str
    events_as_actor: int = 0
    events_as_recipient: int = 0
    events: int = 0  # distinct events in either role
    aliases: list[str] = field(default_factory=list)  # spellings other than the canonical name

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def list_actors(conn: Connection, country: str | None = None, q: str | None = None, limit: int | None = None,
                offset: int = 0) -> list[RegistryActor]:
    """Canonical actors, most events first; `q` matches any of their names (normalised substring)."""
    ea = event_actors
    counts = (select(ea.c.actor_id,
                     func.count(func.distinct(case((ea.c.role == "actor", ea.c.event_id)))).label("as_actor"),
                     func.count(func.distinct(case((ea.c.role == "recipient", ea.c.event_id)))).label("as_recipient"),
                     func.count(func.distinct(ea.c.event_id)).label("total"))
              .where(ea.c.actor_id.is_not(None)).group_by(ea.c.actor_id).subquery())
    total = func.coalesce(counts.c.total, 0)
    stmt = (select(actors, func.coalesce(counts.c.as_actor, 0).label("as_actor"),
                   func.coalesce(counts.c.as_recipient, 0).label("as_recipient"), total.label("total"))
            .select_from(actors.outerjoin(counts, counts.c.actor_id == actors.c.actor_id))
            .order_by(total.desc(), actors.c.name, actors.c.actor_id).offset(offset or None).limit(limit))
    if country:
        stmt = stmt.where(actors.c.country == country.strip().upper())
    if q and normalise_name(q):
        stmt = stmt.where(actors.c.actor_id.in_(select(actor_aliases.c.actor_id).where(
            actor_aliases.c.alias.contains(normalise_name(q), autoescape=True))))
    rows = conn.execute(stmt).all()
    names: dict[str, list[str]] = {r.actor_id: [] for r in rows}
    ids = list(names)
    for i in range(0, len(ids), _CHUNK):
        for actor_id, text, alias in conn.execute(
                select(actor_aliases.c.actor_id, actor_aliases.c.text, actor_aliases.c.alias)
                .where(actor_aliases.c.actor_id.in_(ids[i:i + _CHUNK]))
                .order_by(actor_aliases.c.actor_id, actor_aliases.c.alias)):
            names[actor_id].append(text or alias)
    out = []
    for r in rows:
        canonical = normalise_name(r.name)
        aliases = sorted({n for n in names[r.actor_id] if normalise_name(n) != canonical}, key=str.casefold)
        out.append(RegistryActor(
            actor_id=r.actor_id, name=r.name, country=r.country, sector=r.sector,
            other_sectors=list(r.other_sectors or []), kind=r.kind, source=r.source,
            events_as_actor=r.as_actor, events_as_recipient=r.as_recipient, events=r.total, aliases=aliases))
    return out
