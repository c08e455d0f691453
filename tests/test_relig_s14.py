"""Countryless non-state actors with a target, session 14 (issue 4). Clergy, rights groups, unions,
universities and doctors acting on someone named, in an article about one country, keep their event and take
that country, though neither the sentence nor its place names one; vague actors ("sources") and articles
that name no country, or two alike, do not. Every sentence here is written for this test (invented or generic
names; real country and town names only so the tables know them)."""

from __future__ import annotations

import pytest
from coverage_checks import code

from eventlens.pipeline import ORGANISED_NONSTATE, _house_nonstate, _nonstate_home
from eventlens.record import Actor

pytest.importorskip("spacy")


def _of_type(pipeline, text: str, etype: str) -> list:
    return [e for e in code(pipeline, text) if e.event == etype]


# --- the pipeline --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "etype", "sector", "country"), [
    ("Police in Lahore detained four shopkeepers on Tuesday. The imam of the old mosque criticized the police.",
     "ACCUSE", "REL", "PAK"),
    ("Police in Lahore detained four shopkeepers on Tuesday. The senior cleric of the shrine criticized the police.",
     "ACCUSE", "REL", "PAK"),
])
def test_nonstate_actor_takes_the_article_country(pipeline, text, etype, sector, country):
    events = [e for e in _of_type(pipeline, text, etype) if any(a.sector == sector for a in e.actor)]
    assert events, [(e.event, [(a.text, a.country, a.sector) for a in e.actor]) for e in code(pipeline, text)]
    assert {a.country for e in events for a in e.actor if a.sector == sector} == {country}
    assert all("the country the article is about" in e.explanation for e in events)


@pytest.mark.parametrize("text", [
    # a vague actor with no sector stays dropped
    "Police in Lahore detained four shopkeepers on Tuesday. Sources criticized the police.",
    # no country anywhere in the article: nothing to place the clergy in
    "The bishops of the diocese criticized the government.",
])
def test_no_event_without_a_sector_or_a_country(pipeline, text):
    assert not _of_type(pipeline, text, "ACCUSE")


# --- the helpers ---------------------------------------------------------------------------------------


def _imam() -> Actor:
    return Actor(text="the imam", sector="REL", kind="person")


def _police() -> Actor:
    return Actor(text="the police", sector="COP", kind="organization")


def test_home_is_the_one_leading_country():
    assert _nonstate_home([_imam()], [_police()], {"PAK": 1.0, "PAK/Punjab": 1.0, "IND": 0.2}) == "PAK"


@pytest.mark.parametrize(("actors", "recipients", "focus"), [
    ([_imam()], [_police()], {"PAK": 1.0, "IND": 0.6}),   # two countries weighed alike
    ([_imam()], [_police()], {}),                         # no country at all
    ([_imam()], [], {"PAK": 1.0}),                        # no target
    ([Actor(text="sources", kind="group")], [_police()], {"PAK": 1.0}),  # no sector: vague
    ([Actor(text="shoppers", sector="CVL", kind="group")], [_police()], {"PAK": 1.0}),  # not an organised body
])
def test_no_home(actors, recipients, focus):
    assert _nonstate_home(actors, recipients, focus) is None


def test_every_organised_sector_counts():
    for sector in ORGANISED_NONSTATE:
        assert _nonstate_home([Actor(text="x", sector=sector, kind="group")], [_police()], {"KEN": 1.0}) == "KEN"


def test_house_gives_the_country_only_to_bodies_with_a_sector():
    imam, police, man = _imam(), _police(), Actor(text="a man", kind="person")
    assert _house_nonstate([imam], [police, man], "PAK")
    assert (imam.country, police.country, man.country) == ("PAK", "PAK", None)
    stated = Actor(text="Indian troops", country="IND", sector="MIL", kind="group")
    assert not _house_nonstate([stated], [], "PAK") and stated.country == "IND"
