"""Event types (session 19, helper `types`): wordings of common event kinds the lexicon did not know, an
object-word event denied by "no", military posts evacuated and named countries left by forces as withdrawals,
armed sides that stop fighting, civil bodies that withdraw (SANCTION, not RETREAT),
and civilians occupying a place (PROTEST obstruct, not COERCE seize). Sentences are our own; each case fails without its lexicon entry or rule."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

CODED = [
    # 'slay' beside 'kill' (active, and the passive participle)
    ("Gunmen slew six farmers near Timbuktu on Saturday.", "ASSAULT", None),
    ("Two Colombian soldiers were slain by rebels in Cauca province.", "ASSAULT", None),
    # 'dynamite' as a verb is an attack with explosives, as 'blow up' is
    ("Insurgents dynamited a railway bridge outside Quetta.", "ASSAULT", "explosives"),
    # 'clamp down on' is 'crack down on'
    ("The Ugandan police clamped down on independent radio stations in Kampala.", "COERCE", "restrict"),
    # 'arraign' is to charge before a court, as 'indict'
    ("Kenyan prosecutors arraigned the former governor of Nairobi on graft charges.", "ACCUSE", "allege"),
    # a seizure with its actor named
    ("Indonesia's seizure of a Vietnamese trawler angered Hanoi.", "COERCE", "seize"),
    # forces evacuating their own posts withdraw (the AID reading of 'evacuate' is for people evacuated)
    ("Armenian troops evacuated their positions near Lachin on Friday.", "RETREAT", "withdraw"),
    ("The Malian army evacuated its garrison at Tessalit.", "RETREAT", "withdraw"),
    ("Chadian soldiers evacuated two bases in the north.", "RETREAT", "withdraw"),
    # forces as a body leaving a named country withdraw
    ("The last Cuban troops left Angola in May.", "RETREAT", "withdraw"),
    ("Kenyan peacekeepers began leaving Somalia on Monday.", "RETREAT", "withdraw"),
    # armed sides that stop, halt or cease fighting end active conflict
    ("Burmese army units and Karen rebels stopped fighting near Myawaddy.", "RETREAT", "ceasefire"),
    ("The Houthi rebels ceased fire along the Saudi border.", "RETREAT", "ceasefire"),
    ("The Azerbaijani army halted hostilities in the region on Tuesday.", "RETREAT", "ceasefire"),
    # a body with no forces withdrawing itself from a country is SANCTION withdraw (manual), not a retreat
    ("Human Rights Watch withdrew from Eritrea after the new press law.", "SANCTION", "withdraw"),
    ("The United Nations pulled out of Somalia in 1995.", "SANCTION", "withdraw"),
    # forces withdrawn stay a military retreat, whoever withdraws them
    ("NATO withdrew its troops from Kosovo.", "RETREAT", "withdraw"),
    # civilians occupying a building or a square as a protest block access to it (PROTEST obstruct)
    ("Dock workers occupied the harbour authority building in Valparaiso.", "PROTEST", "obstruct"),
    ("Students occupied the education ministry in Santiago.", "PROTEST", "obstruct"),
    # an occupation by forces stays a seizure
    ("Turkish forces occupied the town of Afrin.", "COERCE", "seize"),
    # heavy weapons and formations massed are a mobilisation, as troops massed are
    ("The Eritrean army massed artillery along the border with Ethiopia.", "MOBILIZE", "troops"),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_s19_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a seizure with no one named as its actor is no event; the medical sense never is
    ("The patient suffered an epileptic seizure in the hospital in Lima.", "COERCE"),
    # posts evacuated are no aid; people evacuated are no withdrawal
    ("Armenian troops evacuated their positions near Lachin on Friday.", "AID"),
    ("The Peruvian navy evacuated 40 injured fishermen from the island.", "RETREAT"),
    # a country left on a journey, by people who are no forces, or by a country leaving a union, is no withdrawal
    ("The Nigerian army chief left Niger for talks with Malian officers in Bamako.", "RETREAT"),
    ("Hundreds of Syrian families left Lebanon last week.", "RETREAT"),
    ("Greece left the monetary union in the novel's plot.", "RETREAT"),
    # a fight against an ill or a fire is no conflict
    ("The Kenyan government stopped fighting corruption after the vote.", "RETREAT"),
    ("Firefighters stopped fighting the blaze near Patras at dawn.", "RETREAT"),
    ("Human Rights Watch withdrew from Eritrea after the new press law.", "RETREAT"),
    ("NATO withdrew its troops from Kosovo.", "SANCTION"),
    ("Dock workers occupied the harbour authority building in Valparaiso.", "COERCE"),
    ("Turkish forces occupied the town of Afrin.", "PROTEST"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_s19_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)


NEGATED = [
    # "no" on the object word that carries the event denies it, as "not" on the verb does
    ("The Moldovan president expressed no regret for the raid on the Russian consulate.", "CONCEDE"),
    ("The Bolivian foreign minister expressed no support for the coup leaders in La Paz.", "SUPPORT"),
]


@pytest.mark.parametrize("text,etype", NEGATED)
def test_s19_object_with_no_is_negated(pipeline, text, etype):
    events = [e for e in code(pipeline, text) if e.event == etype]
    assert events, f"no {etype} in {text!r}"
    assert {e.modality for e in events} == {"negated"}, [(e.text_info.trigger, e.modality) for e in events]


def test_s19_object_without_no_stays_asserted(pipeline):
    events = [e for e in code(pipeline, "The Moldovan president expressed regret for the raid on the Russian consulate.")
              if e.event == "CONCEDE"]
    assert events and {e.modality for e in events} == {"asserted"}, [(e.text_info.trigger, e.modality) for e in events]
