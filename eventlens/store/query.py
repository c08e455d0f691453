"""Query and summary value types (plain dataclasses, no SQL)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..record import MODALITIES, PLOVER_TYPES


def _as_tuple(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(value)


@dataclass
class EventQuery:
    """Filters for `Store.query_events`. Multi-valued filters accept a list or "A,B"."""

    type: str | Sequence[str] | None = None  # PLOVER event type(s)
    actor: str | None = None  # country code of any actor of the event
    recipient: str | None = None  # country code of any recipient
    party: str | None = None  # country code of any actor or recipient
    since: date | str | None = None  # event date >= since
    until: date | str | None = None  # event date <= until
    modality: str | Sequence[str] | None = None
    realized_only: bool = False  # asserted, reported and historical events only
    min_confidence: float | None = None
    article_id: str | None = None
    actor_id: str | None = None  # registry actor (eventlens actors), under any of its names, either role
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        self.types = tuple(t.upper() for t in _as_tuple(self.type))
        unknown = [t for t in self.types if t not in PLOVER_TYPES]
        if unknown:
            raise ValueError(f"unknown event type(s) {', '.join(unknown)}; PLOVER types: {', '.join(PLOVER_TYPES)}")
        self.modalities = tuple(m.lower() for m in _as_tuple(self.modality))
        unknown = [m for m in self.modalities if m not in MODALITIES]
        if unknown:
            raise ValueError(f"unknown modality {', '.join(unknown)}; known: {', '.join(MODALITIES)}")
        for name in ("actor", "recipient", "party"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, value.strip().upper())
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, date.fromisoformat(value))
        if self.limit is not None and self.limit < 0:
            raise ValueError("limit must be >= 0")
        if self.offset < 0:
            raise ValueError("offset must be >= 0")


@dataclass
class StoreSummary:
    articles: int
    aliases: int
    replaced_versions: int
    events: int
    events_by_type: dict[str, int] = field(default_factory=dict)  # every PLOVER type, 0 when absent
    events_by_modality: dict[str, int] = field(default_factory=dict)
    # (actor country, recipient country, events), most frequent first
    top_dyads: list[tuple[str, str, int]] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
