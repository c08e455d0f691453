"""Narrow copy of each event's sentence for text search (GET /api/events?q=), kept in step with the
events table by triggers, so searching 100k events reads short strings, not every JSON record.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = [
    """CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
         INSERT OR REPLACE INTO event_search (event_id, text) VALUES (new.id, json_extract(new.record, '$.text'));
       END""",
    """CREATE TRIGGER events_search_update AFTER UPDATE OF record ON events BEGIN
         INSERT OR REPLACE INTO event_search (event_id, text) VALUES (new.id, json_extract(new.record, '$.text'));
       END""",
    """CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
         DELETE FROM event_search WHERE event_id = old.id;
       END""",
]

POSTGRES_FUNCTION = """
CREATE FUNCTION events_search_sync() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM event_search WHERE event_id = OLD.id;
    RETURN OLD;
  END IF;
  INSERT INTO event_search (event_id, text) VALUES (NEW.id, NEW.record ->> 'text')
    ON CONFLICT (event_id) DO UPDATE SET text = EXCLUDED.text;
  RETURN NEW;
END $$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    op.create_table(
        "event_search",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("text", sa.Text),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        op.execute("CREATE TRIGGER events_search AFTER INSERT OR UPDATE OF record OR DELETE ON events "
                   "FOR EACH ROW EXECUTE FUNCTION events_search_sync()")
        op.execute("INSERT INTO event_search (event_id, text) SELECT id, record ->> 'text' FROM events")
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
        op.execute("INSERT INTO event_search (event_id, text) SELECT id, json_extract(record, '$.text') FROM events")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS events_search ON events")
        op.execute("DROP FUNCTION IF EXISTS events_search_sync()")
    else:
        for name in ("events_search_insert", "events_search_update", "events_search_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("event_search")
