"""Coverage of the cooperation side (session 9): CONCEDE, RETREAT, SUPPORT, REQUEST and AID constructions
that news writers use across stories, found by reading Current Events items and ConfliBERT training
sentences the coder missed. One sentence of our own per construction the lexicon groups `*.s9` add, with
the type (and mode) it must be coded as and a realised modality, and near-misses in another sense that
must not be coded as that type."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # CONCEDE: limits or curbs lifted, eased, relaxed or loosened
    ("The Ruvanian cabinet lifted the limits on money sent to relatives abroad.", "CONCEDE", None),
    ("Kenya eased its curbs on foreign reporters after the vote.", "CONCEDE", None),
    # CONCEDE: a state of emergency or martial law rescinded, revoked or ended
    ("The governor of Lagos State rescinded the state of emergency on Monday.", "CONCEDE", None),
    ("Thailand's junta revoked martial law in the southern provinces.", "CONCEDE", None),
    # RETREAT release: captives named by their trade or role
    ("Somali pirates released the Greek captain of the tanker after two months.", "RETREAT", "release"),
    ("Militants in Niger freed two German contractors on Wednesday.", "RETREAT", "release"),
    # RETREAT withdraw: the removal of troops announced or ordered
    ("Canada announced the removal of 400 troops from Latvia.", "RETREAT", "withdraw"),
    # SUPPORT: voting in favour of a resolution, truce or membership
    ("Brazil voted in favour of the resolution on Gaza at the General Assembly.", "SUPPORT", None),
    ("The Dutch parliament voted in support of the rescue plan for Cyprus.", "SUPPORT", None),
    # SUPPORT: support for a party announced as a noun
    ("Three northern provinces announced their support for the opposition candidate, Rafael Ortiz.", "SUPPORT", None),
    # AID: aid or funding restored or resumed after a halt
    ("Canada restored its funding for the Palestinian refugee agency on Friday.", "AID", None),
    ("Sweden resumed 40 million dollars of aid to Zambia.", "AID", None),
    # REQUEST: a party asking to do something
    ("Montenegro asked to join the regional customs union.", "REQUEST", None),
    # REQUEST assist: a need for help or aid voiced
    ("Malawi's president voiced an urgent need for foreign aid after the cyclone.", "REQUEST", "assist"),
    # RETREAT access: relief or supplies allowed into an area
    ("Ethiopia allowed relief supplies into the northern region on Tuesday.", "RETREAT", "access"),
    # CONCEDE / RETREAT: the lifting or easing of a curfew or of sanctions announced or approved
    ("The city council of Sfax approved the lifting of the night curfew.", "CONCEDE", None),
    ("Washington announced the easing of sanctions on Venezuela.", "RETREAT", None),
    # RETREAT access / CONCEDE: a party allowed to do something, parsed as the subject of a to-clause
    ("Myanmar's junta allowed UN monitors to visit the prison camps.", "RETREAT", "access"),
    ("Bangladesh permitted foreign aid agencies to enter the flooded districts.", "RETREAT", "access"),
    ("Ethiopia allowed humanitarian workers to reach the camps in the north.", "RETREAT", "access"),
    ("The electoral court of Ruvania allowed the opposition candidate to stand in the vote.", "CONCEDE", None),
    # RETREAT access: inspectors allowed access, parsed as a verbless clause
    ("Venezuela allowed UN inspectors access to the prisons on Monday.", "RETREAT", "access"),
    # AGREE: parties settling a dispute or their differences
    ("Chile and Bolivia settled their long border dispute at the court in The Hague.", "AGREE", None),
    # SUPPORT: a named person backed; RETREAT release: hostages handed over
    ("Mali's junta backed Colonel Assimi Diarra for a second term.", "SUPPORT", None),
    ("The militia handed over six hostages to the Red Cross in Gao.", "RETREAT", "release"),
    # AID: the release of a sum of aid or a loan tranche approved or authorized
    ("The World Bank approved the release of $300 million in aid to Malawi.", "AID", None),
    # AID: tons of supplies flown or shipped in
    ("The Red Cross flew 30 tonnes of medicine and tents into Libya.", "AID", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), CODED)
def test_s9_coop_construction_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a cap on an economic quantity, a speed limit: no concession
    ("Norway raised the speed limit on its motorways.", "CONCEDE"),
    # a state budget rescinded is no emergency lifted
    ("The council rescinded the state budget for roads.", "CONCEDE"),
    # a report released is no captive freed; a patient discharged
    ("The Ruvanian ministry released a report by its doctors on Monday.", "RETREAT"),
    ("The minister was released from hospital on Friday after his treatment.", "RETREAT"),
    # the removal of a minister or of barricades is no pull-back
    ("Protesters demanded the removal of the interior minister.", "RETREAT"),
    # a vote in a referendum or on a domestic bill is no endorsement
    ("Voters in Ruvania voted in favour of lowering the voting age.", "SUPPORT"),
    # a firm allowed to sell shares is given no access and no concession
    ("The court allowed the mining company to sell its shares.", "RETREAT"),
    ("The court allowed the mining company to sell its shares.", "CONCEDE"),
    ("Saudi Arabia allowed foreign workers to change employers.", "RETREAT"),
    ("The ministry approved the release of its report on aid spending.", "AID"),
    # settling in a country, police ending a standoff: no agreement
    ("Thousands of Syrian refugees settled in Canada last year.", "AGREE"),
    ("Police in Lyon resolved the standoff at the bank.", "AGREE"),
    # a force backed by a country is a modifier, not an act of support
    ("Rwanda-backed rebels seized the town of Goma.", "SUPPORT"),
    # power restored, flights resumed: no aid
    ("Engineers restored power to the capital of Ruvania.", "AID"),
    ("The airline resumed 20 flights a day to Rome.", "AID"),
    # a source asking not to be named makes no request
    ("A senior officer, who asked not to be named, said the convoy was hit.", "REQUEST"),
    # a need stated without aid, help or funds is no appeal
    ("The minister stressed the need for calm.", "REQUEST"),
    # a lifting welcomed is no lifting by the one who welcomes it
    ("Rights groups in Ruvania welcomed the lifting of the curfew.", "CONCEDE"),
    # a clause regretted is disapproval, not an apology
    ("The Dutch foreign ministry regrets that the envoy was left out of the swap.", "CONCEDE"),
    # tons of goods shipped in trade are no aid
    ("Chile shipped 200 tonnes of copper to China.", "AID"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED)
def test_s9_coop_near_miss_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
