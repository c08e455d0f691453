"""Analyst corrections (audit trail of who changed which event field, old -> new) and API write tokens.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JsonType = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("correction_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("article_id", sa.String(512), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", JsonType),
        sa.Column("new_value", JsonType),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("record", JsonType),
    )
    op.create_index("ix_corrections_event_id", "corrections", ["event_id"])
    op.create_index("ix_corrections_article_id", "corrections", ["article_id"])
    op.create_table(
        "api_tokens",
        sa.Column("name", sa.String(128), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),
    )


def downgrade() -> None:
    op.drop_table("api_tokens")
    op.drop_index("ix_corrections_article_id", "corrections")
    op.drop_index("ix_corrections_event_id", "corrections")
    op.drop_table("corrections")
