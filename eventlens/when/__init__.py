"""The `when` stage: date expressions -> calendar values with precision, and the date of each event.

`normalize_date` works on one string; `resolve_event_date` picks the expression that dates an event
trigger in a parsed sentence and resolves it against the publication date.
"""

from __future__ import annotations

from .normalize import DateNormalizer, DateSettings, normalize_date
from .periods import DateValue

__all__ = ["DateNormalizer", "DateSettings", "DateValue", "EventDate", "normalize_date", "resolve_event_date"]


def __getattr__(name: str):  # the event-level part imports spaCy types lazily
    if name in ("EventDate", "resolve_event_date"):
        from . import event

        return getattr(event, name)
    raise AttributeError(name)
