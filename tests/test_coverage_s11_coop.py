"""Coverage of the cooperation side (session 11): SUPPORT, CONCEDE, AID, COOPERATE, RETREAT and REQUEST
constructions found by reading Current Events items and ConfliBERT training sentences the coder missed (a
plan embraced, a candidate rallied behind, demands agreed to or caved to, a decision backtracked on under
protest, a site unblocked, a sum lent, relief shipped or let into a besieged town, power handed to civilians,
suspects handed to another state's police, a state applying to join a bloc) or typed as RETREAT (funds
released for victims, read as frozen money given back; a suspect handed over, read as a military hand-over),
and RETREAT it coded for soldiers returning fire, official figures released, a rider leaving the Tour and a
state's withdrawal from a treaty or a bloc. One sentence of our own per construction the lexicon groups
`*.s11` add, with the type (and mode) it must be coded as and a realised modality, and near-misses in
another sense that must not be coded as that type."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # CONCEDE: the other side's demands agreed to or heeded
    ("The Zambian cabinet agreed to the miners' demands after a week of stoppages.", "CONCEDE", None),
    ("Bolivia heeded the demands of the coca growers on Friday.", "CONCEDE", None),
    # AID: a sum lent; relief equipment shipped
    ("Kuwait lent 40 million dollars to Sudan for the new dam.", "AID", None),
    ("Austria shipped medical equipment to the flood zone in Albania.", "AID", None),
    # COOPERATE: suspects handed to another state's police
    ("Portugal handed the two fugitives to the Brazilian police on Monday.", "COOPERATE", None),
    # COOPERATE: a named suspect handed over to another state's police (not a hostage released)
    ("Croatia handed over the wanted suspect Marko Horvat to Bosnian police.", "COOPERATE", None),
    # CONCEDE: caving or capitulating to demands; backtracking on a decision under protest; a site unblocked
    ("The Malawian cabinet caved to the nurses' demands on Tuesday.", "CONCEDE", None),
    ("The ministry backtracked on its plan to close rural clinics after weeks of protests.", "CONCEDE", None),
    ("Pakistan unblocked YouTube after a three-year ban.", "CONCEDE", None),
    # RETREAT: power handed to civilians; relief lorries allowed into a besieged town
    ("The Sudanese generals handed power to a transitional civilian council.", "RETREAT", "withdraw"),
    ("The militia allowed twenty lorries of relief into the besieged town of Taiz.", "RETREAT", "access"),
    # SUPPORT: a proposal embraced, a bid championed, a candidate rallied behind, a blessing given
    ("Portugal embraced the Angolan plan for a regional customs union.", "SUPPORT", None),
    ("Italy championed Albania's bid to open membership talks.", "SUPPORT", None),
    ("Senegal rallied behind the Ivorian candidate for the bank presidency.", "SUPPORT", None),
    ("Moscow gave its blessing to the alliance of the two Abkhaz parties.", "SUPPORT", None),
    # RETREAT: a withdrawal of forces still codes in a sentence that names an agreement
    ("The withdrawal of Turkish troops from the enclave under the truce agreement ended on Sunday.", "RETREAT", "withdraw"),
    ("The Malian army completed its withdrawal from the desert town on Monday.", "RETREAT", "withdraw"),
    # REQUEST: a state applying to join a bloc or applying for a loan
    ("Moldova applied to join the European Union last spring.", "REQUEST", None),
    ("The Sri Lankan government applied for a bailout from the IMF.", "REQUEST", None),
    # AID: funds or relief goods released for victims (not frozen money given back)
    ("Seoul released emergency funds for the typhoon victims in Vietnam.", "AID", None),
    ("The provincial government released food supplies to the drought-hit villages.", "AID", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), CODED)
def test_s11_coop_construction_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a place or a line held against an attack is no support; nor is one's own side's decision defended in words
    # (tests/test_coverage_s7_coop: self-justification is no SUPPORT, whatever CAMEO's 'defend verbally' says)
    ("The Ecuadorian foreign minister defended Quito's decision to recall the consul.", "SUPPORT"),
    ("The marines defended their trenches against the night assault.", "SUPPORT"),
    ("Local militias defended the village against the raiders.", "SUPPORT"),
    # agreeing to a plan is AGREE, not a concession
    ("The two ministers agreed to a plan for joint border patrols.", "CONCEDE"),
    # a firm shipping equipment to its own plant is no aid
    ("The carmaker shipped equipment to its new plant in Hungary.", "AID"),
    # frozen money given back is no aid
    ("Washington released frozen Libyan funds held in American banks.", "AID"),
    # soldiers returning fire shoot back; figures released are no release; a cyclist leaving a race is no retreat
    ("Kenyan soldiers returned fire when gunmen ambushed their convoy near Lamu.", "RETREAT"),
    ("Jobless claims fell in May, according to official figures released by the statistics office.", "RETREAT"),
    ("The Belgian rider withdrew from the Tour after a heavy fall on the descent.", "RETREAT"),
    # a roof caving in, a minister backtracking on words, a firm handed to an heir, lorries allowed on a bridge
    ("The old stadium roof caved in during the storm.", "CONCEDE"),
    ("The minister backtracked on her remarks about the judges.", "CONCEDE"),
    ("The founder handed control of the bakery to his daughter.", "RETREAT"),
    ("The council allowed lorries to cross the new bridge at night.", "RETREAT"),
    # a leader embracing a guest is a hug; backers rallying behind a leader are no street protest
    ("The Peruvian president embraced his Bolivian guest on the tarmac.", "SUPPORT"),
    ("Lebanon rallied behind the national football coach.", "PROTEST"),
    # a state's withdrawal from a treaty, a court or a bloc, or a candidate's from a race, is no military retreat
    ("Ecuador announced its withdrawal from the regional trade bloc on Friday.", "RETREAT"),
    ("Since the Hungarian withdrawal from the arms treaty, the talks have stalled.", "RETREAT"),
    ("The senator announced his withdrawal from the race for governor.", "RETREAT"),
    # applying a rule or applying for a licence is no request
    ("The mining firm applied for a licence to drill near the lake.", "REQUEST"),
    ("The new tariffs apply to all imports from the bloc.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED)
def test_s11_coop_near_miss_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
