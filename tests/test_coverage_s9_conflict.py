"""Conflict-side coding found by reading Current Events items and ConfliBERT's training sentences (session 9):
constructions a news writer uses across stories, each with sentences of our own (other words and names than
the sentences read), the type (and mode) they must get, and near-misses that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # hand-to-hand violence beside 'beat': slapping, clubbing, flogging a person
    ("A prison guard in Tabriz slapped a hunger-striking inmate.", "ASSAULT", "beat"),
    ("Riot police clubbed marchers near the parliament in Tbilisi.", "ASSAULT", "beat"),
    ("Taliban fighters flogged two shopkeepers in a square in Kandahar.", "ASSAULT", "beat"),
    # a candidate beaten outside a vote count
    ("Masked men beat an opposition candidate at his campaign office in Kampala.", "ASSAULT", "beat"),
    # homes demolished or bulldozed by the state: COERCE destroy (the GSR's coding), not an armed attack
    ("Egyptian troops bulldozed dozens of homes along the Rafah border.", "COERCE", "destroy"),
    ("Israeli forces demolished the family home of a Palestinian gunman in Nablus.", "COERCE", "destroy"),
    # protesters tearing a building down still riot
    ("The governor's building was demolished by protesters in Osh.", "PROTEST", "riot"),
    # missiles or mortars launched or lobbed AT or INTO a target
    ("Houthi rebels launched three missiles at an oil facility in Jizan.", "ASSAULT", "heavy-weapons"),
    ("Militants lobbed mortars at an army compound near Kismayo.", "ASSAULT", "heavy-weapons"),
    # a delegation walking out of talks halts them (CAMEO 164)
    ("The Armenian delegation walked out of the peace talks in Geneva.", "SANCTION", "withdraw"),
    # a mediator ending or suspending its mediation (CAMEO 165)
    ("Egypt ended its mediation between the two Palestinian factions.", "SANCTION", "withdraw"),
    ("The Kenyan envoy suspended mediation efforts between the South Sudanese rivals.", "SANCTION", "withdraw"),
    # journalists' accreditation revoked: censorship
    ("Moscow revoked the accreditation of two Dutch correspondents.", "COERCE", "censor"),
    # a party dissolved or an organisation banned as extremist
    ("The supreme court in Cambodia dissolved the main opposition party.", "COERCE", "ban"),
    ("A court in Moscow banned Greenpeace as an extremist organisation.", "COERCE", "ban"),
    # more insults as the object's predicate
    ("The Philippine president called the European lawmakers idiots.", "ACCUSE", "disapprove"),
    ("The Turkish leader called the Israeli offensive cowardice.", "ACCUSE", "disapprove"),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session9_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # the winner of a vote 'beating' the runner-up; a sports result
    ("The Labour candidate won the seat in Leeds, beating the Conservative candidate by 4,000 votes.", "ASSAULT"),
    # a developer's demolition is building work
    ("A property developer demolished the old cinema in downtown Lagos to build flats.", "COERCE"),
    # a missile test into the sea, a missile test-fired, a launch at dawn: no target
    ("North Korea fired a missile into the sea off its east coast on Sunday.", "ASSAULT"),
    ("Pakistan test-fired a nuclear-capable cruise missile on Thursday.", "ASSAULT"),
    ("The rocket was launched at dawn from a base in Kazakhstan.", "ASSAULT"),
    # workers walking out of a pay meeting are no delegation halting talks
    ("Striking dockworkers walked out of the meeting with port managers in Rotterdam.", "SANCTION"),
    # efforts ended that are no mediation
    ("The Indian central bank ended efforts to prop up the rupee.", "SANCTION"),
    # a parliament dissolved for an election; a bank's licence revoked
    ("The prime minister dissolved parliament and called a snap election in Tokyo.", "COERCE"),
    ("The regulator revoked the licence of a failed bank in Nairobi.", "COERCE"),
    # a participle naming a force by what it does reports no occupation
    ("A Syrian official blamed the occupying forces for the shortages in Raqqa.", "COERCE"),
    # a project called a gamble is no insult
    ("The mayor called the new stadium plan a gamble in Kiev.", "ACCUSE"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session9_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)
