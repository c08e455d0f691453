"""Role assignment, session 10: who is the actor and who the recipient. A subject that undergoes the event
its object names ("suffered an attack", "came under fire", "died of torture") is the recipient, and the
noun's "from"/"by" phrase is the actor. Every sentence here is written for this test; none comes from the
seed or a gold set."""

from __future__ import annotations

import pytest
from coverage_checks import top_event

import eventlens

pytest.importorskip("spacy")


def _texts(actors) -> list[str]:
    return [a.text for a in actors]


# --- undergoer subjects (roles.yaml undergoer_*) --------------------------------------------------------


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("The Zambian patrol came under attack from Angolan rebels near the river.", "ASSAULT",
     "Angolan rebels", "The Zambian patrol"),
    ("Bolivia received emergency food aid from Peru after the floods.", "AID", "Peru", "Bolivia"),
    ("The Malian mayor received death threats from jihadist fighters last month.", "THREATEN",
     "jihadist fighters", "The Malian mayor"),
    ("The Senegalese government faced street protests from fishermen over the new port.", "PROTEST",
     "fishermen", "The Senegalese government"),
])
def test_the_subject_of_an_undergoer_verb_is_the_recipient(pipeline, text, etype, actor, recipient):
    top = top_event(pipeline, text)
    assert top.event == etype
    assert actor in _texts(top.actor)
    assert recipient in _texts(top.recipient)
    assert recipient not in _texts(top.actor)


def test_a_death_from_an_event_makes_the_dead_its_recipient(pipeline):
    top = top_event(pipeline, "A Togolese teacher died of torture in a military camp in March.")
    assert top.event == "ASSAULT"
    assert "A Togolese teacher" in _texts(top.recipient)
    assert not top.actor


def test_a_lasting_state_under_a_noun_is_no_undergone_event(pipeline):
    # near miss: "remained under" says how things stood, not that something happened to the subject
    evs = eventlens.extract("The border district remained under siege by the rebels for a third week.", pipeline=pipeline)
    assert not any("The border district" in _texts(e.recipient) for e in evs)


def test_the_actor_of_an_ordinary_verb_stays_its_subject(pipeline):
    # near miss: "sent" is no undergoer verb; the subject gives the aid
    top = top_event(pipeline, "Peru sent emergency food aid to Bolivia after the floods.")
    assert top.event == "AID"
    assert "Peru" in _texts(top.actor)
    assert "Bolivia" in _texts(top.recipient)


def test_a_passive_undergoer_verb_names_no_undergoer(pipeline):
    # near miss: "aid was received" has no subject that underwent anything
    evs = eventlens.extract("The shipment of aid was received at the port on Monday.", pipeline=pipeline)
    assert not any(e.recipient and e.recipient[0].text.startswith("The shipment") for e in evs)


# --- "provide X with Y": the object is the party, the "with" phrase the thing given ----------------------


@pytest.mark.parametrize(("text", "recipient"), [
    ("Qatar provided the Somali coast guard with patrol boats and radios.", "the Somali coast guard"),
    ("Belarus provided the Venezuelan army with trucks and fuel.", "the Venezuelan army"),
])
def test_the_object_of_provide_with_is_the_recipient(pipeline, text, recipient):
    top = top_event(pipeline, text)
    assert top.event == "AID"
    assert recipient in _texts(top.recipient)
    assert not any(w in " ".join(_texts(top.recipient)) for w in ("radios", "fuel"))


def test_a_with_verb_without_an_object_keeps_the_with_phrase(pipeline):
    # near miss: "sided with X" has no object of its own; X is still the one supported
    top = top_event(pipeline, "The Malawian army sided with the striking nurses.")
    assert top.event == "SUPPORT"
    assert "the striking nurses" in _texts(top.recipient)


# --- coordinated names: one party per item -----------------------------------------------------------


def _parsed(words, heads, deps, pos):
    """A sentence with the parse given (the small model's misparse, made by hand for the repair)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_second_name_hung_on_the_verb_is_a_second_object():
    from eventlens.events.roles import _stray_conjuncts

    # "The junta banned the Liberal Front (LF) and the Farmers Union (FU)", with the small model's parse
    # hanging the second name on the verb
    words = ["The", "junta", "banned", "the", "Liberal", "Front", "(", "LF", ")", "and", "the", "Farmers", "Union",
             "(", "FU", ")", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 5, 5, 2, 12, 12, 2, 12, 12, 12, 2]
    deps = ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct", "appos", "punct", "cc", "det", "compound",
            "conj", "punct", "appos", "punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "DET", "PROPN",
           "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert [t.text for t in _stray_conjuncts(doc[2], doc[5])] == ["Union"]
    # near miss: a conjoined verb ("banned the Front and jailed its leaders") is a second act
    pos2 = pos[:12] + ["VERB"] + pos[13:]
    doc2 = _parsed(words, heads, deps, pos2)
    assert _stray_conjuncts(doc2[2], doc2[5]) == []


def test_a_second_verb_is_no_second_object(pipeline):
    # near miss: a conjoined verb with its own object is a second act, not a second party of the first
    top = top_event(pipeline, "Police detained the governor and questioned his aides.")
    assert top.event == "COERCE"
    assert _texts(top.recipient) == ["the governor"]


def test_a_list_of_three_names_is_three_parties(pipeline):
    top = top_event(pipeline, "Beijing imposed sanctions on Maria Lopez, John Carter, and Peter Smith.")
    assert top.event == "SANCTION"
    assert _texts(top.recipient) == ["Maria Lopez", "John Carter", "Peter Smith"]


def test_two_nouns_sharing_a_modifier_stay_one_party(pipeline):
    # near miss: "from Peru" describes both conjuncts; the first is not cut off from it
    top = top_event(pipeline, "Soldiers and medics from Peru arrived in Haiti to deliver aid.")
    assert any("Peru" in t for t in _texts(top.actor) + _texts(top.recipient)) or top.actor[0].country == "PER"


# --- parties named inside a clause of the event noun ---------------------------------------------------


def test_the_subject_of_a_demand_that_clause_is_the_one_asked(pipeline):
    top = top_event(pipeline, "Hanoi reiterated its demand that the Philippine navy withdraw the survey ship.")
    assert top.event == "REQUEST"
    assert "the Philippine navy" in _texts(top.recipient)


def test_a_mediation_recipients_are_the_parties_it_is_between(pipeline):
    top = top_event(pipeline, "Ghana launched a mediation effort to end the dispute between Togo and Benin.")
    assert top.event == "CONSULT"
    assert {"Togo", "Benin"} <= set(_texts(top.recipient))
    assert "Ghana" in _texts(top.actor)


def test_forces_readied_for_an_offensive_have_its_target_as_recipient(pipeline):
    top = top_event(pipeline, "Chad deployed troops for an assault against Boko Haram camps.")
    assert top.event == "MOBILIZE"
    assert any("Boko Haram" in t for t in _texts(top.recipient))


def test_the_day_of_the_offensive_is_no_target(pipeline):
    # near miss: "on Sunday" says when, not whom
    top = top_event(pipeline, "Chad deployed troops for an offensive on Sunday.")
    assert top.event == "MOBILIZE"
    assert not any("Sunday" in t for t in _texts(top.recipient))


# --- "reported killed": a bare participle after a reporting verb is passive ----------------------------


def test_those_reported_killed_are_the_recipients_not_the_killers(pipeline):
    top = top_event(pipeline, "Three border guards were reported killed by smugglers near the river.")
    assert top.event == "ASSAULT"
    assert "Three border guards" in _texts(top.recipient)
    assert "smugglers" in _texts(top.actor)


def test_people_reported_killed_in_a_with_phrase_do_not_kill(pipeline):
    evs = eventlens.extract("Jets bombed a fuel depot near the port, with five workers reported killed.", pipeline=pipeline)
    assert not any("five workers" in _texts(e.actor) for e in evs)


def test_reported_to_have_acted_keeps_its_subject_as_actor(pipeline):
    # near miss: "reported to have attacked" is an active infinitive; its raised subject acts
    top = top_event(pipeline, "The militia was reported to have attacked a convoy of aid trucks.")
    assert top.event == "ASSAULT"
    assert "The militia" in _texts(top.actor)


# --- an object shifted after an "as" phrase ---------------------------------------------------------------


def test_an_object_after_an_as_phrase_is_the_object(pipeline):
    top = top_event(pipeline, "Greece on Monday denounced as a grave crime Turkey's crackdown on Kurdish protesters.")
    assert top.event == "ACCUSE"
    assert "Turkey" in _texts(top.recipient)


def test_an_apposition_set_off_by_a_comma_is_no_shifted_object():
    from eventlens.events.roles import _shifted_object

    # "Greece denounced as a crime Turkey's ban" with the small model's parse: the object hung on "crime"
    words = ["Greece", "denounced", "as", "a", "crime", "Turkey", "'s", "ban", "."]
    heads = [1, 1, 1, 4, 2, 7, 5, 4, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "poss", "case", "appos", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "PROPN", "PART", "NOUN", "PUNCT"]
    assert _shifted_object(_parsed(words, heads, deps, pos)[1]).text == "ban"
    # near miss: "as a crime, a ban ..." with a comma: an apposition describing the crime
    words2 = words[:5] + [","] + words[5:]
    heads2 = [h + (h >= 5) for h in heads[:5]] + [4] + [h + (h >= 5) for h in heads[5:]]
    deps2 = deps[:5] + ["punct"] + deps[5:]
    pos2 = pos[:5] + ["PUNCT"] + pos[5:]
    assert _shifted_object(_parsed(words2, heads2, deps2, pos2)[1]) is None


# --- spans: a time at the end of a phrase is when, not who -------------------------------------------------


def test_a_trailing_day_is_cut_from_the_phrase():
    from spacy.tokens import Doc

    from eventlens.events.roles import np_bounds

    # "Police stormed a protest camp in Lille Sunday", with the small model's parse hanging the day on "camp"
    words = ["Police", "stormed", "a", "protest", "camp", "in", "Lille", "Sunday", "."]
    heads = [1, 1, 4, 4, 1, 4, 5, 4, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "npadvmod", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "O", "O", "O", "B-GPE", "B-DATE", "O"]
    doc = _parsed(words, heads, deps, pos)
    doc = Doc(doc.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    start, end = np_bounds(doc[4])
    assert doc[start:end].text == "a protest camp in Lille"
    # near miss: a date that is the head itself stays ("Sunday" as a phrase of its own)
    start, end = np_bounds(doc[7])
    assert doc[start:end].text == "Sunday"
