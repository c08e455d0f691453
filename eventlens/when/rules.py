"""The normaliser's rule data (eventlens/lexicons/dates.yaml), loaded once and compiled to lookups."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .. import yamlload

REF_KINDS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
UNITS = ("day", "week", "weekend", "month", "quarter", "year", "decade", "century")


@dataclass(frozen=True)
class RelativeRule:
    unit: str
    offset: int


@dataclass(frozen=True)
class DateRules:
    months: dict[str, int]  # every spelling -> month number
    month_names: tuple[str, ...]  # full names only ("may", not "mar"): safe to look for in running text
    weekday_names: tuple[str, ...]
    weekdays: dict[str, int]  # every spelling -> 0 (Monday) .. 6
    seasons: dict[str, tuple[str, int]]  # name -> (TimeML code, first month)
    ordinals: dict[str, int]
    century_ordinals: dict[str, int]
    numbers: dict[str, int | None]
    period_modifiers: tuple[str, ...]  # longest first
    leading_words: tuple[str, ...]  # longest first
    year_qualifiers: tuple[str, ...]
    relative: dict[str, RelativeRule]
    units: dict[str, str]
    vague: dict[str, str]  # phrase -> PRESENT_REF | PAST_REF | FUTURE_REF
    holidays: dict[str, tuple[int, int]]
    named_dates: dict[str, str]
    occasion_nouns: frozenset[str]
    occasion_prepositions: frozenset[str]
    temporal_prepositions: frozenset[str]
    future_auxiliaries: frozenset[str]
    time_of_day_nouns: frozenset[str] = frozenset()
    count_hedges: tuple[str, ...] = ()  # "some", "more than" before a count: longest first

    def alternation(self, table: dict[str, Any]) -> str:
        """Regex alternation of a table's keys, longest first (so "sept" wins over "sep")."""
        import re

        return "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))


def _check(data: dict[str, Any]) -> None:
    for phrase, rule in data["relative"].items():
        if rule["unit"] not in UNITS:
            raise ValueError(f"dates.yaml: relative {phrase!r} has unknown unit {rule['unit']!r}")
    for kind in data["vague"]:
        if kind not in REF_KINDS:
            raise ValueError(f"dates.yaml: vague kind {kind!r} not in {REF_KINDS}")
    for word, unit in data["units"].items():
        if unit not in UNITS:
            raise ValueError(f"dates.yaml: unit {word!r} -> {unit!r} unknown")


def rules_from_dict(data: dict[str, Any]) -> DateRules:
    _check(data)
    months: dict[str, int] = {}
    for i, (name, abbrevs) in enumerate(data["months"].items(), start=1):
        for spelling in [name, *abbrevs]:
            months[spelling] = i
    weekdays: dict[str, int] = {}
    for i, (name, abbrevs) in enumerate(data["weekdays"].items()):
        for spelling in [name, *abbrevs]:
            weekdays[spelling] = i
    by_len = functools.partial(sorted, key=len, reverse=True)
    return DateRules(
        months=months,
        month_names=tuple(data["months"]),
        weekday_names=tuple(data["weekdays"]),
        weekdays=weekdays,
        seasons={k: (v["code"], int(v["month"])) for k, v in data["seasons"].items()},
        ordinals={str(k): int(v) for k, v in data["ordinals"].items()},
        century_ordinals={str(k): int(v) for k, v in data["century_ordinals"].items()},
        numbers={str(k): v for k, v in data["numbers"].items()},
        period_modifiers=tuple(by_len(data["period_modifiers"])),
        leading_words=tuple(by_len(set(data["leading_words"]))),
        year_qualifiers=tuple(data.get("year_qualifiers") or ()),
        relative={k: RelativeRule(v["unit"], int(v["offset"])) for k, v in data["relative"].items()},
        units=dict(data["units"]),
        vague={phrase: kind for kind, phrases in data["vague"].items() for phrase in phrases},
        holidays={k: (int(v[0]), int(v[1])) for k, v in data["holidays"].items()},
        named_dates={str(k): str(v) for k, v in data["named_dates"].items()},
        occasion_nouns=frozenset(map(str, data["occasion_nouns"])),
        occasion_prepositions=frozenset(map(str, data["occasion_prepositions"])),
        temporal_prepositions=frozenset(map(str, data["temporal_prepositions"])),
        future_auxiliaries=frozenset(map(str, data["future_auxiliaries"])),
        time_of_day_nouns=frozenset(map(str, data.get("time_of_day_nouns") or ())),
        count_hedges=tuple(by_len(map(str, data.get("count_hedges") or ()))),
    )


@functools.lru_cache(maxsize=1)
def load_rules() -> DateRules:
    text = resources.files("eventlens").joinpath("lexicons/dates.yaml").read_text(encoding="utf-8")
    return rules_from_dict(yamlload.safe_load(text))
