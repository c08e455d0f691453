"""Session 22, second round (issue 5, places): where the article's text, not only its names, sends a
name abroad. All sentences and name lists are invented for these tests."""

from __future__ import annotations

import pytest

from eventlens.where.locate import press_towns, toponyms

# Both a US wording ("the 400 block of") and a Canadian one ("RCMP"): the town is in the country whose
# province the text names, though the other country's namesake is larger.
_BOTH = ("Richmond city council voted on Tuesday to hire more officers after thefts in the 400 block of "
         "Maple Road, the RCMP said.")


def test_a_council_town_under_mixed_press_cues_is_in_the_country_of_the_named_province(gazetteer):
    assert press_towns(_BOTH, ["Richmond", "British Columbia"], gazetteer) == {"Richmond": "CAN"}


def test_a_council_town_under_mixed_press_cues_without_a_named_region_is_the_larger_town(gazetteer):
    assert press_towns(_BOTH, ["Richmond"], gazetteer) == {"Richmond": "USA"}


@pytest.mark.parametrize("other", ["Virginia", "United States"])
def test_a_named_state_or_country_of_the_other_press_keeps_its_town(gazetteer, other):
    assert press_towns(_BOTH, ["Richmond", other], gazetteer) == {"Richmond": "USA"}


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Students marched in Kent, Portage County, on Friday.", "Kent", "Ohio"),
    ("Flooding closed roads in Hollywood, Broward County, overnight.", "Hollywood", "Florida"),
    ("The fair was held in Springfield, Sangamon County, last week.", "Springfield", "Illinois"),
])
def test_a_county_qualifier_picks_the_reading_inside_it(nlp, gazetteer, text, name, admin1):
    found = {t.span.text: t.place for t in toponyms(nlp(text), gazetteer)}
    assert found[name].country == "USA" and found[name].admin1 == admin1


def test_a_county_qualifier_reaches_the_evaluator_path(nlp, gazetteer):
    from eventlens.where.locate import mention_qualifier
    from eventlens.where.resolve import resolve_names

    text = "Students marched in Kent, Portage County, on Friday."
    q = mention_qualifier(nlp(text), text.index("Kent"), text.index("Kent") + 4, gazetteer)
    assert q is not None and q.name == "Portage County"
    out = resolve_names(gazetteer, ["Kent", "Portage County"], qualifiers=[q, None])
    assert out[0].country == "USA" and out[0].admin1 == "Ohio"


def test_a_county_that_holds_no_town_of_the_name_qualifies_nothing(nlp, gazetteer):
    from eventlens.where.locate import mention_qualifier

    text = "Students marched in Kent, Broward County, on Friday."
    assert mention_qualifier(nlp(text), text.index("Kent"), text.index("Kent") + 4, gazetteer) is None


@pytest.mark.parametrize(("names", "expected"), [
    # a two-letter postal code in capitals is a region of the country the article's other names point to
    (["Perth", "Fremantle", "WA"], ("AUS", "Western Australia")),
    (["Seattle", "Tacoma", "WA"], ("USA", "Washington")),
    (["Dallas", "El Paso", "TX"], ("USA", "Texas")),
])
def test_a_postal_code_is_a_region_of_the_article_country(gazetteer, names, expected):
    from eventlens.where.resolve import resolve_names

    p = resolve_names(gazetteer, names, allow_demonym=True, fallback_to_focus=True)[-1]
    assert (p.country, p.name) == expected


def test_a_shared_region_code_after_a_town_is_the_region_that_holds_it(nlp, gazetteer):
    from eventlens.where.locate import mention_qualifier

    text = "A storm cut power to Bunbury, WA, late on Sunday."
    q = mention_qualifier(nlp(text), text.index("Bunbury"), text.index("Bunbury") + 7, gazetteer)
    assert q is not None and (q.country, q.name) == ("AUS", "Western Australia")
