"""actors, session 15 (actor): names that hold an "and" or an "of", and countries named only to date a thing.

- a coordination whose "and" lies inside one table name ("Bosnia and Herzegovina", the long name of an armed
  movement) is one party, not two;
- a title with a country's long "of" name before a person ("President of the People's Republic of X Y")
  gives the person that country and the title's sector;
- a country named only to date or compare something ("the Soviet era", "Soviet-era", "Western-style") does
  not count for the article's focus country.

Every sentence here is written for this test (invented names); none comes from the seed, a gold set or the
Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import resolve_phrase

pytest.importorskip("spacy")


def _show(actors):
    return [(a.text, a.country, a.sector, a.kind) for a in actors]


# --- an "and" inside one table name ------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, country", [
    ("Bosnia and Herzegovina signed a trade pact with Albania on Friday.", "Bosnia and Herzegovina", "BIH"),
    ("Trinidad and Tobago recalled its envoy from Caracas last week.", "Trinidad and Tobago", "TTO"),
])
def test_a_country_whose_name_holds_and_is_one_actor(nlp, resolver, text, phrase, country):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.text, a.country) for a in actors] == [(phrase, country)], _show(actors)


def test_fighters_of_a_movement_whose_name_holds_and_are_one_group(nlp, resolver):
    phrase = "Islamic State of Iraq and the Levant jihadists"
    actors = resolve_phrase(nlp, resolver, f"{phrase} stormed a village near the river at dawn.", phrase)
    assert len(actors) == 1, _show(actors)
    assert (actors[0].country, actors[0].sector) == ("IMG", "REB"), _show(actors)


def test_two_countries_joined_by_and_stay_two_actors(nlp, resolver):
    phrase = "Bosnia and Albania"
    actors = resolve_phrase(nlp, resolver, f"{phrase} signed a trade pact on Friday.", phrase)
    assert [a.country for a in actors] == ["BIH", "ALB"], _show(actors)


# --- a country's long "of" name in a title -------------------------------------------------------------------

@pytest.mark.parametrize("title, country", [
    ("Chief Trade Envoy of the People's Republic of China", "CHN"),
    ("Chairman of the Democratic People's Republic of Korea", "PRK"),
])
def test_title_with_a_countrys_long_name_gives_the_person_its_country(nlp, resolver, title, country):
    phrase = f"{title} Hu Mingtao"  # (a name the model tags as a person, so the title is its descriptor)
    actors = resolve_phrase(nlp, resolver, f"{phrase} begins a four-day visit to Peru.", phrase)
    assert [(a.country, a.sector, a.kind) for a in actors] == [(country, "GOV", "person")], _show(actors)


# --- a country named to date or compare something ----------------------------------------------------------------

@pytest.mark.parametrize("dated", ["in the grim manner of the Soviet era", "with Soviet-era methods",
                                   "in a Soviet-style purge"])
def test_a_dating_name_does_not_take_the_articles_focus(pipeline, dated):
    text = (f"Belarusian authorities shut the Pravda Dnia website. Its editor said the journalists were "
            f"treated {dated}. Police then detained two of the newspaper's reporters.")
    from coverage_checks import code

    coerced = [r for e in code(pipeline, text) if e.event == "COERCE" for r in e.recipient
               if "reporters" in r.text]
    assert coerced and all(r.country == "BLR" for r in coerced), [(e.event, _show(e.recipient)) for e in code(pipeline, text)]


def test_a_country_named_as_a_party_still_counts_for_the_focus(nlp, resolver):
    text = "Police detained two reporters in Minsk. Moscow condemned the arrests, Soviet officials said."
    doc = nlp(text)
    memory = resolver.start_article(doc)
    assert memory.focus["SUN"] == 1, memory.focus


# --- several countries in the head's own of/from phrase -------------------------------------------------------

@pytest.mark.parametrize("phrase, countries", [
    ("The foreign ministers of Chile and Peru", ["CHL", "PER"]),
    ("Officials from Ghana, Togo and Benin", ["GHA", "TGO", "BEN"]),
    ("Envoys of Norway and Finland", ["NOR", "FIN"]),
])
def test_people_of_several_listed_countries_are_one_actor_per_country(nlp, resolver, phrase, countries):
    actors = resolve_phrase(nlp, resolver, f"{phrase} signed the fisheries accord on Tuesday.", phrase)
    assert [a.country for a in actors] == countries, _show(actors)
    assert len({a.sector for a in actors}) == 1 and actors[0].sector == "GOV", _show(actors)


@pytest.mark.parametrize("phrase", [
    "The foreign minister of Chile",           # one country
    "Refugees from the war in Chile",          # no list in the phrase
    "A court of Chile and Peru",               # a body, not people: left as it is
])
def test_one_country_or_a_body_stays_one_actor(nlp, resolver, phrase):
    actors = resolve_phrase(nlp, resolver, f"{phrase} signed the fisheries accord on Tuesday.", phrase)
    assert len(actors) == 1, _show(actors)


def test_pro_country_in_a_list_is_no_party(nlp, resolver):
    phrase = "Activists from Peru"
    actors = resolve_phrase(nlp, resolver, f"{phrase} and pro-Chile groups marched on Tuesday.", phrase)
    assert [a.country for a in actors] == ["PER"], _show(actors)


# --- a hyphenated title the model splits into several appositions ----------------------------------------------

@pytest.mark.parametrize("title, sector, others", [
    ("the former vice-mayor of Lima", "ELI", ["GOV"]),
    ("the deputy mayor of Lima", "GOV", []),
])
def test_a_split_hyphenated_title_after_a_name_still_describes_the_person(nlp, resolver, title, sector, others):
    phrase = f"Ana Ruiz, {title}"
    actors = resolve_phrase(nlp, resolver, f"{phrase}, was detained for bribery on Friday.", phrase)
    assert [(a.country, a.sector, a.other_sectors) for a in actors] == [("PER", sector, others)], _show(actors)


# --- the evaluator: an opposition party coded as the manual says -------------------------------------------------

@pytest.mark.parametrize("sector, others, expected", [
    ("PTY", ["OPP"], [1, 0, 0]),   # the manual's coding of an opposition party finds the gold OPP
    ("PTY", [], [0, 1, 1]),        # a party not said to be in opposition does not
    ("PTY", ["GOV"], [0, 1, 1]),   # nor a ruling party
])
def test_gsr_gold_opposition_matches_a_party_with_opp_second(sector, others, expected):
    from eventlens.evaluate.plover_gsr import score_participants
    from eventlens.record import Actor, Event, TextInfo

    gold = [{"id": "1", "event": "PROTEST", "source": [{"code": "ROH", "sector": "OPP"}], "target": []}]
    ev = Event(id="e", article_id="1", event="PROTEST", text="t", text_info=TextInfo(0, 0, 1, "t", 0, 1),
               actor=[Actor("the Rohan Freedom Party", country="ROH", sector=sector, other_sectors=others)])
    counts, _ = score_participants(gold, {"1": [ev]})
    assert counts["sector"] == expected, counts


# --- a country written in another person's title ----------------------------------------------------------------

def test_a_country_in_another_persons_title_is_not_given_to_an_untitled_office_holder(nlp, resolver):
    text = "Prime Minister Ivo Marek and Slovak President Jan Hudec met in Vienna on Monday."
    phrase = "Prime Minister Ivo Marek and Slovak President Jan Hudec"
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.name, a.country) for a in actors] == [("Ivo Marek", None), ("Jan Hudec", "SVK")], _show(actors)


def test_an_office_holder_still_takes_the_one_country_of_their_sentence(nlp, resolver):
    text = "Prime Minister Ivo Marek said Slovakia would sign the accord."
    actors = resolve_phrase(nlp, resolver, text, "Prime Minister Ivo Marek")
    assert [a.country for a in actors] == ["SVK"], _show(actors)
