"""Session 12 (issue 5, places): the wordings of a country's local press that are no place names
(North American phone numbers, "the 800 block of", "Councilwoman", abbreviated street addresses) put
that country in the article's focus, so a bare town name in such an article leans to that country's
namesake. All texts are our own, with invented people, streets and numbers."""

from __future__ import annotations

import pytest

from eventlens.where.locate import PRESS_CUE_WEIGHT, press_cues, press_focus
from eventlens.where.resolve import resolve_names


def test_press_cue_table_compiles_and_names_countries():
    rows = press_cues()
    assert len(rows) >= 8
    for pattern, countries in rows:
        assert pattern.pattern and countries
        assert all(len(c) == 3 and c.isupper() for c in countries)


def test_us_police_blotter_wording_points_to_the_us():
    text = ("Officers were called to the 1400 block of Pinecrest Lane on Sunday, a Police Department "
            "spokesman said. Councilwoman Dana Pruitt asked for more patrols.")
    focus = press_focus(text)
    assert focus.get("USA") == 1.0  # three US-only wordings, capped at 1.0
    assert "CAN" not in focus and "GBR" not in focus


def test_a_wording_shared_by_two_countries_splits_its_weight():
    focus = press_focus("For tickets, call the box office at (555) 010-0199.")
    assert focus["USA"] == pytest.approx(PRESS_CUE_WEIGHT / 2)
    assert focus["CAN"] == pytest.approx(PRESS_CUE_WEIGHT / 2)


def test_other_press_wordings_give_no_north_american_cue():
    # British spelling of the same facts: "councillor", a street written out, a police force.
    text = ("Councillor Dana Pruitt said officers of the county police attended a flat on 14 Pinecrest "
            "Street at 9.30pm; the council tax rises by 3 per cent. Gov. Ade Balogun visited at 2 p.m.")
    focus = press_focus(text)
    # (session 14: "councillor" and "per cent" are Canadian too, a small shared hint; no US cue)
    assert "USA" not in focus and focus.get("CAN", 0.0) < PRESS_CUE_WEIGHT / 2 < focus["GBR"]
    assert focus["GBR"] > focus["IRL"] > 0.0  # "council tax" is British only, "9.30pm" shared
    assert press_focus("Gov. Ade Balogun visited the market at 2 p.m. with officials.") == {}


def test_a_saint_after_a_number_is_no_street_address():
    assert press_focus("More than 300 Ruritania St. Petersburg fans were held.") == {}
    assert press_focus("He lived at 212 Birch St., Millby.")["USA"] == pytest.approx(PRESS_CUE_WEIGHT / 2)


def test_press_focus_moves_a_bare_town_name_to_the_us_namesake(gazetteer):
    # A name shared by a small US town and a larger foreign town or region: alone it is the foreign
    # one; in an article written as US local news it is the US town.
    name = "Flemington"
    alone = resolve_names(gazetteer, [name], allow_demonym=True, fallback_to_focus=True)[0]
    assert alone is not None and alone.country != "USA"
    focus = press_focus("The lodge at 165 Mill Rd. hosts a dinner; call (555) 010-0142 for tickets.")
    local = resolve_names(gazetteer, [name], focus, allow_demonym=True, fallback_to_focus=True)[0]
    assert local is not None and local.country == "USA"


def test_document_focus_includes_press_cues(nlp):
    from eventlens.where.locate import document_focus

    doc = nlp("Deputies from the Sheriff's Office searched the 300 block of Elm Row after a Kenyan "
              "visitor reported a theft.")
    cues = document_focus(doc)
    assert cues.get("KEN") == 1.0  # the demonym
    assert cues.get("USA", 0.0) >= PRESS_CUE_WEIGHT  # two US press wordings


# A council report in the wording of US local press: a Councilwoman, a US phone number.
_COUNCIL = ("The {name} City Council met on Monday. Councilwoman Dana Pruitt asked the city manager for "
            "a plan; residents may call (555) 010-0177.")


def test_a_name_spoken_of_as_a_town_in_us_local_press_is_the_us_town(gazetteer):
    from eventlens.where.locate import press_towns

    text = _COUNCIL.format(name="Dublin")
    towns = press_towns(text, ["Dublin"], gazetteer)
    assert towns == {"Dublin": "USA"}
    assert resolve_names(gazetteer, ["Dublin"], press_focus(text))[0].country == "IRL"  # focus alone is too weak
    assert resolve_names(gazetteer, ["Dublin"], press_focus(text), towns=towns)[0].country == "USA"


def test_a_country_name_used_as_a_town_in_us_local_press(gazetteer):
    from eventlens.where.locate import press_towns

    text = "A Jordan woman was hurt on Route 9, police said; call 555-010-0123 with information. Councilman Al Reyes spoke."
    towns = press_towns(text, ["Jordan"], gazetteer)
    assert towns == {"Jordan": "USA"}
    place = resolve_names(gazetteer, ["Jordan"], towns=towns)[0]
    assert place.country == "USA" and place.feature != "A.PCLI"


def test_no_town_reading_without_local_press_or_municipal_use(gazetteer):
    from eventlens.where.locate import press_towns

    # The same council sentence with no US press wording, and US press wording with no municipal use.
    assert press_towns("The Dublin City Council met on Monday to plan the budget.", ["Dublin"], gazetteer) == {}
    text = "Councilwoman Dana Pruitt flew to Dublin on Monday; call (555) 010-0177 for details. Councilman Al Reyes stayed."
    assert press_towns(text, ["Dublin"], gazetteer) == {}


def test_a_home_region_keeps_its_reading(gazetteer):
    from eventlens.where.locate import press_towns

    # "Georgia residents" in US local press: the US state, not the country (and no town of that name).
    text = "Georgia residents can call 555-010-0150, Councilman Al Reyes said at the 300 block of Elm Row."
    towns = press_towns(text, ["Georgia"], gazetteer)
    assert towns == {"Georgia": "USA"}
    place = resolve_names(gazetteer, ["Georgia"], press_focus(text), towns=towns)[0]
    assert place.country == "USA" and place.feature == "A.ADM1"


def test_article_focus_reads_a_council_town_as_the_us_town(nlp, gazetteer):
    from eventlens.where.locate import article_focus

    doc = nlp("A fire damaged a warehouse in Dublin on Monday, Dublin police said. Councilwoman Dana Pruitt "
              "asked residents to call (555) 010-0177.")
    focus = article_focus(doc, gazetteer)
    assert focus.readings["Dublin"].country == "USA"


def test_a_city_of_its_own_name_before_a_capital_under_an_old_name(gazetteer):
    # The gazetteer lists a Middle Eastern capital under an ancient name that a US metropolis bears.
    name = "Philadelphia"
    from eventlens.where.resolve import matched_candidates

    found = matched_candidates(gazetteer, name)[0]
    assert any(p.feature == "P.PPLC" and p.country != "USA" for p in found)  # the old-name capital is there
    assert resolve_names(gazetteer, [name])[0].country == "USA"
    # ... also beside a part of the city, whose reading must not vote the name abroad.
    both = resolve_names(gazetteer, [name, f"South {name}"], allow_demonym=True, fallback_to_focus=True)
    assert [p.country for p in both] == ["USA", "USA"]


def test_old_name_rule_keeps_the_articles_country_and_small_towns(gazetteer):
    # A London borough found under its short name stays in a London story; a small town found under
    # another name ("Raleigh" for the seat of a county of that name) keeps it in an article on its state.
    assert resolve_names(gazetteer, ["London", "Westminster"])[1].country == "GBR"
    raleigh = resolve_names(gazetteer, ["Raleigh", "Kanawha County", "West Virginia"])[0]
    assert raleigh.admin1 == "West Virginia"


def test_old_name_rule_on_a_fake_world():
    from eventlens.where.gazetteer import FakeGazetteer
    from eventlens.where.place import CAPITAL, CITY, Place

    old_capital = Place("Newgrad", CAPITAL, "OST", population=2_000_000, lat=1.0, lon=1.0)
    own = Place("Oldburg", CITY, "WST", population=600_000, lat=40.0, lon=-80.0)
    small_own = Place("Oldburg", CITY, "WST", population=60_000, lat=40.0, lon=-80.0)
    world = FakeGazetteer([old_capital, own], alternates={"Oldburg": "Newgrad"})
    assert resolve_names(world, ["Oldburg"]) == [own]
    assert resolve_names(world, ["Oldburg"], {"OST": 1.0}) == [old_capital]  # the article is about OST
    small = FakeGazetteer([old_capital, small_own], alternates={"Oldburg": "Newgrad"})
    assert resolve_names(small, ["Oldburg"]) == [old_capital]  # a town of 60,000 does not take it


def test_british_local_press_wording_points_to_great_britain(gazetteer):
    text = "Tickets cost £6; the case went to the Crown Court, where the hearing opened at 9.30am."
    focus = press_focus(text)
    assert focus["GBR"] == 1.0  # pounds and the Crown Court, plus a share of the "9.30am" time
    assert focus["IRL"] == pytest.approx(PRESS_CUE_WEIGHT / 4)
    assert "USA" not in focus
    assert press_focus("The meeting starts at 9.30 a.m. in Room 4.") == {}
    name = "Lancaster"  # a US city is the likelier bare reading; the English town in British press
    assert resolve_names(gazetteer, [name])[0].country == "USA"
    assert resolve_names(gazetteer, [name], press_focus("A bin costs £30 a year."))[0].country == "GBR"



def test_municipal_use_must_start_at_the_name(gazetteer):
    from eventlens.where.locate import press_towns

    # A longer word that ends in the name ("Oxdublin police") is no municipal use of Dublin.
    text = "Oxdublin police closed the 200 block of Oak Row; call (555) 010-0100. Councilman Al Reyes agreed."
    assert "Dublin" not in press_towns(text, ["Dublin"], gazetteer)
    assert "Dublin" in press_towns(text.replace("Oxdublin", "Dublin"), ["Dublin"], gazetteer)
