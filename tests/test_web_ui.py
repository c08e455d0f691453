"""End-to-end tests of the browser UI in headless Debian Chromium (Playwright with executable_path):
every page loads, the timeline brush filters, an event is corrected and the change survives a reload,
article text with HTML is shown escaped, and the browser asks nothing of any host but loopback.
Screenshots go to test-artifacts/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from eventlens.record import Actor, Article, Event, EventLoc, TextInfo, event_id
from eventlens.store import Store
from eventlens.store.corrections import create_token

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions"]
SCRIPT_ARTICLE = ('Officials met in the capital. <script>window.__pwned = 1</script>'
                  '<img src=x onerror="window.__pwned = 2"> <b>bold</b> & "quotes".')

# Places with coordinates (generic capitals), dyads, dates over six months, every quad class.
PLACES = {"IRN": ("Tehran", 35.69, 51.42), "KEN": ("Nairobi", -1.29, 36.82), "RUS": ("Moscow", 55.75, 37.62),
          "UKR": ("Kyiv", 50.45, 30.52), "USA": ("Washington", 38.90, -77.04), "CHN": ("Beijing", 39.90, 116.40)}
PATTERNS = [  # type, quad, goldstein, sentence template, trigger
    ("CONSULT", 1, 1.0, "{a} officials met {r} envoys in {p}.", "met"),
    ("AGREE", 1, 4.0, "{a} signed an accord with {r} in {p}.", "signed"),
    ("AID", 2, 7.0, "{a} sent aid to {r} through {p}.", "sent"),
    ("ACCUSE", 3, -2.0, "{a} accused {r} of meddling, officials in {p} said.", "accused"),
    ("ASSAULT", 4, -10.0, "{a} forces attacked {r} positions near {p}.", "attacked"),
]
DYADS = [("IRN", "KEN"), ("RUS", "UKR"), ("USA", "CHN"), ("CHN", "RUS"), ("KEN", "IRN"), ("USA", "IRN")]


def demo_events() -> list[tuple[Article, list[Event]]]:
    out = []
    for i in range(36):
        # Each dyad keeps one kind of event, so the network's edge colours differ.
        kind, quad, goldstein, template, trigger = PATTERNS[(i % len(DYADS)) % len(PATTERNS)]
        actor, recipient = DYADS[i % len(DYADS)]
        place, lat, lon = PLACES[recipient if i % 2 else actor]
        text = template.format(a=actor, r=recipient, p=place)
        article_id = f"ui-{i:02d}"
        start = text.index(trigger)
        a_at, r_at = text.index(actor), text.index(recipient, text.index(actor) + 3)
        ev = Event(
            id=event_id(article_id, 0, start, start + len(trigger), kind), article_id=article_id, event=kind,
            text=text, text_info=TextInfo(0, 0, len(text), trigger, start, start + len(trigger)),
            actor=[Actor(text=actor, name=actor, country=actor, sector="GOV", kind="country", start=a_at,
                         end=a_at + 3)],
            recipient=[Actor(text=recipient, name=recipient, country=recipient, kind="country", start=r_at,
                             end=r_at + 3)],
            date=f"2024-{1 + i // 6:02d}-{1 + (i * 5) % 27:02d}", date_precision="day",
            event_loc=EventLoc(name=place, country=recipient if i % 2 else actor, lat=lat, lon=lon, text=place,
                               resolution=4),
            quad_code=quad, goldstein=goldstein, confidence=0.5 + (i % 5) / 10,
            explanation=f"verb '{trigger}' matched the {kind} pattern",
        )
        # The trailing line keeps every article text distinct (the store keeps equal texts once).
        out.append((Article(article_id, f"{text}\nFiled as report {i}.", title=f"Report {i}"), [ev]))
    start = SCRIPT_ARTICLE.index("met")
    script_event = Event(
        id=event_id("ui-script", 0, start, start + 3, "CONSULT"), article_id="ui-script", event="CONSULT",
        text="Officials met in the capital.", text_info=TextInfo(0, 0, 29, "met", start, start + 3),
        date="2024-02-02", date_precision="day", quad_code=1, confidence=0.7)
    out.append((Article("ui-script", SCRIPT_ARTICLE, title="<i>Markup</i> in a title"), [script_event]))
    return out


def count_of(kind: str) -> int:
    return sum(1 for _, events in demo_events() for e in events if e.event == kind)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """uvicorn serving the app over a fresh SQLite store, in a thread, on a free loopback port."""
    if CHROMIUM is None:
        pytest.skip("needs Debian chromium (apt-get install chromium; .ci/run installs it)")
    uvicorn = pytest.importorskip("uvicorn")
    from eventlens.web.app import create_app

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('ui') / 'ui.db'}")
    for article, events in demo_events():
        store.save(article, events)
    token = create_token(store, "ui-tester")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "token": token}
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser(server) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server) -> Iterator[object]:
    """A fresh page whose every request is logged; anything not aimed at loopback is blocked and
    fails the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    remote: list[str] = []
    requests: list[str] = []

    def guard(route) -> None:
        url = route.request.url
        host = urlparse(url).hostname or ""
        if url.startswith(("data:", "blob:")) or host in LOOPBACK_HOSTS:
            route.continue_()
        else:
            remote.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    ARTIFACTS.mkdir(exist_ok=True)
    remote += [u for u in requests if (urlparse(u).hostname or "") not in LOOPBACK_HOSTS
               and not u.startswith(("data:", "blob:"))]
    assert requests, "the page made no requests at all"
    assert remote == [], f"requests to non-loopback hosts: {remote}"
    assert errors == [], f"JavaScript errors: {errors}"


def wait_until(page, expression: str, seconds: float = 15.0) -> None:
    """Poll a JS expression from Python: Playwright's wait_for_function compiles its predicate with
    eval inside the page, which the app's Content-Security-Policy (rightly) forbids."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(100)


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_dashboard_shows_timeline_map_and_network(page, server) -> None:
    page.goto(f"{server['url']}/#/dashboard")
    page.wait_for_selector("#timeline[data-ready] canvas")
    # country outlines drawn (Natural Earth, from the install)
    wait_until(page, "document.querySelectorAll('#map svg path').length > 150")
    page.wait_for_selector("#map .cluster-icon")
    page.wait_for_selector("#network[data-ready] canvas")
    wait_until(page, "(document.querySelector('#map-count')?.textContent || '').includes('places')")
    located = [e for _, events in demo_events() for e in events if e.event_loc]
    assert page.locator("#map-count").inner_text() == f"{len({e.event_loc.name for e in located})} places"
    page.wait_for_timeout(800)  # let the cluster layer settle after fitting the map to the markers
    shot(page, "dashboard")
    total = sum(int(t) for t in page.locator("#map .cluster-icon").all_inner_texts())
    assert total == len(located)  # every located event is in some cluster
    shot(page, "dashboard")


def test_brushing_the_timeline_filters_by_date(page, server) -> None:
    page.goto(f"{server['url']}/#/dashboard")
    page.wait_for_selector("#timeline[data-ready] canvas")
    page.wait_for_timeout(300)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] * 0.55
    page.mouse.move(box["x"] + 60, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.30, y, steps=8)
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
    page.mouse.up()
    wait_until(page, "location.hash.includes('date_from=')")
    page.wait_for_selector("#date-range")
    params = dict(p.split("=") for p in page.evaluate("location.hash").split("?")[1].split("&"))
    assert params["date_from"] == "2024-01-01" and params["date_from"] < params["date_to"] < "2024-06-30"
    page.wait_for_selector("#timeline canvas")
    shot(page, "dashboard-brushed")
    # the table view carries the brushed range
    page.click("nav a[data-view=events]")
    page.wait_for_selector("#events-table tbody tr")
    dates = page.locator("#events-table tbody tr td:first-child").all_inner_texts()
    assert dates and all(params["date_from"] <= d <= params["date_to"] for d in dates)


def test_event_table_filters_and_search(page, server) -> None:
    page.goto(f"{server['url']}/#/events")
    page.wait_for_selector("#events-table tbody tr")
    assert f"of {len(demo_events())}" in page.locator("#event-count").inner_text()
    page.select_option("select[name=type]", "ASSAULT")
    page.click("#filter-form button[type=submit]")
    wait_until(page, "location.hash.includes('type=ASSAULT')")
    page.wait_for_selector(f"#event-count:has-text('of {count_of('ASSAULT')}')")
    types = page.locator("#events-table tbody tr td:nth-child(2) strong").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    page.fill("#search-q", "aid to")
    page.click("#search button")
    wait_until(page, "location.hash.includes('q=aid')")
    page.wait_for_selector("#event-count:has-text('of 0')")  # ASSAULT filter kept, no AID sentence matches
    page.click("#clear-filters")
    page.fill("#search-q", "aid to")
    page.click("#search button")
    page.wait_for_selector(f"#event-count:has-text('of {count_of('AID')}')")
    assert set(page.locator("#events-table tbody tr td:nth-child(2) strong").all_inner_texts()) == {"AID"}
    shot(page, "events-table")


def test_correcting_an_event_type_persists_after_reload(page, server) -> None:
    page.goto(f"{server['url']}/#/events?type=ACCUSE")
    page.wait_for_selector("#events-table tbody tr")
    page.locator("#events-table tbody tr").first.click()
    page.wait_for_selector("#event-title")
    event_url = page.url
    assert page.locator("#event-title").inner_text().startswith("ACCUSE")
    # sentence parts highlighted
    for kind in ("trigger", "actor", "recipient", "place"):
        assert page.locator(f"#event-sentence mark.{kind}").count() == 1, kind
    assert page.locator("#event-sentence mark.trigger").inner_text() == "accused"
    # without a token the write is refused and nothing changes
    page.once("dialog", lambda d: d.dismiss())
    page.select_option("#correct-type", "THREATEN")
    page.click("#save-correction")
    page.wait_for_selector("#correct-message.error")
    page.evaluate("token => localStorage.setItem('eventlens.token', token)", server["token"])
    page.fill("#correct-note", "threat, not accusation")
    page.click("#save-correction")
    page.wait_for_selector("#event-title:has-text('THREATEN')")
    page.reload()
    page.wait_for_selector("#event-title")
    assert page.url == event_url
    assert page.locator("#event-title").inner_text().startswith("THREATEN")
    history = page.locator("#event-history li").all_inner_texts()
    assert len(history) == 1 and "ui-tester" in history[0] and '"ACCUSE"' in history[0] and '"THREATEN"' in history[0]
    shot(page, "event-corrected")
    # reject it: it leaves the table, stays viewable as rejected
    page.click("#reject-event")
    page.wait_for_selector("#event-title .badge.rejected")
    page.goto(f"{server['url']}/#/events?type=THREATEN")
    page.wait_for_selector("#event-count:has-text('of 0')")


def test_article_view_marks_events_and_escapes_markup(page, server) -> None:
    page.goto(f"{server['url']}/#/article/ui-script")
    page.wait_for_selector("#article-text mark.event")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "<b>bold</b>" in text
    assert page.locator("#article-text script, #article-text b, #article-text img").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("#article-title").inner_text() == "<i>Markup</i> in a title"
    assert page.locator("#article-text mark.event").inner_text() == "met"
    shot(page, "article-escaped")
    page.click("#article-text mark.event")
    page.wait_for_selector("#event-title")
    assert page.locator("#event-title").inner_text().startswith("CONSULT")
    shot(page, "event-view")


def test_actors_page_lists_actors_and_links_to_their_events(page, server) -> None:
    page.goto(f"{server['url']}/#/actors")
    page.wait_for_selector("#actors-table tbody tr")
    rows = page.locator("#actors-table tbody tr").all_inner_texts()
    assert any(r.startswith("USA\tUSA") for r in rows)
    page.fill("#actor-q", "ukr")
    page.click("#actor-q + button")
    page.locator("#actors-table tbody tr:has-text('UKR')").wait_for()
    sync_api = pytest.importorskip("playwright.sync_api")
    sync_api.expect(page.locator("#actors-table tbody tr")).to_have_count(1)
    shot(page, "actors")
    page.locator("#actors-table tbody tr").first.click()
    wait_until(page, "location.hash.includes('country=UKR')")
    page.wait_for_selector("#events-table tbody tr")
    parties = page.locator("#events-table tbody tr td:nth-child(3), #events-table tbody tr td:nth-child(4)")
    assert page.locator("#events-table tbody tr").count() == sum(
        1 for _, evs in demo_events() for e in evs if "UKR" in {a.country for a in e.actor + e.recipient})
    assert parties.count() > 0
