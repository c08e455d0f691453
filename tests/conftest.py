"""Shared fixtures: the spaCy pipeline (loaded once per session), ../shared data, a throw-away
PostgreSQL server, and cheap stand-ins (event factory, fake pipeline) for tests that need no NLP."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest

from eventlens.record import Actor, Article, Event, EventLoc, TextInfo, event_id

# --- NLP ------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline, loaded once for the whole test session."""
    try:
        from eventlens.nlp import load_nlp
    except ImportError as exc:
        pytest.skip(f"eventlens.nlp not importable yet: {exc}")
    from eventlens.config import Settings
    from eventlens.errors import ModelNotInstalled

    try:
        return load_nlp(Settings())
    except ModelNotInstalled as exc:
        pytest.skip(f"spaCy model not installed: {exc}")


@pytest.fixture(scope="session")
def pipeline(nlp):
    """The real eventlens Pipeline sharing the session's spaCy model."""
    try:
        from eventlens.pipeline import Pipeline
    except ImportError as exc:
        pytest.skip(f"eventlens.pipeline not importable yet: {exc}")
    return Pipeline(nlp=nlp)


@pytest.fixture(scope="session")
def resolver():
    """The actor resolver built from the packaged lexicons (tests/test_actors*.py resolve phrases with it)."""
    from eventlens.actors import ActorResolver

    return ActorResolver.from_lexicons()


# --- ../shared --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def gazetteer():
    """The packaged offline gazetteer index (tests/test_where*.py resolve names with it)."""
    from eventlens.where import default_gazetteer

    return default_gazetteer()


def resolved_countries(gazetteer, names: list[str]) -> list[str | None]:
    """The country each name of one article resolves to (as the pipeline resolves an article's names)."""
    from eventlens.where.resolve import resolve_names

    places = resolve_names(gazetteer, names, allow_demonym=True, fallback_to_focus=True)
    return [p.country if p else None for p in places]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (read-only gold sets and corpora); skips when this checkout has none."""
    from eventlens.evaluate import shared_data_dir

    found = shared_data_dir()
    if found is None:
        pytest.skip("needs ../shared/data (development-only gold sets and corpora; absent in a user's clone)")
    return found


# --- PostgreSQL -----------------------------------------------------------------------------------


def _postgres_bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A private PostgreSQL server on 127.0.0.1 in a temp dir (Debian's binaries); its base URL."""
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.skip("needs PostgreSQL server binaries (Debian package postgresql; .ci/run installs it)")
    run_as: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="eventlens-pg-"))
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as the postgres user
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root)
            pytest.skip("running as root and there is no 'postgres' user to run the server")
        os.chown(root, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, log = root / "data", root / "server.log"
    port = _free_port()
    try:
        subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "eventlens", "--auth=trust",
                        "-E", "UTF8", "--no-locale"], check=True, capture_output=True, timeout=120)
        # fsync off: the tests kill ingest processes, never the server, so durability of PG is not tested.
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
                        "-o", options, "start"], check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        detail = log.read_text(errors="replace")[-500:] if log.exists() else getattr(exc, "stderr", b"")
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL: {exc}: {detail}")
    try:
        yield f"postgresql+psycopg://eventlens@127.0.0.1:{port}"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = postgres_server.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{postgres_server}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a test once on a new SQLite file and once on a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'eventlens.db'}"
    return request.getfixturevalue("postgres_url")


# --- stand-ins for the NLP stages -------------------------------------------------------------------

EventFactory = Callable[..., Event]


def _make_event(article_id: str = "a1", event: str = "CONSULT", *, text: str = "Iran and Tajikistan met.",
                trigger: str = "met", actor: str | None = "IRN", recipient: str | None = "TJK",
                date: str | None = "2005-04-20", modality: str = "asserted", confidence: float = 0.8,
                lat: float | None = None, lon: float | None = None, **fields) -> Event:
    start = text.find(trigger)
    end = start + len(trigger)
    loc = EventLoc(name="Tehran", country="IRN", lat=lat, lon=lon, feature="P.PPLC", resolution=4,
                   text="Tehran") if lat is not None else None
    return Event(
        id=event_id(article_id, 0, start, end, event), article_id=article_id, event=event, text=text,
        text_info=TextInfo(sentence=0, start=0, end=len(text), trigger=trigger, trigger_start=start,
                           trigger_end=end),
        actor=[Actor(text=actor, name=actor, country=actor, sector="GOV", kind="country")] if actor else [],
        recipient=[Actor(text=recipient, country=recipient, kind="country")] if recipient else [],
        date=date, date_precision="day" if date else None, modality=modality, confidence=confidence,
        event_loc=loc, **fields,
    )


@pytest.fixture
def make_event() -> EventFactory:
    """Build an Event directly (no NLP): make_event("art-1", "ASSAULT", actor="RUS", recipient="UKR")."""
    return _make_event


class FakePipeline:
    """Stands in for eventlens.pipeline.Pipeline in store/CLI tests: one CONSULT event per sentence
    containing "met", one ASSAULT per "attacked"; records which articles it was asked to code."""

    TRIGGERS = {"met": "CONSULT", "attacked": "ASSAULT"}

    def __init__(self) -> None:
        self.coded: list[str] = []

    def code(self, article: Article) -> list[Event]:
        self.coded.append(article.article_id)
        found = []
        offset = 0
        for sentence in article.text.split(". "):
            for trigger, kind in self.TRIGGERS.items():
                at = sentence.find(f" {trigger}")
                if at >= 0:
                    start = offset + at + 1
                    found.append(Event(
                        id=event_id(article.article_id, offset, start, start + len(trigger), kind),
                        article_id=article.article_id, event=kind, text=sentence,
                        text_info=TextInfo(0, offset, offset + len(sentence), trigger, start, start + len(trigger)),
                        date=article.published.isoformat() if article.published else None,
                        date_precision="publication" if article.published else None, confidence=0.5,
                    ))
            offset += len(sentence) + 2
        return found

    def code_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, self.code(article)


@pytest.fixture
def fake_pipeline() -> FakePipeline:
    return FakePipeline()


# --- bad input corpus -----------------------------------------------------------------------------

BAD_INPUT_DIR = Path(__file__).parent / "data" / "bad_input"
HUGE_TEXT_BYTES = 20 * 1024 * 1024
# What each generated/committed file must produce: None = read fine; otherwise a word of the reason.
BAD_INPUT_EXPECTED: dict[str, str | None] = {
    "empty.txt": "empty",
    "blank.txt": "empty",
    "binary.bin": "binary",
    "undecodable.txt": "undecodable",
    "malformed.html": "HTML",
    "latin1.txt": None,
    "cp1252.txt": None,
    "huge.txt": None,
    "good.txt": None,
}


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Path:
    """tests/data/bad_input plus the files not worth committing, generated here: a 20 MB text, a binary
    file, undecodable bytes, and latin-1/cp1252 texts. Contents: see BAD_INPUT_EXPECTED (+ broken.jsonl
    with a broken line 2 between two good records)."""
    corpus = tmp_path / "bad_input"
    shutil.copytree(BAD_INPUT_DIR, corpus)
    # PNG signature and header chunk: NUL bytes like any real binary.
    (corpus / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    # Invalid UTF-8, and bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) / C1 controls in latin-1.
    (corpus / "undecodable.txt").write_bytes(b"Report \x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d\xff\xfe end " * 4)
    (corpus / "latin1.txt").write_bytes("The minister of São Tomé met Côte d'Ivoire's envoy in Zürich.".encode("latin-1"))
    (corpus / "cp1252.txt").write_bytes("The “peace talks” in Bogotá resumed – officials said.".encode("cp1252"))
    sentence = "Officials in the capital discussed the budget and the harvest. "
    with open(corpus / "huge.txt", "w", encoding="utf-8") as f:
        f.write(sentence * (HUGE_TEXT_BYTES // len(sentence) + 1))
    return corpus


# --- coding a text with the real pipeline (the `pipeline` fixture) -------------------------------------

def code_text(pipeline, text: str, published: date, article_id: str = "test") -> list[Event]:
    """Code one invented article published on `published`."""
    return pipeline.code(Article(article_id=article_id, text=text, published=published))


def event_with_trigger(events: Iterable[Event], word: str) -> Event:
    """The first event whose trigger starts with `word` (lowercase); fails naming the triggers found."""
    events = list(events)
    found = [e for e in events if e.text_info.trigger.lower().startswith(word)]
    assert found, f"no event with trigger {word!r} in {[e.text_info.trigger for e in events]}"
    return found[0]


# Modalities of events that happened (what `extract --realized-only` keeps).
REALISED = frozenset({"asserted", "reported", "historical"})


def realised_types(text: str, published: date) -> set[str]:
    """The PLOVER types of the realised events `api.extract` codes in an invented text."""
    from eventlens import api

    return {e.event for e in api.extract(text, published) if e.modality in REALISED}
