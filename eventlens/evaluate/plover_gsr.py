"""`plover-gsr`: the PLOVER gold-standard records (../shared/data/openeventdata__PLOVER).

Each gold record is one sentence with one event (old PLOVER labels, mapped to the current 16 as the
manual says) and its source/target actors. We code every sentence and compare:
- `event_type_acc`: the type of our most confident event equals the gold type (a sentence where we
  code nothing counts as wrong); per-type P/R/F1 and a confusion table from the same decisions.
- `event_type_any_acc`: the gold type is among the types we coded (for information).
- `actor_country_f1` / `recipient_country_f1`: micro F1 of country codes of the event we matched
  (the one of the gold type if present, else the most confident) against gold source/target codes.
- `sector_f1`: micro F1 of primary sectors against gold source+target sectors (a gold OPP is also found by
  an actor coded PTY with OPP second, the current manual's coding of an opposition party).
- `actor_country_f1_typed`, `recipient_country_f1_typed`, `sector_f1_typed`: the same three over only
  the sentences where we coded an event of the gold type (a diagnostic of the participant part of the
  errors, apart from events missed or coded as another type).
- `uncoded`, `uncoded_no_trigger`, `uncoded_dropped`: how many sentences got no event at all, and of
  those, how many had no trigger candidate (the lexicon does not know the wording) versus a candidate
  that a later rule dropped (no participant, a domain discard, ...): where recall is lost.
- Reliability: the most confident event of each sentence, binned by confidence decile, with the
  share whose type is the gold type (`share_conf_ge_0_8`, `precision_conf_ge_0_8` for the top bins).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..record import Actor, Article, Event
from . import EvalOptions, EvalResult, in_split, prf, register, shared_data_dir

# The manual's mapping of retired labels to the current 16 types.
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Non-ISO codes the GSR uses (reviewed by hand): old CAMEO-style country codes -> ISO3.
GSR_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ISM": None}
# Old sector codes -> PLOVER sectors; None = not scored (unknown/unidentified).
GSR_SECTORS = {"CIV": "CVL", "***": None, "UAF": None, "MOS": "REL", "AGR": "AGR"}  # MED = medical, as in PLOVER
# The GSR (PLOVER 0.5) codes intergovernmental bodies as IGO where current PLOVER has UNO and EUR;
# it already uses IMG (international militarised groups such as al-Qaeda), so ours is compared as is.
IGO_CODES = {"UNO", "EUR"}
# Sectors: the GSR codes an opposition party OPP; the current manual codes it PTY with OPP as the other sector
# ("OPP ... typically assigned as a secondary code"; note 1: PTY with GOV or OPP), which is what we emit, so a
# gold OPP counts as found by an actor coded PTY with OPP among its other sectors (session 15).


def default_path() -> Path | None:
    base = shared_data_dir()
    if base is None:
        return None
    p = base / "openeventdata__PLOVER" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    return p if p.exists() else None


def _entities(value) -> list[dict]:
    return value if isinstance(value, list) else []


def _code(raw: str | None) -> str | None:
    if not raw:
        return None
    return GSR_CODES.get(raw, raw)


def _sector(raw: str | None) -> str | None:
    if not raw:
        return None
    head = raw[:3].upper()
    if raw in GSR_SECTORS:
        return GSR_SECTORS[raw]
    return GSR_SECTORS.get(head, head)


def load_gold(path: Path, split: str) -> list[dict]:
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in records:
        if not r.get("text") or r.get("event") == "DOCUMENT":
            continue
        if not in_split(r["text"], split):
            continue
        r = dict(r)
        r["event"] = OLD_LABELS.get(r["event"], r["event"])
        out.append(r)
    return out


def pick_event(events: list[Event], gold_type: str) -> Event | None:
    same = [e for e in events if e.event == gold_type]
    pool = same or events
    return max(pool, key=lambda e: e.confidence) if pool else None


def _published(r: dict) -> date | None:
    try:
        return date.fromisoformat(r.get("date", ""))
    except ValueError:
        return None


@register("plover-gsr")
def evaluate(options: EvalOptions) -> EvalResult:
    from ..errors import GoldNotFound
    from ..pipeline import Pipeline

    path = options.path or default_path()
    if path is None or not Path(path).exists():
        raise GoldNotFound("PLOVER gold records not found (expected ../shared/data/openeventdata__PLOVER)")
    gold = load_gold(Path(path), options.split)
    if options.limit:
        gold = gold[: options.limit]
    pipeline = Pipeline()
    articles = [Article(article_id=r["id"], text=r["text"], published=_published(r)) for r in gold]
    coded = {a.article_id: evs for a, evs in pipeline.code_many(articles)}

    types = score_types(gold, coded)
    correct, any_correct, reliability, confusion = types.correct, types.any_correct, types.reliability, types.confusion
    counts, typed = score_participants(gold, coded)

    uncoded = uncoded_breakdown(pipeline, [r["text"] for r in gold if not coded.get(r["id"])])
    n = len(gold)
    metrics = {
        "event_type_acc": round(correct / n, 4) if n else 0.0,
        "event_type_any_acc": round(any_correct / n, 4) if n else 0.0,
        "actor_country_f1": round(prf(*counts["actor"])[2], 4),
        "recipient_country_f1": round(prf(*counts["recipient"])[2], 4),
        "sector_f1": round(prf(*counts["sector"])[2], 4),
        "actor_country_f1_typed": round(prf(*typed["actor"])[2], 4),
        "recipient_country_f1_typed": round(prf(*typed["recipient"])[2], 4),
        "sector_f1_typed": round(prf(*typed["sector"])[2], 4),
    }
    metrics.update(uncoded)
    high = [ok for c, ok in reliability if c >= 0.8]
    metrics["share_conf_ge_0_8"] = round(len(high) / len(reliability), 4) if reliability else 0.0
    metrics["precision_conf_ge_0_8"] = round(sum(high) / len(high), 4) if high else 0.0
    return EvalResult(gold="plover-gsr", n=n, metrics=metrics,
                      tables=[_summary(metrics, counts, n, options.split, typed), per_type_table(confusion),
                              confusion_table(confusion), reliability_table(reliability)])


def uncoded_breakdown(pipeline, texts: list[str]) -> dict[str, int]:
    """Split sentences that got no event into those with no trigger candidate and those whose
    candidates a later rule dropped (metric values are counts)."""
    from ..events import find_events

    no_trigger = 0
    for doc in pipeline.parse(texts):
        if not doc.has_annotation("DEP") or not find_events(doc, pipeline.lexicon, pipeline.cues):
            no_trigger += 1
    return {"uncoded": len(texts), "uncoded_no_trigger": no_trigger, "uncoded_dropped": len(texts) - no_trigger}


def score_participants(gold: list[dict], coded: dict[str, list[Event]]) -> tuple[dict, dict]:
    """Country and sector tallies ([tp, fp, fn] per role) of the event picked in each sentence, and the
    same over only the sentences where an event of the gold type was coded: the participant part of
    the errors, apart from events not coded or coded as another type."""
    counts = {k: [0, 0, 0] for k in ("actor", "recipient", "sector")}
    typed = {k: [0, 0, 0] for k in ("actor", "recipient", "sector")}
    for r in gold:
        events = coded[r["id"]]
        ev = pick_event(events, r["event"])
        same_type = ev is not None and ev.event == r["event"]
        for role, gold_key, ours in (("actor", "source", ev.actor if ev else []),
                                     ("recipient", "target", ev.recipient if ev else [])):
            g = {_code(a.get("code")) for a in _entities(r.get(gold_key))} - {None}
            p = {"IGO" if a.country in IGO_CODES else a.country for a in ours} - {None}
            _tally(counts[role], g, p)
            if same_type:
                _tally(typed[role], g, p)
        g_sec = {_sector(a.get("sector")) for k in ("source", "target") for a in _entities(r.get(k))} - {None}
        p_sec = {_gsr_sector(a, g_sec) for a in ((ev.actor + ev.recipient) if ev else [])} - {None}
        if g_sec:
            _tally(counts["sector"], g_sec, p_sec)
            if same_type:
                _tally(typed["sector"], g_sec, p_sec)
    return counts, typed


def _gsr_sector(a: Actor, gold: set[str]) -> str | None:
    """Our primary sector as the GSR would write it: an opposition party (PTY with OPP second, the current
    manual's coding) is the GSR's OPP when the gold has OPP and no PTY."""
    if a.sector == "PTY" and "OPP" in a.other_sectors and "OPP" in gold and "PTY" not in gold:
        return "OPP"
    return a.sector


@dataclass
class TypeScores:
    """Event-type decisions over gold sentences: the most confident event's type against the gold type."""

    correct: int = 0
    any_correct: int = 0
    reliability: list[tuple[float, bool]] = field(default_factory=list)
    confusion: Counter = field(default_factory=Counter)


def score_types(gold: list[dict], coded: dict[str, list[Event]]) -> TypeScores:
    """Shared by every gold set with one event type per sentence (plover-gsr, ngec-headlines); a
    sentence with nothing coded counts as NONE."""
    out = TypeScores()
    for r in gold:
        events = coded[r["id"]]
        top = max(events, key=lambda e: e.confidence) if events else None
        predicted = top.event if top else "NONE"
        out.confusion[(r["event"], predicted)] += 1
        out.correct += predicted == r["event"]
        out.any_correct += any(e.event == r["event"] for e in events)
        if top is not None:
            out.reliability.append((top.confidence, top.event == r["event"]))
    return out


def reliability_table(pairs: list[tuple[float, bool]]) -> str:
    """Precision of the top event per sentence, by confidence decile."""
    lines = ["reliability (most confident event per sentence)", f"{'confidence':12} {'n':>5} {'precision':>9}"]
    for lo in range(10):
        lo_f, hi_f = lo / 10, (lo + 1) / 10
        got = [ok for c, ok in pairs if lo_f <= c < hi_f or (lo == 9 and c == 1.0)]
        if got:
            lines.append(f"[{lo_f:.1f}, {hi_f:.1f})   {len(got):5d} {sum(got) / len(got):9.3f}")
    return "\n".join(lines)


def _tally(acc: list[int], gold: set, pred: set) -> None:
    acc[0] += len(gold & pred)
    acc[1] += len(pred - gold)
    acc[2] += len(gold - pred)


def _summary(metrics: dict, counts: dict, n: int, split: str, typed: dict | None = None) -> str:
    lines = [f"plover-gsr split={split} sentences={n}"]
    for k, v in metrics.items():
        lines.append(f"  {k:26} {v:.4f}" if isinstance(v, float) else f"  {k:26} {v}")
    for label, table in (("", counts), (" (gold type coded)", typed or {})):
        for role, (tp, fp, fn) in table.items():
            p, r, f = prf(tp, fp, fn)
            lines.append(f"  {role:10} country/sector{label} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    return "\n".join(lines)


def per_type_table(confusion: Counter) -> str:
    types = sorted({g for g, _ in confusion} | {p for _, p in confusion} - {"NONE"})
    lines = [f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for t in types:
        tp = confusion[(t, t)]
        fp = sum(v for (g, p), v in confusion.items() if p == t and g != t)
        fn = sum(v for (g, p), v in confusion.items() if g == t and p != t)
        p, r, f = prf(tp, fp, fn)
        lines.append(f"{t:10} {p:6.3f} {r:6.3f} {f:6.3f} {tp + fn:5d}")
    return "\n".join(lines)


def confusion_table(confusion: Counter) -> str:
    gold_types = sorted({g for g, _ in confusion})
    pred_types = sorted({p for _, p in confusion})
    short = [p[:4] for p in pred_types]
    lines = ["confusion (rows gold, columns predicted)", f"{'':10}" + "".join(f"{s:>5}" for s in short)]
    for g in gold_types:
        lines.append(f"{g:10}" + "".join(f"{confusion[(g, p)] or '.':>5}" for p in pred_types))
    return "\n".join(lines)
