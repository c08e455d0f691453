"""Engine creation (SQLite tuning, PostgreSQL driver) and schema migration on open."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any constant works: serialises concurrent first-time migrations of one PostgreSQL database.
_PG_MIGRATION_LOCK = 0x6576_656E  # "even"


def normalise_url(url: str) -> str:
    """Plain `postgresql://` URLs would pick psycopg2, which is not installed: use psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _json_dumps(value: Any) -> str:
    # Metadata from CSV/HTML may hold dates; store them as ISO strings rather than failing.
    return json.dumps(value, ensure_ascii=False, default=str)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            # One shared connection, or every connection would see its own empty database.
            engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False},
                                   json_serializer=_json_dumps)
        else:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30}, json_serializer=_json_dumps)
            event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # synchronous_commit=off: a commit returns before its WAL reaches disk. A *server* crash can then
    # lose the last fraction of a second of commits, never half an article (each is one transaction),
    # and re-running the ingest restores them (it is idempotent); in exchange a save is ~2x faster.
    # No pre-ping: it costs a round trip per checkout; stale connections are recycled instead.
    return create_engine(url, json_serializer=_json_dumps, pool_recycle=1800,
                         connect_args={"options": "-c synchronous_commit=off"})


def migrate(engine: Engine, attempts: int = 5) -> None:
    """Bring the schema to the newest Alembic revision (idempotent; cheap when already current).

    PostgreSQL: an advisory lock makes concurrent first opens wait for each other. SQLite runs DDL
    outside transactions, so two processes creating one new file race; the loser sees "already
    exists" and retries once the winner has recorded the revision.
    """
    import time

    from alembic import command
    from alembic.config import Config
    from sqlalchemy.exc import OperationalError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    for attempt in range(1, attempts + 1):
        try:
            with engine.begin() as connection:
                if connection.dialect.name == "postgresql":
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            return
        except OperationalError as exc:
            if "already exists" not in str(exc) or attempt == attempts:
                raise
            time.sleep(0.2 * attempt)
