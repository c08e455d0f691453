"""Session 21 (issue 5, places): a place-noun phrase ("the X prefecture", "X district") whose name is
found only without its place noun and reads as a town in a country the article never points to while it
points to another is no place (`where.locate._named_place_noun`, `where.resolve.stray_reading`): "the
Police Prefecture" in a story on a French city is no prefecture of the Polish town Police. All texts are
invented."""

from __future__ import annotations

from datetime import date

from eventlens.record import Article


def _events(pipeline, text: str) -> list:
    art = Article(article_id="s21-where", text=text, published=date(2024, 5, 1))
    return pipeline.code(art)


def _by_trigger(events, word: str):
    found = [e for e in events if e.text_info.trigger.lower().startswith(word)]
    assert found, f"no event with trigger {word!r} in {[e.text_info.trigger for e in events]}"
    return found[0]


STORY = ("Knife attack in Marseille\n\n"
         "A man with a knife attacked two guards on Monday at the Police Prefecture near the old port, "
         "French officials said.\n\n"
         "Prosecutors in Marseille opened an inquiry, and the mayor of Marseille visited the wounded guards.")


def test_a_local_name_before_a_place_noun_is_not_a_foreign_town(pipeline):
    ev = _by_trigger(_events(pipeline, STORY), "attacked")
    assert ev.event_loc is None or ev.event_loc.country == "FRA"


def test_a_place_noun_phrase_with_no_entity_is_not_a_foreign_town(pipeline):
    text = ("Officers mourned in Toulouse\n\n"
            "The mayor of Toulouse wrote on social media: \"Toulouse grieves tonight after this brutal attack "
            "on the Police Prefecture. Several officers were hurt.\"")
    ev = _by_trigger(_events(pipeline, text), "attack")
    assert ev.event_loc is None or ev.event_loc.country == "FRA"


def test_a_known_prefecture_of_the_article_keeps_its_place(pipeline):
    text = ("Smuggling ring broken up in Japan\n\n"
            "Police arrested five men in Okinawa Prefecture on Sunday after a raid on a warehouse, "
            "Japanese officials said.")
    ev = _by_trigger(_events(pipeline, text), "arrested")
    assert ev.event_loc is not None and ev.event_loc.country == "JPN"
