"""s19 modality (issue 3): an act that fell short ("almost", "nearly").

Invented sentences (generic names, no gold or seed wording)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2024, 5, 1)


def _events(text: str) -> list:
    return api.extract(text, PUB)


# -- "almost"/"nearly" on the verb: the act fell short and did not happen
@pytest.mark.parametrize("text,event", [
    ("Police almost arrested the opposition leader at the border.", "COERCE"),
    ("The coast guard almost intercepted the smugglers' boat off the coast.", "COERCE"),
])
def test_a_near_miss_is_negated(text: str, event: str) -> None:
    found = [e for e in _events(text) if e.event == event]
    assert found and all(e.modality == "negated" for e in found)


def test_the_same_act_without_the_adverb_is_asserted() -> None:
    found = [e for e in _events("Police arrested the opposition leader at the border.") if e.event == "COERCE"]
    assert found and all(e.modality == "asserted" for e in found)


# -- a killing that fell short is an attempted attack: still ASSAULT, realised, but nobody died
def test_a_near_killing_is_an_attack_without_dead() -> None:
    found = [e for e in _events("Rebels nearly killed five soldiers in an ambush last week.") if e.event == "ASSAULT"]
    assert found and all(e.modality in {"asserted", "historical"} for e in found)
    assert all(e.size.dead is None for e in found)


def test_a_killing_keeps_its_dead() -> None:
    found = [e for e in _events("Rebels killed five soldiers in an ambush last week.") if e.event == "ASSAULT"]
    assert any(e.size.dead == 5 for e in found)


# -- not a near miss: a perfect of a process mostly done, and a number hedged by "nearly"
def test_a_process_mostly_done_stays_asserted() -> None:
    found = [e for e in _events("The army has almost withdrawn from the valley.") if e.event == "RETREAT"]
    assert found and all(e.modality == "asserted" for e in found)


def test_nearly_on_a_number_is_no_near_miss() -> None:
    found = [e for e in _events("Soldiers detained nearly 40 protesters in the capital.") if e.event == "COERCE"]
    assert found and all(e.modality == "asserted" for e in found)


# -- an indirect question ("how far X will go to ...") is asked about or marvelled at, not a stated intention
@pytest.mark.parametrize("text", [
    "Rights groups say the verdict shows how far the junta will go to silence its critics.",
    "Activists say the trial proves how far the regime will go to jail its opponents.",
])
def test_an_indirect_question_is_no_threat(text: str) -> None:
    found = _events(text)
    assert found and "THREATEN" not in {e.event for e in found}
    assert all(e.modality not in {"asserted", "reported", "historical"} for e in found)


def test_a_stated_intention_is_still_a_threat() -> None:
    found = _events("The ministry said the police will go to any length to arrest the organisers.")
    assert any(e.event == "THREATEN" and e.modality == "asserted" for e in found)


# -- a present tense with a day after publication is a schedule, not an act that happened (PUB is a Wednesday)
@pytest.mark.parametrize("text", [
    "The foreign minister begins his tour in Cairo on Friday and then visits Amman and Riyadh.",
    "The foreign minister visits Amman on Friday.",
])
def test_a_scheduled_visit_is_future(text: str) -> None:
    found = [e for e in _events(text) if e.event == "CONSULT"]
    assert found and all(e.modality == "future" for e in found)


@pytest.mark.parametrize("text", [
    "The foreign minister visited Amman on Monday.",  # past tense
    "The foreign minister visits Amman.",  # a headline's present with no day
])
def test_a_visit_told_as_done_stays_asserted(text: str) -> None:
    found = [e for e in _events(text) if e.event == "CONSULT"]
    assert found and all(e.modality == "asserted" for e in found)


# -- "struggling to" tells the effort, not that the act was done
@pytest.mark.parametrize("text", [
    "The regime is struggling to silence dissidents abroad.",
    "Police struggled to detain the gang leader after a long chase.",
])
def test_a_struggle_to_act_is_not_realised(text: str) -> None:
    found = [e for e in _events(text) if e.event == "COERCE"]
    assert found and all(e.modality == "future" for e in found)


def test_an_act_beside_a_struggle_stays_asserted() -> None:
    found = [e for e in _events("The police struggled with protesters and detained twelve of them.") if e.event == "COERCE"]
    assert found and all(e.modality == "asserted" for e in found)
