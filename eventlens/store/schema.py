"""Table definitions used by the queries. The schema itself is created by the Alembic migrations in
`migrations/versions/` (keep the two in step: a test compares them)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

# JSONB on PostgreSQL (indexable, compact), JSON text elsewhere.
JsonType = JSON().with_variant(JSONB(), "postgresql")

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(512), primary_key=True),
    # Unique: the same text is stored once; other ids carrying it are rows of article_aliases.
    Column("text_hash", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("published", Date),
    Column("url", Text),
    Column("publication", Text),
    Column("sources", JsonType),
    Column("metadata", JsonType),
    Column("coded_at", DateTime(timezone=True)),
    Column("coder_version", String(64)),
    UniqueConstraint("text_hash", name="uq_articles_text_hash"),
)

article_aliases = Table(
    "article_aliases",
    metadata,
    Column("alias_id", String(512), primary_key=True),
    # The article stored under its first id; no foreign key so the canonical row may be replaced.
    Column("article_id", String(512), nullable=False, index=True),
    # The text the alias carried (it stays identifiable even if the canonical article later changes).
    Column("text_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True)),
)

article_history = Table(
    "article_history",
    metadata,
    Column("history_id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(512), nullable=False, index=True),
    Column("text_hash", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("published", Date),
    Column("url", Text),
    Column("publication", Text),
    Column("sources", JsonType),
    Column("metadata", JsonType),
    Column("coded_at", DateTime(timezone=True)),
    Column("coder_version", String(64)),
    Column("replaced_at", DateTime(timezone=True), nullable=False),
    # The events this version had (full records), so replacing an article never loses its coding.
    Column("events", JsonType),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(512), nullable=False, index=True),
    Column("event", String(16), nullable=False, index=True),
    Column("mode", String(64)),
    Column("modality", String(16), index=True),
    # ISO date string: compares correctly as text on every backend and keeps "YYYY-MM-DD" exact.
    Column("date", String(10), index=True),
    Column("date_precision", String(16)),
    Column("actor_country", String(8), index=True),
    Column("actor_sector", String(16)),
    Column("recipient_country", String(8), index=True),
    Column("recipient_sector", String(16)),
    Column("event_country", String(8)),
    Column("confidence", Float),
    Column("quad_code", Integer),
    Column("goldstein", Float),
    # Trigger offset in the article: orders an article's events as they appear in the text.
    Column("position", Integer),
    Column("record", JsonType, nullable=False),
)

# Every actor and recipient of every event (not only the first), so "--actor IRN" finds compound
# actors too. `actor_id` links each row to the actor registry below (filled by `Store.save`).
event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("role", String(16), primary_key=True),  # actor | recipient
    Column("position", Integer, primary_key=True),  # index in the event's list
    Column("article_id", String(512), nullable=False, index=True),
    Column("country", String(8), index=True),
    Column("sector", String(16)),
    Column("name", Text),
    Column("text", Text),
    Column("kind", String(16)),
    Column("actor_id", String(128), index=True),
)

# The actor registry (migration 0004, eventlens.store.registry): one canonical row per actor across
# articles. Ids are deterministic ("country:IRN", "<kind>:<hash of kind, country, name>") so two
# processes coding the same name agree without coordinating.
actors = Table(
    "actors",
    metadata,
    Column("actor_id", String(128), primary_key=True),
    Column("name", Text, nullable=False),  # canonical name
    Column("name_key", String(512), nullable=False, index=True),  # normalised canonical name
    # Last word of a person's normalised name: lets a later surname-only mention find the person.
    Column("surname", String(128), index=True),
    Column("country", String(8), index=True),
    Column("sector", String(16)),
    Column("other_sectors", JsonType),
    Column("kind", String(16)),
    Column("source", String(8), nullable=False),  # auto | user (user entries win, see registry.py)
    Column("created_at", DateTime(timezone=True)),
    Column("updated_at", DateTime(timezone=True)),
)

# Normalised names under which an actor is known (its canonical name is one of them). The same alias
# may name several actors (one per country): resolution picks by country.
actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("alias", String(512), primary_key=True),
    Column("actor_id", String(128), primary_key=True, index=True),
    Column("text", Text),  # the spelling first seen (for display)
    Column("source", String(8), nullable=False),  # auto | user
)
