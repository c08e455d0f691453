"""Gold-set evaluation. Each gold set registers a function `(options) -> EvalResult` in GOLD_SETS.

`eventlens evaluate --gold NAME [--split dev|test|all] [--json]` prints `EvalResult.tables` (human
readable) or one JSON object `{"gold": NAME, "n": N, "metrics": {...}}`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# `train` exists only for gold sets that ship a training file of their own (the ConfliBERT sets);
# the others reject it.
SPLITS = ("dev", "test", "all", "train")


@dataclass
class EvalOptions:
    split: str = "all"
    path: Path | None = None  # gold file/folder; None = auto-find under ../shared/data
    limit: int | None = None  # evaluate on the first N records only (quick runs)


@dataclass
class EvalResult:
    gold: str
    n: int
    metrics: dict[str, float]
    # Human-readable blocks (P/R/F1 tables, confusion tables, reliability tables), printed in order.
    tables: list[str] = field(default_factory=list)
    # Blocks that quote individual gold items (e.g. "first disagreements"). Kept apart from `tables`
    # so the CLI can hide them for a held-out split: tuning must not see test sentences.
    items: list[str] = field(default_factory=list)

    def to_json_obj(self) -> dict:
        return {"gold": self.gold, "n": self.n, "metrics": self.metrics}


def split_of(text: str) -> str:
    """`test` when the first byte of sha256(text) is odd, else `dev` (the project-wide split rule)."""
    return "test" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 else "dev"


def in_split(text: str, split: str) -> bool:
    if split == "train":
        from ..errors import GoldNotFound

        raise GoldNotFound("this gold set has no train split (only conflibert-quad and conflibert-actors do)")
    return split == "all" or split_of(text) == split


def shared_data_dir() -> Path | None:
    """../shared/data relative to the project checkout or the working directory, if present."""
    import os

    candidates = []
    if os.environ.get("EVENTLENS_SHARED"):
        candidates.append(Path(os.environ["EVENTLENS_SHARED"]) / "data")
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents]
    candidates.append(Path.cwd().parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


GOLD_SETS: dict[str, Callable[[EvalOptions], EvalResult]] = {}


def register(name: str) -> Callable[[Callable[[EvalOptions], EvalResult]], Callable[[EvalOptions], EvalResult]]:
    def deco(fn: Callable[[EvalOptions], EvalResult]) -> Callable[[EvalOptions], EvalResult]:
        GOLD_SETS[name] = fn
        return fn

    return deco


def load_all() -> None:
    """Import the evaluator modules so they register (kept out of import time of this package)."""
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")


def run(gold: str, options: EvalOptions) -> EvalResult:
    load_all()
    if gold not in GOLD_SETS:
        from ..errors import GoldNotFound

        raise GoldNotFound(f"unknown gold set {gold!r}; known: {', '.join(sorted(GOLD_SETS))}")
    return GOLD_SETS[gold](options)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
