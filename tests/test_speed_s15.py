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
