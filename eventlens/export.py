"""One export layer for `extract`, `events` and the web API: exporters registered by name in EXPORTERS.

    export(events, "csv", "out.csv")      # path, open file, or None for stdout

Formats:
- `jsonl`: one `Event.to_dict()` per line (the eventlens record, every field present).
- `plover`: one JSON object per line with the PLOVER spec's own field names (manual, "Data Fields"):
  `event`/`mode`/`context` as lists, entities as `{code, sector, entity_text, ...}`, `event_loc` as the
  Mordecai-style location object, `text_info {sequence, start, end}`, `size`, `cite_info`, `coder`,
  `coded_date`, `quad_code`, `event_scale`. eventlens extras keep their own names (`modality`, ...).
- `csv` / `parquet`: one row per event, columns in CSV_COLUMNS order:
    id, article_id, event, mode, context (";"-joined), modality, attributed_to,
    date, date_precision, date_text,
    actor_text, actor_name, actor_country, actor_sector, actor_kind, actor_count   (first actor)
    recipient_text, recipient_name, recipient_country, recipient_sector, recipient_kind, recipient_count
    event_loc_name, event_loc_text, event_loc_country, event_loc_admin1, event_loc_admin2,
    event_loc_lat, event_loc_lon, event_loc_geonameid, event_loc_feature, event_loc_resolution,
    size_dead, size_injured, size_arrested,
    text, sentence, sentence_start, sentence_end, trigger, trigger_start, trigger_end,
    cameo, quad_code, goldstein, plover_score, confidence, explanation, link,
    coder_name, coder_version, coder_lexicon_version, coded_date,
    publication, title, url, published, sources (JSON list),
    actor_json, recipient_json   (the full actor/recipient lists as JSON, for compound actors)
  `*_count` says how many actors the JSON holds, so a reader knows when the first-actor columns are
  not the whole story. Parquet has the same columns with typed numbers.
- `table`: a compact, fixed-width terminal table (date, type, actor -> recipient, modality, text).
- `geojson`: a FeatureCollection of the events that have event_loc lat/lon; properties = the CSV row.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import __version__
from .record import Actor, Event

# --- flat rows (csv, parquet, geojson) ------------------------------------------------------------

_ACTOR_FIELDS = ("text", "name", "country", "sector", "kind")
_LOC_FIELDS = ("name", "text", "country", "admin1", "admin2", "lat", "lon", "geonameid", "feature", "resolution")
CSV_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "event", "mode", "context", "modality", "attributed_to",
    "date", "date_precision", "date_text",
    *(f"actor_{f}" for f in _ACTOR_FIELDS), "actor_count",
    *(f"recipient_{f}" for f in _ACTOR_FIELDS), "recipient_count",
    *(f"event_loc_{f}" for f in _LOC_FIELDS),
    "size_dead", "size_injured", "size_arrested",
    "text", "sentence", "sentence_start", "sentence_end", "trigger", "trigger_start", "trigger_end",
    "cameo", "quad_code", "goldstein", "plover_score", "confidence", "explanation", "link",
    "coder_name", "coder_version", "coder_lexicon_version", "coded_date",
    "publication", "title", "url", "published", "sources",
    "actor_json", "recipient_json",
)
# Parquet types of the non-string columns (everything else is a nullable string).
_INT_COLUMNS = frozenset({"actor_count", "recipient_count", "event_loc_geonameid", "event_loc_resolution",
                          "size_dead", "size_injured", "size_arrested", "sentence", "sentence_start",
                          "sentence_end", "trigger_start", "trigger_end", "quad_code"})
_FLOAT_COLUMNS = frozenset({"event_loc_lat", "event_loc_lon", "goldstein", "plover_score", "confidence"})


def _actor_dicts(actors: list[Actor]) -> list[dict[str, Any]]:
    return [dict(vars(a)) for a in actors]


def flat_row(event: Event) -> dict[str, Any]:
    """The event as one flat row (see CSV_COLUMNS); first actor/recipient in columns, all as JSON."""
    row: dict[str, Any] = {
        "id": event.id, "article_id": event.article_id, "event": event.event, "mode": event.mode,
        "context": ";".join(event.context) or None, "modality": event.modality,
        "attributed_to": event.attributed_to, "date": event.date, "date_precision": event.date_precision,
        "date_text": event.date_text,
    }
    for role, actors in (("actor", event.actor), ("recipient", event.recipient)):
        first = actors[0] if actors else None
        for f in _ACTOR_FIELDS:
            row[f"{role}_{f}"] = getattr(first, f) if first else None
        row[f"{role}_count"] = len(actors)
    loc = event.event_loc
    for f in _LOC_FIELDS:
        row[f"event_loc_{f}"] = getattr(loc, f) if loc else None
    info = event.text_info
    row.update({
        "size_dead": event.size.dead, "size_injured": event.size.injured, "size_arrested": event.size.arrested,
        "text": event.text, "sentence": info.sentence, "sentence_start": info.start, "sentence_end": info.end,
        "trigger": info.trigger, "trigger_start": info.trigger_start, "trigger_end": info.trigger_end,
        "cameo": event.cameo, "quad_code": event.quad_code, "goldstein": event.goldstein,
        "plover_score": event.plover_score, "confidence": event.confidence, "explanation": event.explanation,
        "link": event.link, "coder_name": event.coder.name, "coder_version": event.coder.version,
        "coder_lexicon_version": event.coder.lexicon_version, "coded_date": event.coded_date,
        "publication": event.cite_info.publication, "title": event.cite_info.title, "url": event.cite_info.url,
        "published": event.cite_info.published,
        "sources": json.dumps(event.cite_info.sources, ensure_ascii=False),
        "actor_json": json.dumps(_actor_dicts(event.actor), ensure_ascii=False),
        "recipient_json": json.dumps(_actor_dicts(event.recipient), ensure_ascii=False),
    })
    return row


# --- PLOVER JSON ----------------------------------------------------------------------------------


def _plover_entity(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.country, "sector": actor.sector, "entity_text": actor.text,
        "identifier_id": actor.actor_id, "identifier_text": actor.name,
        # eventlens extras (not in the PLOVER entity table)
        "other_sectors": list(actor.other_sectors), "kind": actor.kind,
    }


def plover_record(event: Event) -> dict[str, Any]:
    """The event with the PLOVER JSON spec's field names (PLOVER manual, chapter "Data Fields")."""
    loc = event.event_loc
    event_loc = None
    if loc is not None:
        feature_class, _, feature_code = (loc.feature or "").partition(".")
        event_loc = {
            "extracted_place": loc.text, "resolved_place": loc.name, "geonameid": loc.geonameid,
            "lat": loc.lat, "lon": loc.lon, "city": loc.name if (loc.resolution or 0) >= 4 else None,
            "district": loc.admin2, "province": loc.admin1, "country_code": loc.country,
            "feature_class": feature_class or None, "feature_code": feature_code or None,
            "resolution": loc.resolution,
        }
    info, cite = event.text_info, event.cite_info
    return {
        "id": event.id,
        "date": event.date,
        "actor": [_plover_entity(a) for a in event.actor],
        "recipient": [_plover_entity(a) for a in event.recipient],
        "event": [event.event],
        "event_loc": event_loc,
        "event_text": [info.trigger],
        "quad_code": event.quad_code,
        "event_scale": event.plover_score,
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "link": event.link,
        "text": event.text,
        "text_info": {"sequence": info.sentence, "start": info.start, "end": info.end},
        "size": {"dead": event.size.dead, "injured": event.size.injured, "arrested": event.size.arrested},
        "cite_info": {
            "corpus": cite.publication, "citation": event.article_id, "url": cite.url, "title": cite.title,
            "language": "en", "publication": cite.publication,
            "coder": f"{event.coder.name} {event.coder.version}".strip(), "codebook": "plover",
            "version": event.coder.lexicon_version or None,
            # eventlens extras
            "published": cite.published, "sources": list(cite.sources),
        },
        "coder": f"{event.coder.name} {event.coder.version or __version__}",
        "coded_date": event.coded_date,
        # eventlens extras, under their own names (the spec invites named extra fields)
        "article_id": event.article_id,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "modality": event.modality,
        "attributed_to": event.attributed_to,
        "trigger": {"text": info.trigger, "start": info.trigger_start, "end": info.trigger_end},
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "confidence": event.confidence,
        "explanation": event.explanation,
    }


# --- writers --------------------------------------------------------------------------------------


def _json_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str) + "\n"


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(_json_line(event.to_dict()))
        n += 1
    return n


def write_plover(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(_json_line(plover_record(event)))
        n += 1
    return n


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(flat_row(event))
        n += 1
    return n


def _arrow_schema():  # noqa: ANN202 - pyarrow types are imported lazily
    import pyarrow as pa

    def kind(column: str):  # noqa: ANN202
        if column in _INT_COLUMNS:
            return pa.int64()
        if column in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in CSV_COLUMNS])


def write_parquet(events: Iterable[Event], out: IO[bytes]) -> int:
    """Same columns as CSV, written in row groups so memory stays bounded on large exports."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema()
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(flat_row(event))
            n += 1
            if len(batch) >= 10_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def _cell(value: Any, width: int) -> str:
    s = "" if value is None else " ".join(str(value).split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _party(actors: list[Actor]) -> str:
    if not actors:
        return "-"
    a = actors[0]
    label = "/".join(x for x in (a.country, a.sector) if x) or a.text
    return label + (f"+{len(actors) - 1}" if len(actors) > 1 else "")


_TABLE_COLUMNS = (("date", 10), ("type", 9), ("actor", 12), ("recipient", 12), ("modality", 12), ("text", 60))


def write_table(events: Iterable[Event], out: IO[str]) -> int:
    header = "  ".join(name.ljust(width) for name, width in _TABLE_COLUMNS).rstrip()
    out.write(header + "\n" + "  ".join("-" * width for _, width in _TABLE_COLUMNS) + "\n")
    n = 0
    for e in events:
        values = (e.date, e.event, _party(e.actor), _party(e.recipient), e.modality, e.text)
        out.write("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(values, _TABLE_COLUMNS, strict=True)).rstrip()
                  + "\n")
        n += 1
    out.write(f"({n} event{'s' if n != 1 else ''})\n")
    return n


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """Streams features one by one; events without coordinates are left out (count = features)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        loc = event.event_loc
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        feature = {"type": "Feature", "id": event.id,
                   "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                   "properties": flat_row(event)}
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False, default=str))
        n += 1
    out.write("\n]}\n")
    return n


@dataclass(frozen=True)
class Exporter:
    name: str
    write: Callable[[Iterable[Event], IO[Any]], int]  # returns the number of records written
    binary: bool
    suffix: str
    description: str


EXPORTERS: dict[str, Exporter] = {
    e.name: e for e in (
        Exporter("jsonl", write_jsonl, False, ".jsonl", "eventlens records, one JSON object per line"),
        Exporter("plover", write_plover, False, ".jsonl", "PLOVER JSON field names, one object per line"),
        Exporter("csv", write_csv, False, ".csv", "flat rows, first actor/recipient in columns"),
        Exporter("parquet", write_parquet, True, ".parquet", "flat rows as Parquet (same columns as csv)"),
        Exporter("table", write_table, False, ".txt", "compact terminal table"),
        Exporter("geojson", write_geojson, False, ".geojson", "events with coordinates as Point features"),
    )
}


@contextlib.contextmanager
def _open_out(out: str | Path | IO[Any] | None, binary: bool) -> Iterator[IO[Any]]:
    if out is None or out == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
    elif isinstance(out, str | Path):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="") as f:
            yield f
    else:
        yield out


def export(events: Iterable[Event], fmt: str = "jsonl", out: str | Path | IO[Any] | None = None) -> int:
    """Write events in format `fmt` to a path, an open file, or stdout (None/"-"); returns the count."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(EXPORTERS)}") from None
    with _open_out(out, exporter.binary) as stream:
        return exporter.write(events, stream)
