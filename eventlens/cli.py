"""`eventlens` command line: a thin shell over eventlens.api (one api call per command, same names).

Only this module turns eventlens errors into exit codes:
  0 ok · 1 some input records failed (the good ones were processed) · 2 usage error (click)
  3 spaCy model not installed · 4 unknown gold set · 5 database error
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import click

from . import api
from .errors import BadRecord, EventlensError, GoldNotFound, ModelNotInstalled, StoreError
from .export import EXPORTERS
from .ingest import FORMATS
from .record import PLOVER_TYPES, Event

EXIT_RECORDS_FAILED = 1
EXIT_CODES: dict[type[EventlensError], int] = {
    BadRecord: EXIT_RECORDS_FAILED, ModelNotInstalled: 3, GoldNotFound: 4, StoreError: 5,
}


def _exit_code(exc: EventlensError) -> int:
    for cls in type(exc).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 1


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """EventlensError -> one line on stderr and its exit code (no traceback for expected failures)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EventlensError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(_exit_code(exc))

    return wrapper


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


db_option = click.option("--db", default=None, metavar="URL",
                         help="SQLAlchemy URL or SQLite path [default: $EVENTLENS_DB or sqlite:///eventlens.db].")
published_option = click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
                                 help="Publication date for records that carry none.")
input_format_option = click.option("--input-format", type=click.Choice(FORMATS),
                                   help="Read every input as this format [default: by extension].")
output_option = click.option("-o", "--output", "out", type=click.Path(dir_okay=False, allow_dash=True),
                             default=None, help="Write to FILE [default: stdout].")


def format_option(default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--format", "fmt", type=click.Choice(list(EXPORTERS)), default=None,
                        help=f"Output format [default: from the -o suffix (.csv, .parquet, .geojson), else {default}].")


# Output suffixes that name one format unambiguously (.jsonl is shared by jsonl and plover).
_FORMAT_BY_SUFFIX = {".csv": "csv", ".parquet": "parquet", ".geojson": "geojson"}


def event_filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters shared by `events` and `aggregate` (same names as api.query_events)."""
    options = [
        click.option("--type", "type_", metavar="TYPE[,TYPE]", help=f"PLOVER type(s): {', '.join(PLOVER_TYPES)}."),
        click.option("--actor", metavar="ISO3", help="Country code of an actor."),
        click.option("--recipient", metavar="ISO3", help="Country code of a recipient."),
        click.option("--party", metavar="ISO3", help="Country code of an actor or a recipient."),
        click.option("--since", callback=_parse_date, metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", callback=_parse_date, metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--modality", metavar="M[,M]", help="asserted, reported, historical, future, hypothetical, negated."),
        click.option("--min-confidence", type=float, help="Only events at least this confident (0-1)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _resolve_format(fmt: str | None, out: str | None, default: str) -> str:
    if fmt:
        return fmt
    if out and out != "-":
        from pathlib import Path

        return _FORMAT_BY_SUFFIX.get(Path(out).suffix.lower(), default if default != "table" else "jsonl")
    return default


def _report_bad(bad: BadRecord) -> None:
    click.echo(f"error: {bad}", err=True)


class _EchoHandler(logging.Handler):
    """eventlens warnings (e.g. a file decoded as cp1252) as "warning: ..." lines on the current
    stderr, looked up at each message so it also works under click's test runner."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


@click.group()
@click.version_option(package_name="eventlens")
def main() -> None:
    """eventlens: political event records (PLOVER) from news text, offline."""
    logger = logging.getLogger("eventlens")
    if not any(isinstance(h, _EchoHandler) for h in logger.handlers):
        logger.addHandler(_EchoHandler(logging.WARNING))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@input_format_option
@format_option("jsonl")
@output_option
@click.option("--realized-only", is_flag=True, help="Only asserted, reported and historical events.")
@handle_errors
def extract(paths: tuple[str, ...], published: date | None, input_format: str | None, fmt: str,
            out: str | None, realized_only: bool) -> None:
    """Code files, directories or stdin (-) and print one record per event."""
    failed: list[BadRecord] = []

    def events() -> Iterator[Event]:
        for item in api.extract_files(list(paths), input_format=input_format, published=published,
                                      realized_only=realized_only):
            if isinstance(item, BadRecord):
                failed.append(item)
                _report_bad(item)
            else:
                yield item

    api.export(events(), _resolve_format(fmt, out, "jsonl"), out)
    if failed:
        click.echo(f"{len(failed)} record(s) failed", err=True)
        sys.exit(EXIT_RECORDS_FAILED)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@input_format_option
@click.option("--progress/--no-progress", default=True, help="Progress bar on stderr for long runs.")
@handle_errors
def ingest(paths: tuple[str, ...], db: str | None, published: date | None, input_format: str | None,
           progress: bool) -> None:
    """Code files, directories or stdin (-) and store articles and events."""
    report = api.ingest(list(paths), db=db, input_format=input_format, published=published, progress=progress)
    for bad in report.failed:
        _report_bad(bad)
    click.echo(report.line(), err=True)
    if report.failed:
        sys.exit(EXIT_RECORDS_FAILED)


@main.command()
@db_option
@event_filter_options
@click.option("--realized-only", is_flag=True, help="Only asserted, reported and historical events.")
@click.option("--actor-id", metavar="ID", help="A registry actor (see `eventlens actors`), under any of its names.")
@click.option("--limit", type=click.IntRange(min=0), help="At most N events.")
@format_option("table")
@output_option
@handle_errors
def events(db: str | None, type_: str | None, actor: str | None, recipient: str | None, party: str | None,
           since: date | None, until: date | None, modality: str | None, realized_only: bool,
           min_confidence: float | None, actor_id: str | None, limit: int | None, fmt: str, out: str | None) -> None:
    """Query stored events."""
    try:
        found = api.query_events(db=db, type=type_, actor=actor, recipient=recipient, party=party, since=since,
                                 until=until, modality=modality, realized_only=realized_only,
                                 min_confidence=min_confidence, actor_id=actor_id, limit=limit)
    except ValueError as exc:  # an unknown type or modality
        raise click.UsageError(str(exc)) from None
    api.export(found, _resolve_format(fmt, out, "table"), out)


ACTOR_COLUMNS = ("actor_id", "name", "country", "sector", "other_sectors", "kind", "source", "events_as_actor",
                 "events_as_recipient", "aliases")


def actors_text(rows: list[Any], fmt: str) -> str:
    """Registry actors as an aligned table, JSON lines or CSV (list cells joined with '|')."""
    import csv
    import io
    import json

    records = [r.to_dict() for r in rows]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    cells = [[("|".join(v) if isinstance(v, list) else "" if v is None else str(v)) for v in
              (r[c] for c in ACTOR_COLUMNS)] for r in records]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(ACTOR_COLUMNS)
        writer.writerows(cells)
        return buffer.getvalue()
    header = ["ID", "NAME", "COUNTRY", "SECTOR", "OTHER", "KIND", "SOURCE", "AS ACTOR", "AS RECIPIENT", "ALIASES"]
    widths = [max(len(row[i]) for row in [header, *cells]) for i in range(len(header) - 1)]
    return "".join("  ".join([*(v.ljust(w) for v, w in zip(row, widths, strict=False)), row[-1]]).rstrip() + "\n"
                   for row in [header, *cells])


@main.command("actors")
@db_option
@click.option("--import", "import_path", type=click.Path(exists=True, dir_okay=False), metavar="ALIASES.yaml",
              help="Add or correct actors from a YAML alias file (instead of listing).")
@click.option("--country", metavar="ISO3", help="Only actors of this country code.")
@click.option("--limit", type=click.IntRange(min=0), help="At most N actors.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@output_option
@handle_errors
def actors_command(db: str | None, import_path: str | None, country: str | None, limit: int | None, fmt: str,
                   out: str | None) -> None:
    """List the actor registry: canonical actors, their aliases and event counts (as actor / recipient),
    or with --import load a user alias file. Its entries win over automatic resolution (their country
    and sector replace the coder's) and stored events that mention them are updated. The file is a
    YAML list; only name is required (details: eventlens/store/registry.py):

    \b
      - name: "Jane Roe"
        country: KEN
        sector: GOV
        other_sectors: [MIL]
        kind: person
        aliases: ["J. Roe", "Roe"]
    """
    if import_path:
        try:
            report = api.import_aliases(import_path, db=db)
        except ValueError as exc:  # the file is not in the documented format
            raise click.BadParameter(str(exc), param_hint="--import") from None
        click.echo(f"imported {import_path}: {report.line()}", err=True)
        return  # (list with a second call; an import is often run from scripts)
    text = actors_text(api.actors(db=db, country=country, limit=limit), fmt)
    with click.open_file(out or "-", "w") as stream:
        stream.write(text)


@main.command()
@click.option("--gold", required=True, help="Gold set name (e.g. plover-gsr).")
@click.option("--split", type=click.Choice(["dev", "test", "all", "train"]), default="all", show_default=True,
              help="dev/test: the hash split of the gold set; train: a gold set's own training file "
                   "(conflibert-quad, conflibert-actors).")
@click.option("--json", "as_json", is_flag=True, help='Print {"gold", "n", "metrics"} as one JSON object.')
@click.option("--path", type=click.Path(exists=True), default=None, help="Gold file/folder [default: auto-find].")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Evaluate the first N records only.")
@click.option("--show-items/--hide-items", default=None,
              help="List individual gold items (e.g. first disagreements) [default: hidden for --split test, "
                   "so tuning never sees held-out sentences; shown otherwise].")
@handle_errors
def evaluate(gold: str, split: str, as_json: bool, path: str | None, limit: int | None,
             show_items: bool | None) -> None:
    """Score the coder against a gold set."""
    import json

    result = api.evaluate(gold, split=split, path=path, limit=limit)
    if as_json:
        click.echo(json.dumps(result.to_json_obj(), ensure_ascii=False))
    else:
        click.echo(f"{result.gold}: n={result.n}")
        for name, value in result.metrics.items():
            click.echo(f"  {name:<28} {value:.3f}" if isinstance(value, float) else f"  {name:<28} {value}")
        for table in result.tables:
            click.echo("\n" + table)
        if show_items if show_items is not None else split != "test":
            for listing in result.items:
                click.echo("\n" + listing)
        elif result.items:
            click.echo("\n(per-item listings hidden: they quote gold sentences; --show-items lists them)")


@main.command()
@db_option
@handle_errors
def recode(db: str | None) -> None:
    """Re-code stored articles with the current lexicon and print what changed."""
    report = api.recode(db=db)
    for old, new in report.retyped:
        click.echo(f"retyped  {old.article_id}  '{old.text_info.trigger}'  {old.event} -> {new.event}")
    for ev in report.added:
        click.echo(f"added    {ev.article_id}  '{ev.text_info.trigger}'  {ev.event}")
    for ev in report.removed:
        click.echo(f"removed  {ev.article_id}  '{ev.text_info.trigger}'  {ev.event}")
    click.echo(report.line())


def summary_text(summary: Any, db: str) -> str:
    """The demo's closing summary: counts, events per type, top dyads, and where to look next."""
    lines = [f"Database: {db}",
             f"Articles: {summary.articles} (+{summary.aliases} aliases)   Events: {summary.events}"
             + (f"   Dates: {summary.first_date} .. {summary.last_date}" if summary.first_date else ""),
             "", "Events per PLOVER type:"]
    width = max(summary.events_by_type.values(), default=0)
    for kind, n in summary.events_by_type.items():
        lines.append(f"  {kind:<10} {n:>5}  {'#' * min(n, 40)}" if width else f"  {kind:<10} {n:>5}")
    lines += ["", "Top actor -> recipient dyads:"]
    lines += [f"  {a} -> {r}  {n}" for a, r, n in summary.top_dyads] or ["  (none)"]
    db_arg = f" --db {db}"
    lines += ["", "Next:",
              f"  eventlens events{db_arg} --type ASSAULT            # one type as a table",
              f"  eventlens events{db_arg} --actor RUS --format csv -o rus.csv",
              f"  eventlens events{db_arg} --format plover           # PLOVER JSON",
              f"  eventlens serve{db_arg}                            # browse in the web UI",
              "  eventlens extract ARTICLE.txt --published YYYY-MM-DD  # code your own text",
              "",
              f"Web UI over this database: run `.venv/bin/eventlens serve{db_arg}`, then open http://127.0.0.1:8000/"]
    return "\n".join(line.rstrip() for line in lines)


@main.command()
@db_option
@handle_errors
def demo(db: str | None) -> None:
    """Ingest the bundled sample articles and print a summary."""
    from .config import db_url

    started = datetime.now()
    report = api.demo(db=db)
    for bad in report.failed:
        _report_bad(bad)
    seconds = (datetime.now() - started).total_seconds()
    click.echo(f"Ingested the sample in {seconds:.1f} s: {report.line()}")
    click.echo(summary_text(api.summary(db=db), db or db_url(None)))
    if report.failed:
        sys.exit(EXIT_RECORDS_FAILED)


@main.command("run")
@click.argument("corpus", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Run directory (Parquet parts + manifest).")
@click.option("--workers", type=click.IntRange(min=1), help="Local Dask worker processes [default: CPU count].")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Use an existing Dask scheduler (or 'synchronous': no Dask, this process).")
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Articles per partition (one task, one Parquet part).")
@click.option("--coded-date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="coded_date of every event [default: kept from an earlier run of DIR, else today].")
@click.option("--include-headings", is_flag=True, help="Current Events: code story headings as articles too.")
@click.option("--dedup/--no-dedup", default=True, show_default=True, help="Cluster the same event across articles.")
@click.option("--progress/--no-progress", default=True, help="Progress bar on stderr.")
@handle_errors
def run_command(corpus: tuple[str, ...], out: str, workers: int | None, scheduler: str | None,
                partition_size: int, coded_date: date | None, include_headings: bool, dedup: bool,
                progress: bool) -> None:
    """Code a corpus (files, dirs, globs; Current Events YAML, Parquet, txt/jsonl/csv) with Dask into
    partitioned Parquet; rerunning skips finished partitions."""
    if workers and scheduler:
        raise click.UsageError("--workers and --scheduler exclude each other")
    result = api.run(list(corpus), out, workers=workers, scheduler=scheduler, partition_size=partition_size,
                     coded_date=coded_date, include_headings=include_headings, dedup=dedup, progress=progress)
    click.echo("\n".join(result.summary_lines()), err=True)
    if result.bad_records:
        sys.exit(EXIT_RECORDS_FAILED)


@main.command("load")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@db_option
@handle_errors
def load_command(directory: str, db: str | None) -> None:
    """Load an `eventlens run` directory into the store (loading twice adds nothing)."""
    result = api.load(directory, db=db)
    for failure in result.failed:
        click.echo(f"error: {failure}", err=True)
    statuses = ", ".join(f"{n} {status}" for status, n in result.statuses.items())
    click.echo(f"{result.db}: {result.articles} articles ({statuses}), {result.events} events", err=True)
    if result.failed:
        sys.exit(EXIT_RECORDS_FAILED)


# --- web API, write tokens, panels (serve / token / aggregate) ---------------------------------------


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--open-reads", is_flag=True, help="Let non-loopback clients read without a token.")
@handle_errors
def serve(db: str | None, host: str, port: int, open_reads: bool) -> None:
    """Serve the REST API (schema at /openapi.json) and the browser UI."""
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"eventlens UI: http://{shown}:{port}/  (API schema: /openapi.json; Ctrl-C to stop)", err=True)
    api.serve(db=db, host=host, port=port, open_reads=open_reads)


@main.group()
def token() -> None:
    """API write tokens (reads are open on loopback; writes always need a token)."""


@token.command("create")
@click.argument("name")
@db_option
@handle_errors
def token_create(name: str, db: str | None) -> None:
    """Create (or replace) the token of NAME and print it; it is not shown again."""
    try:
        click.echo(api.create_token(name, db=db))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


@token.command("revoke")
@click.argument("name")
@db_option
@handle_errors
def token_revoke(name: str, db: str | None) -> None:
    """Revoke the token of NAME."""
    if not api.revoke_token(name, db=db):
        raise click.UsageError(f"no active token named {name!r}")
    click.echo(f"revoked {name}", err=True)


@token.command("list")
@db_option
@handle_errors
def token_list(db: str | None) -> None:
    """List token names (never the tokens)."""
    for row in api.list_tokens(db=db):
        state = f"revoked {row['revoked_at']}" if row["revoked_at"] else "active"
        click.echo(f"{row['name']}\tcreated {row['created_at']}\t{state}")


@main.command()
@db_option
@click.option("--by", default="country,month", show_default=True, metavar="DIMS",
              help="One period (day|week|month|year) and any of country, actor_country, recipient_country, "
                   "type, quad. country = event place, else actor.")
@event_filter_options
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@output_option
@handle_errors
def aggregate(db: str | None, by: str, type_: str | None, actor: str | None, recipient: str | None,
              party: str | None, since: date | None, until: date | None, modality: str | None,
              min_confidence: float | None, fmt: str, out: str | None) -> None:
    """Zero-filled event counts per country and period (the panel analysts model on)."""
    import json

    from .web.app import panel_csv

    try:
        result = api.aggregate(by, db=db, type=type_, actor_country=actor, recipient_country=recipient,
                               country=party, date_from=since, date_to=until, modality=modality,
                               min_confidence=min_confidence)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    text = panel_csv(result) if fmt == "csv" else "".join(
        json.dumps(r, ensure_ascii=False) + "\n" for r in result.to_records())
    with click.open_file(out or "-", "w") as stream:
        stream.write(text)
    if result.undated or result.unassigned:
        click.echo(f"left out: {result.undated} undated events, {result.unassigned} with no value for a "
                   f"grouping dimension", err=True)


if __name__ == "__main__":
    main()
