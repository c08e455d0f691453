"""Session 15 lead fixes (issue 3/4): a party's own name is no venue that makes it the host of a meeting.

Invented sentences; generic country names."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2020, 1, 1)


def _consult(text):
    evs = [e for e in api.extract(text, PUB) if e.event == "CONSULT"]
    assert evs, text
    return evs[0]


def test_a_party_named_as_subject_is_not_the_host():
    # located in Kenya only by its own subject: no host/visitor, both parties are actors (PLOVER)
    ev = _consult("Kenya held talks with Uganda on Monday.")
    assert sorted(a.country for a in ev.actor) == ["KEN", "UGA"] and not ev.recipient, (ev.actor, ev.recipient)
    assert ev.mode != "visit"


@pytest.mark.parametrize("text, visitor, host", [
    # a stated venue still tells the host, whichever party is named first
    ("Kenya held talks with Uganda in Kampala on Monday.", "KEN", "UGA"),
    ("Kenya held talks with Uganda in Nairobi on Monday.", "UGA", "KEN"),
])
def test_a_stated_venue_still_makes_the_host(text, visitor, host):
    ev = _consult(text)
    assert [a.country for a in ev.actor] == [visitor] and [r.country for r in ev.recipient] == [host]
    assert ev.mode == "visit"
