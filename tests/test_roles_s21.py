"""Session 21 (recipient roles): which span is the recipient. Sentences written here."""
from __future__ import annotations

from datetime import date

import pytest

from eventlens import api

PUBLISHED = date(2021, 3, 4)


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.event, e.text_info.trigger.lower(), [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in api.extract(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    ("Chile has established diplomatic ties with Fiji.", "established", "Chile", "Fiji"),
    ("Kenya restored diplomatic relations with Somalia on Monday.", "restored", "Kenya", "Somalia"),
    ("Egypt has improved its relations with Qatar.", "improved", "Egypt", "Qatar"),
])
def test_ties_with_a_party_make_it_the_recipient(text, trigger, actor, target):
    # like "severed ties with X": the party the ties are with is acted on, not a joint actor
    found = [e for e in _events(text) if e[1] == trigger]
    assert found and all(e[0] == "SUPPORT" and e[2] == [actor] and e[3] == [target] for e in found), _events(text)


def test_ties_established_together_keep_both_as_actors():
    found = [e for e in _events("Chile and Fiji established diplomatic ties on Monday.") if e[1] == "established"]
    assert found and all(sorted(e[2]) == ["Chile", "Fiji"] and e[3] == [] for e in found), found
