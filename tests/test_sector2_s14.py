"""actors, session 14 (sector2): faith leaders, faith communities and named paramilitary forces.

- leaders named by their faith ("Christian leaders") are the religious sector (REL), not the officials the weak
  "leader" makes them; a state's demonym before a political title stays GOV;
- the head or leaders of a faith's community take that community's sector (REL);
- paramilitary forces known by their own names (institutions.tsv) are PRM of their state, not civilians.

Every sentence here is written for this test (invented names); none comes from the seed, a gold set or the
Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import resolve_phrase

pytest.importorskip("spacy")


def _show(actors):
    return [(a.text, a.country, a.sector, a.other_sectors) for a in actors]


@pytest.mark.parametrize("sentence, phrase", [
    ("Christian leaders urged calm after the riots in the northern towns.", "Christian leaders"),
    ("Hindu leaders appealed for restraint at a rally on Sunday.", "Hindu leaders"),
    ("A senior Jewish leader praised the new school law.", "A senior Jewish leader"),
])
def test_leaders_named_by_their_faith_are_religious(nlp, resolver, sentence, phrase):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == ["REL"], _show(actors)


@pytest.mark.parametrize("sentence, phrase", [
    ("Egyptian leaders urged calm after the riots in the northern towns.", "Egyptian leaders"),
    ("The Jordanian Prime Minister praised the new school law.", "The Jordanian Prime Minister"),
])
def test_a_states_demonym_before_a_title_stays_government(nlp, resolver, sentence, phrase):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == ["GOV"], _show(actors)


@pytest.mark.parametrize("sentence, phrase", [
    ("The head of the Sikh community thanked the police for their help.", "The head of the Sikh community"),
    ("Leaders of the Muslim community met the mayor on Tuesday.", "Leaders of the Muslim community"),
])
def test_heads_of_a_faith_community_are_religious(nlp, resolver, sentence, phrase):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == ["REL"], _show(actors)


def test_christian_democrat_leaders_are_not_religious(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Christian Democrat leaders rejected the budget on Monday.",
                            "Christian Democrat leaders")
    assert all(a.sector != "REL" for a in actors), _show(actors)


@pytest.mark.parametrize("sentence, phrase, country", [
    ("The Frontier Corps arrested three smugglers near the border.", "The Frontier Corps", "PAK"),
    ("Pakistan Rangers detained a gang leader in the port city.", "Pakistan Rangers", "PAK"),
    ("The Assam Rifles seized a cache of weapons in the hills.", "The Assam Rifles", "IND"),
])
def test_named_paramilitary_forces_are_paramilitary(nlp, resolver, sentence, phrase, country):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [(a.country, a.sector) for a in actors] == [(country, "PRM")], _show(actors)


# --- armed drones named with a country -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, phrase, country", [
    ("Belgian Reaper drones struck a column of trucks near the river.", "Belgian Reaper drones", "BEL"),
    ("A French drone hit a pickup carrying five gunmen.", "A French drone", "FRA"),
])
def test_drones_named_with_a_country_are_its_military(nlp, resolver, sentence, phrase, country):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [(a.country, a.sector) for a in actors] == [(country, "MIL")], _show(actors)


def test_a_movements_drones_are_not_the_military(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Rebel drones struck the airport on Sunday.", "Rebel drones")
    assert all(a.sector != "MIL" for a in actors), _show(actors)


# --- leaders of a community ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, phrase", [
    ("Leaders of the Tamil community demanded an inquiry into the raid.", "Leaders of the Tamil community"),
    ("The head of the local community accused the mayor of neglect.", "The head of the local community"),
])
def test_leaders_of_a_community_are_notables(nlp, resolver, sentence, phrase):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == ["ELI"], _show(actors)


def test_head_of_a_named_community_body_is_not_a_notable(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "The head of the East African Community met the Kenyan president.",
                            "The head of the East African Community")
    assert all(a.sector != "ELI" for a in actors), _show(actors)
