"""Entity-ruler patterns for national capitals and first-level regions, generated from the gazetteer.

Only names a ruler can tag safely: >= 4 characters, not an ordinary English word or first name
(`ruler_stopwords.txt`, generic direction/landform words), not a country name (the actors' patterns own
those), and only when that reading clearly wins over every other place with the same name. A region
named like a city's local endonym (a federal city's "Wien"-style name, while English text uses the
exonym) is left out: it gives false hits and adds nothing.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

from .build import read_words
from .place import ADM1, CAPITAL, COUNTRY, REGION, Gazetteer, name_key
from .resolve import rank

GENERIC_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest upper lower greater middle new old region province district state city capital territory "
    "island islands coast lake lakes river rivers mountain mountains valley bay gulf sea the and of".split())


# Towns smaller than this are left to NER even when their name opens with a ruled name.
COMPOUND_MIN_PEOPLE = 5_000


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return read_words("ruler_stopwords.txt")


def ascii_fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def acceptable(name: str) -> bool:
    if len(name) < 4 or not name[0].isupper():
        return False
    words = name_key(name).split()
    if not words or all(w in GENERIC_WORDS for w in words):
        return False
    return name_key(name) not in stopwords()


def wins(gazetteer: Gazetteer, name: str, feature: str, iso3: str, margin: float = 1.0) -> bool:
    """`name` read as (feature, iso3) beats any reading in another country or of another kind by
    `margin`, and is not a city's endonym (matched only by an alternate name)."""
    found = gazetteer.lookup(name)
    if any(p.feature in (COUNTRY, REGION) for p in found):
        return False
    ranked = rank(found, {})
    mine = [c for c in ranked if c.place.feature == feature and c.place.country == iso3]
    if not mine:
        return False
    if feature == ADM1:
        key, region = name_key(name), mine[0].place
        for p in found:
            if (p.country == iso3 and p.feature != ADM1 and name_key(p.name) != key
                    and p.population >= 0.3 * region.population):
                return False  # a region under a big city's endonym; English text uses the city's name
    others = [c for c in ranked if c.place.country != iso3]
    return not others or mine[0].score - others[0].score >= margin


def ruler_place_patterns(gazetteer: Gazetteer, capital_names: Iterable[tuple[str, str]] | None = None) -> list[dict]:
    """spaCy entity_ruler patterns: capitals (label GPE, id "capital:ISO3") and first-level regions
    (label GPE, id "admin1:ISO3"), each name also without accents ("Tehrān" -> "Tehran").
    `capital_names`: more (name, ISO3) spellings of capitals, by default the actor table's (English and
    older names: "Kiev", "Peking", "Teheran"), kept where the gazetteer reads the name as that capital."""
    if capital_names is None:
        from ..actors.tables import load_tables

        capital_names = [(e.text, e.code) for _key, e in load_tables().entries(("capital",)) if e.code]
    patterns: list[dict] = []
    seen: set[str] = set()

    def add(name: str, kind: str, iso3: str) -> None:
        for form in dict.fromkeys((name, ascii_fold(name))):
            if form in seen or not acceptable(form):
                continue
            seen.add(form)
            patterns.append({"label": "GPE", "pattern": form, "id": f"{kind}:{iso3}"})

    for name, iso3 in gazetteer.capitals():
        short = name.split(",")[0]  # "Washington, D.C." is written "Washington"
        for form in dict.fromkeys((name, short)):
            if wins(gazetteer, form, CAPITAL, iso3, margin=0.0):
                add(form, "capital", iso3)
    # The gazetteer's capitals carry only their main names, so a capital written the English or the older
    # way ("Kiev") was left to the model, which tags it PERSON or ORG in "Kiev said ...", and the where
    # stage dropped it (an alternate name is no strong match) (s21 where).
    for name, iso3 in capital_names:
        if name not in seen and wins(gazetteer, name, CAPITAL, iso3, margin=0.0):
            add(name, "capital", iso3)
    for name, iso3 in gazetteer.admin1_names():
        if name not in seen and wins(gazetteer, name, ADM1, iso3):
            add(name, "admin1", iso3)
    # A town or county whose name opens with a region, capital or country name ("Kansas City",
    # "Washington County", "Jersey City", "Porto Alegre") is one place: the ruler keeps the longest
    # of overlapping matches, so the whole name is tagged (kind "city") instead of its first words.
    ruled = set(seen) | set(gazetteer.country_names())
    found: dict[str, set[str]] = {}
    # Likewise a town whose name ends with one after English words of `place_prefixes.txt` ("New London",
    # "Lake Wales", "Port Sudan"): tagged whole, its last words are not the capital, region or country.
    # A national capital so named ("New Delhi") keeps the capital's tag, which says who speaks for a state.
    prefixes = read_words("place_prefixes.txt")
    for name, iso3 in gazetteer.compound_names(COMPOUND_MIN_PEOPLE):
        words = name.split()
        opens = any(" ".join(words[:k]) in ruled and words[k][:1].isupper() for k in range(1, len(words)))
        ends = any(" ".join(words[k:]) in ruled and all(w.lower() in prefixes for w in words[:k])
                   for k in range(1, len(words)))
        if opens or (ends and not any(p.feature == CAPITAL for p in gazetteer.lookup(name))):
            found.setdefault(name, set()).add(iso3)
    for name, countries in sorted(found.items()):
        if name not in seen:
            add(name, "city", next(iter(countries)) if len(countries) == 1 else "")
    return patterns
