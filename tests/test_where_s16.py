"""Session 16 (issue 5, places): a bare name whose likeliest reading is a hamlet in a first-level region
that the article's other names never point to, while they lead to another region of that country, is a
local name the gazetteer lacks (`resolve.BARE_STRAY_PEOPLE`). All name lists are our own."""

from __future__ import annotations

import pytest

from eventlens.where import resolve as R
from eventlens.where.resolve import resolve_names

OREGON = ["Salem", "Eugene", "Oregon"]
MAINE = ["Portland", "Bangor", "Maine"]


def _region(p):
    return None if p is None else (p.country, p.admin1)


@pytest.mark.parametrize("hamlet", ["Castine", "Cherryfield", "Damariscotta"])
def test_a_hamlet_of_another_state_is_a_local_name(gazetteer, hamlet):
    # The only places of these names are Maine villages of 1,000-1,200 people.
    assert all(p.admin1 == "Maine" and p.population < R.BARE_STRAY_PEOPLE for p in gazetteer.lookup(hamlet))
    # In an article on Oregon towns: unresolved where the caller may leave it ...
    assert resolve_names(gazetteer, OREGON + [hamlet])[-1] is None
    # ... and placed among the article's towns when the caller must answer (the evaluator).
    answer = resolve_names(gazetteer, OREGON + [hamlet], fallback_to_focus=True)[-1]
    assert _region(answer) == ("USA", "Oregon")


def test_without_the_rule_the_hamlet_is_taken(gazetteer, monkeypatch):
    monkeypatch.setattr(R, "BARE_STRAY_PEOPLE", 0)
    assert _region(resolve_names(gazetteer, OREGON + ["Castine"])[-1]) == ("USA", "Maine")


def test_a_hamlet_of_the_articles_own_state_keeps_its_place(gazetteer):
    assert _region(resolve_names(gazetteer, MAINE + ["Castine"])[-1]) == ("USA", "Maine")


def test_a_hamlet_named_alone_keeps_its_place(gazetteer):
    # No other name leads anywhere: nothing says the name is local to another region.
    assert _region(resolve_names(gazetteer, ["Castine"])[0]) == ("USA", "Maine")


@pytest.mark.parametrize("town", ["Bar Harbor", "Eliot"])
def test_a_town_of_more_people_keeps_its_place(gazetteer, town):
    # 2,500 and 6,500 people: a real town of another state that the article may well name.
    got = resolve_names(gazetteer, OREGON + [town])[-1]
    assert got is not None and got.population >= R.BARE_STRAY_PEOPLE and got.admin1 == "Maine"


def test_an_unknown_population_is_no_hamlet(gazetteer):
    # GeoNames gives many English villages no population (0): unknown, not small.
    got = resolve_names(gazetteer, ["Edinburgh", "Dundee", "Scotland", "Wintringham"])[-1]
    assert _region(got) == ("GBR", "England")


# Historical and other regions added to where/regions.tsv (session 16): each bare name is its region,
# in the right country, not a namesake town abroad.
@pytest.mark.parametrize(("name", "countries"), [
    ("Castile", {"ESP"}), ("Westphalia", {"DEU"}), ("Languedoc", {"FRA"}), ("Dauphine", {"FRA"}),
    ("Thrace", {"GRC", "TUR", "BGR"}), ("Ulster", {"GBR", "IRL"}), ("Outer Hebrides", {"GBR"}),
    ("Judea", {"ISR", "PSE"}), ("Negev", {"ISR"}), ("Kivu", {"COD"}), ("Celebes", {"IDN"}),
    ("Visayas", {"PHL"}), ("Nubia", {"EGY", "SDN"}),
])
def test_a_historical_region_is_its_region(gazetteer, name, countries):
    got = resolve_names(gazetteer, [name])[0]
    assert got is not None and got.feature == "L.RGN"
    assert set(got.countries or (got.country,)) == countries


def _adm1(gazetteer, name):
    return next(p for p in gazetteer.lookup(name) if p.feature == "A.ADM1")


def test_a_namesake_town_with_its_state_is_still_the_town(gazetteer):
    # "Westphalia, Michigan": the qualifier names a US state, so the mention is the Michigan village ...
    got = resolve_names(gazetteer, ["Westphalia"], qualifiers=[_adm1(gazetteer, "Michigan")])[0]
    assert got.feature == "P.PPL" and (got.country, got.admin1) == ("USA", "Michigan")


def test_a_region_beside_a_province_of_its_own_country_is_a_list(gazetteer):
    # ... while "Westphalia, Bavaria" lists two German regions.
    got = resolve_names(gazetteer, ["Westphalia"], qualifiers=[_adm1(gazetteer, "Bavaria")])[0]
    assert got.feature == "L.RGN" and got.country == "DEU"


def test_a_state_beside_a_state_is_still_a_list(gazetteer):
    got = resolve_names(gazetteer, ["Ohio"], qualifiers=[_adm1(gazetteer, "Kentucky")])[0]
    assert got.feature == "A.ADM1" and got.name == "Ohio"


def test_a_region_with_a_longer_official_name_keeps_it(gazetteer):
    # The German state is still found under its own name, not as the historical region.
    got = resolve_names(gazetteer, ["North Rhine-Westphalia"])[0]
    assert got.feature == "A.ADM1" and got.country == "DEU"


# Demonyms added in session 16 (demonyms.tsv, region_demonyms.tsv, admin1_demonyms.tsv): as gold
# toponyms they resolve to the country, former state or region of the people they name.
@pytest.mark.parametrize(("word", "where"), [
    ("Serbs", ("SRB", None)), ("Croat", ("HRV", None)), ("Bosniaks", ("BIH", None)), ("Filipina", ("PHL", None)),
    ("Khmer", ("KHM", None)), ("Basotho", ("LSO", None)), ("Batswana", ("BWA", None)),
    ("Zairian", ("COD", None)), ("Ceylonese", ("LKA", None)), ("Greenlander", ("GRL", None)),
    ("Tigrayan", ("ETH", "A.ADM1")), ("Baloch", ("PAK", "A.ADM1")), ("Scot", ("GBR", "A.ADM1")),
])
def test_a_demonym_names_its_country_or_region(gazetteer, word, where):
    got = resolve_names(gazetteer, [word], allow_demonym=True)[0]
    assert got is not None and got.country == where[0]
    assert where[1] is None or got.feature == where[1]


@pytest.mark.parametrize(("word", "members"), [("Soviet", {"RUS", "UKR"}), ("Yugoslav", {"SRB", "HRV"})])
def test_a_former_states_adjective_names_its_region(gazetteer, word, members):
    got = resolve_names(gazetteer, [word], allow_demonym=True)[0]
    assert got is not None and got.feature == "L.RGN" and members <= set(got.countries)


def test_a_demonym_is_no_place_without_leave(gazetteer):
    # Demonyms are never places of their own (the pipeline resolves names without allow_demonym).
    assert resolve_names(gazetteer, ["Bosniaks"])[0] is None


# Country forms added in session 16 (country_aliases.tsv) and regions (regions.tsv).
@pytest.mark.parametrize(("name", "iso3"), [
    ("Bosnia", "BIH"), ("Bosnia-Hercegovina", "BIH"), ("NZ", "NZL"), ("N.Z.", "NZL"), ("PNG", "PNG"),
    ("ROK", "KOR"), ("KSA", "SAU"), ("FYROM", "MKD"), ("Deutschland", "DEU"), ("mainland China", "CHN"),
    ("Chinese mainland", "CHN"),
])
def test_a_short_or_other_country_form_is_the_country(gazetteer, name, iso3):
    got = resolve_names(gazetteer, [name])[0]
    assert got is not None and got.feature == "A.PCLI" and got.country == iso3


@pytest.mark.parametrize(("name", "iso3"), [("Artsakh", "AZE"), ("Tahiti", "PYF")])
def test_a_region_alias_or_island_is_the_region(gazetteer, name, iso3):
    got = resolve_names(gazetteer, [name])[0]
    assert got is not None and got.feature == "L.RGN" and got.country == iso3


def test_a_new_alias_is_no_stem_for_a_misspelled_country(gazetteer):
    # "Bosnian" stays the demonym (a name one letter from an alias is no misspelling when it is a demonym).
    from eventlens.where.resolve import misspelled_country

    assert misspelled_country(gazetteer, "Bosnian") is None
    assert misspelled_country(gazetteer, "Bosnai") is not None and misspelled_country(gazetteer, "Bosnai").country == "BIH"


def test_an_ocean_keeps_its_name_from_a_hamlet_of_the_articles_state(gazetteer):
    # "Atlantic" beside "Virginia" and "Pacific": the ocean, not the Virginia village of 900 people.
    got = resolve_names(gazetteer, ["Virginia", "Pacific", "Atlantic"])[-1]
    assert got is not None and got.feature == "L.RGN" and not got.country


def test_without_the_rule_the_states_hamlet_takes_the_ocean_name(gazetteer, monkeypatch):
    monkeypatch.setattr(R, "_sea_before_hamlet", lambda ranked, bonus: ranked)
    got = resolve_names(gazetteer, ["Virginia", "Pacific", "Atlantic"])[-1]
    assert got is not None and got.feature == "P.PPL" and got.admin1 == "Virginia"


def test_a_hamlet_beside_its_own_county_keeps_the_name(gazetteer):
    # Another name of the article lies by the village (its county): the village.
    got = resolve_names(gazetteer, ["Virginia", "Accomack County", "Atlantic"])[-1]
    assert got is not None and got.feature == "P.PPL" and got.admin1 == "Virginia"


# A one-word PERSON entity that repeats the surname of a person the text names in full is that person,
# not a region or capital of the name (locate._surname_of_named_person).
_NAMED = ("Police said the tenant agreed to turn the music down, Capt. Roy A. Nelson said. "
          "An officer went back an hour later, Nelson said.")


def _toponym_texts(nlp, gazetteer, text):
    from eventlens.where.locate import toponyms

    return [t.span.text for t in toponyms(nlp(text), gazetteer)]


def test_a_surname_of_a_person_named_in_full_is_no_place(nlp, gazetteer):
    assert "Nelson" not in _toponym_texts(nlp, gazetteer, _NAMED)


def test_without_the_rule_the_surname_is_a_region(nlp, gazetteer, monkeypatch):
    # The small model tags the lone "Nelson" PERSON; a region's name overrules that label.
    from eventlens.where import locate

    monkeypatch.setattr(locate, "_surname_of_named_person", lambda ent: False)
    assert "Nelson" in _toponym_texts(nlp, gazetteer, _NAMED)


def test_the_place_word_still_makes_the_name_a_place(nlp, gazetteer):
    text = _NAMED + " The city of Nelson plans a new park."
    assert _toponym_texts(nlp, gazetteer, text).count("Nelson") == 1
