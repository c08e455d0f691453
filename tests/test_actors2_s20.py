"""Actors (session 20, issue 4, second round):

- a person who arrives in, travels or flies to a place is a visitor there: the article's focus on that place
  does not make them its own, in the journey's sentence nor in the person's later sentences.
- a surname spelled like a modal that opens a sentence before a past or present-tense verb ("May urged ...")
  is the verb's subject, not its modal (a modal takes the bare verb).
- a generational suffix after a comma ("X Y, Jr. and Z") is part of the name, not another party.
Names and sentences are invented.
"""

from __future__ import annotations

import datetime


def _events(text: str):
    from eventlens import api

    return api.extract(text, datetime.date(2024, 3, 6))


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.name, a.country) for e in _events(text) for a in e.actor]


# -- a visitor is not of the place visited ---------------------------------------------------------------------------

def test_a_person_arriving_in_a_capital_is_not_of_its_country():
    found = _actors("Prime Minister Helga Strand arrived in Brussels on Tuesday. Strand met the European "
                    "Commission president and urged the EU to reopen talks.")
    strand = [a for a in found if a[1] == "Helga Strand"]
    assert len(strand) >= 2, found
    assert all(country is None for _, _, country in strand), found


def test_a_person_flying_to_a_country_is_not_of_it_in_later_sentences():
    found = _actors("Foreign Minister Omar Haddad flew to Ankara on Sunday. Haddad met his Turkish counterpart "
                    "on Monday.")
    haddad = [a for a in found if a[1] == "Omar Haddad"]
    assert haddad, found
    assert all(country is None for _, _, country in haddad), found


# -- a name spelled like a modal -------------------------------------------------------------------------------------

def test_a_surname_spelled_like_a_modal_is_the_subject():
    events = _events("Interior Minister Walter May spoke in Vienna on Monday. May urged the opposition to end "
                     "the strike.")
    urged = [e for e in events if "urged" in e.text]
    assert urged, events
    assert [a.name for a in urged[0].actor] == ["Walter May"], urged[0].actor
    # and the word is no modal of the verb: the appeal was made, not possible
    assert urged[0].modality == "asserted", urged[0].modality


def test_a_real_modal_before_a_bare_verb_stays_a_modal(nlp):
    from eventlens.events.roles import modal_spelled_subject

    doc = nlp("Will the council approve the plan on Monday?")
    verb = next(t for t in doc if t.lower_ == "approve")
    assert modal_spelled_subject(verb) is None
    doc = nlp("May criticized the ruling on Monday.")
    verb = next(t for t in doc if t.lower_ == "criticized")
    found = modal_spelled_subject(verb)
    assert found is not None and found.text == "May"


# -- Jr. belongs to the name -----------------------------------------------------------------------------------------

def test_a_name_suffix_after_a_comma_is_no_party_of_its_own():
    found = _actors("The delegation was led by Harold P. Vance, Jr. and Ruth Klein, who met the prime minister.")
    texts = [t for t, _, _ in found]
    assert "Jr." not in texts, found
    assert any(name == "Harold P. Vance" for _, name, _ in found), found
    assert any(name == "Ruth Klein" for _, name, _ in found), found


# -- an office-holder's employer in a town -------------------------------------------------------------------------

_CHILE = "Chile announced new mining rules on Monday. Chile produces much copper. "


def _first_person(pipeline, text: str, first: str):
    resolver = pipeline.resolver
    doc = pipeline.nlp(text)
    memory = resolver.start_article(doc)
    i = next(t.i for t in doc if t.text == first)
    return resolver.resolve(doc[i : i + 4], memory)


def test_a_well_known_town_naming_the_employer_gives_the_country(pipeline):
    found = _first_person(pipeline, _CHILE + "Sarah Cole, a researcher at the Leeds Institute of Mining, "
                          "criticized the rules.", "Sarah")
    assert [(a.country, a.sector) for a in found] == [("GBR", "EDU")], found
    found = _first_person(pipeline, _CHILE + "Tom Reyes, an economist at Toronto's Metropolitan University, "
                          "criticized the rules.", "Tom")
    assert [(a.country, a.sector) for a in found] == [("CAN", "EDU")], found


def test_an_employer_without_a_town_leaves_the_focus(pipeline):
    found = _first_person(pipeline, _CHILE + "Sarah Cole, a researcher at the National Institute of Mining, "
                          "criticized the rules.", "Sarah")
    assert [(a.country, a.sector) for a in found] == [("CHL", "EDU")], found
