"""Cooperation side, session 13b (coop2): demands in the bare subjunctive, joint exercises named through partners,
military trainers sent, and invitations to meet accepted.

A verb of demanding with a that-clause in the bare subjunctive ("insisted that Zembla withdraw its envoy") asks
the clause's subject to act: REQUEST with that party as recipient, the act itself not realised (modality
attributes_speech, mandative_governors; roles.base_form also reads a VBP the small model gives a singular
subject, "that Chile drop", as the base form). An exercise held "with" other states, or by "the navies of A and B",
is a joint exercise, COOPERATE (roles.exercise_partners, pipeline). Instructors, trainers or military advisers sent
to a party are military AID (triggers.yaml aid.military_trainers.s13b). Accepting or declining an invitation to meet
or visit a party answers that party (roles.invited_to_meet).

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

from eventlens.events.roles import INVITATION_NOUNS, MANDATIVE_VERBS
from eventlens.record import REALIZED_MODALITIES

CODED = [
    # a demand in the bare subjunctive
    ("The Kenyan government insisted that Uganda withdraw its ambassador from Nairobi.", "REQUEST", None),
    ("Peru insists that Chile drop its sanctions first.", "REQUEST", None),
    ("The Bolivian foreign minister demanded that Paraguay release the detained fishermen.", "REQUEST", None),
    # joint exercises named through the partners
    ("The navies of Bolivia and Peru held exercises on Lake Titicaca.", "COOPERATE", None),
    ("The Kenyan navy conducted exercises with Tanzania and Uganda.", "COOPERATE", None),
    ("The Chilean army held drills with Peruvian and Bolivian troops.", "COOPERATE", None),
    # trainers sent
    ("Norway sent military instructors to Malawi to train its forces.", "AID", None),
    ("Belarus deployed 40 military advisers to Kenya.", "AID", None),
    # an invitation to meet accepted
    ("The Peruvian president accepted an invitation to meet with the Chilean president.", "AGREE", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), CODED)
def test_s13b_coop_construction_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a claim of fact after "insist" is no demand; a demand about oneself neither
    ("Peru insisted that the talks were going well.", "REQUEST"),
    ("The Bolivian minister insisted that he was innocent.", "REQUEST"),
    # the act demanded is not done
    ("Peru insists that Chile drop its sanctions first.", "RETREAT"),
    # one navy's exercise, with ammunition or on a border with a neighbour, is no cooperation
    ("The Chilean navy held drills with live ammunition near the coast.", "COOPERATE"),
    ("The Kenyan army held a snap drill on the border with Somalia.", "COOPERATE"),
    ("The Kenyan navy conducted exercises with Kenyan police.", "COOPERATE"),
    # trainers of a team, instructors of a school, advisers to talks are no military aid
    ("Kenya sent its football trainers to the tournament in Uganda.", "AID"),
    ("The ministry sent driving instructors to the schools.", "AID"),
    ("Peru sent advisers to the talks in Chile.", "AID"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED)
def test_s13b_coop_near_miss_is_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=etype == "RETREAT")


def _first(pipeline, text, etype):
    events = [e for e in code(pipeline, text) if e.event == etype]
    assert events, f"no {etype} in {text!r}"
    return events[0]


def test_subjunctive_demand_names_who_is_asked(pipeline):
    e = _first(pipeline, "The Kenyan government insisted that Uganda withdraw its ambassador from Nairobi.", "REQUEST")
    assert e.modality in REALIZED_MODALITIES
    assert any(a.country == "KEN" for a in e.actor)
    assert any(r.country == "UGA" for r in e.recipient)


def test_joint_exercise_partners_are_actors(pipeline):
    e = _first(pipeline, "The Kenyan navy conducted exercises with Tanzania and Uganda.", "COOPERATE")
    assert {"KEN", "TZA", "UGA"} <= {a.country for a in e.actor}
    e = _first(pipeline, "The navies of Bolivia and Peru held exercises on Lake Titicaca.", "COOPERATE")
    assert {"BOL", "PER"} <= {a.country for a in e.actor}


def test_trainers_sent_are_military_aid_to_the_destination(pipeline):
    e = _first(pipeline, "Norway sent military instructors to Malawi to train its forces.", "AID")
    assert any(a.country == "NOR" for a in e.actor)
    assert any(r.country == "MWI" for r in e.recipient)
    assert "military" in e.context


@pytest.mark.parametrize("text", [
    "The Peruvian president accepted an invitation to meet with the Chilean president.",
    "The Peruvian president declined an invitation to meet with the Chilean president.",
])
def test_invitation_to_meet_answers_the_party_met(pipeline, text):
    events = [e for e in code(pipeline, text) if e.event in {"AGREE", "REJECT"}]
    assert events
    assert any(r.country == "CHL" for r in events[0].recipient)


def test_invitation_from_someone_answers_the_inviter(pipeline):
    e = _first(pipeline, "The Peruvian president accepted an invitation from Bolivia to meet with the Chilean president.", "AGREE")
    assert any(r.country == "BOL" for r in e.recipient)
    assert not any(r.country == "CHL" for r in e.recipient)


def test_word_lists_come_from_lexicons():
    assert {"insist", "demand"} <= MANDATIVE_VERBS
    assert "invitation" in INVITATION_NOUNS and "meeting" not in INVITATION_NOUNS
