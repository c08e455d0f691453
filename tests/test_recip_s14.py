"""Recipients, session 14 (issue 4). A demand for the end of an act ("called for an end to the Zemblan blockade",
"urged a halt to Northia's raids", "the lifting of Zemblan sanctions") is aimed at whoever does the act: its
possessor, its by-agent, or the state or people naming it, never the place or people the act falls on. Every
sentence here is written for this test; none comes from the seed or a gold set (real country names only so
the tables know them)."""

from __future__ import annotations

import pytest
from coverage_checks import code

pytest.importorskip("spacy")


def _of_type(pipeline, text: str, etype: str) -> list:
    return [e for e in code(pipeline, text) if e.event == etype]


def _recipient_countries(events) -> set:
    return {r.country for e in events for r in e.recipient}


# --- the doer of the act a demand wants ended ---------------------------------------------------------


@pytest.mark.parametrize(("text", "etype", "asked", "not_asked"), [
    # a people naming the act
    ("Jordan called for an end to the Ethiopian blockade of the port town.", "REQUEST", "ETH", None),
    ("The Arab League called for an immediate halt to Israeli air raids on Lebanon.", "REQUEST", "ISR", "LBN"),
    # a state naming it
    ("Brazil called for the lifting of US sanctions on Cuba.", "REQUEST", "USA", "CUB"),
    # its possessor
    ("Nepal urged an end to India's repression in the border districts.", "REQUEST", "IND", None),
    # its by-agent
    ("Norway demanded an end to the shelling of villages by Turkish troops.", "REQUEST", "TUR", None),
    # a protest's demand
    ("Thousands of students marched in Amman demanding an end to the Israeli occupation.", "PROTEST", "ISR", None),
])
def test_a_demand_to_end_an_act_is_aimed_at_its_doer(pipeline, text, etype, asked, not_asked):
    events = _of_type(pipeline, text, etype)
    assert events, text
    countries = _recipient_countries(events)
    assert asked in countries, [(e.actor, e.recipient) for e in events]
    if not_asked:
        assert not_asked not in countries, [(e.actor, e.recipient) for e in events]


def test_the_act_named_by_a_people_is_cut_before_its_of_phrase(pipeline):
    # the recipient is the blockade's doer ("the Egyptian blockade"), not the place it shuts in or what follows
    events = _of_type(pipeline, "Chad called for an end to the Egyptian blockade of Tripoli and a new truce.", "REQUEST")
    assert events
    texts = [r.text for e in events for r in e.recipient]
    assert "the Egyptian blockade" in texts, texts
    assert not any("Tripoli" in t or "truce" in t for t in texts), texts


@pytest.mark.parametrize("text", [
    # an act nobody is named as doing: no one is asked
    "The bishop called for an end to the violence in the capital.",
    "The minister called for an end to the fighting between the two clans.",
    # people, not an act: the demand does not pick their country from the modifier
    "The senator called for an end to cabinet officials vacationing overseas.",
])
def test_no_doer_no_recipient_from_the_ended_act(pipeline, text):
    events = _of_type(pipeline, text, "REQUEST")
    for e in events:
        assert not any(r.country for r in e.recipient if "end" not in r.text), (text, e.recipient)
        assert not any(r.text.startswith(("cabinet officials", "the violence", "the fighting")) for r in e.recipient), \
            (text, e.recipient)


def test_the_siege_of_a_place_is_not_its_doer(pipeline):
    # "the siege of X" names whom it falls on: with no doer named, X is not the one asked
    events = _of_type(pipeline, "Chile called for an end to the siege of Sarajevo.", "REQUEST")
    assert events
    assert not any(r.text in {"Sarajevo", "the siege of Sarajevo"} for e in events for r in e.recipient), \
        [e.recipient for e in events]


# --- a weapon fired by someone as the subject of a verb of harm ----------------------------------------


@pytest.mark.parametrize(("text", "attacker", "target"), [
    ("Missiles fired by the Zemblan army struck a Syrian army depot near the coast.", "the Zemblan army",
     "a Syrian army depot"),
    ("Rockets launched by Hamas militants hit an Israeli border town on Sunday.", "Hamas militants",
     "an Israeli border town"),
])
def test_who_fired_the_weapon_harmed_the_object(pipeline, text, attacker, target):
    events = _of_type(pipeline, text, "ASSAULT")
    assert events, text
    # one record names both the one who fired and what was hit
    assert any(attacker in [a.text for a in e.actor] and any(r.text.startswith(target) for r in e.recipient)
               for e in events), [(e.actor, e.recipient) for e in events]


def test_a_weapon_with_no_firer_named_keeps_its_subject(pipeline):
    # no "by" phrase: nothing is borrowed from elsewhere in the sentence
    events = _of_type(pipeline, "A rocket hit a school in the border town, the Kenyan army said.", "ASSAULT")
    assert not any("Kenyan army" in a.text for e in events for a in e.actor), [(e.actor, e.recipient) for e in events]


# --- "to and from X": a preposition sharing its conjunct's object ---------------------------------------


@pytest.mark.parametrize(("text", "etype", "country"), [
    ("Japan lifted travel curbs to and from Laos on Friday.", "CONCEDE", "LAO"),
    ("Kenya suspended all flights to and from Somalia.", "SANCTION", "SOM"),
])
def test_to_and_from_names_the_party(pipeline, text, etype, country):
    events = _of_type(pipeline, text, etype)
    assert events, text
    assert country in _recipient_countries(events), [(e.actor, e.recipient) for e in events]


# --- the maker of an offer the parser hung on the talks it proposes --------------------------------------


@pytest.mark.parametrize(("text", "etype", "maker"), [
    ("The insurgents spurned several offers for peace talks by the Zemblan cabinet last month.", "REJECT",
     "the Zemblan cabinet"),
    ("The rebels rejected an offer of talks from the Kenyan government on Monday.", "REJECT", "the Kenyan government"),
])
def test_the_offer_maker_is_the_one_rejected(pipeline, text, etype, maker):
    events = _of_type(pipeline, text, etype)
    assert events, text
    assert any(r.text == maker for e in events for r in e.recipient), [(e.actor, e.recipient) for e in events]


def test_a_by_phrase_of_something_else_is_no_offer_maker(pipeline):
    # the "by" phrase belongs to an act inside a request that is no talk or deal: not the requester
    events = _of_type(pipeline, "The court rejected a request for the release of prisoners held by the militia.",
                      "REJECT")
    assert not any(r.text.startswith("the militia") for e in events for r in e.recipient), \
        [(e.actor, e.recipient) for e in events]


# --- whom promised help is for -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "country"), [
    ("The Kenyan president promised support for the Somali government's efforts to restore order.", "SOM"),
    ("Japan pledged assistance to Laos after the floods.", "LAO"),
    ("The air force reiterated its commitment to support the Ghanaian police.", "GHA"),
    ("Brazil pledged to help Bolivia rebuild its roads.", "BOL"),
])
def test_a_promise_of_help_names_whom_it_is_for(pipeline, text, country):
    events = _of_type(pipeline, text, "AGREE")
    assert events, text
    assert country in _recipient_countries(events), [(e.actor, e.recipient) for e in events]


def test_help_for_a_thing_names_no_party_by_itself(pipeline):
    # "support for a plan": a thing, not a party; nothing in the sentence says whose
    events = _of_type(pipeline, "The minister promised support for a new irrigation plan.", "AGREE")
    assert not any(r.text.endswith("plan") for e in events for r in e.recipient), [e.recipient for e in events]


# --- a protest grown out of a gathering takes the gathering's stated aim ---------------------------------


def test_rioting_after_a_demonstration_takes_its_demand(pipeline):
    text = "Kenyan students rioted after a quiet march calling for the swift dismissal of the Kenyan interior minister."
    events = [e for e in _of_type(pipeline, text, "PROTEST") if e.actor]
    assert events, text
    assert any(r.text == "the Kenyan interior minister" for e in events for r in e.recipient), \
        [(e.actor, e.recipient) for e in events]


def test_a_gathering_with_no_stated_aim_adds_nobody(pipeline):
    events = _of_type(pipeline, "Farmers rioted after a meeting in the village hall on Sunday.", "PROTEST")
    assert not any(r.text.startswith(("a meeting", "the village")) for e in events for r in e.recipient), \
        [e.recipient for e in events]
