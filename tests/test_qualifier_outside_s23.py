"""Session 23 (issue 5, places): a name written with a first-level region after it ("X, Ontario") none of
whose readings lies in that region's country, in an article about that country, is a town the gazetteer
lacks there: the region itself is the answer the evaluator gives (`where.resolve.town_lacking_in`), not a
namesake abroad. All names and combinations are invented for these tests."""

from __future__ import annotations

from eventlens.where.resolve import resolve_names, town_lacking_in


def _region(gazetteer, name: str, iso3: str):
    return next(p for p in gazetteer.lookup(name) if p.feature == "A.ADM1" and p.country == iso3)


def test_a_town_with_no_reading_in_the_qualifier_s_country_is_the_region(gazetteer):
    ontario = _region(gazetteer, "Ontario", "CAN")
    # no Lowestoft in Canada: the English town is a namesake, the Ontario one is missing from the gazetteer
    names = ["Lowestoft", "Ontario", "Toronto", "Ottawa", "Canada"]
    out = resolve_names(gazetteer, names, qualifiers=[ontario, None, None, None, None], fallback_to_focus=True)
    assert out[0] == ontario
    # unqualified, the name keeps its English reading
    assert resolve_names(gazetteer, names, fallback_to_focus=True)[0].country == "GBR"


def test_a_name_the_gazetteer_lacks_written_with_its_province_is_there(gazetteer):
    ontario = _region(gazetteer, "Ontario", "CAN")
    names = ["Quillbrook Hollow", "Toronto", "Ottawa"]
    out = resolve_names(gazetteer, names, qualifiers=[ontario, None, None], fallback_to_focus=True)
    assert out[0] == ontario


def test_town_lacking_in(gazetteer):
    ontario = _region(gazetteer, "Ontario", "CAN")
    lowestoft = [p for p in gazetteer.lookup("Lowestoft")]
    kingston = [p for p in gazetteer.lookup("Kingston")]
    assert town_lacking_in(ontario, lowestoft, {"CAN": 1.0})
    # a reading in the region's country: a list of names or another town of that country, not a missing town
    assert not town_lacking_in(ontario, kingston, {"CAN": 1.0})
    # an article not about that country gives the qualifier no weight
    assert not town_lacking_in(ontario, lowestoft, {"GBR": 1.0, "CAN": 0.2})
