"""Role assignment, session 10: who is the actor and who the recipient. A subject that undergoes the event
its object names ("suffered an attack", "came under fire", "died of torture") is the recipient, and the
noun's "from"/"by" phrase is the actor. Every sentence here is written for this test; none comes from the
seed or a gold set."""

from __future__ import annotations

import pytest
from coverage_checks import top_event

import eventlens

pytest.importorskip("spacy")


def _texts(actors) -> list[str]:
    return [a.text for a in actors]


# --- undergoer subjects (roles.yaml undergoer_*) --------------------------------------------------------


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("The Zambian patrol came under attack from Angolan rebels near the river.", "ASSAULT",
     "Angolan rebels", "The Zambian patrol"),
    ("Bolivia received emergency food aid from Peru after the floods.", "AID", "Peru", "Bolivia"),
    ("The Malian mayor received death threats from jihadist fighters last month.", "THREATEN",
     "jihadist fighters", "The Malian mayor"),
    ("The Senegalese government faced street protests from fishermen over the new port.", "PROTEST",
     "fishermen", "The Senegalese government"),
])
def test_the_subject_of_an_undergoer_verb_is_the_recipient(pipeline, text, etype, actor, recipient):
    top = top_event(pipeline, text)
    assert top.event == etype
    assert actor in _texts(top.actor)
    assert recipient in _texts(top.recipient)
    assert recipient not in _texts(top.actor)


def test_a_death_from_an_event_makes_the_dead_its_recipient(pipeline):
    top = top_event(pipeline, "A Togolese teacher died of torture in a military camp in March.")
    assert top.event == "ASSAULT"
    assert "A Togolese teacher" in _texts(top.recipient)
    assert not top.actor


def test_a_lasting_state_under_a_noun_is_no_undergone_event(pipeline):
    # near miss: "remained under" says how things stood, not that something happened to the subject
    evs = eventlens.extract("The border district remained under siege by the rebels for a third week.", pipeline=pipeline)
    assert not any("The border district" in _texts(e.recipient) for e in evs)


def test_the_actor_of_an_ordinary_verb_stays_its_subject(pipeline):
    # near miss: "sent" is no undergoer verb; the subject gives the aid
    top = top_event(pipeline, "Peru sent emergency food aid to Bolivia after the floods.")
    assert top.event == "AID"
    assert "Peru" in _texts(top.actor)
    assert "Bolivia" in _texts(top.recipient)


def test_a_passive_undergoer_verb_names_no_undergoer(pipeline):
    # near miss: "aid was received" has no subject that underwent anything
    evs = eventlens.extract("The shipment of aid was received at the port on Monday.", pipeline=pipeline)
    assert not any(e.recipient and e.recipient[0].text.startswith("The shipment") for e in evs)
