"""Coverage of the cooperation side (session 7): AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT
and REQUEST wording that news writers use across stories, one sentence of our own per construction the
lexicon groups `*.s7` add, with the type (and mode) it must be coded as and a realised modality, and
near-misses in another sense that must not be coded as that type."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # RETREAT release: more kinds of people freed; anyone freed on bail or parole
    ("The military authorities in Ruvania on Monday released three senior aides of the exiled opposition leader.",
     "RETREAT", "release"),
    ("The Taliban released two Pakistani clerics on Sunday.", "RETREAT", "release"),
    ("Boko Haram fighters freed 30 schoolgirls on Tuesday.", "RETREAT", "release"),
    ("A Nairobi court freed on bail two former ministers who face graft charges.", "RETREAT", "release"),
    ("The Kenyan government announced on Friday the release of three detained Somali citizens.", "RETREAT", "release"),
    ("The junta finally let free the jailed opposition leader Ana Ruiz.", "RETREAT", "release"),
    # CONCEDE: a cessation of hostilities declared (like a declared ceasefire)
    ("The Sudanese army declared a cessation of hostilities in Darfur.", "CONCEDE", None),
    # CONCEDE: a suspension of one's attacks announced; giving "into" demands
    ("Rebels in Chad announced a suspension of attacks against government troops.", "CONCEDE", None),
    ("Peru gives into demands made by the miners.", "CONCEDE", None),
    # AGREE: agreeing with a party on something (not an opinion shared)
    ("Egypt agreed with Israel on a new ceasefire in Gaza.", "AGREE", None),
    # AGREE: standing ready to help
    ("The European Union stands ready to assist Lebanon.", "AGREE", None),
    # AGREE: a commitment reiterated
    ("Ghana's navy reiterated its commitment to help the coast guard patrol the gulf.", "AGREE", None),
    # COOPERATE: joint war games
    ("The armies of Chile and Peru staged joint war games near the border.", "COOPERATE", None),
    # RETREAT return: looted cultural property handed back
    ("Customs officers in Texas returned 40 looted artifacts to the government of Guatemala.", "RETREAT", "return"),
    ("Italy repatriated two stolen Roman statues to the Turkish government.", "RETREAT", "return"),
    # RETREAT (CAMEO 085): sanctions removed, tariffs cut
    ("The European Union removed sanctions on three Belarusian banks.", "RETREAT", None),
    ("Washington cut tariffs on Vietnamese furniture in exchange for wider market access.", "RETREAT", None),
    # AID: arms, vehicles and relief goods given; sums lent or announced as aid; refugees taken in
    ("The Spanish navy gave 300 rifles to the coast guard of Ghana.", "AID", None),
    ("Japan gave four patrol boats to the Philippine coast guard.", "AID", None),
    ("Norway sent 5,000 tents and blankets to the flood victims in Pakistan.", "AID", None),
    ("Australia lent $2 billion to Papua New Guinea to aid its budget.", "AID", None),
    ("Sweden provided 12 million euros to support refugees in Uganda.", "AID", None),
    ("The Dutch government announced $15 million in new assistance to the people of Sudan.", "AID", None),
    ("Canada accepted 3,000 Afghan refugees last month.", "AID", "asylum"),
    ("The EU allocated €40 million in humanitarian aid to Haiti.", "AID", None),
    ("Turkey deployed 60 search-and-rescue teams to Albania after the earthquake.", "AID", None),
    # AID peacekeeping: troops sent to, or joining, a peacekeeping force
    ("Ghana deployed 400 soldiers to Lebanon to join the UN peacekeeping force there.", "AID", None),
    ("Hundreds of Irish soldiers arrived in Lebanon to join the UN peacekeeping mission there.", "AID", None),
    ("Nigeria announced the deployment of 200 troops to Gambia on a peacekeeping mission.", "AID", None),
    ("Uruguay has contributed to peacekeeping missions in Haiti and Congo for decades.", "AID", None),
    # a stated readiness to contribute is a stated intention to cooperate
    ("Officials in Accra said Ghana was ready to contribute soldiers to a UN peacekeeping force in Mali.", "AGREE", None),
    # the particle after the verb, not a preposition in front of it ("In addition, ... participate in")
    ("In the meantime, Nepalese units participate in a UN peacekeeping mission in Lebanon.", "AID", None),
    # SUPPORT: an offer welcomed, a decision supported, solidarity
    ("The Egyptian foreign ministry welcomed Qatar's offer to mediate between the two factions.", "SUPPORT", None),
    ("Germany said it supports Poland's decision to expel the diplomats.", "SUPPORT", None),
    ("Spain said it stands in solidarity with France after the attack.", "SUPPORT", None),
    # CONSULT: a working meal or a meal with a counterpart
    ("The Indian prime minister had lunch with his Japanese counterpart in Tokyo.", "CONSULT", None),
    ("King Abdullah hosted a working dinner for the visiting Kenyan president.", "CONSULT", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session7_coop_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # released things, patients and films are no prisoners; returning fire is no handing back
    ("The studio released two films about the monks of Tibet.", "RETREAT"),
    ("The hospital released 20 patients on Sunday.", "RETREAT"),
    ("Police returned fire after the gunmen opened fire on the patrol.", "RETREAT"),
    # a product or exam results released are no prisoners
    ("The company announced the release of its new phone.", "RETREAT"),
    ("The ministry announced the release of the exam results.", "RETREAT"),
    # agreeing with someone that something is so is an opinion
    ("Germany said it agrees with France that the deficit rules must change.", "AGREE"),
    ("Germany agreed with France that the deficit rules must change.", "AGREE"),
    # standing ready to attack is a threat, not an offer of cooperation
    ("The army stands ready to attack the rebel positions.", "AGREE"),
    # a report contributing to a debate gives no aid
    ("The report contributed to the debate on peacekeeping reform.", "AID"),
    # a ceremony attended is no meeting
    ("The prime minister attended a ceremony marking the end of the war.", "CONSULT"),
    # a plan withdrawn or money handed over to a court is no retreat
    ("The city of Lyon withdrew its plan to honour the former dictator.", "RETREAT"),
    ("A court ordered the businessman to hand over $20 million to the state.", "RETREAT"),
    # a sports suspension is no concession
    ("The league announced a suspension of the striker for three games.", "CONCEDE"),
    # taxes cut at home and a company's prices are no eased sanctions
    ("The government of Ruvania cut taxes on fuel and bread.", "RETREAT"),
    # armoured vehicles sent to one's own border are a deployment, not aid; a speech given is no gift
    ("Russia sent armoured vehicles and tanks to the border with Ukraine.", "AID"),
    ("The French president gave an address to farmers in Lyon.", "AID"),
    # refugees accepting an offer do not take anyone in
    ("The refugees accepted the offer of housing in Berlin.", "AID"),
    # guests welcomed are no praise of a party's act
    ("The mayor welcomed the guests at the town hall.", "SUPPORT"),
    # a leader defending his own record supports no other party
    ("The president defended his decision to dismiss the army chief.", "SUPPORT"),
    # a gun supplied to a killer is a crime, not military aid
    ("Police said a man had supplied the gun to the gunman before the shooting.", "AID"),
    # a private meal, a meal with nobody named
    ("The prime minister had dinner with his wife at a restaurant in Ottawa.", "CONSULT"),
    ("The senator had lunch at the Capitol on Tuesday.", "CONSULT"),
    # troops sent with no peacekeeping named stay a deployment
    ("Ghana deployed 400 soldiers to the northern border.", "AID"),
    # a coach's commitment to a club is no commitment to cooperate between parties
    ("The coach reiterated his commitment to the club.", "AGREE"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session7_coop_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
