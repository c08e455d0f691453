"""Session 19 (issue 5, places): a journey's destination is the scene of the visit ("a visit to X",
"a trip to X", "travelled to X", "visited X"), at the town's resolution, even when the capital also stands
for the government visited (`where.locate._destination_place`). All texts are invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import code_text, event_with_trigger

from eventlens.where.locate import word_list


def _events(pipeline, text: str) -> list:
    return code_text(pipeline, text, date(2024, 3, 4), "s19-where")



@pytest.mark.parametrize(("text", "trigger", "town", "iso3"), [
    ("The Hungarian foreign minister began a three-day visit to Nairobi on Monday.", "visit", "Nairobi", "KEN"),
    ("The defence secretary made a surprise trip to Baghdad last week, the ministry said.", "trip", "Baghdad",
     "IRQ"),
    ("The Chinese premier visited Jakarta on Friday.", "visited", "Jakarta", "IDN"),
    ("The German chancellor traveled to Kyiv on Thursday.", "travel", "Kyiv", "UKR"),
])
def test_the_destination_of_a_visit_is_its_place(pipeline, text, trigger, town, iso3):
    ev = event_with_trigger(_events(pipeline, text), trigger)
    assert ev.event_loc is not None
    assert (ev.event_loc.name, ev.event_loc.country, ev.event_loc.resolution) == (town, iso3, 4)


def test_a_visit_to_a_country_stays_at_the_country(pipeline):
    ev = event_with_trigger(_events(pipeline, "The Hungarian foreign minister began a visit to Kenya on Monday."), "visit")
    assert ev.event_loc is not None and (ev.event_loc.country, ev.event_loc.resolution) == ("KEN", 1)


def test_the_destination_outranks_the_place_of_departure(pipeline):
    ev = event_with_trigger(_events(pipeline, "The envoy traveled from Warsaw to Nairobi on Monday."), "travel")
    assert ev.event_loc is not None and ev.event_loc.name == "Nairobi"


def test_to_of_other_events_is_no_scene(pipeline):
    # Aid sent to a capital is aimed at its government: the capital is no place of the giving.
    events = _events(pipeline, "Japan sent emergency aid to Nairobi on Monday.")
    assert all(e.event_loc is None or e.event_loc.name != "Nairobi" or e.event_loc.resolution != 4
               for e in events if e.text_info.trigger.lower().startswith("sent"))


def test_the_destination_words_list_loads():
    assert {"visit", "trip", "travel"} <= word_list("destination_words")
    assert not {"send", "give", "write"} & word_list("destination_words")


# A place that says what something is about, or where a party lives or comes from, is no scene.
@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Police arrested a trader based in Lagos on Friday.", "arrested", "Lagos"),
    ("A judge sentenced a pharmacist based in Dayton, Ohio to ten years in prison.", "sentenced", "Dayton"),
    ("Exiled dissidents accused the broadcaster of spreading lies about Tibet and Macau.", "accused", "Tibet"),
])
def test_a_described_place_is_no_scene(pipeline, text, trigger, name):
    events = [e for e in _events(pipeline, text) if e.text_info.trigger.lower().startswith(trigger)]
    assert events, "the event is still coded"
    assert all(e.event_loc is None or e.event_loc.name != name for e in events)


def test_the_descriptor_verb_as_trigger_keeps_its_place(nlp, gazetteer):
    from eventlens.where.locate import _described, toponyms

    doc = nlp("The rebels are based in Goma, officials said.")
    found = [t for t in toponyms(doc[:], gazetteer) if t.span.text == "Goma"]
    based = next(t for t in doc if t.text == "based")
    said = next(t for t in doc if t.text == "said")
    assert found and not _described(found[0].span, based) and _described(found[0].span, said)


def test_a_place_in_a_plain_locative_phrase_is_kept(pipeline):
    ev = event_with_trigger(_events(pipeline, "Police arrested a trader in Lagos on Friday."), "arrested")
    assert ev.event_loc is not None and ev.event_loc.name == "Lagos"
