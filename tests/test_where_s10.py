"""Session 10 (issue 5, places): a name found only without its generic word ("X Park", "X Township")
in an article whose other names all lead to one region of a country is a local park or township of
that region, not a namesake town in another region; a place name joined by a hyphen to a word that
makes it say who ("a London-based paper", "a Moscow-backed militia") is no event's scene. All name
lists and sentences are our own."""

from __future__ import annotations

import pytest
from coverage_checks import event_places

from eventlens.where.locate import word_list
from eventlens.where.resolve import resolve_names


def _where(places):
    return [None if p is None else (p.country, p.admin1) for p in places]


@pytest.mark.parametrize(("names", "region"), [
    # A park in West Virginia is not the Kansas city of Shawnee.
    (["Morgantown", "Fairmont", "West Virginia", "Shawnee Park"], "West Virginia"),
    # A park in California is not the Indiana town of Griffith.
    (["Sacramento", "Fresno", "California", "Griffith Park"], "California"),
])
def test_a_stripped_name_in_another_state_is_a_local_name(gazetteer, names, region):
    # Unresolved when the caller may leave it (an event place is better none than a far-off town) ...
    assert resolve_names(gazetteer, names)[-1] is None
    # ... and placed among the article's own towns when the caller must answer (the evaluator).
    answer = resolve_names(gazetteer, names, fallback_to_focus=True)[-1]
    assert answer is not None and (answer.country, answer.admin1) == ("USA", region)


def test_a_stripped_name_in_the_articles_own_state_keeps_its_town(gazetteer):
    # Kansas articles: Shawnee Park is read as Shawnee, Kansas, as before.
    got = resolve_names(gazetteer, ["Topeka", "Lawrence", "Kansas", "Shawnee Park"])
    assert _where(got)[-1] == ("USA", "Kansas")


def test_a_bare_name_is_not_affected(gazetteer):
    # The rule needs a dropped generic word: a bare town name is still a town, wherever it lies.
    got = resolve_names(gazetteer, ["Boise", "Idaho", "Twin Falls", "Portland"])
    assert got[-1] is not None and got[-1].country == "USA"


def test_a_landmark_is_no_stripped_name(gazetteer):
    # A landmark is found under its own name (its town is known), so it is never treated as stray.
    got = resolve_names(gazetteer, ["Salt Lake City", "Provo", "Utah", "Fort Detrick"])
    assert _where(got)[-1] == ("USA", "Maryland")


def test_the_hyphen_words_load_with_their_comments():
    assert {"based", "backed", "bound", "held"} <= word_list("hyphen_words")
    assert not any(w.startswith("#") or w != w.lower() for w in word_list("hyphen_words"))


@pytest.mark.parametrize(("text", "event"), [
    # Where a newspaper is based says whose it is, not where the court sits.
    ("A court issued arrest warrants for two reporters of a London-based weekly.", "COERCE"),
    # Who backs a militia is not where it struck.
    ("A Moscow-backed militia raided a farming village on Sunday.", "ASSAULT"),
    # Where a ship was heading is not where the warning was given.
    ("The defence minister threatened the organisers of a Gaza-bound relief convoy with arrest.", "THREATEN"),
    ("Navy commandos boarded a Gaza-bound relief ship and detained its crew.", "COERCE"),
])
def test_a_hyphenated_place_is_no_scene(pipeline, text, event):
    bad = {"London-based": "GBR", "Moscow-backed": "RUS", "Gaza-bound": "PSE"}
    iso3 = next(v for k, v in bad.items() if k in text)
    assert all(loc is None or loc.country != iso3 for loc in event_places(pipeline, text, event))


def test_a_hyphenated_place_leaves_the_sentences_own_place(pipeline):
    locs = event_places(pipeline, "Police in Nairobi detained two staff of a Washington-based charity on Tuesday.",
                   "COERCE")
    assert locs[0] is not None and locs[0].country == "KEN"


def test_the_place_of_a_title_is_no_scene(pipeline):
    # "the Bishop of Durham" names a see, not where a threat was made (nor a North Carolina town).
    locs = event_places(pipeline, "Police arrested a man who threatened the Bishop of Durham.", "COERCE")
    assert all(loc is None or "Durham" not in (loc.name or "") for loc in locs)


def test_a_title_words_list_loads():
    assert {"duke", "archbishop"} <= word_list("title_words")
    assert "president" not in word_list("title_words")  # a head of state's country is where most of his acts happen


@pytest.mark.parametrize(("text", "event", "iso3"), [
    # The country in the possessive picks the namesake: Pakistan's Hyderabad, not India's.
    ("Police arrested 12 men in Pakistan's Hyderabad on Friday.", "COERCE", "PAK"),
    # London, Ontario, not the English capital.
    ("A gunman shot three people in Canada's London on Friday.", "ASSAULT", "CAN"),
])
def test_a_possessive_country_picks_the_namesake(pipeline, text, event, iso3):
    locs = event_places(pipeline, text, event)
    assert locs[0] is not None and locs[0].country == iso3


def test_a_possessive_country_with_no_such_district_is_not_placed_abroad(pipeline):
    # The gazetteer has no Israeli "North District"; the Hong Kong one is not meant.
    locs = event_places(pipeline, "Militants fired rockets at Israel's North District overnight.", "ASSAULT")
    assert all(loc is None or loc.country != "HKG" for loc in locs)


def test_a_place_name_inside_a_personal_name_is_no_place(pipeline):
    # "de Lima" ends a senator's name; Peru's capital is not meant.
    locs = event_places(pipeline, "The president urged senator Maria de Lima to resign over the scandal.", "REQUEST")
    assert all(loc is None or loc.country != "PER" for loc in locs)


def test_a_place_whose_whole_name_has_a_particle_stays(pipeline):
    locs = event_places(pipeline, "Rebels attacked a base near Ciudad del Este on Friday.", "ASSAULT")
    assert locs[0] is not None and locs[0].country == "PRY"


def test_the_name_particles_list_loads():
    assert {"de", "von", "bin"} <= word_list("name_particles")


@pytest.mark.parametrize("text", [
    # The distance is an entity of its own (QUANTITY) between the name and its anchor.
    "A car bomb wounded 20 people in Iskandariyah, 50 km south of Baghdad.",
    # ... and may come twice, in two units, the second in brackets.
    "Police said a car bomb killed four people in Iskandariyah, some 20 miles (32 km) south of Baghdad.",
])
def test_a_name_placed_by_distance_from_an_anchor_is_near_the_anchor(pipeline, text):
    # Alexandria (Egypt) is a namesake of the Iraqi town, but 1,300 km from Baghdad.
    locs = event_places(pipeline, text, "ASSAULT")
    assert locs[0] is not None and locs[0].country == "IRQ"


@pytest.mark.parametrize(("text", "event", "iso3"), [
    # The country urged is the party addressed, not where the appeal was made.
    ("The Kenyan president urged Uganda to release the detained journalists.", "REQUEST", None),
    # The accused country leaves the accuser's own as the one country of the sentence.
    ("The foreign minister of Peru accused Chile of spying on its navy.", "ACCUSE", "PER"),
    # A visit's object is where it happens.
    ("The Thai prime minister visited Laos to discuss a new dam.", "CONSULT", "LAO"),
])
def test_an_addressed_country_is_no_scene(pipeline, text, event, iso3):
    locs = event_places(pipeline, text, event)
    assert (locs[0].country if locs[0] is not None else None) == iso3


def test_the_addressee_verbs_list_loads():
    assert {"accuse", "urge", "warn"} <= word_list("addressee_verbs")
    assert not {"visit", "capture", "attack"} & word_list("addressee_verbs")
