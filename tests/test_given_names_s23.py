"""Actors (session 23, issue 4): a man's or a woman's given name as the first word of a person's name ("Ana
Costa", "Carlos Rojas"; actor_words.yaml `male_given_names`, `female_given_names`) is evidence of gender, so a later
"she" or "he" skips the person of the other gender named nearer to it instead of taking the nearest name. Names and
sentences are invented.
"""

from __future__ import annotations

import datetime


def _pronoun_actor(text: str, pronoun: str) -> tuple[str | None, str | None]:
    from eventlens import api

    found = [(a.country, a.sector) for e in api.extract(text, datetime.date(2024, 3, 6)) for a in e.actor
             if a.text == pronoun]
    assert found, text
    return found[0]


def test_she_skips_a_man_named_after_the_woman():
    text = ("Brazilian minister Ana Costa held talks with Peruvian minister Carlos Rojas on Monday. "
            "She later criticised Chile.")
    assert _pronoun_actor(text, "She") == ("BRA", "GOV")


def test_he_skips_a_woman_named_after_the_man():
    text = ("Peruvian minister Carlos Rojas held talks with Brazilian senator Ana Costa on Monday. "
            "He later criticised Chile.")
    assert _pronoun_actor(text, "He") == ("PER", "GOV")


def test_a_name_given_to_both_sexes_is_no_evidence():
    from eventlens.actors.memory import GIVEN_NAME_GENDER

    assert "jean" not in GIVEN_NAME_GENDER and "andrea" not in GIVEN_NAME_GENDER
    assert GIVEN_NAME_GENDER["ana"] == "f" and GIVEN_NAME_GENDER["carlos"] == "m"


def test_the_nearest_person_stays_without_evidence():
    text = ("Brazilian minister Tiago Costa held talks with Peruvian minister Ana Rojas on Monday. "
            "She later criticised Chile.")
    assert _pronoun_actor(text, "She") == ("PER", "GOV")


def test_a_given_name_the_model_left_out_of_the_name_counts(pipeline):
    doc = next(iter(pipeline.parse(["Ana Pell met Tom Ruiz in Lima. He accused the government of fraud."])))
    mem = pipeline.resolver.start_article(doc)
    assert sorted((p.surname, p.gender) for p in mem.persons) == [("Pell", "f"), ("Ruiz", "m")]
