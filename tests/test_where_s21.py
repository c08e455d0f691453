"""Session 21 (issue 5, places): a large city that the small model labels as a people or a language
("Aleppo" as NORP), or whose English spelling drops the final "h" of its transliterated main name
("Hama" for Ḩamāh) while the model labels it ORG or PERSON, is still a place (`where.locate._place_name`,
`where.locate.strong_match`). All texts are invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import code_text, event_with_trigger

from eventlens.where.gazetteer import OfflineGazetteer
from eventlens.where.locate import strong_match


@pytest.fixture(scope="module")
def gaz() -> OfflineGazetteer:
    return OfflineGazetteer()


def _events(pipeline, text: str) -> list:
    return code_text(pipeline, text, date(2024, 5, 1), "s21-where")



@pytest.mark.parametrize(("name", "expected"), [
    ("Hama", True),      # Ḩamāh without its final h
    ("Misrata", True),   # Misratah
    ("Raqqa", True),     # Ar Raqqah, without article and final h
    ("Ivanov", False),   # a surname one letter from Ivanovo
    ("Ahmadi", False),   # a surname: Al Ahmadi without its article only
])
def test_english_form_of_a_large_city_is_a_strong_match(gaz, name, expected):
    assert strong_match(name, gaz.lookup(name)) is expected


def test_a_city_taken_for_a_people_is_the_scene_of_what_happens_in_the_city(pipeline):
    # the small model labels "Aleppo" here as NORP; "in the city" then has no town to refer to
    events = _events(pipeline, "Residents fled Aleppo after the strikes. Jets bombed a hospital in the city on Friday.")
    loc = event_with_trigger(events, "bomb").event_loc
    assert loc is not None and loc.country == "SYR" and loc.resolution == 4


def test_a_respelt_city_labelled_as_an_organisation_is_the_scene(pipeline):
    events = _events(pipeline, "Government forces pushed into Hama on Sunday. "
                               "Rebels shelled a market in the city on Monday, killing nine people.")
    loc = event_with_trigger(events, "shell").event_loc
    assert loc is not None and loc.country == "SYR" and loc.resolution == 4


@pytest.mark.parametrize(("text", "name", "label", "expected"), [
    ("Crowds gathered in Aleppo.", "Aleppo", "NORP", "SYR"),
    ("Crowds gathered in Aleppo.", "Aleppo", "LANGUAGE", "SYR"),
    ("Kikuyu elders gathered.", "Kikuyu", "NORP", None),  # a people named like a town of 300,000
    ("Roma families gathered.", "Roma", "NORP", None),    # a people, not Rome under its Italian name
    ("Kurdish families gathered.", "Kurdish", "NORP", None),
])
def test_a_people_or_language_label_is_a_place_only_for_a_metropolis(nlp, gaz, text, name, label, expected):
    from spacy.tokens import Span

    from eventlens.where.locate import toponyms

    doc = nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == name)
    doc.ents = [Span(doc, i, i + 1, label=label)]
    found = [t.place.country for t in toponyms(doc, gaz)]
    assert found == ([expected] if expected else [])


def test_a_surname_labelled_as_an_organisation_is_no_city(nlp, gaz):
    from spacy.tokens import Span

    from eventlens.where.locate import toponyms

    doc = nlp.make_doc("Singer Tom Houston retired. Fans sent flowers to Houston on Sunday.")
    last = max(t.i for t in doc if t.text == "Houston")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, last, last + 1, label="ORG")]
    assert [t.place.name for t in toponyms(doc, gaz)] == []


def test_a_city_labelled_as_an_organisation_is_still_a_city(nlp, gaz):
    from spacy.tokens import Span

    from eventlens.where.locate import toponyms

    doc = nlp.make_doc("Singer Tom Brown retired. Fans sent flowers to Houston on Sunday.")
    last = max(t.i for t in doc if t.text == "Houston")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, last, last + 1, label="ORG")]
    assert [t.place.country for t in toponyms(doc, gaz)] == ["USA"]


def test_where_goods_come_from_is_no_scene(pipeline):
    events = _events(pipeline, "Authorities confiscated weapons from Iran at the border on Friday.")
    loc = event_with_trigger(events, "confiscat").event_loc
    assert loc is None or loc.country != "IRN"


def test_where_goods_come_from_leaves_the_scene_named_in_the_sentence(pipeline):
    events = _events(pipeline, "Police seized a shipment of heroin from Afghanistan in Karachi.")
    loc = event_with_trigger(events, "seiz").event_loc
    assert loc is not None and loc.country == "PAK"


def test_people_from_a_place_are_not_goods(pipeline):
    # "from" on a noun that is no goods noun keeps its place (only goods_nouns.txt nouns are origins)
    events = _events(pipeline, "Authorities confiscated passports from travellers in Tunisia on Friday.")
    loc = event_with_trigger(events, "confiscat").event_loc
    assert loc is not None and loc.country == "TUN"


@pytest.mark.parametrize(("text", "name", "ent_id"), [
    ("Kiev said the talks had failed.", "Kiev", "capital:UKR"),     # the model alone: PERSON
    ("Envoys flew to Teheran on Monday.", "Teheran", "capital:IRN"),
    ("Sofia said the talks had failed.", "Sofia", ""),              # a first name: left to the model
])
def test_capitals_written_the_english_or_older_way_are_ruled(nlp, text, name, ent_id):
    doc = nlp(text)
    ids = [e.ent_id_ for e in doc.ents if e.text == name]
    if ent_id:
        assert ids == [ent_id]
    else:
        assert not any(ids)


@pytest.mark.parametrize(("text", "trigger", "iso3"), [
    ("Ukraine's president spoke on Monday. Police detained 20 protesters on the outskirts of the capital.",
     "detain", "UKR"),
    ("Police detained 20 protesters in the suburbs of the Syrian capital.", "detain", "SYR"),
    ("Protesters marched through the Syrian capital on Friday.", "march", "SYR"),
])
def test_a_part_of_the_capital_or_a_march_through_it_is_in_the_capital(pipeline, text, trigger, iso3):
    loc = event_with_trigger(_events(pipeline, text), trigger).event_loc
    assert loc is not None and loc.country == iso3 and loc.feature == "P.PPLC"


def test_a_part_of_the_city_is_the_town_just_named(pipeline):
    events = _events(pipeline, "Thousands rallied in Kirkuk on Sunday. "
                               "Police detained 20 protesters in the south of the city.")
    loc = event_with_trigger(events, "detain").event_loc
    assert loc is not None and loc.country == "IRQ" and loc.resolution == 4


def test_where_a_party_has_its_bases_is_no_scene(pipeline):
    events = _events(pipeline, "Gunmen with bases in Somalia attacked a hotel on Friday.")
    loc = event_with_trigger(events, "attack").event_loc
    assert loc is None or loc.country != "SOM"


def test_a_party_attacked_where_it_has_bases_keeps_the_place(pipeline):
    events = _events(pipeline, "The army attacked rebels with bases in Uganda on Friday.")
    loc = event_with_trigger(events, "attack").event_loc
    assert loc is not None and loc.country == "UGA"
