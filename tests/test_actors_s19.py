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
