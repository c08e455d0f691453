"""Actor registry (eventlens.store.registry): canonical actors and aliases across articles, the user
alias file that wins over automatic resolution, `eventlens actors` and `events --actor-id`, and the
0004 migration over a database written at 0003. No NLP: events are built directly (conftest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, inspect, select

from eventlens import api
from eventlens.cli import main
from eventlens.record import Actor, Article, Event
from eventlens.store import Store
from eventlens.store.registry import AliasFileError, load_alias_file, normalise_name, registry_id

# Fictional people: nothing here comes from the seed article or a gold set.


def person(name: str, country: str | None = None, sector: str | None = None, text: str | None = None) -> Actor:
    return Actor(text=text or name, name=name, country=country, sector=sector, kind="person")


def event_with(make_event, article_id: str, actors: list[Actor], recipients: list[Actor] | None = None,
               trigger: str = "met") -> Event:
    ev = make_event(article_id, text=f"They {trigger} in the capital.", trigger=trigger, actor=None, recipient=None)
    ev.actor, ev.recipient = actors, list(recipients or [])
    return ev


def ids_of(store: Store, article_id: str) -> list[str | None]:
    return [a.actor_id for ev in store.query_events(article_id=article_id) for a in (*ev.actor, *ev.recipient)]


def by_name(store: Store) -> dict[str, object]:
    return {a.name: a for a in store.actors()}


def write_yaml(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("a", "b"), [
    ("Amina Okafor", "AMINA  OKAFOR"),
    ("José Álvarez", "Jose Alvarez"),
    ("Al-Shabaab", "al shabaab"),
    ("The Sentinel Party", "Sentinel Party"),
    ("Côte d'Ivoire", "cote d ivoire"),
])
def test_normalised_names_match(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b) != ""


def test_normalised_names_keep_different_names_apart() -> None:
    assert normalise_name("Amina Okafor") != normalise_name("Amina Okoro")
    assert normalise_name("The") == "the"  # a lone "the" is a name, not an empty key
    assert normalise_name(None) == normalise_name("  ") == ""


def test_ids_are_deterministic() -> None:
    assert registry_id("person", "KEN", "amina okafor") == registry_id("person", "KEN", "amina okafor")
    assert registry_id("person", "KEN", "amina okafor") != registry_id("person", "NGA", "amina okafor")
    assert registry_id("person", "KEN", "x") != registry_id("organization", "KEN", "x")
    assert registry_id("country", "IRN", "") == "country:IRN"


# --- automatic resolution across articles ------------------------------------------------------------

def test_aliases_across_articles_map_to_one_actor(any_db_url: str, make_event) -> None:
    with Store(any_db_url) as store:
        store.save(Article("a1", "one"), [event_with(make_event, "a1", [person("Amina Okafor", "KEN", "GOV")])])
        # Another spelling, a surname-only mention, and the person as a recipient, in later articles.
        store.save(Article("a2", "two"), [event_with(make_event, "a2", [person("AMINA OKAFOR", "KEN")])])
        store.save(Article("a3", "three"), [event_with(make_event, "a3", [person("Okafor", "KEN")])])
        store.save(Article("a4", "four"), [event_with(make_event, "a4", [person("Rui Costa", "PRT")],
                                                      [person("Amina Okafor")])])
        # A namesake of another country is another actor.
        store.save(Article("a5", "five"), [event_with(make_event, "a5", [person("Amina Okafor", "NGA")])])
        amina = ids_of(store, "a1")[0]
        assert amina is not None
        assert ids_of(store, "a2") == [amina] and ids_of(store, "a3") == [amina]
        assert ids_of(store, "a4")[1] == amina
        assert ids_of(store, "a5")[0] not in (None, amina)

        listed = [a for a in store.actors() if a.actor_id == amina]
        assert len(listed) == 1
        entry = listed[0]
        assert (entry.name, entry.country, entry.sector, entry.source) == ("Amina Okafor", "KEN", "GOV", "auto")
        assert (entry.events_as_actor, entry.events_as_recipient, entry.events) == (3, 1, 4)
        assert "Okafor" in entry.aliases
        assert store.actors()[0].actor_id == amina  # most events first
        assert {a.country for a in store.actors(country="NGA")} == {"NGA"}
        assert [a.actor_id for a in store.actors(q="okafor", country="KEN")] == [amina]
        # Querying by the registry id finds the events under every name, in either role.
        assert sorted(e.article_id for e in store.query_events(actor_id=amina)) == ["a1", "a2", "a3", "a4"]
        # The countryless mention in a4 took the known actor's country and sector, and says so.
        stored = next(e for e in store.query_events() if e.article_id == "a4")
        assert (stored.recipient[0].country, stored.recipient[0].sector) == ("KEN", "GOV")
        assert "Amina Okafor: country KEN and sector GOV from the actor registry entry Amina Okafor" in stored.explanation
        # A surname shared by two known people of different countries stays unresolved.
        store.save(Article("a6", "six"), [event_with(make_event, "a6", [person("Okafor")])])
        stored = next(e for e in store.query_events() if e.article_id == "a6")
        assert stored.actor[0].country is None


def test_countries_are_keyed_by_code_and_unnamed_actors_get_no_id(any_db_url: str, make_event) -> None:
    with Store(any_db_url) as store:
        store.save(Article("a1", "one"), [make_event("a1", actor="IRN", recipient="TJK")])
        nameless = event_with(make_event, "a2", [Actor(text="the officials", kind="unknown")])
        store.save(Article("a2", "two"), [nameless])
        assert ids_of(store, "a1") == ["country:IRN", "country:TJK"]
        assert ids_of(store, "a2") == [None]
        assert by_name(store)["Iran"].kind == "country"  # canonical country names from ISO 3166


def test_two_databases_agree_on_ids(tmp_path: Path, make_event) -> None:
    found = []
    for name in ("one.db", "two.db"):
        with Store(str(tmp_path / name)) as store:
            store.save(Article("x", "x"), [event_with(make_event, "x", [person("Lena Varga", "HUN")])])
            found.append(ids_of(store, "x"))
    assert found[0] == found[1] and found[0][0] is not None


def test_resaving_and_replacing_keep_the_registry_consistent(any_db_url: str, make_event) -> None:
    with Store(any_db_url) as store:
        store.save(Article("a1", "one"), [event_with(make_event, "a1", [person("Lena Varga", "HUN")])])
        lena = ids_of(store, "a1")[0]
        # The article changes and no longer mentions her: the actor stays, with no events.
        store.save(Article("a1", "one, edited"), [event_with(make_event, "a1", [person("Ivo Horvat", "HRV")])])
        counts = {a.actor_id: a.events for a in store.actors()}
        assert counts[lena] == 0 and counts[ids_of(store, "a1")[0]] == 1


# --- the user alias file ----------------------------------------------------------------------------

ALIASES = """\
# Corrections by an analyst.
- name: "Tomas Berg"
  country: SWE
  sector: GOV
  other_sectors: [MIL]
  aliases: ["T. Berg", "Tomasz Bergh"]
- name: "Northern Shield Brigade"
  kind: group
  country: SWE
  sector: REB
  aliases: [NSB]
"""


def test_import_wins_over_automatic_resolution_and_repoints_old_rows(any_db_url: str, make_event,
                                                                    tmp_path: Path) -> None:
    with Store(any_db_url) as store:
        # Before the import: three spellings, coded with wrong or missing country/sector.
        store.save(Article("a1", "one"), [event_with(make_event, "a1", [person("Tomas Berg", "NOR", "BUS")])])
        store.save(Article("a2", "two"), [event_with(make_event, "a2", [person("Tomasz Bergh")])])
        store.save(Article("a3", "three"), [event_with(make_event, "a3", [person("Ada Lind", "SWE")],
                                                       [person("T. Berg", "DNK", text="Mr T. Berg")])])
        assert len(set(ids_of(store, "a1") + ids_of(store, "a2") + [ids_of(store, "a3")[1]])) == 3
        report = store.import_aliases(write_yaml(tmp_path / "aliases.yaml", ALIASES))
        assert (report.entries, report.merged, report.events) == (2, 3, 3)

        berg = [a for a in store.actors() if a.name == "Tomas Berg"]
        assert len(berg) == 1 and berg[0].source == "user"
        assert (berg[0].country, berg[0].sector, berg[0].other_sectors) == ("SWE", "GOV", ["MIL"])
        assert (berg[0].events_as_actor, berg[0].events_as_recipient) == (2, 1)
        assert {"T. Berg", "Tomasz Bergh"} <= set(berg[0].aliases)
        # Old rows re-pointed, and their records, event rows and actor rows carry the user's codes.
        found = list(store.query_events(actor_id=berg[0].actor_id))
        assert sorted(e.article_id for e in found) == ["a1", "a2", "a3"]
        mentions = [a for e in found for a in (*e.actor, *e.recipient) if a.actor_id == berg[0].actor_id]
        assert {(a.name, a.country, a.sector) for a in mentions} == {("Tomas Berg", "SWE", "GOV")}
        assert {a.text for a in mentions} == {"Tomas Berg", "Tomasz Bergh", "Mr T. Berg"}  # text as written
        assert sorted(e.article_id for e in store.query_events(actor="SWE")) == ["a1", "a2", "a3"]
        assert [e.article_id for e in store.query_events(recipient="SWE")] == ["a3"]
        assert not list(store.query_events(actor="NOR"))

        # Later saves: the user entry wins over what the coder says.
        store.save(Article("a4", "four"), [event_with(make_event, "a4", [person("T. Berg", "FIN", "JUD")],
                                                      [Actor(text="the NSB", name="NSB", kind="organization")])])
        ev = next(iter(store.query_events(article_id="a4")))
        assert (ev.actor[0].actor_id, ev.actor[0].country, ev.actor[0].sector) == (berg[0].actor_id, "SWE", "GOV")
        assert (ev.recipient[0].name, ev.recipient[0].kind, ev.recipient[0].sector) == (
            "Northern Shield Brigade", "group", "REB")


def test_reimport_updates_codes_of_stored_events(any_db_url: str, make_event, tmp_path: Path) -> None:
    with Store(any_db_url) as store:
        store.save(Article("a1", "one"), [event_with(make_event, "a1", [person("T. Berg")])])
        store.import_aliases(write_yaml(tmp_path / "a.yaml", ALIASES))
        first = ids_of(store, "a1")
        # The analyst corrects the entry's country and sector: the same entry is updated, not a namesake added.
        edited = ALIASES.replace("country: SWE\n  sector: GOV", "country: NOR\n  sector: MIL")
        assert edited != ALIASES
        store.import_aliases(write_yaml(tmp_path / "b.yaml", edited))
        ev = next(iter(store.query_events(article_id="a1")))
        assert (ev.actor[0].country, ev.actor[0].sector) == ("NOR", "MIL")
        assert ids_of(store, "a1") == first
        assert [a.country for a in store.actors() if a.name == "Tomas Berg"] == ["NOR"]


def test_a_shared_user_alias_is_resolved_by_country(any_db_url: str, make_event, tmp_path: Path) -> None:
    two = """\
- {name: "Omar Haddad", country: JOR, aliases: [Haddad]}
- {name: "Sami Haddad", country: LBN, aliases: [Haddad]}
"""
    with Store(any_db_url) as store:
        store.import_aliases(write_yaml(tmp_path / "two.yaml", two))
        store.save(Article("a1", "one"), [event_with(make_event, "a1", [person("Haddad", "LBN")])])
        store.save(Article("a2", "two"), [event_with(make_event, "a2", [person("Haddad")])])
        names = {a.actor_id: a.name for a in store.actors()}
        assert names[ids_of(store, "a1")[0]] == "Sami Haddad"
        # No country to choose by: not resolved to either user entry (an automatic entry instead).
        assert names[ids_of(store, "a2")[0]] == "Haddad"


@pytest.mark.parametrize(("text", "message"), [
    ("- country: SWE\n", "'name'"),
    ("- name: X\n  country: Sweden\n", "3-letter"),
    ("- name: X\n  kind: robot\n", "'kind'"),
    ("- name: X\n  alias: [Y]\n", "unknown field"),
    ("name: X\n", "list"),
    ("- name: X\n  aliases: [1]\n", "'aliases'"),
])
def test_bad_alias_files_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(AliasFileError, match=message):
        load_alias_file(write_yaml(tmp_path / "bad.yaml", text))


def test_alias_file_accepts_an_actors_mapping(tmp_path: Path) -> None:
    entries = load_alias_file(write_yaml(tmp_path / "m.yaml", "actors:\n  - {name: X Y, country: ken}\n"))
    assert [(e.name, e.country, e.aliases) for e in entries] == [("X Y", "KEN", [])]


# --- CLI and Python API -------------------------------------------------------------------------------

def test_cli_actors_import_list_and_events_by_actor_id(tmp_path: Path, make_event) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(db) as store:
        store.save(Article("a1", "one"), [event_with(make_event, "a1", [person("Tomasz Bergh", "NOR")])])
        store.save(Article("a2", "two"), [event_with(make_event, "a2", [person("Ada Lind", "SWE")],
                                                     [person("T. Berg")])])
        store.save(Article("a3", "three"), [event_with(make_event, "a3", [person("Ada Lind", "SWE")])])
    runner = CliRunner()
    result = runner.invoke(main, ["actors", "--db", db, "--import", str(write_yaml(tmp_path / "a.yaml", ALIASES))])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["actors", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in listed.output.splitlines()]
    berg = next(r for r in rows if r["name"] == "Tomas Berg")
    assert (berg["country"], berg["events_as_actor"], berg["events_as_recipient"]) == ("SWE", 1, 1)
    assert [r["country"] for r in rows if r["name"] == "Ada Lind"] == ["SWE"]

    found = runner.invoke(main, ["events", "--db", db, "--actor-id", berg["actor_id"], "--format", "jsonl"])
    assert found.exit_code == 0, found.output
    assert sorted(json.loads(line)["article_id"] for line in found.output.splitlines()) == ["a1", "a2"]
    assert [e.article_id for e in api.query_events(db=db, actor_id=berg["actor_id"])] == ["a1", "a2"]

    only = runner.invoke(main, ["actors", "--db", db, "--country", "SWE", "--limit", "1", "--format", "csv"])
    lines = only.output.splitlines()
    assert lines[0].startswith("actor_id,name,country") and len(lines) == 2
    table = runner.invoke(main, ["actors", "--db", db])
    assert table.exit_code == 0 and "Tomas Berg" in table.output and "T. Berg|Tomasz Bergh" in table.output

    assert [a.name for a in api.actors(db=db, country="SWE", limit=1)] == [lines[1].split(",")[1]]
    report = api.import_aliases(tmp_path / "a.yaml", db=db)
    assert report.entries == 2 and report.merged == 0


def test_cli_rejects_a_bad_alias_file(tmp_path: Path) -> None:
    bad = write_yaml(tmp_path / "bad.yaml", "- name: X\n  country: Sweden\n")
    result = CliRunner().invoke(main, ["actors", "--db", str(tmp_path / "x.db"), "--import", str(bad)])
    assert result.exit_code == 2 and "3-letter" in result.output


# --- migration ---------------------------------------------------------------------------------------

def test_upgrade_from_0003_backfills_the_registry(any_db_url: str, make_event) -> None:
    from alembic import command
    from alembic.config import Config

    from eventlens.store.engine import MIGRATIONS_DIR, make_engine
    from eventlens.store.schema import articles, event_actors, events
    from eventlens.store.store import _actor_rows, _article_values, _event_row

    engine = make_engine(any_db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    old = [("a1", event_with(make_event, "a1", [person("Lena Varga", "HUN")], [person("Ivo Horvat", "HRV")])),
           ("a2", event_with(make_event, "a2", [person("LENA VARGA", "HUN")])),
           ("a3", make_event("a3", actor="IRN", recipient="TJK"))]
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        assert "actors" not in inspect(conn).get_table_names()
        for article_id, ev in old:  # written as the 0003 store did: no registry ids
            conn.execute(insert(articles).values(article_id=article_id, **_article_values(Article(article_id, article_id))))
            conn.execute(insert(events).values(**_event_row(ev, article_id)))
            conn.execute(insert(event_actors), _actor_rows(ev, article_id))
    engine.dispose()

    with Store(any_db_url) as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0004"
            assert conn.execute(select(event_actors.c.actor_id).where(event_actors.c.actor_id.is_(None))).first() is None
        lena = ids_of(store, "a1")[0]
        assert lena is not None and ids_of(store, "a2") == [lena]
        assert ids_of(store, "a3") == ["country:IRN", "country:TJK"]
        counts = {a.name: (a.events_as_actor, a.events_as_recipient) for a in store.actors()}
        assert counts["Lena Varga"] == (2, 0) and counts["Ivo Horvat"] == (0, 1)
        # The migrated store keeps resolving: a new article's mention joins the backfilled actor.
        store.save(Article("a4", "four"), [event_with(make_event, "a4", [person("Varga", "HUN")])])
        assert ids_of(store, "a4") == [lena]


def test_downgrade_and_upgrade_rebuild_the_registry(any_db_url: str, make_event) -> None:
    from alembic import command
    from alembic.config import Config

    from eventlens.store.engine import MIGRATIONS_DIR

    with Store(any_db_url) as store:
        store.save(Article("a1", "one"), [event_with(make_event, "a1", [person("Lena Varga", "HUN")])])
        before = ids_of(store, "a1")
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
            assert "actors" not in inspect(conn).get_table_names()
    with Store(any_db_url) as store:
        assert ids_of(store, "a1") == before
        assert [(a.name, a.events) for a in store.actors() if a.actor_id == before[0]] == [("Lena Varga", 1)]
