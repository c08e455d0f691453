"""REST API over a temp SQLite store filled with hand-built events (no NLP): filters, paging, exports,
stats, corrections with their audit trail, tokens, and an OpenAPI contract walk with schemathesis."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventlens.record import Actor, Article, Event, EventLoc, TextInfo, event_id
from eventlens.store import Store
from eventlens.store.corrections import apply_corrections, create_token, revoke_token

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from eventlens.web.app import WebSettings, create_app  # noqa: E402

LOOPBACK = ("127.0.0.1", 50000)
ELSEWHERE = ("203.0.113.9", 50000)  # TEST-NET-3: never contacted, only stamped on in-process requests


def build_event(article_id: str, text: str, trigger: str, kind: str, *, actor: str | None, recipient: str | None,
                day: str | None, quad: int | None = None, goldstein: float | None = None,
                modality: str = "asserted", confidence: float = 0.8, place: tuple[str, str, float, float] | None = None,
                sector: str | None = "GOV", context: list[str] | None = None, mode: str | None = None,
                offset: int = 0) -> Event:
    """An event whose offsets point into an article text where `text` starts at `offset`."""
    start = offset + text.index(trigger)
    loc = None
    if place:
        name, country, lat, lon = place
        loc = EventLoc(name=name, country=country, lat=lat, lon=lon, text=name, resolution=4)
    actors = []
    if actor:
        at = offset + text.index(actor) if actor in text else None
        actors.append(Actor(text=actor, name=actor, country=actor, sector=sector, kind="country",
                            start=at, end=None if at is None else at + len(actor)))
    recipients = [Actor(text=recipient, name=recipient, country=recipient, kind="country")] if recipient else []
    return Event(
        id=event_id(article_id, offset, start, start + len(trigger), kind), article_id=article_id, event=kind,
        text=text, text_info=TextInfo(0, offset, offset + len(text), trigger, start, start + len(trigger)),
        actor=actors, recipient=recipients, date=day, date_precision="day" if day else None, modality=modality,
        confidence=confidence, quad_code=quad, goldstein=goldstein, event_loc=loc, context=context or [],
        mode=mode, explanation=f"trigger {trigger!r} -> {kind}",
    )


ARTICLES: list[tuple[str, list[tuple]]] = [
    # article id, [(sentence, trigger, type, actor, recipient, date, quad, goldstein, extra kwargs)]
    ("a1", [("IRN officials met KEN envoys in Nairobi.", "met", "CONSULT", "IRN", "KEN", "2024-01-10", 1, 1.0,
             {"place": ("Nairobi", "KEN", -1.29, 36.82), "context": ["diplomatic"]}),
            ("IRN signed a deal with KEN.", "signed", "AGREE", "IRN", "KEN", "2024-01-12", 1, 4.0, {})]),
    ("a2", [("RUS forces attacked UKR positions near Kharkiv.", "attacked", "ASSAULT", "RUS", "UKR",
             "2024-03-05", 4, -10.0, {"place": ("Kharkiv", "UKR", 49.99, 36.23), "sector": "MIL",
                                      "context": ["military"], "mode": "aerial"})]),
    ("a3", [("USA may sanction RUS banks.", "sanction", "SANCTION", "USA", "RUS", "2024-03-20", 4, -4.0,
             {"modality": "hypothetical", "confidence": 0.3})]),
    ("a4", [("Protesters rallied against the government.", "rallied", "PROTEST", None, None, None, 3, -6.5, {})]),
]
SCRIPT_TEXT = 'Officials met. <script>window.__pwned = 1</script> <b>bold</b> & "quotes"'


def fill(store: Store) -> dict[str, list[Event]]:
    made: dict[str, list[Event]] = {}
    for article_id, sentences in ARTICLES:
        text, offset, events = "", 0, []
        for sentence, trigger, kind, actor, recipient, day, quad, goldstein, extra in sentences:
            events.append(build_event(article_id, sentence, trigger, kind, actor=actor, recipient=recipient, day=day,
                                      quad=quad, goldstein=goldstein, offset=offset, **extra))
            text += sentence + " "
            offset = len(text)
        store.save(Article(article_id, text.strip(), title=f"Title {article_id}"), events)
        made[article_id] = events
    script_event = build_event("x1", "Officials met.", "met", "CONSULT", actor=None, recipient=None, day="2024-02-01")
    store.save(Article("x1", SCRIPT_TEXT, title="<i>tagged title</i>"), [script_event])
    made["x1"] = [script_event]
    return made


@pytest.fixture
def store(any_db_url: str) -> Iterator[Store]:
    """A new SQLite file, and (where PostgreSQL's binaries exist) a new PostgreSQL database."""
    with Store(any_db_url) as s:
        yield s


@pytest.fixture
def made(store: Store) -> dict[str, list[Event]]:
    return fill(store)


@pytest.fixture
def client(store: Store, made) -> Iterator[TestClient]:
    with TestClient(create_app(store), client=LOOPBACK) as c:
        yield c


@pytest.fixture
def token(store: Store) -> str:
    return create_token(store, "analyst-1")


def ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {e["event"] for e in response.json()["items"]}


# --- reading ---------------------------------------------------------------------------------------

def test_event_filters_each_narrow_the_result(client: TestClient) -> None:
    assert len(client.get("/api/events").json()["items"]) == 6
    assert ids(client.get("/api/events", params={"type": "ASSAULT,SANCTION"})) == {"ASSAULT", "SANCTION"}
    assert ids(client.get("/api/events", params={"actor_country": "irn"})) == {"CONSULT", "AGREE"}
    assert ids(client.get("/api/events", params={"recipient_country": "RUS"})) == {"SANCTION"}
    assert ids(client.get("/api/events", params={"country": "RUS"})) == {"ASSAULT", "SANCTION"}
    assert ids(client.get("/api/events", params={"sector": "MIL"})) == {"ASSAULT"}
    assert ids(client.get("/api/events", params={"date_from": "2024-03-01", "date_to": "2024-03-10"})) == {"ASSAULT"}
    assert ids(client.get("/api/events", params={"event_country": "UKR"})) == {"ASSAULT"}
    assert ids(client.get("/api/events", params={"place": "kharkiv"})) == {"ASSAULT"}
    assert ids(client.get("/api/events", params={"modality": "hypothetical"})) == {"SANCTION"}
    assert ids(client.get("/api/events", params={"min_confidence": 0.5, "type": "SANCTION"})) == set()
    assert ids(client.get("/api/events", params={"q": "RALLIED"})) == {"PROTEST"}
    assert ids(client.get("/api/events", params={"q": "100%_"})) == set()  # LIKE wildcards are literal
    assert ids(client.get("/api/events", params={"context": "military"})) == {"ASSAULT"}
    assert ids(client.get("/api/events", params={"mode": "aerial"})) == {"ASSAULT"}
    assert ids(client.get("/api/events", params={"quad": 1})) == {"CONSULT", "AGREE"}
    assert ids(client.get("/api/events", params={"article_id": "a1"})) == {"CONSULT", "AGREE"}


def test_bad_filters_are_client_errors(client: TestClient) -> None:
    assert client.get("/api/events", params={"type": "PARTY"}).status_code == 422
    assert client.get("/api/events", params={"country": "IRAN"}).status_code == 422
    assert client.get("/api/events", params={"modality": "maybe"}).status_code == 422
    assert client.get("/api/events", params={"sort": "nonsense"}).status_code == 422
    assert client.get("/api/events", params={"limit": 100000}).status_code == 422


def test_paging_and_sorting(client: TestClient) -> None:
    first = client.get("/api/events", params={"sort": "-date", "limit": 2}).json()
    second = client.get("/api/events", params={"sort": "-date", "limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 6
    dates = [e["date"] for e in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    # undated events go last in either direction
    assert client.get("/api/events", params={"sort": "date"}).json()["items"][-1]["date"] is None
    assert client.get("/api/events", params={"sort": "-date"}).json()["items"][-1]["date"] is None


def test_exports_use_the_shared_exporters(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "csv", "country": "IRN"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["event"] for r in rows) == ["AGREE", "CONSULT"]
    lines = client.get("/api/events", params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == 6 and all(json.loads(line)["id"] for line in lines)
    plover = [json.loads(line) for line in client.get("/api/events", params={"format": "plover"}).text.splitlines()]
    assert len(plover) == 6
    geo = client.get("/api/events", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2


def test_event_and_article_views(client: TestClient, made) -> None:
    ev = made["a2"][0]
    got = client.get(f"/api/events/{ev.id}").json()
    assert got["event"] == "ASSAULT" and got["rejected"] is False and got["corrections"] == []
    assert client.get("/api/events/nope").status_code == 404
    article = client.get("/api/articles/a1").json()
    assert [e["event"] for e in article["events"]] == ["CONSULT", "AGREE"]
    for span in article["events"]:
        assert article["text"][span["trigger_start"]:span["trigger_end"]] == span["trigger"]
    assert client.get("/api/articles/none").status_code == 404
    raw = client.get("/api/articles/x1").json()
    assert raw["text"] == SCRIPT_TEXT  # the API returns the text as stored; the UI escapes it


def test_actors(client: TestClient) -> None:
    items = client.get("/api/actors").json()["items"]
    by_country = {(i["country"], i["name"]): i["events"] for i in items}
    assert by_country[("IRN", "IRN")] == 2 and by_country[("RUS", "RUS")] == 2
    assert [i["country"] for i in client.get("/api/actors", params={"country": "USA"}).json()["items"]] == ["USA"]
    assert client.get("/api/actors", params={"role": "recipient", "q": "ukr"}).json()["items"][0]["events"] == 1


def test_timeline_is_zero_filled_and_stacked(client: TestClient) -> None:
    data = client.get("/api/stats/timeline", params={"interval": "month", "by": "quad"}).json()
    assert data["periods"] == ["2024-01-01", "2024-02-01", "2024-03-01"]
    assert data["ends"] == ["2024-01-31", "2024-02-29", "2024-03-31"]
    series = {s["key"]: s["counts"] for s in data["series"]}
    assert series["1"] == [2, 0, 0] and series["4"] == [0, 0, 2] and series["unknown"] == [0, 1, 0]
    assert data["undated"] == 1
    by_type = client.get("/api/stats/timeline", params={"interval": "week", "by": "type", "type": "ASSAULT"}).json()
    assert [s["key"] for s in by_type["series"]] == ["ASSAULT"] and by_type["periods"] == ["2024-03-04"]


def test_dyads(client: TestClient) -> None:
    dyads = client.get("/api/stats/dyads").json()["dyads"]
    top = dyads[0]
    assert (top["actor"], top["recipient"], top["count"], top["mean_goldstein"]) == ("IRN", "KEN", 2, 2.5)
    assert {(d["actor"], d["recipient"]) for d in dyads} == {("IRN", "KEN"), ("RUS", "UKR"), ("USA", "RUS")}


def test_panel_fills_empty_periods_with_zero(client: TestClient) -> None:
    data = client.get("/api/stats/panel", params={"by": "country,month"}).json()
    assert data["columns"] == ["country", "month", "events"]
    rows = {(r[0], r[1]): r[2] for r in data["rows"]}
    # countries: event place, else actor -> KEN (a1 first), IRN (a1 second), UKR, USA
    assert set(rows) == {(c, m) for c in ("IRN", "KEN", "UKR", "USA")
                         for m in ("2024-01-01", "2024-02-01", "2024-03-01")}
    assert rows[("KEN", "2024-01-01")] == 1 and rows[("IRN", "2024-01-01")] == 1
    assert rows[("UKR", "2024-03-01")] == 1 and rows[("UKR", "2024-02-01")] == 0
    assert data["undated"] == 1 and data["unassigned"] == 1  # the PROTEST (no date) and x1 (no country)
    typed = client.get("/api/stats/panel", params={"by": "country,month,type", "date_from": "2024-01-01",
                                                   "date_to": "2024-04-30"}).json()
    assert typed["columns"] == ["country", "type", "month", "events"]
    assert len(typed["rows"]) == 4 * 4 * 4  # 4 countries x 4 observed types x 4 months
    assert sum(r[-1] for r in typed["rows"]) == 4
    text = client.get("/api/stats/panel", params={"by": "month,country", "format": "csv"}).text
    assert text.splitlines()[0] == "country,month,events" and len(text.splitlines()) == 13
    assert client.get("/api/stats/panel", params={"by": "country"}).status_code == 422
    assert client.get("/api/stats/panel", params={"by": "month,galaxy"}).status_code == 422


def test_places_for_the_map(client: TestClient) -> None:
    places = client.get("/api/stats/places").json()["places"]
    assert {(p["name"], p["count"]) for p in places} == {("Nairobi", 1), ("Kharkiv", 1)}
    assert client.get("/api/stats/places", params={"country": "USA"}).json()["places"] == []


# --- writing ---------------------------------------------------------------------------------------

def test_writes_need_a_token(client: TestClient, made, store: Store) -> None:
    ev = made["a1"][0]
    body = {"changes": {"event": "AGREE"}}
    assert client.patch(f"/api/events/{ev.id}", json=body).status_code == 401
    assert client.patch(f"/api/events/{ev.id}", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    token = create_token(store, "ann")
    assert client.patch(f"/api/events/{ev.id}", json=body, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    revoke_token(store, "ann")
    assert client.patch(f"/api/events/{ev.id}", json=body, headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_reads_open_on_loopback_only(store: Store, made, token: str) -> None:
    with TestClient(create_app(store), client=ELSEWHERE) as remote:
        assert remote.get("/api/events").status_code == 401
        assert remote.get("/").status_code == 200  # the static shell; its data calls are guarded
        assert remote.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    with TestClient(create_app(store, WebSettings(open_reads=True)), client=ELSEWHERE) as open_remote:
        assert open_remote.get("/api/events").status_code == 200


def test_correction_is_audited_and_wins_on_recoding(client: TestClient, made, store: Store, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    original = made["a1"][0]
    response = client.patch(f"/api/events/{original.id}", headers=auth, json={
        "changes": {"event": "COOPERATE", "event_loc.country": "irn", "actor.0.sector": "dip"}, "note": "misread"})
    assert response.status_code == 200, response.text
    got = response.json()
    assert got["event"] == "COOPERATE" and got["event_loc"]["country"] == "IRN" and got["actor"][0]["sector"] == "DIP"
    trail = {c["field"]: c for c in got["corrections"]}
    assert trail["event"]["old"] == "CONSULT" and trail["event"]["new"] == "COOPERATE"
    assert trail["event"]["who"] == "analyst-1" and trail["event"]["note"] == "misread" and trail["event"]["at"]
    assert set(got["corrected_fields"]) == {"event", "event_loc.country", "actor.0.sector"}
    # the indexed columns follow the correction
    assert original.id in {e["id"] for e in client.get("/api/events", params={"type": "COOPERATE"}).json()["items"]}
    assert ids(client.get("/api/events", params={"event_country": "KEN"})) == set()
    assert ids(client.get("/api/events", params={"sector": "DIP"})) == {"COOPERATE"}
    # re-coding produces the automatic values again; the analyst's values win
    recoded = apply_corrections(store, made["a1"])
    assert [e.event for e in recoded] == ["COOPERATE", "AGREE"]
    assert recoded[0].event_loc.country == "IRN" and recoded[0].actor[0].sector == "DIP"
    # an unchanged value is not a correction
    again = client.patch(f"/api/events/{original.id}", headers=auth, json={"changes": {"event": "COOPERATE"}}).json()
    assert len(again["corrections"]) == 3
    assert len(client.get("/api/corrections", params={"event_id": original.id}).json()["items"]) == 3


def test_reject_and_restore(client: TestClient, made, store: Store, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    ev = made["a2"][0]
    got = client.patch(f"/api/events/{ev.id}", headers=auth, json={"rejected": True, "note": "not an attack"}).json()
    assert got["rejected"] is True
    assert ids(client.get("/api/events", params={"type": "ASSAULT"})) == set()
    assert client.get(f"/api/events/{ev.id}").json()["rejected"] is True  # still viewable
    article = client.get("/api/articles/a2").json()
    assert [(e["event"], e["rejected"]) for e in article["events"]] == [("ASSAULT", True)]
    assert apply_corrections(store, made["a2"]) == []  # re-coding does not bring it back
    restored = client.patch(f"/api/events/{ev.id}", headers=auth, json={"rejected": False}).json()
    assert restored["rejected"] is False
    assert ids(client.get("/api/events", params={"type": "ASSAULT"})) == {"ASSAULT"}
    assert [e.id for e in apply_corrections(store, made["a2"])] == [ev.id]


@pytest.mark.parametrize("changes", [
    {"event": "PARTY"}, {"modality": "maybe"}, {"date": "yesterday"}, {"text": "rewritten"},
    {"actor.5.country": "IRN"}, {"event_loc.country": "Iran"}, {"quad_code": 7}, {"event": None},
])
def test_bad_corrections_are_rejected_without_a_trace(client: TestClient, made, token: str, changes) -> None:
    ev = made["a1"][1]
    response = client.patch(f"/api/events/{ev.id}", headers={"Authorization": f"Bearer {token}"},
                            json={"changes": changes})
    assert response.status_code == 422, response.text
    assert client.get(f"/api/events/{ev.id}").json()["corrections"] == []


def test_patch_unknown_event_or_empty_patch(client: TestClient, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    assert client.patch("/api/events/nope", headers=auth, json={"rejected": True}).status_code == 404
    assert client.patch("/api/events/nope", headers=auth, json={}).status_code == 422


class OneEventPipeline:
    """Stands in for the NLP pipeline: one CONSULT event on the word 'met'."""

    def code(self, article: Article) -> list[Event]:
        at = article.text.find("met")
        if at < 0:
            return []
        return [Event(id=event_id(article.article_id, 0, at, at + 3, "CONSULT"), article_id=article.article_id,
                      event="CONSULT", text=article.text, text_info=TextInfo(0, 0, len(article.text), "met", at, at + 3),
                      date="2024-05-01", confidence=0.6)]


def test_post_article_codes_and_stores(store: Store, made, token: str) -> None:
    app = create_app(store, pipeline=OneEventPipeline())
    with TestClient(app, client=LOOPBACK) as c:
        body = {"text": "The ministers met on Monday.", "title": "New", "published": "2024-05-01"}
        assert c.post("/api/articles", json=body).status_code == 401
        response = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 201, response.text
        got = response.json()
        assert got["status"] == "new" and [e["event"] for e in got["events"]] == ["CONSULT"]
        assert c.get(f"/api/articles/{got['article_id']}").json()["title"] == "New"
        # the text-search table follows new events (database triggers)
        assert [e["article_id"] for e in c.get("/api/events", params={"q": "ministers MET"}).json()["items"]] == [
            got["article_id"]]
        again = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {token}"}).json()
        assert again["status"] == "unchanged" and again["article_id"] == got["article_id"]
        assert c.post("/api/articles", json={"text": ""}, headers={"Authorization": f"Bearer {token}"}).status_code == 422


# --- UI shell and schema ----------------------------------------------------------------------------

def test_ui_shell_is_served_with_a_no_network_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "eventlens" in page.text
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "connect-src 'self'" in policy
    for asset in ("/static/vendor/echarts.min.js", "/static/vendor/leaflet.js", "/static/js/app.js",
                  "/static/vendor/countries-110m.geojson"):
        assert client.get(asset).status_code == 200, asset
    outlines = client.get("/static/vendor/countries-110m.geojson").json()
    assert len(outlines["features"]) > 150


def test_ui_sources_name_no_remote_host() -> None:
    static = Path(__file__).resolve().parents[1] / "eventlens" / "web" / "static"
    for path in [static / "index.html", static / "app.css", *sorted((static / "js").glob("*.js"))]:
        text = path.read_text()
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, path


def test_new_tables_match_their_migration(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from eventlens.store.analytics import event_search
    from eventlens.store.corrections import api_tokens, corrections

    mine = {corrections.name, api_tokens.name, event_search.name}

    def ours(obj, name, type_, reflected, compare_to) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table in mine

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours})
        assert compare_metadata(context, corrections.metadata) == []


# --- OpenAPI contract ---------------------------------------------------------------------------------

def test_openapi_contract_no_server_errors(store: Store, made) -> None:
    """Every GET operation in /openapi.json, called with parameters schemathesis generates from the
    schema (valid and boundary values): never a 5xx. (Driven by hand: schemathesis' pytest plugin does
    not load under pytest 9.)"""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    # open_reads: schemathesis' in-process client has no loopback address
    app = create_app(store, WebSettings(open_reads=True))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(method="GET")
    operations = [result.ok() for result in schema.get_all_operations()]
    paths = {op.path for op in operations}
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors",
            "/api/stats/timeline", "/api/stats/dyads", "/api/stats/panel", "/api/stats/places"} <= paths
    failures: list[str] = []
    calls = 0
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case) -> None:
            nonlocal calls
            calls += 1
            response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query}: {response.status_code}")

        call()
    assert calls > 100
    assert failures == []


# --- CLI: token and aggregate ---------------------------------------------------------------------------

def test_cli_token_and_aggregate(tmp_path: Path, client: TestClient, store: Store) -> None:
    from click.testing import CliRunner

    from eventlens.cli import main
    from eventlens.store.corrections import token_owner

    db = store.url
    runner = CliRunner()
    created = runner.invoke(main, ["token", "create", "cli-user", "--db", db])
    assert created.exit_code == 0, created.output
    assert token_owner(store, created.output.strip()) == "cli-user"
    listed = runner.invoke(main, ["token", "list", "--db", db])
    assert "cli-user" in listed.output and "active" in listed.output
    assert runner.invoke(main, ["token", "revoke", "cli-user", "--db", db]).exit_code == 0
    assert token_owner(store, created.output.strip()) is None

    out = tmp_path / "panel.csv"
    result = runner.invoke(main, ["aggregate", "--db", db, "--by", "country,month", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text() == client.get("/api/stats/panel", params={"by": "country,month", "format": "csv"}).text
    typed = runner.invoke(main, ["aggregate", "--db", db, "--by", "type,week", "--type", "ASSAULT",
                                 "--format", "jsonl"])
    rows = [json.loads(line) for line in typed.stdout.splitlines()]
    assert rows == [{"type": "ASSAULT", "week": "2024-03-04", "events": 1}]
    assert runner.invoke(main, ["aggregate", "--db", db, "--by", "country"]).exit_code == 2


def test_no_cdn_backed_docs_pages(client: TestClient) -> None:
    # FastAPI's default /docs and /redoc pull Swagger UI / ReDoc from a CDN: they must not exist here.
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "eventlens"
