"""actors, session 12 (identity): acts of force named by a state's demonym, armoured vehicles, and two
capitalised titles of one person joined by "and".

Every sentence here is written for this test (invented names); none comes from the seed, a gold set or the
Current Events corpus. Phrases are resolved with the configured pipeline's model and entity ruler.
"""

from __future__ import annotations

import pytest
from coverage_checks import resolve_phrase


def _show(actors):
    return [(a.text, a.name, a.country, a.sector, a.other_sectors, a.kind) for a in actors]


# (sentence, phrase, country): an armed act of a state named by its demonym or name is that state's military
ARMED_ACTS = [
    ("Israeli airstrikes hit a warehouse near the coast.", "Israeli airstrikes", "ISR"),
    ("US drone strikes killed four fighters in the valley.", "US drone strikes", "USA"),
    ("Russian shelling destroyed several homes in the village.", "Russian shelling", "RUS"),
    ("The Turkish bombardment of the hills lasted two days.", "The Turkish bombardment", "TUR"),
]


@pytest.mark.parametrize(("text", "phrase", "country"), ARMED_ACTS)
def test_armed_act_with_national_modifier_is_military(nlp, resolver, text, phrase, country):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert len(actors) == 1 and actors[0].country == country and actors[0].sector == "MIL", _show(actors)
    assert actors[0].kind != "country", _show(actors)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Palestinian rocket fire wounded two farmers.", "Palestinian rocket fire"),  # militants fire rockets too
    ("Iranian help arrived after the earthquake.", "Iranian help"),  # no act of force
    ("A Kenyan attack on the camp was repelled.", "A Kenyan attack"),  # "attack" is anyone's
])
def test_other_heads_with_national_modifier_stay_the_country(nlp, resolver, text, phrase):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].sector != "MIL", _show(actors)


def test_armed_act_without_a_country_names_no_actor(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "The air strikes killed twelve people.", "The air strikes")
    assert not any(a.sector == "MIL" for a in actors), _show(actors)


def test_rebel_shelling_keeps_the_rebels(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Rebel shelling killed three soldiers near the airport.", "Rebel shelling")
    assert not any(a.sector == "MIL" for a in actors), _show(actors)


@pytest.mark.parametrize("phrase", ["Syrian armoured vehicles", "Syrian armored personnel carriers"])
def test_armoured_vehicles_are_military(nlp, resolver, phrase):
    actors = resolve_phrase(nlp, resolver, f"{phrase} entered the town at dawn.", phrase)
    assert actors and actors[0].sector == "MIL" and actors[0].country == "SYR", _show(actors)


def test_armed_act_event_is_one_record(pipeline):
    """The act noun's own (nominal) event and the verb's event have the same actor: one record."""
    from datetime import date

    from eventlens.record import Article

    art = Article(article_id="s12-armed", text="Israeli air strikes killed twelve people in the southern town.",
                  published=date(2020, 1, 1))
    events = [e for _, evs in pipeline.code_many([art]) for e in evs if e.event == "ASSAULT"]
    assert len(events) == 1, [(e.event, _show(e.actor)) for e in events]
    assert [(a.country, a.sector) for a in events[0].actor] == [("ISR", "MIL")], _show(events[0].actor)


# two capitalised titles joined by "and" before one name are that person's offices
def test_two_titles_one_person(nlp, resolver):
    text = "Deputy Prime Minister and Interior Minister Marko Petrovan condemned the protesters."
    actors = resolve_phrase(nlp, resolver, text, "Deputy Prime Minister and Interior Minister Marko Petrovan")
    assert len(actors) == 1 and actors[0].kind == "person" and actors[0].sector == "GOV", _show(actors)
    assert actors[0].name and actors[0].name.endswith("Petrovan"), _show(actors)


def test_first_title_gives_the_sector(nlp, resolver):
    """The second 'title' names no office the tables know; the first one gives the sector."""
    text = "Deputy Prime Minister and Harbour League secretary Tomas Velder demanded new elections."
    actors = resolve_phrase(nlp, resolver, text, "Deputy Prime Minister and Harbour League secretary Tomas Velder")
    assert len(actors) == 1 and actors[0].sector == "GOV", _show(actors)


def test_two_titles_keep_the_stated_country(nlp, resolver):
    text = "Kenyan Foreign Minister and Deputy President Amos Kiprotich met the envoy."
    actors = resolve_phrase(nlp, resolver, text, "Kenyan Foreign Minister and Deputy President Amos Kiprotich")
    assert len(actors) == 1 and actors[0].country == "KEN" and actors[0].sector == "GOV", _show(actors)


@pytest.mark.parametrize(("text", "phrase", "n"), [
    ("The president and the prime minister condemned the attack.", "The president and the prime minister", 2),
    ("President Tom Brennar and Prime Minister Ola Dahlberg condemned the attack.",
     "President Tom Brennar and Prime Minister Ola Dahlberg", 2),
    ("Police and army officers arrested ten protesters.", "Police and army officers", 2),
])
def test_two_people_stay_two(nlp, resolver, text, phrase, n):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert len(actors) == n, _show(actors)


# "the country's X", "the nation's X": the country named last before the possessor
@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("The United States accused China of spying; the country's foreign ministry denied the charge.",
     "the country's foreign ministry", "CHN"),
    ("Chile and Peru signed the accord. Later the nation's defence ministry criticised it.",
     "the nation's defence ministry", "PER"),
    ("The Ugandan opposition accused the country's security forces of torture.",
     "the country's security forces", "UGA"),
])
def test_country_possessor_refers_back(nlp, resolver, text, phrase, country):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].country == country, _show(actors)


def test_country_possessor_without_antecedent(nlp, resolver):
    """Nothing named before: no country from the possessor (and none to take from the focus either)."""
    actors = resolve_phrase(nlp, resolver, "The country's lawmakers approved the budget.", "The country's lawmakers")
    assert actors and actors[0].country is None and actors[0].sector == "LEG", _show(actors)


def test_country_possessor_is_not_a_backer(nlp, resolver):
    """'Iran-backed' says who backs someone; it is not the country "the country's" refers back to."""
    text = "Iran-backed fighters entered Mosul. The country's army said it repelled them."
    actors = resolve_phrase(nlp, resolver, text, "The country's army")
    assert actors and actors[0].country != "IRN", _show(actors)


def test_country_possessor_kept_against_the_other_party(pipeline):
    """'the nation's lawmakers' is stated, not borrowed from the article's focus: it keeps the country
    even when that country is only named in the other party's phrase."""
    from datetime import date

    from eventlens.record import Article

    art = Article(article_id="s12-nation", published=date(2020, 1, 1),
                  text="Kenyan Prime Minister Jon Odero condemned the nation's lawmakers for granting themselves higher allowances.")
    events = [e for _, evs in pipeline.code_many([art]) for e in evs if e.event == "ACCUSE"]
    assert events and [(r.country, r.sector) for r in events[0].recipient] == [("KEN", "LEG")], \
        [_show(e.recipient) for e in events]


# "the migrants", "the journalists": the group named with that head just before, with its own country
@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Egyptian police arrested ten Sudanese migrants. Egypt said the migrants had entered illegally.",
     "the migrants", "SDN"),
    ("Turkish troops fired on Syrian refugees at the border. Ankara said the refugees had attacked a patrol.",
     "the refugees", "SYR"),
    ("Chinese police detained two Japanese journalists. China accused the journalists of spying.",
     "the journalists", "JPN"),
    ("The Turkish army shelled Kurdish militants in northern Iraq. The militants had attacked a post.",
     "The militants", "IRQ"),
])
def test_definite_group_refers_back(nlp, resolver, text, phrase, country):
    start = text.rindex(phrase)  # the later, definite mention
    doc = nlp(text)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    actors = resolver.resolve(span, resolver.start_article(doc))
    assert actors and actors[0].country == country, _show(actors)


def test_definite_group_without_stated_antecedent_keeps_focus(nlp, resolver):
    """The earlier mention states no country: the article's focus decides as before."""
    text = "Rebels attacked a convoy in Mali. The army said the rebels had fled."
    start = text.rindex("the rebels")
    doc = nlp(text)
    span = doc.char_span(start, start + len("the rebels"), alignment_mode="expand")
    actors = resolver.resolve(span, resolver.start_article(doc))
    assert actors and actors[0].country == "MLI", _show(actors)


# "pro-Russian", "anti-Israel": a stance, not a nationality
@pytest.mark.parametrize(("text", "phrase", "not_country"), [
    ("Pro-Russian separatists attacked a checkpoint near the airport.", "Pro-Russian separatists", "RUS"),
    ("Anti-Israel demonstrators marched through the city centre.", "Anti-Israel demonstrators", "ISR"),
    ("Pro-Iranian militias fired rockets at the base.", "Pro-Iranian militias", "IRN"),
])
def test_stance_prefix_is_not_the_country(nlp, resolver, text, phrase, not_country):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert actors and actors[0].country != not_country and actors[0].sector, _show(actors)


def test_stance_prefix_does_not_make_the_focus(nlp, resolver):
    """The article is about the country where the protest is, not the one the protesters support."""
    text = "Anti-Israel demonstrators marched through central London on Saturday."
    doc = nlp(text)
    memory = resolver.start_article(doc)
    assert memory.focus_country == "GBR", memory.focus


def test_nationality_still_counts(nlp, resolver):
    actors = resolve_phrase(nlp, resolver, "Russian separatists attacked a checkpoint.", "Russian separatists")
    assert actors and actors[0].country == "RUS", _show(actors)


# "an adviser from the Russian Ministry of Defense": the body in the head's own from/of phrase says whose
@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("A senior adviser from the Russian Ministry of Defense confirmed the deployment.", "A senior adviser", "RUS"),
    ("Officials from the United Nations criticised the decision.", "Officials", "UNO"),
])
def test_trailing_body_gives_the_country(nlp, resolver, text, phrase, country):
    doc = nlp(text)
    span = doc[0 : len(phrase.split())]
    assert span.text == phrase
    actors = resolver.resolve(span, resolver.start_article(doc))
    assert actors and actors[0].country == country, _show(actors)


def test_trailing_place_is_not_a_body(nlp, resolver):
    """'from the northern province' names where, not a body: nothing to take from it."""
    text = "An official from the northern province confirmed the deployment."
    doc = nlp(text)
    actors = resolver.resolve(doc[0:2], resolver.start_article(doc))
    assert actors and actors[0].country is None, _show(actors)


# a surname written with its particle, and a name the model tags in two pieces around its particles
def test_surname_with_particle_is_the_same_person(nlp, resolver):
    text = "Syrian Prime Minister Mohammad Ghazi al-Jalani resigned on Monday. Al-Jalani also criticised the rebels."
    doc = nlp(text)
    start = text.index("Al-Jalani")
    span = doc.char_span(start, start + len("Al-Jalani"), alignment_mode="expand")
    actors = resolver.resolve(span, resolver.start_article(doc))
    assert actors and (actors[0].country, actors[0].sector) == ("SYR", "GOV"), _show(actors)


def test_name_split_at_particles_is_one_person(nlp, resolver):
    text = "Dutch Foreign Minister Jan van der Berg criticised the plan. Van der Berg also urged talks."
    memory = resolver.start_article(nlp(text))
    names = {p.name for p in memory.persons}
    assert any(n.endswith("van der Berg") for n in names), names
    start = text.index("Van der Berg")
    doc = memory.doc
    span = doc.char_span(start, start + len("Van der Berg"), alignment_mode="expand")
    actors = resolver.resolve(span, memory)
    assert actors and (actors[0].country, actors[0].sector) == ("NLD", "GOV"), _show(actors)


def test_two_people_with_the_same_surname_stay_apart(nlp, resolver):
    """A different first name is another person, particles or not."""
    text = "Kenyan minister Amina al-Rashid met Ugandan envoy Omar al-Rashid in Kampala."
    memory = resolver.start_article(nlp(text))
    assert len({p.name for p in memory.persons}) == 2, [p.name for p in memory.persons]


# "President X did Y, the White House said": a seat of government reporting after the fact speaks for its own
def _person_country(resolver, nlp, text, surname):
    memory = resolver.start_article(nlp(text))
    return next(p.country for p in memory.persons if p.surname == surname)


def test_seat_reporting_after_gives_the_country(nlp, resolver):
    text = "President Tom Brennar has imposed sanctions on the militia that controls Somalia, the White House said."
    assert _person_country(resolver, nlp, text, "Brennar") == "USA"


@pytest.mark.parametrize("text", [
    # the seat before the report: as often about another state's president
    "The Kremlin said President Olek Marchenko must withdraw his troops from Georgia.",
    # an embassy reports on the state it is in, not its own
    "President Olek Marchenko signed the decree in Georgia, a press officer of the U.S. embassy told reporters.",
])
def test_seat_elsewhere_gives_no_country(nlp, resolver, text):
    assert _person_country(resolver, nlp, text, "Marchenko") is None


# A name before "-led" is the leader, whose the body is; a backer or a hyphenated relation stays no owner.
@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("The Saudi-led coalition bombed a bridge near the port.", "The Saudi-led coalition", "SAU"),
    ("A French-led mission arrived in the northern town on Monday.", "A French-led mission", "FRA"),
    ("The US-led alliance shelled the ridge overnight.", "The US-led alliance", "USA"),
    ("An Iran-backed coalition shelled the ridge overnight.", "An Iran-backed coalition", None),
    ("The Sudanese-Chadian border was closed again.", "The Sudanese-Chadian border", None),
])
def test_leader_before_led_owns_the_body(nlp, resolver, text, phrase, country):
    actors = resolve_phrase(nlp, resolver, text, phrase)
    assert [a.country for a in actors] == [country], _show(actors)
