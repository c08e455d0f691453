"""Session 22 (roles, round 2): acts told as lying years before the news, and what a measure in a relative clause
is imposed on. Sentences written here."""
from __future__ import annotations

from datetime import date

import pytest

from eventlens import api
from eventlens.when.event import long_ago

PUBLISHED = date(2022, 5, 9)


def _events(text: str):
    return [e for e in api.extract(text, PUBLISHED)]


@pytest.mark.parametrize(("phrase", "back"), [
    ("two decades ago", 20), ("a decade ago", 10), ("some 30 years ago", 30), ("years ago", 0),
    ("several decades ago", 0), ("many years ago", 0), ("the engineer years ago", 0),
    ("a year ago", None), ("three weeks ago", None), ("months ago", None), ("in 2009", None),
])
def test_how_far_back_a_phrase_of_years_ago_lies(phrase, back):
    assert long_ago(phrase) == back


@pytest.mark.parametrize(("text", "trigger"), [
    ("A court convicted the activist of sedition years ago.", "convicted"),
    ("Police arrested the activist years ago.", "arrested"),
    ("Gunmen kidnapped the engineer decades ago.", "kidnapped"),
])
def test_an_act_done_years_ago_is_historical_and_not_dated_to_the_article(text, trigger):
    found = [e for e in _events(text) if e.text_info.trigger.lower() == trigger]
    assert found and all(e.modality == "historical" and e.date_precision != "publication" for e in found), found


@pytest.mark.parametrize(("text", "trigger", "year"), [
    ("The army shelled the village two decades ago.", "shelled", "2002"),
    ("Police arrested the union leader a decade ago.", "arrested", "2012"),
])
def test_an_act_some_decades_ago_is_dated_to_the_year_it_names(text, trigger, year):
    found = [e for e in _events(text) if e.text_info.trigger.lower() == trigger]
    assert found and all(e.modality == "historical" and e.date == f"{year}-01-01" and e.date_precision == "year"
                         for e in found), found


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police arrested the activist a year ago.", "arrested"),
    ("Protesters attacked the embassy three weeks ago.", "attacked"),
])
def test_an_act_a_year_or_less_ago_stays_news(text, trigger):
    found = [e for e in _events(text) if e.text_info.trigger.lower() == trigger]
    assert found and all(e.modality == "asserted" for e in found), found


@pytest.mark.parametrize(("text", "maker", "target"), [
    ("The sanctions that the European Union imposed on Moscow hurt its economy.", "the European Union", "Moscow"),
    ("Exporters complained about the tariffs Beijing imposed on Canberra.", "Beijing", "Canberra"),
])
def test_a_measure_a_relative_clause_imposes_on_someone_weighs_on_them(text, maker, target):
    # "the ban that X imposed on Y": X's measure against Y, as "X imposed a ban on Y" is
    found = [e for e in _events(text) if e.event in {"SANCTION", "COERCE"}]
    assert found and all([a.text for a in e.actor] == [maker] and [r.text for r in e.recipient] == [target]
                         for e in found), found
