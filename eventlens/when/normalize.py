"""String-level date normalisation: "April 20, 23", "last week", "the 2006 elections" -> DateValue.

One function, `normalize_date`, over a reusable `DateNormalizer` whose settings are checked when it is
made (the dateparser pattern). Our own rules, driven by eventlens/lexicons/dates.yaml, run first;
dateparser is the fallback for what they do not cover, keeping the period it reports (its
`date_obj` alone turns "April 2005" into 2005-04-10). Where dateparser is wrong we have rules instead,
measured in ../shared/STACK.md: "April 20, 23" is two days (dateparser: 1923), weekdays count the
reference day itself (TimeML: "said Friday" in a Friday paper is that day), weeks and PRESENT_REF.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import periods as P
from .periods import DateValue
from .rules import DateRules, load_rules

PREFER = ("past", "future", "nearest")
DATE_ORDERS = ("MDY", "DMY")
_MEMO_MAX = 50_000  # answers a normaliser remembers (`DateNormalizer.normalize`) before it starts afresh
QUALIFIER = r"(?:(?P<q>last|this|next|past|previous|coming|the coming|the past|the last|the previous) )?"
ORD_SUFFIX = r"(?:st|nd|rd|th)?"
DASH = r"\s*(?:-|–|—|to|through|thru|until|till)\s*"
MORE_DAYS = r"(?P<more>(?:(?:,|, and| and|,? &|, or| or) \d{1,2}" + ORD_SUFFIX + r")*)"


@dataclass(frozen=True)
class DateSettings:
    prefer: str = "past"  # past | future | nearest: which occurrence of a year-less date to take
    date_order: str = "MDY"  # how to read numeric dates such as 4/5/2005
    use_dateparser: bool = True  # fall back to dateparser when no rule matches (needs a reference)

    def __post_init__(self) -> None:
        if self.prefer not in PREFER:
            raise ValueError(f"prefer must be one of {PREFER}, not {self.prefer!r}")
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {DATE_ORDERS}, not {self.date_order!r}")


def clean(expression: str) -> str:
    s = expression.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    s = re.sub(r"\s+", " ", s).strip(" \t\n.,;:!?()[]\"")
    s = re.sub(r"'s$|(?<=s)'$", "", s)  # "friday's", "the 1990s'"
    s = re.sub(r"\bmid-(?=[a-z0-9])", "mid ", s)
    return s.strip()


class DateNormalizer:
    """Normalises date expressions against a reference date. Cheap to make; reuse it."""

    def __init__(self, settings: DateSettings | None = None, rules: DateRules | None = None) -> None:
        self.settings = settings or DateSettings()
        self.rules = rules or load_rules()
        self._memo: dict[tuple[str, date | None], DateValue | None] = {}  # `normalize`'s answers
        r = self.rules
        mon, wd = r.alternation(r.months), r.alternation(r.weekdays)
        self._month_first = re.compile(
            rf"^(?:(?:{wd})\.?,? )?(?P<mon>{mon})\.? (?P<d1>\d{{1,2}}){ORD_SUFFIX}{MORE_DAYS}"
            rf"(?:{DASH}(?:(?P<mon2>{mon})\.? )?(?P<d2>\d{{1,2}}){ORD_SUFFIX})?(?:,? (?P<y>\d{{4}}))?$"
        )
        self._day_first = re.compile(
            rf"^(?:(?:{wd})\.?,? )?(?:the )?(?P<d1>\d{{1,2}}){ORD_SUFFIX}{MORE_DAYS}"
            rf"(?:{DASH}(?P<d2>\d{{1,2}}){ORD_SUFFIX})? (?:of )?(?P<mon>{mon})\.?(?:,? (?P<y>\d{{4}}))?$"
        )
        self._month = re.compile(rf"^{QUALIFIER}(?P<mon>{mon})\.?(?:,? (?:of )?(?P<y>\d{{4}}))?$")
        # "January of last year", "July last year", "March of this year": the month of a year counted from the
        # reference (without this rule the scan keeps only "last year")
        self._month_of_year = re.compile(
            rf"^(?P<mon>{mon})\.?,? (?:of )?(?:(?P<last>last|the last|previous|the previous|past|the past)|(?P<this>this)"
            rf"|(?P<next>next|the next|the coming|coming)) year$"
        )
        self._weekday = re.compile(
            rf"^{QUALIFIER}(?P<wd>{wd})\.?(?: (?:morning|afternoon|evening|night|noon))?$"
        )
        self._season = re.compile(
            rf"^{QUALIFIER}(?P<s>{r.alternation(r.seasons)})(?:,? (?:of )?(?P<y>\d{{4}}))?$"
            rf"|^(?P<y2>\d{{4}}) (?P<s2>{r.alternation(r.seasons)})$"
        )
        self._quarter = re.compile(
            rf"^(?:the )?{QUALIFIER}(?:(?P<ord>{r.alternation(r.ordinals)}) )?(?:fiscal |calendar )?quarter"
            rf"(?:(?: of| in)?(?: the year| fiscal)? (?P<y>\d{{4}}))?$|^q(?P<n>[1-4]),? (?P<y2>\d{{4}})$"
        )
        self._holiday = re.compile(rf"^{QUALIFIER}(?P<h>{r.alternation(r.holidays)})(?:,? (?P<y>\d{{4}}))?$")
        self._named = re.compile(rf"^(?:(?P<pp>post|pre)[- ]?)?(?:the )?(?P<n>{r.alternation(r.named_dates)})(?: era)?$")
        number = rf"(?P<n>\d+|{r.alternation(r.numbers)})"
        units = r.alternation(r.units)
        self._ago = re.compile(rf"^{number} (?P<u>{units}) (?P<dir>ago|earlier|before|later|after|from now|hence)$")
        self._in_n = re.compile(rf"^in {number} (?P<u>{units})(?: time)?$")
        self._duration = re.compile(
            rf"^(?:for |over |during |within )?(?:the )?(?:(?:past|last|next|coming|previous|first|final) )?"
            rf"{number} (?P<u>{units})$|^(?:the )?(?:past|last|next|coming|previous) (?:several|few|many|\d+) \w+$"
        )
        # Times anchored at another time of the story, not at the reference: left unresolved (dateparser
        # would count them from the reference).
        self._anchored = re.compile(
            rf"^(?:{number}|several|a few|some) (?P<u>{units}) (?:earlier|before|later|after|afterwards|prior)$"
            rf"|^the (?:previous|following|prior|same|next) (?:day|week|month|year|morning|night|evening)$"
            rf"|^(?:later|earlier) (?:that|the same) (?:day|week|month|year)$|^that (?:day|week|month|year)$"
        )
        self._decade = re.compile(r"^(?:the )?(?:(?:early|mid|late) )?(?:(?P<c>\d{2})(?P<d>\d)0s|'(?P<d2>\d)0s|(?P<d3>\d)0s)$")
        self._century = re.compile(
            rf"^(?:the )?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{r.alternation(r.century_ordinals)}))[ -]century$"
        )
        self._year = re.compile(r"^(?:the )?(?:year |fiscal (?:year )?|fy ?|calendar )?(?P<y>1[0-9]\d\d|20\d\d|21\d\d)$")
        self._year_range = re.compile(r"^(?:the )?(?P<a>1\d{3}|20\d\d)\s*(?:-|to|through|and|/)\s*(?P<b>\d{4}|\d{2})$")
        self._short_year = re.compile(r"^'(?P<y>\d{2})$")
        self._iso = re.compile(r"^(?P<y>\d{4})-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|w(?P<w>\d{2}))$")
        self._numeric = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2}))?$")
        self._numeric_ymd = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})$")
        self._year_qualifier = re.compile(rf"\b(?:{'|'.join(map(re.escape, r.year_qualifiers))})\b(?= (?:year|\d{{4}}))")
        self._matchers = (
            self._match_vague, self._match_relative, self._match_named, self._match_ago, self._match_iso,
            self._match_year_range, self._match_decade, self._match_century, self._match_day_dates,
            self._match_numeric, self._match_month, self._match_quarter, self._match_season,
            self._match_weekday, self._match_week_of, self._match_weekend, self._match_holiday, self._match_year,
        )

    # -- entry point -------------------------------------------------------------------------------
    def normalize(self, expression: str, reference: date | None) -> DateValue | None:
        """The expression's value against `reference`, remembered per (expression, reference): the answer
        is a pure function of the two (rules and settings are fixed for the normaliser, a DateValue is
        frozen), and the coder asks the same ones again and again ("Tuesday", "last week" against one
        publication date; `when.event._is_calendar_date` every expression against one fixed date), while
        the dateparser fallback costs ~2-3 ms a call. Cleared past `_MEMO_MAX` entries: bounded in a
        worker that codes millions of articles."""
        key = (expression, reference)
        memo = self._memo
        if key in memo:
            return memo[key]
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        value = memo[key] = self._normalize(expression, reference)
        return value

    def _normalize(self, expression: str, reference: date | None) -> DateValue | None:
        s = clean(expression)
        if not s or self._duration.match(s) or self._anchored.match(s):
            return None
        for candidate in self._strippings(s):
            value = self._whole(candidate, reference)
            if value is not None:
                return value
        value = self._scan(s, reference)
        if value is not None:
            return value
        if self.settings.use_dateparser and reference is not None and not (s.isdigit() and int(s) <= 31):
            # a bare "18" is an age or a count far more often than a day of the month; a bare "58"
            # can only be a two-digit year, which dateparser reads
            return self._dateparser(s, reference)
        return None

    def _whole(self, s: str, reference: date | None) -> DateValue | None:
        if self._year_qualifier.search(s):
            s = re.sub(r"\s+", " ", self._year_qualifier.sub(" ", s)).strip()
        for matcher in self._matchers:
            value = matcher(s, reference)
            if value is not None:
                return value
        return None

    def _strippings(self, s: str) -> list[str]:
        """s, then s without each leading preposition / period modifier in turn ("since early April")."""
        out = [s]
        prefixes = self.rules.leading_words + self.rules.period_modifiers + ("the",)
        changed = True
        while changed:
            changed = False
            for p in prefixes:
                if s.startswith(p + " ") or (p.endswith("-") and s.startswith(p)):
                    s = s[len(p):].strip(" ,-")
                    out.append(s)
                    changed = True
                    break
        return out

    def _scan(self, s: str, reference: date | None) -> DateValue | None:
        """The longest calendar expression inside s, leftmost first ("the 2006 elections" -> 2006)."""
        words = s.split()
        for length in range(len(words) - 1, 0, -1):
            for i in range(len(words) - length + 1):
                sub = clean(" ".join(words[i:i + length]))
                if sub in ("may", "march", "sun", "sat", "wed", "mar", "jan", "dec", "sept") and length == 1:
                    continue  # common words that are month/weekday names only in a full expression
                value = self._whole(sub, reference)
                if value is not None and value.precision != "ref":
                    return value
        return None

    # -- choosing among occurrences of a year-less expression ---------------------------------------
    def _choose(self, candidates: list[tuple[date, date, DateValue]], reference: date, q: str | None) -> DateValue | None:
        q = (q or "").replace("the ", "")
        if q in ("last", "past", "previous"):
            before = [c for c in candidates if c[1] < reference]
            return max(before, key=lambda c: c[0])[2] if before else None
        if q in ("next", "coming"):
            after = [c for c in candidates if c[0] > reference]
            return min(after, key=lambda c: c[0])[2] if after else None
        if q == "this":  # the occurrence under way at the reference, else the one of its year
            current = [c for c in candidates if c[0] <= reference <= c[1]]
            same = current or [c for c in candidates if c[0].year == reference.year]
            return same[0][2] if same else None
        return P.pick(candidates, reference, self.settings.prefer)  # type: ignore[return-value]

    # -- matchers: each returns a DateValue or None ---------------------------------------------------
    def _match_vague(self, s: str, reference: date | None) -> DateValue | None:
        kind = self.rules.vague.get(s)
        return P.vague(kind, reference) if kind else None

    def _match_relative(self, s: str, reference: date | None) -> DateValue | None:
        rule = self.rules.relative.get(s)
        if rule is None or reference is None:
            return None
        return P.shift(reference, rule.unit, rule.offset)

    def _match_named(self, s: str, reference: date | None) -> DateValue | None:
        m = self._named.match(s)
        if not m:
            return None
        iso = self.rules.named_dates[m["n"]]
        if m["pp"] or len(iso) == 4:  # "post-9/11": the era starts that year
            return P.year(int(iso[:4]))
        return P.day(date.fromisoformat(iso))

    def _match_ago(self, s: str, reference: date | None) -> DateValue | None:
        m = self._ago.match(s) or self._in_n.match(s)
        if not m or reference is None:
            return None
        if m.groupdict().get("dir") in ("earlier", "before", "later", "after"):
            return None  # anchored at another time of the story (see self._anchored)
        forward = m.groupdict().get("dir") in (None, "from now", "hence")
        n = int(m["n"]) if m["n"].isdigit() else self.rules.numbers.get(m["n"])
        if n is None:  # "several years ago": only the direction is known
            return P.vague("FUTURE_REF" if forward else "PAST_REF", reference)
        return P.shift(reference, self.rules.units[m["u"]], n if forward else -n)

    def _match_iso(self, s: str, reference: date | None) -> DateValue | None:
        m = self._iso.match(s)
        if not m:
            return None
        y = int(m["y"])
        if m["w"]:
            w = int(m["w"])
            return P.week(date.fromisocalendar(y, w, 1)) if 1 <= w <= 53 else None
        mo = int(m["m"])
        if m["d"]:
            d = P.valid_day(y, mo, int(m["d"]))
            return P.day(d) if d else None
        if 1 <= mo <= 12 and mo != (y + 1) % 100:  # "2009-10" is a span of years, not October
            return P.month(y, mo)
        return None

    def _match_year_range(self, s: str, reference: date | None) -> DateValue | None:
        m = self._year_range.match(s)
        if not m:
            return None
        a, b = int(m["a"]), m["b"]
        end = int(b) if len(b) == 4 else a - a % 100 + int(b)
        if not a < end <= a + 50:
            return None
        v = P.year(a)
        return DateValue(v.date, "year", end=date(end, 12, 31).isoformat(), timex=v.timex)

    def _match_decade(self, s: str, reference: date | None) -> DateValue | None:
        m = self._decade.match(s)
        if not m:
            return None
        if m["c"]:
            start = int(m["c"] + m["d"] + "0")
            if start % 100 == 0 and (reference is None or start + 100 <= reference.year):
                return P.century(start)  # "the 1800s": a whole past century, not its first decade
            return P.decade(start)
        if reference is None:
            return None  # "the '90s": the century comes only from the reference
        d = int(m["d2"] or m["d3"])
        start = reference.year - reference.year % 100 + 10 * d
        return P.decade(start - 100 if start > reference.year else start)

    def _match_century(self, s: str, reference: date | None) -> DateValue | None:
        m = self._century.match(s)
        if not m:
            return None
        n = int(m["n"]) if m["n"] else self.rules.century_ordinals[m["w"]]
        return P.century((n - 1) * 100) if 1 <= n <= 30 else None

    def _match_day_dates(self, s: str, reference: date | None) -> DateValue | None:
        m = self._month_first.match(s) or self._day_first.match(s)
        if not m:
            return None
        mon = self.rules.months[m["mon"]]
        mon2 = self.rules.months[m["mon2"]] if m.groupdict().get("mon2") else mon
        first = int(m["d1"])
        listed = [first] + [int(x) for x in re.findall(r"\d{1,2}", m["more"] or "")]
        last = int(m["d2"]) if m["d2"] else None
        if m["y"]:
            return self._days(int(m["y"]), mon, listed, mon2, last)
        if reference is None:
            return None  # never invent a year
        cands = []
        for y in (reference.year - 1, reference.year, reference.year + 1):
            v = self._days(y, mon, listed, mon2, last)
            if v is not None:
                end = date.fromisoformat(v.end or v.date or "")
                cands.append((date.fromisoformat(v.date or ""), end, v))
        return self._choose(cands, reference, None)

    def _days(self, y: int, mon: int, listed: list[int], mon2: int, last: int | None) -> DateValue | None:
        days = [P.valid_day(y, mon, d) for d in listed]
        if any(d is None for d in days) or days != sorted(days):
            return None
        start = days[0]
        assert start is not None
        if last is not None:
            end = P.valid_day(y + (1 if mon2 < mon else 0), mon2, last)
            if end is None or end <= days[-1]:  # type: ignore[operator]
                return None
            return DateValue(start.isoformat(), "day", end=end.isoformat(), timex=start.isoformat())
        if len(days) > 1:
            isos = tuple(d.isoformat() for d in days if d)
            return DateValue(isos[0], "day", end=isos[-1], timex=isos[0], days=isos)
        return P.day(start)

    def _match_numeric(self, s: str, reference: date | None) -> DateValue | None:
        m = self._numeric_ymd.match(s)
        if m:
            d = P.valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
            return P.day(d) if d else None
        m = self._numeric.match(s)
        if not m:
            return None
        a, b = int(m["a"]), int(m["b"])
        mo, dd = (a, b) if self.settings.date_order == "MDY" else (b, a)
        if m["y"]:
            y = int(m["y"])
            if len(m["y"]) == 2:
                if reference is None:
                    return None
                y += reference.year - reference.year % 100
            d = P.valid_day(y, mo, dd)
            return P.day(d) if d else None
        if reference is None or "." in s:  # "3.5" is a number, not a date
            return None
        cands = [(d, d, P.day(d)) for y in (reference.year - 1, reference.year, reference.year + 1)
                 if (d := P.valid_day(y, mo, dd))]
        return self._choose(cands, reference, None)

    def _match_month(self, s: str, reference: date | None) -> DateValue | None:
        m = self._month.match(s)
        if not m:
            r = self._month_of_year.match(s)
            if r is None or reference is None:
                return None
            shift = -1 if r["last"] else 1 if r["next"] else 0
            return P.month(reference.year + shift, self.rules.months[r["mon"]])
        mon = self.rules.months[m["mon"]]
        if m["y"]:
            return P.month(int(m["y"]), mon)
        if reference is None:
            return None
        cands = []
        for y in (reference.year - 1, reference.year, reference.year + 1):
            start = date(y, mon, 1)
            cands.append((start, P.add_months(start, 1) - timedelta(days=1), P.month(y, mon)))
        return self._choose(cands, reference, m["q"])

    def _match_quarter(self, s: str, reference: date | None) -> DateValue | None:
        m = self._quarter.match(s)
        if not m:
            return None
        if m["n"]:
            return P.quarter(int(m["y2"]), int(m["n"]))
        if not m["ord"]:
            return None  # "this quarter" etc. are in the relative table
        q = self.rules.ordinals[m["ord"]]
        if m["y"]:
            return P.quarter(int(m["y"]), q)
        if reference is None:
            return None
        cands = []
        for y in (reference.year - 1, reference.year, reference.year + 1):
            start = date(y, 3 * q - 2, 1)
            cands.append((start, P.add_months(start, 3) - timedelta(days=1), P.quarter(y, q)))
        return self._choose(cands, reference, m["q"])

    def _match_season(self, s: str, reference: date | None) -> DateValue | None:
        m = self._season.match(s)
        if not m:
            return None
        name = m["s"] or m["s2"]
        code, start_month = self.rules.seasons[name]
        y_text = m["y"] or m["y2"]
        if y_text:
            return P.season(int(y_text), code, start_month)
        if reference is None:
            return None
        cands = []
        for y in (reference.year - 2, reference.year - 1, reference.year, reference.year + 1):
            start = date(y, start_month, 1)
            cands.append((start, P.add_months(start, 3) - timedelta(days=1), P.season(y, code, start_month)))
        return self._choose(cands, reference, m["q"])

    def _match_weekday(self, s: str, reference: date | None) -> DateValue | None:
        m = self._weekday.match(s)
        if not m or reference is None:
            return None
        wd = self.rules.weekdays[m["wd"]]
        q = (m["q"] or "").replace("the ", "")
        monday = reference - timedelta(days=reference.weekday())
        if q == "this":
            return P.day(monday + timedelta(days=wd))
        cands = [(d, d, P.day(d)) for k in (-2, -1, 0, 1) if (d := monday + timedelta(days=7 * k + wd))]
        return self._choose(cands, reference, m["q"])

    def _match_week_of(self, s: str, reference: date | None) -> DateValue | None:
        """ "the week of March 3": the ISO week containing that day."""
        m = re.match(r"^(?:the )?week of (.+)$", s)
        if not m:
            return None
        inner = self._whole(m.group(1), reference)
        return P.week(date.fromisoformat(inner.date)) if inner and inner.precision == "day" and inner.date else None

    def _match_weekend(self, s: str, reference: date | None) -> DateValue | None:
        """ "the weekend" / "over the weekend": the nearest past (or future) one, like a weekday."""
        if s not in ("weekend", "the weekend") or reference is None:
            return None
        cands = []
        for k in (-1, 0, 1):
            v = P.weekend(reference + timedelta(weeks=k))
            cands.append((date.fromisoformat(v.date or ""), date.fromisoformat(v.end or ""), v))
        return self._choose(cands, reference, None)

    def _match_holiday(self, s: str, reference: date | None) -> DateValue | None:
        m = self._holiday.match(s)
        if not m:
            return None
        mon, dd = self.rules.holidays[m["h"]]
        if m["y"]:
            return P.day(date(int(m["y"]), mon, dd))
        if reference is None:
            return None
        cands = [(d, d, P.day(d)) for y in (reference.year - 1, reference.year, reference.year + 1)
                 if (d := date(y, mon, dd))]
        return self._choose(cands, reference, m["q"])

    def _match_year(self, s: str, reference: date | None) -> DateValue | None:
        m = self._year.match(s)
        if m:
            return P.year(int(m["y"]))
        m = self._short_year.match(s)
        if m and reference is not None:
            y = reference.year - reference.year % 100 + int(m["y"])
            return P.year(y - 100 if y > reference.year + 10 else y)
        return None

    # -- fallback -----------------------------------------------------------------------------------
    def _dateparser(self, s: str, reference: date) -> DateValue | None:
        data = _dateparser_parser(reference, self.settings.prefer).get_date_data(s)
        if data.date_obj is None:
            return None
        d = data.date_obj.date()
        if str(d.year) not in s and re.search(rf"\b{d.year % 100:02d}(?:st|nd|rd|th)\b", s):
            return None  # an ordinal is never a year ("the 99th day": dateparser says 1999)
        period = data.period or "day"
        if period == "year":
            return P.year(d.year)
        if period == "month":
            return P.month(d.year, d.month)
        if period == "week":
            return P.week(d)
        return P.day(d)


@functools.lru_cache(maxsize=64)
def _dateparser_parser(reference: date, prefer: str) -> Any:
    from dateparser.date import DateDataParser  # heavy import: only when the fallback is needed

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
            "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(prefer, "current_period"),
            "RETURN_TIME_AS_PERIOD": True,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def warm_fallback() -> None:
    """Import dateparser and build its English tables and time-zone patterns now: 0.7-0.9 s on first
    use, which otherwise falls on the first article with a date expression no rule reads ("annual",
    "three-day" reach the fallback). The parser asked is the one `when.event` asks every such
    expression with; the answers are thrown away and change no later one."""
    fallback = normalizer(DateSettings())
    for expression in ("annual", "three-day", "only one day"):
        fallback._dateparser(expression, date(2000, 6, 15))


@functools.lru_cache(maxsize=8)
def normalizer(settings: DateSettings) -> DateNormalizer:
    """One reusable normaliser per settings value (settings are frozen, so they key the cache)."""
    return DateNormalizer(settings)


def normalize_date(expression: str, reference: date | None, prefer: str = "past") -> DateValue | None:
    """Normalise one date expression against `reference` (the publication date), or None.

    Returns None for durations ("three years"), for text that is no date, and whenever the value would
    need a reference date that is missing (a year is never invented).
    """
    return normalizer(DateSettings(prefer=prefer)).normalize(expression, reference)
