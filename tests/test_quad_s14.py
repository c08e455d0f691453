"""Event types and quad classes, session 14 (quad): which PLOVER type a sentence's act gets when two readings compete.

A promise of yielding is a concession: the PLOVER manual codes "the promise of future concessions" (easing
restrictions, removing curfews, suspending protests, declared withdrawals) as CONCEDE and says future CONCEDE and
RETREAT "do not reduce to AGREE". A verb of committing oneself (constructions.yaml `conceding_promises`) whose
infinitive, or whose "to" noun, is an act of yielding is CONCEDE (events `_promised_concession`); an offer stays
AGREE, a promise of help or of a meeting stays AGREE, a vow not to yield refuses (REJECT).

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code, top_realised

from eventlens.events import CONCEDING_PROMISES

PROMISED_CONCESSIONS = [
    "The Zembian rebels agreed to withdraw from the captured villages.",
    "The Karvanian government agreed to lift the curfew in the northern province.",
    "Peru pledged to release the detained Chilean fishermen.",
    "The junta promised to end the state of emergency before the vote.",
    "The governor vowed to ease restrictions on the opposition press.",
    "The rebels agreed to disarm and hand over their weapons.",
    "Ecuador agreed to a withdrawal of its troops from the disputed valley.",
]


@pytest.mark.parametrize("text", PROMISED_CONCESSIONS)
def test_promised_yielding_is_concede(pipeline, text):
    top = top_realised(pipeline, text)
    assert top.event == "CONCEDE", (text, [(e.event, e.text_info.trigger) for e in code(pipeline, text)])
    assert top.quad_code == 1


@pytest.mark.parametrize("text", PROMISED_CONCESSIONS[:3])
def test_promised_concession_is_not_also_an_agreement(pipeline, text):
    assert_not_coded(pipeline, text, "AGREE")


STAYS_AGREE = [
    # a promise of help, of talks or of a meeting is no concession
    "Kenya agreed to send police officers to Haiti.",
    "Peru promised to hold talks with the Chilean delegation.",
    "The two ministers agreed to meet again in March.",
    # a deal struck "with" a partner is an agreement between them
    "Kenya agreed with Uganda to reopen the border.",
    # an offer puts terms on the table: the manual keeps it AGREE
    "The Karvanian government offered to withdraw from the captured villages.",
]


@pytest.mark.parametrize("text", STAYS_AGREE)
def test_other_promises_stay_agree(pipeline, text):
    assert_coded(pipeline, text, "AGREE")
    assert_not_coded(pipeline, text, "CONCEDE")


def test_vow_not_to_yield_still_refuses(pipeline):
    text = "The rebels vowed not to give up their weapons."
    assert_coded(pipeline, text, "REJECT")
    assert_not_coded(pipeline, text, "CONCEDE")


def test_going_back_somewhere_is_no_concession(pipeline):
    # "return" reads as a pull-back only for armed forces, a sense the pipeline settles later: not trusted here
    for text in ("The former minister promised to return to Zembla next year.",
                 "The court agreed to return to the first phase of the inquiry."):
        assert_not_coded(pipeline, text, "CONCEDE")


def test_conceding_promises_class_has_no_offer():
    assert {"agree", "promise", "pledge"} <= CONCEDING_PROMISES
    assert "offer" not in CONCEDING_PROMISES and "propose" not in CONCEDING_PROMISES


# --- a concession named as such: "promised concessions", "agreed to concessions" (constructions.yaml concession_nouns)
@pytest.mark.parametrize("text", [
    "The Karvanian president promised concessions to the opposition.",
    "The Zembian government agreed to concessions after the strike.",
])
def test_promised_concessions_are_concede(pipeline, text):
    assert top_realised(pipeline, text).event == "CONCEDE"
    assert_not_coded(pipeline, text, "AGREE")


def test_offered_concessions_stay_an_offer(pipeline):
    # near miss: an offer puts them on the table (AGREE, CAMEO 035), as triggers.yaml agree.verbs says
    assert_coded(pipeline, "The Karvanian president offered concessions to the opposition.", "AGREE")


# --- a refusal stated for the future is the refusal (pipeline `_stated_intention`); "reiterated that ..." states too
@pytest.mark.parametrize("text", [
    "The Kenyan teachers' union said it will refuse to comply with the new rules.",
    "Peru said it would reject any plan to partition the disputed valley.",
    "The foreign minister reiterated that Chile will not lift the embargo on Bolivia.",
    "The foreign minister reaffirmed that Chile will not lift the embargo on Bolivia.",
])
def test_stated_refusal_is_a_realised_reject(pipeline, text):
    top = top_realised(pipeline, text)
    assert top.event == "REJECT" and top.modality == "asserted", (text, top.event, top.modality)


def test_predicted_refusal_is_not_stated(pipeline):
    # near miss: nobody states it; the text predicts it
    assert_not_coded(pipeline, "The rebels will refuse to attend the talks.", "REJECT", realised_only=True)
