"""Coverage of the cooperation side (session 8): AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT
and REQUEST wording that news writers use across stories, found by reading Current Events items and
ConfliBERT training sentences the coder missed. One sentence of our own per construction the lexicon groups
`*.s8` add, with the type (and mode) it must be coded as and a realised modality, and near-misses in another
sense that must not be coded as that type."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # RETREAT resign: standing down from an office, as stepping down
    ("Sir Alan Brooke stood down as leader of the Liberal Party on Tuesday after the election defeat.",
     "RETREAT", "resign"),
    ("The Ruvanian interior minister stands down after a row over police funding.", "RETREAT", "resign"),
    # RETREAT release: a captive referred to by a pronoun
    ("Rebels in Mali captured the French aid worker in April and released him on Sunday.", "RETREAT", "release"),
    ("Officials in Lagos said the kidnappers freed her after the family paid a ransom.", "RETREAT", "release"),
    # COOPERATE: joining forces or hands with a party
    ("Kenya and Uganda joined forces with Somali troops to fight the militants.", "COOPERATE", None),
    ("The two opposition parties of Ruvania joined hands to challenge the ruling party in the election.",
     "COOPERATE", None),
    # CONSULT visit: an official travelling to a place, a trip arrived for, a tour embarked on
    ("French President Marcel Dupont travelled to Algiers on Monday.", "CONSULT", "visit"),
    ("Pope Leo travels to Lebanon on Friday.", "CONSULT", "visit"),
    ("The Pope arrived in Baghdad for a three-day trip to Iraq.", "CONSULT", "visit"),
    ("The German chancellor is on a trip to East Africa this week.", "CONSULT", "visit"),
    ("The foreign minister of Peru embarked on a tour of Southeast Asia on Monday.", "CONSULT", "visit"),
    # AGREE: talks, a meeting or a ceasefire proposed to a party
    ("The Ruvanian president proposed talks with the rebel leadership to end the conflict.", "AGREE", None),
    ("Kenya proposed a ceasefire to the militia leaders in the north.", "AGREE", None),
    # AID: aid increased, doubled or stepped up; vehicles and aircraft provided
    ("Norway doubled its humanitarian aid to Afghanistan last year.", "AID", None),
    ("Sweden increased its funding for the refugee agency in Jordan.", "AID", None),
    ("The United States provided the Lebanese army with vehicles and helicopters.", "AID", None),
    # REQUEST: a sum sought from donors; pleading with a party
    ("The United Nations seeks $2.1 billion in aid for Yemen this year.", "REQUEST", "assist"),
    ("The mayor of Gao pleaded with the rebels to free the hostages.", "REQUEST", None),
    # AGREE: an invitation extended; the resumption of talks or reunions proposed
    ("The Bolivian government extended an invitation to the Pope to visit the country.", "AGREE", None),
    ("Armenia proposes the resumption of border trade with Turkey.", "AGREE", None),
    # CONSULT: a phone conversation had, leaders who spoke on the phone; a visitor welcomed; an envoy sent
    ("The French president had a phone conversation with the Russian leader.", "CONSULT", "phone"),
    ("The presidents of Chile and Peru spoke on the phone on Monday about the border.", "CONSULT", "phone"),
    ("The Peruvian president welcomed Chile's foreign minister to Lima.", "CONSULT", "visit"),
    ("Chile sent an envoy to Lima on Monday.", "CONSULT", "visit"),
    # CONSULT: an official arriving in a country; leaders who convene
    ("Japanese Prime Minister Taro Sato arrives in Saudi Arabia on his first visit to the Gulf.", "CONSULT", "visit"),
    ("The head of the African Union arrived in Bamako on Tuesday.", "CONSULT", "visit"),
    ("G7 leaders convene in Cornwall for their annual summit.", "CONSULT", None),
    # CONSULT: talks or negotiations concluded
    ("Iran concluded negotiations with the European Union in Vienna.", "CONSULT", None),
    # CONCEDE: a promise of restraint is no threat (s15 quad: the manual's CONCEDE, a promise that something
    # will not be done, not AGREE; tests/test_quad_s15.py)
    ("The two presidents agreed to use neither force nor threats in their border dispute.", "CONCEDE", None),
    ("The presidents of Chile and Peru vowed not to use force against each other.", "CONCEDE", None),
    # REQUEST: an ambassador asked to act; a party told that it must act
    ("Pakistan asks the U.S. ambassador to clarify the president's remarks.", "REQUEST", None),
    ("The Chinese envoy told Indian officials that India must withdraw its troops from the plateau.", "REQUEST", None),
    ("Kenya asked a coalition of aid groups, the Nairobi Relief Forum, to end its strike.", "REQUEST", None),
    # SUPPORT: a deal inked; an alliance forged
    ("Kenya and Tanzania inked a deal on energy cooperation.", "SUPPORT", None),
    ("Chile and Peru forged a new partnership on fisheries.", "SUPPORT", None),
    # CONSULT: a ceasefire brokered between two sides; a video call held
    ("Qatar brokered a ceasefire between Israel and Hamas.", "CONSULT", None),
    ("The presidents of Chile and Peru held a video call on Monday.", "CONSULT", "phone"),
    # AGREE: a deal hammered out
    ("Chile and Peru hammered out a deal on fishing rights.", "AGREE", None),
    # AID: food airdropped, rescue teams sent, an aid package announced, tonnes of supplies delivered
    ("The Jordanian air force airdropped food into Gaza.", "AID", None),
    ("Turkey sent search and rescue teams to Syria after the earthquake.", "AID", None),
    ("The EU announced a 50 million euro aid package for Sudan.", "AID", None),
    ("China delivered 100 tonnes of medical supplies to Italy.", "AID", None),
    # CONSULT: the resumption of talks announced
    ("The government of Peru and the rebels announce the resumption of peace talks in Havana.", "CONSULT", None),
    # SUPPORT: support indicated or signalled for a party's plan
    ("The Japanese envoy indicated Japan's support for the resumption of the six-party talks.", "SUPPORT", None),
    # AID: civilians rescued from their captors
    ("Nigerian troops rescued 40 civilians from a militant camp in Borno state.", "AID", None),
    # AGREE: leaders agreeing among themselves on a measure threaten nobody
    ("The German chancellor and the state premiers agreed to extend the lockdown until March.", "AGREE", None),
    # RETREAT return: a seized drone or ship handed back; troops back to their bases
    ("China returned a Vietnamese fishing trawler it had seized near the Paracel Islands.", "RETREAT", "return"),
    ("The Russian troops returned to their bases after the exercise.", "RETREAT", None),
    # AID: a bailout or an aid package approved; refugees sheltered
    ("The IMF approved a bailout for Sri Lanka.", "AID", None),
    ("Chile approved a $10 million aid package for Peru.", "AID", None),
    ("Chile sheltered thousands of refugees from Peru.", "AID", "asylum"),
    # SUPPORT: support thrown behind a party's bid
    ("Chile threw its support behind Peru's bid for a seat on the council.", "SUPPORT", None),
    # CONCEDE: a claim dropped
    ("Chile dropped its claim to the disputed islands.", "CONCEDE", None),
    # RETREAT: checkpoints dismantled
    ("The Israeli army dismantled two checkpoints near Ramallah.", "RETREAT", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session8_coop_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a patient discharged from hospital is no captive released
    ("Doctors at the city hospital released him on Monday after two weeks of treatment.", "RETREAT"),
    # enlisting in the armed forces, a human chain: no joint action of parties
    ("He joined the armed forces in 1998 after finishing school.", "COOPERATE"),
    ("Thousands of protesters joined hands to form a human chain across the capital.", "COOPERATE"),
    # tourists travel, a journey barred: no visit
    ("Tourists travel to Bali every summer.", "CONSULT"),
    ("The opposition leader was barred from travelling to London for the conference.", "CONSULT"),
    # a theory proposed is no offer to a party
    ("The physicist proposed a new theory of gravity at the conference in Geneva.", "AGREE"),
    # pleading guilty or not guilty in court asks nothing of anyone
    ("The militia leader pleaded not guilty to charges of war crimes in The Hague.", "REQUEST"),
    # what a plea asks for has not happened
    ("The mayor of Gao pleaded with the rebels to free the hostages.", "RETREAT"),
    # a budget or a price increased is no aid
    ("The Ruvanian government increased the defence budget by ten percent.", "AID"),
    # troops arriving deploy, a leader arriving back home visits nobody; a parliament convened is no meeting
    ("Uruguayan peacekeepers arrive in Congo as part of the UN mission.", "CONSULT"),
    ("The opposition leader arrives back in Yangon after two weeks abroad.", "CONSULT"),
    ("The parliament convened an emergency session on Sunday.", "CONSULT"),
    # a withdrawal of recognition is no pull-back; embassy work suspended concedes nothing
    ("Ecuador announces the withdrawal of its recognition of the breakaway republic.", "RETREAT"),
    ("Qatar suspends the work of its embassy in Libya because of the fighting.", "CONCEDE"),
    # an election called or called off asks nothing of anyone; restraint promised threatens nobody
    ("The Palestinian leader announced that he has called off the elections scheduled for next month.", "REQUEST"),
    ("The president of Kazakhstan calls an early election for April.", "REQUEST"),
    ("The two presidents agreed to use neither force nor threats in their border dispute.", "THREATEN"),
    # what a party is asked to do has not happened, even when the parse hangs it as a purpose clause
    ("Kenya asked a coalition of aid groups, the Nairobi Relief Forum, to end its strike.", "CONCEDE"),
    # an offensive to end the rebels' presence is force, not a pull-back
    ("Government troops shelled the valley in an offensive to end the rebels' presence in the north.", "RETREAT"),
    # a video call held is no call for action; a team sent to investigate gives no aid
    ("The presidents of Chile and Peru held a video call on Monday.", "REQUEST"),
    ("The police sent a team to investigate the murder in the village.", "AID"),
    # an artist's contract inked signs no agreement between parties
    ("The artist inked a contract with a record label in Los Angeles.", "SUPPORT"),
    ("The German chancellor and the state premiers agreed to extend the lockdown until March.", "THREATEN"),
    # a fishing boat going back to port, an officer going home: no military pull-back
    ("A Chinese fishing boat returns to Ningbo after being held by the Japanese coast guard.", "RETREAT"),
    ("The army officer returned home after being charged with fraud in Lagos.", "RETREAT"),
    # crowds greeting a leader host nobody
    ("Crowds welcomed the president in Lagos.", "CONSULT"),
    # posts of rebels or protesters taken down are no retreat
    ("The army dismantled a rebel checkpoint near the border.", "RETREAT"),
    ("Police dismantled roadblocks set up by protesters in the capital.", "RETREAT"),
    # a nomination approved is no aid
    ("The Senate approved the president's nomination of a new judge.", "AID"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session8_coop_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
