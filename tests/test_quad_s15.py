"""Event types and quad classes, session 15 (quad): promises of restraint and of a ceasefire are concessions.

The PLOVER manual's CONCEDE: a concession is often a promise that something will not be done, and
"declarations (but not implementations) of ceasefires" are CONCEDE, which "do not reduce to AGREE". So:
- a promise not to use force ("vowed not to use force", "pledged that the army will not fire on marchers") is
  CONCEDE, not AGREE (events `_sentence_events`, the promise verbs of constructions.yaml `conceding_promises`);
- a statement that the speaker's own side, or a government's bare "police"/"army", will not use force ("the
  mayor announced that police will not beat protesters") is the speaker's CONCEDE, not a negated attack
  (events `_stated_restraint`, constructions.yaml `restraint_sayers`);
- a promise to stop fighting ("agreed to halt the fighting") is a declared ceasefire, CONCEDE (events
  `_promised_ceasefire`, constructions.yaml `ceasing_verbs`, `hostility_words`).

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code, top_realised

from eventlens.events import CEASING_VERBS, HOSTILITY_WORDS, RESTRAINT_SAYERS
from eventlens.record import REALIZED_MODALITIES

# --- a promise of restraint -----------------------------------------------------------------------------------
PROMISED_RESTRAINT = [
    "The Peruvian president promised not to use force against the striking miners.",
    "Chile vowed never to attack the disputed islands again.",
    "The Peruvian government pledged that the army will not use force against demonstrators.",
    "The interior minister of Chile pledged that police would not arrest the marchers.",
]


@pytest.mark.parametrize("text", PROMISED_RESTRAINT)
def test_promised_restraint_is_concede(pipeline, text):
    top = top_realised(pipeline, text)
    assert top.event == "CONCEDE", (text, [(e.event, e.text_info.trigger) for e in code(pipeline, text)])
    assert top.quad_code == 1


@pytest.mark.parametrize("text", PROMISED_RESTRAINT[:2])
def test_promised_restraint_is_not_also_agree_or_force(pipeline, text):
    assert_not_coded(pipeline, text, "AGREE")
    assert_not_coded(pipeline, text, "ASSAULT", realised_only=True)


def test_promise_of_force_still_threatens(pipeline):
    # near miss: the same promise without the negation is a threat
    assert_coded(pipeline, "Chile vowed to attack the disputed islands.", "THREATEN")
    assert_not_coded(pipeline, "Chile vowed to attack the disputed islands.", "CONCEDE")


def test_negated_promise_is_no_concession(pipeline):
    # "did not promise" to refrain promises nothing
    text = "The Peruvian president did not promise to refrain from force, and did not pledge that police would not shoot."
    assert_not_coded(pipeline, text, "CONCEDE")


# --- a statement that one's own side will not use force ----------------------------------------------------------
STATED_RESTRAINT = [
    ("The mayor of Lagos announced that police will not beat protesters.", "mayor"),
    ("Peru said it would not use force to take back the island.", "Peru"),
    ("The Chilean interior minister said security forces would not fire on the marchers.", "minister"),
    ("Peru said its troops would not attack the town.", "Peru"),
]


@pytest.mark.parametrize("text,speaker", STATED_RESTRAINT)
def test_stated_restraint_is_the_speakers_concede(pipeline, text, speaker):
    events = code(pipeline, text)
    concede = [e for e in events if e.event == "CONCEDE" and e.modality in REALIZED_MODALITIES]
    assert concede, (text, [(e.event, e.modality) for e in events])
    assert any(speaker in a.text for a in concede[0].actor), [a.text for a in concede[0].actor]
    assert_not_coded(pipeline, text, "ASSAULT", realised_only=True)


NOT_RESTRAINT = [
    # a past act denied is a denial, not a promise
    "The Chilean minister said the army did not attack the village.",
    # a condition makes it a warning
    "The Peruvian army said it would not attack the town unless the rebels fired first.",
    # another party's forces: the rebels cannot promise what the army will do
    "The Peruvian rebels said the army would not attack their positions.",
    # a prediction about a foreign army, not the speaker's own side
    "Chile said Peruvian troops would not attack the city before spring.",
]


@pytest.mark.parametrize("text", NOT_RESTRAINT)
def test_no_restraint_without_own_future_refusal(pipeline, text):
    assert_not_coded(pipeline, text, "CONCEDE")


# --- a promise to stop fighting ---------------------------------------------------------------------------------
PROMISED_CEASEFIRE = [
    "The Peruvian rebels agreed to stop fighting in return for an amnesty.",
    "Peru and Chile agreed to halt the fighting along their border.",
    "The Chilean rebels pledged to halt their attacks on the capital.",
    "The militia in northern Peru agreed to cease hostilities on Sunday.",
]


@pytest.mark.parametrize("text", PROMISED_CEASEFIRE)
def test_promised_ceasefire_is_concede(pipeline, text):
    top = top_realised(pipeline, text)
    assert top.event == "CONCEDE", (text, [(e.event, e.text_info.trigger) for e in code(pipeline, text)])
    assert_not_coded(pipeline, text, "AGREE")


STAYS_AGREE = [
    # another party's attacks: a promise to end them is no concession of the promiser
    "The Peruvian president vowed to stop the rebels' attacks on the capital.",
    # a promise to end the war itself is the manual's intent to end a conflict (AGREE)
    "Peru and Chile agreed to end the war by the spring.",
    # another party's attacks named by an "of" phrase
    "The rebels in Peru agreed to stop the attacks of the army on their villages.",
    # others' fighting, ended by the text agreed on
    "Peru and Chile agreed on the text of a resolution to end the fighting between the two Andean militias.",
    "Peru and Chile agreed to stop the fighting between the militias in the valley.",
    # ceasing something that is not fighting
    "Peru agreed to stop the export of raw copper to Chile.",
]


@pytest.mark.parametrize("text", STAYS_AGREE)
def test_other_cessations_are_no_ceasefire(pipeline, text):
    assert_not_coded(pipeline, text, "CONCEDE")


def test_word_classes():
    assert {"say", "announce"} <= RESTRAINT_SAYERS and "warn" not in RESTRAINT_SAYERS
    assert {"stop", "halt", "cease"} <= CEASING_VERBS
    assert {"fight", "hostility"} <= HOSTILITY_WORDS
    assert not {"war", "conflict", "violence"} & HOSTILITY_WORDS


# --- an accusation that a party took part in an act ----------------------------------------------------------------
# "alleged that X took part in the killing": the act after "took part in" is what X is accused of (events `_accused`,
# constructions.yaml `participation_words`), and the accusation, not its content, is the sentence's event: the
# reported act ranks below it even when the accuser is a report with no party named (pipeline `_rank_governed`).
TOOK_PART = [
    "Human Rights Watch alleged that the Chilean army took part in the killing of villagers.",
    "Peru claimed that Chilean marines participated in the raids on its fishing boats.",
]


@pytest.mark.parametrize("text", TOOK_PART)
def test_accusation_of_taking_part_is_accuse(pipeline, text):
    top = top_realised(pipeline, text)
    assert top.event == "ACCUSE", (text, [(e.event, e.confidence) for e in code(pipeline, text)])
    assert any("Chilean" in r.text for r in top.recipient), [r.text for r in top.recipient]


def test_report_alleging_an_act_ranks_above_the_act(pipeline):
    text = "A report released on Tuesday in Lima alleged that Chilean police tortured detainees."
    top = top_realised(pipeline, text)
    assert top.event == "ACCUSE", [(e.event, e.confidence) for e in code(pipeline, text)]
    # the act stays coded, as reported, below the accusation
    assert_coded(pipeline, text, "ASSAULT")


def test_protecting_from_attacks_accuses_nobody(pipeline):
    # near miss: the act after "from" is no charge against anyone
    assert_not_coded(pipeline, "The Peruvian government claimed that it protects villages from attacks by militias.", "ACCUSE")


def test_wounded_by_an_airstrike_keeps_the_attack(pipeline):
    # near miss: the casualty verb with no actor does not outrank the named attacker's attack
    top = top_realised(pipeline, "A Chilean soldier was wounded in an airstrike by Peru.")
    assert top.event == "ASSAULT" and any(a.country == "PER" for a in top.actor)


# --- a promised end to others' fighting is no concession (events `_others_between`, also on s14's promised yielding)
@pytest.mark.parametrize("text", [
    "Peru and Chile agreed to end the fighting between the militias in the valley.",
    "Peru and Chile have agreed on the wording of a resolution to end the fighting between two Andean militias.",
])
def test_end_to_fighting_between_others_is_no_concession(pipeline, text):
    assert_not_coded(pipeline, text, "CONCEDE")
    assert_coded(pipeline, text, "AGREE")


def test_end_to_fighting_between_themselves_is_a_concession(pipeline):
    # near miss: "between them" is the promisers' own fighting
    assert top_realised(pipeline, "Peru and Chile agreed to end the fighting between them.").event == "CONCEDE"
