"""Session 17 (issue 5, places in full articles): an event the sentence gives no place takes the country
the article is about, at resolution 1, when the article fixes one country and nothing in the sentence
points elsewhere (`where.locate.article_country`); and a country named as the modifier of a body or office
("the U.S. Congress", "Hong Kong authorities") is a cue of the article's country, as a demonym is
(`where.locate.document_focus`). All texts are invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import code_text, event_with_trigger

from eventlens.where import locate as L
from eventlens.where import resolve as R
from eventlens.where.build import word_list
from eventlens.where.resolve import resolve_names

# An article wholly about one country (its towns and institutions), then sentences with no place.
HOME = ("Police in Bulawayo arrested the opposition organiser Tendai Moyo on Monday, his lawyers said. "
        "The Zimbabwe High Court in Harare refused him bail. ")


def _events(pipeline, text: str) -> list:
    return code_text(pipeline, text, date(2024, 5, 10), "s17-where")



def test_a_placeless_sentence_of_a_one_country_article_is_in_that_country(pipeline):
    events = _events(pipeline, HOME + "Rights groups condemned the arrest of Moyo.")
    ev = event_with_trigger(events, "condemned")
    assert ev.event_loc is not None
    assert (ev.event_loc.country, ev.event_loc.resolution) == ("ZWE", 1)
    assert "the country the article is about" in ev.explanation


def test_a_sentence_naming_another_country_keeps_no_place(pipeline):
    events = _events(pipeline, HOME + "Kenya condemned the arrest of Moyo.")
    ev = event_with_trigger(events, "condemned")
    assert ev.event_loc is None or ev.event_loc.country != "ZWE"


def test_the_sentences_own_place_is_kept(pipeline):
    events = _events(pipeline, HOME + "Soldiers detained 12 students in Mutare on Friday.")
    ev = event_with_trigger(events, "detained")
    assert ev.event_loc is not None and ev.event_loc.resolution == 4 and ev.event_loc.name == "Mutare"


def test_a_two_country_article_gives_no_fallback(pipeline):
    text = ("Troops from Kenya and Somalia clashed near Mandera and Dhobley on Monday. Kenya accused "
            "Somalia of shelling Mandera, and Somalia accused Kenya of raids on Dhobley and Beled Hawo. "
            "The ministers condemned the violence.")
    ev = event_with_trigger(_events(pipeline, text), "condemned")
    assert ev.event_loc is None


def test_the_fallback_leaves_the_parties_alone(pipeline, monkeypatch):
    text = HOME + "Unknown men beat a journalist."
    with_fallback = event_with_trigger(_events(pipeline, text), "beat")
    monkeypatch.setattr(L, "ARTICLE_COUNTRY_LEAD", -1.0)  # no article ever leads: the fallback is off
    import eventlens.pipeline as P
    monkeypatch.setattr(P, "article_country", lambda *a, **k: None)
    without = event_with_trigger(_events(pipeline, text), "beat")
    assert without.event_loc is None
    assert with_fallback.event_loc is not None and with_fallback.event_loc.country == "ZWE"
    # the actors and recipients are those of the event without a place: the fallback is only a location
    assert [(a.text, a.country) for a in with_fallback.actor] == [(a.text, a.country) for a in without.actor]
    assert [(a.text, a.country) for a in with_fallback.recipient] == [(a.text, a.country) for a in without.recipient]


def _second(nlp, text: str):
    sents = list(nlp(text).sents)
    assert len(sents) == 2
    return sents[1]


LEEDS = "The trial was held in Leeds, England. "


def test_article_country_needs_a_leading_country(nlp, gazetteer):
    sent = _second(nlp, LEEDS + "The nine men were prosecuted for 22 crimes.")
    assert L.article_country(sent, {"GBR": 1.0, "IRL": 0.2}, gazetteer).country == "GBR"
    assert L.article_country(sent, {"GBR": 1.0, "IRL": 0.8}, gazetteer) is None
    assert L.article_country(sent, {}, gazetteer) is None
    # a party of another country, or of an international body, is no event of the article's country
    assert L.article_country(sent, {"GBR": 1.0}, gazetteer, ["FRA"]) is None
    assert L.article_country(sent, {"GBR": 1.0}, gazetteer, ["UNO"]) is None
    assert L.article_country(sent, {"GBR": 1.0}, gazetteer, ["GBR", None]).country == "GBR"


def test_article_country_refuses_a_sentence_naming_another_country(nlp, gazetteer):
    sent = _second(nlp, LEEDS + "Officials in Portugal said the men were prosecuted.")
    assert L.article_country(sent, {"GBR": 1.0}, gazetteer) is None
    sent = _second(nlp, LEEDS + "French officials said the men were prosecuted.")
    assert L.article_country(sent, {"GBR": 1.0}, gazetteer) is None


def test_article_country_needs_the_country_named_outside_the_sentence(nlp, gazetteer):
    # "a London-based weekly" says who; the sentence's own name must not come back through the focus
    text = "A court issued arrest warrants for two reporters of a London-based weekly."
    sent = next(iter(nlp(text).sents))
    assert L.article_country(sent, {"GBR": 1.0}, gazetteer) is None
    sent = _second(nlp, "The weekly is published in England. " + text)
    assert L.article_country(sent, {"GBR": 1.0}, gazetteer).country == "GBR"


@pytest.mark.parametrize(("text", "iso3"), [
    ("The United States Congress passed the budget. The Senate will vote next week.", "USA"),
    ("Kenya lawmakers passed the budget.", "KEN"),
    ("Pakistan's army said the suspects fled.", "PAK"),
    ("Hong Kong authorities banned the march. Organisers said they would appeal.", "HKG"),
    ("The Zimbabwe police said the suspects fled.", "ZWE"),
])
def test_a_country_modifying_a_body_is_a_cue(nlp, resolver, gazetteer, text, iso3):
    assert L.document_focus(nlp(text), resolver, gazetteer=gazetteer, institutions=()).get(iso3, 0.0) == 1.0
    # the evaluator's protocol (no `institutions`) counts demonyms and seats of power only
    assert iso3 not in L.document_focus(nlp(text), resolver, gazetteer=gazetteer)


@pytest.mark.parametrize("text", [
    "The deal was worth 40 million U.S. dollars.",  # a currency
    "He told Agence France-Presse he was leaving.",  # a hyphenated name of an agency
    "Georgia lawmakers passed the budget.",  # a name a first-level region abroad bears
])
def test_no_cue_from_a_currency_a_hyphenated_name_or_a_region(nlp, resolver, gazetteer, text):
    focus = L.document_focus(nlp(text), resolver, gazetteer=gazetteer, institutions=())
    assert not {"USA", "FRA", "GEO"} & set(focus)


def test_a_namesake_town_of_the_articles_country_is_no_cue(nlp, resolver, gazetteer):
    # A town of that name lies in the United States: in an article on American places, "Jordan police" may
    # be that town's police; in another article they are Jordan's.
    assert any(p.country == "USA" and p.name == "Jordan" for p in gazetteer.lookup("Jordan"))
    doc = nlp("Jordan police said the driver was arrested.")
    assert "JOR" not in L.document_focus(doc, resolver, gazetteer=gazetteer, institutions={"USA"})
    assert "JOR" in L.document_focus(doc, resolver, gazetteer=gazetteer, institutions={"KEN"})


def test_without_the_modifier_cue_the_body_gives_no_country(nlp, resolver, gazetteer, monkeypatch):
    monkeypatch.setattr(L, "MODIFIER_CUES", False)
    text = "The United States Congress passed the budget."
    assert "USA" not in L.document_focus(nlp(text), resolver, gazetteer=gazetteer, institutions=())


AGENT = "Militants killed two guards of a warehouse belonging to a trading firm run by China."


def test_the_doer_of_a_passive_is_no_scene(pipeline, monkeypatch):
    ev = event_with_trigger(_events(pipeline, AGENT), "killed")
    assert ev.event_loc is None or ev.event_loc.country != "CHN"
    # without the rule the company's operator was the sentence's one country, and so the event's place
    monkeypatch.setattr(L, "_agent", lambda t: False)
    ev = event_with_trigger(_events(pipeline, AGENT), "killed")
    assert ev.event_loc is not None and ev.event_loc.country == "CHN"


def test_a_place_beside_a_passive_agent_is_kept(pipeline):
    ev = event_with_trigger(_events(pipeline, "Gunmen attacked a convoy in Quetta, which was guarded by soldiers."),
                     "attacked")
    assert ev.event_loc is not None and ev.event_loc.name == "Quetta"


# --- gold toponyms: a tiny capital against a large namesake town, a region several countries share --------


def test_a_tiny_capital_yields_a_bare_name_to_a_large_town_abroad(gazetteer):
    capital = next(p for p in gazetteer.lookup("Hamilton") if p.feature == "P.PPLC")
    assert capital.population < R.TINY_CAPITAL_PEOPLE
    got = resolve_names(gazetteer, ["Hamilton"])[0]
    assert got.country != capital.country and got.population >= R.TINY_CAPITAL_SHARE * capital.population


def test_the_tiny_capital_keeps_its_name_in_an_article_on_its_country(gazetteer):
    capital = next(p for p in gazetteer.lookup("Hamilton") if p.feature == "P.PPLC")
    assert resolve_names(gazetteer, ["Hamilton", "Bermuda"])[0].country == capital.country


def test_without_the_rule_the_tiny_capital_is_taken(gazetteer, monkeypatch):
    monkeypatch.setattr(R, "TINY_CAPITAL_PEOPLE", 0)
    assert resolve_names(gazetteer, ["Hamilton"])[0].feature == "P.PPLC"


def test_a_large_capital_keeps_its_name(gazetteer):
    assert resolve_names(gazetteer, ["Kingston"])[0].feature == "P.PPLC"


@pytest.mark.parametrize(("name", "context", "iso3"), [
    ("Kashmir", ["Srinagar", "New Delhi"], "IND"),
    ("Kashmir", ["Muzaffarabad", "Islamabad"], "PAK"),
    ("Kurdistan", ["Erbil", "Baghdad"], "IRQ"),
    ("Kurdish", ["Erbil", "Baghdad"], "IRQ"),  # a demonym of the region, read with the other names
])
def test_a_shared_region_takes_the_member_the_article_points_to(gazetteer, name, context, iso3):
    got = resolve_names(gazetteer, [name, *context], allow_demonym=True)[0]
    assert got is not None and got.feature == "L.RGN" and got.country == iso3 and len(got.countries) >= 2


@pytest.mark.parametrize(("name", "context"), [
    ("Kashmir", []),  # nothing points to a member
    ("Kashmir", ["Erbil", "Baghdad"]),  # nor to a member here
    ("Balkans", ["Belgrade"]),  # a macro-region
])
def test_a_shared_region_without_a_leading_member_keeps_no_country(gazetteer, name, context):
    got = resolve_names(gazetteer, [name, *context])[0]
    assert got is not None and got.feature == "L.RGN" and got.country is None


# --- event places: affiliations, acting capitals, the place of an invasion ---------------------------------

@pytest.mark.parametrize(("text", "trigger", "wrong"), [
    # where a named person is from, or whom a legislator represents, is no scene
    ("Senator Jane Roe of Ohio criticized the new tariffs on steel.", "criticized", "Ohio"),
    ("Jane Roe, the junior senator from Vermont, resigned in 2009 to become an ambassador.", "resigned", "Vermont"),
    ("An engineer, Kenji Sato of Osaka, said the bomber had attacked a cargo ship.", "attacked", "Osaka"),
])
def test_an_affiliation_is_no_scene(pipeline, text, trigger, wrong):
    ev = event_with_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is None or ev.event_loc.text != wrong


def test_a_place_of_a_person_after_in_is_still_a_scene(pipeline):
    ev = event_with_trigger(_events(pipeline, "Senator Jane Roe criticized the new tariffs in Ohio on Monday."),
                     "criticized")
    assert ev.event_loc is not None and ev.event_loc.text == "Ohio"


def test_an_acting_capital_is_no_scene(pipeline):
    text = "Nairobi has blamed several recent attacks on militants based in the forests."
    ev = event_with_trigger(_events(pipeline, text), "attacks")
    assert ev.event_loc is None or ev.event_loc.resolution == 1  # Kenya at most, not the capital


def test_without_the_rule_the_acting_capital_was_the_scene(pipeline, monkeypatch):
    monkeypatch.setattr(L, "_acting_seat", lambda t: False)
    text = "Nairobi has blamed several recent attacks on militants based in the forests."
    ev = event_with_trigger(_events(pipeline, text), "attacks")
    assert ev.event_loc is not None and ev.event_loc.name == "Nairobi"


def test_a_capital_that_is_attacked_is_still_the_scene(pipeline):
    ev = event_with_trigger(_events(pipeline, "Rebels shelled the outskirts of Nairobi on Monday."), "shelled")
    assert ev.event_loc is not None and ev.event_loc.country == "KEN"


def test_an_invasion_is_of_its_place(pipeline):
    text = ("Few states condemned Russia's invasion of Moldova, and the two armies later held joint drills near the "
            "Alaskan city of Juneau.")
    ev = event_with_trigger(_events(pipeline, text), "invasion")
    assert ev.event_loc is not None and ev.event_loc.country == "MDA"


def test_without_the_rule_the_invasion_took_a_far_place(pipeline, monkeypatch):
    monkeypatch.setattr(L, "word_list", lambda name: frozenset() if name == "topic_nouns" else word_list(name))
    text = ("Few states condemned Russia's invasion of Moldova, and the two armies later held joint drills near the "
            "Alaskan city of Juneau.")
    ev = event_with_trigger(_events(pipeline, text), "invasion")
    assert ev.event_loc is None or ev.event_loc.country != "MDA"


def _with_ents(nlp, text: str, spans: list[tuple[str, str]]):
    """`text` parsed, its entities set by hand ((words, label) in order), so the test does not depend on
    how the model labels a surname."""
    from spacy.tokens import Span

    doc = nlp(text)
    ents, start = [], 0
    for words, label in spans:
        n = len(words.split())
        i = next(k for k in range(start, len(doc)) if doc[k: k + n].text == words)
        ents.append(Span(doc, i, i + n, label=label))
        start = i + n
    doc.ents = ents
    return doc


def test_a_named_persons_surname_is_no_town(nlp, gazetteer):
    text = "Elijah Cummings spoke on Monday. Later Cummings joined the race."
    doc = _with_ents(nlp, text, [("Elijah Cummings", "PERSON"), ("Cummings", "GPE")])
    place = next(iter(gazetteer.lookup("Cumming")))
    assert L._surname(L.Toponym(doc.ents[1], place), gazetteer)
    # the same word with no person of that surname in the text is a candidate place
    doc = _with_ents(nlp, "Later Cummings joined the race.", [("Cummings", "GPE")])
    assert not L._surname(L.Toponym(doc.ents[0], place), gazetteer)


def test_a_surname_that_is_a_large_city_keeps_its_place(nlp, gazetteer):
    text = "George Houston spoke on Monday. Later Houston joined the race."
    doc = _with_ents(nlp, text, [("George Houston", "PERSON"), ("Houston", "GPE")])
    assert not L._surname(L.Toponym(doc.ents[1], next(iter(gazetteer.lookup("Houston")))), gazetteer)


@pytest.mark.parametrize("name", ["Cumming", "Madison"])
def test_surname_rule_needs_a_longer_person(nlp, gazetteer, name):
    # no "<first name> <name>" person in the text: the name stays a candidate place
    doc = nlp(f"Flooding closed roads in {name} on Monday.")
    ent = next(e for e in doc.ents if e.text == name)
    assert not L._surname_of_named_person(ent)


TIED = ("American lawmakers and the U.S. Senate met Americans in Texas and Ohio. They argued about a wall on "
        "the border with Mexico. The two parties could not agree on the budget.")


def test_a_tied_focus_is_broken_by_mentions(nlp, gazetteer, monkeypatch):
    sent = list(nlp(TIED).sents)[-1]
    tied = L.ArticleFocus({"USA": 1.0, "MEX": 1.0})
    assert L.article_country(sent, tied, gazetteer).country == "USA"
    monkeypatch.setattr(L, "MENTION_MIN", 50)  # too few mentions: the tie stands
    assert L.article_country(sent, tied, gazetteer) is None


def test_mentions_do_not_overrule_a_country_outside_the_focus_lead(nlp, gazetteer):
    sent = list(nlp(TIED).sents)[-1]
    # the focus leads with Mexico (and Canada ties it): the United States' mentions do not make it lead
    assert L.article_country(sent, L.ArticleFocus({"MEX": 1.0, "CAN": 1.0, "USA": 0.9}), gazetteer) is None
