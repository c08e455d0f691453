"""Conflict-side coding, session 13 (conflict): labour strikes named with their strikers and no light verb,
ultimatums given as a span of time to yield, and SANCTION in PLOVER's verbal-conflict quad. Every sentence
is written for this test (invented or generic names), with the type (and mode) it must get, and near misses
that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

CODED = [
    # a strike named by its strikers: possessor or by-phrase (protest.strike_by_workers.s13)
    ("The Ruritanian nurses' strike shut hospitals across the country.", "PROTEST", "strike"),
    ("A strike by Zembian doctors paralysed public hospitals in the capital.", "PROTEST", "strike"),
    ("The Portuguese rail workers' strike entered its third day on Tuesday.", "PROTEST", "strike"),
    ("A walkout by Greek air traffic controllers disrupted flights.", "PROTEST", "strike"),
    ("Bolivian miners' strikes cut tin output in May.", "PROTEST", "strike"),
    # a span of time given to yield (threaten.deadline_given.s13, roles.deadline_given)
    ("The Chadian army gave the rebels 48 hours to surrender.", "THREATEN", "relations"),
    ("The Zembian government gave the strikers 24 hours to return to work or be dismissed.", "THREATEN", None),
    ("The Malian junta gave the foreign troops until Friday to leave the country.", "THREATEN", None),
    ("The Ruritanian government has given its neighbour a week to release the captured fishermen.", "THREATEN", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session13_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # an attack by warplanes or an army, and a footballer, are no labour strike
    ("A strike by Ruritanian warplanes killed four militants near the border.", "PROTEST"),
    ("The Zembian army's strike on the rebel base killed 20 fighters.", "PROTEST"),
    ("The Ghanaian striker's strike from 30 metres won the match.", "PROTEST"),
    # time given for a task, or by a court, is no ultimatum
    ("The Kenyan teacher gave the students two weeks to finish the essay.", "THREATEN"),
    ("A Pakistani court gave the government 30 days to respond to the petition.", "THREATEN"),
    ("The Nigerian ministry gave the contractors six months to build the bridge.", "THREATEN"),
    # time given with nobody to yield: a holiday, a budget
    ("The Chilean government gave workers two days off for the holiday.", "THREATEN"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session13_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


@pytest.mark.parametrize("text", [
    "The Zembian government expelled two Ruritanian diplomats on Monday.",
    "Norway suspended its aid to the Ruritanian junta.",
])
def test_sanction_is_verbal_conflict(pipeline, text):
    """PLOVER's quad table puts SANCTION in verbal conflict (3), with REQUEST, ACCUSE, REJECT, THREATEN."""
    sanctions = [e for e in code(pipeline, text) if e.event == "SANCTION"]
    assert sanctions and all(e.quad_code == 3 for e in sanctions)


def test_stated_sanction_still_threatens(pipeline):
    """A sanction announced for the future is still a threat (pipeline: coercive stated intentions), though its
    quad class is now that of the verbal types."""
    assert_coded(pipeline, "The US said it will impose sanctions on the Ruritanian generals.", "THREATEN")


CODED_2 = [
    # words answered with words (accuse.hit_back_words.s13)
    ("The Zembian embassy hit back at the Ruritanian prime minister's remarks.", "ACCUSE", "disapprove"),
    ("The Chilean interior minister hit back at his critics on Monday.", "ACCUSE", "disapprove"),
    # an armed party or a state still hits back by force (assault.retaliate.s6)
    ("The Syrian army hit back at the rebels in Idlib.", "ASSAULT", None),
    # access to a platform blocked by the state is censorship, access to a port blocked by protesters a blockade
    ("Zembian authorities blocked access to the messaging platform.", "COERCE", None),
    ("Dock workers blocked access to the port of Rotterdam.", "PROTEST", "obstruct"),
    # diplomats declared persona non grata, parsed as a clause (sanction.persona_non_grata.s13)
    ("Warsaw declared two Belarusian diplomats persona non grata.", "SANCTION", "expel"),
    # a criminal case opened against someone (accuse.criminal_case.s13)
    ("Moldovan prosecutors opened a criminal case against the former mayor.", "ACCUSE", "allege"),
    ("Police in Lahore registered a case against the opposition leader.", "ACCUSE", "allege"),
    # missiles hitting infrastructure (assault.projectiles_hit.s8)
    ("Russian missiles hit the energy infrastructure of Odesa overnight.", "ASSAULT", "heavy-weapons"),
    # an unambiguous protest by workers is not undone by a price in the sentence (pipeline weak cue)
    ("Peruvian truck drivers blocked highways to protest fuel prices.", "PROTEST", None),
    ("Belgian farmers protested low milk prices in Brussels.", "PROTEST", "demo"),
]


@pytest.mark.parametrize("text,etype,mode", CODED_2)
def test_session13_conflict_wording_is_coded_2(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED_2 = [
    # words are no attack; a platform blocked is no protest
    ("The Zembian embassy hit back at the Ruritanian prime minister's remarks.", "ASSAULT"),
    ("Zembian authorities blocked access to the messaging platform.", "PROTEST"),
    # a case opened into a death, with nobody accused; a case for a product
    ("The Kenyan police opened a case into the death of the activist.", "ACCUSE"),
    ("The Chilean firm opened a case study on its new mine.", "ACCUSE"),
    # a business protesting a merger or fees stays a business story
    ("Shareholders protested the merger at the annual meeting.", "PROTEST"),
    ("Airlines protested the new airport fees.", "PROTEST"),
    # a persona non grata status lifted is no expulsion
    ("Warsaw lifted the decision that declared the Belarusian diplomats persona non grata.", "SANCTION"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED_2)
def test_session13_conflict_near_misses_are_not_coded_2(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


CODED_3 = [
    # a measure or an act called unfair, illegal, a provocation (accuse.called_wrong.s13)
    ("The Ruritanian foreign ministry called the sanctions unfair.", "ACCUSE", "disapprove"),
    ("Beijing called the minister's visit to the islands a provocation.", "ACCUSE", "disapprove"),
    ("The Bolivian government branded the strike illegal.", "ACCUSE", "disapprove"),
    # legal action announced against someone (accuse.legal_action.s7)
    ("The Zembian government announced legal action against the two newspapers.", "ACCUSE", "allege"),
]


@pytest.mark.parametrize("text,etype,mode", CODED_3)
def test_session13_conflict_wording_is_coded_3(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


@pytest.mark.parametrize("text", [
    # praise, or the word not the object's predicate
    "The Kenyan minister called the elections free and fair.",
    "The Ruritanian ministry called the talks a success.",
    "The Chilean mayor called the police after the illegal parking on his street.",
])
def test_session13_called_near_misses(pipeline, text):
    assert_not_coded(pipeline, text, "ACCUSE", realised_only=True)


CODED_4 = [
    # computer networks, accounts, servers breached (coerce.breach_systems.s13)
    ("Russian hackers breached the Estonian defence ministry's computer network.", "COERCE", "cyber"),
    ("Iranian hackers compromised the servers of an Albanian water utility.", "COERCE", "cyber"),
    # a labour strike or a boycott threatened (threaten.labour_action.s13), force threatened stays violence
    ("The Kenyan teachers' union threatened a nationwide strike.", "THREATEN", "restrict"),
    ("The Ruritanian opposition threatened a boycott of the election.", "THREATEN", "restrict"),
    ("The Zembian army threatened military action against the rebels.", "THREATEN", "violence"),
]


@pytest.mark.parametrize("text,etype,mode", CODED_4)
def test_session13_conflict_wording_is_coded_4(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


@pytest.mark.parametrize("text", [
    # a fence or a ceasefire breached, checks and balances compromised: no hacking
    "Ruritanian fighters breached the border fence near the river.",
    "The Zembian government compromised the system of checks and balances.",
    "Researchers breached the test network of the Zembian bank during a security audit.",
])
def test_session13_breach_near_misses(pipeline, text):
    events = code(pipeline, text)
    assert not [e for e in events if e.mode == "cyber"], [(e.event, e.mode) for e in events]


def test_labour_strike_threat_is_not_violence(pipeline):
    events = [e for e in code(pipeline, "The Kenyan teachers' union threatened a nationwide strike.") if e.event == "THREATEN"]
    assert events and "violence" not in {e.mode for e in events}


@pytest.mark.parametrize("text", [
    "A roadside bomb struck a Malian army convoy near the town of Gao.",
    "A landmine struck a UN patrol in northern Mali on Monday.",
])
def test_ground_explosives_are_not_air_strikes(pipeline, text):
    """assault.explosive_hit.s13: a roadside bomb or a mine striking a convoy is ASSAULT explosives, not aerial."""
    assert_coded(pipeline, text, "ASSAULT", "explosives")
    assert "aerial" not in {e.mode for e in code(pipeline, text) if e.event == "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Israeli jets struck a Hamas convoy in Gaza.",
])
def test_air_strikes_on_convoys_stay_aerial(pipeline, text):
    assert_coded(pipeline, text, "ASSAULT", "aerial")


@pytest.mark.parametrize("text", [
    "A truck carrying an electronic device hit a bus near Lima in an accident.",
])
def test_vehicles_colliding_are_no_explosives(pipeline, text):
    assert_not_coded(pipeline, text, "ASSAULT")
