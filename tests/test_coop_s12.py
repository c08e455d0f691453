"""Cooperation side, session 12 (coop): RETREAT precision, hostage rescues, sums of aid and offered forces.

RETREAT fired for things that move no force and free no captive: a patient released from hospital, a party
withdrawing from talks (it halts negotiations, CAMEO 164, as 'walked out of the talks'), a minister
withdrawing a resignation or a party a candidate. And the manual codes a hostage rescue by police or troops
as AID, not as the captors' RETREAT release (events.cues.rescue, cues.yaml `rescue_code`). A sum given
"in aid" or "of equipment" names what is given (events.roles._object_words), and forces, craft or equipment
offered to a party are an offer of help (triggers.yaml agree.offer_forces.s12). Monitors let into a town
or prisons opened to inspectors are access (events._clause_subject, retreat.open_to_monitors.s12), and
weapons handed over are disarmament (retreat.weapons_handed.s12). What is returned sets the RETREAT mode
(bodies and prisoners of war released, villages ceded, stolen goods handed back by a state), and a state
returning people or an athlete withdrawing from an event is no RETREAT. What a party "has yet to" do has
not happened (events.modality: negated).

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events
corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

from eventlens.events.cues import load_cues

CODED = [
    # a party leaving talks halts negotiations, armed or not
    ("The Tamaran rebels withdrew from the peace negotiations in Geneva, citing air strikes.", "SANCTION", "withdraw"),
    ("The Kenyan opposition pulled out of the dialogue with the ruling party on Monday.", "SANCTION", "withdraw"),
    # security forces freeing kidnapped people or hostages rescue them (manual: hostage rescues are AID)
    ("Nigerian commandos freed three kidnapped engineers near Warri on Sunday.", "AID", None),
    ("Colombian soldiers freed two hostages held in a jungle camp.", "AID", None),
    # still RETREAT: captors letting go, forces withdrawing from a town
    ("The rebels freed two Swiss hostages on Friday.", "RETREAT", "release"),
    ("Peruvian police released the detained students without charge.", "RETREAT", "release"),
    ("The Chadian army withdrew from the border town of Bardai.", "RETREAT", "withdraw"),
    ("Vatanian guerrillas released a kidnapped Brazilian journalist after a month in captivity.", "RETREAT", "release"),
    # a sum of aid: the 'in'/'of' phrase says what the sum is
    ("Japan provided Haiti with $5 million in emergency aid.", "AID", None),
    ("Norway supplied 40% of the military equipment the Estonian army bought last year.", "AID", None),
    # forces, craft or equipment offered to a party
    ("Italy has offered the United States an armored regiment and attack helicopters.", "AGREE", None),
    ("Spain offered two frigates to the NATO mission in the Aegean.", "AGREE", None),
    # monitors let in, a verbless clause the small model makes of "let X into"; prisons opened to inspectors
    ("Syria let UN observers into the town of Homs.", "RETREAT", "access"),
    ("The Sudanese government allowed UN aid workers access to the region.", "RETREAT", "access"),
    ("Serbia opened its prisons to Red Cross inspectors.", "RETREAT", "access"),
    # weapons handed over or turned in
    ("The Tamaran rebels handed over their weapons to the UN mission.", "RETREAT", "disarm"),
    # the mode of a return by what is returned
    ("Hamas returned the body of an Israeli soldier to Israel.", "RETREAT", "release"),
    ("Armenia returned all prisoners of war to Azerbaijan.", "RETREAT", "release"),
    ("The Tamaran army returned the captured villages to the Vatanian government.", "RETREAT", "withdraw"),
    ("Germany returned a medieval psalter to Poland decades after it was looted.", "RETREAT", "return"),
]


@pytest.mark.parametrize(("text", "etype", "mode"), CODED)
def test_s12_coop_construction_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a patient sent home from hospital is no captive set free
    ("The former Brazilian president was released from hospital after treatment for pneumonia.", "RETREAT"),
    ("The Kenyan foreign minister was released from a Nairobi clinic on Tuesday.", "RETREAT"),
    # talks left: no pull-back of forces
    ("The Tamaran rebels withdrew from the peace negotiations in Geneva, citing air strikes.", "RETREAT"),
    # things withdrawn that are no forces
    ("The Ugandan finance minister withdrew his resignation on Monday.", "RETREAT"),
    ("The Zambian ruling party withdrew its candidate from the Lusaka by-election.", "RETREAT"),
    ("The Danish embassy withdrew its remarks about the Ghanaian elections.", "RETREAT"),
    # captors releasing people are no rescuers
    ("The rebels freed two Swiss hostages on Friday.", "AID"),
    # the army freeing its own detainees releases them
    ("The Malian army freed fifty prisoners it had detained during the protests.", "AID"),
    # a sum of something that is no aid; words, not help, offered
    ("Japan provided Haiti with $5 million in unpaid bills.", "AID"),
    ("The Spanish minister offered his condolences to the families of the victims.", "AGREE"),
    ("The Italian premier offered an explanation to parliament for the delay.", "AGREE"),
    # a prison opened is a new building; protesters let into a square or a deadline let pass are no access
    ("The Kenyan ministry opened a new prison in the north.", "RETREAT"),
    ("The Kenyan police let the protesters into the square.", "RETREAT"),
    ("The Kenyan court let the deadline pass.", "RETREAT"),
    # people sent back, a stolen car given back by the police, an athlete leaving an event
    ("Poland will return Ukrainians who evaded conscription to Ukraine.", "RETREAT"),
    ("The Kenyan police returned the stolen car to its owner.", "RETREAT"),
    ("Several athletes tested positive, forcing the Kenyan swimmer to withdraw from the freestyle event.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED)
def test_s12_coop_near_miss_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)


def test_rescue_code_and_word_lists_come_from_cues_yaml():
    cues = load_cues()
    assert cues.retypings["rescue"][0] == "AID"
    assert {"hostage", "victim"} <= cues.rescued_nouns
    assert {"police", "troops", "commandos"} <= cues.rescuer_nouns
    assert "hospital" in cues.care_places


def test_rescued_event_keeps_rescuers_and_rescued(pipeline):
    events = [e for e in code(pipeline, "Nigerian commandos freed three kidnapped engineers near Warri on Sunday.")
              if e.event == "AID"]
    assert events
    assert any("commandos" in a.text for a in events[0].actor)
    assert any("engineers" in r.text for r in events[0].recipient)


# "has yet to" / "is yet to": the act has not happened (negated, so not realised)
NOT_YET = [
    ("The Vatanian junta has yet to release the detained opposition leaders.", "RETREAT"),
    ("The Tamaran government has yet to lift the curfew in the capital.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_YET)
def test_what_has_yet_to_happen_is_not_realised(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


def test_done_act_beside_a_pending_one_stays_realised(pipeline):
    text = "The Tamaran rebels released the hostages, but the Vatanian army has yet to withdraw."
    assert_coded(pipeline, text, "RETREAT", "release")
    assert_not_coded(pipeline, text.replace("released the hostages, but", "said"), "RETREAT", realised_only=True)


# a ceasefire that takes effect at a place is observed (RETREAT ceasefire) even when nobody is named; one
# only agreed to be maintained is not
def test_ceasefire_taking_effect_at_a_place_is_coded_without_parties(pipeline):
    for text in ("A ceasefire went into effect in southern Lebanon on Sunday.",
                 "A truce took hold in the Bosnian capital Sarajevo on Monday."):
        assert_coded(pipeline, text, "RETREAT", "ceasefire")
    assert_not_coded(pipeline, "The Pakistani government reopened the border crossing with Afghanistan, following an "
                               "agreement to maintain a ceasefire.", "RETREAT")


# a later item of a listed demand is what is demanded, not a release that happened
@pytest.mark.parametrize("text", [
    "The Tamaran council called for a ceasefire, the release of all hostages and new talks.",
    "The assembly adopted the declaration, calling for a ceasefire in the war, the release of hostages and new talks.",
])
def test_listed_demand_is_not_a_release(pipeline, text):
    assert_coded(pipeline, text, "REQUEST")
    assert_not_coded(pipeline, text, "RETREAT")


# intelligence agents and coastguards rescue too; a prison service freeing its inmates releases them
def test_rescuers_include_intelligence_agents_and_coastguards(pipeline):
    assert_coded(pipeline, "Two kidnapped Italian engineers were freed by Nigerian intelligence agents.", "AID")
    assert_coded(pipeline, "The Greek coastguard freed the hijacked crew on Sunday.", "AID")
    text = "The Kenyan Prison Service freed 500 inmates to ease overcrowding."
    assert_coded(pipeline, text, "RETREAT", "release")
    assert_not_coded(pipeline, text, "AID")
