"""TempEval-3 platinum: normalisation accuracy of our date normaliser on the gold TIMEX3 DATE spans.

`eventlens evaluate --gold tempeval3` reads ../shared/data/qiangning__StructTempRel-EMNLP17/te3-platinum
(20 TimeML documents, each with its document creation time, DCT). For every gold TIMEX3 of type DATE
(the DCT itself excluded) we normalise the annotated text against the DCT and compare our TimeML value
with the gold value, exactly. Past or future is chosen from the tense of the verb the date hangs off in
the spaCy parse (`tense_preference`), as the pipeline does from modality.

`value_acc` is over the spans whose gold value is a calendar day, month, year or ISO week; PRESENT_REF /
PAST_REF / FUTURE_REF, seasons, quarters, decades, centuries and the rest are reported separately, with
plain dateparser (reference = DCT, prefer past, keeping its period) as the baseline on the same spans.

Event level (`event_date_acc`): every gold EVENT that a TLINK puts inside (IS_INCLUDED / SIMULTANEOUS /
DURING) a calendar DATE of its own sentence is dated with `resolve_event_date` (reference = DCT; modality
"future" when the gold tense is FUTURE, else "asserted", standing in for the events stage) and compared
with that date and precision. `event_false_date_rate`: events the gold puts only before/after such a
date that we nevertheless give that date.

Evaluation only: no rule of eventlens/when is tuned on these sentences (the rules are general English
date grammar written before this evaluator was run; fixes made after looking at errors must be general).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from . import EvalOptions, EvalResult, in_split, register, shared_data_dir

FOLDER = "qiangning__StructTempRel-EMNLP17/te3-platinum"
CALENDAR = ("day", "week", "month", "year")
CATEGORY_PATTERNS = (
    ("day", r"\d{4}-\d{2}-\d{2}"),
    ("week", r"\d{4}-W\d{2}"),
    ("month", r"\d{4}-\d{2}"),
    ("year", r"\d{4}"),
    ("present_ref", r"PRESENT_REF"),
    ("past_ref", r"PAST_REF"),
    ("future_ref", r"FUTURE_REF"),
    ("season", r"(\d{4}|XXXX)-(SP|SU|FA|WI)"),
    ("quarter", r"\d{4}-Q\d"),
    ("decade", r"\d{3}"),
    ("century", r"\d{2}"),
)
TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    doc: str
    text: str
    value: str
    start: int  # character offsets in the document's plain text
    end: int
    tid: str = ""


@dataclass(frozen=True)
class GoldEventDate:
    """A gold TLINK between an EVENT and a DATE TIMEX3 of the text."""

    start: int
    end: int
    tense: str  # TimeML MAKEINSTANCE tense: PAST, PRESENT, FUTURE, NONE, ...
    timex: GoldTimex
    rel: str  # TLINK relType: IS_INCLUDED, BEFORE, ...

    @property
    def inside(self) -> bool:
        return self.rel in INCLUDED


@dataclass(frozen=True)
class GoldDoc:
    name: str
    dct: date
    text: str
    timexes: tuple[GoldTimex, ...]  # the DATE TIMEX3s of the text (DCT excluded)
    event_dates: tuple[GoldEventDate, ...] = ()


def category(value: str) -> str:
    for name, pattern in CATEGORY_PATTERNS:
        if re.fullmatch(pattern, value):
            return name
    return "other"


INCLUDED = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING"})


def read_tml(path: Path) -> GoldDoc:
    """Plain text of <TEXT> with the DATE TIMEX3 spans at their character offsets, the DCT, and the
    events the TLINKs place inside one of those dates."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    if not dct_match:
        raise ValueError(f"{path.name}: no DCT")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not body:
        raise ValueError(f"{path.name}: no <TEXT>")
    parts: list[str] = []
    length = 0
    opened: dict[str, tuple[dict[str, str], int]] = {}
    timexes: list[GoldTimex] = []
    events: dict[str, tuple[int, int]] = {}  # eid -> offsets
    pos = 0
    src = body.group(1)
    for m in TAG.finditer(src):
        chunk = html.unescape(src[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name not in ("TIMEX3", "EVENT"):
            continue
        if not closing:
            opened[name] = (dict(ATTR.findall(attrs)), length)
            continue
        if name not in opened:
            continue
        attr, start = opened.pop(name)
        if name == "EVENT":
            events[attr.get("eid", "")] = (start, length)
        elif attr.get("type") == "DATE":
            text = "".join(parts)[start:length]
            timexes.append(GoldTimex(path.stem, text, attr.get("value", ""), start, length, attr.get("tid", "")))
    parts.append(html.unescape(src[pos:]))
    instances = {a["eiid"]: a for a in (dict(ATTR.findall(t)) for t in re.findall(r"<MAKEINSTANCE([^>]*)>", raw))}
    by_tid = {t.tid: t for t in timexes}
    event_dates = []
    for link in (dict(ATTR.findall(t)) for t in re.findall(r"<TLINK([^>]*)>", raw)):
        inst = instances.get(link.get("eventInstanceID", ""))
        timex = by_tid.get(link.get("relatedToTime", ""))
        if inst and timex and inst.get("eventID") in events:
            start, end = events[inst["eventID"]]
            event_dates.append(GoldEventDate(start, end, inst.get("tense", "NONE"), timex, link.get("relType", "")))
    return GoldDoc(path.stem, date.fromisoformat(dct_match.group(1)), "".join(parts), tuple(timexes),
                   tuple(event_dates))


def dateparser_value(text: str, dct: date) -> str | None:
    """The baseline: plain dateparser against the DCT, preferring the past, with its reported period."""
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
    }).get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    return {"year": f"{d.year}", "month": f"{d.year}-{d.month:02d}",
            "week": "{}-W{:02d}".format(*d.isocalendar()[:2])}.get(data.period or "day", d.isoformat())


@register("tempeval3")
def evaluate(options: EvalOptions) -> EvalResult:
    from ..config import Settings
    from ..errors import GoldNotFound
    from ..when.event import tense_preference
    from ..when.normalize import DateSettings, normalizer

    folder = options.path or ((shared_data_dir() or Path("/nonexistent")) / FOLDER)
    files = sorted(Path(folder).glob("*.tml"))
    if not files:
        raise GoldNotFound(f"no TempEval-3 .tml files under {folder}")
    import spacy

    nlp = spacy.load(Settings().model)
    docs = [d for d in map(read_tml, files) if in_split(d.text, options.split)]
    rows: list[tuple[GoldTimex, str, str | None, str | None, str]] = []  # gold, cat, ours, baseline, prefer
    past_only = 0  # calendar spans right when every expression is read as past (no tense cue)
    event_rows: list[tuple[GoldEventDate, str | None, str | None, str | None]] = []  # gold, date, prec, text
    for gold_doc in docs:
        parsed = nlp(gold_doc.text)
        event_rows += _event_dates(gold_doc, parsed)
        for t in gold_doc.timexes:
            span = parsed.char_span(t.start, t.end, alignment_mode="expand")
            prefer = tense_preference(span) if span is not None else "past"
            value = normalizer(DateSettings(prefer=prefer)).normalize(t.text, gold_doc.dct)
            as_past = normalizer(DateSettings(prefer="past")).normalize(t.text, gold_doc.dct)
            past_only += category(t.value) in CALENDAR and as_past is not None and as_past.timex == t.value
            rows.append((t, category(t.value), value.timex if value else None,
                         dateparser_value(t.text, gold_doc.dct), prefer))
            if options.limit and len(rows) >= options.limit:
                break
    result = _result(rows, len(docs))
    n_cal = result.metrics["n_calendar"]
    result.metrics["value_acc_prefer_past"] = past_only / n_cal if n_cal else 0.0
    result.tables.insert(1, _weekday_convention(docs, rows))
    _add_event_metrics(result, event_rows)
    return result


def gold_period(value: str) -> tuple[str, str] | None:
    """A calendar TIMEX3 value as the record's (first day ISO, precision)."""
    cat = category(value)
    if cat == "day":
        return value, "day"
    if cat == "month":
        return f"{value}-01", "month"
    if cat == "year":
        return f"{value}-01-01", "year"
    if cat == "week":
        y, w = value.split("-W")
        return date.fromisocalendar(int(y), int(w), 1).isoformat(), "week"
    return None


def _event_dates(gold_doc: GoldDoc, parsed) -> list[tuple[GoldEventDate, str | None, str | None, str | None]]:
    """resolve_event_date on every gold event linked to a calendar DATE of its own sentence."""
    from ..when.event import resolve_event_date

    out = []
    for link in gold_doc.event_dates:
        if gold_period(link.timex.value) is None:
            continue
        ev = parsed.char_span(link.start, link.end, alignment_mode="expand")
        tx = parsed.char_span(link.timex.start, link.timex.end, alignment_mode="expand")
        if ev is None or tx is None or ev.root.sent != tx.root.sent:
            continue
        modality = "future" if link.tense == "FUTURE" else "asserted"
        got = resolve_event_date(ev.root.sent, ev.root, gold_doc.dct, modality)
        out.append((link, got.date, got.precision, got.text))
    return out


def _add_event_metrics(result: EvalResult, event_rows: list) -> None:
    """Event level: for events the gold puts inside a date of their sentence, do we date them so
    (`event_date_acc`)? For events the gold puts before/after such a date and inside none, how often
    do we wrongly give them that date (`event_false_date_rate`)?"""
    inside = [r for r in event_rows if r[0].inside]
    inside_keys = {(r[0].start, r[0].timex.doc) for r in inside}
    outside = [r for r in event_rows if not r[0].inside and (r[0].start, r[0].timex.doc) not in inside_keys
               and r[0].rel in ("BEFORE", "AFTER", "IBEFORE", "IAFTER")]
    right = sum((d, p) == gold_period(g.timex.value) for g, d, p, _ in inside)
    undated = sum(p == "publication" for _, _, p, _ in inside)
    false = sum((d, p) == gold_period(g.timex.value) for g, d, p, _ in outside)
    result.metrics["event_date_acc"] = right / len(inside) if inside else 0.0
    result.metrics["n_event_dates"] = float(len(inside))
    result.metrics["event_false_date_rate"] = false / len(outside) if outside else 0.0
    result.metrics["n_event_outside"] = float(len(outside))
    result.tables.insert(1, "Event level (gold TLINK event -> DATE of the same sentence, resolve_event_date):\n"
                         f"  inside the date (IS_INCLUDED/SIMULTANEOUS/DURING): {len(inside)}, dated right "
                         f"{right} ({result.metrics['event_date_acc']:.2f}), left at publication {undated}\n"
                         f"  before/after the date and inside none: {len(outside)}, wrongly given that date {false}")


def _weekday_convention(docs: list[GoldDoc], rows: list) -> str:
    """How the gold dates a bare weekday that is the DCT's own weekday ("said Friday" in a Friday
    paper): the same day (our rule, TimeML practice) or a week earlier (dateparser's answer)."""
    from datetime import timedelta

    from ..when.rules import load_rules

    weekdays = load_rules().weekdays
    dct_of = {d.name: d.dct for d in docs}
    same = week_before = other = 0
    for gold, *_ in rows:
        word = re.sub(r"^(on|last|this|next) ", "", gold.text.lower().strip())
        dct = dct_of[gold.doc]
        if weekdays.get(word) != dct.weekday():
            continue
        if gold.value == dct.isoformat():
            same += 1
        elif gold.value == (dct - timedelta(days=7)).isoformat():
            week_before += 1
        else:
            other += 1
    return ("Bare weekday equal to the DCT's weekday, as the gold dates it: "
            f"same day {same}, a week before {week_before}, other {other}")


def _result(rows: list[tuple[GoldTimex, str, str | None, str | None, str]], n_docs: int) -> EvalResult:
    n_by, ours_by, base_by = Counter(), Counter(), Counter()
    for gold, cat, ours, base, _ in rows:
        n_by[cat] += 1
        ours_by[cat] += ours == gold.value
        base_by[cat] += base == gold.value

    def acc(counter: Counter, cats: tuple[str, ...]) -> float:
        n = sum(n_by[c] for c in cats)
        return sum(counter[c] for c in cats) / n if n else 0.0

    every = tuple(n_by)
    metrics = {
        "value_acc": acc(ours_by, CALENDAR),
        "value_acc_all": acc(ours_by, every),
        "dateparser_value_acc": acc(base_by, CALENDAR),
        "dateparser_value_acc_all": acc(base_by, every),
        "n_calendar": float(sum(n_by[c] for c in CALENDAR)),
        "n_all": float(len(rows)),
    }
    for cat in n_by:
        metrics[f"acc_{cat}"] = ours_by[cat] / n_by[cat]
    lines = [f"TempEval-3 platinum DATE spans ({n_docs} documents; reference = DCT)",
             f"{'gold value kind':<16}{'n':>5}{'eventlens':>11}{'dateparser':>12}"]
    for cat in sorted(n_by, key=lambda c: (c not in CALENDAR, -n_by[c])):
        lines.append(f"{cat:<16}{n_by[cat]:>5}{ours_by[cat] / n_by[cat]:>11.2f}{base_by[cat] / n_by[cat]:>12.2f}")
    lines.append(f"{'calendar (d/w/m/y)':<16}{int(metrics['n_calendar']):>5}{metrics['value_acc']:>11.2f}"
                 f"{metrics['dateparser_value_acc']:>12.2f}")
    lines.append(f"{'all DATE spans':<16}{len(rows):>5}{metrics['value_acc_all']:>11.2f}"
                 f"{metrics['dateparser_value_acc_all']:>12.2f}")
    errors = [f"{g.doc:<28} {g.text[:30]!r:<34} gold={g.value:<12} ours={o} ({p})"
              for g, _, o, _, p in rows if o != g.value]
    return EvalResult("tempeval3", len(rows), metrics, ["\n".join(lines), "Misses:\n" + "\n".join(errors)])
