"""Role spans, session 13. An attack noun that is the subject of a verb of harm ("an attack by X killed 12
soldiers") passes its own agent to the verb and takes the verb's object as its target; a past form the small
model hangs on the last noun of the root noun's phrase ("A bombing by the rebels | killed ...") is the main
verb when it has an object of its own. Every sentence here is written for this test; none comes from the
seed or a gold set."""

from __future__ import annotations

import pytest
from coverage_checks import code, top_event

pytest.importorskip("spacy")


def _assaults(pipeline, text: str) -> list:
    return [e for e in code(pipeline, text) if e.event == "ASSAULT"]


# --- an attack noun as the subject of a verb of harm ------------------------------------------------


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("An attack by Taliban fighters killed 12 Afghan soldiers in Kandahar.", "Taliban fighters", "12 Afghan soldiers"),
    ("A car bombing by the rebels killed at least 40 displaced people in eastern Chad.", "the rebels",
     "at least 40 displaced people in eastern Chad"),
    ("A raid by the Kenyan army destroyed three militant camps near the border.", "the Kenyan army",
     "three militant camps"),
])
def test_the_agent_of_an_attack_subject_harmed_its_object(pipeline, text, actor, recipient):
    events = _assaults(pipeline, text)
    assert events, text
    # one record carries both: the attacker and the people or things harmed
    assert any(actor in [a.text for a in e.actor] and any(r.text.startswith(recipient) for r in e.recipient)
               for e in events), [(e.actor, e.recipient) for e in events]


def test_the_attack_subject_harm_has_no_place_recipient(pipeline):
    # the people killed are the target: the town named for where it happened is no longer made the recipient
    top = top_event(pipeline, "A bombing by the militia killed nine villagers in Kismayo on Sunday.")
    assert top.event == "ASSAULT"
    assert [r.text for r in top.recipient] == ["nine villagers in Kismayo"]
    assert [a.text for a in top.actor] == ["the militia"]


def test_a_modifier_of_the_attack_is_not_split_off_the_subject(pipeline):
    # "a Russian missile strike": the modifier already gives the subject its country; no `by` phrase to lift
    events = _assaults(pipeline, "A Russian missile strike killed ten civilians in Kharkiv.")
    assert events
    assert all("Russian" != a.text for e in events for a in e.actor), [e.actor for e in events]
    assert any(a.country == "RUS" for e in events for a in e.actor)


def test_a_verb_of_consequence_does_not_take_the_attack_agent(pipeline):
    # "sparked protests": the attack's agent did not protest; no protest record names the militia as actor
    events = code(pipeline, "An attack by the militia sparked angry protests in the capital.")
    assert not any(e.event == "PROTEST" and any(a.text == "the militia" for a in e.actor) for e in events)


def test_a_reduced_passive_relative_without_object_stays_passive(pipeline):
    # "the rebels killed in the raid": a participle with no object of its own is still a passive modifier
    events = code(pipeline, "Officials counted the rebels killed in the raid by government troops.")
    for e in events:
        if e.event == "ASSAULT":
            assert "the rebels" not in [a.text for a in e.actor], e.actor


# --- "U.S.-led": the abbreviation is split off its hyphenated compound --------------------------------


def test_an_abbreviation_before_a_hyphen_is_its_own_token(pipeline):
    doc = pipeline.nlp("The U.S.-led coalition and a U.N.-backed mission met U.S.-Mexico border officials.")
    words = [t.text for t in doc]
    assert words[1:4] == ["U.S.", "-", "led"], words
    assert "U.N." in words and "backed" in words
    assert "Mexico" in words
    # the abbreviation is then the ruler's entity, as "US" is in "US-led"
    assert any(t.text == "U.S." and t.ent_id_ == "country:USA" for t in doc)


@pytest.mark.parametrize("text", ["The meeting ended at 5 p.m.-ish on Monday.", "Scores rose 3.-4. in the table.",
                                  "The Saudi-led coalition struck the port."])
def test_other_hyphens_are_tokenized_as_before(pipeline, text):
    from spacy.lang.en import English

    # only a hyphen after a capital's period differs from spaCy's own English rules
    assert [t.text for t in pipeline.nlp.make_doc(text)] == [t.text for t in English().make_doc(text)]


def test_a_us_led_force_has_its_leader_country(pipeline):
    # the same as "US-led": the leader's country, now that the abbreviation is a token of its own
    top = top_event(pipeline, "The U.S.-led coalition dispatched troops to the northern province of Balkh.")
    assert top.event == "MOBILIZE"
    assert [a.country for a in top.actor] == ["USA"]


# --- aid: the `to` phrase of the aid noun inside the object ---------------------------------------------


def test_the_to_phrase_of_an_aid_noun_in_the_object_is_the_recipient(pipeline):
    top = top_event(pipeline, "Finland annually provides 12 million euros in bilateral aid to the Haitian people.")
    assert top.event == "AID"
    assert [(r.text, r.country) for r in top.recipient] == [("the Haitian people", "HTI")]


def test_a_to_phrase_of_a_thing_that_is_no_aid_noun_is_not_taken(pipeline):
    # "a trip to the mountains" is no giving to the mountains: only aid nouns (roles.yaml to_nouns) pass on
    # their `to` phrase
    events = code(pipeline, "Finland provided 12 million euros in grants for a trip to the northern villages.")
    for e in events:
        if e.event == "AID":
            assert "the northern villages" not in [r.text for r in e.recipient], e.recipient


# --- an unnamed site hit abroad is of the place, not of the attacker ----------------------------------


@pytest.mark.parametrize(("text", "site", "country"), [
    ("Russian warplanes bombed a hospital in Idlib on Monday.", "a hospital", "SYR"),
    ("Russian forces shelled a school in Mariupol overnight.", "a school", "UKR"),
])
def test_an_unnamed_site_attacked_abroad_has_the_place_country(pipeline, text, site, country):
    top = top_event(pipeline, text)
    assert top.event == "ASSAULT"
    assert (site, country) in [(r.text, r.country) for r in top.recipient], top.recipient


def test_an_unnamed_site_at_home_keeps_the_actor_country(pipeline):
    # raided in their own country: nothing to move
    top = top_event(pipeline, "Russian police raided the offices of a charity in Moscow.")
    assert all(r.country in {"RUS", None} for r in top.recipient), top.recipient
