"""actors, session 13 (identity): bodies named after the person who heads them ("the Obama administration"),
and the focus country of an article that names no country, only national bodies.

Every sentence here is written for this test (invented names); none comes from the seed, a gold set or the
Current Events corpus. Phrases are resolved with the configured pipeline's model and entity ruler.
"""

from __future__ import annotations

import pytest
from coverage_checks import resolve_phrase


def _show(actors):
    return [(a.text, a.name, a.country, a.sector, a.other_sectors, a.kind) for a in actors]


# --- bodies named after a person --------------------------------------------------------------------------

def test_person_named_administration_takes_the_persons_country(nlp, resolver):
    text = ("President Ana Ortiz of Peru met the press on Monday. "
            "The Ortiz administration later rejected the proposal from Brazil.")
    actors = resolve_phrase(nlp, resolver, text, "The Ortiz administration")
    assert len(actors) == 1 and actors[0].country == "PER" and actors[0].sector == "GOV", _show(actors)


def test_person_named_government_takes_the_persons_country(nlp, resolver):
    text = ("Prime Minister Tom Barlow of Australia won the vote. "
            "The Barlow government later rejected the proposal from China.")
    actors = resolve_phrase(nlp, resolver, text, "The Barlow government")
    assert len(actors) == 1 and actors[0].country == "AUS" and actors[0].sector == "GOV", _show(actors)


def test_person_named_administration_without_the_person_is_american(nlp, resolver):
    text = "The Hallman administration declared on Tuesday that China must drop its barriers to imports."
    actors = resolve_phrase(nlp, resolver, text, "The Hallman administration")
    assert resolver.tables.sectors.person_administration_country == "USA"
    assert len(actors) == 1 and actors[0].country == "USA" and actors[0].sector == "GOV", _show(actors)


def test_person_named_government_without_the_person_has_no_default(nlp, resolver):
    # governments are named after prime ministers in many states: no country without the person
    text = "The Hallman government rejected the proposal from China."
    actors = resolve_phrase(nlp, resolver, text, "The Hallman government")
    assert actors and actors[0].country is None and actors[0].sector == "GOV", _show(actors)


@pytest.mark.parametrize("phrase", ["The Federal Aviation Administration", "The Tax Administration"])
def test_agency_named_administration_gets_no_default(nlp, resolver, phrase):
    text = f"{phrase} banned the flights over Chile."
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert not any(a.country == "USA" for a in actors), _show(actors)


# --- focus from national bodies ---------------------------------------------------------------------------

def test_office_holder_takes_the_country_of_the_only_national_body_named(nlp, resolver):
    text = "President Edo Marlen conceded to the demands of the FARC to overhaul the courts."
    actors = resolve_phrase(nlp, resolver, text, "President Edo Marlen")
    assert actors and actors[0].country == "COL" and actors[0].sector == "GOV", _show(actors)


def test_named_country_outranks_a_national_body(nlp, resolver):
    # a country written in the article is its focus; the body does not count against it
    text = "President Edo Marlen of Peru conceded to the demands of the FARC. The president spoke in Lima."
    actors = resolve_phrase(nlp, resolver, text, "The president")
    assert actors and actors[0].country == "PER", _show(actors)


def test_international_bodies_give_no_focus(nlp, resolver):
    text = "President Edo Marlen conceded to the demands of the United Nations."
    actors = resolve_phrase(nlp, resolver, text, "President Edo Marlen")
    assert actors and actors[0].country is None, _show(actors)


# --- a body's name taken whole before a person's title ----------------------------------------------------

@pytest.mark.parametrize(("phrase", "country"), [
    ("International Court of Justice President Lena Varga", "UNO"),
    ("Organization of American States Secretary General Juan Mendes", "IGO"),
])
def test_body_name_with_of_before_a_title_gives_the_persons_country(nlp, resolver, phrase, country):
    actors = resolve_phrase(nlp, resolver, f"{phrase} rejected the request on Monday.", phrase)
    assert len(actors) == 1 and actors[0].country == country and actors[0].kind == "person", _show(actors)


# --- lexicon: speakers, general secretaries, labour confederations, divisions, sports bodies ----------------

@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("Chilean house speaker Marta Ruiz criticized the Senate.", "Chilean house speaker Marta Ruiz", "LEG"),
    ("The General Confederation of Italian Workers called a strike.", "The General Confederation of Italian Workers",
     "LAB"),
    ("The Antitrust Division of the Justice Department sued the bank.",
     "The Antitrust Division of the Justice Department", "GOV"),
    ("The 3rd Division of the army attacked the rebels.", "The 3rd Division of the army", "MIL"),
])
def test_lexicon_sectors(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, _show(actors)


def test_general_secretary_is_no_military_rank(nlp, resolver):
    text = "The party's General Secretary Aung Min criticized the army."
    actors = resolve_phrase(nlp, resolver, text, "The party's General Secretary Aung Min")
    assert actors and actors[0].sector != "MIL", _show(actors)


def test_general_is_still_a_rank(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "General Marcus Hale inspected the troops.", "General Marcus Hale")
    assert actors and actors[0].sector == "MIL", _show(actors)


@pytest.mark.parametrize(("text", "phrase"), [
    ("The Premier League fined the club on Monday.", "The Premier League"),
    ("The national Olympic committee condemned the decision.", "The national Olympic committee"),
    ("The football federation suspended the coach.", "The football federation"),
])
def test_sports_bodies_are_not_government(nlp, resolver, text, phrase):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert not any(a.sector == "GOV" for a in actors), _show(actors)


# --- peoples and faiths named in the plural; stances towards a named body --------------------------------

@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Kurds protested against the arrests, Turkish media said.", "Kurds", "TUR"),
    ("Iraqi Kurds protested against the new oil law.", "Iraqi Kurds", "IRQ"),
    ("Shiites marched after the killings in Pakistan.", "Shiites", "PAK"),
])
def test_people_without_a_state_are_civilians_where_they_live(nlp, resolver, text, phrase, country):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert len(actors) == 1 and actors[0].sector == "CVL" and actors[0].country == country, _show(actors)


def test_people_named_by_faith_have_the_religious_sector_second(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Christians protested in Cairo on Sunday.", "Christians")
    assert len(actors) == 1 and actors[0].sector == "CVL" and "REL" in actors[0].other_sectors, _show(actors)


@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("Shiite militias attacked the town.", "Shiite militias", "PRM"),  # the singular modifier is no people noun
    ("Kurdish forces shelled the hills.", "Kurdish forces", "REB"),
    ("Islamist rebels captured the town.", "Islamist rebels", "REB"),
    ("Islamists rebels captured the town.", "Islamists rebels", "REB"),  # a weak "Islamists" yields to the head
])
def test_armed_words_outrank_people_nouns(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, _show(actors)


def test_islamists_alone_stay_a_party(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Egyptian police arrested ten Islamists.", "ten Islamists")
    assert actors and actors[0].sector == "PTY", _show(actors)


def test_stance_towards_a_named_body_is_not_its_sector(nlp, resolver):
    text = "Pro-Hamas demonstrators clashed with police in Paris."
    actors = resolve_phrase(nlp, resolver, text, "Pro-Hamas demonstrators")
    assert actors and actors[0].sector == "CVL", _show(actors)


def test_named_body_before_a_weak_head_keeps_its_sector(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Hamas fighters attacked an army post.", "Hamas fighters")
    assert actors and actors[0].sector == "REB", _show(actors)


@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("Seven carabinieri were arrested in Rome.", "Seven carabinieri", "COP"),
    ("The General Union of Workers called a strike in Lisbon.", "The General Union of Workers", "LAB"),
])
def test_more_lexicon_sectors(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, _show(actors)


# --- candidates for office ----------------------------------------------------------------------------------

def test_candidate_is_an_elite_of_the_articles_country(nlp, resolver):
    text = "Chile's Supreme Court decided to allow candidate Tomas Reyes to run in the country's elections."
    actors = resolve_phrase(nlp, resolver, text, "candidate Tomas Reyes")
    assert len(actors) == 1 and actors[0].sector == "ELI" and actors[0].country == "CHL", _show(actors)


def test_opposition_candidates_are_the_opposition(nlp, resolver):
    text = "President Ana Ortiz banned Peruvian opposition candidates from the elections."
    actors = resolve_phrase(nlp, resolver, text, "Peruvian opposition candidates")
    assert actors and actors[0].sector == "OPP" and actors[0].country == "PER", _show(actors)


# --- names written family name first ------------------------------------------------------------------------

def test_family_name_first_refers_back_to_the_person(nlp, resolver):
    text = "Chinese Premier Li Wen visited Japan on Monday. Li urged Tokyo to apologise."
    actors = resolve_phrase(nlp, resolver, text, "Li")
    assert len(actors) == 1 and actors[0].country == "CHN" and actors[0].sector == "GOV", _show(actors)
    assert actors[0].name == "Li Wen", _show(actors)


def test_another_single_name_is_not_the_earlier_person(nlp, resolver):
    text = "Chinese Premier Li Wen visited Japan on Monday. Zhou urged Tokyo to apologise."
    actors = resolve_phrase(nlp, resolver, text, "Zhou")
    assert not actors or actors[0].name != "Li Wen", _show(actors)


# --- a state organ named by a common noun, in an act aimed at another state ---------------------------------

def _actor_countries(pipeline, text, etype):
    from coverage_checks import code

    return [[(a.text, a.country) for a in e.actor] for e in code(pipeline, text) if e.event == etype]


def test_organ_does_not_take_the_accused_states_country(pipeline):
    found = _actor_countries(pipeline, "The government condemned the Israeli raid.", "ACCUSE")
    assert found and all(c != "ISR" for actors in found for _, c in actors), found


def test_organ_takes_the_article_country_apart_from_the_other_party(pipeline):
    text = "Kenya's president spoke on Monday. The government condemned the Ugandan raid."
    found = _actor_countries(pipeline, text, "ACCUSE")
    assert found and any(c == "KEN" for actors in found for _, c in actors), found


def test_organ_in_an_act_at_home_keeps_the_focus(pipeline):
    # coercion is not aimed outward: the government arrests people in its own country
    found = _actor_countries(pipeline, "The government arrested three Kenyan nationals.", "COERCE")
    assert found and any(c == "KEN" for actors in found for _, c in actors), found


# --- waters and lake regions named after a state ------------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "wrong"), [
    ("Niger Delta militants attacked an oil platform.", "Niger Delta militants", "NER"),
    ("Pirates in the Gulf of Guinea hijacked a tanker.", "Pirates in the Gulf of Guinea", "GIN"),
    ("Gunmen attacked a ship in the Gulf of Oman.", "Gunmen", "OMN"),
])
def test_water_named_after_a_state_is_not_that_state(nlp, resolver, text, phrase, wrong):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and all(a.country != wrong for a in actors), _show(actors)


def test_the_state_itself_is_still_named(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Gunmen attacked a ship off Oman.", "Gunmen")
    assert actors and actors[0].country == "OMN", _show(actors)


# --- organs run by a named body; health ministries -----------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "country", "sector", "other"), [
    ("The Hamas-run health ministry accused Israel of killing civilians.", "The Hamas-run health ministry",
     "PSE", "GOV", "REB"),
    ("The Houthi-run news agency accused Saudi Arabia of bombing a school.", "The Houthi-run news agency",
     "YEM", "JRN", "REB"),
])
def test_organ_run_by_a_named_body_is_what_its_head_says(nlp, resolver, text, phrase, country, sector, other):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert len(actors) == 1 and actors[0].country == country and actors[0].sector == sector, _show(actors)
    assert other in actors[0].other_sectors, _show(actors)


def test_fighters_led_by_a_named_body_keep_its_sector(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Hamas-led fighters attacked an army post.", "Hamas-led fighters")
    assert actors and actors[0].sector == "REB" and actors[0].country == "PSE", _show(actors)


def test_health_ministry_is_government(nlp, resolver):
    text = "The Kenyan health ministry urged hospitals to prepare for the outbreak."
    actors = resolve_phrase(nlp, resolver, text, "The Kenyan health ministry")
    assert actors and actors[0].sector == "GOV" and "MED" in actors[0].other_sectors, _show(actors)


# --- unarmed people acting on their own state's civil organs ---------------------------------------------------

@pytest.mark.parametrize(("text", "etype", "country"), [
    ("Islamic fundamentalists marched against Algerian President Ali Benhadj on Friday.", "PROTEST", "DZA"),
    ("Students protested against the Kenyan government on Monday.", "PROTEST", "KEN"),
])
def test_unarmed_people_addressing_their_states_organ_are_its_people(pipeline, text, etype, country):
    found = _actor_countries(pipeline, text, etype)
    assert found and any(c == country for actors in found for _, c in actors), found


@pytest.mark.parametrize(("text", "etype", "wrong"), [
    ("Protesters attacked the French embassy.", "PROTEST", "FRA"),  # an embassy is abroad
    ("Insurgents killed three American soldiers.", "ASSAULT", "USA"),  # armed, and soldiers are no civil organ
    ("Rebels kidnapped two French journalists.", "ASSAULT", "FRA"),
])
def test_other_parties_still_lend_no_country(pipeline, text, etype, wrong):
    found = _actor_countries(pipeline, text, etype)
    assert found and all(c != wrong for actors in found for _, c in actors), found


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("The Viet Cong attacked the village on Monday.", "The Viet Cong", "VNM", "REB"),
    ("Mai-Mai militiamen attacked the village on Monday.", "Mai-Mai militiamen", "COD", "PRM"),
])
def test_more_armed_movements(nlp, resolver, text, phrase, country, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].country == country and actors[0].sector == sector, _show(actors)
