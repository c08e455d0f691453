"""Actors (session 22, issue 4): a mediator is not of the parties he mediates between. "President X brokered a deal
between Ghana and Togo" names Ghana and Togo as the sides; the article's focus on one of them no longer becomes the
mediator's own country, in that sentence or the mediator's others. Names and sentences are invented.
"""

from __future__ import annotations

import datetime

TAIL = " Ghana has cut its import tariffs. Ghana said it would cut more next year."


def _countries(text: str, who: str) -> list[str | None]:
    from eventlens import api

    return [a.country for e in api.extract(text, datetime.date(2024, 3, 6)) for a in e.actor + e.recipient
            if who in a.text or a.name and who in a.name]


def test_a_deal_brokered_between_two_states_is_not_the_brokers_own():
    found = _countries("In 1986, President Walter Brooks brokered a border deal between Ghana and Togo." + TAIL, "Brooks")
    assert found and "GHA" not in found, found


def test_mediating_between_two_states_is_not_the_mediators_own():
    found = _countries("Former envoy Walter Brooks mediated between Ghana and Togo in 1986." + TAIL, "Brooks")
    assert found and "GHA" not in found, found


def test_the_mediators_other_sentences_lose_the_focus_too():
    found = _countries("Former envoy Walter Brooks mediated between Ghana and Togo in 1986. Brooks later criticised "
                       "the border closures." + TAIL, "Brooks")
    assert found and "GHA" not in found, found
