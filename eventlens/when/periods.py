"""Calendar periods: the value type the normaliser returns and the arithmetic on it.

A `DateValue` is one period (day, ISO week, month, quarter, season, year, decade, century) or a vague
reference (TimeML PRESENT_REF / PAST_REF / FUTURE_REF). `date` is always the first day of the period so
that records sort; `timex` is the TimeML TIMEX3 value, used by the TempEval evaluator.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "ref")
# How a DateValue precision maps onto the record's date_precision (day|week|month|year): a quarter or
# season keeps its first day at month precision. Decades and centuries have no record precision (calling
# "the 1990s" the year 1990 would claim too much), so they never date an event.
RECORD_PRECISION = {
    "day": "day", "week": "week", "month": "month", "quarter": "month", "season": "month", "year": "year",
}


@dataclass(frozen=True)
class DateValue:
    date: str | None  # ISO first day of the period; None for PAST_REF / FUTURE_REF
    precision: str  # one of PRECISIONS
    end: str | None = None  # ISO last day of a range or list ("April 6-8", "April 20, 23")
    timex: str = ""  # TimeML value: 2005-04-20, 2005-W16, 2005-04, 2005-Q1, 2005-SU, 2005, 200, 20, PAST_REF
    days: tuple[str, ...] = ()  # every day of an enumeration ("April 6 and 8"), else empty

    @property
    def record_precision(self) -> str | None:
        return RECORD_PRECISION.get(self.precision)


def day(d: date) -> DateValue:
    return DateValue(d.isoformat(), "day", timex=d.isoformat())


def week(d: date) -> DateValue:
    monday = d - timedelta(days=d.weekday())
    y, w, _ = monday.isocalendar()
    return DateValue(monday.isoformat(), "week", timex=f"{y}-W{w:02d}")


def weekend(d: date) -> DateValue:
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    y, w, _ = saturday.isocalendar()
    sunday = saturday + timedelta(days=1)
    return DateValue(saturday.isoformat(), "week", end=sunday.isoformat(), timex=f"{y}-W{w:02d}-WE")


def month(y: int, m: int) -> DateValue:
    return DateValue(date(y, m, 1).isoformat(), "month", timex=f"{y}-{m:02d}")


def quarter(y: int, q: int) -> DateValue:
    return DateValue(date(y, 3 * q - 2, 1).isoformat(), "quarter", timex=f"{y}-Q{q}")


def season(y: int, code: str, start_month: int) -> DateValue:
    return DateValue(date(y, start_month, 1).isoformat(), "season", timex=f"{y}-{code}")


def year(y: int) -> DateValue:
    return DateValue(date(y, 1, 1).isoformat(), "year", timex=f"{y:04d}")


def decade(y: int) -> DateValue:
    start = y - y % 10
    return DateValue(date(start, 1, 1).isoformat(), "decade", timex=f"{start // 10:03d}")


def century(y: int) -> DateValue:
    """The century containing year y, TimeML style: 1900-1999 -> "19" (the twentieth century)."""
    start = y - y % 100
    return DateValue(date(max(start, 1), 1, 1).isoformat(), "century", timex=f"{start // 100:02d}")


def vague(ref_kind: str, reference: date | None) -> DateValue:
    when = reference.isoformat() if reference and ref_kind == "PRESENT_REF" else None
    return DateValue(when, "ref", timex=ref_kind)


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(reference: date, unit: str, offset: int) -> DateValue:
    """The period of kind `unit` that is `offset` units away from the one containing `reference`."""
    if unit == "day":
        return day(reference + timedelta(days=offset))
    if unit == "week":
        return week(reference + timedelta(weeks=offset))
    if unit == "weekend":
        return weekend(reference + timedelta(weeks=offset))
    if unit == "month":
        d = add_months(reference, offset)
        return month(d.year, d.month)
    if unit == "quarter":
        d = add_months(reference, 3 * offset)
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return year(reference.year + offset)
    if unit == "decade":
        return decade(reference.year + 10 * offset)
    if unit == "century":
        return century(reference.year + 100 * offset)
    raise ValueError(f"unknown unit {unit!r}")


def valid_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def pick(candidates: list[tuple[date, date, object]], reference: date, prefer: str) -> object | None:
    """Choose among occurrences (start, end, value) of an expression without a year.

    past: the latest occurrence that has started by the reference date (the period containing the
    reference counts: "March" in a March article is this March); future: the earliest that has not
    ended before it; nearest: the one whose start is closest.
    """
    if not candidates:
        return None
    if prefer == "past":
        started = [c for c in candidates if c[0] <= reference]
        return max(started, key=lambda c: c[0])[2] if started else None
    if prefer == "future":
        open_ = [c for c in candidates if c[1] >= reference]
        return min(open_, key=lambda c: c[0])[2] if open_ else None
    return min(candidates, key=lambda c: abs((c[0] - reference).days))[2]
