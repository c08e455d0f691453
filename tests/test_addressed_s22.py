"""Actors (session 22, issue 4): an office-holder who addresses a state by its name ("X urged Ghana to ...", "X called
on the government of Ghana to ...", "X held talks with Ghana") is not of that state, so the article's focus on it does
not become the person's own country. A people's name is no such sign: foreign news calls a country's citizens by
their demonym, and a president urging them is theirs. Names and sentences are invented.
"""

from __future__ import annotations

import datetime

TAIL = " Ghana has cut its import tariffs. Ghana said it would cut more next year."


def _countries(text: str, who: str) -> list[str | None]:
    from eventlens import api

    return [a.country for e in api.extract(text, datetime.date(2024, 3, 6)) for a in e.actor + e.recipient
            if who in a.text or a.name and who in a.name]


def test_a_state_urged_by_name_is_not_the_speakers_own():
    found = _countries("Secretary of State Paul Ardo urged Ghana to release the detained reporters." + TAIL, "Ardo")
    assert found and "GHA" not in found, found


def test_a_government_of_a_state_called_on_is_not_the_speakers_own():
    found = _countries("Senator Paul Ardo called on the government of Ghana to free the reporters." + TAIL, "Ardo")
    assert found and "GHA" not in found, found


def test_a_state_addressed_in_another_sentence_counts_too():
    found = _countries("Senator Paul Ardo urged Ghana to free the reporters. Ardo later praised the verdict." + TAIL,
                       "Ardo")
    assert found and "GHA" not in found, found


def test_a_leader_urging_the_people_keeps_the_focus_country():
    found = _countries("President Kofi Mensah urged Ghanaians to stay calm." + TAIL, "Mensah")
    assert found and set(found) == {"GHA"}, found
