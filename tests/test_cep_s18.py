"""`cep-2015`: the Wikipedia Current Events evaluator (session 18), on a small invented file in the
WikiTimes layout (every bullet below was written for this test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventlens.evaluate import EvalOptions, split_of
from eventlens.evaluate.cep import POLITICAL, clean, load_gold, metrics_of, score
from eventlens.record import Actor, Event, EventLoc, TextInfo

BULLETS = [
    ("2031-04-02", "War_Conflict", "Rebels shell an army base near the border of Zembia, killing four soldiers.  , ",
     ["Zembia", "Army of Zembia"]),
    ("2031-04-03", "Sports", "The home side wins the regional cup final on penalties. ", ["Regional Cup"]),
    ("2031-04-03", "International_Relation", "Kenya and Uganda sign a trade treaty in Nairobi.",
     ["Kenya", "Uganda", "Nairobi"]),
    ("2031-04-04", "Disaster_Accident", "A mudslide buries a mountain village after a week of heavy rain. ,", []),
]


def write_file(path: Path) -> Path:
    rows = [{"id": str(i), "date": d, "description": text, "category": {"id": str(i), "name": cat},
             "entity": [{"id": str(k), "name": n} for k, n in enumerate(names)]}
            for i, (d, cat, text, names) in enumerate(BULLETS)]
    rows.append({"id": "99", "date": "not a date", "description": "A bullet with no usable date.",
                 "category": {"name": "Politics"}})
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def event(item: str, kind: str, countries: list[str], day: str | None = None, modality: str = "asserted",
          place: str | None = None) -> Event:
    return Event(id=f"{item}-{kind}", article_id=item, event=kind, text="", modality=modality,
                 text_info=TextInfo(sentence=0, start=0, end=0, trigger="t", trigger_start=0, trigger_end=0),
                 actor=[Actor(text=c, country=c) for c in countries], date=day,
                 date_precision="day" if day else "publication",
                 event_loc=EventLoc(country=place, countries=[place]) if place else None)


def test_bullets_are_cleaned_dated_and_split_by_the_hash_of_the_clean_text(tmp_path):
    path = write_file(tmp_path / "cep.json")
    items = load_gold(path, "all")
    assert [r["category"] for r in items] == [c for _, c, _, _ in BULLETS]  # the undated bullet is left out
    assert items[0]["text"].endswith("soldiers.") and items[3]["text"].endswith("rain.")
    assert clean(" A bullet. , , ") == "A bullet."
    dev, test = load_gold(path, "dev"), load_gold(path, "test")
    assert {r["id"] for r in dev} | {r["id"] for r in test} == {r["id"] for r in items}
    assert all(split_of(r["text"]) == "dev" for r in dev) and all(split_of(r["text"]) == "test" for r in test)


def test_rates_countries_and_dates():
    from datetime import date

    gold = [{"id": "a", "text": "item a.", "category": "War_Conflict", "date": date(2031, 4, 2), "entities": ["Kenya", "Uganda", "Nairobi"]},
            {"id": "b", "text": "item b.", "category": "International_Relation", "date": date(2031, 4, 2), "entities": ["Kenya"]},
            {"id": "c", "text": "item c.", "category": "Sports", "date": date(2031, 4, 3), "entities": ["Kenya"]},
            {"id": "d", "text": "item d.", "category": "Disaster_Accident", "date": date(2031, 4, 3), "entities": []}]
    coded = {"a": [event("a", "ASSAULT", ["KEN"], day="2031-03-31"), event("a", "AID", [], place="UGA"),
                   event("a", "COERCE", [], day="2031-04-01")],
             # an unrealised event does not count: item b yields nothing
             "b": [event("b", "THREATEN", ["KEN"], modality="future")],
             "c": [event("c", "ASSAULT", [], day="2031-04-03")]}
    m = metrics_of(score(gold, coded))
    assert m["political_event_rate"] == 0.5 and m["offtopic_event_rate"] == 0.5
    assert m["rate_war_conflict"] == 1.0 and m["rate_international_relation"] == 0.0 and m["rate_sports"] == 1.0
    # a: Kenya (actor) and Uganda (event place) found, Nairobi is a capital, not a country entity;
    # c: Kenya not found; b has no realised event and is left out
    assert m["n_entity_countries"] == 3 and m["entity_country_recall"] == round(2 / 3, 4)
    # a's ASSAULT is two days before the item (wrong), its COERCE the day before and c's on the day (right);
    # the undated events are not counted
    assert m["n_day_events"] == 3 and m["date_match"] == round(2 / 3, 4)
    assert all(f"rate_{c.lower()}" in m for c in POLITICAL)


def test_evaluator_codes_each_bullet_as_an_article_of_its_date(tmp_path, pipeline):
    from eventlens.evaluate import GOLD_SETS, load_all

    load_all()
    result = GOLD_SETS["cep-2015"](EvalOptions(split="all", path=write_file(tmp_path / "cep.json")), pipeline=pipeline)
    assert result.gold == "cep-2015" and result.n == len(BULLETS)
    assert {"offtopic_event_rate", "political_event_rate", "entity_country_recall", "date_match"} <= set(result.metrics)
    assert "Disaster_Accident" in result.tables[0]
    assert [block.splitlines()[0] for block in result.items] == ["off-topic items with events",
                                                               "political items without events"]


def test_missing_file_is_a_clear_skip_reason(tmp_path, monkeypatch):
    from eventlens.errors import GoldNotFound
    from eventlens.evaluate import run

    (tmp_path / "data").mkdir()
    monkeypatch.setenv("EVENTLENS_SHARED", str(tmp_path))
    with pytest.raises(GoldNotFound, match="wikitimes_CEP.json"):
        run("cep-2015", EvalOptions(split="dev"))
