"""The events stage on hand-written sentences: triggers, roles, modality, size (real small model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventlens.events import find_events

DATA = Path(__file__).parent / "data"


def _events(nlp, text):
    doc = nlp(text)
    out = []
    for c in find_events(doc):
        out.append({
            "type": c.type, "mode": c.mode, "trigger": doc[c.trigger].text, "modality": c.modality.value,
            "actors": [doc[a.start:a.end].text for a in c.actors],
            "recipients": [doc[a.start:a.end].text for a in c.recipients],
            "size": c.size, "context": c.context,
            "attributed": doc[c.modality.attributed_to[0]:c.modality.attributed_to[1]].text if c.modality.attributed_to else None,
        })
    return out


def _one(nlp, text, etype):
    found = [e for e in _events(nlp, text) if e["type"] == etype]
    assert found, f"no {etype} in {text!r}: {_events(nlp, text)}"
    return found[0]


def test_active_subject_and_object(nlp):
    e = _one(nlp, "Kenyan police arrested twelve opposition supporters in Nairobi on Monday.", "COERCE")
    assert e["actors"] == ["Kenyan police"]
    assert "twelve opposition supporters" in e["recipients"][0]
    assert e["size"].arrested == 12


def test_passive_with_by_agent(nlp):
    e = _one(nlp, "The journalist was detained by Egyptian security forces at Cairo airport.", "COERCE")
    assert e["actors"] == ["Egyptian security forces"]
    assert e["recipients"] == ["The journalist"]


def test_conjoined_verbs_share_the_subject(nlp):
    events = _events(nlp, "The Chilean president met her Argentine counterpart in Santiago and signed a border treaty.")
    types = {e["type"] for e in events}
    assert {"CONSULT", "SUPPORT"} <= types
    support = next(e for e in events if e["type"] == "SUPPORT")
    assert "The Chilean president" in support["actors"]


def test_control_verb_gives_subject_and_future(nlp):
    events = _events(nlp, "Ethiopia agreed to withdraw its troops from the disputed town.")
    assert [e["type"] for e in events] == ["AGREE"]  # the withdrawal is the content of the promise


def test_reported_speech_codes_the_embedded_event(nlp):
    e = _one(nlp, "The ministry said rebels attacked a police post near the border.", "ASSAULT")
    assert e["actors"] == ["rebels"]
    assert e["modality"] == "reported"
    assert e["attributed"] == "The ministry"


def test_negation_and_its_scope(nlp):
    e = _one(nlp, "Turkey did not deploy troops to the region.", "MOBILIZE")
    assert e["modality"] == "negated"
    e = _one(nlp, "The sanctions have not hampered Russia's withdrawal of its forces.", "RETREAT")
    assert e["modality"] == "asserted"


def test_future_and_hypothetical(nlp):
    assert _one(nlp, "Japan will send warships to the strait next month.", "MOBILIZE")["modality"] == "future"
    assert _one(nlp, "Officials fear the militia could attack the convoy.", "ASSAULT")["modality"] == "hypothetical"
    assert _one(nlp, "Analysts warned of possible attacks by the group on Kabul.", "ASSAULT")["modality"] == "hypothetical"


def test_light_verb_and_nominal_events(nlp):
    e = _one(nlp, "Norway hosted talks between Colombian officials and the rebels.", "CONSULT")
    assert e is not None
    e = _one(nlp, "Brazil imposed a curfew on the city after the riots.", "COERCE")
    assert e["actors"] == ["Brazil"]
    e = _one(nlp, "The arrest of the opposition leader sparked protests.", "COERCE")
    assert e["recipients"] == ["the opposition leader"]


def test_killing_counts(nlp):
    e = _one(nlp, "Militants attacked a village in northern Nigeria, killing at least 14 people.", "ASSAULT")
    assert e["actors"] == ["Militants"]
    assert e["size"].dead == 14


def test_contexts_from_the_sentence(nlp):
    e = _one(nlp, "Police in Lima arrested three suspected cocaine smugglers.", "COERCE")
    assert "illegal_drugs" in e["context"] and "trafficking" in e["context"]


def test_content_of_a_request_is_not_coded(nlp):
    events = _events(nlp, "The UN Security Council called on Israel to withdraw from the occupied territories.")
    assert [e["type"] for e in events] == ["REQUEST"]


@pytest.mark.parametrize("sentence", [
    line.strip() for line in (DATA / "no_event_sentences.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
])
def test_no_events_in_sport_business_entertainment(pipeline, sentence):
    """Over-coding corpus (tests/data/no_event_sentences.txt): no event may be coded."""
    from eventlens.record import Article

    events = pipeline.code(Article(article_id="t", text=sentence))
    assert not [(e.event, e.text_info.trigger) for e in events]


def test_recall_on_clear_event_sentences(pipeline):
    """Smoke test, not a benchmark: the clear sentences in event_sentences.tsv mostly get their type.
    (Measured accuracy is reported by `eventlens evaluate`; this guards against collapse.)"""
    from eventlens.record import Article

    rows = [line.split("\t", 1) for line in (DATA / "event_sentences.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    hits = 0
    for i, (etype, sentence) in enumerate(rows):
        events = pipeline.code(Article(article_id=f"s{i}", text=sentence))
        hits += any(e.event == etype for e in events)
    assert hits / len(rows) >= 0.6, f"{hits}/{len(rows)}"


def test_possessor_of_a_patient_noun_is_the_recipient(nlp):
    e = _one(nlp, "Press freedom groups condemned the journalist's arrest in Harare.", "COERCE")
    assert e["actors"] == []
    assert "journalist" in e["recipients"][0]


def test_negated_intent_governor_negates_the_act(nlp):
    e = _one(nlp, "The president does not want to meet the rebel leaders before the election.", "CONSULT")
    assert e["modality"] == "negated"


def test_capturing_a_town_is_occupation_not_arrest(nlp):
    e = _one(nlp, "Rebel fighters captured the town of Goma after days of fighting.", "COERCE")
    assert e["mode"] == "seize"
    e = _one(nlp, "Police captured the suspected smuggler near the port.", "COERCE")
    assert e["mode"] == "arrest"
