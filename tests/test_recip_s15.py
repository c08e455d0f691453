"""Recipients, session 15 (issue 4). Every sentence here is written for this test; none comes from the seed or
a gold set (real country and city names only so the tables know them).

- A place that only says where the actor stands ("a court in Berlin", "officials in Nairobi") is not whom the
  actor's words are aimed at: the event's place no longer stands in for the recipient of words and dealings
  when the place is a location phrase of the actor itself. Acts done in a place still fall on it."""

from __future__ import annotations

import pytest
from coverage_checks import code

pytest.importorskip("spacy")


def _of_type(pipeline, text: str, etype: str) -> list:
    return [e for e in code(pipeline, text) if e.event == etype]


def _recipient_countries(events) -> set:
    return {r.country for e in events for r in e.recipient}


# --- the actor's own location is not the recipient of its words ----------------------------------------------


@pytest.mark.parametrize(("text", "etype", "own"), [
    ("A court in Berlin rejected the appeal on Monday.", "REJECT", "DEU"),
    ("Officials in Nairobi rejected the report.", "REJECT", "KEN"),
    ("Senior clerics in Cairo condemned the remarks.", "ACCUSE", "EGY"),
])
def test_place_of_the_actor_is_not_the_recipient_of_words(pipeline, text, etype, own):
    events = _of_type(pipeline, text, etype)
    assert events, f"no {etype} in {text!r}"
    assert own not in _recipient_countries(events)
    assert all(own in {a.country for a in e.actor} for e in events)  # the actor keeps its country


@pytest.mark.parametrize(("text", "etype", "placed"), [
    # acts done in the place still fall on it
    ("Police in Lagos raided a warehouse.", "COERCE", "NGA"),
    # the place of the act, not of the actor, still stands in for the recipient of words
    ("The Pakistani army condemned the bombing in Kabul.", "ACCUSE", "AFG"),
])
def test_place_of_the_act_is_still_the_recipient(pipeline, text, etype, placed):
    events = _of_type(pipeline, text, etype)
    assert events, f"no {etype} in {text!r}"
    assert placed in _recipient_countries(events)


# --- a place that serves people belongs to them ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "whose"), [
    ("Armed men attacked a camp for Eritrean refugees on Sunday.", "ERI"),
    ("Gunmen attacked a shelter for Syrian refugees in the city.", "SYR"),
])
def test_place_for_people_names_whose_it_is(pipeline, text, whose):
    events = code(pipeline, text)
    assert [e.event for e in events] == ["ASSAULT"], "an attack on a shelter is force, not criticism 'for' something"
    assert whose in _recipient_countries(events)


def test_attacked_someone_for_something_is_still_criticism(pipeline):
    events = code(pipeline, "The senator attacked the minister for his remarks.")
    assert [e.event for e in events] == ["ACCUSE"]


# --- the venue of a meeting between states is not a party ---------------------------------------------------------


@pytest.mark.parametrize(("text", "venue", "parties"), [
    ("Serbia and Kosovo held talks in Brussels.", "BEL", {"SRB", "XKX", "KOS"}),
    ("The foreign ministers of India and China met in Moscow on Thursday.", "RUS", {"IND", "CHN"}),
])
def test_venue_of_a_meeting_between_states_is_not_a_party(pipeline, text, venue, parties):
    events = _of_type(pipeline, text, "CONSULT")
    assert events
    assert venue not in _recipient_countries(events)
    assert len({a.country for e in events for a in e.actor} & parties) == 2


def test_a_visit_still_has_its_host(pipeline):
    events = _of_type(pipeline, "The presidents of France and Germany visited Kabul on Monday.", "CONSULT")
    assert "AFG" in _recipient_countries(events)


# --- "both sides", "the two countries": the two states named together before ---------------------------------------


@pytest.mark.parametrize(("text", "etype", "role", "pair"), [
    ("Fighting between Armenia and Azerbaijan continued on Monday. The UN chief urged both sides to stop the fighting.",
     "REQUEST", "recipient", {"ARM", "AZE"}),
    ("Clashes between Sudan and South Sudan killed 20 soldiers. Egypt called on both countries to show restraint.",
     "REQUEST", "recipient", {"SDN", "SSD"}),
    ("India and Pakistan fought three wars. Both countries accused each other of violating the truce.",
     "ACCUSE", "actor", {"IND", "PAK"}),
])
def test_pair_phrase_is_the_two_states_named_before(pipeline, text, etype, role, pair):
    events = _of_type(pipeline, text, etype)
    assert events
    found = {a.country for e in events for a in getattr(e, role)}
    assert pair <= found
    assert all(a.text.lower() in {"both sides", "both countries"} for e in events for a in getattr(e, role)
               if a.country in pair)


@pytest.mark.parametrize("text", [
    # the two names are places, not the sides
    "Government forces and rebels clashed near the border with Chad and Sudan. The UN urged both sides to stop.",
    "Fighting in Chad and Sudan has displaced thousands. The UN urged both sides to stop the fighting.",
    # the sides are no states
    "The army and the rebels signed a truce. Kenya urged both sides to respect it.",
])
def test_no_pair_without_two_states_named_as_parties(pipeline, text):
    events = _of_type(pipeline, text, "REQUEST")
    assert events
    assert not any(r.text.lower() == "both sides" and r.country for e in events for r in e.recipient)


# --- the state a spy works for is a side, not the place nor the article's country ------------------------------------


def test_state_spied_for_is_not_the_place_nor_the_actors_country(pipeline):
    events = _of_type(pipeline, "Police arrested two men on charges of spying for Iran.", "COERCE")
    assert events
    e = events[0]
    assert e.event_loc is None or e.event_loc.country != "IRN"
    assert "IRN" not in {a.country for a in e.actor + e.recipient}


def test_a_real_place_still_places_the_arrest(pipeline):
    events = _of_type(pipeline, "Police arrested two men in Tehran on charges of spying for Israel.", "COERCE")
    assert events and events[0].event_loc is not None and events[0].event_loc.country == "IRN"
    assert "ISR" not in {a.country for e in events for a in e.actor + e.recipient}


# --- a trip called off is aimed at its host; the source of pressure is no place ------------------------------------


def test_cancelled_visit_is_aimed_at_the_host_not_the_pressure(pipeline):
    events = _of_type(pipeline, "Japan's foreign minister has cancelled his trip to Malaysia after heavy pressure from China.", "REJECT")
    assert events
    assert "MYS" in _recipient_countries(events)
    assert "CHN" not in _recipient_countries(events)
    assert all(e.event_loc is None or e.event_loc.country != "CHN" for e in events)


def test_condemning_a_visit_is_not_aimed_at_the_host(pipeline):
    events = _of_type(pipeline, "Beijing condemned the senator's visit to Taiwan.", "ACCUSE")
    assert events
    assert "TWN" not in _recipient_countries(events)


# --- a request for someone's transfer is about the one to be handed over ----------------------------------------------


@pytest.mark.parametrize(("text", "etype", "whom"), [
    ("A court in Berlin rejected an extradition request for a former Catalan minister.", "REJECT", "ESP"),
    ("A court in Madrid rejected a request for the extradition of a Venezuelan general.", "REJECT", "VEN"),
])
def test_transfer_request_is_about_the_one_handed_over(pipeline, text, etype, whom):
    events = _of_type(pipeline, text, etype)
    assert events
    assert whom in _recipient_countries(events)


def test_request_for_a_thing_names_nobody(pipeline):
    events = _of_type(pipeline, "The court rejected a request for asylum.", "REJECT")
    assert all(not e.recipient for e in events)
