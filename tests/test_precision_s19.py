"""s19 precision (issue 3): over-coding in disaster items, undergone attitudes, unrealised plans, look-alike
withdrawals.

Invented sentences (generic names, no gold or seed wording)."""
from datetime import date

import pytest
from conftest import realised_types

from eventlens import api

PUB = date(2024, 5, 1)


def _types(text: str) -> set[str]:
    return {e.event for e in api.extract(text, PUB)}


# -- deaths from a structure giving way or fuel blowing up are a toll, not an attack
@pytest.mark.parametrize("text", [
    "A crane collapse at a building site in Dubai killed six labourers.",
    "A bridge collapse in northern Italy killed 14 motorists on Tuesday.",
    "A gas explosion at a restaurant in Nairobi killed nine people.",
    "A propane blast at a warehouse in Ohio killed three workers.",
])
def test_accident_deaths_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_a_bomb_blast_stays_an_assault() -> None:
    assert "ASSAULT" in _types("Militants detonated a bomb at a restaurant in Nairobi, killing nine people.")


# -- 'it' in a disaster sentence is the storm, not the country it resolves to
def test_a_storm_as_it_is_no_attacker() -> None:
    assert "ASSAULT" not in _types("The cyclone struck Bangladesh on Monday, where it killed 40 people and injured 200.")


def test_a_state_named_in_a_disaster_sentence_still_attacks() -> None:
    assert "ASSAULT" in _types("Egypt said it killed 40 militants in air strikes during the floods in Sinai.")


# -- an inquiry into an accident accuses nobody
@pytest.mark.parametrize("text", [
    "The Nigerian governor ordered an inquiry into the stampede at a church in Kano.",
    "The Peruvian president ordered a probe into the landslide that buried the village.",
])
def test_inquiry_into_a_disaster_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in _types(text)


def test_inquiry_into_a_killing_stays_an_accusation() -> None:
    assert "ACCUSE" in _types("The Kenyan president ordered an investigation into the killing of the opposition leader.")


# -- a threat faced or praise received with no source named is a situation, not an act
@pytest.mark.parametrize("text", [
    "The Turkish minister faced a growing threat in the capital.",
    "The Turkish minister received widespread praise for the reform.",
])
def test_undergone_attitude_without_source_is_no_event(text: str) -> None:
    assert not _types(text) & {"THREATEN", "SUPPORT"}


@pytest.mark.parametrize("text, etype", [
    ("The Turkish minister received praise from Germany for the reform.", "SUPPORT"),
    ("The minister came under threat from Kurdish militants.", "THREATEN"),
])
def test_undergone_attitude_with_source_stays(text: str, etype: str) -> None:
    assert etype in _types(text)


# -- 'were supposed to' sign: the signing did not happen (yet)
def test_supposed_to_is_not_realised() -> None:
    text = "Chile and Peru were supposed to sign a trade pact in May, but the ceremony was called off."
    assert "SUPPORT" not in realised_types(text, PUB)


def test_signing_stays_realised() -> None:
    assert "SUPPORT" in realised_types("Chile and Peru signed a trade pact in May.", PUB)


# -- coming back from a patrol, or a newsroom pulling out its reporters, is no military pull-back
@pytest.mark.parametrize("text", [
    "The French submarine encountered a Spanish frigate while returning from a patrol in the Atlantic.",
    "The Kenyan news agency withdrew its reporters from the border town after two were injured.",
])
def test_routine_returns_and_newsroom_withdrawals_are_no_retreat(text: str) -> None:
    assert "RETREAT" not in _types(text)


@pytest.mark.parametrize("text", [
    "The Syrian army withdrew its troops from the border town.",
    "Syrian troops returned to their barracks in Homs.",
])
def test_troop_withdrawals_stay_retreats(text: str) -> None:
    assert "RETREAT" in _types(text)


# -- a bare toll right after a sentence about a disaster is the disaster's
def test_toll_after_a_disaster_sentence_is_no_assault() -> None:
    text = "A landslide buried a village in western Nepal on Monday. Twenty villagers were killed and dozens more injured."
    assert "ASSAULT" not in _types(text)


def test_shooting_after_a_disaster_sentence_stays_an_assault() -> None:
    text = "A landslide buried a village in western Nepal on Monday. Twenty villagers were shot dead by soldiers."
    assert "ASSAULT" in _types(text)


# -- an act placed in an earlier term of office is historical, not news of the day
@pytest.mark.parametrize("text", [
    "During his time as foreign minister, Juan Perez accused Peru of spying on Chilean ships.",
    "Chile imposed sanctions on Peru under former President Lagos.",
    "Chile expelled two Peruvian diplomats under former Chilean President Juan Perez.",
])
def test_act_in_a_past_tenure_is_historical(text: str) -> None:
    events = api.extract(text, PUB)
    assert events and all(e.modality == "historical" and e.date_precision != "publication" for e in events)


@pytest.mark.parametrize("text", [
    "Chile imposed sanctions on Peru under its new president.",
    "Chile imposed sanctions on Peru under pressure from a former ally.",
])
def test_act_under_a_current_leader_stays_asserted(text: str) -> None:
    events = [e for e in api.extract(text, PUB) if e.event == "SANCTION"]
    assert events and all(e.modality == "asserted" for e in events)


@pytest.mark.parametrize("text", [
    "The Chilean election official said she had received violent threats after the vote count.",
    "The Chilean election official received a death threat after the vote count.",
])
def test_threats_received_stay_events(text: str) -> None:
    assert "THREATEN" in _types(text)


# -- schools closed against smoke or bad air are a precaution, not a restriction of freedoms
def test_closing_schools_for_smoke_is_no_coercion() -> None:
    assert "COERCE" not in _types("Malaysia closed its schools as smoke from forest fires in Sumatra made the air hazardous.")


def test_closing_universities_after_protests_stays_coercion() -> None:
    assert "COERCE" in _types("The Malaysian government closed universities in Kuala Lumpur after student protests.")


# -- a poll that shows support measures opinion; nobody supports anyone by it
def test_poll_showing_support_is_no_event() -> None:
    assert "SUPPORT" not in _types("Opinion polls showed strong support for the Chilean president among young voters.")


def test_a_state_showing_support_stays_an_event() -> None:
    assert "SUPPORT" in _types("Germany showed strong support for the Chilean president.")


# -- a party dropping its candidate is no military pull-back
def test_party_withdrawing_a_candidate_is_no_retreat() -> None:
    assert "RETREAT" not in _types("The ruling Kenyan party withdrew from naming Otieno as their candidate for governor.")


# -- musicians working together are no political cooperation
def test_musicians_collaborating_is_no_cooperation() -> None:
    assert "COOPERATE" not in _types("The Kenyan guitarist Otieno collaborated with a Tanzanian drummer on a new record.")


def test_states_collaborating_stays_cooperation() -> None:
    assert "COOPERATE" in _types("Kenya collaborated with Tanzania on a new border patrol.")


# -- nobody named as the helper: an evacuation is a precaution or a transfer, not aid given
@pytest.mark.parametrize("text", [
    "Thousands of people were evacuated from the coast of Taiwan ahead of the typhoon.",
    "The former Tongan prime minister was evacuated to a hospital in Auckland with pneumonia.",
])
def test_evacuation_with_nobody_helping_is_no_aid(text: str) -> None:
    assert "AID" not in _types(text)


@pytest.mark.parametrize("text", [
    "Italian troops evacuated 300 civilians from Tripoli.",
    "The United Nations evacuated 300 civilians from Juba.",
])
def test_evacuation_by_a_state_or_body_stays_aid(text: str) -> None:
    assert "AID" in _types(text)


# -- a named person of no known country or sector does not make a visit political
@pytest.mark.parametrize("text", [
    "Prompted by Jon Doe's visit, the cosplayer wore a new costume.",
    "Jon Doe visited the fan convention in Toronto on Saturday.",
])
def test_visit_by_a_private_person_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in _types(text)


def test_visit_by_a_leader_stays_a_consultation() -> None:
    assert "CONSULT" in _types("Jane Roe, a Kenyan opposition leader, met the Ugandan president in Kampala.")


def test_named_person_meeting_about_politics_stays_a_consultation() -> None:
    assert "CONSULT" in _types("Jon Doe met local voters in Ohio to discuss the election.")
