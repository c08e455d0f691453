"""s15 trig (issue 3): one attack, one record with its whole toll; ceasefires reached or struck.

Invented sentences (generic places, no gold or seed wording)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2020, 1, 1)


def _events(text, etype):
    return [e for e in api.extract(text, PUB) if e.event == etype]


@pytest.mark.parametrize("text, dead, injured", [
    # attack noun as the subject of the casualty verbs: the noun's record carries both counts
    ("A drone strike killed four people and wounded six others in southern Yemen.", 4, 6),
    ("Drone strike kills 3 and injures 8 near the border in northern Syria.", 3, 8),
    # conjoined casualty verbs of one attacker: one record, not a killing plus a wounding
    ("Gunmen killed 7 villagers and injured 9 in central Mali on Sunday.", 7, 9),
    # a bombing that "occurs", its toll in an adverbial clause with a conjunct
    ("A suicide bombing occurs at a market in Kandahar, Afghanistan, killing at least five people and injuring twelve.",
     5, 12),
])
def test_one_assault_with_whole_toll(text, dead, injured):
    evs = _events(text, "ASSAULT")
    assert len(evs) == 1, [(e.text_info.trigger, e.size) for e in evs]
    assert (evs[0].size.dead, evs[0].size.injured) == (dead, injured)


def test_attack_keeps_its_own_target_and_takes_the_toll():
    evs = _events("Riot police fired tear gas at students in Dhaka, Bangladesh, killing three.", "ASSAULT")
    assert len(evs) == 1
    assert evs[0].size.dead == 3
    assert any("students" in r.text for r in evs[0].recipient)


def test_separate_attacks_stay_separate():
    # two attackers, two acts: the second clause is no toll of the first
    evs = _events("Rebels shelled the garrison in Goma, Congo, and soldiers killed four rebels in Beni.", "ASSAULT")
    assert len(evs) == 2


def test_wounding_without_attack_is_not_folded_into_another_type():
    # an arrest is no attack: its clause's casualty verb stays its own ASSAULT
    text = "Police arrested twelve protesters in Lagos, Nigeria, and wounded three with rubber bullets."
    assert _events(text, "COERCE")
    assert _events(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The army of Sudan reached a truce with the SPLA in Juba on Thursday.",
    "Kenya struck a ceasefire with the Somali militia after a week of fighting.",
    "Hamas says it has concluded a truce with the Israeli military.",
])
def test_ceasefire_reached_is_retreat(text):
    evs = _events(text, "RETREAT")
    assert evs and evs[0].mode == "ceasefire"


@pytest.mark.parametrize("text", [
    "The talks in Geneva failed to reach a ceasefire in Yemen.",  # failed: no ceasefire
    "Sudanese troops reached the town of Kadugli after the truce collapsed.",  # reached a place
    "Qatari mediators are trying to reach a truce between Hamas and Israel.",  # an attempt
])
def test_ceasefire_not_reached(text):
    assert not [e for e in _events(text, "RETREAT") if e.modality in {"asserted", "reported"}]


@pytest.mark.parametrize("text, etype", [
    # "talks" is lemmatised to "talk": talks had with someone are CONSULT, refused with "won't ... until" REJECT
    ("The Kenyan president had talks with his Ugandan counterpart in Kampala on Monday.", "CONSULT"),
    ("The Kenyan teachers union had talks with the education ministry over pay.", "CONSULT"),
    ("Manila says it won't have talks with Beijing until the incursions stop.", "REJECT"),
])
def test_talks_had(text, etype):
    evs = api.extract(text, PUB)
    assert evs and max(evs, key=lambda e: e.confidence).event == etype


def test_talks_refused_are_not_talks_held():
    # talks one will not have are no consultation that took place
    evs = api.extract("Kenya says it will not have talks with Somalia until the raids stop.", PUB)
    assert not [e for e in evs if e.event == "CONSULT" and e.modality in {"asserted", "reported"}]
