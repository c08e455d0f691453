"""Role and actor resolution, session 9: posts and vehicles named by the body that owns them ("a military
base"), and an unnamed armed body of the place where it is attacked. Every sentence here is written for this
test; none comes from the seed or a gold set."""

from __future__ import annotations

import pytest
from coverage_checks import extracted, parties, top_event

pytest.importorskip("spacy")


# --- a post or vehicle belongs to the body its modifier names, adjective or noun ----------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed herders raided a military outpost in Plateau state overnight.",
     ("a military outpost in Plateau state", "NGA", "MIL")),  # s12: a site acted on keeps its place
    ("Separatist fighters ambushed a naval patrol boat off the coast of Cameroon.", None),
    ("Masked gunmen stormed a police station in Balochistan on Sunday.", ("a police station", "PAK", "COP")),
    ("Insurgents shelled an army checkpoint in Kunduz before dawn.", ("an army checkpoint in Kunduz", "AFG", "MIL")),
])
def test_a_post_takes_the_sector_of_the_body_that_owns_it(pipeline, text, expected):
    top = top_event(pipeline, text)
    assert top.event == "ASSAULT"
    if expected is None:
        assert any(r.sector == "MIL" for r in top.recipient)
    else:
        assert expected in parties(top.recipient)
    # the province is where it happened, not a second party
    assert all(r.sector for r in top.recipient)


def test_an_adjective_on_a_thing_that_is_not_a_post_still_only_describes_it(pipeline):
    # near miss: "military" on aid or an exercise says what kind, not whose
    top = top_event(pipeline, "Norway sent military aid to Lithuania last week.")
    assert not any(r.sector == "MIL" and "aid" in r.text for r in top.recipient)


def test_a_base_attacked_abroad_is_of_the_place_not_of_the_attackers(pipeline):
    # the attackers are Chadian; the base they hit lies in a Cameroonian region, so it is not Chad's
    top = top_event(pipeline, "Chadian rebels attacked a military base in Cameroon's Far North region on Monday.")
    assert top.event == "ASSAULT"
    assert [(r.country, r.sector) for r in top.recipient] == [("CMR", "MIL")]


def test_owned_things_come_from_sectors_yaml(pipeline):
    sectors = pipeline.resolver.tables.sectors
    assert {"base", "checkpoint", "convoy"} <= sectors.owned_things
    assert "aid" not in sectors.owned_things


# --- parse repairs: a phrase after coordinated nouns, a `to` phrase hung inside the object --------------


def test_a_phrase_after_coordinated_attack_nouns_names_their_target(pipeline):
    top = top_event(pipeline, "The army launched air and artillery strikes on rebel camps in Darfur.")
    assert top.event == "ASSAULT"
    assert [(r.text, r.country, r.sector) for r in top.recipient] == [("rebel camps in Darfur", "SDN", "REB")]


def test_a_to_phrase_hung_on_the_last_noun_of_the_object_is_the_aid_recipient(pipeline):
    for text in ("Denmark sent medical supplies and a team of nurses to Jordan on Friday.",
                 "Denmark has sent thirty armoured jeeps and a team of nurses to Jordan to help the country."):
        top = top_event(pipeline, text)
        assert top.event == "AID"
        assert [(r.text, r.country) for r in top.recipient] == [("Jordan", "JOR")]


def test_an_unnamed_destination_hung_inside_the_object_is_not_a_recipient(pipeline):
    # near miss: "the flooded districts" is where the team goes, and names nobody
    top = top_event(pipeline, "Denmark sent medical supplies and a team of nurses to the flooded districts.")
    assert top.event == "AID"
    assert not any("district" in r.text for r in top.recipient)


# --- a dateline the parser makes a subject is no actor ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("LUSAKA, Zambia (AP) — Zambian police detained four opposition organisers on Tuesday.",
     ("Zambian police", "ZMB", "COP")),
    ("HARARE (Reuters) - Zimbabwean soldiers arrested a union leader overnight.", ("Zimbabwean soldiers", "ZWE", "MIL")),
])
def test_a_dateline_before_a_dash_is_not_the_actor(pipeline, text, expected):
    top = top_event(pipeline, text)
    assert top.event == "COERCE"
    assert parties(top.actor) == [expected]


def test_a_dateline_before_a_passive_subject_is_not_the_patient(pipeline):
    top = top_event(pipeline, "MOGADISHU, Somalia (AP) — Two Somali lawmakers were shot dead by gunmen on Sunday.")
    assert [(r.text, r.country) for r in top.recipient] == [("Two Somali lawmakers", "SOM")]


def test_an_opening_subject_with_no_dash_after_it_stays_the_actor(pipeline):
    # near miss: a capitalised subject and no dateline mark
    top = top_event(pipeline, "Zambian police detained four opposition organisers in Lusaka on Tuesday.")
    assert parties(top.actor) == [("Zambian police", "ZMB", "COP")]


# --- an envoy a state acts on is not of that state unless the text says so -----------------------------


@pytest.mark.parametrize("text", [
    "Chile summoned the envoy on Thursday over the arrest of its nationals.",
    "Peru expelled a diplomat from the embassy in Lima after the raid.",
])
def test_an_envoy_acted_on_by_a_state_does_not_take_its_country(pipeline, text):
    top = top_event(pipeline, text)
    envoys = [r for r in top.recipient if "envoy" in r.text or "diplomat" in r.text]
    assert envoys and all(r.country is None for r in envoys)
    assert all(r.sector == "GOV" for r in envoys)


def test_an_envoy_whose_phrase_names_the_country_keeps_it(pipeline):
    # near misses: the phrase says whose envoy it is
    top = top_event(pipeline, "The Chilean foreign ministry summoned the Chilean ambassador to Madrid for talks.")
    assert [(r.text, r.country) for r in top.recipient if "ambassador" in r.text] == [("the Chilean ambassador", "CHL")]
    top = top_event(pipeline, "Chile summoned Argentina's charge d'affaires on Thursday.")
    assert [(r.country, r.sector) for r in top.recipient] == [("ARG", "GOV")]


def test_an_attache_is_a_diplomat(pipeline):
    sectors = pipeline.resolver.tables.sectors
    assert {"attache", "ambassador", "envoy"} <= sectors.envoys
    top = top_event(pipeline, "Russia expelled the Dutch military attache on Friday.")
    assert [(r.country, r.sector) for r in top.recipient] == [("NLD", "GOV")]


# --- "were expelled from X" with no by-agent: X expelled them --------------------------------------------


def test_a_passive_expulsion_from_a_state_is_that_states_act(pipeline):
    top = top_event(pipeline, "Four Danish aid workers were expelled from Eritrea last month.")
    assert [(a.text, a.country) for a in top.actor] == [("Eritrea", "ERI")]
    assert [r.country for r in top.recipient] == ["DNK"]
    assert not any(r.text == "Eritrea" for r in top.recipient)


def test_a_passive_expulsion_from_a_place_that_is_no_state_has_no_actor_from_it(pipeline):
    # near miss: a hostel is not a state, and nobody is named who expelled them
    events = extracted(pipeline, "Four Danish aid workers were expelled from their hostel in Asmara.")
    assert all(not e.actor for e in events)


# --- a time the parser hangs on the front of a phrase is not part of who ----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("On 12 March Ghana's Supreme Court rejected an appeal by the opposition.", "Ghana's Supreme Court"),
    ("Hours later Ghanaian police arrested the two organisers.", "Ghanaian police"),
])
def test_a_leading_time_is_cut_from_the_actor(pipeline, text, expected):
    top = top_event(pipeline, text)
    assert [a.text for a in top.actor] == [expected]


def test_a_date_inside_a_name_stays(pipeline):
    # near miss: the date is the head's own name, not a time hung on it
    top = top_event(pipeline, "The April 6 Youth Movement protested in Cairo on Friday.")
    assert [a.text for a in top.actor] == ["The April 6 Youth Movement"]


# --- "X-backed" names the backer, not whose the actor is -------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Ethiopia-backed militiamen attacked a village near Baidoa.", "SOM"),
    ("Rwanda-backed rebels captured the town of Goma on Sunday.", "COD"),
])
def test_a_backer_named_with_a_hyphen_does_not_give_the_actor_its_country(pipeline, text, expected):
    top = top_event(pipeline, text)
    assert top.actor and top.actor[0].country == expected
    assert all(a.country not in {"ETH", "RWA"} for a in top.actor + top.recipient)


def test_a_leader_named_with_a_hyphen_still_gives_its_country(pipeline):
    # near miss: "-led" names whose the coalition is
    top = top_event(pipeline, "The Nigeria-led force attacked rebel camps near the border with Niger.")
    assert [a.country for a in top.actor] == ["NGA"]
    assert "backed" in pipeline.resolver.tables.sectors.backed_by


# --- sectors: those who lead or organise a protest are civilians, not a government -----------------------


@pytest.mark.parametrize(("text", "role", "expected"), [
    ("Hours later Ghanaian police arrested the two organisers.", "recipient", ("the two organisers", "CVL")),
    ("Protest leaders in Accra agreed to call off the march.", "actor", ("Protest leaders in Accra", "CVL")),
])
def test_protest_organisers_and_leaders_are_civilians(pipeline, text, role, expected):
    top = top_event(pipeline, text)
    side = top.recipient if role == "recipient" else top.actor
    assert expected in [(p.text, p.sector) for p in side]


def test_a_party_leader_is_still_of_the_party(pipeline):
    # near miss: "leaders" of a named party keep the party's sector
    top = top_event(pipeline, "Leaders of the Ghanaian opposition party agreed to call off the march.")
    assert all(a.sector != "CVL" for a in top.actor)


# --- "its staff in X": the owner "its" names comes before the place; people named only as individuals ---


def test_its_staff_abroad_are_of_the_state_its_stands_for(pipeline):
    top = top_event(pipeline, "Norway has withdrawn half of its embassy staff in Venezuela this week.")
    assert [(r.country, r.sector) for r in top.recipient] == [("NOR", "GOV")]
    # near miss: staff with no owner keep the country their phrase names
    top = top_event(pipeline, "Norway withdrew the embassy staff of Venezuela on Monday.")
    assert all(r.country != "NOR" for r in top.recipient)


def test_individuals_charged_are_civilians(pipeline):
    top = top_event(pipeline, "Ghana's attorney general charged 35 individuals with customs fraud.")
    assert top.event == "ACCUSE"
    assert [(r.text, r.sector) for r in top.recipient] == [("35 individuals", "CVL")]
