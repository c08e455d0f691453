"""Conflict-side coding found by studying real news wording (session 7): constructions a news writer uses
across stories, each with sentences of our own (other words and names than the sentences studied), the
type (and modality) they must get, and near-misses that must not be coded as that type."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.record import REALIZED_MODALITIES, Article


def _code(pipeline, text):
    return pipeline.code(Article("t", text, published=date(2024, 5, 10)))


CODED = [
    # concern about what someone does is still disapproval
    ("The Chilean senator voiced concern about the police crackdown on students.", "ACCUSE", "disapprove"),
    # a claim that another party attacked accuses that party
    ("Ukraine claimed that Russian troops had shelled the town of Kupiansk.", "ACCUSE", "allege"),
    # troops moved to a border
    ("Russia deployed troops to the border with Georgia.", "MOBILIZE", "troops"),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session7_conflict_wording_is_coded(pipeline, text, etype, mode):
    events = [e for e in _code(pipeline, text) if e.modality in REALIZED_MODALITIES]
    found = [e for e in events if e.event == etype]
    assert found, f"no {etype} in {text!r}: {[(e.event, e.text_info.trigger, e.modality) for e in events]}"
    if mode is not None:
        assert mode in {e.mode for e in found}


MODALITY = [
    # the content of a charge or an allegation is someone's claim, not a fact the text asserts
    ("The ministry denied allegations that its soldiers burned a village in the north.", "ASSAULT", "reported"),
    ("Rights groups published claims that the militia executed prisoners near Tripoli.", "ASSAULT", "reported"),
    # an awaited act has not happened
    ("Aid agencies were waiting for the army to investigate the shooting.", "ACCUSE", "future"),
    # a boast of one's own attack is reported as the attack, not an accusation
    ("The rebels claimed that they had shelled an army depot near Goma.", "ASSAULT", "reported"),
]


@pytest.mark.parametrize("text,etype,modality", MODALITY)
def test_session7_modality(pipeline, text, etype, modality):
    events = [e for e in _code(pipeline, text) if e.event == etype]
    assert events, f"no {etype} in {text!r}"
    assert {e.modality for e in events} == {modality}, [(e.text_info.trigger, e.modality) for e in events]


NOT_CODED = [
    # sympathy or worry for someone's health, fate or safety is no complaint against anyone
    ("The Kenyan president expressed concern for the health of the jailed opposition leader.", "ACCUSE"),
    ("The envoy voiced concern about the fate of the missing reporters.", "ACCUSE"),
    # the claimant's own attack: no accusation
    ("The rebels claimed that they had shelled an army depot near Goma.", "ACCUSE"),
    # a choice offered between outcomes realises none of them
    ("The militia gave the villagers the option to leave or be shot.", "ASSAULT"),
    # money, goodwill and civil drills are not forces
    ("The African Union is mobilising funds for drought relief in Somalia.", "MOBILIZE"),
    ("Norway reinforced its commitment to the peace talks in Colombia.", "MOBILIZE"),
    ("Peruvian police cadets held an earthquake evacuation drill at a school in Lima.", "MOBILIZE"),
    # observers and peacekeepers sent to a mission are no military move against anyone
    ("The African Union deployed election observers to Malawi.", "MOBILIZE"),
    ("Ghana is sending troops to the UN peacekeeping mission in Lebanon.", "MOBILIZE"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session7_conflict_near_misses_are_not_coded(pipeline, text, etype):
    events = [e for e in _code(pipeline, text) if e.modality in REALIZED_MODALITIES]
    assert not [e for e in events if e.event == etype], [(e.event, e.text_info.trigger, e.modality) for e in events]
