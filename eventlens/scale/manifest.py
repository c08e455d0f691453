"""`manifest.json`: what a run directory holds, so a rerun after a kill skips finished partitions.

A partition counts as finished when the manifest lists it with the same fingerprint (a hash of its
article ids and texts, the settings, the pipeline factory, the coded_date and the schema version) and
both of its part files exist. The manifest is rewritten atomically after each partition; a kill
between a part's rename and the manifest write only costs recoding that partition, which writes the
same bytes again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventlens.record import Article
from eventlens.scale import tables


def partition_fingerprint(articles: tuple[Article, ...], run_key: str) -> str:
    digest = hashlib.sha256(run_key.encode("utf-8"))
    for article in articles:
        digest.update(b"\x1e" + article.article_id.encode("utf-8") + b"\x1f" + article.text_hash.encode())
        # Article fields that reach the output rows change the partition too.
        extra = (article.title, article.published, article.url, article.publication, article.sources)
        digest.update(repr(extra).encode("utf-8"))
    return digest.hexdigest()[:32]


@dataclass
class Manifest:
    schema_version: int = tables.SCHEMA_VERSION
    coded_date: str | None = None
    pipeline: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    partition_size: int = 0
    inputs: list[str] = field(default_factory=list)
    num_partitions: int = 0
    complete: bool = False
    bad_records: list[str] = field(default_factory=list)  # inputs skipped as unreadable, with why
    # str(partition index) -> {"fingerprint", "articles", "events", "seconds", "pid", ...}
    partitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    totals: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> Manifest | None:
        path = out_dir / tables.MANIFEST
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None  # unreadable: start over (parts are rewritten byte-identically)
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def save(self, out_dir: Path) -> None:
        text = json.dumps(dataclasses.asdict(self), indent=1, sort_keys=True, ensure_ascii=False)
        tables.write_text_atomic(text + "\n", out_dir / tables.MANIFEST)

    def is_finished(self, index: int, fingerprint: str, out_dir: Path) -> bool:
        entry = self.partitions.get(str(index))
        if not entry or entry.get("fingerprint") != fingerprint:
            return False
        name = tables.part_name(index)
        return (out_dir / tables.ARTICLES_DIR / name).exists() and (out_dir / tables.EVENTS_DIR / name).exists()
