"""Recipients, session 16. Every sentence here is written for this test; none comes from the seed or a gold
set.

- A word written with a hyphen after a determiner ("the ex-minister", "the co-founder") is three tokens the
  small model may hang on the verb as three objects; `nlp` hangs the first part and the hyphen on the noun,
  so the phrase is the patient and a later place is not."""

from __future__ import annotations

import pytest
from coverage_checks import code

pytest.importorskip("spacy")


# --- hyphenated nouns the parser split into siblings -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Soldiers detained the ex-governor of the central bank in Kampala.",
    "Police in Ruritania arrested the co-founder of a banned party on Friday.",
    "Troops captured the vice-chairman of the rebel council near Goma.",
])
def test_a_split_hyphen_word_is_one_noun_phrase(nlp, text):
    doc = nlp(text)
    hyphen = next(t for t in doc if t.text == "-")
    first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
    assert hyphen.head.i == last.i and first.head.i == last.i
    assert hyphen.tag_ == "HYPH" and hyphen.pos_ == "PUNCT"
    assert last.head.pos_ == "VERB"
    # the words and lemmas are the model's
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


def test_a_hyphen_word_the_model_reads_is_left_as_it_is(nlp):
    text = "Police arrested dozens of anti-government protesters in the capital."
    doc = nlp(text)
    protesters = next(t for t in doc if t.text == "protesters")
    anti = next(t for t in doc if t.text == "anti")
    assert anti.head.i == protesters.i


@pytest.mark.parametrize(("text", "patient", "place"), [
    ("Soldiers detained the ex-governor of the central bank in Kampala.", "the ex-governor", "Kampala"),
    ("The co-chairman of the opposition movement was arrested in Harare on Monday.", "co-chairman", "Harare"),
    ("Gunmen kidnapped the ex-mayor of a northern town.", "the ex-mayor", None),
])
def test_the_hyphenated_office_holder_is_the_recipient(pipeline, text, patient, place):
    events = [e for e in code(pipeline, text) if e.event in {"COERCE", "ASSAULT"}]
    assert events, text
    top = max(events, key=lambda e: e.confidence)
    names = [r.text for r in top.recipient]
    assert any(patient in n for n in names), names
    if place:
        assert place not in names, names


def test_ex_office_holder_is_a_former_official(pipeline):
    events = [e for e in code(pipeline, "Police arrested the ex-minister of finance at his home.")
              if e.event == "COERCE"]
    assert events
    rec = events[0].recipient
    assert rec and rec[0].text.startswith("the ex-minister")
    assert rec[0].sector == "ELI" and "GOV" in rec[0].other_sectors


# --- the second word of a two-word trigger read as a verb with the object ------------------------------


@pytest.mark.parametrize(("text", "patient"), [
    ("The militia let free the two aid workers it had seized in March.", "the two aid workers"),
    ("Kidnappers let free a Ruritanian engineer held near the port of Valdora.", "a Ruritanian engineer"),
])
def test_let_free_takes_the_object_of_free(pipeline, text, patient):
    events = [e for e in code(pipeline, text) if e.event == "RETREAT"]
    assert events, text
    names = [r.text for r in max(events, key=lambda e: e.confidence).recipient]
    assert any(n.startswith(patient) for n in names), names
    assert "Valdora" not in names


# --- a measure named for whoever imposed it is no recipient of its lifting --------------------------------


@pytest.mark.parametrize(("text", "imposer", "target"), [
    ("The council lifted UN sanctions against Iran on Monday.", "UN sanctions", "IRN"),
    ("Brazilian sanctions on Paraguay were lifted on Friday.", "Brazilian sanctions", "PRY"),
    ("Washington eased all American sanctions on Syria last week.", "all American sanctions", "SYR"),
])
def test_the_lifted_measure_is_not_a_recipient(pipeline, text, imposer, target):
    events = [e for e in code(pipeline, text) if e.event in {"RETREAT", "CONCEDE"}]
    assert events, text
    rec = max(events, key=lambda e: e.confidence).recipient
    assert [r.country for r in rec] == [target], [(r.text, r.country) for r in rec]
    assert imposer not in [r.text for r in rec]


def test_a_possessed_measure_keeps_its_owner(pipeline):
    # "the government's ban": the owner's own act; words about a measure keep its maker too
    events = [e for e in code(pipeline, "A court overturned the Ruritanian government's ban on rallies.")
              if e.event == "CONCEDE"]
    if events:
        assert any("government" in r.text for r in events[0].recipient)
    top = [e for e in code(pipeline, "Cuba condemned the new American sanctions against Venezuela.")
           if e.event == "ACCUSE"]
    assert top and "USA" in [r.country for r in top[0].recipient]


# --- giving back what was taken: to whom it was taken from ---------------------------------------------------


@pytest.mark.parametrize(("text", "owner"), [
    ("The rebel movement announced it will return weapons and vehicles seized last year from Ruritanian "
     "peacekeepers.", "Ruritanian peacekeepers"),
    ("The army returned land it had confiscated from Maasai herders.", "Maasai herders"),
    ("Troops handed back the weapons seized from Kenyan police.", "Kenyan police"),
])
def test_what_is_given_back_goes_to_whom_it_was_taken_from(pipeline, text, owner):
    events = [e for e in code(pipeline, text) if e.event in {"RETREAT", "AGREE"}]
    assert events, text
    names = [r.text for e in events for r in e.recipient]
    assert any(owner in n for n in names), names


def test_a_to_phrase_still_says_whom_it_is_given_back_to(pipeline):
    text = "Valdoria returned the paintings stolen from a Dutch museum to the Netherlands."
    events = [e for e in code(pipeline, text) if e.event == "RETREAT"]
    assert events
    assert [r.country for r in events[0].recipient] == ["NLD"]
    assert not any("museum" in r.text for r in events[0].recipient)


def test_a_thing_not_taken_names_no_former_owner(pipeline):
    # "sent from": no taking, so no one it is given back to
    events = [e for e in code(pipeline, "The rebels returned weapons sent from Ruritanian depots.")
              if e.event in {"RETREAT", "AGREE"}]
    assert not any("depots" in r.text for e in events for r in e.recipient)
