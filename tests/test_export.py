"""The export layer: every registered format, and the PLOVER field names checked against the manual."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from eventlens.export import CSV_COLUMNS, EXPORTERS, export, flat_row, plover_record
from eventlens.record import Actor, Event


@pytest.fixture
def events(make_event) -> list[Event]:
    compound = make_event("a1", "CONSULT", lat=35.69, lon=51.42, mode="visit", context=["military", "diplomatic"],
                          quad_code=1, goldstein=1.0)
    compound.actor.append(Actor(text="Tajik officials", country="TJK", sector="GOV", kind="group"))
    plain = make_event("a2", "ASSAULT", trigger="and", actor="RUS", recipient=None, modality="reported")
    return [compound, plain]


def test_exporters_are_registered_by_name() -> None:
    assert set(EXPORTERS) == {"jsonl", "plover", "csv", "parquet", "table", "geojson"}
    with pytest.raises(ValueError, match="unknown export format"):
        export([], "xml", io.StringIO())


def test_jsonl_round_trips(events: list[Event]) -> None:
    out = io.StringIO()
    assert export(events, "jsonl", out) == 2
    back = [Event.from_dict(json.loads(line)) for line in out.getvalue().splitlines()]
    assert back == events


def test_csv_flattens_first_actor_and_keeps_all_as_json(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "sub" / "events.csv"
    assert export(events, "csv", path) == 2
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    first = rows[0]
    assert (first["actor_country"], first["actor_sector"], first["actor_count"]) == ("IRN", "GOV", "2")
    assert [a["country"] for a in json.loads(first["actor_json"])] == ["IRN", "TJK"]
    assert first["context"] == "military;diplomatic" and first["event_loc_lat"] == "35.69"
    assert rows[1]["recipient_count"] == "0" and rows[1]["recipient_country"] == ""
    assert rows[1]["modality"] == "reported"


def test_parquet_has_csv_columns_typed(events: list[Event], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert export(events, "parquet", path) == 2
    table = pq.read_table(path)
    assert tuple(table.column_names) == CSV_COLUMNS
    assert str(table.schema.field("event_loc_lat").type) == "double"
    assert str(table.schema.field("quad_code").type) == "int64"
    assert table.column("event").to_pylist() == ["CONSULT", "ASSAULT"]
    assert table.to_pylist()[0] == flat_row(events[0])


def test_empty_parquet_still_has_the_schema(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    export([], "parquet", tmp_path / "e.parquet")
    assert tuple(pq.read_table(tmp_path / "e.parquet").column_names) == CSV_COLUMNS


def test_plover_record_shape(events: list[Event]) -> None:
    rec = plover_record(events[0])
    assert rec["event"] == ["CONSULT"] and rec["mode"] == ["visit"] and rec["context"] == ["military", "diplomatic"]
    assert [a["code"] for a in rec["actor"]] == ["IRN", "TJK"]
    assert rec["actor"][0]["sector"] == "GOV" and rec["actor"][0]["entity_text"] == "IRN"
    assert rec["event_loc"]["country_code"] == "IRN" and rec["event_loc"]["feature_class"] == "P"
    assert rec["event_loc"]["feature_code"] == "PPLC" and rec["event_loc"]["extracted_place"] == "Tehran"
    info = events[0].text_info
    assert rec["text_info"] == {"sequence": info.sentence, "start": info.start, "end": info.end}
    assert rec["cite_info"]["citation"] == "a1"
    assert plover_record(events[1])["mode"] == [] and plover_record(events[1])["event_loc"] is None


def _manual_table(tex: str, caption: str) -> set[str]:
    """Field names (first column) of the table with this caption in the PLOVER manual."""
    start = tex.index(caption)
    body = tex[start: tex.index("\\end{tabular}", start)]
    names = set()
    for line in body.splitlines():
        m = re.match(r"\s*([a-z][a-z\\_]*)\s*&", line)
        if m and m.group(1) != "name":
            names.add(m.group(1).replace("\\_", "_"))
    return names


def test_plover_field_names_follow_the_manual(shared_data: Path, events: list[Event]) -> None:
    tex = (shared_data / "openeventdata__PLOVER" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    top = _manual_table(tex, "\\caption{PLOVER JSON }")
    entity = _manual_table(tex, "\\caption{Information object for entities }")
    text_info = _manual_table(tex, "\\caption{Information object for text }")
    size = _manual_table(tex, "\\caption{Information object for size }")
    cite = _manual_table(tex, "\\caption{Information object for citations }")
    location = _manual_table(tex, "\\caption{Location object")
    assert {"id", "date", "actor", "event", "event_loc", "text_info"} <= top  # the parser found the table
    rec = plover_record(events[0])
    # Our own extras, documented in eventlens.export; everything else must be a PLOVER name.
    extras = {"article_id", "date_precision", "date_text", "modality", "attributed_to", "trigger", "cameo",
              "goldstein", "confidence", "explanation", "size"}
    assert set(rec) - extras <= top
    assert {"id", "date", "actor", "event"} <= set(rec)  # the spec's required fields
    assert set(rec["actor"][0]) - {"other_sectors", "kind"} <= entity
    assert set(rec["text_info"]) <= text_info
    assert set(rec["size"]) <= size
    assert set(rec["cite_info"]) - {"published", "sources"} <= cite
    assert set(rec["event_loc"]) <= location


def test_table_is_compact(events: list[Event]) -> None:
    out = io.StringIO()
    export(events, "table", out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["date", "type", "actor", "recipient", "modality", "text"]
    assert "IRN/GOV+1" in lines[2] and "TJK" in lines[2]
    assert lines[-1] == "(2 events)"
    assert all(len(line) <= 130 for line in lines)


def test_geojson_only_events_with_coordinates(events: list[Event]) -> None:
    out = io.StringIO()
    assert export(events, "geojson", out) == 1
    doc = json.loads(out.getvalue())
    (feature,) = doc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [51.42, 35.69]}
    assert feature["properties"]["event"] == "CONSULT"


def test_export_to_stdout(events: list[Event], capsys: pytest.CaptureFixture[str]) -> None:
    export(events, "plover", None)
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [e.id for e in events]
