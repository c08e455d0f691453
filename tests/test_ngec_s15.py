"""s15 ngec: headline shapes whose event the coder found but dropped or gave no actor (NGEC headlines, issue 3).

All sentences are invented; invented or generic names only."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2023, 6, 15)


def _types(text):
    return [e.event for e in api.extract(text, PUB)]


def _first(text, etype):
    return next((e for e in api.extract(text, PUB) if e.event == etype), None)


# --- a commitment, pledge, promise or decision made or announced: the subject's own act --------------------------
@pytest.mark.parametrize("text, country", [
    ("Kenya makes a firm commitment to ease import restrictions.", "KEN"),
    ("Peru makes a public commitment to ease travel restrictions.", "PER"),
])
def test_commitment_made_is_the_subjects_concession(text, country):
    ev = _first(text, "CONCEDE")
    assert ev is not None
    assert [a.country for a in ev.actor] == [country]


def test_intention_with_pronoun_possessor_is_the_subjects():
    # "their intention": the announcers' own, so the rebels are the ones to disarm
    evs = api.extract("Rebels in Chad have announced their intention to lay down their weapons.", PUB)
    assert evs
    assert any(a.sector == "REB" and a.country == "TCD" for e in evs for a in e.actor)


def test_another_partys_decision_is_not_the_announcers():
    # a named possessor is someone else: the announcer does not become the one who expels
    evs = api.extract("Zembia announced Borland's decision to expel the envoy.", PUB)
    assert not any(e.event == "SANCTION" and any(a.text == "Zembia" for a in e.actor) for e in evs)


def test_decision_denounced_is_not_announced():
    evs = api.extract("The opposition denounced the government's decision to close the border.", PUB)
    assert not any(e.event == "COERCE" and any("opposition" in a.text for a in e.actor) for e in evs)


# --- colon headlines: "Place: N participle ..." is a headline's passive, as without the place --------------------
@pytest.mark.parametrize("text, etype", [
    ("Peru: four union leaders arrested in dawn raid.", "COERCE"),
    ("Chad: two rights groups banned over foreign funding.", "COERCE"),
])
def test_colon_headline_bare_participle(text, etype):
    ev = _first(text, etype)
    assert ev is not None
    assert ev.event_loc is not None and ev.event_loc.country in {"PER", "TCD"}


def test_colon_label_is_not_a_headline_place():
    # a label that is not the sentence root before a full clause changes nothing: the clause's own event
    assert "RETREAT" in _types("Update: the minister, accused of fraud, resigned.")


# --- unplaced events that still say who ---------------------------------------------------------------------------
def test_armed_group_disarming_unplaced_is_kept():
    ev = _first("Militia lays down its weapons under peace deal.", "RETREAT")
    assert ev is not None and ev.actor and ev.actor[0].sector in {"PRM", "REB", "MIL", "UAF", "CRM"}


def test_political_target_of_unplaced_beating_is_kept():
    ev = _first("Opposition leader beaten with iron bars.", "ASSAULT")
    assert ev is not None and ev.recipient


def test_unplaced_beating_of_nobody_political_still_dropped():
    # the same headline with a target of no political sector, no place and no actor: dropped as before
    from eventlens.events import find_events
    from eventlens.pipeline import Pipeline

    text = "Two men beaten with iron bars."
    p = Pipeline()
    doc = next(p.parse([text]))
    assert any(c.type == "ASSAULT" for c in find_events(doc, p.lexicon, p.cues))  # the trigger is found
    assert "ASSAULT" not in _types(text)


def test_captives_released_in_a_city():
    ev = _first("Dozens of captives freed in Mombasa.", "RETREAT")
    assert ev is not None and ev.event_loc is not None and ev.event_loc.country == "KEN"


# --- a quantity word is no sport cue -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nerve gas attack in Mombasa kills scores amid official denials.",
    "Scores of villagers were shot dead by soldiers in Gao.",
])
def test_scores_as_a_count_is_not_sport(text):
    assert "ASSAULT" in _types(text)


def test_scores_in_sport_still_a_cue():
    from eventlens.events.cues import discard_domains, load_cues
    from eventlens.pipeline import Pipeline

    doc = Pipeline().nlp("The scores were level after the first half.")
    assert discard_domains(next(iter(doc.sents)), load_cues())[1] == "sport"


def test_bare_scores_subject_is_still_a_cue():
    # "scores were injured" names no attacker: the cue still stands (accidents: fires, collapses, sinkings)
    from eventlens.events.cues import discard_domains, load_cues
    from eventlens.pipeline import Pipeline

    doc = Pipeline().nlp("Scores were injured when the stands collapsed.")
    assert discard_domains(next(iter(doc.sents)), load_cues())[1] == "sport"


# --- a political group is a party --------------------------------------------------------------------------------
def test_political_group_is_an_actor():
    ev = _first("A political group in Peru agrees to end its road blockades.", "CONCEDE")
    assert ev is not None and ev.actor and ev.actor[0].sector == "PTY"


# --- "begin the process of V-ing": the one beginning the process acts -----------------------------------------------
def test_process_begun_is_the_subjects_act():
    ev = _first("Kenya will begin the process of withdrawing its troops from Somalia.", "RETREAT")
    assert ev is not None
    assert [a.country for a in ev.actor] == ["KEN"]


def test_process_halted_is_not_the_subjects_act():
    # a court halting the process deports no one
    evs = api.extract("The court halted the process of deporting the migrants.", PUB)
    assert not any(e.event == "COERCE" and any("court" in a.text for a in e.actor) for e in evs)


# --- shops, cars or windows smashed or vandalised ------------------------------------------------------------------
def test_shops_smashed_by_protesters_is_a_riot():
    ev = _first("Shop windows smashed by angry protesters in Mombasa.", "PROTEST")
    assert ev is not None and ev.mode == "riot"


def test_consulate_vandalised_is_an_attack_on_property():
    ev = _first("Gunmen vandalised the consulate in Quetta overnight.", "ASSAULT")
    assert ev is not None and ev.mode == "destroy"


@pytest.mark.parametrize("text", [
    "Police smashed a drug ring in Lagos.",
    "The sprinter smashed the national record in Nairobi.",
    "Critics trashed the budget proposal in parliament.",
])
def test_smash_without_a_building_or_vehicle_is_no_attack(text):
    assert not any(e.event in {"ASSAULT", "PROTEST"} for e in api.extract(text, PUB))
