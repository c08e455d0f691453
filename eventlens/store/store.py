"""`Store`: the only module that writes SQL. One transaction per article, so a crash never leaves
half an article; identity rules (no-op, replace with history, alias) live in `save`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError, SQLAlchemyError, StatementError

from .. import __version__
from ..config import db_url
from ..errors import BadRecord, StoreError
from ..record import PLOVER_TYPES, REALIZED_MODALITIES, Actor, Article, Event, event_id
from .engine import make_engine, migrate
from .query import EventQuery, StoreSummary
from .registry import ImportReport, RegistryActor, apply_user_entries, list_actors, load_alias_file
from .registry import resolve_events as resolve_actors
from .schema import article_aliases, article_history, articles, event_actors, events

NEW, UNCHANGED, CHANGED, DUPLICATE_TEXT = "new", "unchanged", "changed", "duplicate_text"
# A concurrent writer may insert the same article between our check and our insert; the retry then
# sees its row and takes the no-op/alias path.
_SAVE_ATTEMPTS = 3


def _now() -> datetime:
    return datetime.now(UTC)


def _first(actors: list[Actor]) -> Actor | None:
    return actors[0] if actors else None


def _event_row(event: Event, article_id: str) -> dict[str, Any]:
    actor, recipient = _first(event.actor), _first(event.recipient)
    return {
        "id": event.id, "article_id": article_id, "event": event.event, "mode": event.mode,
        "modality": event.modality, "date": event.date, "date_precision": event.date_precision,
        "actor_country": actor.country if actor else None, "actor_sector": actor.sector if actor else None,
        "recipient_country": recipient.country if recipient else None,
        "recipient_sector": recipient.sector if recipient else None,
        "event_country": event.event_loc.country if event.event_loc else None,
        "confidence": event.confidence, "quad_code": event.quad_code, "goldstein": event.goldstein,
        "position": event.text_info.trigger_start, "record": event.to_dict(),
    }


def _actor_rows(event: Event, article_id: str) -> list[dict[str, Any]]:
    return [
        {"event_id": event.id, "role": role, "position": i, "article_id": article_id, "country": a.country,
         "sector": a.sector, "name": a.name, "text": a.text, "kind": a.kind, "actor_id": a.actor_id}
        for role, people in (("actor", event.actor), ("recipient", event.recipient))
        for i, a in enumerate(people)
    ]


def _article_values(article: Article) -> dict[str, Any]:
    return {
        "text_hash": article.text_hash, "text": article.text, "title": article.title,
        "published": article.published, "url": article.url, "publication": article.publication,
        "sources": list(article.sources), "metadata": dict(article.metadata),
    }


def _article_from_row(row: Any, article_id: str | None = None) -> Article:
    return Article(
        article_id=article_id or row.article_id, text=row.text, title=row.title, published=row.published,
        url=row.url, publication=row.publication, sources=list(row.sources or []),
        metadata=dict(row.metadata or {}),
    )


class Store:
    """Articles and events in SQLite (default) or PostgreSQL, addressed by a SQLAlchemy URL or a path.

    Opening runs the Alembic migrations, so a new or old database is always at the current schema.
    """

    def __init__(self, url: str | None = None, *, migrate_schema: bool = True) -> None:
        self.url = db_url(url)
        try:
            self.engine = make_engine(self.url)
            if migrate_schema:
                migrate(self.engine)
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"cannot open database {self._safe_url()}: {_one_line(exc)}") from exc

    def _safe_url(self) -> str:
        from sqlalchemy.engine import make_url

        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:
            return "<invalid URL>"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- identity -------------------------------------------------------------------------------

    @staticmethod
    def _lookup(conn: Connection, article_id: str, text_hash: str) -> tuple[str, str | None]:
        """(status, id of the stored article that has this text or None), in two indexed queries."""
        rows = conn.execute(select(articles.c.article_id, articles.c.text_hash).where(
            or_(articles.c.article_id == article_id, articles.c.text_hash == text_hash))).all()
        same_text = next((r.article_id for r in rows if r.text_hash == text_hash), None)
        own_hash = next((r.text_hash for r in rows if r.article_id == article_id), None)
        if own_hash is None:
            own_hash = conn.execute(select(article_aliases.c.text_hash)
                                    .where(article_aliases.c.alias_id == article_id)).scalar()
        if own_hash is not None:
            return (UNCHANGED if own_hash == text_hash else CHANGED), same_text
        return (DUPLICATE_TEXT if same_text is not None else NEW), same_text

    def article_status(self, article_id: str, text_hash: str) -> str:
        """"new", "unchanged" (skip coding), "changed" (recode and replace) or "duplicate_text" (alias)."""
        with self.engine.connect() as conn:
            return self._lookup(conn, article_id, text_hash)[0]

    # --- writing --------------------------------------------------------------------------------

    def save(self, article: Article, events: Iterable[Event], coder_version: str | None = None) -> str:
        """Store one article and its events in one transaction; returns the status it had (see
        `article_status`). Unchanged: nothing written. Changed: the old version and its events go to
        article_history and the new events replace them. Duplicate text: only the alias is recorded.
        Raises BadRecord when this article's data cannot be stored, StoreError when the database fails."""
        event_list = list(events)
        for attempt in range(1, _SAVE_ATTEMPTS + 1):
            try:
                with self.engine.begin() as conn:
                    return self._save(conn, article, event_list, coder_version)
            except IntegrityError as exc:
                if attempt == _SAVE_ATTEMPTS:
                    raise BadRecord(article.article_id, f"not stored: {_one_line(exc)}") from exc
            except (DataError, StatementError) as exc:
                if isinstance(exc, OperationalError):
                    raise StoreError(f"article {article.article_id!r}: {_one_line(exc)}") from exc
                # This article's data (an over-long id, a NUL byte PostgreSQL refuses, ...): only it fails.
                raise BadRecord(article.article_id, f"not stored: {_one_line(exc)}") from exc
        raise AssertionError("unreachable")

    def _save(self, conn: Connection, article: Article, event_list: list[Event], coder_version: str | None) -> str:
        article_id, text_hash = article.article_id, article.text_hash
        status, same_text = self._lookup(conn, article_id, text_hash)
        if status == UNCHANGED:
            return status
        if status == CHANGED:
            self._archive(conn, article_id)  # (never touches the article holding the new text)
        if same_text is not None:
            # Same text as another stored article: record this id as an alias, store nothing twice.
            conn.execute(insert(article_aliases).values(
                alias_id=article_id, article_id=same_text, text_hash=text_hash, created_at=_now()))
            return status
        coded = {"coded_at": _now(), "coder_version": coder_version or _coder_version(event_list)}
        conn.execute(insert(articles).values(article_id=article_id, **_article_values(article), **coded))
        self._insert_events(conn, article_id, event_list)
        return status

    def _archive(self, conn: Connection, article_id: str) -> None:
        """Move the stored version of `article_id` (article row or alias) into article_history."""
        row = conn.execute(select(articles).where(articles.c.article_id == article_id)).first()
        if row is not None:
            old_events = [r.record for r in conn.execute(
                select(events.c.record).where(events.c.article_id == article_id).order_by(events.c.position))]
            values = {k: getattr(row, k) for k in ("text_hash", "text", "title", "published", "url",
                                                   "publication", "sources", "metadata", "coded_at",
                                                   "coder_version")}
            conn.execute(insert(article_history).values(
                article_id=article_id, replaced_at=_now(), events=old_events, **values))
            conn.execute(delete(event_actors).where(event_actors.c.article_id == article_id))
            conn.execute(delete(events).where(events.c.article_id == article_id))
            conn.execute(delete(articles).where(articles.c.article_id == article_id))
            self._promote_aliases(conn, row, old_events)
            return
        alias = conn.execute(select(article_aliases).where(article_aliases.c.alias_id == article_id)).first()
        if alias is not None:
            canonical = conn.execute(select(articles).where(articles.c.article_id == alias.article_id)).first()
            if canonical is not None and canonical.text_hash == alias.text_hash:
                conn.execute(insert(article_history).values(
                    article_id=article_id, text_hash=canonical.text_hash, text=canonical.text,
                    title=canonical.title, published=canonical.published, url=canonical.url,
                    publication=canonical.publication, sources=canonical.sources,
                    metadata={**(canonical.metadata or {}), "alias_of": alias.article_id},
                    coded_at=alias.created_at, coder_version=canonical.coder_version,
                    replaced_at=_now(), events=[]))
            conn.execute(delete(article_aliases).where(article_aliases.c.alias_id == article_id))

    def _promote_aliases(self, conn: Connection, old: Any, old_events: list[dict[str, Any]]) -> None:
        """Aliases of a replaced article still carry the old text: the first alias becomes the article
        holding it, with the old events re-keyed to its id (no recoding needed: same text)."""
        aliases = conn.execute(select(article_aliases).where(article_aliases.c.article_id == old.article_id)
                               .order_by(article_aliases.c.alias_id)).all()
        if not aliases:
            return
        heir = aliases[0].alias_id
        conn.execute(insert(articles).values(
            article_id=heir, text_hash=old.text_hash, text=old.text, title=old.title, published=old.published,
            url=old.url, publication=old.publication, sources=old.sources,
            metadata={**(old.metadata or {}), "promoted_from": old.article_id},
            coded_at=old.coded_at, coder_version=old.coder_version))
        conn.execute(delete(article_aliases).where(article_aliases.c.alias_id == heir))
        self._insert_events(conn, heir, [_rekeyed(Event.from_dict(r), heir) for r in old_events])
        conn.execute(update(article_aliases).where(article_aliases.c.article_id == old.article_id)
                     .values(article_id=heir))

    @staticmethod
    def _insert_events(conn: Connection, article_id: str, event_list: list[Event]) -> None:
        seen: set[str] = set()
        unique = []
        for ev in event_list:
            if ev.id in seen:  # the same event found twice (e.g. two overlapping chunks): keep one
                continue
            seen.add(ev.id)
            unique.append(ev)
        # Every actor gets its registry id first (user alias entries also set country/sector), so the
        # records, event rows and event_actors rows all carry the resolved values.
        resolve_actors(conn, unique)
        rows, actor_rows = [], []
        for ev in unique:
            rows.append(_event_row(ev, article_id))
            actor_rows.extend(_actor_rows(ev, article_id))
        if rows:
            conn.execute(insert(events), rows)
        if actor_rows:
            conn.execute(insert(event_actors), actor_rows)

    def replace_events(self, article_id: str, event_list: Iterable[Event], coder_version: str | None = None) -> None:
        """Swap the stored events of an unchanged article for a new coding (used by `recode`)."""
        event_list = list(event_list)
        with self.engine.begin() as conn:
            conn.execute(delete(event_actors).where(event_actors.c.article_id == article_id))
            conn.execute(delete(events).where(events.c.article_id == article_id))
            self._insert_events(conn, article_id, event_list)
            conn.execute(update(articles).where(articles.c.article_id == article_id).values(
                coded_at=_now(), coder_version=coder_version or _coder_version(event_list)))

    # --- actor registry (eventlens.store.registry) --------------------------------------------------

    def import_aliases(self, path: str | Path) -> ImportReport:
        """Load a user alias file (format: eventlens.store.registry) into the registry in one transaction;
        its entries win over automatic resolution, for stored events and later saves alike."""
        entries = load_alias_file(path)
        with self.engine.begin() as conn:
            return apply_user_entries(conn, entries)

    def actors(self, country: str | None = None, q: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[RegistryActor]:
        """Canonical actors with their aliases and event counts, most events first."""
        with self.engine.connect() as conn:
            return list_actors(conn, country=country, q=q, limit=limit, offset=offset)

    def stored_article_ids(self) -> list[str]:
        """Ids of the stored (canonical) articles, sorted."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(articles.c.article_id).order_by(articles.c.article_id)).scalars())

    # --- reading --------------------------------------------------------------------------------

    def _event_select(self, q: EventQuery):  # noqa: ANN202 - SQLAlchemy Select type is noisy
        conds = []
        if q.types:
            conds.append(events.c.event.in_(q.types))
        for role, code in (("actor", q.actor), ("recipient", q.recipient)):
            if code:
                conds.append(events.c.id.in_(select(event_actors.c.event_id).where(
                    and_(event_actors.c.role == role, event_actors.c.country == code))))
        if q.party:
            conds.append(events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.country == q.party)))
        if q.actor_id:  # the registry actor under any of its names, in either role
            conds.append(events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.actor_id == q.actor_id)))
        if q.since:
            conds.append(events.c.date >= q.since.isoformat())
        if q.until:
            conds.append(events.c.date <= q.until.isoformat())
        modalities = set(q.modalities)
        if q.realized_only:
            modalities = (modalities & REALIZED_MODALITIES) if modalities else set(REALIZED_MODALITIES)
            if not modalities:
                modalities = {"<none>"}
        if modalities:
            conds.append(events.c.modality.in_(sorted(modalities)))
        if q.min_confidence is not None:
            conds.append(events.c.confidence >= q.min_confidence)
        if q.article_id:
            conds.append(events.c.article_id == q.article_id)
        return conds

    def query_events(self, query: EventQuery | None = None, **filters: Any) -> Iterator[Event]:
        """Events matching the filters, ordered by date, article and position in the text."""
        q = query if query is not None else EventQuery(**filters)
        stmt = (select(events.c.record).where(*self._event_select(q))
                .order_by(events.c.date.is_(None), events.c.date, events.c.article_id, events.c.position,
                          events.c.id)
                .offset(q.offset or None).limit(q.limit))
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=500).execute(stmt):
                yield Event.from_dict(row.record)

    def count_events(self, query: EventQuery | None = None, **filters: Any) -> int:
        q = query if query is not None else EventQuery(**filters)
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(events).where(*self._event_select(q))).scalar_one()

    def get_event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(events.c.record).where(events.c.id == event_id)).first()
        return Event.from_dict(row.record) if row else None

    def get_article(self, article_id: str) -> Article | None:
        """The stored article; an alias id returns the canonical text under the asked id."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.article_id == article_id)).first()
            if row is not None:
                return _article_from_row(row)
            alias = conn.execute(select(article_aliases).where(article_aliases.c.alias_id == article_id)).first()
            if alias is None:
                return None
            row = conn.execute(select(articles).where(articles.c.article_id == alias.article_id)).first()
        if row is None:
            return None
        article = _article_from_row(row, article_id)
        article.metadata["alias_of"] = alias.article_id
        return article

    def article_ids(self, article_id: str) -> list[str]:
        """All ids under which this article's text is recorded (itself first, then its aliases)."""
        with self.engine.connect() as conn:
            aliases = conn.execute(select(article_aliases.c.alias_id)
                                   .where(article_aliases.c.article_id == article_id)
                                   .order_by(article_aliases.c.alias_id)).scalars().all()
        return [article_id, *aliases]

    def history(self, article_id: str) -> list[dict[str, Any]]:
        """Earlier versions of an article, oldest first (text, metadata, replaced_at, their events)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(article_history).where(article_history.c.article_id == article_id)
                                .order_by(article_history.c.history_id)).all()
        return [dict(r._mapping) for r in rows]

    def summary(self, top: int = 10) -> StoreSummary:
        with self.engine.connect() as conn:
            def count(table: Any) -> int:
                return conn.execute(select(func.count()).select_from(table)).scalar_one()

            by_type = dict.fromkeys(PLOVER_TYPES, 0)
            for kind, n in conn.execute(select(events.c.event, func.count()).group_by(events.c.event)):
                by_type[kind] = n
            by_modality = {m: n for m, n in conn.execute(
                select(events.c.modality, func.count()).group_by(events.c.modality).order_by(events.c.modality))}
            n = func.count().label("n")
            dyads = conn.execute(
                select(events.c.actor_country, events.c.recipient_country, n)
                .where(events.c.actor_country.is_not(None), events.c.recipient_country.is_not(None))
                .group_by(events.c.actor_country, events.c.recipient_country)
                .order_by(n.desc(), events.c.actor_country, events.c.recipient_country).limit(top)).all()
            first, last = conn.execute(select(func.min(events.c.date), func.max(events.c.date))).one()
            return StoreSummary(
                articles=count(articles), aliases=count(article_aliases), replaced_versions=count(article_history),
                events=count(events), events_by_type=by_type, events_by_modality=by_modality,
                top_dyads=[(a, r, k) for a, r, k in dyads], first_date=first, last_date=last,
            )


def _rekeyed(ev: Event, article_id: str) -> Event:
    info = ev.text_info
    ev.id = event_id(article_id, info.start, info.trigger_start, info.trigger_end, ev.event)
    ev.article_id = article_id
    return ev


def _coder_version(event_list: list[Event]) -> str:
    for ev in event_list:
        if ev.coder.version:
            return ev.coder.version
    return __version__


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
