"""actors, session 16 (actor): whose an organ owned by a person is, unnamed state people acting on a state, and
the capitalised ranks.

- "President X ... his government", "her ministry": an organ owned by a person ("his", "her") is of that
  person's country, also when the article names several countries (no focus to fall back on);
- unnamed state people ("officials", "diplomats", "troops") acting outward on a state named as such ("urged
  North Korea", "criticised the Ukrainian government") are not given that state's country by the article's
  focus: nothing says they are its own, and a state's officials do not plead with their own state;
- the lowest military ranks written as titles ("Private X") are MIL; a capitalised rank word before a common
  noun at the start of a sentence is the adjective ("Major companies", "Private hospitals").

Every sentence here is written for this test (invented people); none comes from the seed, a gold set or the
Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import code, resolve_phrase

pytest.importorskip("spacy")


def _show(actors):
    return [(a.text, a.country, a.sector, a.kind) for a in actors]


# --- an organ owned by a person ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, country", [
    # two countries named once each: no article focus, only the owner says whose
    ("Philippine President Ana Ruiz praised China's vaccine plan, saying her government shared data with "
     "its neighbours.", "her government", "PHL"),
    ("Kenyan President Tom Mbeki met Ugandan envoys, and said his government would reopen the border.",
     "his government", "KEN"),
    ("Chilean President Jorge Lira visited Peru, where he said his ministers had agreed a deal.",
     "his ministers", "CHL"),
])
def test_an_organ_owned_by_a_person_is_of_that_persons_country(nlp, resolver, text, phrase, country):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.country, a.sector) for a in actors] == [(country, "GOV")], _show(actors)


def test_an_owner_of_no_stated_country_gives_none(nlp, resolver):
    # (no country anywhere: nothing to give)
    text = "President Tom Mbeki said his government would reopen the border."
    actors = resolve_phrase(nlp, resolver, text, "his government")
    assert [a.country for a in actors] == [None], _show(actors)



# --- unnamed state people acting outward on a state -----------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Officials urged North Korea to return to the talks.", "PRK"),
    ("Diplomats criticised the Ukrainian government for the delay.", "UKR"),
    ("Top diplomats issued a statement urging Venezuela to free the prisoners.", "VEN"),
])
def test_unnamed_officials_acting_on_a_state_are_not_its_own(pipeline, text, target):
    events = [e for e in code(pipeline, text) if e.actor and any(r.country == target for r in e.recipient)]
    assert events, [(e.event, e.actor, e.recipient) for e in code(pipeline, text)]
    for e in events:
        assert all(a.country != target for a in e.actor), _show(e.actor)


@pytest.mark.parametrize("text, actor_country", [
    # the article is about the state apart from the other party: its officials stay its own
    ("Kenya has been tense since the vote. Kenyan media said officials accused Kenya's former rulers of "
     "theft, and officials urged Kenya's parliament to act.", "KEN"),
    # a demonym in the phrase states the country
    ("Kenyan officials urged the Kenyan government to act.", "KEN"),
])
def test_officials_whose_country_is_stated_or_the_focus_keep_it(pipeline, text, actor_country):
    events = [e for e in code(pipeline, text) if e.actor and e.event == "REQUEST"]
    assert events, [(e.event, e.actor) for e in code(pipeline, text)]
    assert any(a.country == actor_country for e in events for a in e.actor), [_show(e.actor) for e in events]


# --- capitalised ranks ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Private Tom Brenner was wounded by a roadside bomb on Monday.", "Private Tom Brenner"),
    ("Lance Corporal Sam Hill was wounded by sniper fire on Monday.", "Lance Corporal Sam Hill"),
    ("Petty Officer Dan Rowe was injured in the blast.", "Petty Officer Dan Rowe"),
])
def test_a_rank_before_a_name_is_military(nlp, resolver, text, phrase):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.sector, a.kind) for a in actors] == [("MIL", "person")], _show(actors)


@pytest.mark.parametrize("text, phrase", [
    ("Private hospitals went on strike on Monday.", "Private hospitals"),
    ("Major companies protested against the new tax.", "Major companies"),
    ("Private schools closed their doors on Monday.", "Private schools"),
])
def test_a_capitalised_rank_word_before_a_common_noun_is_an_adjective(nlp, resolver, text, phrase):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert all(a.sector != "MIL" and "MIL" not in a.other_sectors for a in actors), _show(actors)


def test_a_general_before_a_name_is_still_military(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "General Mark Odu ordered the troops to withdraw.", "General Mark Odu")
    assert [a.sector for a in actors] == ["MIL"], _show(actors)


# --- local organs "in" a place ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    # the focus (the only country name) is another state's: the town the police act in says whose they are
    ("Police in Karachi arrested three men suspected of planning attacks on American targets.", "PAK"),
    ("Authorities in Chechnya detained a journalist working for a French newspaper.", "RUS"),
])
def test_police_or_authorities_in_a_place_are_that_places(pipeline, text, country):
    events = [e for e in code(pipeline, text) if e.event == "COERCE" and e.actor]
    assert events, [(e.event, e.actor) for e in code(pipeline, text)]
    assert [a.country for a in events[0].actor] == [country], _show(events[0].actor)


def test_people_the_places_police_arrest_there_are_the_places(pipeline):
    # "three men" took the focus from "American"; the place's police arresting them there makes them its
    text = "Police in Karachi arrested three men suspected of planning attacks on American targets."
    events = [e for e in code(pipeline, text) if e.event == "COERCE"]
    assert events and [r.country for r in events[0].recipient] == ["PAK"], [_show(e.recipient) for e in events]


def test_officials_in_a_place_are_not_made_its_own_by_the_in_place_rule(resolver):
    # "officials in Geneva" may be anyone's envoys: the word class holds local organs only
    from eventlens.actors.resolve import IN_PLACE_ORGANS

    assert "police" in IN_PLACE_ORGANS and "officials" not in IN_PLACE_ORGANS and "official" not in IN_PLACE_ORGANS


# --- "his" after a person named only to describe another ----------------------------------------------------

@pytest.mark.parametrize("text, phrase, sector", [
    # the last name before "his" is inside "a critic of ...": the pronoun is the critic
    ("A court on Tuesday freed activist pastor Sam Obi, a critic of President Tom Ruto, following his weekend "
     "arrest on new charges.", "his", "REL"),
    ("Police detained union leader Ann Mwai, a rival of Finance Minister Joe Kip, and seized her phone.",
     "her", "LAB"),
])
def test_a_pronoun_after_a_relation_of_phrase_is_the_person_described(nlp, resolver, text, phrase, sector):
    doc = nlp(text)
    at = [t for t in doc if t.lower_ == phrase][-1]
    actors = resolver.resolve(doc[at.i : at.i + 1], resolver.start_article(doc))
    assert [a.sector for a in actors] == [sector], _show(actors)


def test_a_pronoun_after_a_plain_apposition_is_still_the_last_person(nlp, resolver):
    # no relation noun: the last person named stays the antecedent
    text = "Finance Minister Joe Kip met union leader Ann Mwai, who said her members would strike."
    doc = nlp(text)
    at = [t for t in doc if t.lower_ == "her"][-1]
    actors = resolver.resolve(doc[at.i : at.i + 1], resolver.start_article(doc))
    assert [a.sector for a in actors] == ["LAB"], _show(actors)


# --- a person acting on the place's envoy is not of the place -----------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("On Friday Odalo expelled two senior American diplomats, accusing the U.S. of plotting a coup.", "SANCTION"),
    ("Odalo summoned the Spanish ambassador to protest the remarks made in Madrid.", "ACCUSE"),
])
def test_a_person_acting_on_the_places_envoy_does_not_take_the_places_country(pipeline, text, verb):
    events = [e for e in code(pipeline, text) if e.event == verb and e.actor]
    assert events, [(e.event, e.actor) for e in code(pipeline, text)]
    envoy = {r.country for r in events[0].recipient}
    assert envoy and all(a.country not in envoy for a in events[0].actor), _show(events[0].actor)


def test_people_acting_on_the_places_civilians_still_take_its_country(pipeline):
    # tourists are no envoys: a gunman who shot them in Texas is placed there as before
    events = [e for e in code(pipeline, "A gunman shot two American tourists in Texas on Monday.")
              if e.event == "ASSAULT"]
    assert events and [a.country for a in events[0].actor] == ["USA"], [_show(e.actor) for e in events]


# --- a visitor is not of the country visited ------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("During his visit to Oslo, President Tom Ruto praised the fishing fleet.", "President Tom Ruto"),
    ("President Tom Ruto visits Japan and opens a new embassy.", "President Tom Ruto"),
    ("Foreign Minister Ann Mwai's trip to Chile ended with a pledge of aid.", "Foreign Minister Ann Mwai"),
])
def test_a_person_visiting_the_focus_country_is_not_given_it(nlp, resolver, text, phrase):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.country, a.sector) for a in actors] == [(None, "GOV")], _show(actors)


def test_the_host_met_by_a_visitor_keeps_the_focus_country(nlp, resolver):
    # "his visit" is the subject's (the visitor's); the prime minister met is not the visitor
    text = "During his visit to Oslo, President Tom Ruto met Prime Minister Ola Berg."
    actors = resolve_phrase(nlp, resolver, text, "Prime Minister Ola Berg")
    assert [a.country for a in actors] == ["NOR"], _show(actors)


def test_a_person_on_no_journey_keeps_the_focus_country(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "President Tom Ruto praised the fishing fleet of Norway.",
                            "President Tom Ruto")
    assert [a.country for a in actors] == ["NOR"], _show(actors)
