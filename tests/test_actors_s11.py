"""actors, session 11 (identity): breadth of role nouns, organisation types and national agencies, with
near-misses.

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events
corpus. Phrases are resolved with the configured pipeline's model and entity ruler (the session `nlp`
fixture).
"""

from __future__ import annotations

import pytest
from coverage_checks import resolve_phrase

# (sentence, phrase, sector): one or two words of each group added this session
ROLE_NOUNS = [
    ("The undersecretary for trade flew to the summit on Friday.", "The undersecretary for trade", "GOV"),
    ("Banking regulators fined the lender for hiding its losses.", "Banking regulators", "GOV"),
    ("The Department of Fisheries banned trawling in the bay.", "The Department of Fisheries", "GOV"),
    ("Reservists were called up after the border skirmish.", "Reservists", "MIL"),
    ("Immigration officers detained forty travellers at the airport.", "Immigration officers", "COP"),
    ("Vigilantes beat two suspected thieves in the square.", "Vigilantes", "PRM"),
    ("Armed men stormed the bank in the early hours.", "Armed men", "UAF"),
    ("Looters ransacked the warehouses after the flood.", "Looters", "CRM"),
    ("Stranded travellers slept on the floor of the terminal.", "Stranded travellers", "CVL"),
    ("Settlers uprooted olive trees on the hillside.", "Settlers", "CVL"),
    ("Striking truckers blocked the motorway for a week.", "Striking truckers", "LAB"),
    ("Foreign lenders refused to extend the loan.", "Foreign lenders", "BUS"),
    ("Orvanto Holdings sued the provincial council.", "Orvanto Holdings", "BUS"),
    ("A popular tabloid printed the leaked letters.", "A popular tabloid", "JRN"),
    ("The headmaster expelled twelve pupils after the riot.", "The headmaster", "EDU"),
    ("Three seminarians were abducted from the college.", "Three seminarians", "REL"),
    ("Senior Islamic scholars condemned the bombing.", "Senior Islamic scholars", "REL"),
    ("The jurors acquitted the former mayor.", "The jurors", "JUD"),
    ("A congressional delegation visited the refugee camp.", "A congressional delegation", "LEG"),
    ("Tribal chieftains rejected the land reform.", "Tribal chieftains", "ELI"),
    ("Rights defenders urged the release of the detained students.", "Rights defenders", "SOC"),
    # near-misses: a longer term or the phrase head still decides
    ("The police department arrested the looters.", "The police department", "COP"),
    ("The Department of Defense denied the report.", "The Department of Defense", "MIL"),
    ("Scholars at the university signed the letter.", "Scholars at the university", "EDU"),
    ("A labor activist addressed the striking miners.", "A labor activist", "LAB"),
]


@pytest.mark.parametrize(("text", "phrase", "sector"), ROLE_NOUNS)
def test_role_nouns(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, [(a.text, a.sector, a.other_sectors) for a in actors]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Pro-democracy activists marched to the parliament.", "Pro-democracy activists"),
    ("Reformist students occupied the library.", "Reformist students"),
])
def test_opposition_words_are_secondary(nlp, resolver, text, phrase):
    """'pro-democracy activists' are civilians first, opposition second (OPP is a secondary code)."""
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector in ("CVL", "EDU") and "OPP" in actors[0].other_sectors, \
        [(a.text, a.sector, a.other_sectors) for a in actors]


def test_possessor_of_victims_is_not_their_sector(nlp, resolver):
    """'the militia's victims' are civilians the militia harmed, not militiamen; 'the militia's fighters'
    are still the militia's."""
    victims = resolve_phrase(nlp, resolver, "The militia's victims were buried on Sunday.", "The militia's victims")
    assert [a.sector for a in victims] == ["CVL"], [(a.text, a.sector) for a in victims]
    fighters = resolve_phrase(nlp, resolver, "The militia's gunmen were buried on Sunday.", "The militia's gunmen")
    assert fighters and fighters[0].sector != "CVL"


def test_title_words_do_not_split_an_organisation_name(nlp, resolver):
    """'Islamic scholar' is a term but not a title: 'Islamic' inside a movement's name stays part of it."""
    text = "The court upheld the ban on the Teachers Islamic Union of Kenya last year."
    actors = resolve_phrase(nlp, resolver, text, "the Teachers Islamic Union of Kenya")
    assert actors and actors[0].country == "KEN", [(a.text, a.country, a.sector) for a in actors]


# (sentence, phrase, country, sector): national agencies news names without their country
AGENCIES = [
    ("ICE detained the farm manager at his home.", "ICE", "USA", "COP"),
    ("Customs and Border Protection seized the shipment at the port.", "Customs and Border Protection", "USA", "COP"),
    ("USAID pledged new funds for the flood victims.", "USAID", "USA", "GOV"),
    ("The Department for International Development cut its aid budget.",
     "The Department for International Development", "GBR", "GOV"),
]


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), AGENCIES)
def test_national_agencies(nlp, resolver, text, phrase, country, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.country, a.sector) for a in actors][:1] == [(country, sector)], \
        [(a.text, a.country, a.sector) for a in actors]


def test_lowercase_ice_is_not_the_agency(nlp, resolver):
    """The agency's acronym is matched as written: ice on a road names nobody."""
    actors = resolve_phrase(nlp, resolver, "Thick ice closed the mountain road to the village.", "Thick ice")
    assert all(a.country != "USA" for a in actors)


# (sentence, phrase, country, sector): a name the model does not tag, headed by the name with the title as
# its noun modifier ("Former President of X Name"); near-miss: a company named after a country is no person
TITLED_NAMES = [
    ("Former President of Ruritania Tomas Varga was detained at the airport.",
     "Former President of Ruritania Tomas Varga", None, "ELI"),
    ("Thousands marched against Prime Minister of Kenya Odera Mwangi on Sunday.",
     "Prime Minister of Kenya Odera Mwangi", "KEN", "GOV"),
]


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), TITLED_NAMES)
def test_title_with_of_phrase_before_an_untagged_name(nlp, resolver, text, phrase, country, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector and (country is None or actors[0].country == country), \
        [(a.text, a.country, a.sector, a.other_sectors) for a in actors]


@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("A Nigerian was arrested at the port gate with forged papers.", "A Nigerian", "CVL"),
    ("The suspect, a Canadian, was held at the border post.", "a Canadian", "CVL"),
    # near-miss: a demonym modifying an actor word keeps that word's sector
    ("The Somali delegation walked out of the talks.", "The Somali delegation", "GOV"),
])
def test_one_person_named_by_nationality(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, [(a.text, a.country, a.sector) for a in actors]


def test_political_prisoners_are_not_criminals(nlp, resolver):
    """Prisoners and detainees are held people (civilians unless something else is said); convicts stay CRM."""
    held = resolve_phrase(nlp, resolver, "The junta freed forty political prisoners on Monday.", "forty political prisoners")
    assert [a.sector for a in held] == ["CVL"]
    convicts = resolve_phrase(nlp, resolver, "Two convicts escaped from the jail on Monday.", "Two convicts")
    assert [a.sector for a in convicts] == ["CRM"]


def _code(pipeline, text):
    from eventlens.record import Article

    return pipeline.code(Article(article_id="t", text=text))


def test_surname_of_several_words_refers_back(pipeline):
    """'Dela Cruz' after 'President Amado Dela Cruz' is the president, with his country and sector."""
    events = _code(pipeline, "Philippine President Amado Dela Cruz visited Tokyo on Monday. "
                             "Dela Cruz urged Beijing to respect the arbitration ruling.")
    urged = [a for e in events if e.text_info.trigger == "urged" for a in e.actor]
    assert [(a.country, a.sector) for a in urged] == [("PHL", "GOV")], [(a.text, a.country, a.sector) for a in urged]


def test_the_militants_after_a_transnational_movement(pipeline):
    """'The militants' after '30 Boko Haram fighters' are that movement's (IMG), not the focus country's;
    with no movement named they keep the article's country."""
    named = _code(pipeline, "The Nigerian army said it had killed 30 Boko Haram fighters near the lake. "
                            "The militants had attacked a village the day before.")
    assert [a.country for e in named if e.text_info.trigger == "attacked" for a in e.actor] == ["IMG"]
    unnamed = _code(pipeline, "The Kenyan army said it had killed 30 fighters near the border. "
                              "The militants had attacked a village the day before.")
    assert [a.country for e in unnamed if e.text_info.trigger == "attacked" for a in e.actor] == ["KEN"]


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("UNAMID patrols escorted the convoy to the camp.", "UNAMID patrols", "UNO", "MIL"),
    ("SFOR troops searched the house of the fugitive.", "SFOR troops", "IGO", "MIL"),
    ("The Tatmadaw shelled villages near the river.", "The Tatmadaw", "MMR", "MIL"),
    ("Basij volunteers broke up the student rally.", "Basij volunteers", "IRN", "PRM"),
])
def test_missions_and_forces_by_name(nlp, resolver, text, phrase, country, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.country, a.sector) for a in actors][:1] == [(country, sector)], \
        [(a.text, a.country, a.sector) for a in actors]


def test_government_security_forces_are_security_forces(nlp, resolver):
    """'government security forces' are the security forces (COP, as 'security forces'), not the cabinet;
    'government forces' stay MIL."""
    sec = resolve_phrase(nlp, resolver, "Rebels ambushed government security forces near the dam.", "government security forces")
    assert [a.sector for a in sec] == ["COP"]
    mil = resolve_phrase(nlp, resolver, "Rebels ambushed government forces near the dam.", "government forces")
    assert [a.sector for a in mil] == ["MIL"]


# A town named after a region or country (a gazetteer `city:` pattern) gives its own country, and a table
# name inside it ("Jersey") is not a mention; the region or island alone still reads as before.
CITY_NAMES = [
    ("A Kansas City councilman denounced the sheriff over the raids.", "A Kansas City councilman", "USA"),
    ("The Jersey City police chief accused the mayor of hiding the audit.", "The Jersey City police chief", "USA"),
    ("Jersey's chief minister rejected the tax plan.", "Jersey's chief minister", "GBR"),
]


@pytest.mark.parametrize("text,phrase,country", CITY_NAMES)
def test_town_named_after_a_region_gives_its_own_country(nlp, resolver, text, phrase, country):
    assert [a.country for a in resolve_phrase(nlp, resolver, text, phrase)] == [country]
