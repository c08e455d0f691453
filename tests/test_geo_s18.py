"""Session 18 (issue 5, places): toponym ranking. A name the gazetteer lacks lies where the article's other
names were finally read, not where most of their namesakes lie; and a town lifted only by its country's
focus yields a bare name to a metropolis abroad many times its size. All name lists are invented."""

from __future__ import annotations

from eventlens.where.resolve import resolve_names

UNKNOWN = "Hollowmere Lane"  # no place of that name: answered by the article's other names


def test_an_unknown_name_lies_in_the_country_of_the_other_names_final_reading(gazetteer):
    # "Manchester" reads as the English city, though many US towns share the name and so pull its vote.
    got = resolve_names(gazetteer, ["Manchester", UNKNOWN], fallback_to_focus=True)
    assert got[0] is not None and got[0].country == "GBR"
    assert got[1] is not None and got[1].country == "GBR"


def test_an_unknown_name_still_follows_a_demonym_as_one_cue(gazetteer):
    got = resolve_names(gazetteer, ["Kenyan", "Kenyans", "Nakuru", UNKNOWN], allow_demonym=True,
                        fallback_to_focus=True)
    assert got[-1] is not None and got[-1].country == "KEN"


def test_a_town_lifted_only_by_its_country_yields_to_a_metropolis_abroad(gazetteer):
    # A US state elsewhere in the list puts the US in focus, but not the Alabama town's own state.
    got = resolve_names(gazetteer, ["Texas", "Sheffield"])
    assert got[1] is not None and got[1].country == "GBR"


def test_a_town_in_the_state_the_article_names_keeps_the_name(gazetteer):
    got = resolve_names(gazetteer, ["Alabama", "Sheffield"])
    assert got[1] is not None and (got[1].country, got[1].admin1) == ("USA", "Alabama")
