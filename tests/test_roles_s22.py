"""Session 22 (recipient roles): recipients that were found by the parse but lost later. Sentences written here."""
from __future__ import annotations

from datetime import date

import pytest

from eventlens import api

PUBLISHED = date(2022, 5, 9)


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.event, e.text_info.trigger.lower(), [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in api.extract(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # surnames that the gazetteer also holds as towns (Obama in Japan, Clinton in the US, Morales in Guatemala), when the parse names a person
    ("The two senators are asking Obama to send more vaccines.", "asking", "Obama"),
    ("The rebels accused Morales of fraud.", "accused", "Morales"),
    ("The Mexican foreign minister criticised Clinton on Thursday.", "criticised", "Clinton"),
])
def test_a_person_named_by_a_surname_that_is_also_a_town_stays_the_recipient(text, trigger, target):
    found = [e for e in _events(text) if e[1] == trigger]
    assert found and all(e[3] == [target] for e in found), _events(text)



@pytest.mark.parametrize(("text", "asked", "partner"), [
    ("The German chancellor sent a firm message to Serbia that it must cooperate with the tribunal.", "Serbia", "the tribunal"),
    ("The chancellor sent a message to Belgrade that Serbia must cooperate with the tribunal.", "Serbia", "the tribunal"),
])
def test_must_clause_asks_its_subject_not_the_partner_of_the_joint_act(text, asked, partner):
    # "X said Y must cooperate with Z" is X asking Y; Z is what Y is asked to cooperate with
    found = [e for e in _events(text) if e[0] == "REQUEST"]
    assert found and all(asked in e[3] and partner not in e[3] for e in found), _events(text)


@pytest.mark.parametrize(("text", "told"), [
    ("The chancellor sent a firm reminder to Serbia that it must cooperate with the tribunal.", "Serbia"),
    ("The minister told the Kurdish leaders that they must cooperate with Baghdad.", "the Kurdish leaders"),
])
def test_a_pronoun_that_must_act_is_the_one_told(text, told):
    # "told X that it/they must ...": the pronoun takes up the one addressed, not the speaker
    found = [e for e in _events(text) if e[0] == "REQUEST"]
    assert found and all(e[3] == [told] for e in found), _events(text)


@pytest.mark.parametrize(("text", "parties"), [
    ("The envoy ended mediation efforts between Sudan and Chad.", ["Sudan", "Chad"]),
    ("The government ended mediation efforts with the dock workers.", ["the dock workers"]),
])
def test_a_mediation_ended_is_aimed_at_the_parties_mediated_between(text, parties):
    found = [e for e in _events(text) if e[0] == "SANCTION"]
    assert found and all(sorted(e[3]) == sorted(parties) for e in found), _events(text)


@pytest.mark.parametrize(("text", "owner"), [
    ("The senators condemned the raid and the continuing threats made by the Syrian government.", "the Syrian government"),
    ("The council denounced the arrests and the killings carried out by the militia.", "the militia"),
])
def test_a_thing_joined_to_the_object_passes_on_its_owner(text, owner):
    # "condemned A and B made by X": B's maker is aimed at as A's would be
    found = [e for e in _events(text) if e[0] == "ACCUSE"]
    assert found and all(owner in e[3] for e in found), _events(text)


@pytest.mark.parametrize(("text", "pardoned"), [
    ("The journalist Omar Said was freed on Monday after President Ruto pardoned him.", "The journalist Omar Said"),
    ("Amina Yusuf walked out of prison after Governor Kamau pardoned her.", "Amina Yusuf"),
])
def test_an_object_pronoun_is_not_its_own_clause_s_named_subject(text, pardoned):
    # "Y pardoned him": him is not Y (who would be "himself"), but the person named before
    found = [e for e in _events(text) if e[1] == "pardoned"]
    assert found and all(e[3] == [pardoned] for e in found), _events(text)
