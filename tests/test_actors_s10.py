"""actors, session 10 (identity): sectors and countries of actor phrases, with near-misses.

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events
corpus. Phrases are resolved with the configured pipeline's model and entity ruler (the session `nlp`
fixture, which knows provinces as well as countries and capitals).
"""

from __future__ import annotations

import pytest

from eventlens.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_lexicons()


def resolve_phrase(nlp, resolver, text: str, phrase: str):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None, phrase
    return resolver.resolve(span, resolver.start_article(doc))


# (sentence, phrase, sector) -- role nouns added this session, each with a near-miss that keeps its sector
ROLE_NOUNS = [
    ("Soldiers fired on two teenage boys near the quarry.", "two teenage boys", "CVL"),
    ("A stray shell wounded a schoolgirl in the market.", "a schoolgirl", "CVL"),
    ("The parents of the jailed blogger appealed to the court.", "The parents of the jailed blogger", "CVL"),
    ("A veteran columnist criticised the new tax.", "A veteran columnist", "JRN"),
    ("Two surgeons were abducted on the road to the clinic.", "Two surgeons", "MED"),
    ("A shipping tycoon funded the campaign.", "A shipping tycoon", "BUS"),
    ("The county sheriff detained four men after the robbery.", "The county sheriff", "COP"),
    ("Investigators charged a fraudster who sold fake visas.", "a fraudster", "CRM"),
    ("A hacking group leaked files from the tax office.", "A hacking group", "CRM"),
    # near-misses: longer or neighbouring terms still decide
    ("The boy scouts' leader met the mayor.", "the mayor", "GOV"),
    ("A hospital surgeon general resigned.", "A hospital surgeon general", "MED"),
]


@pytest.mark.parametrize(("text", "phrase", "sector"), ROLE_NOUNS)
def test_role_nouns(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, [(a.text, a.sector, a.other_sectors) for a in actors]


def test_province_as_modifier_is_not_its_government(nlp, resolver):
    """'a Lagos bus' is a thing in the province (its people's), 'Lagos' acting is its government."""
    bus = resolve_phrase(nlp, resolver, "Gunmen set fire to a Lagos bus on Monday.", "a Lagos bus")
    assert [(a.country, a.sector) for a in bus] == [("NGA", "CVL")]
    gov = resolve_phrase(nlp, resolver, "Lagos announced a curfew after the riots.", "Lagos")
    assert [(a.country, a.sector) for a in gov] == [("NGA", "GOV")]


def test_headline_verb_is_not_a_title(nlp, resolver):
    """'The Lagos district court sentences Bola Adeyemi': the model reads 'sentences' as a noun, so the
    court looked like the person's title; the person is not a judge. A judge named with the title is."""
    text = "The Lagos district court sentences Bola Adeyemi to ten years for fraud."
    person = resolve_phrase(nlp, resolver, text, "Bola Adeyemi")
    assert all(a.sector != "JUD" for a in person), [(a.text, a.sector) for a in person]
    judge = resolve_phrase(nlp, resolver, "Lagos district judge Bola Adeyemi jailed the two men.",
                           "Lagos district judge Bola Adeyemi")
    assert [a.sector for a in judge] == ["JUD"]
