"""The start-up cache: built once, read back unchanged, rebuilt when its key or file changes."""

from __future__ import annotations

import pickle

import pytest

from eventlens import startcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTLENS_CACHE", str(tmp_path))
    monkeypatch.delenv("EVENTLENS_STARTUP_CACHE", raising=False)
    return tmp_path


class _Word:
    """A token as the sector lexicon reads it (text, lower-case form, lemma)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower_ = text.lower()
        self.lemma_ = text.lower()


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read(cache):
    build, calls = _counting({"a": (1, 2), "b": frozenset({"x"})})
    first = startcache.cached("thing", build)
    second = startcache.cached("thing", build)
    assert first == second == {"a": (1, 2), "b": frozenset({"x"})}
    assert len(calls) == 1
    assert len(list(cache.glob("startup-thing-*.pickle"))) == 1
    assert not list(cache.glob("*.tmp"))


def test_other_key_is_a_miss(cache):
    build, calls = _counting([1])
    startcache.cached("thing", build, extra="index-a")
    startcache.cached("thing", build, extra="index-b")
    assert len(calls) == 2
    assert len(list(cache.glob("startup-thing-*.pickle"))) == 2


def test_damaged_entry_is_rebuilt(cache):
    build, calls = _counting("value")
    startcache.cached("thing", build)
    (path,) = cache.glob("startup-thing-*.pickle")
    path.write_bytes(b"not a pickle")
    assert startcache.cached("thing", build) == "value"
    assert len(calls) == 2
    assert pickle.loads(path.read_bytes()) == "value"


def test_switched_off(cache, monkeypatch):
    monkeypatch.setenv("EVENTLENS_STARTUP_CACHE", "0")
    build, calls = _counting(3)
    startcache.cached("thing", build)
    startcache.cached("thing", build)
    assert len(calls) == 2
    assert not list(cache.glob("startup-*"))


def test_old_entries_pruned(cache):
    for k in range(startcache.KEEP_OTHER_ENTRIES + 3):
        startcache.cached("thing", lambda k=k: k, extra=str(k))
    assert len(list(cache.glob("startup-thing-*.pickle"))) == startcache.KEEP_OTHER_ENTRIES + 1


def test_code_key_covers_lexicons():
    """The key hashes the lexicon files, so editing one gives a new key (checked on the list it reads)."""
    from pathlib import Path

    root = Path(startcache.__file__).parent
    assert any(p.suffix == ".yaml" for p in (root / "lexicons").iterdir())
    assert len(startcache.code_key()) == 64


def test_cached_actor_tables_equal_a_fresh_read(cache):
    from eventlens.actors import tables as t

    t.load_tables.cache_clear()
    try:
        built = t.load_tables()  # writes the entry
        t.load_tables.cache_clear()
        read = t.load_tables()  # reads it
        assert list(cache.glob("startup-actor-table-tokens-*.pickle"))
        names, country_names, sectors = t._read_tables(t.lexicon_dir(), t.english_tokenizer())
        for tables in (built, read):
            assert tables.names == names and list(tables.names) == list(names)
            assert tables.country_names == country_names
            assert tables.sectors == sectors
            assert tables.first_tokens == read.first_tokens
            # the tables are built by the same code, so the sector index's "not an actor" marker is the
            # module's own object ("a search party found the soldiers": no actor in "search party")
            words = [_Word(w) for w in "a search party found the soldiers".split()]
            assert [h.term for h in tables.sectors.find(words)] == ["soldier"]
        # the tokenizer, made on first use, reads names as the tables were tokenized
        key = next(k for k in names if len(k) > 1)
        assert read.lookup(" ".join(key)) == names[key]
    finally:
        t.load_tables.cache_clear()


def test_cached_place_patterns_equal_the_gazetteer_s(tmp_path, monkeypatch):
    from eventlens.nlp import ruler_patterns
    from eventlens.where import default_gazetteer, ruler_place_patterns

    gazetteer = default_gazetteer()  # the usual index (a new cache directory would build another)
    monkeypatch.setenv("EVENTLENS_CACHE", str(tmp_path))
    monkeypatch.delenv("EVENTLENS_STARTUP_CACHE", raising=False)
    cache = tmp_path
    fresh = ruler_place_patterns(gazetteer)
    first = ruler_patterns(gazetteer)
    assert list(cache.glob("startup-place-patterns-*.pickle"))
    again = ruler_patterns(gazetteer)
    assert first == again
    assert first[-len(fresh):] == fresh


def test_pruning_skips_an_entry_another_process_removed_meanwhile(cache, monkeypatch):
    # several workers start together after an upgrade and prune the same directory: an entry listed by one
    # and removed by another before its date is read must not stop the first one's run
    from pathlib import Path

    for k in range(startcache.KEEP_OTHER_ENTRIES + 2):
        startcache.cached("thing", lambda k=k: k, extra=str(k))
    listed = Path.glob

    def glob_with_a_vanished_entry(self, pattern):
        return [*listed(self, pattern), self / "startup-thing-0000000000000000.pickle"]

    monkeypatch.setattr(Path, "glob", glob_with_a_vanished_entry)
    startcache.cached("thing", lambda: "new", extra="another")
    monkeypatch.undo()
    assert len(list(cache.glob("startup-thing-*.pickle"))) == startcache.KEEP_OTHER_ENTRIES + 1
