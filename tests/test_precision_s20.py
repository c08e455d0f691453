"""s20 precision (issue 3): habits told in relative clauses, infinitives that say what a thing is for, and three
lexicon gaps on political items (criminal proceedings, heavy weapons used, places of worship destroyed).

Invented sentences (generic names, no gold or seed wording)."""
from datetime import date

import pytest
from conftest import REALISED, realised_types

from eventlens import api

PUB = date(2024, 5, 1)


def _modalities(text: str, event: str) -> set[str]:
    return {e.modality for e in api.extract(text, PUB) if e.event == event}


# -- a simple-present relative clause tells what its noun habitually does, not an act in the news
@pytest.mark.parametrize(("text", "event"), [
    ("Foreign vloggers who praise the Zembian government quickly win large audiences.", "SUPPORT"),
    ("Officials warned that gangs who abduct tourists will face long prison terms.", "ASSAULT"),
])
def test_habitual_relative_clause_is_not_realised(text: str, event: str) -> None:
    found = _modalities(text, event)
    assert found and not found & REALISED


@pytest.mark.parametrize(("text", "event"), [
    # the same clause in the past, or under a headline's present main verb, is an act
    ("The militia, which attacked a convoy on the coastal highway, said on Monday it had captured the port.", "ASSAULT"),
    ("Police arrest the gunmen who storm a bank in the capital.", "ASSAULT"),
    # the noun is not the actor: a stance held now ("migrants whom the government blames for the unrest")
    ("Police beat hundreds of migrants, whom the government blames for the riots, the group said on Monday.", "ACCUSE"),
])
def test_past_or_headline_relative_clause_stays_realised(text: str, event: str) -> None:
    assert _modalities(text, event) & REALISED


# -- a "to" infinitive on a noun tells what the thing is for: the act is an aim, not done
@pytest.mark.parametrize(("text", "event"), [
    ("The other goal is a buffer zone to repatriate Afghan refugees.", "RETREAT"),
    ("Lawmakers debated a measure to expel the American soldiers.", "COERCE"),
    ("The town is a staging point to attack the rebel villages.", "ASSAULT"),
])
def test_purpose_infinitive_of_a_noun_is_not_realised(text: str, event: str) -> None:
    assert not _modalities(text, event) & REALISED


def test_attempted_attack_stays_an_attack() -> None:
    # an attempt to kill is an attack all the same (the attempt rule comes first)
    assert "ASSAULT" in realised_types("An attempt to assassinate the provincial governor was foiled on Sunday, police said.", PUB)


def test_ranked_noun_infinitive_is_a_deed() -> None:
    # "the only country to expel" tells what the country did
    assert "SANCTION" in realised_types("Colombia is the only country to expel the Russian ambassador.", PUB)


# -- lexicon: criminal proceedings (lemma "proceeding"), heavy weapons used, worship places destroyed
def test_criminal_proceedings_opened_against_someone_accuse() -> None:
    assert "ACCUSE" in realised_types("Prosecutors in Bern opened criminal proceedings against the former finance minister.", PUB)


@pytest.mark.parametrize("text", [
    "Activists said the air force used barrel bombs on the besieged town.",
    "The army used artillery against rebel positions near the border.",
])
def test_heavy_weapons_used_assault(text: str) -> None:
    assert "ASSAULT" in realised_types(text, PUB)


def test_tools_used_are_no_assault() -> None:
    assert "ASSAULT" not in realised_types("Police used drones and dogs to search the forest for the missing hikers.", PUB)


def test_shrine_destroyed_by_militants_is_assault() -> None:
    assert "ASSAULT" in realised_types("Militants destroyed an ancient shrine outside the town last week.", PUB)


def test_shrine_destroyed_by_an_earthquake_is_no_event() -> None:
    assert not realised_types("The earthquake destroyed an ancient shrine outside the town.", PUB)


# -- a court sentence is also a detention (COERCE arrest) only when it is a prison term
def test_sentence_without_a_prison_term_is_no_arrest() -> None:
    assert "COERCE" not in realised_types("A former adviser to the prime minister was sentenced in a federal court on Friday.", PUB)


def test_prison_sentence_is_an_arrest_too() -> None:
    assert {"SANCTION", "COERCE"} <= realised_types("A court sentenced the activist to five years in prison on Monday.", PUB)


# -- an act placed in a decade long gone is background (historical), not the news
def _modality_of(text: str, event: str) -> set[str]:
    return {e.modality for e in api.extract(text, PUB) if e.event == event}


def test_act_in_a_past_decade_is_historical() -> None:
    assert _modality_of("Soldiers massacred hundreds of villagers in the province during the 1980s.", "ASSAULT") == {"historical"}


def test_decade_in_a_nested_clause_does_not_date_the_act() -> None:
    assert _modality_of("The militia, which was founded in the 1990s, shelled the town on Monday.", "ASSAULT") == {"asserted"}
