"""Initial schema: articles, aliases, history, events, event actors.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JsonType = sa.JSON().with_variant(JSONB(), "postgresql")


def _article_columns() -> list[sa.Column]:
    return [
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("url", sa.Text),
        sa.Column("publication", sa.Text),
        sa.Column("sources", JsonType),
        sa.Column("metadata", JsonType),
        sa.Column("coded_at", sa.DateTime(timezone=True)),
        sa.Column("coder_version", sa.String(64)),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(512), primary_key=True),
        *_article_columns(),
        sa.UniqueConstraint("text_hash", name="uq_articles_text_hash"),
    )
    op.create_table(
        "article_aliases",
        sa.Column("alias_id", sa.String(512), primary_key=True),
        sa.Column("article_id", sa.String(512), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_article_aliases_article_id", "article_aliases", ["article_id"])
    op.create_table(
        "article_history",
        sa.Column("history_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), nullable=False),
        *_article_columns(),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("events", JsonType),
    )
    op.create_index("ix_article_history_article_id", "article_history", ["article_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(512), nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(64)),
        sa.Column("modality", sa.String(16)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("actor_country", sa.String(8)),
        sa.Column("actor_sector", sa.String(16)),
        sa.Column("recipient_country", sa.String(8)),
        sa.Column("recipient_sector", sa.String(16)),
        sa.Column("event_country", sa.String(8)),
        sa.Column("confidence", sa.Float),
        sa.Column("quad_code", sa.Integer),
        sa.Column("goldstein", sa.Float),
        sa.Column("position", sa.Integer),
        sa.Column("record", JsonType, nullable=False),
    )
    for column in ("article_id", "event", "modality", "date", "actor_country", "recipient_country"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String(512), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(16)),
        sa.Column("name", sa.Text),
        sa.Column("text", sa.Text),
        sa.Column("kind", sa.String(16)),
        sa.Column("actor_id", sa.String(128)),
    )
    op.create_index("ix_event_actors_article_id", "event_actors", ["article_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country"])


def downgrade() -> None:
    op.drop_table("event_actors")
    op.drop_table("events")
    op.drop_table("article_history")
    op.drop_table("article_aliases")
    op.drop_table("articles")
