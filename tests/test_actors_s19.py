"""Actor countries (session 19, issue 4), each rule found in the hand-judged tune half:

- a country in a relation noun's `of` phrase in a person's descriptor ("X is a critic of Norway") is the other
  side's, not the person's own: the person keeps the country written in another descriptor.
Names and sentences are invented.
"""

from __future__ import annotations


def _person_country(nlp, resolver, text: str, name: str) -> str | None:
    memory = resolver.start_article(nlp(text))
    return next(p.country for p in memory.persons if p.name == name)


def test_critic_of_a_country_is_not_of_that_country(nlp, resolver):
    text = ("Trade adviser Ellen Markby left the cabinet on Friday. Markby was a fierce critic of Norway. "
            "Markby earlier served as the Danish envoy to the World Bank.")
    assert _person_country(nlp, resolver, text, "Ellen Markby") == "DNK"


def test_opponent_of_a_country_gives_no_country(nlp, resolver):
    text = "Senior adviser Tomas Brevik resigned on Monday. Brevik is a long-time opponent of Cuba."
    assert _person_country(nlp, resolver, text, "Tomas Brevik") != "CUB"


# -- an office-holder without a country in an article about two countries ---------------------------------------

def _parties(text: str) -> list[tuple[str, str | None, str | None]]:
    import datetime

    from eventlens import api

    return [(a.text, a.name, a.country) for e in api.extract(text, datetime.date(2023, 5, 4))
            for role in ("actor", "recipient") for a in getattr(e, role)]


# (Peru named six times, Chile four: Peru leads, but not two to one)
TWO_COUNTRIES = ("Peru and Chile resumed talks on their maritime border on Monday. Peruvian negotiators arrived in "
                 "Santiago. Chile said the Peruvian proposal was unacceptable, and Peru said it had been misread. "
                 "Peruvian officials later met Chilean officials again. ")


def test_office_holder_in_a_two_country_article_takes_neither():
    text = TWO_COUNTRIES + "Foreign Minister Dario Ulloa condemned the delay."
    found = [p for p in _parties(text) if p[1] == "Dario Ulloa"]
    assert found and found[0][2] is None, _parties(text)


def test_office_holder_in_a_one_country_article_takes_it():
    text = ("Peru's cabinet met in Lima on Monday. Peruvian lawmakers debated the budget, and Peru's central bank "
            "raised rates. Foreign Minister Dario Ulloa condemned the delay.")
    found = [p for p in _parties(text) if p[1] == "Dario Ulloa"]
    assert found and found[0][2] == "PER", _parties(text)
