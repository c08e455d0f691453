"""Session 21: the trigger lexicon's parsed YAML comes from the start-up cache, keyed by the file's text."""

from __future__ import annotations

import pytest

from eventlens import yamlload
from eventlens.events import lexicon as lexicon_module
from eventlens.events.lexicon import default_lexicon_path, load_lexicon


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTLENS_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("EVENTLENS_STARTUP_CACHE", raising=False)
    return tmp_path / "cache"


@pytest.fixture
def yaml_reads(monkeypatch):
    reads: list[int] = []
    parse = yamlload.safe_load

    def counting(text: str):
        reads.append(len(text))
        return parse(text)

    monkeypatch.setattr(lexicon_module.yamlload, "safe_load", counting)
    return reads


def test_second_process_reads_the_cached_data(cache, yaml_reads):
    first = load_lexicon.__wrapped__()  # as a fresh process would: past the per-process lru_cache
    second = load_lexicon.__wrapped__()
    assert len(yaml_reads) == 1
    assert list(cache.glob("startup-trigger-lexicon-yaml-*.pickle"))
    assert first == second
    assert first.ranked("verb", "attack") == second.ranked("verb", "attack")


def test_an_edited_lexicon_is_parsed_again(cache, yaml_reads, tmp_path):
    path = tmp_path / "triggers.yaml"
    text = default_lexicon_path().read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before = load_lexicon.__wrapped__(str(path))
    path.write_text(text.replace("\nversion: \"", "\nversion: \"edited-", 1), encoding="utf-8")
    after = load_lexicon.__wrapped__(str(path))
    assert len(yaml_reads) == 2
    assert after.version == "edited-" + before.version


def test_switched_off_it_parses_every_time(cache, yaml_reads, monkeypatch):
    monkeypatch.setenv("EVENTLENS_STARTUP_CACHE", "0")
    load_lexicon.__wrapped__()
    load_lexicon.__wrapped__()
    assert len(yaml_reads) == 2
    assert not cache.exists() or not list(cache.glob("startup-trigger-lexicon-yaml-*"))
