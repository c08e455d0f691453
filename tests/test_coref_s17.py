"""Who a pronoun, a role noun or an acronym stands for across the article (session 17, issue 4).

- a "he"/"she" never stands for a name the model tagged as a person but the article shows as a place or a
  medium ("a post on Twitter", "in the regional capital, X");
- the possessor of someone's title or relative ("President X's deputy") is named to say who that someone is;
- "the judge said he ...": the reported clause's "he" is the role noun that speaks, not the last name;
- "he and his staff": a "his" in a clause whose subject is "he" is that subject's;
- an acronym the article spells out by its initials ("the Karvan Liberation Army ... the KLA") stands for that
  long form, even when the tables know the letters as something else.
Names and sentences are invented.
"""

from __future__ import annotations

import datetime

from eventlens import api, docmemo

PUBLISHED = datetime.date(2021, 6, 2)


def _parties(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(a.text, a.name, a.country, a.sector, a.kind)
            for e in api.extract(text, PUBLISHED) for a in e.actor + e.recipient]


def _by_text(text: str, word: str) -> list[tuple]:
    return [p for p in _parties(text) if p[0].lower().startswith(word.lower())]


# -- a place or a medium is nobody's antecedent -------------------------------------------------------------

def test_pronoun_skips_a_platform_tagged_as_person():
    text = ("Senator Marta Quillon of Ohio ended her campaign on Wednesday. She made the announcement in a post "
            "on Twitter, where she also thanked the volunteers.")
    she = [p for p in _parties(text) if p[0].lower() == "she"]
    assert she, _parties(text)
    assert all(p[1] == "Marta Quillon" for p in she), she


def test_pronoun_skips_a_name_in_apposition_to_a_place():
    text = ("Tomas Verlic, the regional president, rejected the warrant on Monday. He told journalists in the regional "
            "capital, Dravo Polje, that he would ask Russia to block the mission.")
    names = {p[1] for p in _parties(text) if p[0].lower() in ("he", "tomas verlic")}
    assert "Dravo Polje" not in names, _parties(text)


def _resolve_word(pipeline, text: str, word: str, width: int = 1):
    """Resolve the phrase of `width` words ending at the first token spelled `word`."""
    doc = pipeline.nlp(text)
    r = pipeline.resolver
    with docmemo.coding(doc):
        mem = r.start_article(doc)
        tok = next(t for t in doc if t.text == word)
        return r.resolve(doc[tok.i - width + 1 : tok.i + 1], mem), (doc, tok, mem)


# -- the possessor of a title or a relative describes someone else ----------------------------------------

def test_possessor_of_a_title_is_not_the_antecedent():
    text = ("The complaint against Ardo Menz is that, during his years as President Karel Vost's vice president, "
            "he called for the dismissal of a prosecutor.")
    he = [p for p in _parties(text) if p[0].lower() == "he"]
    assert he and all(p[1] != "Karel Vost" for p in he), _parties(text)


def test_possessor_of_a_body_still_counts(pipeline):
    # "X's staff" is a body, not one person: the pronoun may still be X
    text = "Governor Lena Ostrova met the press. Critics said Ostrova's staff wanted her to resign."
    found, _ = _resolve_word(pipeline, text, "her")
    assert [a.name for a in found] == ["Lena Ostrova"]


# -- "the judge said he" ---------------------------------------------------------------------------------

JUDGE = ("Prosecutors charged the editor Paolo Renzi with fraud in Guatemala City. At the hearing, the judge said "
         "he and his clerks had received threats from unnamed men.")


def test_reported_he_is_the_role_noun_that_speaks(pipeline):
    found, _ = _resolve_word(pipeline, JUDGE, "he")
    assert len(found) == 1 and found[0].name != "Paolo Renzi" and found[0].sector == "JUD", found


def test_reported_he_under_a_spokesman_is_left_alone(pipeline):
    # a generic head that often speaks for someone else does not bind the pronoun
    text = "Minister Juan Alvar arrived in Lima. A spokesman said he would meet the unions."
    _, (doc, he, mem) = _resolve_word(pipeline, text, "he")
    with docmemo.coding(doc):
        assert pipeline.resolver._speaker_noun(doc[he.i : he.i + 1], he, mem) is None


# -- "he and his staff" ------------------------------------------------------------------------------------

def test_possessive_follows_the_subject_pronoun(pipeline):
    found, _ = _resolve_word(pipeline, JUDGE, "his")
    assert len(found) == 1 and found[0].name != "Paolo Renzi" and found[0].sector == "JUD", found


# -- acronyms spelled out by the article ---------------------------------------------------------------------

def test_acronym_takes_the_long_form_it_spells():
    text = ("Fighters of the banned Varna Liberation Front attacked a train in Pakistan on Tuesday. The VLF demanded "
            "the release of prisoners held in Quetta.")
    vlf = _by_text(text, "The VLF")
    assert vlf, _parties(text)
    assert vlf[0][1] == "Varna Liberation Front" and vlf[0][3] == "REB" and vlf[0][4] == "organization", vlf


def test_article_defined_acronym_wins_over_the_table(pipeline):
    # "KLA" is a table acronym (the Kosovo Liberation Army); this article defines its own
    text = "The Karvan Liberation Army attacked a convoy in Pakistan. The KLA said it killed ten soldiers."
    found, (doc, kla, mem) = _resolve_word(pipeline, text, "KLA", width=2)
    assert mem.name_at[kla.i].entry.code == "KOS"  # the tables' reading of the letters
    assert [a.name for a in found] == ["Karvan Liberation Army"] and found[0].country != "KOS", found


def test_acronym_members_are_the_body_people():
    text = ("Fighters of the banned Varna Liberation Front attacked a train in Pakistan on Tuesday. Police arrested "
            "five VLF members in Quetta.")
    members = _by_text(text, "five VLF members")
    assert members and members[0][3] == "REB" and members[0][4] == "group", _parties(text)


def test_unspelled_acronym_stays_unknown():
    # nothing in the article spells "QRT": no name is made up
    text = "Fighters attacked a train in Pakistan on Tuesday. The QRT demanded the release of prisoners."
    assert all(p[1] is None or "Q" not in p[1] for p in _parties(text)), _parties(text)


# -- one person in two spellings; an aide's country from the person they serve; a place that owns the office --

def test_accented_and_plain_spellings_are_one_person():
    text = ("Prime Minister Zoltán Kovács spoke in Budapest on Monday. Later Kovacs accused the European Commission "
            "of meddling.")
    kovacs = _by_text(text, "Kovacs")
    assert kovacs and kovacs[0][1] == "Zoltán Kovács" and kovacs[0][2] == "HUN", _parties(text)


def test_different_surnames_stay_apart():
    text = ("Prime Minister Zoltán Kovács spoke in Budapest on Monday. Later Senator Anna Kovach accused the "
            "European Commission of meddling.")
    assert all(p[1] != "Zoltán Kovács" for p in _by_text(text, "Senator Anna Kovach")), _parties(text)


def test_envoy_of_a_placed_person_takes_their_country():
    text = ("Chilean President Ana Ruiz met reporters on Monday. Ruiz's special envoy Marco Pell later criticised "
            "Peru over the border talks.")
    pell = [p for p in _parties(text) if p[1] == "Marco Pell"]
    assert pell and pell[0][2] == "CHL", _parties(text)


def test_envoy_rule_needs_an_office_noun(pipeline):
    # "X's friend Y" says nothing of Y's office, so nothing of Y's country
    text = "Chilean President Ana Ruiz met reporters on Monday. Ruiz's old friend Marco Pell later criticised Peru."
    found, _ = _resolve_word(pipeline, text, "Pell", width=2)
    assert found and found[0].name == "Marco Pell" and found[0].country != "CHL", found


def test_place_owning_a_local_office_gives_the_country(pipeline):
    # a stand-in gazetteer: only the county named here is a place, of the country given
    from eventlens.actors.resolve import ActorResolver
    text = ("A crash killed a teenager near an air base on Monday. Northcliffe's chief constable Alan Pike accused "
            "the American embassy of obstruction. He urged the embassy to cooperate.")
    doc = pipeline.nlp(text)
    assert any(e.text == "Northcliffe" and e.label_ == "GPE" and not e.ent_id_ for e in doc.ents)  # the model's reading
    r = ActorResolver.from_lexicons()
    r.place_country = lambda name, focus, well_known=False: "GBR" if name == "Northcliffe" else None
    with docmemo.coding(doc):
        mem = r.start_article(doc)
        he = next(t for t in doc if t.text == "He")
        found = r.resolve(doc[he.i : he.i + 1], mem)
    assert [(a.name, a.country) for a in found] == [("Alan Pike", "GBR")]


# -- a deputy's title; someone else's office after "for"/"of" -------------------------------------------------

def test_the_governor_is_not_the_deputy_governor():
    text = ("Regional Deputy Governor Oleg Marin said 68 people were missing. The governor promised each family "
            "a payout.")
    gov = _by_text(text, "The governor")
    assert gov and gov[0][1] != "Oleg Marin", _parties(text)


def test_the_deputy_governor_is_the_deputy_governor():
    text = "Deputy Governor Oleg Marin visited the site. The deputy governor promised each family a payout."
    gov = _by_text(text, "The deputy governor")
    assert gov and gov[0][1] == "Oleg Marin", _parties(text)


def test_an_advisor_for_the_president_is_not_the_president(pipeline):
    text = "A former advisor for Chilean President Ana Ruiz was sentenced on Wednesday in Santiago."
    doc = pipeline.nlp(text)
    with docmemo.coding(doc):
        mem = pipeline.resolver.start_article(doc)
    ruiz = next(p for p in mem.persons if p.name == "Ana Ruiz")
    assert (ruiz.sector, ruiz.other_sectors, ruiz.country) == ("GOV", [], "CHL")


# -- gender where the text gives it ----------------------------------------------------------------------------

def test_she_skips_a_man_by_honorific():
    text = "Ms. Ana Pell met Mr. Tom Ruiz in Lima. She accused the government of fraud."
    she = _by_text(text, "She")
    assert she and she[0][1] == "Ana Pell", _parties(text)


def test_she_skips_a_man_by_his_own_possessive():
    text = ("Governor Ana Pell ended her campaign on Monday. The next day Governor Tom Ruiz announced his "
            "resignation in Lima. She accused the government of fraud.")
    she = _by_text(text, "She")
    assert she and she[0][1] == "Ana Pell", _parties(text)


def test_unknown_gender_keeps_the_nearest(pipeline):
    # nothing shows either person's gender: the nearest name stays the antecedent (session 23: given names that are
    # a man's or a woman's are evidence now, so these two are given to both)
    text = "Kim Pell met Robin Ruiz in Lima. He accused the government of fraud."
    found, (doc, he, mem) = _resolve_word(pipeline, text, "He")
    assert [p.gender for p in mem.persons] == [None, None]
    assert [a.name for a in found] == ["Robin Ruiz"]


def test_conflicting_evidence_gives_no_gender(pipeline):
    text = "Mr. Lee Park met reporters. Lee Park, the spokeswoman, accused the council of delays."
    _, (doc, tok, mem) = _resolve_word(pipeline, text, "Park")
    assert [p.gender for p in mem.persons if p.name == "Lee Park"] == [None]


# -- "the council", "the agency": a body, the one whose own name has that word ----------------------------------

def test_the_council_is_the_named_council(pipeline):
    text = ("The U.N. Security Council met on the famine on Monday. Two aid chiefs urged the council to press "
            "the warring parties.")
    found, _ = _resolve_word(pipeline, text, "council", width=2)
    assert [(a.country, a.kind) for a in found] == [("UNO", "organization")], found


def test_the_council_is_not_any_body_named_before(pipeline):
    text = "NATO ministers met in Brussels on Monday. Later the council urged members to spend more."
    found, _ = _resolve_word(pipeline, text, "council", width=2)
    assert found and found[0].country != "IGO" and found[0].name is None and found[0].kind == "organization", found


def test_plural_groups_are_not_one_named_body(pipeline):
    text = ("The Ogaden National Liberation Front attacked a convoy. Officials criticized the groups behind "
            "the lawsuits.")
    found, _ = _resolve_word(pipeline, text, "groups", width=2)
    assert all(a.name is None or "Ogaden" not in a.name for a in found), found


def test_pronoun_skips_a_platform_described_as_a_thing(pipeline):
    # the platform gets a country from its description, but what it is said to be is a thing, not a person
    text = ("Last spring Tom Vale put the pictures on the Chinese video platform Douyin for his fans. He said he "
            "wanted to donate them to a museum in Beijing.")
    found, (doc, he, mem) = _resolve_word(pipeline, text, "He")
    assert any(p.name == "Douyin" for p in mem.persons)  # the model's reading: the platform as a person
    assert [a.name for a in found] == ["Tom Vale"], found


def test_a_person_described_by_a_role_in_a_place_phrase_stays(pipeline):
    text = "Police said the attack on opposition leader Ana Pell in Lima injured three. She accused the police."
    found, _ = _resolve_word(pipeline, text, "She")
    assert [a.name for a in found] == ["Ana Pell"], found
