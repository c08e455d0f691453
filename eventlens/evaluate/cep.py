"""`cep-2015`: 428 Wikipedia Current Events bullets of September 2015, each with a human-assigned category.

The file (../shared/data/igorbrigadir__newsir16-data/wikipedia/wikitimes_CEP.json, the WikiTimes service's
structuring of the portal) gives each bullet a date, a category (War_Conflict, Disaster_Accident, Sports, ...)
and the Wikipedia entities it links (no roles). It has no event codes, so it measures over-coding and
coverage rather than type accuracy: we code each bullet as an article published on its date and count.

Metrics (over *realised* events: modality asserted, reported or historical):
- `offtopic_event_rate`: share of the items in the categories PLOVER has (almost) no events for (Sports,
  Entertainment_Culture, Business_Finance, Technology_Internet, Health_Medical_Pharma, Disaster_Accident)
  that yield at least one event. Some legitimately do (a government arresting an executive), so a low
  number is the aim, not zero; which events are false is a matter for a hand audit.
- `political_event_rate`: the same share over War_Conflict, International_Relation, Law_Crime, Politics
  (coverage: most of these bullets report a political event).
- `rate_<category>`: the same share for each category, lower-cased.
- `entity_country_recall`: of the linked entities that name a country (resolved with the actor stage's own
  country table), the share found as an actor/recipient country or the event place's country among the
  item's events; over items with at least one event.
- `date_match`: of the events dated to the day, the share dated the item's date or the day before (the
  portal lists an event on the day it happened or was reported).

The split is the project rule applied to the cleaned description text (the bullet without trailing
whitespace and stray commas), which is also the text coded.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..record import REALIZED_MODALITIES, Article, Event
from . import EvalOptions, EvalResult, in_split, register, shared_data_dir

OFFTOPIC = ("Sports", "Entertainment_Culture", "Business_Finance", "Technology_Internet",
            "Health_Medical_Pharma", "Disaster_Accident")
POLITICAL = ("War_Conflict", "International_Relation", "Law_Crime", "Politics")
# Listings quote this many items at most (off-topic items with events, political items without).
SHOW_ITEMS = 40
# The bullets end with stray whitespace and commas left by the service's scraping.
_TAIL = re.compile(r"[\s,]+$")


def default_path() -> Path | None:
    base = shared_data_dir()
    if base is None:
        return None
    p = base / "igorbrigadir__newsir16-data" / "wikipedia" / "wikitimes_CEP.json"
    return p if p.exists() else None


def clean(description: str) -> str:
    return _TAIL.sub("", description.strip())


def load_gold(path: Path, split: str) -> list[dict]:
    """Items with a text, a date and a category, in file order, restricted to `split`."""
    out = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        text = clean(r.get("description") or "")
        category = (r.get("category") or {}).get("name")
        try:
            published = date.fromisoformat(r.get("date") or "")
        except ValueError:
            continue
        if not text or not category or not in_split(text, split):
            continue
        out.append({"id": f"cep-{r.get('id')}", "text": text, "category": category, "date": published,
                    "entities": [e.get("name") for e in r.get("entity") or [] if e.get("name")]})
    return out


def entity_countries(names: list[str]) -> set[str]:
    """Codes of the entity names that are a country's name in the actor tables (not a capital, demonym
    or organisation: "Syria" counts, "Damascus" and "United Nations" do not)."""
    from ..actors.tables import load_tables

    tables = load_tables()
    out = set()
    for name in names:
        entry = tables.lookup(name)
        if entry is not None and entry.kind == "country" and entry.code:
            out.add(entry.code)
    return out


def event_countries(events: list[Event]) -> set[str]:
    out: set[str] = set()
    for e in events:
        out.update(a.country for a in e.actor + e.recipient if a.country)
        if e.event_loc is not None:
            out.update(c for c in [e.event_loc.country, *e.event_loc.countries] if c)
    return out


def date_ok(event: Event, published: date) -> bool | None:
    """Whether a day-precise event is dated the item's day or the day before; None when not day-precise."""
    if event.date_precision != "day" or not event.date:
        return None
    try:
        d = date.fromisoformat(event.date)
    except ValueError:
        return False
    return d in (published, published - timedelta(days=1))


@dataclass
class Tally:
    items: Counter = field(default_factory=Counter)  # category -> items
    coded: Counter = field(default_factory=Counter)  # category -> items with >= 1 realised event
    country_found: int = 0
    country_gold: int = 0
    dated_ok: int = 0
    dated: int = 0
    offtopic_listing: list[str] = field(default_factory=list)
    political_listing: list[str] = field(default_factory=list)

    def rate(self, categories: tuple[str, ...]) -> float:
        n = sum(self.items[c] for c in categories)
        return round(sum(self.coded[c] for c in categories) / n, 4) if n else 0.0


def realised(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality in REALIZED_MODALITIES]


def score(gold: list[dict], coded: dict[str, list[Event]]) -> Tally:
    t = Tally()
    for r in gold:
        events = realised(coded.get(r["id"], []))
        cat = r["category"]
        t.items[cat] += 1
        t.coded[cat] += bool(events)
        if events:
            wanted = entity_countries(r["entities"])
            t.country_gold += len(wanted)
            t.country_found += len(wanted & event_countries(events))
            for e in events:
                ok = date_ok(e, r["date"])
                if ok is not None:
                    t.dated += 1
                    t.dated_ok += ok
        _list(t, r, events)
    return t


def _list(t: Tally, r: dict, events: list[Event]) -> None:
    if r["category"] in OFFTOPIC and events and len(t.offtopic_listing) < SHOW_ITEMS:
        ours = ", ".join(f"{e.event}:{e.text_info.trigger}" if e.text_info else e.event for e in events)
        t.offtopic_listing.append(f"  {r['id']} {r['category']} [{ours}]: {r['text'][:140]}")
    if r["category"] in POLITICAL and not events and len(t.political_listing) < SHOW_ITEMS:
        t.political_listing.append(f"  {r['id']} {r['category']}: {r['text'][:140]}")


def metrics_of(t: Tally) -> dict[str, float | int]:
    m: dict[str, float | int] = {
        "offtopic_event_rate": t.rate(OFFTOPIC),
        "political_event_rate": t.rate(POLITICAL),
        "entity_country_recall": round(t.country_found / t.country_gold, 4) if t.country_gold else 0.0,
        "date_match": round(t.dated_ok / t.dated, 4) if t.dated else 0.0,
        "n_offtopic": sum(t.items[c] for c in OFFTOPIC),
        "n_political": sum(t.items[c] for c in POLITICAL),
        "n_entity_countries": t.country_gold,
        "n_day_events": t.dated,
    }
    for cat in POLITICAL + OFFTOPIC:
        m[f"rate_{cat.lower()}"] = t.rate((cat,))
    return m


@register("cep-2015")
def evaluate(options: EvalOptions, pipeline=None) -> EvalResult:  # noqa: ANN001
    from ..errors import GoldNotFound
    from ..pipeline import Pipeline

    path = options.path or default_path()
    if path is None or not Path(path).exists():
        raise GoldNotFound("Wikipedia Current Events 2015 file not found (expected "
                           "../shared/data/igorbrigadir__newsir16-data/wikipedia/wikitimes_CEP.json)")
    gold = load_gold(Path(path), options.split)
    if options.limit:
        gold = gold[: options.limit]
    articles = [Article(article_id=r["id"], text=r["text"], published=r["date"]) for r in gold]
    coded = {a.article_id: evs for a, evs in (pipeline or Pipeline()).code_many(articles)}
    t = score(gold, coded)
    metrics = metrics_of(t)
    lines = [f"cep-2015 split={options.split} items={len(gold)}",
             f"{'category':24} {'items':>5} {'coded':>5} {'rate':>6}"]
    for cat in POLITICAL + OFFTOPIC:
        lines.append(f"{cat:24} {t.items[cat]:5d} {t.coded[cat]:5d} {t.rate((cat,)):6.3f}")
    return EvalResult(gold="cep-2015", n=len(gold), metrics=metrics, tables=["\n".join(lines)],
                      items=["off-topic items with events\n" + "\n".join(t.offtopic_listing),
                             "political items without events\n" + "\n".join(t.political_listing)])
