"""The trigger lexicon is reviewed data: its schema, reachability and CAMEO codes are checked here."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
import yaml

from eventlens.events.lexicon import LexiconError, default_lexicon_path, load_lexicon, parse_lexicon
from eventlens.events.scoring import load_scores
from eventlens.record import PLOVER_TYPES


def test_every_plover_type_has_verb_and_noun_triggers():
    lex = load_lexicon()
    types = {e.type for e in lex.entries}
    assert types == set(PLOVER_TYPES)
    for t in PLOVER_TYPES:
        assert any(e.type == t and e.pos == "verb" for e in lex.entries), t


def test_every_group_has_a_comment():
    data = yaml.safe_load(default_lexicon_path().read_text())
    for group in data["groups"]:
        assert group.get("comment"), group["group"]


def test_every_entry_is_reachable():
    """Two entries for the same word with the same constraints: the second could never fire."""
    lex = load_lexicon()
    seen: dict[tuple, str] = {}
    for e in lex.entries:
        # entries that differ only in their sentence-word conditions fire in different sentences
        key = (e.pos, e.lemma, e.particles, e.obj, e.not_obj, e.actor_sector, e.nominal, e.light, e.sentence, e.not_sentence)
        assert key not in seen, f"{e.group}:{e.phrase} shadowed by {seen[key]}"
        seen[key] = f"{e.group}:{e.phrase}"
    by_word = defaultdict(list)
    for e in lex.entries:
        by_word[(e.pos, e.lemma, e.particles)].append(e)
    for word, entries in by_word.items():
        unconstrained = [e for e in entries if e.obj is None and e.actor_sector is None and e.light is None
                         and e.sentence is None]
        assert len(unconstrained) <= 1, f"{word}: several unconstrained entries {[x.group for x in unconstrained]}"


def test_scores_cover_every_entry():
    lex, scores = load_lexicon(), load_scores()
    for e in lex.entries:
        assert scores.goldstein_for(e.cameo) is not None, e
        scores.plover(e.type, e.mode)
        for extra in e.also:
            assert scores.goldstein_for(extra.cameo) is not None


def test_schema_errors_are_reported():
    with pytest.raises(LexiconError):
        parse_lexicon({"version": "x", "groups": [{"group": "g", "type": "NOPE", "pos": "verb", "entries": [{"lemma": "a", "cameo": "01"}]}]})
    with pytest.raises(LexiconError):
        parse_lexicon({"version": "x", "groups": [{"group": "g", "type": "AID", "pos": "verb", "entries": [{"lemma": "a", "cameo": "01", "bogus": 1}]}]})
    with pytest.raises(LexiconError):
        parse_lexicon({"version": "x", "groups": [{"group": "g", "type": "AID", "pos": "adj", "entries": [{"lemma": "a", "cameo": "01"}]}]})


def _crosswalk(shared_dir):
    path = shared_dir / "openeventdata__PLOVER" / "CAMEO2PLOVER-2021.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


def test_cameo_codes_agree_with_the_plover_crosswalk(shared_data):
    """Each entry's CAMEO code maps to its PLOVER type in the crosswalk, unless the entry documents a
    deliberate deviation that follows the PLOVER manual."""
    table = _crosswalk(shared_data)
    lex = load_lexicon()
    problems = []
    for e in lex.entries:
        for etype, cameo in [(e.type, e.cameo)] + [(x.type, x.cameo) for x in e.also]:
            code = cameo
            while code not in table and len(code) > 2:
                code = code[:-1]
            mapped = table.get(code)
            if mapped is None:
                problems.append(f"{e.group}:{e.phrase} CAMEO {cameo} not in crosswalk")
            elif mapped != etype and not e.deviation:
                problems.append(f"{e.group}:{e.phrase} is {etype} but CAMEO {cameo} -> {mapped}")
    assert not problems, "\n".join(problems)


def test_retyping_codes_agree_with_the_plover_crosswalk(shared_data):
    """The codes cues.yaml gives retyped candidates (a state's protest, protesters' violence) are PLOVER
    types with a mode the trigger lexicon also uses for that type, and their CAMEO codes map to those types
    in the crosswalk."""
    from eventlens.events.cues import load_cues
    from eventlens.record import PLOVER_TYPES

    table = _crosswalk(shared_data)
    modes = {(e.type, e.mode) for e in load_lexicon().entries}
    retypings = load_cues().retypings
    assert set(retypings) == {"diplomatic_protest", "riot", "obstruct", "rescue"}
    for name, (etype, mode, cameo) in retypings.items():
        assert etype in PLOVER_TYPES and (etype, mode) in modes, name
        assert table.get(cameo) == etype, f"{name}: CAMEO {cameo} -> {table.get(cameo)}, not {etype}"


def test_nominal_modes_and_sentence_words_are_checked():
    def group(**entry):
        return {"version": "x", "groups": [{"group": "g", "type": "COERCE", "pos": "noun", "entries": [{"lemma": "siege", "cameo": "191", **entry}]}]}
    with pytest.raises(LexiconError):
        parse_lexicon(group(nominal="sometimes"))
    with pytest.raises(LexiconError):
        parse_lexicon(group(not_sentence=["heat wave"]))
    entry = parse_lexicon(group(nominal="actor", sentence=["riot", "coup"], not_sentence=["flood"])).entries[0]
    assert entry.nominal == "actor"
    assert entry.sentence_allows({"declare", "coup"})
    assert not entry.sentence_allows({"declare", "emergency"})  # no security cause named
    assert not entry.sentence_allows({"coup", "flood"})  # a disaster in the sentence


def test_states_of_emergency_need_a_security_cause_and_no_disaster():
    lex = load_lexicon()
    states = [e for e in lex.entries if e.lemma == "state" and e.type == "COERCE"]
    emergency = [e for e in states if e.obj == frozenset({"emergency"})]
    assert emergency and all(e.sentence and "flood" in e.not_sentence for e in emergency)
    bare = [e for e in lex.entries if e.lemma == "emergency" and e.type == "COERCE"]
    assert bare and all("coronavirus" in e.not_sentence for e in bare)


def test_ranked_entries_are_the_candidates_most_specific_first():
    # the coder takes the first ranked entry that fits, which must be the one the lexicon's order
    # picks among the most specific: the same entries, by falling specificity, lexicon order among equals
    lexicon = load_lexicon()
    assert lexicon.by_specificity.keys() == lexicon.by_lemma.keys()
    for (pos, lemma), entries in lexicon.by_lemma.items():
        ranked = lexicon.ranked(pos, lemma)
        assert sorted(map(id, ranked)) == sorted(map(id, entries))
        assert [e.specificity for e in ranked] == sorted((e.specificity for e in ranked), reverse=True)
        for spec in {e.specificity for e in entries}:
            assert [e for e in ranked if e.specificity == spec] == [e for e in entries if e.specificity == spec]
    assert lexicon.ranked("verb", "no-such-word") == []
