"""Event-level dates: which date expression in a sentence dates a given trigger, resolved to a record date.

Candidates are spaCy DATE entities plus our own patterns for what the small model misses (weekdays,
"April 20, 23", "post-9/11", bare years). A candidate dates the trigger when it hangs off the trigger
or the trigger's own clause (its governing verb when the trigger is a noun, verbs conjoined with it,
the verb it is the complement of); the nearest in the dependency tree wins. A date that modifies some
other noun ("the 2006 elections" in a sentence about an arrest) does not date the trigger, except an
occasion noun the trigger happens at ("agreed at Thursday's meeting") and the noun a relative clause
holding the trigger describes ("the 1994 attack that killed 85 people").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .. import docmemo
from .normalize import DateSettings, normalizer
from .periods import DateValue
from .rules import DateRules, load_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FUTURE_MODALITIES = frozenset({"future", "hypothetical"})
CLAUSE_LINKS = frozenset({"xcomp", "conj"})  # verbs that share the trigger's time
REPORT_LINKS = frozenset({"ccomp", "advcl", "xcomp", "conj"})  # a date on a governing verb, as last resort
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
WHEN_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl"})  # a clause hung on a date by "when"
VERB_POS = frozenset({"VERB", "AUX"})
SIMULTANEOUS_MARKS = frozenset({"when", "while", "as"})  # a clause at the same time as its governing verb
OCCASION_CLAUSE_PREPS = frozenset({"in", "during", "at"})  # "killed in an attack that took place on Monday"
# words that put a sentence at another time than the one before it: no date carries over them
TIME_SHIFT_WORDS = frozenset({"later", "earlier", "previously", "then", "after", "afterwards", "before", "since", "again",
                              "another", "already", "recent", "recently", "eventually", "subsequently", "once", "ago",
                              "first", "formerly", "next", "until", "prior", "meanwhile"})
END_BOUND_WORDS = frozenset({"until", "till", "untill"})  # a date after them ends a state


@dataclass(frozen=True)
class EventDate:
    date: str | None  # ISO date (first day of the period)
    precision: str | None  # day | week | month | year | publication
    text: str | None  # the date expression as written, None when none dates the event


@functools.lru_cache(maxsize=1)
def _extra_patterns() -> re.Pattern[str]:
    """Our own date finder for what the small model's NER misses; built from the rule tables."""
    r: DateRules = load_rules()
    months = "|".join(m.capitalize() for m in r.month_names) + "|" + "|".join(
        rf"{k.capitalize()}\." for k, n in r.months.items() if k not in r.month_names)
    weekdays = "|".join(w.capitalize() for w in r.weekday_names)
    named = "|".join(re.escape(k) for k in sorted(r.named_dates, key=len, reverse=True))
    relative = "|".join(re.escape(k) for k in sorted(r.relative, key=len, reverse=True) if not k.startswith("the "))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?:(?:post|pre)-)?(?:{named})(?!\d)"
        rf"|\b(?:{months})\.? {day}(?:(?:,|, and| and|-|–| to) {day}\b(?!,? \d{{4}}))*(?:,? \d{{4}})?\b"
        rf"|\b(?:{months}) (?:of )?\d{{4}}\b"
        rf"|\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext) )?(?:{weekdays})\b"
        rf"|\b(?i:{relative})\b"
        rf"|\b(?:1[89]\d\d|20\d\d)\b"
        r"|\b(?i:(?:later |earlier )?(?:that|the same|that same) (?:day|night|morning|afternoon|evening))\b"
    )


@functools.lru_cache(maxsize=1)
def _heading_line() -> re.Pattern[str]:
    """A line that holds nothing but a full date: a dateline heading the story ("Friday, January 4, 2019",
    "4 January 2019", "2019-01-04"). It is the publication date, not the date of what the story tells."""
    r: DateRules = load_rules()
    months = r.alternation(r.months)
    weekdays = r.alternation(r.weekdays)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"^[^\S\n]*(?:(?:{weekdays})\.?,?[^\S\n]+)?"
        rf"(?:(?:{months})\.?[^\S\n]+{day},?[^\S\n]+\d{{4}}|{day}[^\S\n]+(?:{months})\.?,?[^\S\n]+\d{{4}}|\d{{4}}-\d\d-\d\d)"
        rf"[^\S\n]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def heading_ranges(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character ranges of the doc's dateline lines (see `_heading_line`), once per coded doc."""
    memo = docmemo.per_doc("date_headings", of=doc)
    if memo is None:
        return _heading_ranges(doc.text)
    if "ranges" not in memo:
        memo["ranges"] = _heading_ranges(docmemo.text(doc))
    return memo["ranges"]


def _heading_ranges(text: str) -> tuple[tuple[int, int], ...]:
    if "\n" not in text:
        return ()  # a dateline stands on a line of its own
    return tuple(m.span() for m in _heading_line().finditer(text))


def _in_heading(char: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= char < b for a, b in ranges)


def date_spans(sent: Span) -> list[Span]:
    """DATE entities of the sentence plus our own pattern matches that no entity covers."""
    memo = docmemo.per_doc("date_spans", of=sent)  # once per sentence: its events share them
    if memo is None:
        return _date_spans(sent)
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = _date_spans(sent)
    return list(memo[key])


def _date_spans(sent: Span) -> list[Span]:
    doc = sent.doc
    spans: list[Span] = [e for e in docmemo.ents(sent) if e.label_ == "DATE"]
    for m in _extra_patterns().finditer(docmemo.text(sent)):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        extra = doc.char_span(start, end, alignment_mode="expand")
        if extra is None:
            continue
        overlapping = [s for s in spans if s.start_char < end and start < s.end_char]
        if not overlapping:
            spans.append(extra)
        elif all(start <= s.start_char and s.end_char <= end for s in overlapping) and \
                any(len(extra.text) > len(s.text) for s in overlapping):
            spans = [s for s in spans if s not in overlapping] + [extra]  # "April 20, 23" over "April 20"
    headings = heading_ranges(doc)
    if headings:
        # "Friday, January 4, 2019\n\nOn Monday, ...": the dateline the parser glued to the first sentence is
        # the publication date; the story's own dates are the rest
        spans = [s for s in spans if not _in_heading(s.start_char, headings)]
    return sorted(spans, key=lambda s: s.start_char)


def anchor_of(span: Span) -> Token:
    """The word a date phrase modifies: the head of its root, skipping a preposition ("on April 20")."""
    root = span.root
    head = root.head
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    if before is not None and before.lower_ in load_rules().temporal_prepositions and before.dep_ == "prep" and head != before:
        # "On April 29 the ministry's troops began ...": the small parser sometimes glues the date to
        # the next noun ("April" nmod of "troops"); the preposition right before it says what it dates.
        head = before
    if head == root:
        return root
    rules = load_rules()
    headings = heading_ranges(span.doc)
    if span.start == span.sent.start and root.dep_ in ("compound", "nmod") and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.pos_ in VERB_POS and len(span) > 1:
        # "Later that day soldiers arrested ...": a fronted date phrase the parser glued to the subject
        head = head.head
    elif root.dep_ == "npadvmod" and head.dep_ == "dobj" and head.pos_ in NOUN_POS and head.head.pos_ in VERB_POS:
        # "attacked a passenger train Tuesday": a bare date the parser hung on the object dates the verb
        head = head.head
    for _ in range(8):
        if head.head == head:
            break
        if head.dep_ == "prep":
            head = head.head
        elif head.lower_ in rules.time_of_day_nouns:
            # "evacuated Wednesday afternoon", "late Sunday night", "on the night of June 21": the time of
            # day is part of the date phrase; what it hangs off is what the date dates
            head = head.head
        elif headings and _in_heading(head.idx, headings):
            # "Friday, January 4, 2019\n\nOn Monday, police ...": the parser hung the date on the dateline;
            # the dateline's own head is the sentence's verb
            head = head.head
        else:
            break
    return head


def clause_of(trigger: Token) -> tuple[Token, ...]:
    """The trigger and the verbs whose time it shares: its governing verb when it is a noun argument,
    verbs conjoined with either, and the verb it is the open complement of ("began to withdraw")."""
    members = [trigger]
    if trigger.pos_ in NOUN_POS:
        t = trigger
        while t.head != t and t.pos_ not in VERB_POS and t.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "attr", "dative", "conj", "appos", "compound"
        ):
            t = t.head
        if t.pos_ in VERB_POS:
            members.append(t)
    for m in list(members):
        members.extend(m.conjuncts)
        if m.dep_ in CLAUSE_LINKS and m.head.pos_ in VERB_POS:
            members.append(m.head)
        elif m.dep_ == "advcl" and m.tag_ == "VBG" and m.head.pos_ in VERB_POS and not any(
                c.dep_ in ("mark", "advmod", "aux") and c.i < m.i for c in m.children):
            # a bare participle of result or manner: "stormed the hotel on Tuesday, killing five" (not "while
            # working", "when leaving")
            members.append(m.head)
    return tuple(dict.fromkeys(members))


def attachment_rank(span: Span, trigger: Token) -> tuple[int, int] | None:
    """How closely a date phrase belongs to the trigger: (rank, tree distance); None when it does not."""
    anchor = anchor_of(span)
    clause = clause_of(trigger)
    # a "when" clause on the date itself: "in 2015, when both countries recalled their ambassadors"
    if any(m.dep_ in WHEN_CLAUSE_DEPS and m.head.i in range(span.start, span.end)
           and any(c.lower_ == "when" and c.dep_ == "advmod" for c in m.children) for m in clause):
        return (0, 0)
    if anchor.i in range(span.start, span.end):  # the date is the sentence root or inside itself
        return None
    if anchor == trigger:
        return (0, 0)
    if anchor.dep_ == "acl" and anchor.head == trigger and anchor.pos_ in VERB_POS:
        # a participle clause on the event noun: "a phone call made late last July", "the raid carried out on
        # Monday" dates the noun, before the verb that governs it ("released last week a summary of a call ...")
        return (0, 1)
    if anchor in clause:
        return (1, clause.index(anchor))
    if anchor.dep_ == "advcl" and anchor.head in clause and any(
            c.lower_ in SIMULTANEOUS_MARKS and c.dep_ in ("advmod", "mark") and c.i < anchor.i for c in anchor.children):
        # "When announcing the shutdown on Monday, the prime minister called on ...": a clause at the same time
        return (2, 0)
    if anchor.dep_ == "relcl" and anchor.head.dep_ == "pobj" and anchor.head.head.lower_ in OCCASION_CLAUSE_PREPS \
            and anchor.head.head.head in clause and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in {"that", "which"} for c in anchor.children):
        # "two guards died in a car bombing that took place on May 3": the relative clause dates the occasion
        # the event took place in
        return (2, 0)
    # a nominal event dated by its own relative clause: "a bombing that killed 20 soldiers in 2011"
    if trigger.pos_ in NOUN_POS and anchor.dep_ == "relcl" and anchor.head == trigger and any(
            c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in anchor.children):
        return (2, 0)  # (not "who": a clause about a person the parser hung on the event noun)
    if anchor.pos_ in NOUN_POS:
        # a date on the noun the trigger's relative clause describes: "the 1994 attack that killed 85",
        # also through its "of" phrase: "the 2009 bombing of a police station, which killed six"
        if any(m.dep_ == "relcl" and (m.head == anchor or _of_object_of(m.head, anchor)) for m in clause):
            return (2, 0)
        # a date right after the clause's subject: "the government in 2016 had called for ..."
        before = span.doc[span.start - 1] if span.start > span.sent.start else None
        if anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.head in clause and before is not None \
                and before.head == anchor and before.lower_ in {"in", "during"} and before.i > anchor.i:
            return (2, 0)
        # a date on another noun: only an occasion noun the trigger's clause takes place at counts
        rules = load_rules()
        if anchor.lemma_.lower() in rules.occasion_nouns or anchor.lower_ in rules.occasion_nouns:
            governor = anchor_of(anchor.doc[anchor.i:anchor.i + 1])
            if governor in clause and anchor.head.lower_ in rules.occasion_prepositions:
                return (2, 0)
        return None
    # a date on a verb that governs the trigger's clause ("police said Monday they arrested ..."):
    # a weak cue, taken only when nothing closer dates the trigger, and never for a modal or negated
    # trigger ("announced on Tuesday that stores can't open")
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in trigger.children):
        return None
    for member in clause:
        t, steps = member, 0
        while t.head != t and t.dep_ in REPORT_LINKS and steps < 3:
            t, steps = t.head, steps + 1
            if t == anchor:
                return (3, steps)
    return None


def _of_object_of(noun: Token, owner: Token) -> bool:
    """`noun` is the object of `owner`'s "of" phrase ("the bombing of a police station")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == owner


def prefer_for(modality: str) -> str:
    return "future" if modality in FUTURE_MODALITIES else "past"


def _prefer(modality: str, span: Span) -> str:
    """Modality first (future/hypothetical -> future, historical -> past); for asserted and reported
    events the tense of the verb the date hangs off refines it: a present tense with no past cue
    ("voters go to the polls on May 9") takes the nearest occurrence, a will-future the future one."""
    if modality in FUTURE_MODALITIES or modality in ("historical", "negated"):
        return prefer_for(modality)
    tense = tense_preference(span)
    return "past" if tense == "past" else tense


def tense_preference(span: Span) -> str:
    """past | future | nearest from the verb a date phrase hangs off (used when no modality is known):
    future with will/shall/'ll or "going to", past for past tense and perfect, else nearest."""
    verb = anchor_of(span)
    while verb.pos_ not in VERB_POS and verb.head != verb:
        verb = verb.head
    # a participle clause has no tense of its own: "When announcing the shutdown on Monday, he called ..."
    untensed = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(c.dep_ == "aux" for c in verb.children)
    chain = [verb, *([verb.head] if verb.dep_ in ("xcomp", "ccomp", "conj") or untensed else [])]
    for v in chain:
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if aux & load_rules().future_auxiliaries or (v.lower_ == "going" and any(c.dep_ == "xcomp" for c in v.children)):
            return "future"
        if "would" in aux:
            # a future seen from a past report ("announced it would meet on Monday"): later than the report,
            # which is at most the publication day, so the nearest occurrence, not the last past one
            return "nearest"
        if v.tag_ in ("VBD",) or aux & {"had", "has", "have", "did", "was", "were"}:
            return "past"
    return "nearest"


def resolve_event_date(
    sent: Span, trigger: Token, published: date | None, modality: str, year_hint: int | None = None
) -> EventDate:
    """The date of the event `trigger` names in `sent`.

    No date expression for the trigger: the publication date with precision "publication" (so timelines
    keep the event), except for historical events, which are never dated at publication (None). With no
    publication date only what the text supports is used: an expression with its own year, or a
    `year_hint` (a year printed in the article or its citation block) when the expression's year is
    fixed by it; otherwise the date is None. A year is never invented.
    """
    ranked = sorted(
        ((rank, s) for s in date_spans(sent) if (rank := attachment_rank(s, trigger)) is not None),
        # an end bound ("imprisoned until 1974") only when nothing else dates the event ("arrested in 1963 and
        # imprisoned until 1974": 1963)
        key=lambda rs: (_is_end_bound(rs[1]), rs[0], abs(rs[1].start - trigger.i)),
    )
    for _, span in ranked:
        if not _is_calendar_date(span.text):
            back = long_ago(span.text)
            if back is not None and published is not None:
                # "convicted years ago", "shelled the village two decades ago": long before the news; a count of
                # decades dates it to the year it names, a vague one to no date at all (s22 roles)
                return EventDate(f"{published.year - back}-01-01", "year", span.text) if back else EventDate(
                    None, None, span.text)
            same_day = _same_day_as_before(span, sent, published, modality, year_hint)
            if same_day is not None:
                return same_day
            continue  # a duration, a vague "recently", a decade: look at the next candidate
        value = _resolve(span.text, published, _prefer(modality, span), year_hint)
        if value is not None and value.date is not None and value.record_precision is not None:
            return EventDate(value.date, value.record_precision, span.text)
        # The closest date cannot be resolved (no publication date): a weaker candidate must not stand in.
        return EventDate(None, None, span.text)
    if modality == "historical" or published is None:
        return EventDate(None, None, None)
    carried = _carried_over(sent, trigger, published, modality, year_hint)
    if carried is not None:
        return carried
    return EventDate(published.isoformat(), "publication", None)


def _previous_in_paragraph(sent: Span) -> Span | None:
    """The sentence before `sent` when no blank line parts them."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    previous, current = docmemo.text(before), docmemo.text(sent)
    gap = previous[len(previous.rstrip()):] + current[:len(current) - len(current.lstrip(" \t\n\xa0\"“”'"))]
    return None if "\n\n" in gap else before


def _carried_over(sent: Span, trigger: Token, published: date, modality: str, year_hint: int | None) -> EventDate | None:
    """ "A former adviser was sentenced on Wednesday. Paul Smith was sentenced by Judge Jones to 73 months ...":
    a verb that repeats the verb the sentence before dated to a day, in a sentence with no time of its own and
    no word that moves the time ("later", "previously", "another"), tells the same event."""
    if modality not in ("asserted", "reported") or trigger.pos_ != "VERB":
        return None
    if any(e.label_ == "TIME" for e in docmemo.ents(sent)) or any(
            _is_calendar_date(s.text) or SAME_DAY.match(s.text.lower().strip()) for s in date_spans(sent)):
        return None  # a time of its own (a duration such as "73 months" is none)
    if any(w in TIME_SHIFT_WORDS for w in docmemo.text(sent).lower().replace(",", " ").split()):
        return None
    before = _previous_in_paragraph(sent)
    if before is None:
        return None
    lemma = trigger.lemma_.lower()
    for span in reversed(date_spans(before)):
        anchor = anchor_of(span)
        if anchor.pos_ != "VERB" or anchor.lemma_.lower() != lemma or not _is_calendar_date(span.text):
            continue
        value = _resolve(span.text, published, _prefer(modality, span), year_hint)
        if value is not None and value.date is not None and value.record_precision == "day":
            return EventDate(value.date, "day", span.text)
        return None
    return None


SAME_DAY = re.compile(r"^(?:(?:later|earlier) )?(?:that|the same|that same) (?:day|night|morning|afternoon|evening)$")


def _same_day_as_before(span: Span, sent: Span, published: date | None, modality: str,
                        year_hint: int | None) -> EventDate | None:
    """ "On Friday, the command said an attack that day ...": "that day" is the day the sentence named before
    it; None when no earlier date of the sentence is a day."""
    if not SAME_DAY.match(span.text.lower().strip()):
        return None
    earlier = [s for s in date_spans(sent) if s.end <= span.start and _is_calendar_date(s.text)]
    if not earlier:
        # "On Monday, rebels attacked the town. Later that day soldiers arrested ten men.": the sentence before,
        # in the same paragraph
        before = _previous_in_paragraph(sent)
        if before is not None:
            earlier = [s for s in date_spans(before) if _is_calendar_date(s.text)]
    if not earlier:
        return None
    value = _resolve(earlier[-1].text, published, _prefer(modality, earlier[-1]), year_hint)
    if value is None or value.date is None or value.record_precision != "day":
        return None
    return EventDate(value.date, "day", span.text)


LONG_UNITS = {"year": 1, "decade": 10, "century": 100}  # units of "N units ago" that lie well before the news


@functools.lru_cache(maxsize=1)
def _long_ago_pattern() -> re.Pattern[str]:
    r = load_rules()
    words = {w: u for w, u in r.units.items() if u in LONG_UNITS}
    return re.compile(rf"(?:^| )(?:(?:{'|'.join(map(re.escape, r.count_hedges))}) )?(?:(?P<n>\d+|{r.alternation(r.numbers)}) )?"
                      rf"(?P<u>{'|'.join(sorted(words, key=len, reverse=True))}) ago$")


def long_ago(text: str) -> int | None:
    """How many years back an "N years / decades ago" phrase lies: "two decades ago" 20, "a decade ago" 10; 0 for
    a phrase that only says it was years back ("years ago", "several decades ago", "many years ago"); None for
    any other phrase, and for one year or less ("a year ago", "weeks ago"): not well before the news."""
    # (searched at the phrase's end: the small model's DATE entity sometimes takes in the object before it)
    m = _long_ago_pattern().search(text.lower().strip())
    if m is None:
        return None
    rules = load_rules()
    per = LONG_UNITS[rules.units[m["u"]]]
    n = m["n"]
    count = int(n) if n and n.isdigit() else (rules.numbers.get(n) if n else None)
    if count is None:
        return 0 if m["u"].endswith(("s", "ies")) else None  # "years ago" yes, "year ago" (a typo of one) no
    return count * per if count * per >= 2 else None


def _is_end_bound(span: Span) -> bool:
    """ "was imprisoned until 1974", "remained in office till March": the date ends a state begun earlier, a
    weaker cue to when the event happened than any other date of the event."""
    first = span.doc[span.start]
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return first.lower_ in END_BOUND_WORDS or (before is not None and before.lower_ in END_BOUND_WORDS)


def _is_calendar_date(text: str) -> bool:
    """Whether the expression names a calendar period the record can hold, given some reference."""
    value = normalizer(DateSettings()).normalize(text, date(2000, 6, 15))
    return value is not None and value.date is not None and value.record_precision is not None


def _resolve(text: str, published: date | None, prefer: str, year_hint: int | None) -> DateValue | None:
    norm = normalizer(DateSettings(prefer=prefer))
    if published is not None:
        return norm.normalize(text, published)
    absolute = norm.normalize(text, None)
    if absolute is not None or year_hint is None:
        return absolute
    # Only the year is known: resolve against both ends of the hinted year and keep what they agree on.
    early = norm.normalize(text, date(year_hint, 1, 1))
    late = norm.normalize(text, date(year_hint, 12, 31))
    if early is None or late is None or early.date is None or late.date is None:
        return None
    if early.date[:4] != late.date[:4] and early.timex != late.timex:
        # A year-less calendar date ("April 20") belongs to the hinted year itself.
        if _year_less_calendar(text, norm.rules):
            return DateValue(f"{year_hint}-01-01", "year", timex=str(year_hint))
        return None
    if early.timex == late.timex:
        return early
    y = int(early.date[:4])
    return DateValue(f"{y}-01-01", "year", timex=str(y))


def _year_less_calendar(text: str, rules: DateRules) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & set(rules.months)) and not words & {"last", "next", "ago", "later", "earlier"}
