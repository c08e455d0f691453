"""s15 trig (issue 3): ceasefires reached or struck; talks had or refused.

Invented sentences (generic places, no gold or seed wording)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2020, 1, 1)


def _events(text, etype):
    return [e for e in api.extract(text, PUB) if e.event == etype]


@pytest.mark.parametrize("text", [
    "The army of Sudan reached a truce with the SPLA in Juba on Thursday.",
    "Kenya struck a ceasefire with the Somali militia after a week of fighting.",
    "Hamas says it has concluded a truce with the Israeli military.",
])
def test_ceasefire_reached_is_retreat(text):
    evs = _events(text, "RETREAT")
    assert evs and evs[0].mode == "ceasefire"


@pytest.mark.parametrize("text", [
    "The talks in Geneva failed to reach a ceasefire in Yemen.",  # failed: no ceasefire
    "Sudanese troops reached the town of Kadugli after the truce collapsed.",  # reached a place
    "Qatari mediators are trying to reach a truce between Hamas and Israel.",  # an attempt
])
def test_ceasefire_not_reached(text):
    assert not [e for e in _events(text, "RETREAT") if e.modality in {"asserted", "reported"}]


@pytest.mark.parametrize("text, etype", [
    # "talks" is lemmatised to "talk": talks had with someone are CONSULT, refused with "won't ... until" REJECT
    ("The Kenyan president had talks with his Ugandan counterpart in Kampala on Monday.", "CONSULT"),
    ("The Kenyan teachers union had talks with the education ministry over pay.", "CONSULT"),
    ("Manila says it won't have talks with Beijing until the incursions stop.", "REJECT"),
])
def test_talks_had(text, etype):
    evs = api.extract(text, PUB)
    assert evs and max(evs, key=lambda e: e.confidence).event == etype


def test_talks_refused_are_not_talks_held():
    # talks one will not have are no consultation that took place
    evs = api.extract("Kenya says it will not have talks with Somalia until the raids stop.", PUB)
    assert not [e for e in evs if e.event == "CONSULT" and e.modality in {"asserted", "reported"}]
