"""Session 20 (issue 5, places): Somalia's regions under their English names and its federal member
states, a few seas and islands the packages lack (`where/admin1_aliases.tsv`, `where/regions.tsv`), and a
place joined by a hyphen to an agentive participle ("a US-designated group", "a Turkey-brokered truce") is
no scene of the event (`where/hyphen_words.txt`); a country acting in a clause below the trigger is no
scene of it; second round: the party a noun of aid or of a measure is for or aimed at ("a loan to X", "aid
for X", "sanctions against X") is no scene of the event (`where/beneficiary_nouns.txt`,
`where/measure_nouns.txt`), and "in the city" refers back to the one town just named; third round: a
place-noun phrase ("the X prefecture") whose name is found only without its place noun and reads as a town in a
country the article never points to while it points to another is no place (`where.locate._named_place_noun`,
`where.resolve.stray_reading`). All texts are invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import code_text, event_with_trigger

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.resolve import resolve


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _events(pipeline, text: str) -> list:
    return code_text(pipeline, text, date(2024, 5, 1), "s20-where")



@pytest.mark.parametrize(("name", "iso3", "feature"), [
    ("Middle Shabelle", "SOM", "A.ADM1"),
    ("Lower Shabelle", "SOM", "A.ADM1"),
    ("Hiraan", "SOM", "A.ADM1"),
    ("Hirshabelle", "SOM", "L.RGN"),
    ("Galmudug", "SOM", "L.RGN"),
    ("Easter Island", "CHL", "L.RGN"),
    ("the Chagos Archipelago", "IOT", "L.RGN"),
])
def test_regions_the_packages_lack_resolve(gaz, name, iso3, feature):
    place = resolve(gaz, name)
    assert place is not None
    assert (place.country, place.feature) == (iso3, feature)


def test_a_sea_the_packages_lack_is_open_water(gaz):
    place = resolve(gaz, "the Java Sea")
    assert place is not None and place.country is None
    assert place.lat is not None and -8 < place.lat < -2


def test_a_somali_region_named_in_english_is_the_scene(pipeline):
    ev = event_with_trigger(_events(pipeline, "Militants attacked an army base in the Middle Shabelle region on Sunday, "
                                       "killing four soldiers."), "attacked")
    assert ev.event_loc is not None
    assert (ev.event_loc.country, ev.event_loc.resolution) == ("SOM", 2)


def test_a_federal_member_state_is_the_scene(pipeline):
    ev = event_with_trigger(_events(pipeline, "Government forces killed 20 fighters in Hirshabelle state, the ministry "
                                       "said."), "killed")
    assert ev.event_loc is not None
    assert (ev.event_loc.name, ev.event_loc.country) == ("Hirshabelle", "SOM")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The militia, a US-designated terrorist group, claimed responsibility for the bombing on Tuesday.", "claimed"),
    ("The ministers urged both sides to accept a Turkey-brokered truce.", "urged"),
    ("Rebels attacked a convoy of Iran-trained militiamen on Friday.", "attacked"),
])
def test_a_place_joined_to_an_agentive_participle_is_no_scene(pipeline, text, trigger):
    ev = event_with_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("Answering the charge, the spokesman said Tehran should look after its own borders.", "said"),
    ("The minister demanded that Madrid withdraw the new tax on fishing boats.", "demanded"),
])
def test_a_country_acting_in_a_clause_below_the_trigger_is_no_scene(pipeline, text, trigger):
    # The capital is the subject of the reported clause ("Tehran should look after ..."): the party spoken
    # about, not where the speaker spoke.
    ev = event_with_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is None


@pytest.mark.parametrize(("text", "trigger", "iso3"), [
    ("Nairobi has blamed last week's raids on smugglers.", "blamed", "KEN"),
    ("The interior minister said Peru would consider extraditing the suspect.", "extraditing", "PER"),
])
def test_a_country_acting_above_the_trigger_keeps_its_place(pipeline, text, trigger, iso3):
    ev = event_with_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is not None and ev.event_loc.country == iso3


def test_a_country_acting_elsewhere_still_counts_against_another(pipeline):
    # "Turkey" acts in a clause of its own; it does not leave "Syria" as the sentence's one country.
    text = "The council urged restraint on Monday, warning that Turkey must not send troops into Syria."
    ev = event_with_trigger(_events(pipeline, text), "urged")
    assert ev.event_loc is None


# -- second round: whom aid or a measure is for; "in the city" ----------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The European Union approved a new loan to Lebanon on Tuesday.", "approved"),
    ("The finance ministers agreed on tougher sanctions against Caracas.", "agreed"),
])
def test_the_party_aid_or_a_measure_is_for_is_no_scene(pipeline, text, trigger):
    # Lebanon receives the loan and Caracas is what the sanctions aim at: whom, not where.
    ev = event_with_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is None


def test_a_scene_beside_a_measure_keeps_its_place(pipeline):
    text = "Canada extended its sanctions against Moscow during a summit in Rome."
    ev = event_with_trigger(_events(pipeline, text), "sanctions")
    assert ev.event_loc is not None and ev.event_loc.country == "ITA"


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("Protesters gathered in Lyon on Saturday. Riot police clashed with them in the city.", "clashed", "Lyon"),
    ("Rebels attacked a convoy near Goma. Later, soldiers arrested three men in the town.", "arrested", "Goma"),
])
def test_the_city_refers_back_to_the_town_just_named(pipeline, text, trigger, town):
    ev = event_with_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is not None and ev.event_loc.name == town


def test_the_city_after_two_towns_stays_unresolved(pipeline):
    # Two towns in the sentence before: "the city" could be either, so no town is taken.
    text = "Thousands rallied in Lyon and Marseille. Police detained dozens in the city."
    ev = event_with_trigger(_events(pipeline, text), "detained")
    assert ev.event_loc is None or ev.event_loc.resolution == 1


def test_a_to_phrase_on_a_measure_keeps_its_country(pipeline):
    # The parser hangs "to the U.S." on the tariffs; a measure's "to" names no party it is aimed at.
    text = "On Friday, the president levied 10% tariffs on copper and nickel exports to the U.S. from 12 countries."
    ev = event_with_trigger(_events(pipeline, text), "tariffs")
    assert ev.event_loc is not None and ev.event_loc.country == "USA"


# -- third round: "the Police Prefecture" is no prefecture of a foreign town ------------------------------

STORY = ("Knife attack in Marseille\n\n"
         "A man with a knife attacked two guards on Monday at the Police Prefecture near the old port, "
         "French officials said.\n\n"
         "Prosecutors in Marseille opened an inquiry, and the mayor of Marseille visited the wounded guards.")


def test_a_local_name_before_a_place_noun_is_not_a_foreign_town(pipeline):
    ev = event_with_trigger(_events(pipeline, STORY), "attacked")
    assert ev.event_loc is None or ev.event_loc.country == "FRA"


def test_a_place_noun_phrase_with_no_entity_is_not_a_foreign_town(pipeline):
    text = ("Officers mourned in Toulouse\n\n"
            "The mayor of Toulouse wrote on social media: \"Toulouse grieves tonight after this brutal attack "
            "on the Police Prefecture. Several officers were hurt.\"")
    ev = event_with_trigger(_events(pipeline, text), "attack")
    assert ev.event_loc is None or ev.event_loc.country == "FRA"


def test_a_known_prefecture_of_the_article_keeps_its_place(pipeline):
    text = ("Smuggling ring broken up in Japan\n\n"
            "Police arrested five men in Okinawa Prefecture on Sunday after a raid on a warehouse, "
            "Japanese officials said.")
    ev = event_with_trigger(_events(pipeline, text), "arrested")
    assert ev.event_loc is not None and ev.event_loc.country == "JPN"
