"""actors, session 10 (identity): sectors and countries of actor phrases, with near-misses.

Every sentence here is written for this test; none comes from the seed, a gold set or the Current Events
corpus. Phrases are resolved with the configured pipeline's model and entity ruler (the session `nlp`
fixture, which knows provinces as well as countries and capitals).
"""

from __future__ import annotations

import pytest
from coverage_checks import resolve_phrase

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


# (sentence, phrase, country, sector): people named by whom they follow, by an ordinal title, by an "as" office
FOLLOWERS_AND_TITLES = [
    # followers are not the person they follow: a former office-holder's are the opposition
    ("About 300 supporters of former President Juma Okello blocked roads in Kampala.",
     "About 300 supporters of former President Juma Okello", "UGA", "OPP"),
    ("Supporters of Ugandan President Juma Okello rallied in the capital.",
     "Supporters of Ugandan President Juma Okello", "UGA", "CVL"),
    ("Thousands of supporters of the opposition marched in Kampala.",
     "Thousands of supporters of the opposition", None, "OPP"),
    # near-miss: a member of a party is still counted as the party
    ("Two members of the ruling party resigned.", "Two members of the ruling party", None, "PTY"),
    # an ordinal that begins a title
    ("Police arrested former Kenyan First Lady Mary Wanjiru on Tuesday.",
     "former Kenyan First Lady Mary Wanjiru", "KEN", "ELI"),
    ("Kenyan First Deputy Prime Minister Paul Otieno met the Ugandan president.",
     "Kenyan First Deputy Prime Minister Paul Otieno", "KEN", "GOV"),
    # the office a person resigns as, or is sworn in as, is theirs
    ("Maria Santos resigned as Kenya's Minister of Health on Monday.", "Maria Santos", "KEN", "GOV"),
    ("Paul Otieno stepped down as Ugandan foreign minister after the scandal.", "Paul Otieno", "UGA", "GOV"),
    # near-miss: "as" that names no office gives nothing
    ("Paul Otieno resigned as a protest against the decision.", "Paul Otieno", None, None),
]


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), FOLLOWERS_AND_TITLES)
def test_followers_and_titles(nlp, resolver, text, phrase, country, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    got = [(a.country, a.sector) for a in actors]
    if country is None:
        assert got and got[0][1] == sector, got
    else:
        assert got[:1] == [(country, sector)], got


# (sentence, phrase, sector): generic armed heads take the armed body around them
ARMED_CONTEXT = [
    ("A police spokesman said officers arrested ten protesters.", "officers", "COP"),
    # near-misses: after an army, or after rebels, the generic head stays military
    ("An army spokesman said officers arrested ten protesters.", "officers", "MIL"),
    ("Police clashed with rebels and officers killed two of them.", "officers", "MIL"),
    # men or fighters owned by an armed leader are that leader's
    ("General Paul Otieno ordered his men to withdraw from the town.", "his men", "MIL"),
    ("Rebel leader Juma Okello said his fighters had captured the town.", "his fighters", "REB"),
    # near-miss: a civilian office-holder's men are not armed
    ("The mayor said his men would clean the streets.", "his men", "CVL"),
]


@pytest.mark.parametrize(("text", "phrase", "sector"), ARMED_CONTEXT)
def test_armed_context(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, [(a.text, a.sector) for a in actors]


# (sentence, phrase, country, sector): movements named by their own name (institutions.tsv)
MOVEMENTS = [
    ("Khmer Rouge guerrillas shelled an outpost near the border.", "Khmer Rouge guerrillas", "KHM", "REB"),
    ("Renamo fighters ambushed a convoy on the main highway.", "Renamo fighters", "MOZ", "REB"),
    ("The Pakistani Taliban claimed the attack on the checkpoint.", "The Pakistani Taliban", "PAK", "REB"),
    ("Peshmerga units retook the ridge after two days.", "Peshmerga units", "IRQ", "MIL"),
    # near-miss: a word of a movement's name alone names nothing ("red brigades" in lower case are not it)
    ("Two red brigades of volunteers cleared the streets.", "Two red brigades of volunteers", None, "MIL"),
]


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), MOVEMENTS)
def test_movements_by_name(nlp, resolver, text, phrase, country, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.country, a.sector) for a in actors][:1] == [(country, sector)], [(a.text, a.country, a.sector) for a in actors]


# (text, phrase, country, sector): back-references to a movement named by its name
BACKREFS = [
    ("The Ogaden National Liberation Front attacked an oil field in Ethiopia. The group killed nine soldiers.",
     "The group", "ETH", "REB"),
    ("Kenya accused the Allied Democratic Forces of the raid. It said the rebels had killed ten villagers.",
     "the rebels", "UGA", "REB"),
    # near-misses: no movement named before, so "the group" is nobody in particular and the rebels are the focus's
    ("Police clashed with protesters in Nairobi. The group threw stones.", "The group", None, None),
    ("Kenyan troops fought rebels near the border. The rebels killed ten villagers.", "The rebels", "KEN", "REB"),
    # the intelligence ministry is the intelligence service
    ("The Ruritanian intelligence ministry detained two visitors.", "The Ruritanian intelligence ministry", None, "SPY"),
]


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), BACKREFS)
def test_backreferences_to_named_movements(nlp, resolver, text, phrase, country, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [(a.country, a.sector) for a in actors][:1] == [(country, sector)], [(a.text, a.country, a.sector) for a in actors]


def test_gunmen_of_a_named_movement_are_not_unidentified(pipeline):
    from eventlens.record import Article

    text = "Gunmen from the Ogaden National Liberation Front attacked an oil field in eastern Ethiopia."
    events = pipeline.code(Article("t", text))
    actors = [(a.text, a.sector) for e in events for a in e.actor]
    assert ("Gunmen", "REB") in actors, actors
    near = pipeline.code(Article("t", "Gunmen from a nearby village attacked the police post."))
    assert ("Gunmen", "UAF") in [(a.text, a.sector) for e in near for a in e.actor]


# (sentence, phrase, sector): an office "of" a body that is named only by its modifier
OFFICE_OF_MODIFIED_BODY = [
    ("Rebels killed the deputy chief of the government's militia ally in the south.",
     "the deputy chief of the government's militia ally", "PRM"),
    ("The leader of the rebel faction signed the accord.", "The leader of the rebel faction", "REB"),
    # near-miss: the object is itself a sector word, so its modifier says nothing more
    ("The head of the national election commission rejected the complaint.",
     "The head of the national election commission", "GOV"),
]


@pytest.mark.parametrize(("text", "phrase", "sector"), OFFICE_OF_MODIFIED_BODY)
def test_office_of_a_body_named_by_its_modifier(nlp, resolver, text, phrase, sector):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector == sector, [(a.text, a.sector) for a in actors]


def test_a_seat_before_a_strong_body_head_does_not_decide(nlp, resolver):
    """'the Capitol Hill police' are police (COP), not the legislature the seat names; with a generic head
    ('Kremlin officials') the seat still says which organ it is."""
    police = resolve_phrase(nlp, resolver, "The Capitol Hill police arrested two protesters.", "The Capitol Hill police")
    assert [(a.country, a.sector) for a in police] == [("USA", "COP")]
    officials = resolve_phrase(nlp, resolver, "Kremlin officials rejected the claims.", "Kremlin officials")
    assert [(a.country, a.sector) for a in officials] == [("RUS", "GOV")]
