"""Toponyms in a spaCy Doc and the location of one event.

Toponyms: GPE/LOC entities, the entity ruler's `country:`/`capital:`/`admin1:` entities, and ORG/PERSON
entities that are strong gazetteer matches (the small model tags some capitals as ORG). Demonyms (NORP)
are not places (a NORP or LANGUAGE entity that is the main name of a city of a million people is), and a place name that modifies a unit or organisation noun ("the X border detachment",
"X Bank", "the X government") names the unit, not where something happened.

Event location, in order: a place in a locative prepositional phrase of the trigger, of the verb it
hangs on, or of its arguments ("in X", "near the capital", "on the A-B border"); else the sentence's
most specific place; else the one country the sentence fixes (resolution 1); else, for a local name
the gazetteer lacks in such a phrase, the article's main region or country; else None. A name whose
likeliest reading strays from the article (a small foreign town no other name points to,
`ArticleFocus.local_names`) counts as such a local name. Datelines ("CITY, April 20 (Agency) -") are
never used. The pipeline then gives an event still without a place the country the article is about
(`article_country`, resolution 1) when the article fixes one country and nothing in the sentence points
elsewhere.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from .. import docmemo
from ..events.modality import speaker
from ..events.roles import APPEAL_NOUNS, PRESSURE_NOUNS
from ..record import EventLoc
from ..regexscan import Prefiltered, prefiltered
from .build import word_list
from .patterns import GENERIC_WORDS
from .place import ADM1, ADM2, CAPITAL, CITY, COUNTRY, REGION, Gazetteer, Place, haversine_km, name_key
from .resolve import (
    _POSSESSIVE,
    focus_place,
    focus_weights,
    in_county,
    matched_candidates,
    normalise_focus,
    qualified_focus,
    qualifies,
    rank,
    stray_reading,
    within_qualifier,
)

LOCATIVE_PREPS = frozenset({"in", "at", "near", "on", "outside", "across", "inside", "around", "within",
                            "throughout", "through", "along", "off", "into", "over", "from"})
# Prepositions that place the event itself; "from"/"into"/"over" rank lower (direction, not location).
WEAK_PREPS = frozenset({"from", "into", "over"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels of a people or language that the small model also gives some city names (see `_place_name`).
MISLABELS = frozenset({"NORP", "LANGUAGE"})
RULER_PLACE_KINDS = frozenset({"country", "capital", "admin1"})
# Head nouns that a place name may modify and still be the place ("the X border", "X province").
PLACE_HEAD_NOUNS = frozenset({
    "border", "region", "province", "district", "city", "town", "village", "area", "capital", "outskirts",
    "suburb", "suburbs", "airport", "port", "valley", "mountains", "county", "state", "oblast", "governorate",
    "prefecture", "territory", "coast", "frontier", "countryside", "centre", "center", "downtown", "zone",
})
CAPITAL_WORDS = frozenset({"capital"})
# Relative expressions: "<X>, (70 km) north of <Y>", "<X> near <Y>". <Y> is the anchor: the event is at
# <X> when the gazetteer knows it, else near <Y>; <X> is the namesake of its name closest to <Y>.
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                             "northeastern", "northwestern", "southeastern", "southwestern", "northern",
                             "southern", "eastern", "western", "outskirts"})
NEAR_WORDS = frozenset({"near", "outside"})
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometers": 1.0,
            "mi": 1.609, "mile": 1.609, "miles": 1.609}
_RELATIVE_FILLER = frozenset({",", "(", ")", "-", "–", "some", "about", "around", "roughly", "approximately", "nearly",
                              "almost", "just", "only", "of", "the", "a", "few", "kilometres", "km"}) | set(_UNIT_KM)
# Nouns that make the following "of <Name>" a place whatever label NER gave the name ("the town of X").
PLACE_OF_NOUNS = frozenset({"town", "city", "village", "hamlet", "township", "district", "province", "region",
                            "municipality", "county", "suburb", "port", "settlement", "island"})
# How far from its anchor a place in a relative expression may lie when the text gives no distance.
ANCHOR_KM = 400.0
BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
_DATELINE_TAIL = re.compile(r"^\s*(,|\(|—|–|-{1,2})")


@dataclass(frozen=True)
class Toponym:
    span: Span
    place: Place


def _modifier_head(ent: Span) -> Token:
    """The noun a name modifies, at the head of its compound chain ("X border detachment" -> "detachment")."""
    head = ent.root.head
    while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head
    return head


def _modifies_event_noun(ent: Span, trigger: Token) -> bool:
    """A name modifying the trigger noun itself ("the X bombing") or the noun of a locative phrase of the
    trigger ("killed in an X bomb blast", "arrested in an X raid"): the place of the event, not a who."""
    if ent.root.dep_ not in ("compound", "amod", "nmod") or ent.root.head.i in range(ent.start, ent.end):
        return False
    head = _modifier_head(ent)
    if head.i == trigger.i:
        return trigger.pos_ == "NOUN"
    # Not a direction ("released from an X jail", "flew into an X airport"): where from or to, not the scene.
    return head.dep_ == "pobj" and head.pos_ == "NOUN" and head.head.lower_ in LOCATIVE_PREPS - WEAK_PREPS \
        and head.head.head.i == trigger.i


def _ruler_kind(ent: Span) -> str:
    ent_id = docmemo.ent_id(ent)  # read once (spaCy finds the span's root on every `ent_id_`)
    return ent_id.split(":", 1)[0] if ent_id else ""


def is_modifier(ent: Span) -> bool:
    """The name modifies a non-place noun ("the X border detachment", "X Bank", "X's government")."""
    root = ent.root
    if root.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    head = root.head
    if head.i in range(ent.start, ent.end) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "poss" and head.lemma_.lower() in CAPITAL_WORDS:
        return False
    # Walk to the head of a compound chain ("border detachment" -> "detachment").
    while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head
    lemma = head.lemma_.lower()
    # "Cairo's Tahrir Square", "Kabul's Intercontinental Hotel": the site is in the town the name says.
    return lemma not in PLACE_HEAD_NOUNS and not (root.dep_ == "poss" and lemma in word_list("facility_words"))


def is_dateline(ent: Span) -> bool:
    """A place name opening the article and followed by a comma, parenthesis or dash ("DUSHANBE, ...")."""
    doc = ent.doc
    first = next((t for t in doc if not t.is_space), None)
    if first is None or ent.start != first.i:
        return False
    tail = docmemo.text(doc)[ent.end_char: ent.end_char + 3]
    return bool(_DATELINE_TAIL.match(tail)) or ent.text.isupper()


# A city of this many people whose main name is a transliteration ending in "-ah" that English writes
# without the "h" ("Hama" for Ḩamāh, "Misrata" for Misratah, "Raqqa" for Ar Raqqah, also without the Arabic
# article) is a place under that spelling however the small model labels it (it tags such names ORG or
# PERSON), as its main name is. Wider respellings catch people's names: "Ivanov", "Lone" are one letter
# from a city, "Ahmadi" is Al Ahmadi without its article.
RESPELT_TAG_PEOPLE = 250_000
# Arabic article words a transliterated main name opens with.
_ARTICLE_WORDS = frozenset({"al", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "el", "es", "ed"})


def _english_form(key: str, p: Place) -> bool:
    """`key` is `p`'s main name ending in "-ah" without its final "h" (and maybe its Arabic article)."""
    own = name_key(p.name)
    if not own.endswith("ah") or key + "h" not in (own, own.partition(" ")[2]):
        return False
    return key + "h" == own or own.partition(" ")[0] in _ARTICLE_WORDS


MISLABEL_CITY_PEOPLE = 1_000_000


def _metropolis_name(text: str, places: Sequence[Place]) -> bool:
    key = name_key(text)
    return any(p.feature in (CITY, CAPITAL) and p.population >= MISLABEL_CITY_PEOPLE and name_key(p.name) == key
               for p in places)


def strong_match(text: str, places: Sequence[Place]) -> bool:
    """Good enough to overrule an ORG/PERSON label: the text is the main name (not an alternate) of a
    country, capital or first-level region, or of a city of 100k+ people, or the English form of the "-ah" main
    name of a city of RESPELT_TAG_PEOPLE+ (`_english_form`)."""
    key = name_key(text)
    return any((name_key(p.name) == key and (p.feature in (COUNTRY, CAPITAL, ADM1, REGION)
                                             or (p.feature == CITY and p.population >= 100_000)))
               or (p.feature in (CITY, CAPITAL) and p.population >= RESPELT_TAG_PEOPLE
                   and _english_form(key, p))
               for p in places)


def relative_anchor(doc: Doc | Span, start: int) -> tuple[bool, float | None]:
    """Whether the name starting at token `start` is the anchor of a relative expression ("north of
    <Y>", "70 km south-east of <Y>", "near <Y>", "on the outskirts of <Y>"), and the distance given, if any."""
    doc = doc.doc if isinstance(doc, Span) else doc
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False, None
    if doc[i].lower_ in NEAR_WORDS:
        return True, None
    if doc[i].lower_ != "of" or i < 1 or doc[i - 1].lower_ not in DIRECTION_WORDS:
        return False, None
    j = i - 1
    while j >= 0 and (doc[j].lower_ in DIRECTION_WORDS or doc[j].text in ("-", "–")):
        j -= 1
    km = None
    if j >= 1 and doc[j].lower_ in _UNIT_KM and doc[j - 1].like_num:
        try:
            km = float(doc[j - 1].text.replace(",", "")) * _UNIT_KM[doc[j].lower_]
        except ValueError:
            km = None
    return True, km


def _ents_by_start(doc: Doc) -> dict[int, Span]:
    """The document's entities by first token (spaCy builds `doc.ents` anew on every access: asking it
    once per name made a long article's toponyms quadratic in its entities)."""
    memo = docmemo.per_doc("ents_by_start", of=doc)
    if memo is None:
        return {e.start: e for e in docmemo.ents(doc)}
    if "starts" not in memo:
        memo["starts"] = {e.start: e for e in docmemo.ents(doc)}
    return memo["starts"]


# Entity labels of a distance between a name and its anchor, which the anchor's search steps over.
_MEASURE_LABELS = frozenset({"QUANTITY", "CARDINAL"})
# How many tokens after a name its anchor may start ("X, about 30 miles (50 km) south of Y": 10).
_ANCHOR_WINDOW = 12


def _anchor_of(ent: Span, ents_by_start: Mapping[int, Span] | None = None) -> tuple[Span, float | None] | None:
    """The anchor written right after a place name ("Balad Ruz, north of Baghdad" -> Baghdad)."""
    doc = ent.doc
    starts = _ents_by_start(doc) if ents_by_start is None else ents_by_start
    for other in (starts[i] for i in range(ent.end, ent.end + _ANCHOR_WINDOW) if i in starts):
        if other.label_ in _MEASURE_LABELS:
            continue  # the distance itself ("Balad Ruz, 50 km north of Baghdad")
        between = doc[ent.end: other.start]
        if not all(t.lower_ in _RELATIVE_FILLER or t.lower_ in DIRECTION_WORDS or t.lower_ in NEAR_WORDS
                   or t.lower_ in PLACE_OF_NOUNS or t.like_num for t in between):
            return None
        is_anchor, km = relative_anchor(doc, other.start)
        return (other, km) if is_anchor else None
    return None


def _near_anchor(places: Sequence[Place], focus: Mapping[str, float], implied: tuple[str, ...], variant: str,
                 anchor: Place, km: float | None) -> Place | None:
    """The best-ranked namesake within reach of the anchor city, or None if all lie too far away."""
    limit = max(ANCHOR_KM, 1.5 * km + 100.0) if km else ANCHOR_KM
    focus = {**focus, anchor.country: max(focus.values(), default=0.0) + 10.0} if anchor.country else focus
    for c in rank(places, focus, implied, variant):
        p = c.place
        if p.lat is not None and anchor.lat is not None and haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) <= limit:
            return p
    return None



def _after_place_noun(ent: Span) -> bool:
    """"the town of <X>": the text itself says X is a place."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lemma_.lower() in PLACE_OF_NOUNS


def _region_word(ent: Span) -> str | None:
    """The region word the text puts right after the name ("Idlib governorate") or before it with
    "of" ("the province of Idlib"), if any: the name is that region, not its same-named seat."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in word_list("region_words"):
        return doc[ent.end].lower_
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in word_list("region_words"):
        return doc[ent.start - 2].lower_
    return None


def resolve_span(ent: Span, gazetteer: Gazetteer, focus: Mapping[str, float], within: Place | None = None
                 ) -> Place | None:
    """The place an entity names, ranked with `focus`; `within`: its qualifier, a county of which only the
    readings inside count (`within_qualifier`)."""
    kind = _ruler_kind(ent)
    ent_id = docmemo.ent_id(ent)
    code = ent_id.split(":", 1)[1] if ":" in ent_id else ""
    if kind == "country" and code:
        found = gazetteer.country(code)
        if found is not None:
            return found
    places, implied, variant = matched_candidates(gazetteer, ent.text)
    word = _region_word(ent) if kind != "country" and ent.text.lower() not in word_list("region_words") else None
    said = _said_region(gazetteer, ent.text, word, places, implied, variant, focus) if word is not None else None
    if said is not None:
        places, implied, variant = said
    places = within_qualifier(places, within)
    if not places:
        return None
    if kind in ("capital", "admin1") and code and (kind == "capital" or not any(
            focus.get(p.country or "", 0.0) > focus.get(code, 0.0) for p in places)):
        # The ruler fixed the country; prefer that reading, unless the article points to another
        # reading's country more than to the region's: the ruler's patterns are chosen with no context
        # ("Manchester" is a Jamaican parish to them, the English city in an article on London).
        focus = {**focus, code: max(focus.get(code, 0.0), 1.0) + 1.0}
    return rank(places, focus, implied, variant)[0].place


def toponyms(span: Span | Doc, gazetteer: Gazetteer, focus: Mapping[str, float] | None = None,
             include_modifiers: bool = False, local_names: Collection[str] = (),
             readings: Mapping[str, Place] | None = None) -> Iterator[Toponym]:
    """Place names in `span`, resolved; one name that fails to resolve is simply skipped, and so is one
    of `local_names` (names the article's other names show to be local names the gazetteer lacks,
    `ArticleFocus.local_names`) unless its mention is qualified or anchored ("X, Ohio", "X, north of Y").
    `readings`: the article's readings of its names resolved together (`ArticleFocus.readings`), used
    for a mention with no qualifier or anchor of its own."""
    focus = focus or {}
    memo = docmemo.per_doc("toponym_names", of=span)  # what does not depend on the focus, once per entity
    for ent in docmemo.ents(span):
        key = (ent.start, ent.end, include_modifiers, id(gazetteer))
        named = memo.get(key) if memo is not None else None
        if named is None:
            named = _place_name(ent, gazetteer, include_modifiers)
            if memo is not None:
                memo[key] = named
        if not named:
            continue
        kind, qualifier, anchored = named
        if local_names and qualifier is None and anchored is None and kind != "country" \
                and ent.text in local_names:
            continue
        if qualifier is not None:
            plain = resolve_span(ent, gazetteer, focus)
            if plain is not None and not qualifies(plain, qualifier):
                qualifier = None  # "China, Japan and Korea": a list, not a qualified name
        # "Syria's Afrin District": the country that owns the name ranks its readings first. With no
        # reading there, a town or province of another country is not what the text means ("Israel's
        # North District" is no district of Hong Kong), while a region or country keeps its reading
        # ("Morocco's Western Sahara", "Russia's Crimea": a territory held or claimed).
        owner = _possessor(ent, gazetteer) if qualifier is None and kind != "country" else None
        if owner is not None:
            found = matched_candidates(gazetteer, ent.text)[0]
            if not any(p.country == owner.country for p in found):
                if found and all(p.feature in (CITY, CAPITAL, ADM1, ADM2) for p in found):
                    continue
                owner = None
        joint = readings.get(ent.text) if readings and qualifier is None and anchored is None \
            and owner is None and _region_word(ent) is None else None
        if joint is not None and kind == "country" and name_key(joint.name) != name_key(ent.text):
            joint = None  # the ruler's country ("C.A.R.") over a namesake found under another spelling
        place = joint if joint is not None else resolve_span(ent, gazetteer,
                                                             _with_qualifier(focus, qualifier or owner), qualifier)
        if place is not None and anchored is not None and kind != "country":
            anchor = resolve_span(anchored[0], gazetteer, focus)
            if anchor is not None and anchor.feature in (CITY, CAPITAL, ADM2):
                places, implied, variant = matched_candidates(gazetteer, ent.text)
                place = _near_anchor(places, _with_qualifier(focus, qualifier), implied, variant, anchor, anchored[1])
        if place is not None and qualifier is not None and qualifier.feature in (ADM1, COUNTRY) \
                and place.feature not in (COUNTRY,) and place.country != qualifier.country:
            place = None  # "Santiago, Nuevo León" with no Santiago in that country: not the Chilean one
        if place is not None:
            yield Toponym(ent, place)


def _place_name(ent: Span, gazetteer: Gazetteer, include_modifiers: bool
                ) -> tuple[str, Place | None, tuple[Span, float | None] | None] | tuple[()]:
    """Whether an entity is a place name for `toponyms`, whatever the focus: () if not, else its ruler
    kind, the qualifier written after it ("Springfield, Illinois") and the anchor of a relative
    expression after it ("Balad Ruz, north of Baghdad"), both before any resolution."""
    kind = _ruler_kind(ent)
    if kind in ("demonym", "igo"):
        return ()
    if ent.label_ in MISLABELS:
        # The small model takes some large cities for a people or a language ("Aleppo"). Peoples are named
        # like their homelands ("Kachin", "Kikuyu", "Roma"), so only the main name of a city of
        # MISLABEL_CITY_PEOPLE+ that is no demonym counts (s21 where).
        if gazetteer.demonym(ent.text) is not None or not _metropolis_name(ent.text, gazetteer.lookup(ent.text)):
            return ()
    if kind not in RULER_PLACE_KINDS and not _after_place_noun(ent):
        words = name_key(ent.text).split()
        if not words or all(w in GENERIC_WORDS for w in words):
            return ()  # "the West", "the region"
        if ent.label_ == "FAC":
            # A facility is a place through its town ("Kabul airport") or when NER mislabels a
            # district or region; "the White House" is not the small town of that name.
            found, _, variant = matched_candidates(gazetteer, ent.text)
            whole = name_key(variant) == name_key(ent.text)
            if not found or (whole and not any(p.feature in (COUNTRY, CAPITAL, ADM1, ADM2, REGION) for p in found)):
                return ()
        elif ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
            if ent.label_ not in ("ORG", "PERSON") or not strong_match(ent.text, gazetteer.lookup(ent.text)) \
                    or _surname_of_named_person(ent):
                # A person the text has named in full is no city, as a PERSON nor as an ORG, the label the
                # model also gives a lone surname ("a service for Imus" after "Don Imus") (s21 where).
                return ()
    if is_dateline(ent) or (not include_modifiers and is_modifier(ent)) or _in_longer_name(ent, gazetteer) \
            or _after_name_particle(ent, gazetteer):
        return ()
    starts = _ents_by_start(ent.doc)
    return kind, _qualifier(ent, gazetteer, starts), _anchor_of(ent, starts)


def _surname_of_named_person(ent: Span) -> bool:
    """A one-word entity that is the last word of a longer PERSON entity of the same text ("Capt.
    Roy A. Nelson ... Nelson said") is that person, though a region or capital bears the name (Nelson,
    a New Zealand region): the text has named the person in full."""
    if len(ent) != 1:
        return False
    key = ent.text.lower()
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text.lower() == key for e in docmemo.ents(ent.doc))


def _hyphen_modifier(span: Span) -> bool:
    """The name is joined by a hyphen to a word that makes it say who or what ("a London-based paper",
    "a Moscow-backed militia", `hyphen_words`): no scene of the sentence's event."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end - 1].whitespace_:
        return False
    dash, word = doc[span.end], doc[span.end + 1]
    return dash.text in ("-", "‑") and not dash.whitespace_ and word.lower_ in word_list("hyphen_words")


def _after_name_particle(ent: Span, gazetteer: Gazetteer) -> bool:
    """The place name ends a longer name through a particle ("senator Leila de Lima", "Banco de España",
    `name_particles`): a capitalised word, the particle, the name, and the gazetteer knows no place of
    the whole ("Rio de Janeiro" it does)."""
    if ent.start < 2:
        return False
    doc = ent.doc
    particle, before = doc[ent.start - 1], doc[ent.start - 2]
    if particle.text not in word_list("name_particles") or not before.text[:1].isupper() or not before.is_alpha:
        return False
    return not gazetteer.lookup(doc[ent.start - 2: ent.end].text)


def _titular(span: Span) -> bool:
    """The name follows "<title> of" ("the Duke of Cambridge", `title_words`): no scene of the event. Nor
    does one that says where a named person is from or whom a legislator represents ("Jerrold Nadler of
    New York", "an engineer, Yutaka Sato of Kobe", "the junior senator from Ohio", s17 where)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("of", "from"):
        return False
    before = doc[span.start - 2]
    if before.lower_ in word_list("legislator_words"):
        return True
    return doc[span.start - 1].lower_ == "of" and (before.lower_ in word_list("title_words")
                                                   or (before.ent_type_ == "PERSON" and before.pos_ == "PROPN"))


# Prepositions by which an event happens within a war or crisis ("killed in the war in X"); "as" is
# the parser's preposition for a clause's "as" ("... as the war in X entered its third year").
WITHIN_PREPS = frozenset({"in", "during", "amid", "as"})


def _topical(span: Span, trigger: Token) -> bool:
    """The place names where a happening the sentence is about is ("talks to end the war in X", "a
    protest over the conflict in X"): it hangs by a preposition on a topic noun (`topic_nouns`) that is
    not the trigger, and that noun is not where the event happened ("killed in the war in X", "the war
    in X has killed ...")."""
    root = span.root
    # "a war against X" names the enemy, whose country is often the scene.
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.lower_ == "against":
        return False
    noun = root.head.head
    if noun.pos_ == "VERB" and noun.i != trigger.i:
        # The parser often hangs the place on the verb of the war: "to end the war in X".
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < root.head.i
                     and c.lemma_.lower() in word_list("topic_nouns")), noun)
    if noun.i == trigger.i or noun.lemma_.lower() not in word_list("topic_nouns"):
        return False
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "a wave of violence in X": the wave
    # The war as the subject of its own clause is the scene ("as the war in X entered its third year",
    # "a wave of violence in X killed ...").
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in WITHIN_PREPS)


# Prepositions that give what something is about, not where it is ("propaganda about X", "a report
# concerning X").
SUBJECT_PREPS = frozenset({"about", "regarding", "concerning"})


def _phrase_prep(span: Span) -> Token | None:
    """The preposition whose object the name is, through lists and appositions ("about X and Y", "in X,
    Y"), or None."""
    tok = span.root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None


def _described(span: Span, trigger: Token) -> bool:
    """The name says what a phrase is about ("accused it of propaganda about X": `SUBJECT_PREPS`) or
    where a party lives or comes from ("a doctor based in X", "born in X": `descriptor_verbs`, the
    preposition on the verb or on its object; "militants with bases in X": `descriptor_nouns`), not where the event of `trigger` happens (s19 where)."""
    prep = _phrase_prep(span)
    if prep is None:
        return False
    if prep.lower_ in SUBJECT_PREPS:
        return True
    head = prep.head
    if head.i != trigger.i and head.pos_ == "NOUN" and head.lemma_.lower() in word_list("descriptor_nouns") \
            and head.dep_ == "pobj" and head.head.lower_ == "with":
        # "planned by militants with bases in X" (s21 where); but what is done to that party ("attacked
        # militants with bases in X") is likely done there
        party = head.head.head
        return not (party.head.i == trigger.i and party.dep_ in ("dobj", "nsubjpass"))
    for _ in range(2):  # the verb itself, or the verb of an object the phrase hangs on ("Born X in Y")
        if head.i == trigger.i:
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in word_list("descriptor_verbs"):
            return True
        if head.dep_ not in ("dobj", "attr", "oprd") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _team_name(span: Span, gazetteer: Gazetteer) -> bool:
    """The place name is (or runs on into) a sports club's name: its last word, or the capitalised word
    right after it, is a team word ("Leeds United", "Bristol Rovers"; "City" only in a sentence with a
    sports word: "Manchester City fans") and the gazetteer does not know the whole as a place ("Mexico
    City", "Kansas City" it does)."""
    doc = span.doc
    sport = word_list("sport_words")
    sent = span.sent
    lemmas = docmemo.token_keys(doc)[2][sent.start:sent.end]
    club = word_list("team_words") | (sport & {"city"} if not (sport - {"city"}).isdisjoint(lemmas) else set())
    last = span[-1]
    if len(span) > 1 and last.lower_ in club and last.text[:1].isupper():
        whole = span.text
    elif span.end < len(doc) and doc[span.end].lower_ in club and doc[span.end].text[:1].isupper() \
            and doc[span.end - 1].whitespace_:
        whole = f"{span.text} {doc[span.end].text}"
    else:
        return False
    return not gazetteer.lookup(whole)


def _in_longer_name(ent: Span, gazetteer: Gazetteer) -> bool:
    """The place name is the end of a longer proper name that is no place: a capitalised word outside any
    entity is compounded onto it ("Real Madrid", "HMS Montrose", "an F-16 Fighting Falcon"), is no
    place word ("Downtown", "Greater", `name_words`), and the two together name nothing in the gazetteer
    ("Mount Lebanon" does). Such a name is a team, ship, weapon or operation named after the place."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    # The parser tags some such words as nouns or verbs ("Fighting/VERB Falcon"); a capitalised common
    # word opening the sentence is no sign of a name.
    if (prev.dep_ != "compound" or not ent.start <= prev.head.i < ent.end or prev.ent_type_
            or not prev.text[:1].isupper() or prev.sent.start != ent.sent.start
            or prev.pos_ not in ("PROPN", "NOUN", "VERB") or (prev.pos_ != "PROPN" and prev.is_sent_start)):
        return False
    word = name_key(prev.text)
    if not word or word in GENERIC_WORDS or word in word_list("name_words"):
        return False
    # A headline capitalises every word ("Senior Official Visits Georgia"): capitals say nothing there.
    words = [t for t in ent.sent if t.is_alpha]
    if sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words):
        return False
    return not gazetteer.lookup(f"{prev.text} {ent.text}")


def _qualifier(ent: Span, gazetteer: Gazetteer, ents_by_start: Mapping[int, Span] | None = None) -> Place | None:
    """The region or country written right after a place name and a comma ("San Fernando,
    Tamaulipas", "Springfield, Illinois", "Santiago, Chile"): it says which of the namesakes is meant."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    nxt = (_ents_by_start(doc) if ents_by_start is None else ents_by_start).get(ent.end + 1)
    if nxt is None or nxt.label_ not in PLACE_LABELS | {"ORG"}:
        return None
    kind = _ruler_kind(nxt)
    code = nxt.ent_id_.split(":", 1)[1] if ":" in nxt.ent_id_ else ""
    if kind == "country" and code:
        return gazetteer.country(code)
    qualifiers = gazetteer.lookup(nxt.text)
    found = [p for p in qualifiers if p.feature in (ADM1, COUNTRY) and p.country]
    places = matched_candidates(gazetteer, ent.text)[0]
    if len(found) > 1:
        # A region name or code several countries share ("Perth, WA": Washington or Western Australia) is
        # the one that holds a place of the name (s22 where).
        found = [q for q in found if any(p.country == q.country and (q.feature == COUNTRY or p.admin1 == q.name)
                                         for p in places)] or found
    if not found:
        # A county or shire written by its full name that holds a place of the name ("Springfield, Sangamon
        # County", "Guildford, Surrey"): the largest such (s22 where). One that holds none says nothing, and
        # a county's bare name ("Hamilton, Madison") is a list of counties as often as a qualifier.
        key = name_key(nxt.text)
        found = [q for q in qualifiers if q.feature == ADM2 and q.country and name_key(q.name) == key
                 and any(in_county(p, q) for p in places)]
    return max(found, key=lambda p: p.population) if found else None


def _possessor(ent: Span, gazetteer: Gazetteer) -> Place | None:
    """The country written in the possessive right before a place name ("Israel's North District",
    "Syria's Afrin District"): it says which of the namesakes is meant."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return None
    owner = next((e for e in docmemo.ents(doc) if e.end == ent.start - 1), None)
    if owner is None or _ruler_kind(owner) != "country" or ":" not in owner.ent_id_:
        return None
    return gazetteer.country(owner.ent_id_.split(":", 1)[1])


def _with_qualifier(focus: Mapping[str, float], qualifier: Place | None) -> Mapping[str, float]:
    if qualifier is None or not qualifier.country:
        return focus
    return qualified_focus(focus, qualifier)


def mention_qualifier(doc: Doc, start_char: int, end_char: int, gazetteer: Gazetteer) -> Place | None:
    """The qualifier ("Dublin, Ohio") of the place name at these character offsets of `doc`, if any."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return _qualifier(span, gazetteer) if span is not None and len(span) else None


def _said_region(gazetteer: Gazetteer, name: str, word: str, places: Sequence[Place], implied: tuple[str, ...],
                 variant: str, focus: Mapping[str, float]) -> tuple[list[Place], tuple[str, ...], str] | None:
    """The candidates of `name` read with the region word beside it ("Washington state"), or None when
    the word does not apply: the name is a country's ("Mexico state media"), the name with the word finds
    nothing new, or what it finds is no region of that very name in the country of the bare name's
    likeliest reading. The word says which level of a place is meant, not which country or which name: "the
    Charlotte region" is the city's region, not a Caribbean parish called Charlotte, and "Columbia State"
    (a college) is not the District of Columbia."""
    if not places or any(p.feature == COUNTRY for p in places):
        return None
    said = matched_candidates(gazetteer, f"{name} {word}")
    if not said[0]:
        return None
    top = rank(said[0], focus, said[1], said[2])[0].place
    bare = rank(places, focus, implied, variant)[0].place
    if top == bare or top.feature not in (ADM1, ADM2, REGION) or top.country != bare.country \
            or name_key(top.name) != name_key(bare.name):
        return None  # (a word that changes nothing says nothing: "the Somme region", a département)
    return said


def mention_region_name(doc: Doc, start_char: int, end_char: int, gazetteer: Gazetteer,
                        focus: Mapping[str, float] | None = None) -> str | None:
    """The name with the region word the text writes beside it ("Washington state", "the province of
    Idlib" -> "Washington state", "Idlib province"), as `resolve_span` reads the place name at these
    character offsets (with the article's `focus`), or None when the text gives no such word or the word
    does not apply (`_said_region`)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span) or _ruler_kind(span) == "country" or span.text.lower() in word_list("region_words"):
        return None
    word = _region_word(span)
    if word is None:
        return None
    places, implied, variant = matched_candidates(gazetteer, span.text)
    said = _said_region(gazetteer, span.text, word, places, implied, variant, focus or {})
    return f"{span.text} {word}" if said is not None else None


# Country cues the actor tables find in a text that are not themselves place names: demonyms
# ("Ohioans" is no cue, "Iraqi" is) and seats of power. Country and capital names are toponyms the where
# stage weighs itself, each by all its readings ("Paris" in an article on Paris, Texas).
TEXT_CUE_KINDS = ("demonym", "seat")
# Whether a country name modifying a body or office ("the U.S. Congress") is such a cue too (`document_focus`).
MODIFIER_CUES = True


# Each distinct wording of a country's local press (`press_cues.tsv`) gives this much focus, shared by
# the countries that write so, up to 1.0 a country (tuned on LGL: 0.35 / 0.5 / 0.7 / 1.0; a shared cue
# at full weight for each country pulled US articles' towns to Canadian namesakes).
PRESS_CUE_WEIGHT = 0.7


@functools.cache
def press_cues() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """(pattern, countries) rows of `press_cues.tsv`."""
    from importlib import resources

    text = resources.files(__package__).joinpath("press_cues.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple((re.compile(r[0]), tuple(r[1].strip().split("|"))) for r in rows[1:] if len(r) == 2)


@functools.cache
def _press_scans() -> tuple[Prefiltered, ...]:
    """`press_cues` patterns, each tested first for a plain string it cannot match without
    (`eventlens.regexscan`): most articles hold none, and a substring test is far cheaper than a search."""
    return prefiltered(pattern for pattern, _ in press_cues())


def press_focus(text: str) -> dict[str, float]:
    """The countries whose local press writes as `text` does (North American phone numbers, "the 800
    block of", "Councilwoman"): PRESS_CUE_WEIGHT per distinct wording, split among the countries that
    share it, at most 1.0 a country."""
    hits: Counter[str] = Counter()
    for (_pattern, countries), cue in zip(press_cues(), _press_scans(), strict=True):
        if cue.search(text):  # the pattern's own answer, run only if a string it needs is in the text
            for c in countries:
                hits[c] += 1.0 / len(countries)
    return {c: min(1.0, PRESS_CUE_WEIGHT * n) for c, n in hits.items()}


# "the City of X", "the Town of X": also a name spoken of as a town of its own.
_MUNICIPAL_BEFORE = r"(?:[Cc]ity|[Tt]own|[Vv]illage|[Tt]ownship) of "


@functools.cache
def _municipal_after() -> str:
    words = sorted(word_list("municipal_words"), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")s?\b"  # "Dublin elementary schools"


def press_towns(text: str, names: Iterable[str], gazetteer: Gazetteer,
                press: Mapping[str, float] | None = None) -> dict[str, str]:
    """Names the text speaks of as a town of its own ("Dublin City Council", "Paris firefighters",
    `municipal_words.txt`) in an article written as a country's local press (`press_focus`, that
    country at least PRESS_CUE_WEIGHT / 2 and leading): name -> the ISO3 of that country, when it has a
    town of that very name (among several such countries, the one with the most populous town). Such a
    name is that town, not a capital or country abroad of the same name ("Dublin" in a council report
    with US phone numbers and a "Councilwoman")."""
    press = press_focus(text) if press is None else press
    top = max(press.values(), default=0.0)
    if top <= 0.0 or top < PRESS_CUE_WEIGHT / 2:
        return {}
    home = {c for c, v in press.items() if v == top}
    names = list(dict.fromkeys(names))
    # Among several such countries, one whose country or first-level region the text names ("Manitoba"
    # where the wordings are both US and Canadian) comes before the most populous town (s22 where).
    named: Counter[str] = Counter()
    if len(home) > 1:
        for other in names:
            key = name_key(_POSSESSIVE.sub("", other.strip()))
            named.update({p.country for p in gazetteer.lookup(other) if p.feature in (COUNTRY, ADM1)
                          and p.country in home and name_key(p.name) == key})
    out: dict[str, str] = {}
    for name in names:
        bare = _POSSESSIVE.sub("", name.strip())
        if not bare or name in out:
            continue
        said = re.compile(rf"\b(?i:{re.escape(bare)})(?:['’]s)?\s+(?i:{_municipal_after()})|{_MUNICIPAL_BEFORE}{re.escape(bare)}\b")
        if not said.search(text):
            continue
        key = name_key(bare)
        towns = [p for p in gazetteer.lookup(bare) if p.country in home and p.feature != COUNTRY
                 and name_key(p.name) == key]
        if towns:
            out[name] = max(towns, key=lambda p: (named[p.country], p.population)).country or ""
    return out


# A first-level region named by one of its own government's offices (`region_office_words.txt`: "the
# Georgia Bureau of Investigation") is in the article's focus at this weight, shared by the regions of
# that name (tuned on LGL: text-protocol country and 161 km).
REGION_OFFICE_WEIGHT = 0.7


# The least population of a county or historic region whose own body ("Lancashire Constabulary") puts its
# country in the article's focus (`region_office_focus`).
LOWER_OFFICE_MIN_POPULATION = 100_000


_DIRECTION_WORD = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)"
                             r"(?:[- ](?:North|South|East|West|Central))?")


@functools.cache
def _region_office_pattern() -> re.Pattern[str]:
    words = sorted(word_list("region_office_words"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"((?:[A-Z][a-z]+\s+){{1,3}})(?:{alt})(?![a-z])")


def region_office_focus(text: str, gazetteer: Gazetteer) -> dict[str, float]:
    """Focus from the offices of first-level regions the text names ("the Georgia Bureau of
    Investigation" -> the US state of Georgia and the United States): REGION_OFFICE_WEIGHT for the
    region ("ISO3/Name") and its country, shared among the regions of that name; the longest run of
    capitalised words before the office that names a first-level region ("New York State Police")."""
    hits: Counter[str] = Counter()
    seen: set[str] = set()
    for m in _region_office_pattern().finditer(text):
        words = m.group(1).split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            if name in seen:
                break
            if _DIRECTION_WORD.fullmatch(name):
                continue  # "the Indian Central Bureau of Investigation": no region's name
            found = gazetteer.lookup(name)
            regions = [p for p in found if p.feature == ADM1 and p.country and name_key(p.name) == name_key(name)]
            other = max((p.population for p in found if p.feature in (COUNTRY, CAPITAL, CITY)), default=0)
            if regions and other > max(p.population for p in regions):
                # "the Mexico Attorney General", "the Santiago Court of Appeals": the country's or the
                # city's office, not a region's
                break
            if regions:
                seen.add(name)
                people = sum(max(p.population, 1) for p in regions)
                for p in regions:  # shared by the regions of that name, by their people
                    hits[f"{p.country}/{p.name}"] += max(p.population, 1) / people
                    hits[p.country or ""] += max(p.population, 1) / people
                break
            # A county or a historic region of one country ("the Yorkshire Law Society", "Lancashire
            # Constabulary"): its country only (no first-level region to name). Only a populous one
            # (LOWER_OFFICE_MIN_POPULATION; not "the Frontier Constabulary" of Pakistan for a tiny
            # Canadian district) and not when a first-level region is also read ("the Beni Department"
            # of Bolivia, whose "El Beni" is no exact match).
            lower = [p for p in found if p.feature in (ADM2, REGION) and p.country and name_key(p.name) == name_key(name)
                     and p.population >= LOWER_OFFICE_MIN_POPULATION]
            if (lower and other <= max(p.population for p in lower) and len({p.country for p in lower}) == 1
                    and not any(p.feature == ADM1 for p in found)):
                seen.add(name)
                hits[lower[0].country or ""] += 1.0
                break
    return {k: min(1.0, REGION_OFFICE_WEIGHT * n) for k, n in hits.items()}


def document_focus(doc: Doc, resolver: Any = None, kinds: Sequence[str] = TEXT_CUE_KINDS,
                   names: Sequence[Any] | None = None, press: Mapping[str, float] | None = None,
                   gazetteer: Gazetteer | None = None, institutions: Collection[str] | None = None) -> dict[str, float]:
    """The article focus from the country cues of the whole text (`kinds` of the actor tables' names,
    as `countries_in` counts them), scaled so the most named country is 1.0 (as `locate_event` scales
    its focus). With `kinds=FOCUS_KINDS` this is the pipeline's `countries_in` focus. `names`: the
    table names already found in `doc` (the actor memory's `names`), so the text is not scanned twice;
    `press`: its `press_focus`, when the caller has it. `institutions`: count a country named as the
    modifier of a body or office too ("the U.S. Congress"), unless a town of one of these countries (the
    article's places) or of the text's other cues bears the name (`article_focus` passes them; the
    evaluator does not)."""
    if names is None:
        from ..actors.memory import scan_names

        if resolver is None:
            from ..actors import ActorResolver

            resolver = ActorResolver.from_lexicons()
        names = scan_names(doc, resolver.tables)
    landforms = word_list("landform_words")

    def part_of_a_name(m: Any) -> bool:
        # "Indian Orchard", "Mexican Hat": a demonym before a capitalised landform noun is a local name.
        i = m.end - getattr(doc, "start", 0)  # a Span's mentions count from its Doc's start
        if m.entry.kind != "demonym" or i >= len(doc):
            return False
        nxt = doc[i]
        return nxt.text[:1].isupper() and nxt.text.lower() in landforms

    def names_an_institution(m: Any) -> bool:
        # "the U.S. Congress", "Hong Kong authorities", "Pakistan's army": a country name modifying a
        # body or office says whose it is, as a demonym does ("the American Congress"); `toponyms` skips
        # it as a modifier, so without this an article on a country's institutions may not point to it
        # at all (s17 where).
        if institutions is None or not MODIFIER_CUES or m.entry.kind != "country" or "country" in kinds \
                or not m.entry.code:
            return False
        start = m.start - getattr(doc, "start", 0)
        span = doc[start: m.end - getattr(doc, "start", 0)]
        if not len(span) or not is_modifier(span) or (span.end < len(span.doc) and span.doc[span.end].text in "-‑"):
            return False  # not a modifier, or a hyphenated name ("Agence France-Presse", "U.S.-led")
        head = span.root.head
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
            head = head.head
        lemma = head.lemma_.lower()
        if lemma in word_list("cue_exclusions") or lemma in word_list("topic_nouns"):
            return False
        # "Georgia lawmakers", "the Palestine police": a country's name that a first-level region of another
        # country bears, or a town of a country the text's other cues point to, may be that place's (tuned
        # on LGL, whose Texan Palestine and Pennsylvanian Lebanon turned foreign with this cue; a French
        # village "Us" does not keep "U.S. lawmakers" from the United States)
        key = name_key(span.text)
        return gazetteer is None or not any(
            p.country != m.entry.code and name_key(p.name) == key
            and (p.feature == ADM1 or p.feature in (ADM2, CITY, CAPITAL) and p.country in cued)
            for p in gazetteer.lookup(span.text))

    counts = Counter(m.entry.code for m in names if m.entry.kind in kinds and m.entry.code and not part_of_a_name(m))
    press = press_focus(docmemo.text(doc)) if press is None else press
    cued = set(counts) | set(press) | set(institutions or ())
    counts.update(m.entry.code for m in names if names_an_institution(m) and not part_of_a_name(m))
    out = normalise_focus({k: float(v) for k, v in counts.items()})
    if PRESS_CUE_WEIGHT:
        for k, v in press.items():
            out[k] = max(out.get(k, 0.0), v)
    if gazetteer is not None and REGION_OFFICE_WEIGHT:
        for k, v in region_office_focus(docmemo.text(doc), gazetteer).items():
            out[k] = max(out.get(k, 0.0), v)
    return out
def article_places(doc: Doc, focus: Mapping[str, float] | None, gazetteer: Gazetteer) -> list[Toponym]:
    """All toponyms of the article, resolved with the article's own focus added to `focus`: a first
    pass over the names fixes which countries the article is about."""
    first = list(toponyms(doc, gazetteer, focus))
    doc_focus = focus_weights(t.place for t in first)
    for k, v in (focus or {}).items():
        doc_focus[k] = max(doc_focus.get(k, 0.0), v)
    return list(toponyms(doc, gazetteer, doc_focus))


def _countries_in(tokens: Iterable[Token], sent: Span, gazetteer: Gazetteer) -> list[str]:
    """Countries named by the words of a phrase ("Tajik-Afghan", "Iran-Iraq"): ruler ids first, then
    each word as a demonym or country name."""
    toks = list(tokens)
    idx = {t.i for t in toks}
    out: list[str] = []
    for ent in docmemo.ents(sent):
        if ent.start in idx and ":" in docmemo.ent_id(ent) and _ruler_kind(ent) in ("country", "demonym"):
            out.append(docmemo.ent_id(ent).split(":", 1)[1])
    if len(out) < 2:
        out = []
        for t in toks:
            for part in t.text.split("-"):
                if not part or not part[0].isupper():
                    continue
                place = gazetteer.demonym(part)
                if place is None:
                    place = next((p for p in gazetteer.lookup(part) if p.feature == COUNTRY), None)
                if place is not None and place.country:
                    out.append(place.country)
    return list(dict.fromkeys(out))


def _border(pobj: Token, sent: Span, focus: Mapping[str, float], gazetteer: Gazetteer, text: str) -> EventLoc | None:
    mods = [t for t in pobj.subtree if t.i < pobj.i and t.dep_ not in ("det", "case")]
    countries = _countries_in(mods, sent, gazetteer)
    if not countries:
        return None
    ordered = sorted(countries, key=lambda c: -focus.get(c, 0.0)) if len(countries) > 1 else countries
    first = gazetteer.country(ordered[0])
    name = " ".join(t.text for t in mods if t.dep_ != "punct" or t.text == "-").replace(" - ", "-")
    name = f"{name} {pobj.text}".strip()
    return EventLoc(name=name, country=ordered[0], lat=None, lon=None, feature=None,
                    resolution=1 if first is not None else None, text=text, countries=countries)


def _capital(sent: Span, focus: Mapping[str, float], gazetteer: Gazetteer, text: str,
             places: Sequence[Toponym]) -> EventLoc | None:
    """'near the capital' -> the capital of the country the sentence names, else of the article's focus."""
    scores: dict[str, float] = dict(focus)
    for t in places:
        if t.place.country:
            scores[t.place.country] = scores.get(t.place.country, 0.0) + 2.0
    for ent in docmemo.ents(sent):
        if _ruler_kind(ent) in ("country", "demonym") and ":" in docmemo.ent_id(ent):
            code = docmemo.ent_id(ent).split(":", 1)[1]
            scores[code] = scores.get(code, 0.0) + 1.0
    for iso3, _ in sorted(scores.items(), key=lambda kv: -kv[1]):
        cap = gazetteer.capital(iso3)
        if cap is not None:
            return cap.to_event_loc(text=text)
    return None


def _attachment_heads(trigger: Token, argument_tokens: Sequence[Token]) -> list[Token]:
    """Tokens whose locative phrases describe the event, most direct first."""
    heads = [trigger]
    if trigger.dep_ in ("conj", "xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "attr", "advcl") and trigger.head != trigger:
        heads.append(trigger.head)
        if trigger.head.dep_ == "prep":  # "the arrest of X in Y": trigger <- of <- ...
            heads.append(trigger.head.head)
    heads += [t for t in argument_tokens if t not in heads]
    # Objects of the trigger's other prepositions ("clashed with traffickers on the border").
    for h in list(heads[:2]):
        for prep in h.children:
            if prep.dep_ == "prep":
                heads += [c for c in prep.children if c.dep_ == "pobj" and c not in heads]
    return heads


# A country the sentence itself names (by name or demonym) outweighs the article's focus for the
# sentence's other places ("Saudi Arabia extended curfews in Mecca and Medina" in an article mostly
# about the United States): its weight is the article's top weight plus this.
SENTENCE_COUNTRY_MARGIN = 0.5


def sentence_focus(sent: Span, focus: Mapping[str, float],
                   readings: Mapping[str, Place] | None = None) -> dict[str, float]:
    """`focus` with the countries the sentence names (the entity ruler's country and demonym ids) put
    first, in the article's order among themselves, unless it names the article's top country too.
    A country name the article reads as another place (`readings`: "Georgia" read with the US towns
    around it as the state) names no country."""
    readings = readings or {}
    named = [docmemo.ent_id(ent).split(":", 1)[1] for ent in docmemo.ents(sent)
             if _ruler_kind(ent) in ("country", "demonym") and ":" in docmemo.ent_id(ent)
             and (ent.text not in readings or readings[ent.text].feature == COUNTRY)]
    out = dict(focus)
    top = max(out.values(), default=0.0)
    # A sentence that names the article's top country agrees with the article: nothing to override.
    if named and not any(out.get(iso3, 0.0) >= top > 0 for iso3 in named):
        for iso3 in dict.fromkeys(named):
            out[iso3] = top + SENTENCE_COUNTRY_MARGIN + 0.1 * out.get(iso3, 0.0)
    return out


# Single curly quotes are left out: "’" is also the apostrophe ("the country’s largest paper").
_OPEN_QUOTES = frozenset({"“", "«"})
_CLOSE_QUOTES = frozenset({"”", "»"})
# A chant, slogan or banner is short; a longer quotation is reported speech, whose places still count.
SLOGAN_TOKENS = 6


def _quotations(sent: Span) -> list[tuple[int, int]]:
    """(open, close) token indices of the short quotations (chants, slogans: at most SLOGAN_TOKENS
    tokens inside) in `sent`: curly or angle double quotes paired in order, straight double quotes
    paired by turns. An unclosed quotation is none."""
    out: list[tuple[int, int]] = []
    curly: int | None = None
    straight: int | None = None
    texts = docmemo.token_keys(sent.doc)[0]  # each token's text, read once per coded doc
    for i in range(sent.start, sent.end):
        text = texts[i]
        if text in _OPEN_QUOTES and curly is None:
            curly = i
        elif text in _CLOSE_QUOTES and curly is not None:
            out.append((curly, i))
            curly = None
        elif text in ('"', "''", "``"):
            if straight is None:
                straight = i
            else:
                out.append((straight, i))
                straight = None
    return [(a, b) for a, b in out if b - a - 1 <= SLOGAN_TOKENS]


def locate_event(sent: Span, trigger: Token, argument_tokens: Sequence[Token], focus_countries: Mapping[str, float],
                 gazetteer: Gazetteer) -> EventLoc | None:
    """Where the event of `trigger` happened (see the module docstring for the order of evidence)."""
    article = normalise_focus(focus_countries)
    together = focus_countries.readings if isinstance(focus_countries, ArticleFocus) else {}
    focus = sentence_focus(sent, article, together)
    local = focus_countries.local_names if isinstance(focus_countries, ArticleFocus) else ()
    # The article's names read together (a county beside a town, leave-one-out focus), as the evaluator
    # reads them, unless the sentence names a country of its own that outranks the article's.
    joint = together if focus == article else None
    places = list(toponyms(sent, gazetteer, focus, local_names=local, readings=joint))
    # A town or province that only modifies the event noun ("the <town> bomb blast", "killed in a <town>
    # raid") is where the event happened, though a modifier of any other noun says who or what (session 23).
    seen = {(t.span.start, t.span.end) for t in places}
    places += [t for t in toponyms(sent, gazetteer, focus, include_modifiers=True, local_names=local, readings=joint)
               if (t.span.start, t.span.end) not in seen and t.place.feature != COUNTRY
               and _modifies_event_noun(t.span, trigger)]
    # A place where a war or crisis the sentence is about happens is not the event's scene.
    topical = [t for t in places if _topical(t.span, trigger)]
    # Neither is a name that says who ("a London-based paper", "a Moscow-backed militia", "the Duke of X"),
    # nor one in a short quotation the trigger is outside of (a chant, a slogan, a banner: "... marched
    # in X chanting 'Y out'": someone's words, not the scene).
    quoted = _quotations(sent)
    places = [t for t in places if t not in topical and not _hyphen_modifier(t.span) and not _titular(t.span)
              and not any(a < t.span.start and t.span.end <= b and not a < trigger.i < b for a, b in quoted)
              and not _team_name(t.span, gazetteer) and not _served(t) and not _agent(t)
              and not _surname(t, gazetteer) and not _described(t.span, trigger)]
    # Nor is the party a noun of aid or of a measure is for or aimed at ("a loan to X", "aid for X",
    # "sanctions against X"); like a war elsewhere, it still counts against another country in step 3.
    # Nor where goods come from ("seized weapons from X at the port": `goods_nouns`) (s21 where).
    aimed = [t for t in places if _beneficiary(t.span) or _origin(t.span)]
    places = [t for t in places if t not in aimed]
    by_token: dict[int, Toponym] = {}
    for t in places:
        for i in range(t.span.start, t.span.end):
            by_token[i] = t
    # Tokens of the local names `toponyms` skipped ("Piccadilly" in a London article).
    local_tokens = {i: ent.text for ent in docmemo.ents(sent) if ent.text in local
                    for i in range(ent.start, ent.end) if i not in by_token} if local else {}

    # 1. A locative prepositional phrase of the trigger, its governing verb or its arguments.
    best: tuple[int, EventLoc] | None = None
    local_phrase: str | None = None  # a local name in such a phrase: somewhere in the article's region
    for rank_i, head in enumerate(_attachment_heads(trigger, argument_tokens)):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS and not (
                    # "the invasion of Ukraine", "the siege of Sarajevo": a war or occupation is of its place
                    # (`topic_nouns`), when that noun is the trigger itself (s17 where)
                    prep.lower_ == "of" and head.i == trigger.i and trigger.pos_ == "NOUN"
                    and trigger.lemma_.lower() in word_list("topic_nouns")):
                continue
            for pobj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
                loc = _phrase_place(pobj, sent, by_token, focus, gazetteer, places)
                if loc is None:
                    town = _city_named_before(_part_of(pobj) or pobj, together)
                    loc = town.to_event_loc(text=f"the {pobj.text}") if town is not None else None
                if loc is not None:
                    key = rank_i * 2 + (prep.lower_ in WEAK_PREPS)
                    if best is None or key < best[0]:
                        best = (key, loc)
                elif local_phrase is None and local_tokens:
                    local_phrase = next((local_tokens[t.i] for t in pobj.subtree if t.i in local_tokens), None)
    # A journey's destination ("a visit to X", "visited X") is its scene, as "in X" is: it ranks with the
    # trigger's own locative phrases, ahead of where the visitor came from.
    dest = _destination_place(trigger, sent, by_token, focus, gazetteer, places)
    if dest is not None and (best is None or best[0] > 0):
        best = (0, dest)
    if best is not None:
        return best[1]

    # 2. The sentence's most specific place (resolution 2-4), nearest the trigger. A place that IS an
    # argument ("aid to <capital>", "<capital> protested") stands for its government, not the scene, and
    # neither is the source of a report ("the Pentagon says a soldier was killed", "Moscow said ...").
    said_by = speaker(trigger)
    if said_by is not None:
        places = [t for t in places if t.span.root.i != said_by.i]
    arg_ids = {t.i for t in argument_tokens}
    specific = _without_anchors([t for t in places if t.place.resolution and t.place.resolution >= 2
                                 and not arg_ids & set(range(t.span.start, t.span.end))])
    # Nor is a capital or seat of power that acts ("Islamabad has blamed ...", "the Kremlin said ...",
    # "Beijing had assured ..."): it stands for its government, as a speaker does (s17 where).
    specific = [t for t in specific if not _acting_seat(t)]
    if specific:
        t = min(specific, key=lambda t: (-min(t.place.resolution or 0, 4), abs(t.span.start - trigger.i)))
        return t.place.to_event_loc(text=t.span.text)

    # 3. The one country the sentence's places fix. Demonyms do not count: "Tajik migrants were
    # detained" says who, not where. A war elsewhere the sentence is about fixes no country, and one in
    # another country leaves the sentence two, not one. Nor does a country the event is aimed at
    # ("accuses the United Kingdom", "urges Bahrain to free ...", "sanctions against Belarus"): it
    # stands for its government, as in step 2.
    # Nor is a country that is the subject of another clause, one that does not govern the trigger: in
    # "X said Islamabad must address ...", "demanded that Ottawa drop ...", "welcomed the news that Ukraine
    # had agreed ..." it is the party spoken about, not where the saying or welcoming happens; like a war
    # elsewhere, such a country still counts against another one the sentence names (s20 where).
    places = [t for t in places if not _targeted(t, arg_ids)]
    acting = [t for t in places if _subject_elsewhere(t, trigger)]
    places = [t for t in places if t not in acting]
    countries = {t.place.country for t in places if t.place.country}
    if len(countries) == 1 and all(t.place.country in countries for t in (*topical, *acting, *aimed)
                                   if t.place.country):
        iso3 = countries.pop()
        country = gazetteer.country(iso3)
        if country is not None:
            named = next((t.span.text for t in places if t.place.country == iso3), None)
            return country.to_event_loc(text=named)

    # 4. A local name in a locative phrase ("arrested in <a street of the article's city>"): the article's
    # main region or country (`resolve.focus_place`, as the evaluator places such names), when one
    # country leads the article.
    if local_phrase is not None and sum(v >= 1.0 for k, v in focus_countries.items() if "/" not in k) == 1:
        region = focus_place(gazetteer, focus_countries)
        if region is not None:
            return region.to_event_loc(text=local_phrase)
    return None


# Bare nouns that refer back to a town the text has just named ("clashed with police in the city").
ANAPHORIC_TOWN_WORDS = frozenset({"city", "town"})
# How many sentences before the phrase's own one `_city_named_before` looks back for the town.
ANAPHORA_SENTENCES = 2


def _city_named_before(pobj: Token, readings: Mapping[str, Place]) -> Place | None:
    """"in the city", "in the town" with nothing but "the" on the noun: the one town the article's
    readings (`ArticleFocus.readings`) give the names of the nearest stretch that names any, looking back
    from the phrase over its own sentence and at most ANAPHORA_SENTENCES before it ("Protesters gathered in
    Lyon. Police clashed with them in the city."). None when that stretch names two towns or none: the
    reference is then not clear (s20 where)."""
    if pobj.lemma_.lower() not in ANAPHORIC_TOWN_WORDS or not readings:
        return None
    kids = list(pobj.children)
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
        return None
    doc, sent = pobj.doc, pobj.sent
    for _ in range(ANAPHORA_SENTENCES + 1):  # the phrase's own sentence, then back one at a time
        towns = {(p.name, p.country): p for ent in docmemo.ents(sent) if ent.end <= pobj.i
                 and (p := readings.get(ent.text)) is not None and p.feature in (CITY, CAPITAL)}
        if towns:
            return next(iter(towns.values())) if len(towns) == 1 else None
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return None


def _destination_place(trigger: Token, sent: Span, by_token: Mapping[int, Toponym], focus: Mapping[str, float],
                       gazetteer: Gazetteer, places: Sequence[Toponym]) -> EventLoc | None:
    """The place a journey trigger (`destination_words`: "visit", "trip", "travel", "arrive") goes to: the
    object of its "to" ("a visit to X", "travelled to X") or, for a verb, its direct object ("visited X").
    The destination is where the visit happens even when it is a capital standing for the government
    visited, which step 2 of `locate_event` leaves out as an argument. None when it names no place
    ("visited the troops")."""
    if trigger.lemma_.lower() not in word_list("destination_words"):
        return None
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            objs = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "dobj" and trigger.pos_ == "VERB":
            objs = [child]
        else:
            continue
        for obj in objs:
            loc = _phrase_place(obj, sent, by_token, focus, gazetteer, places)
            if loc is not None:
                return loc
    return None


# An article "about one country": its top country leads every other by this factor at least (focus weights:
# the top one is 1.0, so no other above 0.5). Judged on the full-article tune set (s17 where): articles on a
# court case, an attack or a government at home fix their country this way; two-country stories ("Pakistan
# train attack" with Afghanistan at 0.67, "Uyghurs in Thailand" led by China) do not, and keep null.
ARTICLE_COUNTRY_LEAD = 0.5
# When the focus ties: the country named in at least MENTION_MIN mentions and MENTION_LEAD times as many as
# any other (tune set: 2x also took a gold toilet stolen in England, whose artwork is called "America", to
# the United States, and a New York court case to Iran).
MENTION_LEAD = 3
MENTION_MIN = 4


def article_country(sent: Span, focus_countries: Mapping[str, float], gazetteer: Gazetteer,
                    parties: Iterable[str | None] = ()) -> EventLoc | None:
    """For an event `locate_event` found no place for: the country the article is about, at resolution
    1, when the article fixes one country (`ARTICLE_COUNTRY_LEAD`) and nothing in the sentence points
    elsewhere: no party (`parties`: the event's actor and recipient countries) of another country or an
    international body, and no name, capital, demonym or international body of another country in the
    sentence ("Australia, Canada and the United States offered to resettle them" in an article on
    Thailand is no event in Thailand). "The nine men were prosecuted" in an article on a town in
    England is an event in the United Kingdom."""
    weights = {k: v for k, v in normalise_focus(focus_countries).items() if "/" not in k}
    if not weights:
        return None
    readings = getattr(focus_countries, "readings", {})
    top = max(weights, key=lambda k: weights[k])
    if any(v > ARTICLE_COUNTRY_LEAD * weights[top] for k, v in weights.items() if k != top):
        # The focus caps each source at 1.0, so a country named once as a place ties one whose bodies and
        # people the article names throughout ("the U.S. Congress ... a wall on the border with Mexico"):
        # among the leading countries, one named in MENTION_LEAD times as many mentions as any other leads.
        counts = _country_mentions(sent.doc, readings)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or weights.get(ranked[0][0], 0.0) < weights[top] or (
                len(ranked) > 1 and ranked[0][1] < MENTION_LEAD * ranked[1][1]) or ranked[0][1] < MENTION_MIN:
            return None
        top = ranked[0][0]
    if any(c and c != top for c in parties):
        return None
    for ent in docmemo.ents(sent):
        kind, _, code = docmemo.ent_id(ent).partition(":")
        if kind == "igo" or (code and kind in ("country", "capital", "demonym", "admin1") and code != top):
            return None
    if any(t.place.country and t.place.country != top for t in toponyms(sent, gazetteer, weights)):
        return None
    # The article, not the sentence alone, must name the country: "reporters of a London-based weekly"
    # in a one-sentence text says who, and its own name must not come back as the focus.
    if not any(not (sent.start <= ent.start < sent.end) and _names_country(ent, top, readings)
               for ent in docmemo.ents(sent.doc)):
        return None
    country = gazetteer.country(top)
    return country.to_event_loc() if country is not None else None


def _country_mentions(doc: Doc, readings: Mapping[str, Place]) -> Counter[str]:
    """How many of the doc's entities name each country or a place in it: the article's reading of the
    name, else its ruler id (a country, capital, demonym or region, including one that modifies a body,
    "the U.S. Congress")."""
    memo = docmemo.per_doc("country_mentions", of=doc)
    if memo is not None and "counts" in memo:
        return memo["counts"]
    counts: Counter[str] = Counter()
    for ent in docmemo.ents(doc):
        kind, _, code = docmemo.ent_id(ent).partition(":")
        place = readings.get(ent.text)
        if place is not None and place.country:
            counts[place.country] += 1  # the gazetteer's reading first: "Puerto Rico" is no US state here
        elif code and kind in ("country", "capital", "demonym", "admin1", "city"):
            counts[code] += 1
    if memo is not None:
        memo["counts"] = counts
    return counts


def _names_country(ent: Span, iso3: str, readings: Mapping[str, Place]) -> bool:
    """The entity names the country `iso3` or a place in it: a ruler id of that country (its name,
    capital, demonym or a region) or the article's reading of the name (`ArticleFocus.readings`)."""
    kind, _, code = docmemo.ent_id(ent).partition(":")
    if code == iso3 and kind in ("country", "capital", "demonym", "admin1", "city"):
        return True
    place = readings.get(ent.text)
    return place is not None and place.country == iso3


# Prepositions by which a country argument is the party an act is aimed at, not where it happens
# ("sanctions against X", "cuts relations with X").
TARGET_PREPS = frozenset({"against", "with"})


def _served(t: Toponym) -> bool:
    """'charges of spying for Iran', 'accused of working for Israel': a country whom an activity is done for
    is a side, not where anything happens; so is the maker of a demand or the source of pressure ("under
    pressure from China", "a request from Spain") (s15 recip)."""
    root = t.span.root
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "for":
        return prep.head.tag_ == "VBG"
    return prep.lower_ == "from" and prep.head.pos_ == "NOUN" and (
        prep.head.lemma_.lower() in PRESSURE_NOUNS | APPEAL_NOUNS)


def _acting_seat(t: Toponym) -> bool:
    """A national capital (or a seat of power read as its town, "the Kremlin") that is the subject of a
    verb: a metonym for its government ("Islamabad has blamed several attacks on ..."), not a scene."""
    root = t.span.root
    return t.place.feature == CAPITAL and root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX")


def _surname(t: Toponym, gazetteer: Gazetteer) -> bool:
    """"Cummings joined the race" after "Elijah Cummings": a person NER took for a place, not a small town
    of a similar name; a country, capital, region or large city keeps its name. Event places only: as
    context for the article's other names such a town still counts (LGL: a Georgia town bearing a
    person's surname keeps "Athens" in Georgia) (s17 where)."""
    ent = t.span
    return (ent.label_ in ("GPE", "LOC") and _ruler_kind(ent) not in RULER_PLACE_KINDS
            and _surname_of_named_person(ent) and not strong_match(ent.text, gazetteer.lookup(ent.text)))


def _agent(t: Toponym) -> bool:
    """The doer in a passive "by" phrase ("a mining company operated by China", "a ceasefire brokered by
    Qatar", "killed by Israel"): a party, not where anything happens (s17 where)."""
    root = t.span.root
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _subject_elsewhere(t: Toponym, trigger: Token) -> bool:
    """The toponym is the subject of a verb other than the trigger that does not govern it ("Balkhi said
    Islamabad must address ...": the subject of "address", below the trigger "said"): a party acting in
    a clause of its own. A subject of a verb above the trigger ("Islamabad has blamed several attacks",
    "Mexico would consider charging the gunman") keeps its place: the trigger is part of what it does."""
    root = t.span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    return verb.i != trigger.i and not verb.is_ancestor(trigger)


# Prepositions by which a noun of aid (`beneficiary_nouns`) names whom it is for, and those by which a noun
# of a measure (`measure_nouns`) names whom it is aimed at.
BENEFICIARY_PREPS = frozenset({"to", "for"})
MEASURE_PREPS = frozenset({"against", "on"})


def _beneficiary(span: Span) -> bool:
    """The name is the object of "to" or "for" on a noun of aid (`beneficiary_nouns`: "a new loan to X",
    "military aid for X and Y") or of "against" or "on" on a noun of a measure (`measure_nouns`:
    "sanctions on X"): the party it is for or aimed at, not a scene, whether or not that noun is the
    trigger (s20 where)."""
    prep = _phrase_prep(span)
    if prep is None or prep.head.pos_ != "NOUN":
        return False
    lemma = prep.head.lemma_.lower()
    if prep.lower_ in BENEFICIARY_PREPS:
        return lemma in word_list("beneficiary_nouns")
    return prep.lower_ in MEASURE_PREPS and lemma in word_list("measure_nouns")


def _origin(span: Span) -> bool:
    """The name is the object of "from" on a noun of goods (`goods_nouns`: "weapons from X", "oil imports
    from X"): where the goods come from, not a scene (s21 where)."""
    prep = _phrase_prep(span)
    return (prep is not None and prep.lower_ == "from" and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in word_list("goods_nouns"))


def _targeted(t: Toponym, arg_ids: Collection[int]) -> bool:
    """The toponym is an argument the event is aimed at: the object of a verb that addresses a party
    ("accuses X", "urges X to ...", `addressee_verbs`) or of "against" or "with" ("sanctions against
    X"); not its subject, nor an object that is where the act happens ("visits X", "captures X")."""
    root = t.span.root
    if root.i not in arg_ids:
        return False
    if root.dep_ in ("dobj", "dative"):
        return root.head.lemma_.lower() in word_list("addressee_verbs")
    return root.dep_ == "pobj" and root.head.lower_ in TARGET_PREPS


def _named_place_noun(pobj: Token, by_token: Mapping[int, Toponym], focus: Mapping[str, float],
                      gazetteer: Gazetteer) -> Toponym | None:
    """"the X district", "X province": the proper-noun modifiers plus the place noun, looked up
    whatever label NER gave the name (or none). Not when the name is found only without its place noun
    and reads as a town in a country the focus never points to while it leads to another
    (`resolve.stray_reading`, `stripped`): "an attack on the Police Prefecture" in a story on a French
    city is the city's police building, not a prefecture of the Polish town Police. `toponyms` declines
    such a reading for an entity through the article's joint reading (`ArticleFocus.local_names`); a
    phrase looked up here has no entity, or one that lookup has declined, so it is checked again."""
    if pobj.lemma_.lower() not in PLACE_HEAD_NOUNS or pobj.lemma_.lower() in BORDER_WORDS | CAPITAL_WORDS:
        return None
    mods = [t for t in pobj.lefts if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
    if not mods or any(m.i in by_token for m in mods):
        return None
    span = pobj.doc[mods[0].i: pobj.i + 1]
    places, implied, variant = matched_candidates(gazetteer, span.text)
    if not places:
        return None
    owner = _possessor(span, gazetteer)  # "Israel's North District": a district of Israel or none
    if owner is not None:
        places = [p for p in places if p.country == owner.country]
        if not places:
            return None
    top = rank(places, focus, implied, variant)[0].place
    bare = name_key(span.text)
    if stray_reading(top, focus, name_key(variant) != bare, stripped=bare.startswith(name_key(variant) + " ")):
        return None
    return Toponym(span, top)


def _level(t: Toponym) -> int:
    return min(t.place.resolution or 0, 4) if t.place.feature != ADM2 else 3


def _without_anchors(found: list[Toponym]) -> list[Toponym]:
    """Drop the anchors of relative expressions ("north of <Y>", "near <Y>") when the same stretch
    names a district, a town or a place at least as specific as the anchor ("the town of <X>, north of
    <Y>", "<X> district, 40 km south of <Y>"): the event is at <X>. A province or country stays behind
    its anchor ("in <province>, near <Y>" is best placed near <Y>)."""
    anchors = [t for t in found if relative_anchor(t.span.doc, t.span.start)[0]]
    if not anchors:
        return found
    rest = [t for t in found if t not in anchors]
    if rest and max(_level(t) for t in rest) >= min(3, max(_level(t) for t in anchors)):
        return rest
    return found


def _phrase_place(pobj: Token, sent: Span, by_token: Mapping[int, Toponym], focus: Mapping[str, float],
                  gazetteer: Gazetteer, places: Sequence[Toponym]) -> EventLoc | None:
    lemma = pobj.lemma_.lower()
    text = sent.doc[pobj.left_edge.i: pobj.right_edge.i + 1].text
    if lemma in BORDER_WORDS:
        loc = _border(pobj, sent, focus, gazetteer, text)
        if loc is not None:
            return loc
    # The most specific toponym inside the phrase; the pobj's own toponym wins ties ("in X of Y").
    inside = [by_token[t.i] for t in pobj.subtree if t.i in by_token]
    inside = _without_anchors(list(dict.fromkeys(inside)))
    named = _named_place_noun(pobj, by_token, focus, gazetteer)
    if named is not None:
        inside.append(named)
    if inside:
        def specificity(t: Toponym) -> tuple[int, bool, int]:
            # A named region ("the West Bank town of Jenin") yields to a province or town of its level.
            res = t.place.resolution or 0
            return (min(res, 4) if t.place.feature != ADM2 else 3, t.place.feature != REGION,
                    -(t.span.start <= pobj.i < t.span.end))
        t = max(inside, key=specificity)
        if len(inside) > 1 and by_token.get(pobj.i) is not None:
            own = by_token[pobj.i]
            if (own.place.resolution or 0) >= (t.place.resolution or 0) - 1:
                t = own
        t = _innermost(t, inside)
        region = _settlement_in(pobj, t, focus, gazetteer)
        if region is not None:
            return region.to_event_loc(text=t.span.text)
        return t.place.to_event_loc(text=t.span.text)
    part = _part_of(pobj)
    if lemma in CAPITAL_WORDS or (part is not None and part.lemma_.lower() in CAPITAL_WORDS):
        # "near the capital", "on the outskirts of the capital" (s21 where)
        return _capital(sent, focus, gazetteer, text, places)
    return None


def _part_of(pobj: Token) -> Token | None:
    """The noun a part of a place is of ("the outskirts of the capital", "the centre of the city": capital,
    city; `part_nouns`), or None (s21 where)."""
    if pobj.lemma_.lower() not in word_list("part_nouns"):
        return None
    return next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


# A town this close to a more populous town of the same level is part of it ("the Bronx, New York City").
INNER_KM = 30.0


def _innermost(t: Toponym, found: Sequence[Toponym]) -> Toponym:
    """`t`, or a less populous town the same locative phrase also names within INNER_KM of it, not as
    a list ("in Cairo and Giza"): "in Manhattan, New York City", "from the Bronx, New York City", "the
    Baghdad suburb of Sadr City" are the borough or suburb, the more specific place."""
    p = t.place
    if p.feature not in (CITY, CAPITAL) or p.lat is None or p.lon is None:
        return t
    inner = [u for u in found if u.place.feature in (CITY, CAPITAL) and u.place.population < p.population
             and u.place.lat is not None and u.place.lon is not None and not _coordinated(t.span, u.span)
             and haversine_km(p.lat, p.lon, u.place.lat, u.place.lon) <= INNER_KM]
    return min(inner, key=lambda u: u.place.population, default=t)


def _coordinated(a: Span, b: Span) -> bool:
    """"in Cairo and Giza": two places joined by a conjunction, neither inside the other."""
    return any(x.root.dep_ == "conj" and y.start <= x.root.head.i < y.end for x, y in ((a, b), (b, a)))


def _settlement_in(pobj: Token, t: Toponym, focus: Mapping[str, float], gazetteer: Gazetteer) -> Place | None:
    """"a village in Mtwara", "towns in Idlib": a settlement noun (`settlement_words`) with "in" and a
    name that read as a town says the name is the same-named province or district the town is the seat
    of; that region, if the gazetteer has one holding the town. A name written with its region word
    ("Idlib province") already reads as the region."""
    root = t.span.root
    prep = root.head
    if t.place.feature not in (CITY, CAPITAL) or root.dep_ != "pobj" or prep.lower_ != "in" or prep.i == 0:
        return None
    # The parser hangs "in X" on the noun or on the verb ("attacked a village in X"): either way the
    # noun is right before "in".
    words = word_list("settlement_words")
    before = prep.doc[prep.i - 1]
    if prep.head.lemma_.lower() not in words and not (before.pos_ == "NOUN" and before.lemma_.lower() in words):
        return None
    town = t.place
    regions = [p for p in matched_candidates(gazetteer, t.span.text)[0] if p.country == town.country
               and ((p.feature == ADM1 and town.admin1 == p.name) or (p.feature == ADM2 and town.admin2 == p.name))]
    return min(regions, key=lambda p: p.feature != ADM1, default=None)


class ArticleFocus(dict):
    """An article's focus (ISO3 and "ISO3/Admin1" keys -> weights in [0, 1]) plus `local_names`: its
    place names whose likeliest reading strays from the article (`resolve.stray_reading`: a small town
    in a country no other name points to, "Piccadilly" in a London article), which `locate_event`
    treats as names the gazetteer lacks, so no event is placed in that foreign town."""

    def __init__(self, weights: Mapping[str, float] = (), local_names: Iterable[str] = (),
                 readings: Mapping[str, Place] | None = None) -> None:
        super().__init__(weights)
        self.local_names: frozenset[str] = frozenset(local_names)
        self.readings: dict[str, Place] = dict(readings or {})


def article_focus(doc: Doc, gazetteer: Gazetteer, resolver: Any = None,
                  names: Sequence[Any] | None = None) -> ArticleFocus:
    """The focus an article gives its event places: the text's country cues that are not place names
    (`document_focus`) plus the countries and regions of all its toponyms, resolved together
    (`resolve_names`: "Paris" beside "Lamar County, Texas" is the Texan one, and so counts for the US,
    where the actor tables' `countries_in` would count it for France). Weights in [0, 1]."""
    from .resolve import resolve_names

    text = docmemo.text(doc)  # the coded doc's text, joined once (spaCy joins its tokens on every `doc.text`)
    press = press_focus(text)  # read once: the cues and the press towns both need it
    cues = document_focus(doc, resolver, names=names, press=press, gazetteer=gazetteer)
    found = list(toponyms(doc, gazetteer, cues))
    found_names = [t.span.text for t in found]
    resolved = resolve_names(gazetteer, found_names, cues, towns=press_towns(text, found_names, gazetteer, press))
    out = focus_weights(p for p in resolved if p is not None)
    if MODIFIER_CUES:
        # the cues again, with the countries whose bodies the text names ("the U.S. Congress"), now that the
        # article's places say which namesakes to beware of ("the Palestine police" in an article on Texas)
        cues = document_focus(doc, resolver, names=names, press=press, gazetteer=gazetteer,
                              institutions={p.country for p in resolved if p is not None and p.country})
    for k, v in cues.items():
        out[k] = max(out.get(k, 0.0), v)
    # A name `toponyms` resolved on its own that the article's names together leave unresolved strays.
    return ArticleFocus(out, (t.span.text for t, p in zip(found, resolved, strict=True) if p is None),
                        {t.span.text: p for t, p in zip(found, resolved, strict=True) if p is not None})


__all__ = ["ArticleFocus", "Toponym", "article_country", "article_focus", "article_places", "document_focus", "is_modifier", "locate_event",
           "mention_qualifier", "toponyms", "REGION"]
