"""Session 15 (issue 5, places): a hamlet that only the article's country lifts does not take a bare name
from a city abroad a hundred times its size, and a town that no other name lies near does not take it from
a metropolis of its own country fifty times its size (`resolve.HAMLET_PEOPLE`, `LONE_HAMLET_SHARE`);
regions that local news of Britain, Ireland, Australia, Canada and the US names (`where/regions.tsv`) and
counties written "Co Cork" (`resolve.variants`). All name lists are our own."""

from __future__ import annotations

import pytest

from eventlens.where import resolve as R
from eventlens.where.place import ADM1, ADM2, CITY, COUNTRY, REGION, Place
from eventlens.where.resolve import resolve_names


def test_a_foreign_hamlet_does_not_take_a_city_name_for_its_country_alone(gazetteer):
    # "Charleston" beside an Australian city: a village of a few hundred people in another Australian
    # state is no better reason than none at all; the name stays the US city.
    charleston, ballarat = resolve_names(gazetteer, ["Charleston", "Ballarat"])
    assert ballarat.country == "AUS"
    assert charleston.country == "USA" and charleston.population >= 100_000


def test_without_the_rule_the_country_lifts_the_hamlet(gazetteer, monkeypatch):
    # The same names with the rule off: the article's country alone picks the hamlet (the test above
    # depends on the rule).
    monkeypatch.setattr(R, "FOREIGN_CITY_SHARE", 10**9)
    # (Session 16: with the rule off, the hamlet of another state would now be left as a local name,
    # `BARE_STRAY_PEOPLE`; that rule is off too, to see what the country alone does.)
    monkeypatch.setattr(R, "BARE_STRAY_PEOPLE", 0)
    charleston = resolve_names(gazetteer, ["Charleston", "Ballarat"])[0]
    assert charleston.country == "AUS" and 0 < charleston.population < R.HAMLET_PEOPLE


def test_a_hamlet_of_a_named_region_keeps_the_name(gazetteer):
    # The hamlet's own first-level region in the article is reason enough ("Belgrade" beside "Minnesota").
    belgrade, minnesota = resolve_names(gazetteer, ["Belgrade", "Minnesota"])
    assert belgrade.country == "USA" and belgrade.admin1 == minnesota.name


def test_a_lone_town_of_the_region_does_not_take_a_metropolis_name(gazetteer, monkeypatch):
    # "Nashville" beside two names of Georgia: the Georgia town of a few thousand lies near neither, so
    # the name is the Tennessee city of 700,000; with the old share (300) the region picks the town.
    nashville = resolve_names(gazetteer, ["Nashville", "Macon", "Ga."])[0]
    assert nashville.admin1 == "Tennessee" and nashville.population >= R.METROPOLIS
    monkeypatch.setattr(R, "LONE_HAMLET_SHARE", R.HAMLET_SHARE)
    assert resolve_names(gazetteer, ["Nashville", "Macon", "Ga."])[0].admin1 == "Georgia"


def test_a_town_near_another_name_keeps_its_name(gazetteer):
    # A town in the very county the article names keeps its name from a metropolis elsewhere ("Austin"
    # beside "Scott County" and "Indiana" is the Indiana town, not the Texas capital).
    austin, county, _ = resolve_names(gazetteer, ["Austin", "Scott County", "Indiana"])
    assert austin.admin1 == "Indiana" and austin.population < R.METROPOLIS
    assert county.admin1 == "Indiana"


def test_an_unknown_population_is_no_hamlet():
    # Population 0 means unknown in the gazetteer (a borough of a big city often has none): such a town
    # is not moved aside as a hamlet; one of 400 people is.
    def town(country: str, people: int) -> Place:
        return Place("Millbrook", CITY, country, "Somewhere", None, 0.0, 0.0, people)

    city = R.Candidate(town("USA", 200_000), 1.0)
    for people, moved in ((0, False), (400, True)):
        ranked = R._city_before_foreign_hamlet([R.Candidate(town("GBR", people), 5.0), city], {}, {})
        assert (ranked[0] is city) == moved


# --- regions of Britain, Ireland, Australia, Canada and the US (`where/regions.tsv`), "Co Cork" ----------

@pytest.mark.parametrize(("name", "iso3"), [
    ("Sussex", "GBR"), ("Cheshire", "GBR"), ("Berkshire", "GBR"), ("Lake District", "GBR"),
    ("County Tyrone", "GBR"), ("Co. Down", "GBR"), ("Connemara", "IRL"), ("Gippsland", "AUS"),
    ("Greater Toronto Area", "CAN"), ("West Coast", "USA"), ("Long Island", "USA"), ("Transylvania", "ROU"),
])
def test_a_region_local_news_names_is_found_in_its_country(gazetteer, name, iso3):
    # Alone, each of these found a town or district abroad, or nothing.
    place = resolve_names(gazetteer, [name])[0]
    assert place is not None and place.feature == REGION and place.country == iso3


def test_a_region_yields_to_a_town_the_article_points_to(gazetteer):
    # A region's name is no trump card: beside names of its US namesake's state, "Cheshire" is the town.
    cheshire = resolve_names(gazetteer, ["Cheshire", "New Haven", "Connecticut"])[0]
    assert cheshire.country == "USA" and cheshire.feature != REGION


@pytest.mark.parametrize(("written", "bare"), [("Co Cork", "Cork"), ("Co. Mayo", "Mayo"), ("Co Durham", "Durham")])
def test_a_county_written_before_its_name_is_the_county(gazetteer, written, bare):
    # Irish and British papers write "Co Cork": the county (a first- or second-level division), not the
    # town or a namesake abroad.
    place = resolve_names(gazetteer, [written])[0]
    assert place is not None and place.feature in (ADM1, ADM2)
    assert place.country in ("IRL", "GBR") and bare in place.name


def test_the_county_prefix_needs_a_capitalised_name(gazetteer):
    # "Co" before a lower-case word, or a "County Road", is no county.
    assert [v for v, _ in R.variants("County road")] == ["County road"]
    assert resolve_names(gazetteer, ["County Road"])[0] is None


# --- misspelled country names (`resolve.misspelled_country`) ---------------------------------------------

@pytest.mark.parametrize(("written", "iso3"), [
    ("Britian", "GBR"), ("Philipines", "PHL"), ("Kazakstan", "KAZ"), ("Portugual", "PRT"), ("Ukriane", "UKR"),
])
def test_a_country_name_with_one_slip_is_the_country(gazetteer, written, iso3):
    place = resolve_names(gazetteer, [written])[0]
    assert place is not None and place.feature == COUNTRY and place.country == iso3


@pytest.mark.parametrize("written", ["Greenlane", "Jordon", "Chinaa town", "india", "Irann"])
def test_no_country_from_a_changed_letter_a_short_or_lower_case_name(gazetteer, written):
    # A letter replaced is a local name, not a slip ("Greenlane" is no Greenland); names under six letters
    # and lower-case words are never read this way.
    assert R.misspelled_country(gazetteer, written) is None


def test_one_slip():
    assert R._one_slip("britian", "britain") and R._one_slip("pakistn", "pakistan")
    assert R._one_slip("camerooon", "cameroon")
    assert not R._one_slip("greenlane", "greenland") and not R._one_slip("britain", "britain")
    assert not R._one_slip("brtiian", "britain")


@pytest.mark.parametrize("written", ["Syrian", "Kenyan", "Korean", "Nigerians"])
def test_a_demonym_is_no_misspelled_country(gazetteer, written):
    # A demonym is one letter from its country's name, but it names no place unless demonyms are allowed.
    assert resolve_names(gazetteer, [written])[0] is None


def test_a_school_district_names_its_town(gazetteer):
    # In US local press (fifth-graders), "the Lebanon Independent School District" speaks of Lebanon as a
    # town of its own: a US town, not the country (`municipal_words.txt`); without it, no such reading.
    from eventlens.where.locate import press_towns

    text = ("Two fifth-graders from the Lebanon Independent School District won the county spelling bee. "
            "Lebanon students will compete again in May.")
    assert press_towns(text, ["Lebanon"], gazetteer) == {"Lebanon": "USA"}
    bare = "Two fifth-graders from Lebanon won the county spelling bee on Tuesday."
    assert press_towns(bare, ["Lebanon"], gazetteer) == {}
