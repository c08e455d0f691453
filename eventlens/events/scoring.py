"""Quad class, PLOVER score and Goldstein weight for an event (tables in lexicons/scores.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import yamlload


@dataclass(frozen=True)
class ScoreTables:
    quad_code: dict[str, int]
    plover_score: dict[str, float]
    goldstein: dict[str, float]

    def quad(self, event_type: str) -> int:
        return self.quad_code[event_type]

    def plover(self, event_type: str, mode: str | None) -> float:
        if mode and f"{event_type}:{mode}" in self.plover_score:
            return self.plover_score[f"{event_type}:{mode}"]
        return self.plover_score[event_type]

    def goldstein_for(self, cameo: str | None) -> float | None:
        """Most specific CAMEO code first, then its parents (4 -> 3 -> 2 digits)."""
        code = cameo or ""
        while len(code) >= 2:
            if code in self.goldstein:
                return self.goldstein[code]
            code = code[:-1]
        return None


@lru_cache(maxsize=1)
def load_scores() -> ScoreTables:
    data = yamlload.safe_load((resources.files("eventlens") / "lexicons" / "scores.yaml").read_text("utf-8"))
    return ScoreTables(
        quad_code={k: int(v) for k, v in data["quad_code"].items()},
        plover_score={k: float(v) for k, v in data["plover_score"].items()},
        goldstein={str(k): float(v) for k, v in data["goldstein"].items()},
    )
