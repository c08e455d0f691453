"""A blank line ends a sentence (nlp.start_sentences_after_blank_lines, session 17)."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens import api
from eventlens.nlp import PARAGRAPH_BREAKS_NAME, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index(PARAGRAPH_BREAKS_NAME) < names.index("parser")


@pytest.mark.parametrize("text, first", [
    ("Tuesday, March 3, 2020\n\nRebels attacked a convoy near the border town yesterday.", "Tuesday, March 3, 2020"),
    ("Photo caption of the harbour\n\n\nThe navy seized two boats on Sunday.", "Photo caption of the harbour"),
])
def test_a_line_before_a_blank_line_is_its_own_sentence(nlp, text, first):
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == first
    assert sentences[1].split()[0] in {"Rebels", "The"}


def test_a_single_line_break_does_not_end_a_sentence(nlp):
    text = "The ministers of the two states met in the capital\nand signed a border agreement on Monday."
    assert len(list(nlp(text).sents)) == 1


def test_an_event_after_a_dateline_carries_only_its_own_sentence():
    text = "Friday, May 8, 2020\n\nSoldiers arrested six smugglers near the river on Thursday.\n"
    events = [e for e in api.extract(text, date(2020, 5, 8)) if e.event == "COERCE"]
    assert events, "the arrest is coded"
    assert all("2020" not in e.text and e.text.strip().startswith("Soldiers") for e in events)
