"""actors, session 14 (sector): whose workers, paramilitary troops, and the town an office is of.

- people who work for a company named before them are the workers (LAB), the company's sector second
  (sectors.yaml `workforce`); a ministry's or an embassy's staff are not thereby workers;
- workers "at" a company whose phrase names its country are of that country ("cabin crew at a Spanish
  airline"), not people merely present at a body ("protesters at the embassy");
- soldiers, troops or forces described as paramilitary are the paramilitary (PRM), not the army;
- a local office named with a town the actor tables do not know ("the mayor of X", "the X police chief")
  takes the town's country from the gazetteer (pipeline only: the resolver has no gazetteer of its own),
  with no near-spelling ("Hamas" is not a town).

Every sentence here is written for this test (invented names); none comes from the seed, a gold set or the
Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import code, resolve_phrase

pytest.importorskip("spacy")


def _show(actors):
    return [(a.text, a.country, a.sector, a.other_sectors) for a in actors]


def _of_type(pipeline, text: str, etype: str):
    found = [e for e in code(pipeline, text) if e.event == etype]
    assert found, [(e.event, e.mode) for e in code(pipeline, text)]
    return found[0]


# --- workers of a company ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, phrase", [
    ("Brightsky Airlines ground staff walked off the job on Friday.", "Brightsky Airlines ground staff"),
    ("The bank employees went on strike over pensions.", "The bank employees"),
    ("Company workers blocked the gates of the plant.", "Company workers"),
])
def test_workers_named_after_their_company_are_labour(nlp, resolver, sentence, phrase):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == ["LAB"], _show(actors)
    assert "BUS" in actors[0].other_sectors, _show(actors)


def test_company_alone_stays_business(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Brightsky Airlines cut 300 jobs on Friday.", "Brightsky Airlines")
    assert [a.sector for a in actors] != ["LAB"], _show(actors)


def test_ministry_staff_stay_government(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "The foreign ministry officials were expelled on Friday.",
                            "The foreign ministry officials")
    assert [a.sector for a in actors] == ["GOV"], _show(actors)


def test_company_workers_strike_is_coded(pipeline):
    e = _of_type(pipeline, "Brightsky Airlines ground staff went on strike over pay on Monday.", "PROTEST")
    assert [a.sector for a in e.actor] == ["LAB"], _show(e.actor)


@pytest.mark.parametrize("text, country", [
    ("Cabin crew at a Spanish airline went on strike over rosters.", "ESP"),
    ("Baggage handlers at a Dutch airline walked out on Sunday.", "NLD"),
])
def test_workers_at_a_national_company_take_its_country(pipeline, text, country):
    e = _of_type(pipeline, text, "PROTEST")
    assert [(a.country, a.sector) for a in e.actor] == [(country, "LAB")], _show(e.actor)


def test_protesters_at_an_embassy_are_not_its_country(pipeline):
    e = _of_type(pipeline, "Protesters at the Japanese embassy in Seoul burned flags on Monday.", "PROTEST")
    assert all(a.country != "JPN" for a in e.actor), _show(e.actor)


# --- paramilitary troops -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, phrase", [
    ("Paramilitary soldiers fired on the crowd in the old city.", "Paramilitary soldiers"),
    ("Paramilitary troops detained ten men at the checkpoint.", "Paramilitary troops"),
])
def test_paramilitary_soldiers_are_paramilitary(nlp, resolver, sentence, phrase):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == ["PRM"], _show(actors)


def test_army_soldiers_stay_military(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Army soldiers fired on the crowd in the old city.", "Army soldiers")
    assert [a.sector for a in actors] == ["MIL"], _show(actors)


# --- the town a local office is of ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("The mayor of Chicago criticized the governor over the budget.", "USA"),
    ("The Houston police chief condemned the shooting of the teenager.", "USA"),
    ("The Naples city council condemned the decision of the cabinet.", "ITA"),
    ("The Mayor of Chicago Anna Kowalczyk criticized the governor over the budget.", "USA"),
    ("Chicago Mayor Anna Kowalczyk criticized the governor over the budget.", "USA"),
])
def test_local_office_takes_its_towns_country(pipeline, text, country):
    e = _of_type(pipeline, text, "ACCUSE")
    assert [a.country for a in e.actor] == [country], _show(e.actor)


def test_the_article_focus_does_not_outvote_the_town(pipeline):
    # a country named elsewhere in the text is the focus; the mayor is still the town's
    e = _of_type(pipeline, "The mayor of Naples criticized Libya over the migrant boats.", "ACCUSE")
    assert [a.country for a in e.actor] == ["ITA"], _show(e.actor)


def test_officials_in_a_city_are_not_thereby_its_country(nlp, resolver):
    from eventlens.pipeline import Pipeline

    p = Pipeline(nlp=nlp)
    doc = nlp("Negotiators of the two sides met officials in Geneva on Monday.")
    memory = p.resolver.start_article(doc)
    span = doc.char_span(doc.text.index("officials"), doc.text.index("officials") + len("officials"))
    found = p.resolver.resolve(span, memory)
    assert all(a.country != "CHE" for a in found), _show(found)


def test_near_spelling_is_no_town(pipeline):
    assert pipeline._place_country("Hamas", None) is None
    assert pipeline._place_country("Chicago", None) == "USA"


# --- a company's staff; other bodies' staff ------------------------------------------------------------------

def test_a_companys_staff_are_its_workers(pipeline):
    e = _of_type(pipeline, "Brightsky Airlines staff went on strike over pay.", "PROTEST")
    assert [a.sector for a in e.actor] == ["LAB"], _show(e.actor)


@pytest.mark.parametrize("sentence, phrase, sector", [
    ("The embassy staff were expelled on Monday.", "The embassy staff", "GOV"),
    ("The hospital staff went on strike over wages.", "The hospital staff", "MED"),
])
def test_other_bodies_staff_keep_the_bodys_sector(nlp, resolver, sentence, phrase, sector):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == [sector], _show(actors)


def test_a_former_mayor_takes_the_towns_country(pipeline):
    e = _of_type(pipeline, "The former mayor of Chicago criticized the senators over the budget.", "ACCUSE")
    assert [(a.country, a.sector) for a in e.actor] == [("USA", "ELI")], _show(e.actor)


def test_a_name_not_tagged_as_a_place_needs_a_well_known_town(pipeline):
    # (the model may take a town after "Mayor of" for a person's name: only a large town counts then)
    assert pipeline._place_country("Vinto", None, False) == "BOL"
    assert pipeline._place_country("Vinto", None, True) is None
    assert pipeline._place_country("Guayaquil", None, True) == "ECU"


def test_a_company_after_an_office_is_no_town(pipeline):
    e = _of_type(pipeline, "The president of Ford criticized the new tariffs.", "ACCUSE")
    assert [a.country for a in e.actor] == [None], _show(e.actor)


# --- drone attacks named with a country -----------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("A US drone attack killed four fighters near the border.", "USA"),
    ("Russian drone attacks hit the power plant overnight.", "RUS"),
])
def test_a_countrys_drone_attack_is_its_military(pipeline, text, country):
    e = _of_type(pipeline, text, "ASSAULT")
    assert (country, "MIL") in [(a.country, a.sector) for a in e.actor], _show(e.actor)


def test_a_countrys_plain_attack_is_not_thereby_military(pipeline):
    e = _of_type(pipeline, "A US attack killed four fighters near the border.", "ASSAULT")
    assert all(a.sector != "MIL" for a in e.actor if a.country == "USA"), _show(e.actor)


def test_a_movements_drone_attack_keeps_its_sector(pipeline):
    e = _of_type(pipeline, "A Houthi drone attack killed two sailors on the tanker.", "ASSAULT")
    assert all(a.sector != "MIL" for a in e.actor), _show(e.actor)


# --- leaders and officials named by what they lead ------------------------------------------------------------

@pytest.mark.parametrize("sentence, phrase, sector", [
    ("The junta handed power to a civilian government on Monday.", "a civilian government", "GOV"),
    ("Two civilian advisers of the ministry were kidnapped.", "Two civilian advisers", "GOV"),
    ("Civilian casualties rose sharply in the north.", "Civilian casualties", "CVL"),
    ("Community leaders condemned the killing of the boy.", "Community leaders", "ELI"),
    ("Aid officials warned of famine in the east.", "Aid officials", "SOC"),
    ("Farm leaders protested against the new tariffs.", "Farm leaders", "AGR"),
    ("Election officials counted the ballots again.", "Election officials", "GOV"),
])
def test_leaders_and_officials_by_what_they_lead(nlp, resolver, sentence, phrase, sector):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == [sector], _show(actors)


# --- militias of the opposition; gunmen whose kind is said -------------------------------------------------

@pytest.mark.parametrize("sentence, phrase, sector", [
    ("A rebel militia attacked the town at dawn.", "A rebel militia", "REB"),
    ("Separatist militias shelled the airport.", "Separatist militias", "REB"),
    ("Anti-government militias seized the bridge.", "Anti-government militias", "REB"),
    ("A pro-government militia attacked the village.", "A pro-government militia", "PRM"),
    ("The militia attacked the village at dawn.", "The militia", "PRM"),
    ("Gunmen from the rebel group killed two soldiers.", "Gunmen from the rebel group", "REB"),
    ("Drug gang gunmen killed two policemen.", "Drug gang gunmen", "CRM"),
    ("Islamist gunmen killed two policemen.", "Islamist gunmen", "REB"),
    ("Unidentified gunmen killed two policemen.", "Unidentified gunmen", "UAF"),
    ("Gunmen killed two policemen near the market.", "Gunmen", "UAF"),
])
def test_armed_groups_by_what_the_text_says_they_are(nlp, resolver, sentence, phrase, sector):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == [sector], _show(actors)


# --- leaders of a people -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, phrase, sector", [
    ("Pashtun leaders met the governor in the north.", "Pashtun leaders", "ELI"),
    ("A group of Igbo leaders endorsed the candidate.", "A group of Igbo leaders", "ELI"),
    ("Ethnic Albanian leaders met the envoy.", "Ethnic Albanian leaders", "ELI"),
    ("Albanian leaders met the envoy.", "Albanian leaders", "GOV"),
    ("Opposition leaders met the envoy.", "Opposition leaders", "OPP"),
])
def test_leaders_of_a_people_are_its_notables(nlp, resolver, sentence, phrase, sector):
    actors = resolve_phrase(nlp, resolver, sentence, phrase)
    assert [a.sector for a in actors] == [sector], _show(actors)


@pytest.mark.parametrize("phrase", ["Communist leaders", "Muslim leaders", "Western leaders"])
def test_leaders_by_a_party_faith_or_region_are_no_peoples_notables(nlp, resolver, phrase):
    actors = resolve_phrase(nlp, resolver, f"{phrase} met the envoy on Monday.", phrase)
    assert all(a.sector != "ELI" for a in actors), _show(actors)
