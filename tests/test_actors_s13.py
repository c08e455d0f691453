"""actors, session 13 (identity): bodies named after the person who heads them ("the Obama administration"),
and the focus country of an article that names no country, only national bodies.

Every sentence here is written for this test (invented names); none comes from the seed, a gold set or the
Current Events corpus. Phrases are resolved with the configured pipeline's model and entity ruler.
"""

from __future__ import annotations

import pytest
from coverage_checks import resolve_phrase


def _show(actors):
    return [(a.text, a.name, a.country, a.sector, a.other_sectors, a.kind) for a in actors]


# --- bodies named after a person --------------------------------------------------------------------------

def test_person_named_administration_takes_the_persons_country(nlp, resolver):
    text = ("President Ana Ortiz of Peru met the press on Monday. "
            "The Ortiz administration later rejected the proposal from Brazil.")
    actors = resolve_phrase(nlp, resolver, text, "The Ortiz administration")
    assert len(actors) == 1 and actors[0].country == "PER" and actors[0].sector == "GOV", _show(actors)


def test_person_named_government_takes_the_persons_country(nlp, resolver):
    text = ("Prime Minister Tom Barlow of Australia won the vote. "
            "The Barlow government later rejected the proposal from China.")
    actors = resolve_phrase(nlp, resolver, text, "The Barlow government")
    assert len(actors) == 1 and actors[0].country == "AUS" and actors[0].sector == "GOV", _show(actors)


def test_person_named_administration_without_the_person_is_american(nlp, resolver):
    text = "The Hallman administration declared on Tuesday that China must drop its barriers to imports."
    actors = resolve_phrase(nlp, resolver, text, "The Hallman administration")
    assert resolver.tables.sectors.person_administration_country == "USA"
    assert len(actors) == 1 and actors[0].country == "USA" and actors[0].sector == "GOV", _show(actors)


def test_person_named_government_without_the_person_has_no_default(nlp, resolver):
    # governments are named after prime ministers in many states: no country without the person
    text = "The Hallman government rejected the proposal from China."
    actors = resolve_phrase(nlp, resolver, text, "The Hallman government")
    assert actors and actors[0].country is None and actors[0].sector == "GOV", _show(actors)


@pytest.mark.parametrize("phrase", ["The Federal Aviation Administration", "The Tax Administration"])
def test_agency_named_administration_gets_no_default(nlp, resolver, phrase):
    text = f"{phrase} banned the flights over Chile."
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert not any(a.country == "USA" for a in actors), _show(actors)


# --- focus from national bodies ---------------------------------------------------------------------------

def test_office_holder_takes_the_country_of_the_only_national_body_named(nlp, resolver):
    text = "President Edo Marlen conceded to the demands of the FARC to overhaul the courts."
    actors = resolve_phrase(nlp, resolver, text, "President Edo Marlen")
    assert actors and actors[0].country == "COL" and actors[0].sector == "GOV", _show(actors)


def test_named_country_outranks_a_national_body(nlp, resolver):
    # a country written in the article is its focus; the body does not count against it
    text = "President Edo Marlen of Peru conceded to the demands of the FARC. The president spoke in Lima."
    actors = resolve_phrase(nlp, resolver, text, "The president")
    assert actors and actors[0].country == "PER", _show(actors)


def test_international_bodies_give_no_focus(nlp, resolver):
    text = "President Edo Marlen conceded to the demands of the United Nations."
    actors = resolve_phrase(nlp, resolver, text, "President Edo Marlen")
    assert actors and actors[0].country is None, _show(actors)
