"""Conflict-side coding found by studying real news wording (session 7): constructions a news writer uses
across stories, each with sentences of our own (other words and names than the sentences studied), the
type (and modality) they must get, and near-misses that must not be coded as that type."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

CODED = [
    # concern about what someone does is still disapproval
    ("The Chilean senator voiced concern about the police crackdown on students.", "ACCUSE", "disapprove"),
    # a claim that another party attacked accuses that party
    ("Ukraine claimed that Russian troops had shelled the town of Kupiansk.", "ACCUSE", "allege"),
    # troops moved to a border
    ("Russia deployed troops to the border with Georgia.", "MOBILIZE", "troops"),
    # military targets destroyed, pounded, hit or struck; a base overrun (also in the past tense)
    ("The Nigerian army destroyed several insurgent camps near Lake Chad.", "ASSAULT", "destroy"),
    ("Ethiopian forces pounded rebel hideouts with artillery in the Amhara region.", "ASSAULT", "heavy-weapons"),
    ("Houthi fighters hit Saudi army positions in Jizan with a missile.", "ASSAULT", None),
    ("Al-Shabaab militants overran an army outpost in southern Somalia.", "COERCE", "seize"),
    ("Rebels overran the town of Bunia after a night of fighting.", "COERCE", "seize"),
    # the plain noun 'strikes' launched on a target by a military actor; fire across a front line
    ("The Turkish army launched air and artillery strikes on Kurdish militants in northern Iraq.", "ASSAULT", "aerial"),
    ("Indian and Pakistani troops fired across the line of control in Kashmir.", "ASSAULT", None),
    # civilians held or used as human shields (CAMEO 184; COERCE as the PLOVER gold records code it)
    ("ISIS fighters used villagers as human shields in Mosul.", "COERCE", "arrest"),
    # forces that remain on alert
    ("Greek troops remained on alert along the border with Turkey.", "MOBILIZE", "troops"),
    # a suspension of aid or links announced; supplies suspended
    ("Britain announced a suspension of aid to Malawi.", "SANCTION", "discontinue"),
    ("Tunisia declared a suspension of ferry links with four neighbours.", "SANCTION", "discontinue"),
    ("Sweden has suspended food supplies to Eritrea.", "SANCTION", "discontinue"),
    # cyber warfare launched against a country
    ("Russia has launched cyber warfare against Estonia.", "COERCE", "cyber"),
    # legal action taken against someone is suing
    ("The Dutch government took legal action against the oil company over the spill.", "ACCUSE", "allege"),
    # claims refuted
    ("The Kenyan government refuted claims by Amnesty that police tortured suspects.", "REJECT", None),
    # a politician banned from office or from running (COERCE ban); a deadline with a penalty named
    ("The election commission in Uganda barred the opposition candidate from running in the election.", "COERCE", "ban"),
    ("The EU gave Hungary a two-month deadline to change the law or face sanctions.", "THREATEN", None),
    ("Iran said it would strike American bases if the United States attacked its nuclear sites.", "THREATEN", None),
    # a state's protest is diplomatic (ACCUSE disapprove); crowds protesting stay PROTEST
    ("Japan protested the seizure of its fishing boats by the Russian coast guard.", "ACCUSE", "disapprove"),
    ("Thousands of Chileans protested in Santiago against the pension reform.", "PROTEST", "demo"),
    # violence by protesters or rioters is a riot (PROTEST riot); police violence against them stays ASSAULT
    ("Rioters torched police stations in Dhaka.", "PROTEST", "riot"),
    ("The regional government building was demolished by protesters in Bishkek.", "PROTEST", "riot"),
    ("Police killed three protesters in Khartoum.", "ASSAULT", None),
    # readiness to act if the other side does something is a conditional offer, not a threat
    ("Armenia is willing to pull its troops out of the border villages if Azerbaijan does the same.", "AGREE", None),
    # skirmishes, gun battles and fire exchanged (all sides actors); harassment of journalists or activists;
    # an agitation continued; security tightened; a rival chided
    ("Soldiers skirmished with Maoist rebels in Chhattisgarh.", "ASSAULT", None),
    ("Kurdish fighters engaged in a gun battle with Turkish troops near Afrin.", "ASSAULT", "firearms"),
    ("Indian troops exchanged fire with militants in Kupwara district.", "ASSAULT", "firearms"),
    ("Police in Minsk harassed journalists covering the rally.", "COERCE", None),
    ("Farmers in Punjab continued their agitation against the farm laws.", "PROTEST", "demo"),
    ("Police tightened security around the parliament in Islamabad.", "MOBILIZE", "police"),
    ("The Chinese foreign minister chided Washington for its remarks on Taiwan.", "ACCUSE", "disapprove"),
    ("The ousted Malian president said he will resign if the junta guarantees his safety.", "AGREE", None),
    # troops leaving towns retreat; a country leaving a treaty cuts ties
    ("Ugandan forces withdrew from Bunia and two other towns in Ituri.", "RETREAT", "withdraw"),
    ("Burundi withdrew from the International Criminal Court.", "SANCTION", "withdraw"),
    # a refusal the text states flatly, without a verb of saying: PLOVER codes all refusals as REJECT
    ("The junta will not release the detained journalists.", "REJECT", None),
    ("The rebels in Mali will not free the engineers without a ransom.", "REJECT", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session7_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


MODALITY = [
    # the content of a charge or an allegation is someone's claim, not a fact the text asserts
    # (a denied allegation is a REJECT whose content is not coded: tests/test_coverage_s11_conflict.py)
    ("Villagers made allegations that the soldiers burned a village in the north.", "ASSAULT", "reported"),
    ("Rights groups published claims that the militia executed prisoners near Tripoli.", "ASSAULT", "reported"),
    # an awaited act has not happened
    ("Aid agencies were waiting for the army to investigate the shooting.", "ACCUSE", "future"),
    # a boast of one's own attack is reported as the attack, not an accusation
    ("The rebels claimed that they had shelled an army depot near Goma.", "ASSAULT", "reported"),
]


@pytest.mark.parametrize("text,etype,modality", MODALITY)
def test_session7_modality(pipeline, text, etype, modality):
    events = [e for e in code(pipeline, text) if e.event == etype]
    assert events, f"no {etype} in {text!r}"
    assert {e.modality for e in events} == {modality}, [(e.text_info.trigger, e.modality) for e in events]


NOT_CODED = [
    # sympathy or worry for someone's health, fate or safety is no complaint against anyone
    ("The Kenyan president expressed concern for the health of the jailed opposition leader.", "ACCUSE"),
    ("The envoy voiced concern about the fate of the missing reporters.", "ACCUSE"),
    # the claimant's own attack: no accusation
    ("The rebels claimed that they had shelled an army depot near Goma.", "ACCUSE"),
    # a choice offered between outcomes realises none of them
    ("The militia gave the villagers the option to leave or be shot.", "ASSAULT"),
    # money, goodwill and civil drills are not forces
    ("The African Union is mobilising funds for drought relief in Somalia.", "MOBILIZE"),
    ("Norway reinforced its commitment to the peace talks in Colombia.", "MOBILIZE"),
    ("Peruvian police cadets held an earthquake evacuation drill at a school in Lima.", "MOBILIZE"),
    # observers and peacekeepers sent to a mission are no military move against anyone
    ("The African Union deployed election observers to Malawi.", "MOBILIZE"),
    ("Ghana is sending troops to the UN peacekeeping mission in Lebanon.", "MOBILIZE"),
    # a storm destroys camps; a labour strike launched; shots in celebration; doctors on alert
    ("Hurricane winds destroyed several camps for displaced people in Haiti.", "ASSAULT"),
    ("Striking teachers launched strikes on Monday against the pay cuts in Lagos.", "ASSAULT"),
    ("Wedding guests fired into the air in celebration in Kabul.", "ASSAULT"),
    ("Doctors in Lima remained on alert for new cholera cases.", "MOBILIZE"),
    # an airline's suspension of its flights is business; rumours about health refuted are no rejection
    ("Lufthansa announced a suspension of flights to Tehran.", "SANCTION"),
    ("Chile announced a suspension of flights from Brazil to slow the spread of the new virus variant.", "SANCTION"),
    ("The minister refuted the rumours about his health.", "REJECT"),
    ("The striker hit the post twice in the second half against Chelsea.", "ASSAULT"),
    # barred from entering a country is a refusal (REJECT), a deadline without a penalty is no threat
    ("Kenya barred the Ugandan opposition leader from entering the country.", "COERCE"),
    ("The court set a deadline for the parties to file their briefs.", "THREATEN"),
    # a government's protest is no street protest
    ("Japan protested the seizure of its fishing boats by the Russian coast guard.", "PROTEST"),
    ("The Indonesian foreign ministry protested the execution of its citizen in Riyadh.", "PROTEST"),
    # rioters' arson is no ASSAULT; a mob's lynching is no riot
    ("Rioters torched police stations in Dhaka.", "ASSAULT"),
    ("A mob lynched a man accused of blasphemy in Sialkot.", "PROTEST"),
    # fighting a disease or a disaster is no assault; a conditional offer is no threat
    ("Cuba sent doctors to Angola to fight the cholera outbreak.", "ASSAULT"),
    ("Armenia is willing to pull its troops out of the border villages if Azerbaijan does the same.", "THREATEN"),
    # a manager harassing a colleague, security rules tightened, gifts exchanged
    ("The manager harassed a colleague at the office in Chicago.", "COERCE"),
    ("The airline tightened security rules for passengers.", "MOBILIZE"),
    ("The two presidents exchanged gifts in Hanoi.", "ASSAULT"),
    ("The ousted Malian president said he will resign if the junta guarantees his safety.", "THREATEN"),
    ("Ugandan forces withdrew from Bunia and two other towns in Ituri.", "SANCTION"),
    # a passive says nothing about anyone refusing
    ("The prisoners will not be released before the election in Guinea.", "REJECT"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session7_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)
