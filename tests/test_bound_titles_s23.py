"""Actors (session 23, issue 4): an office only one state has ("Taoiseach", "Chief Cabinet Secretary"; sectors.yaml
groups with a `country`) and a national party named in a person's or group's phrase ("a BJP leader", "GOP senators";
institutions.tsv) say whose the party is, where before the article's focus (often the other party's country) or
nothing did. Names and sentences are invented.
"""

from __future__ import annotations

import datetime


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    from eventlens import api

    return [(a.text, a.country, a.sector) for e in api.extract(text, datetime.date(2024, 3, 6)) for a in e.actor]


def test_a_one_state_title_before_a_name_gives_that_state():
    found = _actors("Taoiseach Sean Brady met the Kenyan president in Nairobi on Monday.")
    assert ("Taoiseach Sean Brady", "IRL", "GOV") in found, found


def test_a_one_state_title_without_a_name_gives_that_state():
    found = _actors("The Chancellor of the Exchequer urged Brazil to cut its tariffs on Tuesday.")
    assert found == [("The Chancellor of the Exchequer", "GBR", "GOV")], found


def test_a_one_state_title_outranks_the_country_acted_on():
    found = _actors("Chief Cabinet Secretary Kenji Mori criticised China for the naval incursion.")
    assert found == [("Chief Cabinet Secretary Kenji Mori", "JPN", "GOV")], found


def test_a_national_party_gives_its_member_the_party_country():
    found = _actors("Senior BJP leader Ravi Kumar accused Pakistan of sponsoring the attacks.")
    assert found == [("Senior BJP leader Ravi Kumar", "IND", "PTY")], found


def test_a_national_party_gives_a_group_its_country():
    found = _actors("Three GOP senators urged Ukraine to fight corruption.")
    assert [(t, c) for t, c, _ in found] == [("Three GOP senators", "USA")], found


def test_a_group_country_must_be_an_iso3_code():
    import pytest

    from eventlens.actors.sectors import SectorLexicon
    from eventlens.actors.tables import english_tokenizer, lexicon_dir
    from eventlens.yamlload import safe_load

    data = safe_load((lexicon_dir() / "sectors.yaml").read_text(encoding="utf-8"))
    data["groups"] = [*data["groups"], {"name": "bad", "sector": "GOV", "country": "Ireland", "terms": ["Xyzzy"]}]
    with pytest.raises(ValueError, match="ISO3"):
        SectorLexicon.from_dict(data, english_tokenizer())
