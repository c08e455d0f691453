"""`eventlens load DIR --db URL`: put a run directory's articles and events into the store.

Reads `articles/` and `events/` part by part (memory bounded by one partition) and calls
`Store.save(article, events)` per article, which is idempotent: loading the same directory twice
stores nothing new the second time. If the directory has been deduplicated (`links.parquet`), each
event's `link` is set to its cluster id before saving.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventlens.dedup import LINKS_FILE
from eventlens.errors import BadRecord, StoreError
from eventlens.scale import tables


@dataclass
class LoadResult:
    db: str
    articles: int = 0
    events: int = 0
    statuses: dict[str, int] = field(default_factory=dict)  # Store.save status -> articles
    failed: list[str] = field(default_factory=list)  # articles the store refused, with why


def _links(out: Path) -> dict[str, str]:
    path = out / LINKS_FILE
    if not path.exists():
        return {}
    return {row["id"]: row["cluster_id"] for row in tables.iter_rows([path], ["id", "cluster_id"])}


def load_run(out_dir: str | Path, db: str | None = None, *, store: Any = None) -> LoadResult:
    """Load every finished partition of `out_dir` into the store at `db` (or the given `store`)."""
    out = Path(out_dir)
    article_parts = tables.part_files(out, tables.ARTICLES_DIR)
    if not article_parts:
        raise StoreError(f"{out} has no articles/part-*.parquet: not an `eventlens run` directory")
    if store is None:
        from eventlens.store import Store

        store = Store(db)
    links = _links(out)
    statuses: Counter[str] = Counter()
    result = LoadResult(db=str(getattr(store, "url", db)))
    for article_part in article_parts:
        events_part = out / tables.EVENTS_DIR / article_part.name
        by_article: dict[str, list[Any]] = defaultdict(list)
        if events_part.exists():
            for row in tables.iter_rows([events_part]):
                event = tables.event_from_row(row)
                event.link = links.get(event.id, event.link)
                by_article[event.article_id].append(event)
        for row in tables.iter_rows([article_part]):
            article = tables.article_from_row(row)
            events = by_article.pop(article.article_id, [])
            try:
                statuses[store.save(article, events)] += 1
            except BadRecord as bad:  # the database refused this article; the others still load
                statuses["failed"] += 1
                result.failed.append(str(bad))
                continue
            result.articles += 1
            result.events += len(events)
    result.statuses = dict(sorted(statuses.items()))
    return result
