"""Session 22 (issue 5, places): toponym resolution for the geoparsing gold sets' kind of names
(`where.resolve.resolve_names` with `fallback_to_focus`, as the evaluator calls it). All names and
combinations are invented for these tests."""

from __future__ import annotations

import pytest
from conftest import resolved_countries

from eventlens.where.resolve import embedded_place, resolve_names


@pytest.mark.parametrize(("names", "expected"), [
    # a court, bank, airline or school the gazetteer lacks lies in the place its name holds, not in the
    # article's main town
    (["Glasgow", "Perth", "Japan", "Osaka Textile Bank"], "JPN"),
    (["Sydney", "Melbourne", "Brazil Coffee Exporters Union"], "BRA"),
    (["Lagos", "Ibadan", "Portugal Shipping Line"], "PRT"),
    (["Leeds", "Hull", "United States", "Ohio Valley Farmers Cooperative"], "USA"),
    (["Leeds", "Hull", "Canada", "Toronto-Dominion Tower"], "CAN"),
    # a big city by its own name, whatever the article points to
    (["Madrid", "Seville", "Osaka Textile Bank"], "JPN"),
])
def test_an_unknown_name_lies_in_the_place_it_holds(gazetteer, names, expected):
    assert resolved_countries(gazetteer, names)[-1] == expected


@pytest.mark.parametrize(("names", "expected"), [
    # a diplomatic mission stands in another country than the one it names: the article's place
    (["Madrid", "Seville", "Granada", "Kenya", "Embassy of Kenya Annex"], "ESP"),
    # words that only a village, a foreign alternate name or a far region matches place nothing
    (["Madrid", "Seville", "Federal Court Reserve Bank"], "ESP"),
    (["Madrid", "Seville", "Fire Island Centre"], "ESP"),
    (["Madrid", "Seville", "Western Delta Trust"], "ESP"),
    # a region of a country the article does not point to
    (["Madrid", "Seville", "Ontario Textile Bank"], "ESP"),
])
def test_a_mission_or_a_common_word_is_no_inner_place(gazetteer, names, expected):
    assert resolved_countries(gazetteer, names)[-1] == expected


def test_the_inner_name_reads_as_the_article_reads_it(gazetteer):
    # "Paris" beside Texas towns is the Texan town, so the store named after it is there too
    out = resolve_names(gazetteer, ["Dallas", "Sherman", "Lamar County", "Paris", "Paris Feed Store Annex"],
                        allow_demonym=True, fallback_to_focus=True)
    assert out[3].country == "USA" and out[4] == out[3]


def test_the_most_specific_inner_place_wins(gazetteer):
    p = embedded_place(gazetteer, "Texas Houston Pipe Works", {}, {"USA": 1.0})
    assert p is not None and p.name == "Houston"


@pytest.mark.parametrize(("names", "expected"), [
    # the initials of a country or of a region of the article's country stand for it
    (["Leeds", "Hull", "T&T"], "Trinidad and Tobago"),
    (["Adelaide", "Perth", "SA"], "South Australia"),
    (["Pretoria", "Durban", "SA"], "South Africa"),
    (["Belfast", "Newry", "N.I."], "Northern Ireland"),
])
def test_initials_stand_for_a_country_or_region(gazetteer, names, expected):
    p = resolve_names(gazetteer, names, allow_demonym=True, fallback_to_focus=True)[-1]
    assert p is not None and p.name == expected


def test_initials_of_several_unpointed_places_place_nothing_of_their_own(gazetteer):
    # "SL": Sri Lanka, Sierra Leone or Saint Lucia; none of them named: the article's place
    assert resolved_countries(gazetteer, ["Oslo", "Bergen", "SL"])[-1] == "NOR"


@pytest.mark.parametrize(("pointer", "unknown"), [("Japan", "Tokyo Avenue"), ("Nevada", "Nevada Colony"),
                                                 ("Senegal", "Dakar Heights"), ("Peru", "Lima Twp."),
                                                 ("Chile", "Santiago Cove")])
def test_a_street_park_or_settlement_named_after_a_place_stays_among_the_article_places(gazetteer, pointer, unknown):
    assert resolved_countries(gazetteer, ["Leeds", "Bradford", "Sheffield", pointer, unknown])[-1] == "GBR"


@pytest.mark.parametrize(("names", "expected"), [
    # the article names the capital's country: the capital, not the namesake town of the local story
    (["Floyd County", "Cartersville", "Italy", "Rome"], "ITA"),
    (["Lamar County", "Sherman", "France", "Paris"], "FRA"),
    (["Latah County", "Russia", "Moscow"], "RUS"),
])
def test_a_capital_whose_country_the_article_names_beats_a_local_namesake(gazetteer, names, expected):
    assert resolved_countries(gazetteer, names)[-1] == expected


@pytest.mark.parametrize(("names", "expected"), [
    # a demonym names no country; without the country named, the local town keeps its name
    (["Floyd County", "Cartersville", "Italian", "Rome"], "USA"),
    (["Floyd County", "Cartersville", "Rome"], "USA"),
    # a local city of more than a tenth of the capital's people keeps its name
    (["Clarke County", "Watkinsville", "Greece", "Athens"], "USA"),
])
def test_a_local_namesake_keeps_its_name_when_the_country_is_not_named(gazetteer, names, expected):
    assert resolved_countries(gazetteer, names)[-1] == expected


@pytest.mark.parametrize(("names", "expected"), [
    # a dateline in capitals is the same name as its mention in the text: it does not vote for the name's
    # likeliest reading abroad against the region the article's other names give
    (["LIMA", "Lima", "Ohio"], ("USA", "Ohio")),
    (["LEBANON", "Lebanon", "Ohio", "Warren County"], ("USA", "Ohio")),
    (["DELHI", "Delhi", "New York"], ("USA", "New York")),
    (["BELGRADE", "Montana", "Belgrade"], ("USA", "Montana")),
    (["TOLEDO", "Toledo", "Spain"], ("ESP", "Castilla-La Mancha")),
])
def test_other_spellings_of_a_name_do_not_vote_for_it(gazetteer, names, expected):
    out = resolve_names(gazetteer, names, allow_demonym=True, fallback_to_focus=True)
    assert {(p.country, p.admin1) for n, p in zip(names, out, strict=True) if n.upper() == names[0]} == {expected}


def test_a_lone_name_in_several_spellings_keeps_their_votes(gazetteer):
    # nothing else in the article: the namesakes its spellings point to decide, as before
    out = resolve_names(gazetteer, ["MANSFIELD", "Mansfield"], allow_demonym=True, fallback_to_focus=True)
    assert out[0] == out[1] and out[0].country == "USA"
