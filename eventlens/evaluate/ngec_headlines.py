"""`ngec-headlines`: NGEC's 375 hand-written headline templates, each labelled with a PLOVER type.

The templates (../shared/data/ahalterman__NGEC-2025/setup/train_classifiers/synthetic_headlines.csv)
have slots such as `{country_1}` and `{city}`. We fill them with a fixed rotation of real names, put
the headline in sentence case (the small spaCy model parses Title Case Headlines badly, and we want to
measure the lexicon, not the parser's view of capitals), and code each as a one-sentence article.

This set is a second *tuning* set beside the PLOVER GSR `dev` split: it is broad (every type and most
modes) and shares no sentence with the GSR. Metrics as plover-gsr: `event_type_acc` (the most
confident event has the gold type; nothing coded counts as wrong) and `event_type_any_acc`.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from ..record import Article
from . import EvalOptions, EvalResult, in_split, register, shared_data_dir
from .plover_gsr import confusion_table, per_type_table, reliability_table, score_types

# Slot fillers, rotated by row number so the same template always gets the same names.
COUNTRIES = ["France", "Kenya", "Brazil", "Pakistan", "Japan", "Nigeria", "Mexico", "Turkey",
             "Indonesia", "Egypt", "Germany", "Colombia"]
CITIES = ["Nairobi", "Lahore", "Recife", "Izmir", "Lagos", "Cairo", "Medan", "Lyon"]
PUBLISHED = date(2023, 6, 15)


def default_path() -> Path | None:
    base = shared_data_dir()
    if base is None:
        return None
    p = base / "ahalterman__NGEC-2025" / "setup" / "train_classifiers" / "synthetic_headlines.csv"
    return p if p.exists() else None


def fill(template: str, row: int) -> str:
    """Fill the slots and return the headline in sentence case, ending with a full stop."""
    names: dict[str, str] = {}

    def slot(m: re.Match) -> str:
        key = m.group(1)
        if key not in names:
            if key == "city":
                names[key] = CITIES[row % len(CITIES)]
            else:
                k = int(key.rsplit("_", 1)[1]) if key[-1].isdigit() else 1
                names[key] = COUNTRIES[(row + 5 * (k - 1)) % len(COUNTRIES)]
        return "\0" + names[key] + "\0"

    marked = re.sub(r"\{(\w+)\}", slot, template.strip())
    parts = marked.split("\0")
    # Odd parts are filled names (kept); even parts are headline words, lower-cased except acronyms.
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        else:
            out.append(re.sub(r"\b[A-Z][a-z'’]+\b", lambda m: m.group(0).lower(), part))
    text = "".join(out).strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def load_gold(path: Path, split: str) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for i, r in enumerate(rows):
        if not r.get("title") or not r.get("event"):
            continue
        text = fill(r["title"], i)
        if in_split(text, split):
            out.append({"id": f"ngec-{i}", "text": text, "event": r["event"].strip(),
                        "mode": (r.get("mode") or "").strip().lower() or None})
    return out


@register("ngec-headlines")
def evaluate(options: EvalOptions) -> EvalResult:
    from ..errors import GoldNotFound
    from ..pipeline import Pipeline

    path = options.path or default_path()
    if path is None or not Path(path).exists():
        raise GoldNotFound("NGEC synthetic headlines not found (expected ../shared/data/ahalterman__NGEC-2025)")
    gold = load_gold(Path(path), options.split)
    if options.limit:
        gold = gold[: options.limit]
    articles = [Article(article_id=r["id"], text=r["text"], published=PUBLISHED) for r in gold]
    coded = {a.article_id: evs for a, evs in Pipeline().code_many(articles)}

    types = score_types(gold, coded)
    n = len(gold)
    metrics = {"event_type_acc": round(types.correct / n, 4) if n else 0.0,
               "event_type_any_acc": round(types.any_correct / n, 4) if n else 0.0}
    summary = "\n".join([f"ngec-headlines split={options.split} headlines={n}"]
                        + [f"  {k:24} {v:.4f}" for k, v in metrics.items()])
    return EvalResult(gold="ngec-headlines", n=n, metrics=metrics,
                      tables=[summary, per_type_table(types.confusion), confusion_table(types.confusion),
                              reliability_table(types.reliability)])
