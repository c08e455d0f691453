"""Storage of articles and events: SQLite by default, PostgreSQL by URL (SQLAlchemy Core + Alembic)."""

from .query import EventQuery, StoreSummary
from .store import CHANGED, DUPLICATE_TEXT, NEW, UNCHANGED, Store

__all__ = ["Store", "EventQuery", "StoreSummary", "NEW", "UNCHANGED", "CHANGED", "DUPLICATE_TEXT"]
