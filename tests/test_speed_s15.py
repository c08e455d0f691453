"""Session 15 speed work: every shortcut must give exactly the answer of the path it skips."""

from __future__ import annotations

import random
import re

import pytest

from eventlens.regexscan import Prefiltered, required_strings
from eventlens.where import locate

# ----------------------------------------------------------------------------- regexscan


@pytest.mark.parametrize("pattern, expected", [
    (r"\bPolice Department\b", ("Police Department",)),
    (r"\b[Jj]unior varsity\b", ("Junior varsity", "junior varsity")),
    (r"\b(?:DUI|DWI)\b", ("DUI", "DWI")),
    (r"\bCouncil(?:wo)?m[ae]n\b", ("Council",)),  # the optional part is not required; the class after it stands apart
    (r"(?<!House of )\bsenators?\b", ("senator",)),  # a look-behind requires nothing
    (r"\b\d+00 block of\b", ("00 block of",)),
    (r"\b(?:[Ff]irst|\d{1,2}th)[- ]graders?\b", (" grader", "-grader")),  # the longer of two required runs
    (r"(?:ab)+cde", ("cde",)),  # a repeat is not joined to what follows it
    (r"x(?:abc)+", ("abc",)),
])
def test_required_strings_of_patterns(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_strings(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"(?i)police department",  # case-insensitive: no plain string is needed
    r"\bpolice (?i:department)\b|(?i:sheriff)",  # a branch that needs nothing makes the alternation need nothing
    r"\d+\s*\w+",  # classes only
    r"(?:abc)?",  # may match the empty string
])
def test_patterns_without_required_strings(pattern: str) -> None:
    assert required_strings(pattern) is None
    assert Prefiltered(re.compile(pattern)).may_match("") is True


def _fragments(patterns: list[re.Pattern[str]]) -> list[str]:
    """Pieces of text near what the patterns look for: their required strings, cut and recased."""
    pieces = ["the", "of", "block", "Court", "school", "123", "555-0199", "(555)", " ", "-", ".", "£", "am", "9",
              "St.", "Ave.", "Elm", "North", "R-", "D-", "(", ")", "s", "men", "women"]
    for p in patterns:
        for s in required_strings(p) or ():
            pieces += [s, s.lower(), s.upper(), s[: len(s) // 2], s[len(s) // 2:]]
    return pieces


def test_prefiltered_search_agrees_with_search_on_random_texts() -> None:
    patterns = [p for p, _ in locate.press_cues()] + [re.compile(r"\b[Jj]unior[- ][Vv]arsity\b"),
                                                      re.compile(r"\b(?:[Ss]elect(?:wo)?m[ae]n|Board of Supervisors)\b")]
    scans = [Prefiltered(p) for p in patterns]
    pieces = _fragments(patterns)
    rng = random.Random(15)
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 12)))
        for p, scan in zip(patterns, scans, strict=True):
            found = p.search(text)
            matched += found is not None
            assert (scan.search(text) is None) == (found is None), (p.pattern, text)
            if found is not None:
                assert scan.may_match(text)
    assert matched > 100  # the texts did exercise the patterns


def test_press_focus_same_as_plain_search() -> None:
    texts = [
        "Call the Springfield Police Department at (555) 010-2000 about the 300 block of Elm St.",
        "The councillor said council tax would rise 4 per cent, sixth-form pupils and GCSEs aside.",
        "Gardaí at the Garda station in the town arrested a man; the Shire Council met at 9am.",
        "Ministers met in the capital on Monday and agreed to talk again.",
        "",
    ]

    def plain(text: str) -> dict[str, float]:
        hits: dict[str, float] = {}
        for pattern, countries in locate.press_cues():
            if pattern.search(text):
                for c in countries:
                    hits[c] = hits.get(c, 0.0) + 1.0 / len(countries)
        return {c: min(1.0, locate.PRESS_CUE_WEIGHT * n) for c, n in hits.items()}

    seen = 0
    for text in texts:
        assert locate.press_focus(text) == plain(text)
        seen += bool(plain(text))
    assert seen == 3


# ----------------------------------------------------------------------------- spaCy-side helpers

# Invented texts: an international body's name, a verb of the nominal domain words, a disaster, sector terms
# (plural, stems, case-sensitive, several words), odd capitals, hyphens and an empty text.
TEXTS = [
    "Gunmen storm a prison in Lakeview as the Arab League observers and the Foreign Ministry watch.",
    "Floods killed 40 people in Eastport after heavy rain; ministries of Norland sent relief workers.",
    "The striking dock-workers' union and the Interior Minister, Gen. Ana Ruiz, met at the stadium.",
    "Shareholders of the football club protested the merger, the league's chief executive said.",
    "The blast killed scores of people; scores were level at half time.",
    "NATO forces and the U.N. Security Council condemned the MINISTRY OF DEFENCE in Westria.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipeline):
    return list(pipeline.nlp.pipe(TEXTS))


def test_token_tags_are_spacy_attributes(docs):
    from eventlens import docmemo

    for doc in docs:
        expected = ([t.pos_ for t in doc], [t.ent_id_ for t in doc])
        assert docmemo.token_tags(doc) == expected  # outside coding
        with docmemo.coding(doc):
            assert docmemo.token_tags(doc) == expected
            assert docmemo.token_tags(doc) is docmemo.token_tags(doc)  # made once per coded doc
    assert any("igo:" in i for doc in docs for i in docmemo.token_tags(doc)[1])


def _spacy_domain_words(sent, cues):
    from eventlens.events import cues as cue_mod

    words, lowers = set(), []
    for t in sent:
        if t.ent_id_.startswith("igo:") or t.pos_ == "VERB" and t.lemma_.lower() in cues.nominal_domain_words \
                or t.lower_ in cues.quantity_domain_words and cue_mod._counts(t):
            lowers.append("")
            continue
        words |= {t.lemma_.lower(), t.lower_}
        lowers.append(t.lower_)
    return words, lowers


def _spacy_contexts(tokens, cues):
    lemmas = [t.lemma_.lower() for t in tokens]
    lowers = [t.lower_ for t in tokens]
    words = set(lemmas) | set(lowers)
    found = []
    for name, (single, multi) in cues.contexts.items():
        if words & single or any(
                phrase[0] in words and any(tuple(lowers[i:i + len(phrase)]) == phrase or tuple(lemmas[i:i + len(phrase)]) == phrase
                                           for i in range(len(lowers) - len(phrase) + 1)) for phrase in multi):
            found.append(name)
    return found


def _spacy_disaster(sent, cues):
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    single, multi = cues.disaster
    lowers = [t.lower_ for t in sent]
    return bool(words & single) or any(tuple(lowers[i:i + len(p)]) == p for p in multi for i in range(len(lowers) - len(p) + 1))


def test_sentence_words_from_doc_lists_equal_spacy_reads(docs):
    from eventlens import docmemo
    from eventlens.events import cues as cue_mod

    cues = cue_mod.load_cues()
    disasters = blanked = contexts = 0
    for doc in docs:
        for coded in (False, True):
            with docmemo.coding(doc) if coded else _nothing():
                for sent in doc.sents:
                    words = cue_mod._domain_words(sent, cues)
                    assert words == _spacy_domain_words(sent, cues)
                    blanked += words[1].count("")
                    assert cue_mod.disaster_cue(sent, cues) == _spacy_disaster(sent, cues)
                    disasters += _spacy_disaster(sent, cues)
                    for tok in sent:
                        scope = list(tok.subtree)
                        assert cue_mod.contexts_for(scope, cues) == _spacy_contexts(scope, cues)
                        contexts += bool(_spacy_contexts(scope, cues))
    assert cue_mod.contexts_for([], cues) == []
    assert blanked >= 4 and disasters >= 2 and contexts >= 4  # the texts reach every branch


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_sector_candidates_remembered_give_the_same_terms(pipeline, docs, monkeypatch):
    """`SectorLexicon._starts` remembers each word's candidate terms: every position's longest term is the
    one `_match_at` finds from the index, and `find` gives the same hits remembered, fresh, or never kept."""
    sectors = pipeline.resolver.tables.sectors
    sentences = [list(sent) for doc in docs for sent in doc.sents]
    for toks in sentences:
        keys = [(t.text, t.lower_, t.lemma_.lower()) for t in toks]
        for i in range(len(keys)):
            assert sectors._match_at(keys, i, keys, sectors._candidates(keys[i])) == sectors._match_at(keys, i, keys)
            assert bool(sectors._candidates(keys[i])) == sectors._may_start(keys[i])
    sectors._starts.clear()
    first = [sectors.find(s) for s in sentences]
    assert any(sectors._starts.values())
    assert [sectors.find(s) for s in sentences] == first
    monkeypatch.setattr("eventlens.actors.sectors.STARTS_MAX", -1)
    assert [sectors.find(s) for s in sentences] == first
    assert sum(map(len, first)) >= 6


# ----------------------------------------------------------------------------- pipeline._resolve

FOCUS_TEXTS = [
    "Kenya's government closed the border. Border guards arrested five smugglers, and the police detained "
    "the country's lawmakers.",
    "Peruvian soldiers in the Andes attacked rebels. Militants in the region kidnapped two aid workers.",
    "The union of teachers in Chile protested. Riot police dispersed the crowd and arrested its leaders.",
]


def _eager_stated(doc, a) -> bool:
    from eventlens.actors.resolve import COUNTRY_BACKREF_NOUNS
    from eventlens.pipeline import NAMED_LABELS, _in_place_phrase

    head = doc[a.head]
    return any(t.ent_id_ or t.ent_type_ in NAMED_LABELS or t.pos_ == "PRON"
               or (t.dep_ == "poss" and t.lemma_.lower() in COUNTRY_BACKREF_NOUNS)
               for t in doc[a.start:a.end] if not _in_place_phrase(t, head))


def test_resolve_marks_focus_countries_as_the_eager_test(pipeline):
    """`Pipeline._resolve` reads whether a phrase states its country only when an actor could have taken
    it from the focus: the same actors and the same focus-defaulted ones as the test read for every phrase."""
    from eventlens import docmemo
    from eventlens.events import find_events

    defaulted_seen = stated_seen = 0
    for text in FOCUS_TEXTS:
        doc = pipeline.nlp(text)
        with docmemo.coding(doc):
            memory = pipeline.resolver.start_article(doc)
            for cand in find_events(doc, pipeline.lexicon, pipeline.cues):
                for a in cand.actors + cand.recipients:
                    defaulted: set[int] = set()
                    out = pipeline._resolve(doc, [a], memory, defaulted)
                    stated = _eager_stated(doc, a)
                    expected = {id(x) for x in out if not stated and x.country
                                and x.kind in {"group", "organization", "unknown"}}
                    assert defaulted == expected, doc[a.start:a.end].text
                    assert [x.text for x in pipeline._resolve(doc, [a], memory)] == [x.text for x in out]
                    defaulted_seen += bool(defaulted)
                    stated_seen += stated and bool(out)
    assert defaulted_seen >= 1 and stated_seen >= 1
