"""Toponym resolution: candidates for a name, ranked by feature, population and the article's focus.

`focus` maps ISO3 codes (and optionally "ISO3/Admin1 name" keys) to weights in [0, 1]: how much the
article is about that country or region. Everything here is pure and per-name, so one name that
resolves badly (or not at all) never changes how another resolves.
"""

from __future__ import annotations

import functools
import math
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TypeVar

from rapidfuzz.distance import Levenshtein

from .build import read_table, word_list
from .place import ADM1, ADM2, CAPITAL, CITY, COUNTRY, REGION, Gazetteer, Place, haversine_km, name_key

# Prior for what a bare name in news most likely means, by feature (tuned on LGL/GeoVirus dev only).
FEATURE_PRIOR: dict[str, float] = {COUNTRY: 3.5, REGION: 2.5, ADM1: 2.2, CAPITAL: 2.5, CITY: 0.0, ADM2: -0.3}
POPULATION_WEIGHT = 0.55  # per order of magnitude
FOCUS_COUNTRY_WEIGHT = 3.0
FOCUS_ADMIN1_WEIGHT = 2.5
ALTERNATE_PENALTY = 1.0
# Seas and oceans (regions of no country) rank as if this many digits of people lived there.
SEA_POPULATION_DIGITS = 7
ADMIN_FALLBACK_MIN = 1.0
# A country the article names itself (or by its demonym) is at least this much in focus, however many
# more names point elsewhere ("... in Ontario, Canada" in an article listing US states).
NAMED_COUNTRY_FOCUS = 0.9
# A province's main city stands for the shared name when it holds at least 1/SEAT_SHARE of the
# province's people (tuned on LGL: New York state, 3.6 times its city, keeps the name).
# A reading that shares a county with another name's likely reading gains up to this much.
COLOCATION_WEIGHT = 1.5
COLOCATION_TOP = 40
# The support of other names counts up to this many names: a reading whose county two other names share
# beats one that shares a county with one name and lies near another (tuned on LGL: cap 1 -> 2 puts 7
# more toponyms within 161 km, 3 loses exact ids; GeoVirus unchanged).
COLOCATION_MAX_SUPPORT = 2.0
# A first-level region named like a foreign country yields the name to it when the country has this many
# times its people.
COUNTRY_SHARE = 5.0
# A city of another country named like a first-level region means the bare name when it has this many
# times the region's people ("Portland" the Oregon city, not the Jamaican parish).
CITY_SHARE = 3.0
# A namesake town this many times smaller than a city of METROPOLIS+ people in its own country does not
# take the bare name from it, whatever region the article is about.
METROPOLIS = 500_000
HAMLET_SHARE = 300
# ... and a town that no other name of the article lies near (no co-location support: only the article's
# region lifts it) does not take it from a metropolis LONE_HAMLET_SHARE times its size ("Boston" beside
# "N.Y." and "Long Island" is the city of 650,000, not a town of 8,000 in western New York; tuned on LGL:
# 300 -> 50 puts 3 LGL and 1 GeoVirus toponyms within 161 km, none out; a town with support keeps 300:
# "Austin" beside "Scott County", Indiana, stays the Indiana town).
LONE_HAMLET_SHARE = 50
# A hamlet (HAMLET_PEOPLE, known population) of the article's country that nothing of its own first-level
# region or county supports does not take a bare name from a city of another country FOREIGN_CITY_SHARE
# times its size ("Charleston" beside "Hampton Park", a Melbourne suburb: not a South Australian village of
# 530 people 650 km from it, but the US city of 130,000; tuned on LGL: 3 toponyms to the right country).
HAMLET_PEOPLE = 1_000
FOREIGN_CITY_SHARE = 100
# A town of up to FOREIGN_TOWN_PEOPLE lifted the same way (its country in focus, its own region not, no name
# near it) does not take the name from a METROPOLIS+ city abroad FOREIGN_METROPOLIS_SHARE times its size
# ("Glasgow" beside "Georgia" read as the US state: the Scottish city of 600,000, not a Kentucky town of
# 14,000). Tuned on LGL/GeoVirus: 1 GeoVirus toponym to the right country, none lost from 20k/30x to
# 100k/5x (local articles put their own region in focus); the middle is kept.
FOREIGN_TOWN_PEOPLE = 50_000
FOREIGN_METROPOLIS_SHARE = 10
SEAT_SHARE = 2.5  # a region must lead the article's regions to stand in for an unknown name
# A seat of the province's very own name stands for it while it holds 1/SEAT_SAME_SHARE of its people.
SEAT_SAME_SHARE = 5.0
# A bare name shared by a national capital and a first-level region of its country is the region when
# the article names at least this many other first-level regions of that country ("... Utah, Virginia,
# Washington, West Virginia and Wyoming": the state), unless it is written in capitals, as a dateline
# ("WASHINGTON -") names the city (tuned on GeoVirus/LGL: 5 puts 4 more GeoVirus names within 161 km, no LGL
# name; 3 loses an LGL dateline).
SIBLINGS_MIN = 5
VOTE_ROUNDS = 2

# Words around a name that say what kind of place it is; dropped to find the bare name.
_GENERIC_SUFFIX = re.compile(
    r"\s+(province|region|district|county|state|governorate|oblast|prefecture|municipality|city|town|"
    r"village|area|parish|department|territory|republic|township|co\.?|valley|river|lake|mountains?|hills?|"
    r"islands?|peninsula|bay|international airport|airport|station|park|metro|metropolitan area|neighbou?rhood)$", re.IGNORECASE)
_PORT_OF = re.compile(r"^(port|city|province|state|county|republic|island|islands|district|region) of\s+", re.IGNORECASE)
# Irish and British papers write a county before its name, "Co Cork", "Co. Kerry", "County Galway".
_COUNTY_PREFIX = re.compile(r"^(?:County|Co\.?)\s+(?=[A-Z])")
_DIRECTION_PREFIX = re.compile(
    r"^(northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|"
    r"southwest|north-east|north-west|south-east|south-west|upper|lower|greater|downtown|rural)\s+",
    re.IGNORECASE)
_DIRECTION_ADJECTIVE = {"north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western"}
_POSSESSIVE = re.compile(r"[’']s?$")
_ABBREVIATIONS = ((re.compile(r"^St\.?\s", re.IGNORECASE), "Saint "), (re.compile(r"^Mt\.?\s", re.IGNORECASE), "Mount "),
                  (re.compile(r"^Ft\.?\s", re.IGNORECASE), "Fort "),
                  # "S. Africa", "N. Ireland", "W. Virginia": a compass initial written for its word (s23 where)
                  (re.compile(r"^N\.\s?"), "North "), (re.compile(r"^S\.\s?"), "South "),
                  (re.compile(r"^E\.\s?"), "East "), (re.compile(r"^W\.\s?"), "West "))
_SUFFIX_FEATURES = {"province": (ADM1,), "region": (ADM1, REGION), "state": (ADM1,), "governorate": (ADM1,),
                    "oblast": (ADM1,), "prefecture": (ADM1,), "district": (ADM2, ADM1), "county": (ADM2,),
                    "parish": (ADM2,), "department": (ADM1, ADM2), "city": (CITY, CAPITAL),
                    "town": (CITY,), "village": (CITY,)}


# Marks a spelling variant whose implied features are a requirement, not a preference.
STRICT = ("strict",)
# Marks a variant that may only be a city of at least LARGE_CITY_PEOPLE ("North Dallas" is part of Dallas).
LARGE_CITY = "large_city"
LARGE_CITY_PEOPLE = 100_000


@dataclass(frozen=True)
class Candidate:
    place: Place
    score: float


@functools.cache
def short_forms() -> dict[str, str]:
    """Written short forms of city names ("L.A." -> "Los Angeles"), from `short_forms.tsv`."""
    text = resources.files(__package__).joinpath("short_forms.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r[0]: r[1] for r in rows[1:] if len(r) == 2}


@functools.cache
def landmarks() -> dict[str, tuple[str, str, str]]:
    """Landmark name key -> (town, ISO3, first-level region or "") from `landmarks.tsv`: buildings, squares,
    airports and bases that news names as places ("outside the White House") and that stand in a town."""
    text = resources.files(__package__).joinpath("landmarks.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, tuple[str, str, str]] = {}
    for r in rows[1:]:
        r += [""] * (5 - len(r))
        for name in [r[0], *r[1].split("|")]:
            if name.strip():
                out[name_key(name)] = (r[2], r[3], r[4].strip())
    return out


def landmark_town(gazetteer: Gazetteer, text: str) -> Place | None:
    """The town a landmark name stands in ("the Kremlin" -> Moscow), or None if `text` is no landmark."""
    hit = landmarks().get(name_key(_POSSESSIVE.sub("", text.strip())))
    if hit is None:
        return None
    town, iso3, admin1 = hit
    found = [p for p in gazetteer.lookup(town) if p.feature in (CITY, CAPITAL) and p.country == iso3
             and (not admin1 or p.admin1 == admin1)]
    return max(found, key=lambda p: p.population, default=None)


def variants(text: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    """Spellings to try in order, each with the features it implies ("Khatlon province" -> ADM1)."""
    t = _POSSESSIVE.sub("", text.strip())
    full = short_forms().get(t)
    if full is not None:
        yield full, ()
    yield t, ()
    for pat, repl in _ABBREVIATIONS:
        if pat.search(t):
            yield pat.sub(repl, t), ()
    m = _GENERIC_SUFFIX.search(t)
    if m:
        yield t[: m.start()], _SUFFIX_FEATURES.get(m.group(1).lower(), ())
    d = _DIRECTION_PREFIX.match(t)
    if d and d.group(1).lower() in _DIRECTION_ADJECTIVE:
        # "West Africa", "South Asia": the macro-region's own name is "Western Africa", "Southern Asia".
        yield _DIRECTION_ADJECTIVE[d.group(1).lower()] + t[d.end() - 1:], STRICT + (REGION,)
    rest = short_forms().get(t[d.end():], t[d.end():]) if d else ""  # "South L.A.": Los Angeles
    if d:
        # "northern Iraq" is Iraq; a capitalised "West Side" or "North Shore" is a name of its own,
        # so the capitalised form may only narrow to a country or region.
        yield rest, () if d.group(1).islower() else STRICT + (COUNTRY, ADM1, REGION)
    if d and not d.group(1).islower():
        # ... or a part of a large city ("North Dallas", "East Jerusalem"), never of a town ("West Side").
        yield rest, STRICT + (LARGE_CITY,)
    p = _PORT_OF.match(t)
    if p:
        yield t[p.end():], ()
    c = _COUNTY_PREFIX.match(t)
    if c:
        if not t.startswith("County"):
            yield "County " + t[c.end():], ()  # "Co Durham" is written out as "County Durham"
        yield t[c.end():], STRICT + (ADM1, ADM2)
    words = t.split()
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not d and not m:
        # Transliterated names are written apart or together ("Balad Ruz" / "Baladruz"); last resort.
        yield "".join(words), ()


def candidates(gazetteer: Gazetteer, text: str) -> tuple[list[Place], tuple[str, ...]]:
    """Places the name can mean, from the first spelling variant that matches anything."""
    found, features, _ = matched_candidates(gazetteer, text)
    return found, features


# Answers of `matched_candidates` per gazetteer (a gazetteer never changes once open): one name is
# looked up by the article focus, by each event's sentence and by the qualifier and anchor tests.
_MATCHED: weakref.WeakKeyDictionary[Gazetteer, dict[str, tuple[tuple[Place, ...], tuple[str, ...], str]]] = \
    weakref.WeakKeyDictionary()
_MATCHED_SIZE = 20_000


def matched_candidates(gazetteer: Gazetteer, text: str) -> tuple[list[Place], tuple[str, ...], str]:
    """Like `candidates`, plus the spelling variant that matched."""
    try:
        memo = _MATCHED.setdefault(gazetteer, {})
    except TypeError:  # a gazetteer that cannot be weakly referenced: no memo
        return _matched_candidates(gazetteer, text)
    hit = memo.get(text)
    if hit is None:
        found, features, variant = _matched_candidates(gazetteer, text)
        if len(memo) >= _MATCHED_SIZE:
            memo.clear()
        hit = memo[text] = (tuple(found), features, variant)
    return list(hit[0]), hit[1], hit[2]


def _matched_candidates(gazetteer: Gazetteer, text: str) -> tuple[list[Place], tuple[str, ...], str]:
    town = landmark_town(gazetteer, text)
    if town is not None:  # a landmark wins over a town of that name ("White House", Tennessee)
        return [town], (), town.name
    for variant, features in variants(text):
        found = gazetteer.lookup(variant)
        if found:
            if LARGE_CITY in features:
                found = [p for p in found if p.feature in (CITY, CAPITAL) and p.population >= LARGE_CITY_PEOPLE]
                if not found:
                    continue
                return found, (), variant
            if features:
                narrowed = [p for p in found if p.feature in features]
                if not narrowed and STRICT[0] in features:
                    continue
                found = narrowed or found
            return found, tuple(f for f in features if f != STRICT[0]), variant
    country = misspelled_country(gazetteer, text)
    if country is not None:
        return [country], (), country.name
    return [], (), ""


# A name the gazetteer lacks that is one slip of the keyboard from a country's name or alias ("Britian",
# "Mauritious", "Philipines": two letters swapped, a letter added or dropped) is that country: web news
# misspells country names (a name the gazetteer has is never read this way). Only capitalised names of
# FUZZY_MIN_LETTERS letters and more that start with the same letter, and only when one country alone is
# that close (measured on LGL/GeoVirus: 2 toponyms to the right country, none lost; with replaced letters
# too, "Greenlane" in Auckland became Greenland).
FUZZY_MIN_LETTERS = 6
_COUNTRY_KEYS: weakref.WeakKeyDictionary[Gazetteer, dict[str, list[tuple[str, str]]]] = weakref.WeakKeyDictionary()


def _one_slip(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one inserted or dropped letter or one swap of neighbours. A letter
    replaced by another is no slip here: local names are often a country's name with one letter changed
    ("Greenlane", an Auckland suburb, is no misspelled Greenland)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


T = TypeVar("T")


def _per_gazetteer(memo: weakref.WeakKeyDictionary, gazetteer: Gazetteer, build: Callable[[Gazetteer], T]) -> T:
    """`build(gazetteer)`, built once per gazetteer (a gazetteer never changes once open); built at each call
    for a gazetteer that cannot be weakly referenced."""
    try:
        hit = memo.get(gazetteer)
    except TypeError:
        return build(gazetteer)
    if hit is None:
        hit = memo[gazetteer] = build(gazetteer)
    return hit


def _country_keys(gazetteer: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """Lookup keys of the countries' names and aliases (`country_aliases.tsv`) with the name to look up,
    by first letter."""
    return _per_gazetteer(_COUNTRY_KEYS, gazetteer, _build_country_keys)


def _build_country_keys(gazetteer: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    from .build import read_table

    names = list(gazetteer.country_names()) + [r["alias"] for r in read_table("country_aliases.tsv")]
    keys: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in names:
        k = name_key(n)
        if len(k) >= FUZZY_MIN_LETTERS:
            keys[k[0]].append((k, n))
    return dict(keys)


def misspelled_country(gazetteer: Gazetteer, text: str) -> Place | None:
    """The country whose name or alias `text` misspells by one slip (see FUZZY_MIN_LETTERS), or None."""
    key = name_key(_POSSESSIVE.sub("", text.strip()))
    if len(key) < FUZZY_MIN_LETTERS or not text.strip()[:1].isupper():
        return None
    close = [n for k, n in _country_keys(gazetteer).get(key[0], ()) if _one_slip(key, k)]
    if not close or demonym_country(gazetteer, text) is not None:  # "Syrian" is one letter from Syria
        return None
    found = {p for n in close for p in gazetteer.lookup(n) if p.feature == COUNTRY}
    return found.pop() if len(found) == 1 else None


_KEY_ABBREVIATIONS = (("st ", "saint "), ("ste ", "sainte "), ("mt ", "mount "), ("ft ", "fort "))


def _canonical_key(key: str) -> str:
    """"st petersburg" and "saint petersburg" are one name: a leading abbreviation spelled out."""
    for short, full in _KEY_ABBREVIATIONS:
        if key.startswith(short):
            return full + key[len(short):]
    return key


def score(place: Place, focus: Mapping[str, float], implied: tuple[str, ...] = (), key: str = "") -> float:
    """How likely `place` is the meaning of a name (`key`: the name's lookup key, if known)."""
    s = FEATURE_PRIOR.get(place.feature, 0.0) + POPULATION_WEIGHT * math.log10(place.population + 1)
    if place.feature == REGION and not place.country and not place.countries:
        s += POPULATION_WEIGHT * SEA_POPULATION_DIGITS  # a sea or ocean: no people, but no small place either
    if key and name_key(place.name) != key and _canonical_key(name_key(place.name)) != _canonical_key(key):
        s -= ALTERNATE_PENALTY  # matched by an alternate name: "Mexico" is the country before the city
    if implied and place.feature in implied:
        s += 2.0
    if place.country:
        s += FOCUS_COUNTRY_WEIGHT * focus.get(place.country, 0.0)
        admin1 = place.name if place.feature == ADM1 else place.admin1
        if admin1:
            s += FOCUS_ADMIN1_WEIGHT * focus.get(f"{place.country}/{admin1}", 0.0)
    elif place.countries:
        s += FOCUS_COUNTRY_WEIGHT * max((focus.get(c, 0.0) for c in place.countries), default=0.0)
    return s


def rank(places: Iterable[Place], focus: Mapping[str, float], implied: tuple[str, ...] = (),
         name: str = "", bonus: Mapping[Place, float] | None = None,
         siblings: frozenset[str] = frozenset(), named: frozenset[str] = frozenset()) -> list[Candidate]:
    """`places` best first. `siblings`: the first-level regions ("ISO3/Name") the article's other names
    read as; `named`: the countries (ISO3) the article's other names read as."""
    key = name_key(name) if name else ""
    bonus = bonus or {}
    out = [Candidate(p, score(p, focus, implied, key) + bonus.get(p, 0.0)) for p in places]
    out.sort(key=lambda c: c.score, reverse=True)
    ranked = _capital_before_region(_seat_before_county(_seat_before_province(out, implied, siblings), implied), implied, focus,
                                    siblings, name.isupper())
    ranked = _city_before_lesser_region(ranked, implied, focus)
    ranked = _metropolis_before_hamlet(ranked, bonus)
    ranked = _city_before_foreign_hamlet(ranked, focus, bonus)
    ranked = _city_before_tiny_capital(ranked, focus, bonus)
    ranked = _own_name_before_old_name(ranked, key, focus)
    ranked = _respelt_city_before_unpointed_namesake(ranked, key, focus, bonus)
    ranked = _sea_before_hamlet(ranked, bonus)
    ranked = _named_capital_before_town(ranked, named)
    return _country_before_lesser_namesake(ranked, implied)


# A national capital whose country the article names itself ("Rome" beside "Italy") takes the bare name
# from a town of another country with at most 1/NAMED_CAPITAL_SHARE of its people, whatever region the
# article's other names are about ("Rome" in a story on Georgia towns that also names Italy and the
# Colosseum: the Italian capital, not the Georgia city of 36,000). A demonym names no country here ("Italian
# food"), and a mention with its own qualifier ("Rome, Ga.") is ranked by it (s22 where).
NAMED_CAPITAL_SHARE = 10


def _named_capital_before_town(ranked: list[Candidate], named: frozenset[str]) -> list[Candidate]:
    """See NAMED_CAPITAL_SHARE."""
    if not named or not ranked or ranked[0].place.feature != CITY:
        return ranked
    top = ranked[0].place
    key = name_key(top.name)
    capital = next((c for c in ranked[1:] if c.place.feature == CAPITAL and c.place.country in named
                    and c.place.country != top.country and name_key(c.place.name) == key
                    and c.place.population >= NAMED_CAPITAL_SHARE * max(top.population, 1)), None)
    if capital is None:
        return ranked
    return [capital] + [c for c in ranked if c is not capital]


def _sea_before_hamlet(ranked: list[Candidate], bonus: Mapping[Place, float]) -> list[Candidate]:
    """A bare name shared by a sea, an ocean or a continent (a region of no one country) and a hamlet
    (HAMLET_PEOPLE, known population) means the sea or continent ("Atlantic" beside "Pacific" and "Alaska":
    the ocean, not a Virginia village of 900), unless another name of the article lies near the hamlet
    (`bonus`: co-location support); the hamlet's region in focus alone is no reason."""
    if not ranked or ranked[0].place.feature != CITY or not 0 < ranked[0].place.population < HAMLET_PEOPLE \
            or bonus.get(ranked[0].place, 0.0) > 0.0:
        return ranked
    sea = next((c for c in ranked[1:] if c.place.feature == REGION and not c.place.country), None)
    if sea is None:
        return ranked
    return [sea] + [c for c in ranked if c is not sea]


# A city that bears a name itself keeps it from a capital or city found under an old or foreign name
# ("Philadelphia": the US city of 1.5 million, not Amman, once Philadelphia) when it has at least
# OWN_NAME_PEOPLE people and at least 1/OWN_NAME_SHARE of the other's ("Canton", Ohio, stays behind
# Guangzhou), unless the article points to the other's country more ("Westminster" in a London story
# is the London borough, not the Colorado city). The other must itself be a city of OWN_NAME_PEOPLE:
# a small town's other names are local variants ("Raleigh" for Beckley, the seat of Raleigh County)
# that the article's other names pick for a reason.
OWN_NAME_PEOPLE = 100_000
OWN_NAME_SHARE = 10
# A first-level region found only under an alternate name yields it the same way to a city abroad or in
# another region of its own country that bears the name as its main one and has at least 1/
# REGION_OWN_NAME_SHARE of its people ("Columbia": the South Carolina city of 140,000, not the District of
# Columbia; "Freiburg": the German city, not the Swiss canton Fribourg), unless the article points to the
# region itself or its country more than to the city's. GeoNames gives a region's people with its
# suburbs, hence the wider share.
REGION_OWN_NAME_SHARE = 20


def _own_name_before_old_name(ranked: list[Candidate], key: str, focus: Mapping[str, float]) -> list[Candidate]:
    """See OWN_NAME_PEOPLE."""
    if not key or not ranked or ranked[0].place.feature not in (CITY, CAPITAL, ADM1) \
            or ranked[0].place.population < OWN_NAME_PEOPLE:
        return ranked
    top = ranked[0].place
    if _canonical_key(name_key(top.name)) == _canonical_key(key):
        return ranked
    region = top.feature == ADM1
    own = max((c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL)
               and _canonical_key(name_key(c.place.name)) == _canonical_key(key)
               and not (region and c.place.country == top.country and c.place.admin1 == top.name)),
              key=lambda c: c.place.population, default=None)
    share = REGION_OWN_NAME_SHARE if region else OWN_NAME_SHARE
    if own is None or own.place.population < max(OWN_NAME_PEOPLE, top.population / share) or (
            focus.get(top.country or "", 0.0) > focus.get(own.place.country or "", 0.0)):
        return ranked
    if region and focus.get(f"{top.country}/{top.name}", 0.0) > focus.get(
            f"{own.place.country}/{own.place.admin1}", 0.0):
        return ranked
    # The two swap scores too, so the name votes for the city's country (`name_votes` weighs scores).
    first, second = Candidate(own.place, ranked[0].score), Candidate(top, own.score)
    rest = [c for c in ranked[1:] if c is not own]
    return [first] + sorted([second, *rest], key=lambda c: c.score, reverse=True)


# A city of RESPELT_CITY_PEOPLE+ found under a respelling of its own name ("Odessa" for Odesa, "Hanover"
# for Hannover, "Bruges" for Brugge, "Lyons" for Lyon: the index keeps no language of an alternate name,
# but a conventional English form of a city's name is mostly such a respelling, while an arbitrary alias is
# not: "Philadelphia" for Amman, "Canton" for Guangzhou) takes the bare name from a place of another
# country that bears it as its main name and has at most 1/RESPELT_SHARE of its people (a town named after
# the city), when nothing of the article points to that place: not its country (focus below STRAY_FOCUS),
# no name near it (`bonus`). US local news naming "Hanover" among New Hampshire towns keeps the town.
# The share is wide: other languages' respellings are alternates too, and a real city of a fifth or sixth
# of the other's people keeps its own name ("Nazareth", Israel, not Nazret, Ethiopia, whose alternate it
# is; "San Luis", Argentina, not São Luís). LGL and GeoVirus have no such name without a pointer (the rule
# moves none of their toponyms); the share is set on the names the index lists for the rule (checked by eye).
RESPELT_CITY_PEOPLE = 100_000
RESPELT_SHARE = 8
# A respelling: the two keys differ by at most this many edits (a letter added, dropped or replaced).
RESPELT_EDITS = 2


def respelling(key: str, name: str) -> bool:
    """Whether lookup key `key` is another spelling of the place name `name`: same first letter, at least
    four letters, a few edits apart ("hanover" / Hannover, "bruges" / Brugge), not the name itself."""
    own = name_key(name)
    return (len(key) >= 4 and own != key and own[:1] == key[:1]
            and Levenshtein.distance(key, own, score_cutoff=RESPELT_EDITS) <= RESPELT_EDITS)


def _respelt_city_before_unpointed_namesake(ranked: list[Candidate], key: str, focus: Mapping[str, float],
                                            bonus: Mapping[Place, float]) -> list[Candidate]:
    """See RESPELT_CITY_PEOPLE."""
    if not key or not ranked or ranked[0].place.feature not in (CITY, ADM1, ADM2):
        return ranked
    top = ranked[0].place
    if _canonical_key(name_key(top.name)) != _canonical_key(key) or bonus.get(top, 0.0) > 0.0:
        return ranked
    # A faint vote (a hamlet reading of another name: "Russia", Ohio) is no pointer; a first-level region's
    # share counts only within its country's, so the country's focus decides.
    if focus.get(top.country or "", 0.0) >= STRAY_FOCUS:
        return ranked
    big = max((c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL) and c.place.country != top.country
               and c.place.population >= max(RESPELT_CITY_PEOPLE, RESPELT_SHARE * top.population)
               and respelling(key, c.place.name)), key=lambda c: c.place.population, default=None)
    if big is None:
        return ranked
    # The two swap scores too, so the name votes for the city's country (`name_votes` weighs scores).
    first, second = Candidate(big.place, ranked[0].score), Candidate(top, big.score)
    rest = [c for c in ranked[1:] if c is not big]
    return [first] + sorted([second, *rest], key=lambda c: c.score, reverse=True)


def _city_before_foreign_hamlet(ranked: list[Candidate], focus: Mapping[str, float],
                                bonus: Mapping[Place, float]) -> list[Candidate]:
    """See HAMLET_PEOPLE and FOREIGN_TOWN_PEOPLE: the article's country alone (a name elsewhere in it) is too
    weak a reason for a hamlet or town over a far larger city of that name abroad; its own region in focus or a name near it is reason enough.
    A population of 0 is unknown (a London borough, "Twickenham"), not a hamlet."""
    if not ranked or ranked[0].place.feature != CITY or not 0 < ranked[0].place.population < FOREIGN_TOWN_PEOPLE:
        return ranked
    top = ranked[0].place
    if bonus.get(top, 0.0) > 0.0 or focus.get(f"{top.country}/{top.admin1}", 0.0) > 0.0:
        return ranked
    if top.population >= HAMLET_PEOPLE:
        swapped = _larger_namesake_abroad_first(ranked, FOREIGN_METROPOLIS_SHARE)
        if swapped[0].place.population >= METROPOLIS:
            return swapped
    else:
        swapped = _larger_namesake_abroad_first(ranked, FOREIGN_CITY_SHARE)
        if swapped is not ranked:
            return swapped
    return _region_abroad_first(ranked)


def _region_abroad_first(ranked: list[Candidate]) -> list[Candidate]:
    """`ranked` with a first-level region of another country that the name means in English put first
    ("Normandy": the French region of 3 million, not a Missouri town of 5,000 that only the article's
    country lifts), when it has METROPOLIS people and FOREIGN_METROPOLIS_SHARE times the top town's; the
    caller has found the town unsupported (s23 where). The region may bear the name as an English form
    of its own ("Normandie"), as news writes it."""
    top = ranked[0].place
    region = max((c for c in ranked[1:] if c.place.feature == ADM1 and c.place.country != top.country),
                 key=lambda c: c.place.population, default=None)
    if region is None or region.place.population < max(METROPOLIS, FOREIGN_METROPOLIS_SHARE * top.population):
        return ranked
    return [region] + [c for c in ranked if c is not region]


# A national capital of fewer than TINY_CAPITAL_PEOPLE (Hamilton, Bermuda: 902; Jamestown, Saint Helena:
# 637) does not take a bare name from a town of another country TINY_CAPITAL_SHARE times its size (Hamilton,
# Ontario; Jamestown, New York) that news more often means, unless the article points to the capital's
# country or a name near it (s17 where).
TINY_CAPITAL_PEOPLE = 5_000
TINY_CAPITAL_SHARE = 10


def _city_before_tiny_capital(ranked: list[Candidate], focus: Mapping[str, float],
                              bonus: Mapping[Place, float]) -> list[Candidate]:
    """See TINY_CAPITAL_PEOPLE."""
    if not ranked or ranked[0].place.feature != CAPITAL or not 0 < ranked[0].place.population < TINY_CAPITAL_PEOPLE:
        return ranked
    top = ranked[0].place
    if bonus.get(top, 0.0) > 0.0 or focus.get(top.country or "", 0.0) > 0.0:
        return ranked
    return _larger_namesake_abroad_first(ranked, TINY_CAPITAL_SHARE)


def _larger_namesake_abroad_first(ranked: list[Candidate], share: float) -> list[Candidate]:
    """`ranked` with the most populous city or capital of another country bearing the top place's name put
    first, when it has at least `share` times the top place's people; else `ranked` as it is."""
    top = ranked[0].place
    key = name_key(top.name)
    big = max((c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL) and c.place.country != top.country
               and name_key(c.place.name) == key), key=lambda c: c.place.population, default=None)
    if big is None or big.place.population < share * top.population:
        return ranked
    return [big] + [c for c in ranked if c is not big]


def _metropolis_before_hamlet(ranked: list[Candidate], bonus: Mapping[Place, float]) -> list[Candidate]:
    """A bare name shared by a metropolis and a hamlet of the same country ("Philadelphia": the city of
    1.5 million, not a village of 1,000 in New York state that another name of the article lifts) is
    the metropolis: the article's region favours its own small towns, not one 1,000 times smaller
    (HAMLET_SHARE), nor one 50 times smaller that no other name lies near (`bonus`: co-location
    support, LONE_HAMLET_SHARE)."""
    if not ranked or ranked[0].place.feature != CITY:
        return ranked
    top = ranked[0].place
    key = name_key(top.name)
    big = max((c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL) and c.place.country == top.country
               and name_key(c.place.name) == key), key=lambda c: c.place.population, default=None)
    share = HAMLET_SHARE if bonus.get(top, 0.0) > 0.0 else LONE_HAMLET_SHARE
    if big is None or big.place.population < METROPOLIS or big.place.population < share * max(top.population, 1):
        return ranked
    return [big] + [c for c in ranked if c is not big]


def _city_before_lesser_region(ranked: list[Candidate], implied: tuple[str, ...],
                               focus: Mapping[str, float]) -> list[Candidate]:
    """A bare name shared by a first-level region and a much more populous city of another country
    ("Portland": a Jamaican parish, the Oregon city) means the city, as news uses it, unless the text
    says state or province (implied ADM1) or the article points to the region's country at least as
    much as to the city's."""
    if not ranked or ranked[0].place.feature != ADM1 or ADM1 in implied:
        return ranked
    region = ranked[0].place
    key = name_key(region.name)
    cities = [c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL) and c.place.country != region.country
              and name_key(c.place.name) == key]
    if not cities:
        return ranked
    city = max(cities, key=lambda c: c.place.population)
    home = focus.get(region.country or "", 0.0)
    if city.place.population < CITY_SHARE * max(region.population, 1) or (
            home > 0.0 and home >= focus.get(city.place.country or "", 0.0)):
        return ranked
    return [city] + [c for c in ranked if c is not city]


def _country_before_lesser_namesake(ranked: list[Candidate], implied: tuple[str, ...]) -> list[Candidate]:
    """A bare name shared by a country and a first-level region of another country with a small share
    of its people ("Niger": the country, not Nigeria's Niger State, even in an article on Nigeria) is
    the country unless the text says state or province (implied ADM1). A region as populous as the
    country keeps the name where the article's focus puts it first ("Georgia" in US news)."""
    if not ranked or ranked[0].place.feature != ADM1 or ADM1 in implied:
        return ranked
    region = ranked[0].place
    key = name_key(region.name)
    country = next((c for c in ranked[1:] if c.place.feature == COUNTRY and c.place.country != region.country
                    and name_key(c.place.name) == key), None)
    if country is None or region.population * COUNTRY_SHARE > country.place.population:
        return ranked
    return [country] + [c for c in ranked if c is not country]


def _seat_before_county(ranked: list[Candidate], implied: tuple[str, ...]) -> list[Candidate]:
    """A bare name shared by a second-level division and a city inside it ("Barcelona", "Juárez": a
    Spanish province, a Mexican municipality) means the city unless the text says district, county or
    province; second-level divisions rarely go by their bare name in news."""
    if not ranked or ranked[0].place.feature != ADM2 or ADM2 in implied or ADM1 in implied:
        return ranked
    county = ranked[0].place
    key = name_key(county.name)
    seat = next((c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL) and c.place.country == county.country
                 and c.place.admin2 == county.name and name_key(c.place.name) == key), None)
    if seat is None:
        return ranked
    return [seat] + [c for c in ranked if c is not seat]


def _capital_before_region(ranked: list[Candidate], implied: tuple[str, ...],
                           focus: Mapping[str, float], siblings: frozenset[str] = frozenset(),
                           dateline: bool = False) -> list[Candidate]:
    """A national capital named like a first-level region of its own country that does not contain it
    ("Washington": the capital, not the state) is what a bare name means in news, unless the text says
    state (implied ADM1), the article's other names point into that region, or they list SIBLINGS_MIN
    other first-level regions of the country (`siblings`) and the name is no dateline (`dateline`: written
    in capitals)."""
    if not ranked or ranked[0].place.feature != ADM1 or ADM1 in implied:
        return ranked
    region = ranked[0].place
    if focus.get(f"{region.country}/{region.name}", 0.0) > 0.5:
        return ranked
    if not dateline and sum(k.startswith(f"{region.country}/") and k != f"{region.country}/{region.name}"
                            for k in siblings) >= SIBLINGS_MIN:
        return ranked
    key = name_key(region.name)
    capital = next((c for c in ranked[1:] if c.place.feature == CAPITAL and c.place.country == region.country
                    and c.place.admin1 != region.name and name_key(c.place.name) == key), None)
    if capital is None:
        return ranked
    return [capital] + [c for c in ranked if c is not capital]


def _seat_before_province(ranked: list[Candidate], implied: tuple[str, ...],
                          siblings: frozenset[str] = frozenset()) -> list[Candidate]:
    """A name shared by a province and its own main city ("Aleppo", "Kharkiv", "Kano") means the city
    in news ("strikes on Aleppo") unless the text says province ("Aleppo Governorate", implied ADM1)
    or the province is much more than a city that goes by another form of the name, or the article
    names other first-level regions of its country (`siblings`): the most populous city of that name
    inside the province is moved ahead of it."""
    if not ranked or ranked[0].place.feature != ADM1 or ADM1 in implied:
        return ranked
    province = ranked[0].place
    seats = [c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL) and c.place.country == province.country
             and c.place.admin1 == province.name]
    if not seats:
        return ranked
    seat = max(seats, key=lambda c: c.place.population)
    if seat.place.population * SEAT_SHARE < province.population and (
            name_key(seat.place.name) != name_key(province.name)
            or any(k.startswith(f"{province.country}/") and k != f"{province.country}/{province.name}"
                   for k in siblings)
            or seat.place.population * SEAT_SAME_SHARE < province.population):
        # "New York" (the city is "New York City"): the state is far more than its city, and news uses
        # it as such. A seat of the very same name ("São Paulo", "Luanda") still means the city, unless
        # the article names other first-level regions of that country ("Quebec" among Canada's provinces)
        # or the seat holds less than a fifth of its province's people ("Quebec": a twentieth).
        return ranked
    # Read as a town, the name is the likeliest town of that name: a namesake abroad that outscores the
    # seat as a town ("Santa Ana": the Californian city, not the seat of a Salvadoran department) takes it.
    key = name_key(seat.place.name)
    rival = max((c for c in ranked[1:] if c.place.feature in (CITY, CAPITAL) and c.place.country != province.country
                 and name_key(c.place.name) == key), key=lambda c: c.score, default=None)
    if rival is not None and rival.score > seat.score:
        seat = rival
    return [seat] + [c for c in ranked if c is not seat]


def demonym_country(gazetteer: Gazetteer, text: str) -> Place | None:
    """The country of a demonym, singular or plural ("Palestinians" -> Palestine); a city's demonym
    ("Londoners", `city_demonyms.tsv`) is that city."""
    t = _POSSESSIVE.sub("", text.strip())
    found = gazetteer.demonym(t)
    if found is None and len(t) > 4 and t.endswith("s"):
        found = gazetteer.demonym(t[:-1])
    if found is None:
        found = city_demonym(gazetteer, t)
    if found is None:
        found = _adjectival_region(gazetteer, t)
    return found


@functools.cache
def city_demonyms() -> dict[str, tuple[str, str]]:
    """Demonym key -> (ISO3, city name) from `city_demonyms.tsv` ("Muscovite" -> Moscow)."""
    return {name_key(r["demonym"]): (r["iso3"], r["city"]) for r in read_table("city_demonyms.tsv")}


def city_demonym(gazetteer: Gazetteer, t: str) -> Place | None:
    """The city whose people `t` names, singular or plural ("Sydneysiders" -> Sydney), or None: the most
    populous city or capital of that name in the table's country."""
    hit = city_demonyms().get(name_key(t))
    if hit is None and len(t) > 4 and t.endswith("s"):
        hit = city_demonyms().get(name_key(t[:-1]))
    if hit is None:
        return None
    iso3, city = hit
    found = [p for p in gazetteer.lookup(city) if p.feature in (CITY, CAPITAL) and p.country == iso3]
    return max(found, key=lambda p: p.population, default=None)


def _demonym_of_named_city(gazetteer: Gazetteer, name: str, names: Sequence[str]) -> str | None:
    """The article's own name for the city whose demonym `name` is ("Londoners" beside "London"), or None:
    the demonym then reads as that name does, among all the places so called ("Londoners" in a story on
    London, Ontario are its people), and never votes for the one in the table."""
    city = city_demonym(gazetteer, _POSSESSIVE.sub("", name.strip()))
    if city is None:
        return None
    return next((n for n in names if n != name and city in gazetteer.lookup(_POSSESSIVE.sub("", n.strip()))), None)


def short_of_named_place(gazetteer: Gazetteer, name: str, names: Sequence[str]) -> str | None:
    """The article's fuller name that `name` shortens by a saint's prefix (`saint_prefixes.txt`: "Petersburg"
    beside "St. Petersburg"), or None: the short name then reads as the full one, as news means a second
    mention, not as a namesake town elsewhere (s23 where). Only when no reading of the short name that the
    full name lacks is a country, a capital or a first-level region of that very name, and the full name's
    most populous place outnumbers every such reading ("Salvador" beside "San Salvador" keeps its own
    readings: one is the country El Salvador)."""
    bare = name_key(_POSSESSIVE.sub("", name.strip()))
    if not bare or " " in bare and bare.split()[0] in word_list("saint_prefixes"):
        return None
    for other in dict.fromkeys(names):
        words = name_key(_POSSESSIVE.sub("", other.strip())).replace(".", "").split()
        if len(words) < 2 or words[0] not in word_list("saint_prefixes") or " ".join(words[1:]) != bare:
            continue
        full = matched_candidates(gazetteer, other)[0]
        short = [p for p in gazetteer.lookup(_POSSESSIVE.sub("", name.strip())) if p not in full]
        if not full or any(p.feature in (COUNTRY, CAPITAL) or p.feature == ADM1 and name_key(p.name) == bare
                           for p in short):
            return None
        if max(p.population for p in full) > max((p.population for p in short), default=0):
            return other
    return None


@functools.cache
def town_landmarks() -> dict[str, str]:
    """Landmark name key -> its town's name, from `town_landmarks.tsv`: landmarks that share a name with a
    town elsewhere ("Whitehall")."""
    text = resources.files(__package__).joinpath("town_landmarks.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {name_key(r[0]): r[1].strip() for r in rows[1:] if len(r) == 2}


def landmark_beside_town(name: str, names: Sequence[str]) -> str | None:
    """The article's name for the town that `name` is a landmark of (`town_landmarks.tsv`: "Whitehall"
    beside "London"), or None: the landmark then reads as that town does, not as a namesake town abroad
    that would also pull the real town's name after it (Whitehall and London, Ohio)."""
    town = town_landmarks().get(name_key(_POSSESSIVE.sub("", name.strip())))
    if town is None:
        return None
    return next((n for n in names if name_key(_POSSESSIVE.sub("", n.strip())) == name_key(town)), None)


# Adjectival endings that turn a region's name into its demonym: "Ossetia" + n, "Dagestan" + i.
_ADJECTIVAL_ENDINGS = ("ns", "n", "is", "i")


def _adjectival_region(gazetteer: Gazetteer, t: str) -> Place | None:
    """A capitalised word the gazetteer lacks that is a region's or country's own name plus an adjectival
    ending ("North Ossetian" -> North Ossetia, "Dagestani" -> Dagestan, "Iowans" -> Iowa): that region.
    Only first-level regions, macro-regions and countries."""
    if not t[:1].isupper() or len(t) < 6 or gazetteer.lookup(t):
        return None
    for ending in _ADJECTIVAL_ENDINGS:
        if not t.endswith(ending):
            continue
        stem = t[: -len(ending)]
        found = [p for p in gazetteer.lookup(stem) if p.feature in (COUNTRY, ADM1, REGION)]
        if found:
            return max(found, key=lambda p: p.population)
    return None


def resolve(gazetteer: Gazetteer, text: str, focus: Mapping[str, float] | None = None,
            allow_demonym: bool = False) -> Place | None:
    """The most likely place for `text`; a demonym resolves to its country only when allowed."""
    focus = focus or {}
    if allow_demonym:
        country = demonym_country(gazetteer, text)
        if country is not None:
            return country
    places, implied, variant = matched_candidates(gazetteer, text)
    if not places:
        return None
    return rank(places, focus, implied, variant)[0].place


def normalise_focus(focus: Mapping[str, float]) -> dict[str, float]:
    """Scale weights (e.g. raw mention counts) so the largest is 1.0."""
    top = max((v for v in focus.values() if v > 0), default=0.0)
    return {k: v / top for k, v in focus.items() if v > 0} if top else {}


def focus_weights(places: Iterable[Place]) -> dict[str, float]:
    """Article focus from places already resolved: each country's (and admin1's) share of mentions,
    scaled so the most mentioned gets 1.0."""
    countries: Counter[str] = Counter()
    admins: Counter[str] = Counter()
    for p in places:
        if p.country:
            countries[p.country] += 1
            admin1 = p.name if p.feature == ADM1 else p.admin1
            if admin1 and p.feature != COUNTRY:
                admins[f"{p.country}/{admin1}"] += 1
        else:
            for c in p.countries:
                countries[c] += 0.25
    top = max(countries.values(), default=0)
    out = {c: n / top for c, n in countries.items()} if top else {}
    top_a = max(admins.values(), default=0)
    if top_a:
        out.update({a: n / top_a for a, n in admins.items()})
    return out


def name_votes(cands: Sequence[Candidate]) -> dict[str, float]:
    """One name's vote over countries and first-level regions ("ISO3/Admin1" keys), in proportion to
    exp(score) of its candidates: a name whose readings all lie in one country ("Clarke County":
    several, all in the US) votes for that country fully even when the exact place is unclear."""
    if not cands:
        return {}
    top = cands[0].score
    weights = [math.exp(c.score - top) for c in cands[:20]]
    total = sum(weights)
    votes: dict[str, float] = defaultdict(float)
    for c, w in zip(cands, weights, strict=False):
        place_votes(c.place, w / total, votes)
    return votes


def place_votes(p: Place, w: float, votes: defaultdict[str, float]) -> None:
    if p.country:
        votes[p.country] += w
        admin1 = p.name if p.feature == ADM1 else p.admin1
        if admin1 and p.feature != COUNTRY:
            votes[f"{p.country}/{admin1}"] += w
    else:
        for c in p.countries:
            votes[c] += w / max(len(p.countries), 4)


def combine_votes(votes: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """Sum name votes; countries and regions each scaled so the largest is 1.0."""
    countries: dict[str, float] = defaultdict(float)
    admins: dict[str, float] = defaultdict(float)
    for v in votes:
        for k, w in v.items():
            (admins if "/" in k else countries)[k] += w
    out = normalise_focus(countries)
    out.update(normalise_focus(admins))
    return out


def main_city(resolved: Mapping[str, Place | None], names: Sequence[str], name: str,
              focus: Mapping[str, float]) -> Place | None:
    """The city the article's other mentions point to most (their final readings, in its top region),
    if one leads clearly: mentioned more often than any other, or as often as another but ten times as
    populous (a metropolis named beside a small town)."""
    counts: Counter[Place] = Counter()
    for n in names:
        p = resolved.get(n) if n != name else None
        if p is not None and p.feature in (CITY, CAPITAL) and focus.get(f"{p.country}/{p.admin1}", 0.0) >= 1.0:
            counts[p] += 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0].population))
    (best, n), (second, m) = ranked[0], (ranked[1] if len(ranked) > 1 else (None, 0))
    if n > m or (second is not None and best.population >= 10 * max(second.population, 1)):
        return best
    return None


# A name whose likeliest reading is a town (or county) of fewer than STRAY_MAX_PEOPLE in a country that no
# other name of the article points to (focus below STRAY_FOCUS) is a local name the gazetteer lacks
# ("Piccadilly" in a London article: only a small Australian town has that name): `resolve_names` leaves
# it unresolved like a name with no candidate (so the pipeline takes no event place from it), or answers
# it as such a name when the caller must answer (`fallback_to_focus`, the evaluator). Tuned on
# LGL/GeoVirus: 10k/0.05 moved 4 names, all to the right country; 50k or focus 0.2 lose more than they win.
STRAY_MAX_PEOPLE = 10_000
STRAY_FOCUS = 0.05
# A bare name whose likeliest reading is a hamlet of fewer than BARE_STRAY_PEOPLE (known population) in a
# first-level region the article's other names never point to, while they lead to another region of that
# country, is a local name the gazetteer lacks, as a stripped name is (`_elsewhere_in_country`): "Orient" in
# an article on Ohio towns is no New York hamlet of 700 but a place among those towns (tuned on LGL/GeoVirus:
# 1,000 / 2,000 put 4 / 7 more toponyms within 161 km, none lost; 5,000 loses exact ids).
BARE_STRAY_PEOPLE = 2_000


def stray_reading(p: Place, focus: Mapping[str, float], variant: bool = False,
                  names_focus: Mapping[str, float] | None = None, stripped: bool = False) -> bool:
    """Whether `p` is a town in a country the article's other names never point to, and either small or
    found only under another spelling of the name (`variant`: "Kish River" is no river of the Iranian
    island Kish, "St. Nicolas" in an article on Haiti no Belgian Saint-Nicolas). `names_focus`: the
    part of `focus` that the article's other place names give; they must point to a country of their
    own (a demonym or a seat of power says who acts, not where: "Ukrainian troops capture a facility
    in X" leaves X, a Russian town, where the gazetteer puts it). `stripped`: the name was found only
    without its generic word ("Shawnee Park" as Shawnee), see `_elsewhere_in_country`; a bare name is
    read so too when `p` is a hamlet (`BARE_STRAY_PEOPLE`)."""
    lead = focus if names_focus is None else names_focus
    if p.feature not in (CITY, ADM2):
        return False
    if (stripped or 0 < p.population < BARE_STRAY_PEOPLE) and p.country and p.admin1 \
            and _elsewhere_in_country(p, focus, lead):
        return True
    return ((p.population < STRAY_MAX_PEOPLE or variant)
            and focus.get(p.country or "", 0.0) < STRAY_FOCUS
            and max((v for k, v in lead.items() if "/" not in k), default=0.0) >= 1.0)


def compass_region(p: Place, variant: str, focus: Mapping[str, float], names_focus: Mapping[str, float]) -> bool:
    """Whether `p` is a first-level region named only by a compass word (`compass_words.txt`: "Western",
    "Central") in a country the article does not point to (below STRAY_FOCUS), while its other names lead to
    a country: the name is then a region of the article's own country, as a stray town is a local name (s23
    where). `variant`: the spelling the candidates were found under ("Western" for "Western Province")."""
    words = name_key(variant).replace("-", " ").split()
    if words and words[-1] in word_list("region_words"):
        words = words[:-1]  # "Western Province"
    if p.feature != ADM1 or " ".join(words) not in word_list("compass_words"):
        return False
    return focus.get(p.country or "", 0.0) < STRAY_FOCUS and max(
        (v for k, v in names_focus.items() if "/" not in k), default=0.0) >= 1.0


# A name read as a town of fewer than STRAY_MAX_PEOPLE in a country where none of the article's other names
# is read, while at least LONE_TOWN_NAMES of them are read in one other country, is a local name the
# gazetteer lacks, as `stray_reading` has it: "Brightwater" among five Ontario towns is no Indiana town of
# 5,000 but a village the gazetteer does not hold. `stray_reading` weighs the spread of the other names'
# readings, where a few US namesakes of Ontario's towns ("London", "Woodstock") keep the US in focus; this
# rule weighs the readings the article settles on (tuned on LGL/GeoVirus: 1 LGL toponym to the right
# country, none lost, the same at 2 names).
LONE_TOWN_NAMES = 3


def lone_town(p: Place | None, name: str, resolved: Mapping[str, Place | None], same: Mapping[str, str]) -> bool:
    """See LONE_TOWN_NAMES; `same`: each name's key, shared by other spellings of one name."""
    if p is None or p.feature != CITY or not 0 < p.population < STRAY_MAX_PEOPLE:
        return False
    others = Counter(q.country for n, q in resolved.items() if q is not None and q.country and same[n] != same[name])
    return others.get(p.country, 0) == 0 and max(others.values(), default=0) >= LONE_TOWN_NAMES


def _elsewhere_in_country(p: Place, focus: Mapping[str, float], lead: Mapping[str, float]) -> bool:
    """Whether the article's other names lead to one first-level region of `p`'s country and never to
    `p`'s own: a name found only without its generic word ("Shawnee Park", "Jerome Township" in an
    article on Ohio towns) is then a park or township of that region, not a namesake town in another
    state (a variant reading is no evidence of its own)."""
    prefix = f"{p.country}/"
    top = max((v for k, v in lead.items() if k.startswith(prefix)), default=0.0)
    return top >= 1.0 and focus.get(f"{p.country}/{p.admin1}", 0.0) < STRAY_FOCUS


# A name the gazetteer lacks that holds a place name among its capitalised words ("the Leeds Crown Court",
# "Bank of Canada", "the US Treasury", "Ohio State University") lies in that place: a
# court, bank, firm or school named after its town, region or country. The inner name counts when it is
# another name of the article (read as the article reads it; a demonym is no such name: "the American
# School" in Madrid says whose, not where), or when its best reading bears it as its main name and is a
# country (or one of `country_aliases.tsv`: "US"), a city of EMBEDDED_CITY_PEOPLE, or a first-level region
# of a country the article points to: a word that only a village, a foreign alternate name or a far region
# matches ("Bank", "Federal", "Island", "Centre") places nothing. The most specific inner place wins (a
# city before its region or country). A diplomatic mission's name (`mission_words.txt`: "Embassy of X")
# stands in another country than the one it names, and a street, park, settlement or landform named after
# a place (`local_feature_words.txt`, `landform_words.txt`: "Denver Park", "Boston Avenue", "X Bay")
# lies among the article's places, not in the one it is named after.
EMBEDDED_CITY_PEOPLE = 100_000
_EMBEDDED_SPECIFIC = {CITY: 0, CAPITAL: 0, ADM2: 1, ADM1: 2, REGION: 3, COUNTRY: 3}
_NAME_WORDS = re.compile(r"[^\s\-–—/,()]+")


@functools.cache
def _country_alias_keys() -> frozenset[str]:
    from .build import read_table

    return frozenset(name_key(r["alias"]) for r in read_table("country_aliases.tsv"))


def _name_runs(name: str) -> list[list[str]]:
    """The runs of capitalised words of `name` (split at spaces and hyphens, possessives dropped)."""
    runs: list[list[str]] = [[]]
    for m in _NAME_WORDS.finditer(name):
        w = _POSSESSIVE.sub("", m.group().strip(".,;:\"'‘“”"))
        if w[:1].isupper():
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def embedded_place(gazetteer: Gazetteer, name: str, known: Mapping[str, Place],
                   focus: Mapping[str, float]) -> Place | None:
    """See EMBEDDED_CITY_PEOPLE: the place a name the gazetteer lacks lies in by the place name inside it,
    or None. `known`: the article's other names and their readings; `focus`: the article's focus."""
    words = [w.lower().strip(".,") for w in re.split(r"[\s\-–—]+", name) if w.strip(".,")]
    if not words or set(words) & word_list("mission_words") \
            or any(words[-1] in word_list(f) for f in ("local_feature_words", "landform_words")):
        return None
    article = {name_key(_POSSESSIVE.sub("", n)): p for n, p in known.items()}
    whole = name_key(_POSSESSIVE.sub("", name))
    found: list[tuple[int, int, int, Place]] = []
    for run in _name_runs(name):
        for size in range(min(len(run), 4), 0, -1):
            for i in range(len(run) - size + 1):
                inner = " ".join(run[i:i + size])
                key = name_key(inner)
                if not key or key == whole:
                    continue
                place = article.get(key)
                if place is None:
                    places, implied, variant = matched_candidates(gazetteer, inner)
                    if not places or variant != inner:
                        continue
                    top = rank(places, focus, implied, variant)[0].place
                    own = name_key(top.name) in (key, _canonical_key(key))
                    pointed = focus.get(top.country or "", 0.0) > 0.0
                    if not ((top.feature == COUNTRY and (own or key in _country_alias_keys()))
                            or (own and pointed and top.feature == ADM1)
                            or (own and top.feature in (CITY, CAPITAL)
                                and top.population >= EMBEDDED_CITY_PEOPLE)):
                        continue
                    place = top
                found.append((_EMBEDDED_SPECIFIC.get(place.feature, 4), -size, i, place))
    return min(found, key=lambda f: f[:3])[3] if found else None


# A name the gazetteer lacks written as the initials of a country or a first-level region ("T&T", "NSW",
# "N.I.": two to four capitals, maybe joined by "&" or dots; the initials skip "and", "of", "the") stands
# for it: news shortens long names so. A first-level region counts only in a country the article points to;
# of several readings the one the article points to most wins, and a tie (none pointed to among several)
# places nothing.
_ACRONYM = re.compile(r"[A-Z](?:[&.]?[A-Z]){1,3}\.?")
_ACRONYM_SKIP = frozenset({"and", "of", "the", "&"})
_ACRONYMS: weakref.WeakKeyDictionary[Gazetteer, dict[str, list[tuple[str, str]]]] = weakref.WeakKeyDictionary()


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _acronym_index(gazetteer: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """Initials -> (name, ISO3 or "" for a country) of the countries and first-level regions of 2+ words."""
    return _per_gazetteer(_ACRONYMS, gazetteer, _build_acronym_index)


def _build_acronym_index(gazetteer: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    index: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in gazetteer.country_names():
        if (k := _initials(n)):
            index[k].append((n, ""))
    for n, iso3 in gazetteer.admin1_names():
        if iso3 and (k := _initials(n)):
            index[k].append((n, iso3))
    return dict(index)


def acronym_place(gazetteer: Gazetteer, name: str, focus: Mapping[str, float]) -> Place | None:
    """See `_ACRONYM`: the country or first-level region whose initials `name` is, or None."""
    text = _POSSESSIVE.sub("", name.strip())
    if not _ACRONYM.fullmatch(text):
        return None
    key = re.sub(r"[^A-Z]", "", text)
    scored: list[tuple[float, Place]] = []
    for full, iso3 in _acronym_index(gazetteer).get(key, ()):
        if iso3:
            if focus.get(iso3, 0.0) <= 0.0:
                continue
            place = next((p for p in gazetteer.lookup(full) if p.feature == ADM1 and p.country == iso3), None)
            weight = focus.get(iso3, 0.0) + focus.get(f"{iso3}/{full}", 0.0)
        else:
            place = next((p for p in gazetteer.lookup(full) if p.feature == COUNTRY), None)
            weight = focus.get(place.country or "", 0.0) if place is not None else 0.0
        if place is not None:
            scored.append((weight, place))
    if not scored:
        return None
    scored.sort(key=lambda s: s[0], reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def local_middle(resolved: Mapping[str, Place | None], names: Sequence[str], guess: Place | None) -> Place | None:
    """Where an unknown name most likely lies when the article names towns: the town (or county) of the
    article's mentions in the country of `guess` that is nearest to all of them, each mention counted
    (the medoid). An unknown name in a local article is a street, a stream or a village among the towns
    the article names, closer to them than to the middle of their province or country (measured on LGL
    and GeoVirus: 161 km hits of such names 110 -> 123 of 194, countries unchanged)."""
    if guess is None or not guess.country:
        return None
    local = [p for n in names if (p := resolved.get(n)) is not None and p.feature in _LOCAL
             and p.country == guess.country and p.lat is not None and p.lon is not None]
    if not local:
        return None
    return min(dict.fromkeys(local), key=lambda p: sum(haversine_km(p.lat, p.lon, o.lat, o.lon) for o in local))


def focus_place(gazetteer: Gazetteer, focus: Mapping[str, float]) -> Place | None:
    """The place an article is mostly about: its top first-level region when that lies in its top
    country, else its top country."""
    top = max((k for k in focus if "/" not in k), key=lambda k: focus[k], default=None)
    if top is None:
        return None
    admin = max((k for k in focus if k.startswith(top + "/")), key=lambda k: focus[k], default=None)
    if admin is not None and focus[admin] >= ADMIN_FALLBACK_MIN:
        region = next((p for p in gazetteer.lookup(admin.split("/", 1)[1]) if p.feature == ADM1 and p.country == top), None)
        if region is not None:
            return region
    return gazetteer.country(top)


def _same_county(p: Place, q: Place) -> bool:
    """Both lie in one second-level division (a town and its county, two towns of one county)."""
    k = _county_key(p)
    return k is not None and k == _county_key(q)


_LOCAL = (CITY, CAPITAL, ADM2)


def _county_key(p: Place) -> tuple | None:
    """The second-level division a local place lies in (or is), as `_same_county` compares them."""
    if p.feature not in _LOCAL:
        return None
    county = p.name if p.feature == ADM2 else p.admin2
    return (p.country, p.admin1, county) if county else None


# Readings of two names that lie within NEAR_KM of each other without sharing a county (a city and the
# neighbouring county, two towns either side of a county line) support each other at NEAR_SHARE of the
# weight a shared county gives (tuned on LGL: 30/50/75 km, shares 0.3-1.0; GeoVirus unchanged).
NEAR_KM = 50.0
NEAR_SHARE = 0.5
_CELL_DEG = 1.0


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEG), math.floor(lon / _CELL_DEG)


def _near_weights(p: Place, grid: Mapping[tuple[int, int], list[tuple[float, float, float, str]]]) -> dict[str, float]:
    """Per other name, the largest weight of its local readings within NEAR_KM of `p` (times NEAR_SHARE)."""
    best: dict[str, float] = {}
    if not grid or p.lat is None or p.lon is None:
        return best
    i, j = _cell(p.lat, p.lon)
    for a in (i - 1, i, i + 1):
        for b in (j - 1, j, j + 1):
            for lat, lon, w, n in grid.get((a, b), ()):
                if NEAR_SHARE * w > best.get(n, 0.0) and haversine_km(p.lat, p.lon, lat, lon) <= NEAR_KM:
                    best[n] = NEAR_SHARE * w
    return best


def colocation_bonus(cands_by_name: Mapping[str, Sequence[Candidate]]) -> dict[str, dict[Place, float]]:
    """Readings of a name that share a county with a likely reading of another name of the article
    ("Huntsville" and "Walker County": the Huntsville that is the seat of that Walker County), or lie
    within NEAR_KM of one (at NEAR_SHARE of the weight). Each other name counts once, by its best
    co-located reading weighted by exp(score - its top score)."""
    # Each name's best weight per county (`_county_key`), so a reading finds its support by lookup.
    tops: dict[str, dict[tuple, float]] = {}
    # And each name's local readings by grid cell, for readings that lie close without sharing a county.
    grid: dict[tuple[int, int], list[tuple[float, float, float, str]]] = defaultdict(list)
    for n, cs in cands_by_name.items():
        best: dict[tuple, float] = {}
        for c in cs[:COLOCATION_TOP]:
            k = _county_key(c.place)
            if k is not None:
                w = math.exp(c.score - cs[0].score)
                if w > best.get(k, 0.0):
                    best[k] = w
                if NEAR_KM and c.place.lat is not None and c.place.lon is not None:
                    grid[_cell(c.place.lat, c.place.lon)].append((c.place.lat, c.place.lon, w, n))
        if best:
            tops[n] = best
    # Another spelling of the name itself ("ARLINGTON" beside "Arlington") is no support.
    same = {n: name_key(_POSSESSIVE.sub("", n)) for n in cands_by_name}
    out: dict[str, dict[Place, float]] = {}
    for name, cands in cands_by_name.items():
        if len(cands) < 2:
            continue
        bonus: dict[Place, float] = {}
        for c in cands[:COLOCATION_TOP]:
            k = _county_key(c.place)
            if k is None:
                continue
            near = _near_weights(c.place, grid)
            support = sum(max(others.get(k, 0.0), near.get(other, 0.0))
                          for other, others in tops.items() if same[other] != same[name])
            if support:
                bonus[c.place] = COLOCATION_WEIGHT * min(support, COLOCATION_MAX_SUPPORT)
        if bonus:
            out[name] = bonus
    return out


def qualified_focus(focus: Mapping[str, float], qualifier: Place | None) -> dict[str, float]:
    """`focus` with the country (and first-level region) a mention's qualifier names put above all else
    ("Dublin, Ohio": the US, and Ohio within it)."""
    out = dict(focus)
    if qualifier is None or not qualifier.country:
        return out
    top = max(out.values(), default=0.0)
    out[qualifier.country] = top + 10.0
    if qualifier.feature == ADM1:
        out[f"{qualifier.country}/{qualifier.name}"] = top + 10.0
    elif qualifier.feature == ADM2 and qualifier.admin1:
        out[f"{qualifier.country}/{qualifier.admin1}"] = top + 10.0  # a county: its state or province too
    return out


def in_county(place: Place, county: Place) -> bool:
    """Whether `place` lies in the second-level division `county` (its county, district or English shire)."""
    return (place.feature != ADM2 and place.country == county.country and place.admin1 == county.admin1
            and place.admin2 is not None and name_key(place.admin2) == name_key(county.name))


def within_qualifier(places: Sequence[Place], qualifier: Place | None) -> list[Place]:
    """The readings a qualifier leaves: those inside it when it is a county that holds some ("Springfield,
    Sangamon County", "Guildford, Surrey"), else all (a country or first-level region ranks them instead)."""
    if qualifier is None or qualifier.feature != ADM2:
        return list(places)
    return [p for p in places if in_county(p, qualifier)] or list(places)


# How much the article must point to a qualifying region's country for a name with no reading there to be a
# town the gazetteer lacks in it (tuned on GeoVirus/LGL text: any focus at all let "Long Island" as a Bahamian
# district take "New York City, Long Island, New York").
LACKING_TOWN_FOCUS = 0.5


def town_lacking_in(qualifier: Place, places: Sequence[Place], focus: Mapping[str, float]) -> bool:
    """Whether a name written with a first-level region after it ("Stroud, Ontario") is a town the
    gazetteer lacks in that region: none of its readings (`places`) lies in the region's country, and the
    article points to that country (LACKING_TOWN_FOCUS; a list of names, "Wajir, Mandera, Nakuru", has readings there; a
    qualifier read in a country the article is not about, "Long Island" as a Bahamian district, is no
    evidence). The region is then the most that is known of where the town is (s23 where)."""
    if qualifier.feature != ADM1 or not qualifier.country or focus.get(qualifier.country, 0.0) < LACKING_TOWN_FOCUS:
        return False
    return not any(p.country == qualifier.country or qualifier.country in (p.countries or ()) for p in places)


def focus_of(name: str, final_focus: Mapping[str, Mapping[str, float]],
             votes: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """The article's focus for `name`: its own final focus, else the other names' combined votes."""
    if name in final_focus:
        return dict(final_focus[name])
    return combine_votes(v for other, v in votes.items() if other != name)


def qualifies(place: Place, qualifier: Place) -> bool:
    """Whether a qualifier can qualify the name whose likeliest reading is `place`: a country is never
    written "X, <region>" and a province not "X, <province>", so "China, Japan" and "Ohio, Kentucky"
    are lists, not a Chinese town of Japan or an Ohio of Kentucky. A region of other countries than the
    province's is no list item of it: "Westphalia, Michigan" is a Michigan town named after the German
    region (a list would be "Westphalia, Bavaria")."""
    if place.feature == COUNTRY:
        return False
    if place.feature == REGION and qualifier.feature == ADM1 and qualifier.country \
            and qualifier.country not in (place.countries or (place.country,)):
        return True
    if qualifier.feature == ADM2:  # a county holding a town of the name (`locate._qualifier`): "Kent, Portage
        return place.feature not in (ADM1, REGION)  # County" is the Ohio town, not the English county
    return not (place.feature in (ADM1, REGION) and qualifier.feature == ADM1)


def resolve_names(gazetteer: Gazetteer, names: Iterable[str], focus: Mapping[str, float] | None = None,
                  allow_demonym: bool = False, fallback_to_focus: bool = False,
                  qualifiers: Sequence[Place | None] | None = None,
                  towns: Mapping[str, str] | None = None) -> list[Place | None]:
    """Resolve all place names of one document together. A first pass gives each distinct name a vote
    over countries and regions (`name_votes`); each name is then ranked with the focus of the OTHER
    names (leave-one-out, so "Paris" repeated five times does not vote for France itself) plus the
    caller's focus. Each name still resolves among its own candidates only. `qualifiers` (one per
    name, or None) is the region or country written after a mention ("Dublin, Ohio"): that mention
    ranks its candidates with the qualifier put first (`qualified_focus`). A name whose likeliest
    reading strays from the article (`stray_reading`) resolves to None, as a name the gazetteer lacks
    does, unless `fallback_to_focus` (then both are placed by the article's main city, region or
    country) or its mention has a qualifier. `towns`: names the text speaks of as a town of the given
    country (`locate.press_towns`: "Dublin City Council" in US local news); such a name reads only as
    a town of that country, when it has one."""
    names = list(names)
    if allow_demonym:
        names = [_demonym_of_named_city(gazetteer, n, names) or n for n in names]
    names = [short_of_named_place(gazetteer, n, names) or n for n in names]
    names = [landmark_beside_town(n, names) or n for n in names]
    quals = list(qualifiers) if qualifiers is not None else [None] * len(names)
    focus = dict(focus or {})
    firsts: dict[str, tuple[list[Candidate], tuple[str, ...], str, Place | None]] = {}
    votes: dict[str, dict[str, float]] = {}
    for name in dict.fromkeys(names):
        dem = demonym_country(gazetteer, name) if allow_demonym else None
        if dem is not None:
            firsts[name] = ([], (), "", dem)
            votes[name] = defaultdict(float)
            place_votes(dem, 1.0, votes[name])
            continue
        places, implied, variant = matched_candidates(gazetteer, name)
        if towns and name in towns:
            places = [p for p in places if p.country == towns[name]] or places
        cands = rank(places, focus, implied, variant)
        firsts[name] = (cands, implied, variant, None)
        votes[name] = name_votes(cands)
    # Forms of one demonym ("Latvian", "Latvians") are one cue: together they vote once for their country.
    by_demonym: dict[Place, list[str]] = defaultdict(list)
    for name, (_, _, _, dem) in firsts.items():
        if dem is not None:
            by_demonym[dem].append(name)
    for dem, forms in by_demonym.items():
        for name in forms:
            votes[name] = defaultdict(float)
            place_votes(dem, 1.0 / len(forms), votes[name])
    # Other spellings of one name ("TOLEDO" in a dateline, "Toledo" in the text) are one name: leave-one-out
    # leaves them all out, so a name never votes for its own likeliest reading (a dateline's capitals had
    # made "Toledo" beside "Spain" the Belizean town, "Lima" beside "Ohio" the Peruvian capital). An article
    # naming nothing else keeps its spellings' votes: they are all the context it has (s22 where).
    same = {n: name_key(_POSSESSIVE.sub("", n)) for n in firsts}
    if len(set(same.values())) < 2:
        same = {n: n for n in firsts}
    resolved: dict[str, Place | None] = {}
    final_focus: dict[str, dict[str, float]] = {}
    names_focus: dict[str, dict[str, float]] = {}  # final_focus without the caller's
    focused: dict[str, list[Candidate]] = {}
    sibs: dict[str, frozenset[str]] = {}  # first-level regions ("ISO3/Name") the OTHER names read as
    fallbacks: list[str] = []
    tops = {n: (d if d is not None else (c[0].place if c else None)) for n, (c, _, _, d) in firsts.items()}
    for round_ in range(VOTE_ROUNDS):
        if round_:
            # Each name votes again as the other names read it ("Georgia" beside "Atlanta" and "Texas" is
            # the state, so it votes for Georgia's towns, not for the Caucasian country).
            # Only a name that alone reads as a country and among the others as no country re-votes: a
            # free re-vote of every name locks pairs of names onto one wrong region together.
            changed = [n for n, cands in focused.items() if tops[n] is not None and tops[n].feature == COUNTRY
                       and cands[0].place.feature != COUNTRY]
            if not changed:
                break
            for name in changed:
                # A town of that name votes for its country only: which of its namesakes it is stays open
                # ("Lebanon" beside "Boone County" must not pull the county into the largest Lebanon's state).
                top = tops[name] = focused[name][0].place
                votes[name] = defaultdict(float, {k: v for k, v in name_votes(focused[name]).items()
                                                  if "/" not in k or top.feature == ADM1})
        for name, (cands, implied, variant, dem) in firsts.items():
            if dem is None and not cands and fallback_to_focus:
                # A name the gazetteer lacks (a street, a building, a stream): the article's main city,
                # else its main region or country.
                if not round_:
                    fallbacks.append(name)
                continue
            if dem is not None or not cands:
                resolved[name] = dem
                continue
            doc_focus = combine_votes(v for other, v in votes.items() if same[other] != same[name])
            for other, top in tops.items():
                if same[other] != same[name] and top is not None and top.feature == COUNTRY and top.country:
                    c = top.country
                    doc_focus[c] = max(doc_focus.get(c, 0.0), NAMED_COUNTRY_FOCUS)
            names_focus[name] = dict(doc_focus)
            sibs[name] = frozenset(f"{t.country}/{t.name}" for other, t in tops.items()
                                   if same[other] != same[name] and firsts[other][3] is None and t is not None and t.feature == ADM1)
            for k, v in focus.items():
                doc_focus[k] = max(doc_focus.get(k, 0.0), v)
            final_focus[name] = doc_focus
            focused[name] = rank([c.place for c in cands], doc_focus, implied, variant, siblings=sibs[name])
    # Readings that share a county with another name's reading, each name's readings weighed as the
    # article's focus ranks them ("Paris" beside "Henry County": in a US article, the Paris that is
    # that county's seat).
    colocated = colocation_bonus(focused)
    readings: dict[str, Place] = {}
    for name, doc_focus in final_focus.items():
        cands, implied, variant, _ = firsts[name]
        # the countries the other names read as, by name (a demonym names none)
        named = frozenset(t.country for other, t in tops.items() if same[other] != same[name] and firsts[other][3] is None
                          and t is not None and t.feature == COUNTRY and t.country)
        readings[name] = resolved[name] = rank([c.place for c in cands], doc_focus, implied, variant,
                                               colocated.get(name), siblings=sibs[name], named=named)[0].place
        bare = name_key(_POSSESSIVE.sub("", name))
        if stray_reading(resolved[name], doc_focus, name_key(variant) != bare, names_focus[name],
                         stripped=bare.startswith(name_key(variant) + " ")) \
                or compass_region(resolved[name], variant, doc_focus, names_focus[name]):
            # A local name the gazetteer lacks, as if it had no candidate: unresolved, or answered below
            # when the caller must answer.
            del resolved[name]
            if fallback_to_focus:
                fallbacks.append(name)
            else:
                resolved[name] = None
    for name in [n for n, p in resolved.items() if lone_town(p, n, resolved, same) and firsts[n][3] is None]:
        # A small town in a country where none of the article's other names is read (s23 where).
        del resolved[name]
        if fallback_to_focus:
            fallbacks.append(name)
        else:
            resolved[name] = None
    known = {n: p for n, p in resolved.items() if p is not None}
    for name in fallbacks:
        # A name the gazetteer lacks (a street, a building, a stream): the article's main city, else its
        # main region or country; then the middle of the article's towns in that country, if it names any.
        # Each other name votes with its final reading (a demonym with its shared vote), not with the spread of
        # its readings: "Cambridge" read as the English city puts an unknown name beside it in England even
        # though most places called Cambridge lie in the US.
        read = []
        for other, v in votes.items():
            p = known.get(other)
            if other == name:
                continue
            if p is None or firsts[other][3] is not None:
                read.append(v)
            else:
                read.append(defaultdict(float))
                place_votes(p, 1.0, read[-1])
        doc_focus = combine_votes(read)
        inside = embedded_place(gazetteer, name, {n: p for n, p in known.items() if firsts[n][3] is None}, doc_focus)
        inside = inside or acronym_place(gazetteer, name, doc_focus)
        if inside is not None:
            resolved[name] = inside
            continue
        guess = main_city(known, names, name, doc_focus) or focus_place(gazetteer, doc_focus)
        resolved[name] = local_middle(known, names, guess) or guess
    out: list[Place | None] = []
    for name, q in zip(names, quals, strict=True):
        cands, implied, variant, dem = firsts[name]
        if q is not None and dem is None and cands and name in final_focus and qualifies(resolved[name] or readings[name], q):
            top = rank(within_qualifier([c.place for c in cands], q), qualified_focus(final_focus[name], q),
                       implied, variant, colocated.get(name), siblings=sibs[name])[0].place
            out.append(q if town_lacking_in(q, [c.place for c in cands], final_focus[name]) else top)
        elif q is not None and dem is None and not cands and town_lacking_in(q, [], focus_of(name, final_focus, votes)):
            out.append(q)  # a town the gazetteer lacks, in the region written after it
        else:
            p = resolved[name]
            if p is not None and p.feature == REGION and not p.country and name not in final_focus:
                # a demonym of a shared region ("Kurdish", "Kashmiri"): the other names' votes, as a name's
                final_focus[name] = combine_votes([*(v for other, v in votes.items() if other != name), focus])
            out.append(member_country(p, final_focus.get(name, focus)))
    return out


# A region of more members than this ("the Balkans", "the Middle East", "the Sahel") is a macro-region whose
# events no one member's focus places (`member_country`).
MEMBER_COUNTRIES_MAX = 4


def member_country(p: Place | None, focus: Mapping[str, float]) -> Place | None:
    """A region several countries share ("Kashmir", "Punjab", "Kurdistan": `regions.tsv`) read in an article
    that points to one of them more than to the others is that country's part of it: the region with that
    country (its `countries` kept). One the article leads to no one member of keeps no country, nor does a
    macro-region (MEMBER_COUNTRIES_MAX) (s17 where)."""
    if p is None or p.feature != REGION or p.country or not 2 <= len(p.countries or ()) <= MEMBER_COUNTRIES_MAX:
        return p
    weights = sorted(((focus.get(c, 0.0), c) for c in p.countries), reverse=True)
    if weights[0][0] <= 0.0 or weights[0][0] == weights[1][0]:
        return p
    return p._replace(country=weights[0][1])
