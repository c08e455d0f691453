"""spaCy entity-ruler patterns from the actor tables (project convention: ent_id "<kind>:<code>").

Countries -> GPE "country:ISO3"; demonyms -> NORP "demonym:ISO3"; IGOs -> ORG "igo:CODE" (PLOVER code:
UNO, EUR, IGO, NGO, IMG, ...); non-city seats of government (Kremlin, White House, Pentagon) -> GPE
"capital:ISO3". Capital cities come from the `where` stage's gazetteer helper; pass include_capitals=True
to get them from our own table instead (tests, or a pipeline without the gazetteer). "Block" names
(Latin America, New Mexico, Indian Ocean) get a pattern without an id so the ruler's longest-match rule
stops the shorter, wrong country match. Patterns are case-sensitive token patterns (ORTH).
"""

from __future__ import annotations

from typing import Any

from .tables import ActorTables, load_tables

LABELS = {"country": "GPE", "capital": "GPE", "seat": "GPE", "demonym": "NORP", "igo": "ORG"}
ID_KIND = {"country": "country", "capital": "capital", "seat": "capital", "demonym": "demonym", "igo": "igo"}


def ruler_patterns(tables: ActorTables | None = None, include_capitals: bool = False) -> list[dict[str, Any]]:
    tables = tables or load_tables()
    kinds = {"country", "demonym", "igo", "seat", "block"} | ({"capital"} if include_capitals else set())
    patterns: list[dict[str, Any]] = []
    for key, entry in sorted(tables.entries(), key=lambda kv: kv[0]):
        if entry.kind not in kinds:
            continue
        tokens = [{"ORTH": t} for t in key]
        if entry.kind == "block":
            patterns.append({"label": "NORP" if entry.people else "LOC", "pattern": tokens})
            continue
        patterns.append({"label": LABELS[entry.kind], "pattern": tokens, "id": f"{ID_KIND[entry.kind]}:{entry.code}"})
    return patterns
