"""Analyst corrections of coded events, with an audit trail, and the API's write tokens.

A correction sets one field of one event (by dotted path, e.g. `event`, `event_loc.country`,
`actor.0.country`) or marks the event wrong (`rejected`). Every change is a row of `corrections`
(who, when, old -> new, note). The events table holds the corrected record; a rejected event leaves
the events table and its full record stays in the audit row, so it can be shown and restored.

Corrections are keyed by event id, which is stable across re-coding of the same text
(`record.event_id`), so `apply_corrections(store, events)` replays them over freshly coded events
before they are saved: analysts' corrections win over the automatic values.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB

from ..record import DATE_PRECISIONS, MODALITIES, PLOVER_TYPES, Event
from .schema import event_actors, events, metadata
from .store import Store, _actor_rows, _event_row

JsonType = JSON().with_variant(JSONB(), "postgresql")

# Same shared MetaData as schema.py, created by migration 0002.
corrections = Table(
    "corrections",
    metadata,
    Column("correction_id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), nullable=False, index=True),
    Column("article_id", String(512), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("old_value", JsonType),
    Column("new_value", JsonType),
    Column("who", String(128), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text),
    # The full event record when it was rejected (so a rejected event stays viewable and restorable).
    Column("record", JsonType),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("name", String(128), primary_key=True),
    # Only the SHA-256 of the token is stored; the token itself is shown once, at creation.
    Column("token_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),
)

REJECTED = "rejected"
_CODE = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_ACTOR_FIELDS = {"text", "name", "country", "sector", "other_sectors", "kind", "actor_id"}
_LOC_FIELDS = {"name", "country", "admin1", "admin2", "lat", "lon", "geonameid", "feature", "resolution", "text"}
_TOP_FIELDS = {"event", "mode", "context", "modality", "date", "date_precision", "date_text", "attributed_to",
               "cameo", "quad_code", "goldstein", "plover_score", "event_loc", "actor", "recipient", "size"}


class CorrectionError(ValueError):
    """A correction names an unknown field or gives a value the field cannot take."""


@dataclass
class Correction:
    correction_id: int
    event_id: str
    article_id: str
    field: str
    old: Any
    new: Any
    who: str
    at: str
    note: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"correction_id": self.correction_id, "event_id": self.event_id, "article_id": self.article_id,
                "field": self.field, "old": self.old, "new": self.new, "who": self.who, "at": self.at,
                "note": self.note}


@dataclass
class EventState:
    """An event as the analyst sees it: current record, whether rejected, and its audit trail."""

    event: Event
    rejected: bool
    corrections: list[Correction]


def _now() -> datetime:
    return datetime.now(UTC)


# --- validating and applying one field change ------------------------------------------------------

def _check_value(path: str, value: Any) -> Any:
    """Validate `value` for the field at `path`; returns it normalised (codes upper-cased)."""
    parts = path.split(".")
    head, last = parts[0], parts[-1]
    if head not in _TOP_FIELDS:
        raise CorrectionError(f"field {path!r} cannot be corrected; fields: {', '.join(sorted(_TOP_FIELDS))}")
    if len(parts) > 1 and head in ("actor", "recipient"):
        if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in _ACTOR_FIELDS:
            raise CorrectionError(f"{path!r}: use {head}.<index>.<{'|'.join(sorted(_ACTOR_FIELDS))}>")
    elif len(parts) > 1 and head == "event_loc":
        if len(parts) != 2 or last not in _LOC_FIELDS:
            raise CorrectionError(f"{path!r}: use event_loc.<{'|'.join(sorted(_LOC_FIELDS))}>")
    elif len(parts) > 1 and head == "size":
        if len(parts) != 2 or last not in ("dead", "injured", "arrested"):
            raise CorrectionError(f"{path!r}: use size.<dead|injured|arrested>")
    elif len(parts) > 1:
        raise CorrectionError(f"{path!r}: {head} has no sub-fields")
    if value is None:
        if path == "event":
            raise CorrectionError("event type cannot be empty (reject the event instead)")
        return None
    if path == "event":
        value = str(value).upper()
        if value not in PLOVER_TYPES:
            raise CorrectionError(f"unknown event type {value!r}; PLOVER types: {', '.join(PLOVER_TYPES)}")
    elif path == "modality" and value not in MODALITIES:
        raise CorrectionError(f"unknown modality {value!r}; known: {', '.join(MODALITIES)}")
    elif path == "date":
        try:
            value = date.fromisoformat(str(value)).isoformat()
        except ValueError as exc:
            raise CorrectionError(f"date must be YYYY-MM-DD, got {value!r}") from exc
    elif path == "date_precision" and value not in DATE_PRECISIONS:
        raise CorrectionError(f"date_precision must be one of {', '.join(DATE_PRECISIONS)}")
    elif path == "quad_code" and value not in (1, 2, 3, 4):
        raise CorrectionError("quad_code must be 1, 2, 3 or 4")
    elif path == "context":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CorrectionError("context must be a list of strings")
    elif last == "country":
        value = str(value).upper()
        if not _CODE.match(value):
            raise CorrectionError(f"{path} must be a 3-letter code (ISO3 or IGO/NGO/...), got {value!r}")
    elif last == "sector":
        value = str(value).upper()
        if not _SECTOR.match(value):
            raise CorrectionError(f"{path} must be a 3-letter PLOVER sector code, got {value!r}")
    elif path in ("goldstein", "plover_score") or last in ("lat", "lon"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise CorrectionError(f"{path} must be a number")
    elif path in ("event_loc", "size") and not isinstance(value, dict):
        raise CorrectionError(f"{path} must be an object")
    elif path in ("actor", "recipient") and not isinstance(value, list):
        raise CorrectionError(f"{path} must be a list of actor objects")
    return value


def _get(record: dict[str, Any], path: str) -> Any:
    node: Any = record
    for part in path.split("."):
        if isinstance(node, list):
            index = int(part)
            node = node[index] if index < len(node) else None
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


def _set(record: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node: Any = record
    for part in parts[:-1]:
        if isinstance(node, list):
            index = int(part)
            if index >= len(node):
                raise CorrectionError(f"{path}: the event has no {parts[0]} number {index}")
            node = node[index]
        else:
            if node.get(part) is None:
                if part != "event_loc":
                    raise CorrectionError(f"{path}: the event has no {part}")
                node[part] = {}  # correcting the place of an event that had none
            node = node[part]
    node[parts[-1]] = value


def _apply(record: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A new record with one change; the result must still parse as an Event."""
    changed = Event.from_dict(record).to_dict()  # deep copy
    _set(changed, path, value)
    try:
        return Event.from_dict(changed).to_dict()
    except (TypeError, ValueError, KeyError) as exc:
        raise CorrectionError(f"{path}: {exc}") from exc


# --- reading and writing corrections -----------------------------------------------------------------

def _correction(row: Any) -> Correction:
    at = row.at.isoformat() if isinstance(row.at, datetime) else str(row.at)
    return Correction(row.correction_id, row.event_id, row.article_id, row.field, row.old_value, row.new_value,
                      row.who, at, row.note)


def list_corrections(store: Store, event_id: str | None = None, article_id: str | None = None,
                     limit: int = 100, offset: int = 0) -> list[Correction]:
    stmt = select(corrections).order_by(corrections.c.correction_id.desc()).limit(limit).offset(offset)
    if event_id:
        stmt = stmt.where(corrections.c.event_id == event_id)
    if article_id:
        stmt = stmt.where(corrections.c.article_id == article_id)
    with store.engine.connect() as conn:
        return [_correction(r) for r in conn.execute(stmt)]


def _rejected_records(conn: Any, event_ids: Iterable[str] | None = None,
                      article_id: str | None = None) -> dict[str, dict[str, Any]]:
    """Events whose latest `rejected` correction says True -> the record saved with it."""
    stmt = select(corrections.c.event_id, corrections.c.new_value, corrections.c.record).where(
        corrections.c.field == REJECTED).order_by(corrections.c.correction_id)
    if event_ids is not None:
        stmt = stmt.where(corrections.c.event_id.in_(list(event_ids)))
    if article_id is not None:
        stmt = stmt.where(corrections.c.article_id == article_id)
    state: dict[str, dict[str, Any] | None] = {}
    for row in conn.execute(stmt):
        state[row.event_id] = row.record if row.new_value else None
    return {k: v for k, v in state.items() if v is not None}


def rejected_events(store: Store, article_id: str | None = None) -> list[Event]:
    with store.engine.connect() as conn:
        return [Event.from_dict(r) for r in _rejected_records(conn, article_id=article_id).values()]


def event_state(store: Store, event_id: str) -> EventState | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(events.c.record).where(events.c.id == event_id)).first()
        rejected = _rejected_records(conn, [event_id])
    history = list_corrections(store, event_id=event_id, limit=1000)
    if row is not None:
        return EventState(Event.from_dict(row.record), False, history)
    if event_id in rejected:
        return EventState(Event.from_dict(rejected[event_id]), True, history)
    return None


def _write_event(conn: Any, record: dict[str, Any]) -> None:
    ev = Event.from_dict(record)
    conn.execute(delete(event_actors).where(event_actors.c.event_id == ev.id))
    conn.execute(delete(events).where(events.c.id == ev.id))
    conn.execute(insert(events).values(**_event_row(ev, ev.article_id)))
    actor_rows = _actor_rows(ev, ev.article_id)
    if actor_rows:
        conn.execute(insert(event_actors), actor_rows)


def correct_event(store: Store, event_id: str, changes: dict[str, Any] | None = None, *,
                  rejected: bool | None = None, who: str, note: str | None = None) -> EventState:
    """Apply field changes and/or reject/restore one event, recording each change in the audit table.

    Raises KeyError when the event does not exist and CorrectionError for a bad field or value."""
    changes = dict(changes or {})
    checked = {path: _check_value(path, value) for path, value in changes.items()}
    at = _now()
    with store.engine.begin() as conn:
        row = conn.execute(select(events.c.record).where(events.c.id == event_id)).first()
        was_rejected = row is None
        if row is not None:
            record = row.record
        else:
            rejected_now = _rejected_records(conn, [event_id])
            if event_id not in rejected_now:
                raise KeyError(event_id)
            record = rejected_now[event_id]
        audit = []
        for path, value in checked.items():
            old = _get(record, path)
            if old == value:
                continue
            record = _apply(record, path, value)
            audit.append({"field": path, "old_value": old, "new_value": value, "record": None})
        becomes_rejected = was_rejected if rejected is None else rejected
        if becomes_rejected != was_rejected:
            audit.append({"field": REJECTED, "old_value": was_rejected, "new_value": becomes_rejected,
                          "record": record})
        elif becomes_rejected and audit:
            # A rejected event edited in place: keep its stored record current for a later restore.
            audit.append({"field": REJECTED, "old_value": True, "new_value": True, "record": record})
        for entry in audit:
            conn.execute(insert(corrections).values(
                event_id=event_id, article_id=record["article_id"], who=who, at=at, note=note, **entry))
        if becomes_rejected:
            conn.execute(delete(event_actors).where(event_actors.c.event_id == event_id))
            conn.execute(delete(events).where(events.c.id == event_id))
        elif audit:
            _write_event(conn, record)
    state = event_state(store, event_id)
    assert state is not None
    return state


def apply_corrections(store: Store, coded: Iterable[Event]) -> list[Event]:
    """Replay the audit trail over freshly coded events (call before `store.save` when re-coding):
    corrected fields take the analyst's value, rejected events are dropped."""
    coded = list(coded)
    if not coded:
        return coded
    ids = [ev.id for ev in coded]
    with store.engine.connect() as conn:
        rows = conn.execute(select(corrections.c.event_id, corrections.c.field, corrections.c.new_value)
                            .where(corrections.c.event_id.in_(ids))
                            .order_by(corrections.c.correction_id)).all()
    if not rows:
        return coded
    by_event: dict[str, list[Any]] = {}
    for row in rows:
        by_event.setdefault(row.event_id, []).append(row)
    out: list[Event] = []
    for ev in coded:
        history = by_event.get(ev.id)
        if not history:
            out.append(ev)
            continue
        record, rejected = ev.to_dict(), False
        for row in history:
            if row.field == REJECTED:
                rejected = bool(row.new_value)
                continue
            try:
                record = _apply(record, row.field, row.new_value)
            except CorrectionError:
                continue  # e.g. actor.1.country when the new coding found one actor: keep the automatic value
        if not rejected:
            out.append(Event.from_dict(record))
    return out


# --- write tokens ---------------------------------------------------------------------------------

def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> str:
    """A new random write token for `name` (replacing any earlier one); only its hash is stored."""
    name = name.strip()
    if not name or len(name) > 128:
        raise ValueError("token name must be 1-128 characters")
    token = secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        conn.execute(delete(api_tokens).where(api_tokens.c.name == name))
        conn.execute(insert(api_tokens).values(name=name, token_hash=_hash_token(token), created_at=_now()))
    return token


def revoke_token(store: Store, name: str) -> bool:
    with store.engine.begin() as conn:
        result = conn.execute(update(api_tokens).where(api_tokens.c.name == name, api_tokens.c.revoked_at.is_(None))
                              .values(revoked_at=_now()))
    return result.rowcount > 0


def token_owner(store: Store, token: str) -> str | None:
    """The name a valid, unrevoked token belongs to, else None."""
    if not token:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(select(api_tokens.c.name).where(
            api_tokens.c.token_hash == _hash_token(token), api_tokens.c.revoked_at.is_(None))).first()
    return row.name if row else None


def list_tokens(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(api_tokens.c.name, api_tokens.c.created_at, api_tokens.c.revoked_at)
                            .order_by(api_tokens.c.name)).all()
    return [{"name": r.name, "created_at": r.created_at, "revoked_at": r.revoked_at} for r in rows]
