"""The lexicons read with the C YAML loader are the objects the pure-Python safe loader gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventlens import yamlload

LEXICONS = sorted((Path(__file__).parent.parent / "eventlens" / "lexicons").glob("*.yaml"))


def _typed(value):
    """The value with every scalar's type spelled out, so 1, 1.0, True and "1" stay apart."""
    if isinstance(value, dict):
        return {_typed(k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def test_every_lexicon_is_checked():
    assert {p.name for p in LEXICONS} >= {"triggers.yaml", "cues.yaml", "sectors.yaml", "dates.yaml"}


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_same_objects_as_the_python_safe_loader(path):
    text = path.read_text(encoding="utf-8")
    assert _typed(yamlload.safe_load(text)) == _typed(yaml.safe_load(text))


def test_it_stays_safe():
    with pytest.raises(yaml.YAMLError):
        yamlload.safe_load("!!python/object/apply:os.system ['true']")
