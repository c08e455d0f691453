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
