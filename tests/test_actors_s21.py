"""Actor countries (session 21, issue 4). Names and sentences are invented.

- a holder of an office marked as their turn in it ("current president X", "the new premier, Y") set against
  another holder of the same title in the same sentence holds that office of the same country, not the
  article's focus country (actor_words.yaml `succession_words`).
"""

from __future__ import annotations


def _resolve(nlp, resolver, text: str, phrase: str):
    doc = nlp(text)
    memory = resolver.start_article(doc)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return resolver.resolve(span, memory)


# -- "the current president X" ---------------------------------------------------------------------------------------

ARTICLE = ("Peruvian President Luis Ramos flew home from Lima on Sunday after talks with Peru's allies. Ties cooled when "
           "Bolivian President Ana Quispe was removed by {} president Jorge Mamani two years ago.")


def test_current_holder_shares_the_office_of_the_one_he_replaced(nlp, resolver):
    for word in ("current", "new", "interim"):
        text = ARTICLE.format(word)
        actors = _resolve(nlp, resolver, text, f"{word} president Jorge Mamani")
        assert actors and actors[0].country == "BOL", (word, actors)


def test_a_bare_title_is_not_set_against_the_other_holder(nlp, resolver):
    # with no word marking a turn in office, two presidents in one sentence may be of two states: the named one
    # takes no country from the other (here the article's focus, Peru)
    text = ARTICLE.format("Army").replace("Army president", "President")
    actors = _resolve(nlp, resolver, text, "President Jorge Mamani")
    assert actors and actors[0].country != "BOL", actors


# -- the second of two places ----------------------------------------------------------------------------------------

def test_the_second_of_two_objects_is_not_the_persons_country(nlp, resolver):
    # "to Chile and Bolivia": Bolivia shares the object role of Chile, which the parser gives only to Chile, so
    # neither is the country of the official the Peruvian court summons
    text = "A Peruvian court summoned former minister Rosa Tello over fuel sales to Chile and Bolivia in 2009."
    actors = _resolve(nlp, resolver, text, "former minister Rosa Tello")
    assert actors and actors[0].country == "PER", actors


def test_the_second_of_two_places_is_not_the_persons_country(nlp, resolver):
    # "in Chile and Bolivia" are both where she campaigned; nothing says whose minister she was
    text = "Former minister Rosa Tello held rallies in Chile and Bolivia last week."
    actors = _resolve(nlp, resolver, text, "Former minister Rosa Tello")
    assert actors and actors[0].country is None, actors
