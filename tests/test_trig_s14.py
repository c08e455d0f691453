"""Trigger coverage and false events, session 14 (trig; issue 3).

- Hosting is a visit or meeting only when people or talks are hosted: a games, an expo, a festival, a show or a
  debate hosted is no CONSULT (and its future is no AGREE).
- Raising the possibility of a coercive act named by a gerund ("of suspending talks") is a threat, as the noun
  form ("of sanctions") already was; a peaceful gerund ("of cutting interest rates") is nothing.
- A government, police or military speaker warning that the bare "police", "army" or "security forces" will act
  threatens (`roles.forces_will_clause`); an opposition speaker predicting the army's act does not, nor does a
  warning about another country's troops.

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events corpus.
"""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

from eventlens.events import roles

HOSTED_PEOPLE = [
    "The Zemblan president hosted his Karvanian counterpart in the capital on Tuesday.",
    "Peru hosted a delegation of Chilean ministers for two days of talks.",
    "The Kenyan president hosted Ugandan President Museveni at the state house.",
    "Norway hosted talks between the Karvanian government and the rebels.",
]


@pytest.mark.parametrize("text", HOSTED_PEOPLE)
def test_hosting_people_or_talks_is_consult(pipeline, text):
    assert_coded(pipeline, text, "CONSULT")


HOSTED_THINGS = [
    "The Zemblan president hosted a wedding party for his daughter in the capital.",
    "Karvania will host the regional football championship next year.",
    "The former minister hosts a weekly television show on a private channel.",
    "Peru hosted the international wine festival in Lima.",
    "The city of Zembla was chosen to host the world expo.",
]


@pytest.mark.parametrize("text", HOSTED_THINGS)
def test_hosting_an_event_is_no_consult(pipeline, text):
    for etype in ("CONSULT", "AGREE"):
        assert_not_coded(pipeline, text, etype)


THREATS_BY_GERUND = [
    ("Ecuador raised the possibility of suspending talks with Peru over the border row.", None),
    ("The Zemblan foreign minister raised the possibility of expelling Karvanian diplomats.", None),
    ("Ecuador floated the prospect of boycotting the regional summit in Lima.", None),
]


@pytest.mark.parametrize("text,_", THREATS_BY_GERUND)
def test_possibility_of_a_coercive_gerund_threatens(pipeline, text, _):
    assert_coded(pipeline, text, "THREATEN")


@pytest.mark.parametrize("text", [
    "The Zemblan finance minister raised the possibility of cutting interest rates.",
    "The Zemblan foreign minister raised the possibility of meeting his Karvanian counterpart.",
    "The Zemblan prime minister raised the possibility of resuming talks with the rebels.",
])
def test_possibility_of_a_peaceful_gerund_is_no_threat(pipeline, text):
    assert_not_coded(pipeline, text, "THREATEN")


FORCES_WARNINGS = [
    "The Zemblan interior ministry warned that police will break up any opposition rally in the capital.",
    "The Karvanian defence minister warned that the army would respond to any attack on the border posts.",
    "The Zemblan interior minister warned that security forces would disperse any unauthorised march.",
]


@pytest.mark.parametrize("text", FORCES_WARNINGS)
def test_official_warning_that_forces_will_act_threatens(pipeline, text):
    assert_coded(pipeline, text, "THREATEN")
    ev = next(e for e in code(pipeline, text) if e.event == "THREATEN")
    assert not any(r.text.lower().endswith(("police", "army", "forces")) for r in ev.recipient), \
        "the speaker's own forces are not the ones threatened"


@pytest.mark.parametrize("text", [
    "The Zemblan opposition leader warned that the army will seize power.",
    "The Zemblan central bank warned that the authorities would need more time to curb inflation.",
])
def test_forces_warning_needs_an_official_speaker_and_an_act(pipeline, text):
    assert_not_coded(pipeline, text, "THREATEN")


def test_forces_will_clause_rejects_named_forces(nlp):
    own = nlp("The minister warned that police would arrest the organisers.")
    other = nlp("The minister warned that Karvanian troops would invade the border region.")
    assert roles.forces_will_clause(next(t for t in own if t.lemma_ == "warn")) is not None
    assert roles.forces_will_clause(next(t for t in other if t.lemma_ == "warn")) is None


NOT_TOLERATED = [
    "The Prime Minister of Peru warned that Peru will not tolerate raids on its fishing fleet.",
    "The Egyptian president said Egypt would no longer tolerate attacks on its citizens abroad.",
    "The Kenyan interior minister said the government will not tolerate protests in Nairobi.",
]


@pytest.mark.parametrize("text", NOT_TOLERATED)
def test_will_not_tolerate_is_a_realised_threat(pipeline, text):
    assert_coded(pipeline, text, "THREATEN")


@pytest.mark.parametrize("text", [
    "The Zemblan regime does not tolerate dissent.",
    "The Kenyan government has tolerated the protests in Nairobi for weeks.",
    "Colombia complained that Venezuela tolerates rebel camps on its territory.",
])
def test_tolerating_or_a_habit_of_not_tolerating_is_no_threat(pipeline, text):
    assert_not_coded(pipeline, text, "THREATEN")


def test_will_not_reads_the_future_refusal_only(nlp):
    def verb(text):
        return next(t for t in nlp(text) if t.lemma_ == "tolerate")
    assert roles.will_not(verb("Peru will not tolerate incursions."))
    assert roles.will_not(verb("Peru would no longer tolerate incursions."))
    assert not roles.will_not(verb("Peru does not tolerate incursions."))
    assert not roles.will_not(verb("Peru will tolerate incursions."))


HEDGED_THREATS = [
    "Egypt said it may impose sanctions on Sudan.",
    "Egypt warned it could impose sanctions on Sudan.",
    "The Peruvian government said it might expel Chilean diplomats over the spying affair.",
]


@pytest.mark.parametrize("text", HEDGED_THREATS)
def test_a_coercive_act_its_maker_says_it_may_take_threatens(pipeline, text):
    assert_coded(pipeline, text, "THREATEN")


@pytest.mark.parametrize("text,etype", [
    ("Peru said it may send aid to Bolivia.", "THREATEN"),               # cooperation stays hypothetical
    ("Peru said Bolivia might attack the border posts.", "THREATEN"),    # a prediction about another
    ("Analysts said Peru may impose sanctions on Bolivia.", "THREATEN"),  # not the speaker's own act
    ("Egypt warned that it could lose its seat on the council.", "THREATEN"),
])
def test_hedged_acts_that_are_no_threat(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)


@pytest.mark.parametrize("text,etype", [
    ("Clashes in Mogadishu leave 12 dead.", "ASSAULT"),
    ("A shootout at a prison in Ciudad Zembla, Mexico, leaves 17 dead.", "ASSAULT"),
    ("Riots in Lagos leave 4 dead.", "PROTEST"),
])
def test_headline_toll_with_a_counted_state(pipeline, text, etype):
    assert_coded(pipeline, text, etype)


@pytest.mark.parametrize("text", [
    "Floods in Dhaka leave 30 dead.",
    "The election in Lagos leaves 3 dead.",
])
def test_headline_toll_without_an_attack_noun(pipeline, text):
    assert_not_coded(pipeline, text, "ASSAULT")


@pytest.mark.parametrize("text,etype", [
    ("Nigerian police to arrest editors if they print the leaked memo.", "THREATEN"),
    ("Peru to expel Chilean diplomats unless Santiago apologises.", "THREATEN"),
])
def test_headline_infinitive_with_a_condition_threatens(pipeline, text, etype):
    assert_coded(pipeline, text, etype)


@pytest.mark.parametrize("text", [
    "Peru to arrest protest leaders.",                   # no condition: a plan, not a warning
    "Peru to send aid to Bolivia if floods continue.",   # a conditional offer of help
])
def test_headline_infinitive_without_a_coercive_condition(pipeline, text):
    assert_not_coded(pipeline, text, "THREATEN")
