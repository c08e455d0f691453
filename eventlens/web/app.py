"""The REST API and the browser UI, one FastAPI app over one `Store`.

`create_app(store)` builds it; `eventlens serve` runs it with uvicorn. The UI is static files in
`static/` (vendored libraries included: no CDN, no tile server) and talks only to this API.
"""

# No `from __future__ import annotations`: FastAPI resolves the route closures' annotations, which
# name local dependencies (reader/writer) and settings.
import csv
import io
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from .. import __version__
from ..record import MODALITIES, PLOVER_TYPES, Article, Event
from ..store import Store, analytics
from ..store.corrections import CorrectionError, EventState, correct_event, event_state, list_corrections
from ..store.corrections import rejected_events as list_rejected
from .auth import require_reader, require_writer

STATIC_DIR = Path(__file__).parent / "static"
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
ISO3 = r"^[A-Za-z]{3}$"


class ExportFormat(StrEnum):
    json = "json"  # the API's own page of results
    plover = "plover"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


class Interval(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class StackBy(StrEnum):
    quad = "quad"
    type = "type"


class PanelFormat(StrEnum):
    json = "json"
    csv = "csv"


EXPORT_MEDIA = {"plover": "application/x-ndjson", "jsonl": "application/x-ndjson", "csv": "text/csv",
                "geojson": "application/geo+json"}


@dataclass(frozen=True)
class WebSettings:
    # Reads are open to loopback clients only, unless this is set (e.g. behind an authenticating proxy).
    open_reads: bool = False
    max_page: int = 1000
    # Upper bound of one export download, so one request cannot hold the server for minutes.
    max_export: int = 200_000


# --- request bodies ---------------------------------------------------------------------------------

class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000)
    article_id: str | None = Field(default=None, max_length=512)
    title: str | None = None
    published: date | None = None
    url: str | None = None
    publication: str | None = None


class EventPatch(BaseModel):
    changes: dict[str, Any] = Field(default_factory=dict,
                                    description="field path -> new value, e.g. {\"event\": \"ASSAULT\", "
                                                "\"event_loc.country\": \"TJK\", \"actor.0.country\": \"IRN\"}")
    rejected: bool | None = Field(default=None, description="true: mark the event wrong; false: restore it")
    note: str | None = Field(default=None, max_length=2000)


# --- filters shared by the event and stats endpoints ------------------------------------------------

def event_filter(
    type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated", max_length=400)] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="quad class 1-4")] = None,
    mode: Annotated[str | None, Query(max_length=64)] = None,
    context: Annotated[str | None, Query(max_length=64)] = None,
    modality: Annotated[str | None, Query(description="modality(ies), comma-separated", max_length=200)] = None,
    country: Annotated[str | None, Query(pattern=ISO3, description="any actor or recipient")] = None,
    actor_country: Annotated[str | None, Query(pattern=ISO3)] = None,
    recipient_country: Annotated[str | None, Query(pattern=ISO3)] = None,
    actor_id: Annotated[str | None, Query(max_length=128)] = None,
    sector: Annotated[str | None, Query(max_length=16)] = None,
    event_country: Annotated[str | None, Query(pattern=ISO3)] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    date_from: date | None = None,
    date_to: date | None = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    q: Annotated[str | None, Query(description="text search over event sentences", max_length=200)] = None,
    article_id: Annotated[str | None, Query(max_length=512)] = None,
) -> analytics.EventFilter:
    try:
        f = analytics.EventFilter(
            type=type, quad=quad, mode=mode, context=context, modality=modality, country=country,
            actor_country=actor_country, recipient_country=recipient_country, actor_id=actor_id, sector=sector,
            event_country=event_country, place=place, date_from=date_from, date_to=date_to,
            min_confidence=min_confidence, q=q, article_id=article_id)
        f.base_query()  # validates types and modalities
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return f


Filters = Annotated[analytics.EventFilter, Depends(event_filter)]


def _state_dict(state: EventState) -> dict[str, Any]:
    out = state.event.to_dict()
    out["rejected"] = state.rejected
    out["corrections"] = [c.to_dict() for c in reversed(state.corrections)]
    out["corrected_fields"] = sorted({c.field for c in state.corrections if c.field != "rejected"})
    return out


def _export_response(events: Iterable[Event], fmt: str) -> Response:
    """Run the shared exporter into a spooled file (memory up to 8 MB, then disk) and stream it out, so
    a large export holds neither every Event nor the whole text in memory."""
    from .. import export as exporters

    spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8", newline="")
    try:
        exporters.export(events, fmt, spool)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise

    def chunks() -> Iterator[str]:
        try:
            while block := spool.read(1 << 16):
                yield block
        finally:
            spool.close()

    ext = {"plover": "plover.jsonl", "geojson": "geojson"}.get(fmt, fmt)
    return StreamingResponse(chunks(), media_type=EXPORT_MEDIA[fmt],
                             headers={"Content-Disposition": f'attachment; filename="events.{ext}"'})


class _PipelineHolder:
    """Loads the NLP pipeline on the first POST /api/articles, once per app (spaCy is slow to load)."""

    def __init__(self, pipeline: Any | None) -> None:
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._pipeline is None:
                from ..pipeline import Pipeline

                self._pipeline = Pipeline()
            return self._pipeline


def create_app(store: Store, settings: WebSettings | None = None, pipeline: Any | None = None) -> FastAPI:
    """The API + UI over `store`. `pipeline` (anything with `.code(article)`) is loaded lazily when omitted."""
    settings = settings or WebSettings()
    holder = _PipelineHolder(pipeline)
    # No /docs or /redoc: FastAPI's pages load Swagger/ReDoc from a CDN, and nothing here may touch the
    # network. The schema itself is at /openapi.json.
    app = FastAPI(title="eventlens", version=__version__, docs_url=None, redoc_url=None,
                  description="PLOVER political event records: query, aggregate, export and correct.")

    def reader(request: Request) -> None:
        require_reader(request, store, settings.open_reads)

    def writer(request: Request) -> str:
        return require_writer(request, store)

    Reader = Depends(reader)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        # The page may load nothing from anywhere but this server (the no-network promise, enforced).
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    @app.exception_handler(CorrectionError)
    async def bad_correction(_request: Request, exc: CorrectionError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    # --- UI ---------------------------------------------------------------------------------------

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        # The page shell holds no data (it is the static UI); the data calls it makes are guarded, and
        # the page asks for a token when they answer 401.
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    # --- reads ------------------------------------------------------------------------------------

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/api/meta", tags=["meta"], dependencies=[Reader])
    def meta() -> dict[str, Any]:
        """Vocabularies the UI builds its filters from, plus store totals."""
        summary = store.summary(top=0)
        return {
            "version": __version__, "types": list(PLOVER_TYPES), "modalities": list(MODALITIES),
            "quad_classes": {str(k): v for k, v in QUAD_NAMES.items()}, "intervals": [i.value for i in Interval],
            "panel_dimensions": list(analytics.PANEL_DIMENSIONS), "sorts": list(analytics.SORTS),
            "export_formats": [f.value for f in ExportFormat if f is not ExportFormat.json],
            "articles": summary.articles, "events": summary.events,
            "first_date": summary.first_date, "last_date": summary.last_date,
        }

    @app.get("/api/events", tags=["events"], dependencies=[Reader])
    def list_events(
        f: Filters,
        sort: Annotated[str, Query(pattern=r"^[-+]?(date|confidence|event|article|goldstein)$")] = "date",
        limit: Annotated[int, Query(ge=0, le=settings.max_page)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        format: ExportFormat = ExportFormat.json,
    ) -> Any:
        """Filtered, sorted, paged events; `format` other than json downloads every match (up to the
        export limit, ignoring limit/offset) through the same exporters as the CLI."""
        if format is not ExportFormat.json:
            return _export_response(analytics.iter_events(store, f, sort, settings.max_export), format.value)
        total, page = analytics.search_events(store, f, sort, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": [e.to_dict() for e in page]}

    @app.get("/api/events/{event_id}", tags=["events"], dependencies=[Reader])
    def get_event(event_id: str) -> dict[str, Any]:
        state = event_state(store, event_id)
        if state is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
        return _state_dict(state)

    @app.get("/api/articles/{article_id}", tags=["articles"], dependencies=[Reader])
    def get_article(article_id: str) -> dict[str, Any]:
        """The article text with every event's spans (character offsets into `text`)."""
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        stored_id = article.metadata.get("alias_of", article_id)
        live = [(e, False) for e in analytics.article_event_rows(store, stored_id)]
        dead = [(e, True) for e in list_rejected(store, article_id=stored_id)]
        spans = []
        for ev, rejected in sorted(live + dead, key=lambda p: (p[0].text_info.trigger_start, p[0].id)):
            info = ev.text_info
            spans.append({
                "id": ev.id, "event": ev.event, "rejected": rejected, "modality": ev.modality,
                "trigger": info.trigger, "trigger_start": info.trigger_start, "trigger_end": info.trigger_end,
                "sentence_start": info.start, "sentence_end": info.end,
                "actors": [{"text": a.text, "country": a.country, "start": a.start, "end": a.end} for a in ev.actor],
                "recipients": [{"text": a.text, "country": a.country, "start": a.start, "end": a.end}
                               for a in ev.recipient],
            })
        return {
            "article_id": article_id, "stored_as": stored_id, "title": article.title, "text": article.text,
            "published": article.published.isoformat() if article.published else None, "url": article.url,
            "publication": article.publication, "sources": article.sources, "events": spans,
        }

    @app.get("/api/actors", tags=["actors"], dependencies=[Reader])
    def get_actors(
        q: Annotated[str | None, Query(max_length=200)] = None,
        country: Annotated[str | None, Query(pattern=ISO3)] = None,
        role: Annotated[str | None, Query(pattern=r"^(actor|recipient)$")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """Distinct actors with how many events each takes part in."""
        return {"items": analytics.actors(store, q, country, role, limit, offset)}

    @app.get("/api/stats/timeline", tags=["stats"], dependencies=[Reader])
    def get_timeline(f: Filters, interval: Interval = Interval.month, by: StackBy = StackBy.quad) -> dict[str, Any]:
        return asdict(analytics.timeline(store, f, interval.value, by.value))

    @app.get("/api/stats/dyads", tags=["stats"], dependencies=[Reader])
    def get_dyads(f: Filters, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        """Actor -> recipient pairs with event counts and mean Goldstein / PLOVER scores."""
        return {"dyads": [asdict(d) for d in analytics.dyads(store, f, limit)]}

    @app.get("/api/stats/panel", tags=["stats"], dependencies=[Reader])
    def get_panel(
        f: Filters,
        by: Annotated[str, Query(max_length=100, description="one period (day|week|month|year) and any of "
                                 "country, actor_country, recipient_country, type, quad")] = "country,month",
        format: PanelFormat = PanelFormat.json,
    ) -> Any:
        """Zero-filled counts per (dimensions..., period): same as `eventlens aggregate --by ...`."""
        try:
            result = analytics.panel(store, f, by)
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        if format is PanelFormat.csv:
            return Response(panel_csv(result), media_type="text/csv",
                            headers={"Content-Disposition": 'attachment; filename="panel.csv"'})
        return {"columns": result.columns, "rows": result.rows, "undated": result.undated,
                "unassigned": result.unassigned}

    @app.get("/api/stats/places", tags=["stats"], dependencies=[Reader])
    def get_places(f: Filters, limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> dict[str, Any]:
        """Event locations with coordinates, and how many events each has (for the map)."""
        return {"places": analytics.places(store, f, limit)}

    @app.get("/api/corrections", tags=["corrections"], dependencies=[Reader])
    def get_corrections(
        event_id: Annotated[str | None, Query(max_length=64)] = None,
        article_id: Annotated[str | None, Query(max_length=512)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """The audit trail, newest first."""
        return {"items": [c.to_dict() for c in list_corrections(store, event_id, article_id, limit, offset)]}

    # --- writes -----------------------------------------------------------------------------------

    @app.patch("/api/events/{event_id}", tags=["events"])
    def patch_event(event_id: str, patch: Annotated[EventPatch, Body()],
                    who: Annotated[str, Depends(writer)]) -> dict[str, Any]:
        """Correct fields of an event or mark it wrong; each change is kept in the audit trail and wins
        over the automatic value when the article is coded again."""
        if not patch.changes and patch.rejected is None:
            raise HTTPException(status_code=422, detail="nothing to change: give `changes` and/or `rejected`")
        try:
            state = correct_event(store, event_id, patch.changes, rejected=patch.rejected, who=who, note=patch.note)
        except KeyError as exc:
            raise HTTPException(status_code=404, detail=f"no event {event_id!r}") from exc
        return _state_dict(state)

    @app.post("/api/articles", tags=["articles"], status_code=201)
    def post_article(body: ArticleIn, who: Annotated[str, Depends(writer)]) -> dict[str, Any]:
        """Code a new text and store it with its events (analysts' corrections applied)."""
        from ..record import text_hash
        from ..store.corrections import apply_corrections

        article = Article(article_id=body.article_id or f"api-{text_hash(body.text)[:16]}", text=body.text,
                          title=body.title, published=body.published, url=body.url,
                          publication=body.publication, metadata={"submitted_by": who})
        try:
            coder = holder.get()
        except Exception as exc:  # model not installed, pipeline module missing...
            raise HTTPException(status_code=503, detail=f"the coder is not available: {exc}") from exc
        coded = apply_corrections(store, coder.code(article))
        status = store.save(article, coded)
        saved = store.get_article(article.article_id)
        stored_id = saved.metadata.get("alias_of", article.article_id) if saved else article.article_id
        stored = analytics.article_event_rows(store, stored_id)
        return {"article_id": article.article_id, "status": status, "events": [e.to_dict() for e in stored]}

    return app


def panel_csv(result: analytics.Panel) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(result.rows)
    return out.getvalue()


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000, settings: WebSettings | None = None) -> None:
    """Run the API + UI until interrupted (what `eventlens serve` calls)."""
    import uvicorn

    uvicorn.run(create_app(store, settings), host=host, port=port, log_level="info")
