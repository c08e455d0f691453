"""Session 19 (lead): a headline-shaped subject before a bare verb whose 'at' phrase names a target is the
shooter, not the one shot. Sentences written here."""
from __future__ import annotations

from datetime import date

import pytest

from eventlens import api

PUBLISHED = date(2021, 3, 4)


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.event, e.text_info.trigger.lower(), [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in api.extract(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Gunmen shot at a police patrol in the north of the country.", "Gunmen", "a police patrol"),
    ("Militants shot at protesters outside the parliament.", "Militants", "protesters"),
])
def test_shot_at_a_target_is_an_active_verb(text, actor, target):
    found = [e for e in _events(text) if e[1] == "shot"]
    assert found and all(e[0] == "ASSAULT" and e[2] == [actor] and e[3] == [target] for e in found), _events(text)


def test_a_place_after_at_keeps_the_headline_passive():
    found = [e for e in _events("Opposition leader arrested at airport.") if e[1] == "arrested"]
    assert found and all(e[2] == [] and e[3] == ["Opposition leader"] for e in found), found
