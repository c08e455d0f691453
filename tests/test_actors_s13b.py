"""actors, session 13 (identity2): sectors the act settles and companies acting outward.

- a people named by its plural demonym alone carrying out an air strike or shelling is that state's military;
- "pilots" going on a labour strike are workers (LAB), and an airline's pilots and crews, airport, port and
  railway staff are a labour trade (sectors.yaml group "transport and aviation staff");
- a company named without a country does not take the country of the state it stops dealing with.

Every sentence here is written for this test (invented names); none comes from the seed, a gold set or the
Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import code, resolve_phrase

pytest.importorskip("spacy")


def _show(actors):
    return [(a.text, a.country, a.sector, a.kind) for a in actors]


def _of_type(pipeline, text: str, etype: str):
    found = [e for e in code(pipeline, text) if e.event == etype]
    assert found, [(e.event, e.mode) for e in code(pipeline, text)]
    return found[0]


# --- plural demonyms in acts of force only armies carry out ------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("The Russians bombed the market town overnight.", "RUS"),
    ("The Turks shelled the hill villages again on Sunday.", "TUR"),
])
def test_plural_demonym_in_an_air_strike_or_shelling_is_the_military(pipeline, text, country):
    e = _of_type(pipeline, text, "ASSAULT")
    assert [(a.country, a.sector) for a in e.actor] == [(country, "MIL")], _show(e.actor)


def test_plural_demonym_protesting_stays_civilian(pipeline):
    e = _of_type(pipeline, "The Russians protested outside the parliament in Moscow.", "PROTEST")
    assert all(a.sector != "MIL" for a in e.actor), _show(e.actor)


# --- pilots and transport staff on strike --------------------------------------------------------------------

def test_pilots_on_strike_are_workers(pipeline):
    e = _of_type(pipeline, "Pilots went on strike over pay on Tuesday.", "PROTEST")
    assert [a.sector for a in e.actor] == ["LAB"], _show(e.actor)


def test_air_force_pilots_bombing_stay_military(pipeline):
    e = _of_type(pipeline, "Air force pilots bombed the rebel camp near the river.", "ASSAULT")
    assert [a.sector for a in e.actor] == ["MIL"], _show(e.actor)


@pytest.mark.parametrize("phrase", ["Airline pilots", "Cabin crew", "Air traffic controllers", "Flight attendants"])
def test_transport_staff_are_labour(nlp, resolver, phrase):
    actors = resolve_phrase(nlp, resolver, f"{phrase} at the national carrier walked out on Monday.", phrase)
    assert [a.sector for a in actors] == ["LAB"], _show(actors)


# --- companies acting outward ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Nordway Airlines suspended its flights to Israel.", "ISR"),
    ("Brackmoor Corp halted all exports to Iran.", "IRN"),
])
def test_company_does_not_take_the_other_partys_country(pipeline, text, target):
    e = _of_type(pipeline, text, "SANCTION")
    assert [r.country for r in e.recipient] == [target], _show(e.recipient)
    assert e.actor and all(a.country != target for a in e.actor), _show(e.actor)


def test_company_keeps_the_articles_own_country(pipeline):
    text = ("Kenya's economy grew last year, the Kenyan treasury said in Nairobi. "
            "Nordway Airlines suspended its flights to Israel.")
    e = _of_type(pipeline, text, "SANCTION")
    assert [a.country for a in e.actor] == ["KEN"], _show(e.actor)


# --- "X-led" / "X-backed" modifiers in a headline subject, and whose the victims are --------------------------

@pytest.mark.parametrize("text, country", [
    ("The Ruritania-backed Northern Liberation Forces vow to retake the valley.", None),
    ("An Omani-led military coalition bombards army depots near the old port.", "OMN"),
])
def test_headline_subject_runs_over_a_participle_compound(pipeline, text, country):
    events = code(pipeline, text)
    assert events, text
    actor = events[0].actor
    assert actor and "-" in actor[0].text and actor[0].text.split()[-1] in ("Forces", "coalition"), _show(actor)
    if country:
        assert actor[0].country == country, _show(actor)


def test_victims_of_a_led_force_are_not_the_leaders(pipeline):
    e = _of_type(pipeline, "A US-led coalition airstrike kills 33 civilians near the river.", "ASSAULT")
    assert [a.country for a in e.actor] == ["USA"], _show(e.actor)
    assert e.recipient and all(r.country != "USA" for r in e.recipient), _show(e.recipient)


def test_led_force_still_gives_its_own_country(resolver, nlp):
    actors = resolve_phrase(nlp, resolver, "The French-led mission arrived in the north on Monday.", "The French-led mission")
    assert [a.country for a in actors] == ["FRA"], _show(actors)


@pytest.mark.parametrize("phrase, sector", [
    ("The Omani-led military coalition", "MIL"),
    ("The ruling coalition", "PTY"),
])
def test_military_coalition_is_armed_forces(nlp, resolver, phrase, sector):
    actors = resolve_phrase(nlp, resolver, f"{phrase} rejected the proposal on Monday.", phrase)
    assert [a.sector for a in actors] == [sector], _show(actors)
