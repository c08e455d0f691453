"""Event types, modes and roles found by hand-judging Current Events items (session 18, issue 3).

- a past participle that shares a passive auxiliary ("two were killed and five wounded") or follows an absolute
  "with" ("..., with 30 people wounded") is passive: its subject is the one wounded, not the attacker;
Names and sentences are invented.
"""

from __future__ import annotations

import datetime

from eventlens import api
from eventlens.events import roles

PUBLISHED = datetime.date(2008, 5, 1)


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.event, e.text_info.trigger.lower(), [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in api.extract(text, PUBLISHED)]


def _by_trigger(text: str, trigger: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [e for e in _events(text) if e[1] == trigger]


# -- a participle that shares the passive auxiliary, or follows "with", is passive ----------------------------

def test_gapped_passive_subject_is_the_wounded():
    found = _by_trigger("Two soldiers are killed and five wounded when fighting breaks out near a base outside Mosul.",
                        "wounded")
    assert found, _events("Two soldiers are killed and five wounded when fighting breaks out near a base outside Mosul.")
    assert all(e[2] == [] and e[3] == ["five"] for e in found), found


def test_absolute_with_participle_subject_is_the_wounded(nlp):
    doc = nlp("Nine rebels are killed by troops, with 30 people wounded.")
    wounded = next(t for t in doc if t.lower_ == "wounded")
    # the model's reading the rule relies on: a VBN clause opened by "with", its subject labelled nsubj
    assert (wounded.tag_, wounded.dep_) == ("VBN", "advcl")
    assert roles.is_passive(wounded)
    assert all("30" not in doc[a.start:a.end].text for a in roles.subject_of(wounded)[0])
    assert [doc[a.start:a.end].text for a in roles.patient_of(wounded)] == ["30 people"]


def test_conjoined_active_participle_keeps_its_subject():
    # an active clause with its own auxiliary is no gapped passive: its subject still acts
    found = _by_trigger("Police arrested two men and the army has wounded three rebels.", "wounded")
    assert all(e[2] == ["the army"] for e in found), found
