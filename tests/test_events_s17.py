"""s17 events (issue 3): false events and wrong modality in full articles.

Invented sentences (generic or invented names, no gold or seed wording)."""
from datetime import date

import pytest

from eventlens import api

PUB = date(2020, 1, 1)


def _types(text):
    return {e.event for e in api.extract(text, PUB)}


def _events(text, etype):
    return [e for e in api.extract(text, PUB) if e.event == etype]


# -- 'attack' with an inquiry, a subpoena or a proclamation as its object is criticism, not force
@pytest.mark.parametrize("text", [
    "Senator Jane Roe attacked the impeachment inquiry as a partisan stunt.",
    "The Zembla president attacked the subpoena as a political strategy.",
    "The Zembla foreign minister attacked the proclamation of the islands as Borduria's territory.",
])
def test_attacking_an_inquiry_or_a_proclamation_is_criticism(text):
    types = _types(text)
    assert "ASSAULT" not in types
    assert "ACCUSE" in types


def test_attacking_a_base_stays_an_assault():
    assert "ASSAULT" in _types("Rebels attacked the army base near the Zembla border on Monday.")


# -- 'call X Y' names X: no request
@pytest.mark.parametrize("text", [
    "The Zembla president called the investigation a witch hunt.",
    'Senator Jane Roe was calling the investigation into the mayor "Soviet-style".',
])
def test_calling_an_inquiry_names_it(text):
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize("text", [
    "The Zembla opposition called for an investigation into the killings.",
    "The Zembla opposition called an inquiry into the killings.",
])
def test_calling_for_an_inquiry_stays_a_request(text):
    assert "REQUEST" in _types(text)


# -- talking about a topic with nobody named is no consultation
@pytest.mark.parametrize("text", [
    "The Zembla president talks about the possibility of lifting sanctions on Borduria.",
    "The Elysee talks about easing the embargo on Zembla.",
])
def test_talking_about_a_topic_is_no_consultation(text):
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize("text", [
    "The Zembla president talked with the Borduria prime minister about trade.",
    "The Zembla and Borduria presidents talked about trade on Monday.",
])
def test_talking_with_someone_stays_a_consultation(text):
    assert "CONSULT" in _types(text)


# -- 'capture' of pictures, seats or animals is no arrest (the entry's object test on the parse)
def _capture_allowed(text):
    from eventlens.events import roles
    from eventlens.events.lexicon import load_lexicon
    from eventlens.nlp import load_nlp

    entry = next(e for e in load_lexicon().candidates("verb", "capture") if e.type == "COERCE" and e.mode == "arrest")
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lemma_ == "capture")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    return roles.object_is_allowed(entry, obj, verb)


@pytest.mark.parametrize("text", [
    "Kenyan tourists captured pictures of the incident.",
    "The opposition party captured forty seats.",
    "Farmers captured wild birds in the marshes.",
])
def test_capturing_pictures_seats_or_animals_is_no_arrest(text):
    assert not _capture_allowed(text)


def test_capturing_suspects_is_an_arrest():
    assert _capture_allowed("Kenyan police captured two suspects in the marshes.")


# -- 'would' of the speaker's own act, reported by a past-tense verb of telling, is the future, not a condition
@pytest.mark.parametrize("text", [
    "The Zembla justice minister announced that she would launch an inquiry into the killings.",
    "Senator Jane Roe said on Monday she would investigate the killing of the activist.",
])
def test_would_of_the_speakers_act_is_future(text):
    evs = _events(text, "ACCUSE")
    assert evs and all(e.modality == "future" for e in evs)


@pytest.mark.parametrize("text", [
    "Senator Jane Roe said she would investigate the killing if the family asked.",  # a condition
    "Analysts believed the police would investigate the killing of the activist.",  # a belief
    "Senator Jane Roe said the police would investigate the killing of the activist.",  # another's act: a prediction
])
def test_would_under_a_condition_a_belief_or_of_another_stays_hypothetical(text):
    evs = _events(text, "ACCUSE")
    assert evs and all(e.modality == "hypothetical" for e in evs)


# -- session 17 batch 2: accident inquiries, people who evacuate, hazard warnings, a disaster article's toll
@pytest.mark.parametrize("text", [
    "Kenyan police were investigating the crash of the plane.",
    "The Kenyan aviation authority began an investigation into the crash.",
])
def test_an_accident_inquiry_accuses_nobody(text):
    assert "ACCUSE" not in _types(text)


def test_an_inquiry_into_a_killing_stays_an_investigation():
    evs = _events("Kenyan police launched an investigation into the killing of the activist.", "ACCUSE")
    assert evs and evs[0].mode == "investigate"


def test_people_who_evacuate_get_no_aid():
    assert "AID" not in _types("Residents of some coastal towns in Louisiana have been instructed to evacuate.")


def test_evacuating_civilians_stays_aid():
    assert "AID" in _types("The UN evacuated 300 civilians from the besieged Syrian town.")


def test_a_hazard_warning_is_no_threat():
    assert "THREATEN" not in _types("The US weather service issued a hurricane warning for the northern Bahamas.")


def test_a_warning_to_rebels_stays_a_threat():
    assert "THREATEN" in _types("The army issued a warning to the rebels in Kenya.")


def _titled(pipeline, title, text):
    from eventlens.record import Article
    return pipeline.code(Article("t", text, title=title, published=date(2019, 9, 3)))


TOLL = "Officials in the capital of the Bahamas said that twenty people have been confirmed killed."


def test_a_disaster_articles_toll_is_no_assault(pipeline):
    assert not [e for e in _titled(pipeline, "Hurricane leaves trail of destruction in the Bahamas", TOLL)
                if e.event == "ASSAULT"]


def test_the_same_toll_under_another_title_or_with_violence_stays(pipeline):
    assert [e for e in _titled(pipeline, "Unrest in the Bahamas", TOLL) if e.event == "ASSAULT"]
    shot = "Officials in the Bahamas said that twenty people have been confirmed killed by gunmen."
    assert [e for e in _titled(pipeline, "Hurricane leaves trail of destruction in the Bahamas", shot)
            if e.event == "ASSAULT"]


# -- session 17 batch 3: norms, views and trains act on nobody; a clash between single people is a row
@pytest.mark.parametrize("text", [
    "EU guidelines call for a cap of 3% on the Italian budget deficit.",
    "Her liberal politics have clashed with the views of the party's leaders in the Kenyan parliament.",
])
def test_norms_and_views_as_subjects_code_nothing(text):
    assert not _types(text) & {"REQUEST", "ASSAULT"}


def test_nato_itself_still_calls_for_spending():
    assert "REQUEST" in _types("NATO called for more spending by Hungary.")


def test_a_clash_between_two_people_is_no_assault():
    text = ("Kenya suspended its aid to Uganda after the palace clash between Kenyan President Jane Roe and "
            "Ugandan President John Doe.")
    assert "ASSAULT" not in _types(text)
    assert "ASSAULT" not in _types("Kenyan opposition leader Jane Roe clashed with President John Doe during a televised debate.")


@pytest.mark.parametrize("text", [
    "Kenyan police clashed with protesters in Nairobi.",
    "Supporters of Jane Roe clashed with supporters of John Doe in Nairobi.",
])
def test_a_clash_of_groups_or_forces_stays_an_assault(text):
    assert "ASSAULT" in _types(text)


def test_would_like_to_thank_is_no_plan():
    evs = [e for e in api.extract('The Kenyan minister wrote on Monday, "We would like to thank Uganda for its help."', PUB)
           if e.event in {"SUPPORT", "AGREE"}]
    assert not [e for e in evs if e.event == "AGREE"]
