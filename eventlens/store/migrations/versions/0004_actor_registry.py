"""Actor registry: canonical actors (`actors`) and the names they go by (`actor_aliases`); an index on
event_actors.actor_id; and a backfill that gives the events stored before this revision their
registry ids (the same resolution `Store.save` applies to new events).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

JsonType = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("actor_id", sa.String(128), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.String(512), nullable=False),
        sa.Column("surname", sa.String(128)),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(16)),
        sa.Column("other_sectors", JsonType),
        sa.Column("kind", sa.String(16)),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
    )
    for column in ("name_key", "surname", "country"):
        op.create_index(f"ix_actors_{column}", "actors", [column])
    op.create_table(
        "actor_aliases",
        sa.Column("alias", sa.String(512), primary_key=True),
        sa.Column("actor_id", sa.String(128), primary_key=True),
        sa.Column("text", sa.Text),
        sa.Column("source", sa.String(8), nullable=False),
    )
    op.create_index("ix_actor_aliases_actor_id", "actor_aliases", ["actor_id"])
    op.create_index("ix_event_actors_actor_id", "event_actors", ["actor_id"])

    # Data step: imported here, not at module level, so Alembic can list revisions without the app.
    # It only reads and writes the tables and columns that exist at this revision.
    from eventlens.store.registry import backfill

    backfill(op.get_bind())


def downgrade() -> None:
    # The ids point into the registry being dropped (event records keep theirs; an upgrade re-resolves).
    op.execute("UPDATE event_actors SET actor_id = NULL")
    op.drop_index("ix_event_actors_actor_id", "event_actors")
    op.drop_table("actor_aliases")
    op.drop_table("actors")
