"""Constructions (session 13). Every sentence is our own, with invented or generic names.

Part A: the word classes of the parse-shape rules are data (lexicons/constructions.yaml for the events stage
and the pipeline, lexicons/actor_words.yaml for the actors stage, roles.yaml `object_control_verbs`), loaded
and checked by events.lexicon; the rules read them from there."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from coverage_checks import code

from eventlens.events.lexicon import LexiconError, load_word_classes, parse_word_classes

WORD_FILES = ["constructions", "actor_words"]


def top(pipeline, text: str):
    events = code(pipeline, text)
    assert events, f"nothing coded in {text!r}"
    return max(events, key=lambda e: e.confidence)


# --- Part A: the word classes are a checked data file


@pytest.mark.parametrize("name", WORD_FILES)
def test_every_word_class_has_a_comment_above_it(name):
    lines = (resources.files("eventlens") / "lexicons" / f"{name}.yaml").read_text("utf-8").splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^[a-z_]+:", line):
            assert i > 0 and lines[i - 1].startswith("#"), f"no comment above {line.split(':')[0]}"


@pytest.mark.parametrize("name", WORD_FILES)
def test_word_classes_are_nonempty_lowercase_sets(name):
    classes = load_word_classes(name)
    assert classes, f"{name}.yaml is empty"
    for name, words in classes.items():
        assert isinstance(words, frozenset) and words, name
        assert all(w == w.lower() and w.strip() == w for w in words), name


@pytest.mark.parametrize("bad", [["Vow"], [], "vow", [3]])
def test_a_bad_word_class_fails_at_load(bad):
    with pytest.raises(LexiconError):
        parse_word_classes({"force_vows": bad})


@pytest.mark.parametrize("name", WORD_FILES)
def test_every_word_class_is_read_by_some_rule(name):
    """A class nobody reads is dead data: each name must occur in the code of the package."""
    source = "\n".join(p.read_text("utf-8") for p in Path(str(resources.files("eventlens"))).rglob("*.py"))
    for word_class in load_word_classes(name):
        assert f'"{word_class}"' in source, f"{name}.yaml `{word_class}` is read by no rule"


def test_the_force_vows_are_among_the_vows_that_make_a_deployment_a_threat():
    classes = load_word_classes()
    assert classes["force_vows"] <= classes["force_vow_verbs"]


def test_rules_read_the_data_file(monkeypatch, pipeline):
    """The deployment rule reads `deploy_verbs` from the data file: without "send" in the class, a vow to
    send troops is no longer an offer of help (the list drives the rule, it is not a copy)."""
    from eventlens import events

    text = "The president of Freedonia pledged to send troops to defend the border town of Lakeview."
    before = [(e.event, e.text_info.trigger) for e in code(pipeline, text)]
    monkeypatch.setattr(events, "DEPLOY_VERBS", events.DEPLOY_VERBS - {"send"})
    after = [(e.event, e.text_info.trigger) for e in code(pipeline, text)]
    assert before != after, before


# --- Part B: constructions that decide the event and which event wins


def seen(pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.event, e.text_info.trigger, e.modality) for e in code(pipeline, text)]


# "no evidence that X did it": the act in the clause of a denied evidence noun is negated, not X's reported act
NO_EVIDENCE = [
    ("Police have no evidence that the rebels carried out the bombing in the capital of Ruritania.", "bombing"),
    ("The ministry of Ruritania said it has no evidence that the army of Zembla was behind the attack on the border post.",
     "attack"),
    ("There is no proof that Zemblan troops shelled the village.", "shelled"),
    ("Investigators did not find any evidence that the police of Ruritania killed the protesters.", "killed"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_EVIDENCE)
def test_an_act_with_no_evidence_for_it_is_not_realised(pipeline, text, trigger):
    events = [e for e in code(pipeline, text) if e.text_info.trigger == trigger]
    assert events, seen(pipeline, text)
    assert all(e.modality == "negated" for e in events), seen(pipeline, text)


@pytest.mark.parametrize("text", [
    "Investigators found evidence that the police of Ruritania killed the protesters.",  # evidence found
    "Zembla has no doubt that the police of Ruritania killed the protesters.",  # not an evidence noun
])
def test_evidence_found_keeps_the_act(pipeline, text):
    killed = [e for e in code(pipeline, text) if e.text_info.trigger == "killed"]
    assert killed and all(e.modality in {"asserted", "reported"} for e in killed), seen(pipeline, text)


# force promised under a condition in the main clause is a threat: "if X attacks, Y will respond with force"
CONDITIONAL_FORCE = [
    "If Sudan attacks the border town, Chad will respond with force.",
    "The army of Chad will launch an offensive against the rebels if the talks fail.",
    "If the rebels refuse, the government of Chad will impose sanctions on them.",
]


@pytest.mark.parametrize("text", CONDITIONAL_FORCE)
def test_force_promised_on_a_condition_is_a_threat_and_wins(pipeline, text):
    assert top(pipeline, text).event == "THREATEN", seen(pipeline, text)


@pytest.mark.parametrize("text", [
    "If the rebels refuse, the army of Chad could attack their camps.",  # a guess, not a warning
    "The army of Chad will attack the rebel camps next week.",  # no condition
])
def test_force_without_a_stated_condition_is_no_threat(pipeline, text):
    assert "THREATEN" not in {e.event for e in code(pipeline, text)}, seen(pipeline, text)


# the content of a document its adopters approve is the event, not a SUPPORT of anyone
ADOPTED = [
    ("The Security Council unanimously approved a resolution condemning the missile tests by North Korea.", "ACCUSE"),
    ("The parliament of Ruritania approved a motion demanding the release of the jailed journalists.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "event"), ADOPTED)
def test_an_adopted_document_codes_its_content(pipeline, text, event):
    events = code(pipeline, text)
    assert top(pipeline, text).event == event, seen(pipeline, text)
    assert not any(e.event == "SUPPORT" and e.text_info.trigger == "approved" for e in events), seen(pipeline, text)


def test_an_approved_plan_is_still_support(pipeline):
    text = "The parliament of Ruritania approved a peace plan proposed by Norway."
    assert top(pipeline, text).event == "SUPPORT", seen(pipeline, text)


# a claim noun that is denied ("denied reports that X killed ...") carries a denied act, not a reported one
def test_an_act_in_a_denied_report_is_not_reported(pipeline):
    text = "The government of Chad denied reports that its troops had killed civilians in the east."
    assert not any(e.event == "ASSAULT" and e.modality in {"asserted", "reported"} for e in code(pipeline, text)), \
        seen(pipeline, text)


def test_a_denied_claim_leaves_its_relative_clause_alone(pipeline):
    """Only the claim's own clause is denied: the rebels' attack in the relative clause still happened."""
    text = "Sudan rejected accusations that it had armed the rebels who attacked the town of Abeche."
    attacked = [e for e in code(pipeline, text) if e.text_info.trigger == "attacked"]
    assert attacked and all(e.modality in {"asserted", "reported"} for e in attacked), seen(pipeline, text)


def test_an_undenied_report_stays_reported(pipeline):
    text = "Chad confirmed reports that Sudanese troops had shelled the town of Abeche."
    shelled = [e for e in code(pipeline, text) if e.text_info.trigger == "shelled"]
    assert shelled and all(e.modality in {"asserted", "reported"} for e in shelled), seen(pipeline, text)


# verbs of causing someone to act control their object: the object does the infinitive's act
@pytest.mark.parametrize("text", [
    "Sudanese militias attacked a village in Chad, prompting the government of Chad to close the border.",
    "The attacks compelled the government of Chad to close the border with Sudan.",
])
def test_the_one_prompted_to_act_is_the_actor(pipeline, text):
    closing = [e for e in code(pipeline, text) if e.text_info.trigger == "close"]
    assert closing, seen(pipeline, text)
    assert all("government" in a.text for e in closing for a in e.actor), [(e.event, [a.text for a in e.actor]) for e in closing]


def test_a_subject_control_verb_keeps_its_subject(pipeline):
    text = "The government of Chad promised the rebels to close the border with Sudan."
    closing = [e for e in code(pipeline, text) if e.text_info.trigger in {"close", "promised"}]
    assert not any("rebels" in a.text for e in closing for a in e.actor), seen(pipeline, text)


# "police declared a riot": the one who declares a protest state is not the protester; strikers declare strikes
def test_police_declaring_a_riot_do_not_riot(pipeline):
    text = "Protesters threw stones at officers in Portland, prompting police to declare a riot."
    assert not any(e.event == "PROTEST" and any("police" in a.text.lower() for a in e.actor)
                   for e in code(pipeline, text)), seen(pipeline, text)


def test_workers_declaring_a_strike_strike(pipeline):
    text = "Workers at the state oil company of Nigeria declared a strike over unpaid wages."
    assert any(e.event == "PROTEST" and any("Workers" in a.text for a in e.actor) for e in code(pipeline, text)), \
        seen(pipeline, text)


# the act someone is urged or invited to do is wanted of them, not done; an order keeps its old reading
@pytest.mark.parametrize(("text", "trigger"), [
    ("Thousands of protesters marched in Lahore to pressure the government of Pakistan to release their leader.",
     "release"),
    ("The Red Cross of Kenya is encouraging people to donate funds for flood victims.", "donate"),
    ("The leaders of the Palestinian Authority were invited by Egypt to attend a summit in Cairo.", "attend"),
])
def test_an_act_urged_on_someone_is_not_done(pipeline, text, trigger):
    acts = [e for e in code(pipeline, text) if e.text_info.trigger == trigger]
    assert not any(e.modality in {"asserted", "reported"} for e in acts), seen(pipeline, text)


def test_an_urged_act_that_was_done_stays_done(pipeline):
    text = "The government of Pakistan released the opposition leader after protesters pressured it for weeks."
    assert any(e.text_info.trigger == "released" and e.modality == "asserted" for e in code(pipeline, text)), \
        seen(pipeline, text)


def test_the_one_invited_to_act_is_the_actor_of_the_act(pipeline):
    """The passive's subject of a verb of object control does the infinitive's act, not the by-agent (the
    small model often attaches the infinitive as an adverbial clause)."""
    text = "The leaders of the Palestinian Authority were invited by Egypt to attend a summit in Cairo."
    attend = [e for e in code(pipeline, text) if e.text_info.trigger == "attend"]
    assert attend and all(a.text.startswith("The leaders") for e in attend for a in e.actor), \
        [(e.event, [a.text for a in e.actor]) for e in attend]
