"""s14 drone: an attack noun whose weapon a state modifies ("a Zorland Predator drone attack") gives one ASSAULT
record, the state's military acting, the victims of the place's country (not the attacker's)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2020, 1, 1)


def _assaults(text):
    return [e for e in api.extract(text, PUB) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, actor, place", [
    ("A US Predator drone attack killed six militants in North Waziristan.", "USA", "PAK"),
    ("A French Reaper drone attack killed four fighters in Mali.", "FRA", "MLI"),
])
def test_chained_state_on_weapon_one_record(text, actor, place):
    evs = _assaults(text)
    assert len(evs) == 1
    ev = evs[0]
    assert [(a.country, a.sector) for a in ev.actor] == [(actor, "MIL")]
    assert ev.recipient and all(r.country == place for r in ev.recipient)


def test_victims_in_place_phrase_not_attackers_country():
    # the recipient names only where the victims are: it must not take the attacking state's country
    evs = _assaults("A US drone attack killed six militants in North Waziristan.")
    assert evs and all(r.country != "USA" for e in evs for r in e.recipient)


def test_domestic_forces_keep_country():
    evs = _assaults("Nigerian troops killed 20 militants in Borno.")
    assert evs and evs[0].recipient[0].country == "NGA"


def test_city_modifier_is_still_a_place():
    # "a Kabul police raid": a city is where, not a state acting through a weapon
    evs = [e for e in api.extract("A Kabul police raid killed two men.", PUB)]
    assert all(a.country != "USA" for e in evs for a in e.actor)


def test_attack_noun_parsed_as_adverb_one_record():
    # the parser hangs "shelling" on the verb as an adverb: one record, the state's military acting
    evs = _assaults("Russian shelling wounded four people in Kharkiv.")
    assert len(evs) == 1
    assert [(a.country, a.sector) for a in evs[0].actor] == [("RUS", "MIL")]
    assert evs[0].recipient and evs[0].recipient[0].country == "UKR"


def test_unmodified_shelling_names_no_actor():
    evs = _assaults("Heavy shelling wounded four people in Kharkiv.")
    assert len(evs) == 1 and not evs[0].actor


def test_drone_subject_of_misparsed_attempts():
    # "attempts" taken for a plural noun with "drone" as its subject: the drone's state tries to kill
    evs = _assaults("A Turkish unmanned drone attempts to kill three fighters in Syria.")
    assert len(evs) == 1
    assert [(a.country, a.sector) for a in evs[0].actor] == [("TUR", "MIL")]
    assert all(r.country != "TUR" for r in evs[0].recipient)


def test_bombing_without_agent_stays_actorless():
    evs = _assaults("A suicide bombing killed five soldiers in Kabul.")
    assert len(evs) == 1 and not evs[0].actor


def test_multiword_state_on_attack_is_military():
    evs = _assaults("A United States drone attack killed six people in northwest Pakistan.")
    assert len(evs) == 1
    assert [(a.country, a.sector) for a in evs[0].actor] == [("USA", "MIL")]
    assert evs[0].recipient[0].country == "PAK"
