"""What one article tells about its actors, gathered in one pass over the Doc (`build_memory`).

- Table names (countries, demonyms, capitals, seats, agencies, IGOs) found by token sequence, longest
  first; they also give the article's focus countries.
- People: PERSON entities and capitalised names right after a title ("Vice Admiral Lars Berg": the
  small model sometimes tags the title as ORG or drops a first name, so titles are matched as tokens too).
  Each mention's descriptors are collected: the words before the name in its noun phrase ("Kazakh Foreign
  Minister"), an apposition after it (", leader of the Liberal Party of Canada") or before it
  ("his Iranian counterpart, "). Their sector terms and country names accumulate on the person, so a
  later bare surname, a pronoun or "the minister" resolves to the full name with everything learned.
- Organisations: the country each organisation term was seen with ("Kenya's Interior Ministry") and
  acronyms defined in parentheses ("Ministry of Internal Affairs (MVD)").
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

from .. import docmemo
from ..events.lexicon import load_word_classes
from ..events.roles import OBLIGATION_AUX
from .sectors import SectorGroup, SectorHit, SectorLexicon
from .tables import PLOVER_IGO_CODES, ActorTables, NameEntry

COUNTRY_KINDS = ("country", "demonym", "capital", "seat", "agency", "igo", "admin1")
FOCUS_KINDS = ("country", "demonym", "capital", "seat")
# A country named as the object of these words is not the person's own ("ambassador to Iran").
NOT_OWN_COUNTRY_AFTER = frozenset({"to", "in", "at", "on", "with", "against", "toward", "towards", "into"})
# Word classes of the rules below: lexicons/actor_words.yaml, each with its comment there.
_WORDS = load_word_classes("actor_words")
NAME_PARTICLES = _WORDS["name_particles"]
GENDER_WORDS = {"m": _WORDS["male_words"], "f": _WORDS["female_words"]}
# a name's first word that is a man's or a woman's given name ("Ana Costa"; actor_words.yaml, session 23)
GIVEN_NAME_GENDER = {**{w: "m" for w in _WORDS["male_given_names"]}, **{w: "f" for w in _WORDS["female_given_names"]}}
# the possessive pronoun of each gender ("X ended her campaign")
GENDER_POSSESSIVES = {"his": "m", "her": "f"}
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
NON_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
STOP_PUNCT = frozenset({",", ";", ".", ":", "(", ")", "—", "–", "!", "?", '"', "“", "”"})
APPOS_MAX = 12
# a place after these is where something happens, not whose ("met Putin in Moscow")
LOCATIVE = frozenset({"in", "at", "near", "into", "to", "toward", "towards", "across", "inside", "outside", "via",
                      "through", "throughout", "around", "within", "over"})
# titles that take "to <country>" for the host country, not their own: "Ambassador to Germany"
ENVOY_TITLES = _WORDS["envoy_titles"]
PRE_MAX = 10
# Ordinals that begin a title ("First Lady", "First Deputy Prime Minister", "Second Lieutenant").
ORDINAL_TITLE_WORDS = frozenset({"first", "second"})
# a name inside a noun phrase reaches the phrase head through these; the head's role decides
NP_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "case"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "oprd"})
# First words of a title that make it a deputy's: "the governor" is not the "Deputy Governor".
LESSER_TITLE_WORDS = frozenset({"deputy", "vice", "assistant", "lieutenant", "under", "associate"})
# Prepositions whose object is a place ("in X", "near X") or a medium ("on X", "via X"): a name there of which the
# article tells nothing is seldom a person ("a post on Twitter", "in the capital, Banja Luka").
THING_PLACE_PREPS = frozenset({"in", "at", "near", "into", "inside", "across", "throughout"})
MEDIUM_PREPS = frozenset({"on", "via", "through", "onto"})


@dataclass(frozen=True)
class NameMention:
    """A table name in the doc: tokens [start, end)."""

    start: int
    end: int
    entry: NameEntry


@dataclass
class Person:
    name: str  # full name as written at its longest ("Lars Berg")
    surname: str
    hits: list[SectorHit] = field(default_factory=list)
    inherited: list[SectorHit] = field(default_factory=list)  # from "counterpart"
    country: str | None = None
    stated: bool = False  # the country is written in one of the person's own descriptors ("Kenyan minister X")
    # the country is stated as the person's nationality ("X, a Spanish national"; `_nationality_statement`, s22)
    nationality: bool = False
    # the country is that of another holder of the same office named beside this one as their predecessor or
    # successor ("Egyptian President A was ousted by current president B"; `_succeeded_office`, session 21)
    successor: bool = False
    pre: bool = False  # tied to a partially recognised entity
    counterpart_windows: list[tuple[int, int]] = field(default_factory=list)
    sector: str | None = None
    other_sectors: list[str] = field(default_factory=list)
    # "m" or "f" when the text shows it (an honorific, a gendered title or kin word, "X ... her campaign"),
    # else None; `genders` is the evidence, the gender only when it all agrees (session 17)
    genders: set[str] = field(default_factory=set)

    @property
    def gender(self) -> str | None:
        return next(iter(self.genders)) if len(self.genders) == 1 else None

    def title_heads(self) -> set[str]:
        return {h.term.split()[-1].lower() for h in (*self.hits, *self.inherited) if h.group.kind == "person"}


@dataclass
class PersonMention:
    person: Person
    start: int  # name tokens [start, end)
    end: int
    sent: int  # sentence number
    windows: list[tuple[int, int]] = field(default_factory=list)  # descriptor token ranges


@dataclass
class OrgSighting:
    token: int
    term: str
    group: SectorGroup
    code: str | None


@dataclass
class ArticleActors:
    """Per-article memory made by `ActorResolver.start_article(doc)`; read by `resolve`."""

    doc: Doc
    names: list[NameMention]
    name_at: dict[int, NameMention]  # token index -> table name covering it
    persons: list[Person]
    mentions: list[PersonMention]
    person_at: dict[int, Person]  # name tokens
    descriptor_at: dict[int, Person]  # descriptor-window tokens
    orgs: list[OrgSighting]
    acronyms: dict[str, str]  # "MVD" <-> "Ministry of Internal Affairs" (both directions, lowercased keys)
    focus: Counter[str]
    # countries of the national bodies named (institutions.tsv agencies), the focus when no country is named
    body_focus: Counter[str] = field(default_factory=Counter)
    # "BLA" -> tokens [start, end) of "Baloch Liberation Army": acronyms the article spells out by their
    # initials somewhere, without the parentheses `acronyms` needs (`_collect_initialisms`)
    initialisms: dict[str, tuple[int, int]] = field(default_factory=dict)
    # tokens of country names read as a person's surname ("Ahmed Jordan"): no country mention (`_country_surname`)
    surname_tokens: set[int] = field(default_factory=set)

    @property
    def focus_country(self) -> str | None:
        """The article's main country when one clearly leads the count (else None). An article that names
        no country at all, only national bodies ("President X conceded to demands of UNITA"), is about
        the country of those bodies when one leads."""
        top = (self.focus or self.body_focus).most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return top[0][0]

    def focus_without(self, spans: list[tuple[int, int]]) -> str | None:
        """The focus country if the names inside these token spans were not counted: whether the
        article is about a country apart from one event's other party ("rebels kidnapped French
        journalists" is not about France because the journalists are French)."""
        focus = Counter(m.entry.code for m in self.names if m.entry.kind in FOCUS_KINDS and m.entry.code
                        and not any(s <= m.start < e for s, e in spans))
        top = focus.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return top[0][0]

    def sentence_of(self, token_i: int) -> int:
        return self._sent_index[token_i]

    _sent_index: list[int] = field(default_factory=list)
    _sent_hits: dict[int, list[SectorHit]] = field(default_factory=dict)
    _tables: ActorTables | None = None

    def sentence_hits(self, sent: Span) -> list[SectorHit]:
        """Sector terms of one sentence (positions relative to the sentence), computed once."""
        if sent.start not in self._sent_hits:
            assert self._tables is not None
            texts, lowers, lemmas = docmemo.token_keys(sent.doc)
            self._sent_hits[sent.start] = self._tables.sectors.find_keys(
                list(zip(texts[sent.start:sent.end], lowers[sent.start:sent.end], lemmas[sent.start:sent.end], strict=True)))
        return self._sent_hits[sent.start]

    def person_before(self, token_i: int, max_sent_back: int = 1, gender: str | None = None) -> Person | None:
        """The most recent person named before token_i, in this or the previous sentence(s); with `gender`
        ("m" for he/his/him, "f" for she/her), not one the text shows to be of the other gender."""
        sent = self.sentence_of(token_i)
        found = None
        for m in reversed(self.mentions):
            if m.end <= token_i and sent - m.sent <= max_sent_back:
                if self._thing_like(m) or (gender is not None and m.person.gender not in (None, gender)):
                    continue
                if found is None:
                    if not self._related_to_other(m):
                        return m.person
                    found = m
                elif m.sent == found.sent and m.person is not found.person:
                    # "X, a critic of President Y, ... his arrest": the one the relation noun describes
                    return m.person
        return found.person if found is not None else None

    def _related_to_other(self, m: PersonMention) -> bool:
        """Is the name the object of a relation noun's "of" ("a critic of President Y", "the son of Y")? Such a
        person is named only to say who someone else is, so a later "he"/"his" is rather that someone
        (session 16). So is the possessor of a relation noun or a person's title ("Y's son", "President Y's
        vice president", "Y's chief of staff", session 17)."""
        lex = self._tables.sectors if self._tables is not None else None
        relation = lex.relation_heads if lex is not None else frozenset()
        t = self.doc[m.end - 1]
        while t.dep_ in ("compound", "flat") and t.head.i != t.i:
            t = t.head
        if t.dep_ == "poss" and t.head.i != t.i and t.head.pos_ == "NOUN" and t.head.tag_ == "NN":
            # (one person: "Y's staff", "Y's government" are bodies, not someone a "he" could be)
            head = t.head
            return head.lemma_.lower() in relation or head.lower_ in relation or (
                lex is not None and any(h.group.kind == "person" for h in lex.find([head])))
        return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i \
            and (t.head.head.lemma_.lower() in relation or t.head.head.lower_ in relation)

    def _thing_like(self, m: PersonMention) -> bool:
        """Is this "person" rather a thing the model tagged as one: a name of which the article tells nothing
        (no title, no country) written where people seldom are, as the object of a place preposition ("in the
        regional capital, X") or, for a one-word name, of a medium's ("a post on X", "via X")? A later
        "he"/"she" does not stand for it (session 17)."""
        p = m.person
        t = self.doc[m.end - 1]
        while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj":
            return False
        prep = t.head.lower_
        if not (prep in THING_PLACE_PREPS or (prep in MEDIUM_PREPS and m.end - m.start == 1)):
            return False
        if not (p.hits or p.inherited or p.country is not None):
            return True
        # (or what it is told to be is a thing: "on the social media platform X", "in the capital, X")
        name = range(m.start, m.end)
        things = [c for c in (t, *t.children) if c.i not in name and c.pos_ == "NOUN" and c.dep_ in ("compound", "appos", "pobj")]
        lex = self._tables.sectors if self._tables is not None else None
        return bool(things) and lex is not None and not any(
            h.group.kind in ("person", "group") for c in things for h in lex.find([c])) and not any(
            c.lower_ in GENDER_WORDS["m"] | GENDER_WORDS["f"] for c in things)

    def person_with_title(self, heads: set[str], country: str | None, token_i: int, term: str = "") -> Person | None:
        """'the minister': the last person before token_i holding such a title (else the first after). A
        deputy's title ("Deputy Governor", "vice president") answers only a phrase that says deputy too:
        "the governor" is not the deputy governor (session 17; `term` is the phrase's own title term)."""
        lesser = term.split()[0].lower() in LESSER_TITLE_WORDS if term else False

        def fits(p: Person) -> bool:
            if country and p.country and p.country != country:
                return False
            # same head word ("the minister" ~ "Foreign Minister"); a group alone is too broad
            # ("the emir" is not the president)
            if not p.title_heads() & heads:
                return False
            return lesser or any(h.term.split()[-1].lower() in heads and h.term.split()[0].lower() not in LESSER_TITLE_WORDS
                                 for h in (*p.hits, *p.inherited) if h.group.kind == "person")

        before = [m.person for m in self.mentions if m.end <= token_i and fits(m.person)]
        if before:
            return before[-1]
        after = [m.person for m in self.mentions if fits(m.person)]
        return after[0] if after else None

    def people_with_title(self, heads: set[str], token_i: int, max_sent_back: int = 3) -> list[Person]:
        """'the two ministers': the people holding such a title named shortly before token_i, in order."""
        sent = self.sentence_of(token_i)
        found: list[Person] = []
        for m in self.mentions:
            if m.end <= token_i and sent - m.sent <= max_sent_back and m.person.title_heads() & heads \
                    and m.person not in found:
                found.append(m.person)
        return found

    def org_country(self, term: str, group: SectorGroup, token_i: int) -> str | None:
        """Country this organisation was given elsewhere in the article."""
        keys = {term.lower()}
        if term.lower() in self.acronyms:
            keys.add(self.acronyms[term.lower()])
        same = [o for o in self.orgs if o.code and o.term.lower() in keys]
        if same:
            before = [o for o in same if o.token < token_i]
            return (before[-1] if before else same[0]).code
        # the same kind of body named with a country earlier ("the Russian military ... the military")
        before = [o for o in self.orgs if o.code and o.group == group and o.token < token_i]
        return before[-1].code if before else None


# ---------------------------------------------------------------------------------------------------


def scan_names(doc: Doc | Span, tables: ActorTables) -> list[NameMention]:
    """Table names in the doc, longest match first, non-overlapping. Entities that another ruler marked
    `capital:XXX` / `country:XXX` / `igo:XXX` (e.g. gazetteer capitals) are added when the tables lack them."""
    offset = getattr(doc, "start", 0)  # a Span starts inside its Doc
    toks = docmemo.token_keys(getattr(doc, "doc", doc))[0][offset:offset + len(doc)]
    found: list[NameMention] = []
    covered: set[int] = set()
    first_tokens, size = tables.first_tokens, len(toks)
    # the words no table name starts with (nearly all) are passed over in one look-up each
    starts = [i for i, tok in enumerate(toks) if tok in first_tokens]
    k, i = 0, 0
    while k < len(starts):
        if starts[k] < i:  # inside the name just found
            k += 1
            continue
        i = starts[k]
        longest = first_tokens[toks[i]]
        for n in range(min(longest, size - i), 0, -1):
            entry = tables.names.get(tuple(toks[i : i + n]))
            if entry is not None:
                found.append(NameMention(offset + i, offset + i + n, entry))
                covered.update(range(offset + i, offset + i + n))
                i += n
                break
        else:
            i += 1
    for ent in docmemo.ents(doc):
        kind, _, code = docmemo.ent_id(ent).partition(":")
        if kind == "city" and code:
            # A town named after a region or country ("Kansas City", "Jersey City", gazetteer patterns
            # "city:ISO3") is one name: it gives its country as a region's name does, and a table name
            # inside it ("Jersey") is not a mention of its own.
            inside = {m for m in found if ent.start <= m.start and m.end <= ent.end}
            found = [m for m in found if m not in inside]
            covered -= {i for m in inside for i in range(m.start, m.end)}
            kind = "admin1"
        # (admin1 ids come from the where stage's gazetteer patterns: "admin1:ISO3")
        if kind in ("country", "capital", "demonym", "igo", "admin1") and code and not covered & set(range(ent.start, ent.end)):
            name = ent.text if kind == "admin1" else tables.country_name(code) or ent.text
            found.append(NameMention(ent.start, ent.end, NameEntry(ent.text, kind, code, name)))
    found.sort(key=lambda m: m.start)
    return found


def _name_token(tok: Token, name_at: dict[int, NameMention], tables: ActorTables) -> bool:
    text = tok.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if tok.i in name_at or tok.ent_type_ in NON_NAME_ENTS:
        return False
    if tok.lower_ in tables.sectors.person_title_words or text in tables.sectors.honorifics:
        return False
    if (tok.pos_ not in ("PROPN", "NOUN", "ADJ", "X") or tok.is_stop) and not _stop_word_surname(tok):
        return False
    return True


def _stop_word_surname(tok: Token) -> bool:
    """A capitalised stop word that the model reads as the second part of a person's name ("Theresa May",
    "Brian May"): spaCy's stop list has "may", but tagged NNP inside a PERSON entity, after a proper-noun
    first name and not at the sentence start, it is the surname, not the modal verb (tagged MD; the
    attribute ruler may still give the NNP word the coarse AUX of "may")."""
    if tok.i == 0 or tok.is_sent_start or tok.tag_ != "NNP" or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I":
        return False
    before = tok.doc[tok.i - 1]
    return before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and not before.is_stop


def _country_surname(doc: Doc, m: NameMention, tables: ActorTables, covered: set[int]) -> bool:
    """Is this one-word country name or demonym the surname of the person named just before it ("Ahmed Jordan",
    "Police Chief Tom Holland", "Bill English")? Only right after a capitalised first name that the model tags
    as a person or that follows a person's title, with nothing between: "talks between Ahmed and Jordan",
    "Kabul, Afghanistan" and "Monday Jordan said" keep the country (session 19)."""
    if m.end - m.start != 1 or m.entry.kind not in ("country", "demonym") or m.start < 2:
        return False
    tok, first = doc[m.start], doc[m.start - 1]
    if tok.pos_ != "PROPN" or tok.is_sent_start or not first.text[:1].isupper():
        return False
    if m.end < len(doc) and doc[m.end].pos_ in ("PROPN", "NOUN", "ADJ", "NUM"):
        return False  # "the Interim Afghan Government": the name modifies what follows, it ends no person's name
    if first.is_sent_start and first.ent_type_ != "PERSON":
        return False  # ("Ahmed Jordan said ...": a first name opening the sentence when the model calls it a person)
    if first.pos_ != "PROPN" or first.ent_type_ in NON_NAME_ENTS or first.lower_ in tables.sectors.person_title_words:
        return False
    if first.i in covered:
        return False  # "Saudi Arabia Jordan", "Kabul Afghanistan": a place list without commas, not a name
    before = doc[m.start - 2]
    return first.ent_type_ == "PERSON" or before.lower_ in tables.sectors.person_title_words


def _surname_like_place(tok: Token, name_at: dict[int, NameMention], sentence_start_ok: bool = False) -> bool:
    """A capitalised word right after a first name that a ruler tagged as a city or region ("Kerry",
    "Washington", "Lima"): part of the name. Country names and demonyms never are."""
    m = name_at.get(tok.i)
    return (m is not None and m.entry.kind in ("capital", "admin1") and m.start == m.end - 1
            and tok.pos_ == "PROPN" and (sentence_start_ok or not tok.is_sent_start))


def _strip_name(tokens: list[Token], name_at: dict[int, NameMention], tables: ActorTables) -> list[Token]:
    """Drop titles, honorifics and determiners before a name and the possessive after it."""
    while tokens and not _name_token(tokens[0], name_at, tables):
        tokens = tokens[1:]
    while tokens and not (_name_token(tokens[-1], name_at, tables) or _hyphen_tail(tokens[-1])):
        tokens = tokens[:-1]
    if any(not (_name_token(t, name_at, tables) or t.lower_ in NAME_PARTICLES or t.text == "-" or _hyphen_tail(t))
           for t in tokens):
        return []
    return tokens


def _hyphen_tail(tok: Token) -> bool:
    """The lower-case second half of a hyphenated given name written without spaces ("Myung-bak",
    "Jae-in"), which a capitalised-word test would cut off."""
    doc = tok.doc
    return (tok.i >= 2 and tok.text.isalpha() and tok.text.islower() and doc[tok.i - 1].text == "-"
            and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_
            and doc[tok.i - 2].text[:1].isupper() and tok.ent_type_ == "PERSON")


def _title_name_token(toks: Span | list[Token], title_start: int, j: int, name_at: dict[int, NameMention],
                      tables: ActorTables) -> bool:
    """Is toks[j] part of a name after the title that starts at toks[title_start]? Not inside a place or
    event entity."""
    tok = toks[j]
    if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "NORP", "ORG"):
        return False
    if _name_token(tok, name_at, tables):
        return True
    return tok.lower_ in NAME_PARTICLES and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()


def find_name_spans(doc: Doc, memory: ArticleActors, tables: ActorTables) -> list[tuple[int, int]]:
    """Token ranges of person names: PERSON entities (cleaned, extended left over a dropped first name)
    and capitalised words right after a person title or honorific."""
    name_at = memory.name_at
    spans: list[tuple[int, int]] = []
    for ent in docmemo.ents(doc):
        if ent.label_ != "PERSON":
            continue
        if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
            continue  # a name modifying a common noun ("the Ata-Meken party") is not the person
        toks = _strip_name(list(ent), name_at, tables)
        if not toks:
            continue
        start, end = toks[0].i, toks[-1].i + 1
        extra = 0
        while start > 0 and extra < 2 and _name_token(doc[start - 1], name_at, tables) \
                and not doc[start - 1].is_sent_start:
            start -= 1
            extra += 1
        if end < len(doc) and (_surname_like_place(doc[end], name_at) or end in memory.surname_tokens):
            end += 1  # "John Kerry": a place ruler took the surname for County Kerry ("Ahmed Jordan": a country)
        spans.append((start, end))
    texts = docmemo.token_keys(doc)[0]
    honorifics = tables.sectors.honorifics
    for sent in doc.sents:
        hits = [h for h in memory.sentence_hits(sent) if h.group.kind == "person"]
        starts = [(h.start, h.end) for h in hits] + [
            (i, i + 1) for i, text in enumerate(texts[sent.start:sent.end]) if text in honorifics]
        if not starts:
            continue
        toks = sent  # read by position: only the few tokens after each title are made
        for b, e in starts:
            j = e
            while j < len(toks) and j - e < 4 and _title_name_token(toks, b, j, name_at, tables):
                j += 1
            if e < j < len(toks) and (_surname_like_place(toks[j], name_at) or toks[j].i in memory.surname_tokens):
                j += 1
            # one capitalised word inside an organisation entity that also covers the title is the
            # organisation's name ("General Motors", "the General Assembly"); two are a person whose
            # title the model took for an organisation ("Rear Admiral Ali B")
            if j - e == 1 and toks[e].ent_type_ == "ORG" and toks[b].ent_type_ == "ORG" \
                    and all(t.ent_iob_ == "I" for t in toks[b + 1 : e + 1]):
                continue
            if j > e:
                spans.append((toks[e].i, toks[j - 1].i + 1))
    # keep the longest of overlapping spans
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int]] = []
    for s in spans:
        if merged and s[0] < merged[-1][1]:
            if s[1] > merged[-1][1]:
                merged[-1] = (merged[-1][0], s[1])
            continue
        merged.append(s)
    return merged


def _np_token(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or tok.text in POSSESSIVE or tok.text == "-"


def _ordinal_title(doc: Doc, tok: Token, title_words: frozenset[str]) -> bool:
    """'First Lady', 'First Deputy Prime Minister', 'Second Lieutenant': an ordinal that is part of a title."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.ent_type_ == "ORDINAL" and tok.lower_ in ORDINAL_TITLE_WORDS and nxt is not None \
        and (nxt.lower_ in title_words or nxt.lower_ in ("deputy", "vice"))


def pre_window(doc: Doc, start: int, blocked: set[int], title_words: frozenset[str] = frozenset(),
               bodies: dict[int, NameMention] | None = None, sectors: SectorLexicon | None = None) -> tuple[int, int]:
    """Words before a name inside its noun phrase: 'the prominent opposition member' / 'Kazakh Foreign
    Minister' / "Iran's Foreign Minister" / 'Minister of the Interior' / 'International Court of Justice
    President' (a table name of a body is taken whole, its own 'of' included). Not across an 'of'/'for'
    whose words already give the name a title of its own: in "a former advisor for U.S. President X" the
    advisor is someone else (session 17; needs `sectors`)."""
    sent_start = doc[start].sent.start
    i = start
    while i > sent_start and start - i < PRE_MAX:
        tok = doc[i - 1]
        if tok.i in blocked or (tok.ent_type_ in NON_NAME_ENTS and not _ordinal_title(doc, tok, title_words)):
            break
        body = bodies.get(tok.i) if bodies else None
        # (a country's long name too: "President of the People's Republic of China X", session 15)
        if body is not None and body.entry.kind in ("igo", "agency", "country") and body.start < tok.i \
                and body.start >= sent_start and start - body.start <= PRE_MAX:
            i = body.start
            continue
        if _np_token(tok):
            i -= 1
            continue
        # "of"/"for"/"the" only inside a title: "Minister of the Interior"; "to" only after an envoy's title
        # ("Ambassador to Germany X"), not in "offered troops to Lebanon's President X"
        if tok.lower_ == "to" and not (i - 2 >= sent_start and doc[i - 2].lower_ in ENVOY_TITLES):
            break
        left = doc[i - 2] if i - 2 >= sent_start else None
        if tok.lower_ in ("of", "for") and sectors is not None and any(
                not h.group.weak and h.group.kind == "person" for h in sectors.find(list(doc[i:start]))):
            break
        if left is not None and (
            (tok.lower_ == "the" and left.lower_ in ("of", "for"))
            or (tok.lower_ in ("of", "for") and left.lower_ in title_words)  # not "the government of X"
            or tok.lower_ == "to"
            # "Deputy Prime Minister and Interior Minister X": two capitalised titles of one person
            or (tok.lower_ in ("and", "&") and left.lower_ in title_words and left.text[:1].isupper()
                and doc[i].text[:1].isupper() and left.i not in blocked)
        ):
            i -= 1
            continue
        break
    while i < start and (doc[i].lower_ in ("of", "for", "to", "the") or doc[i].text in POSSESSIVE):
        i += 1
    return i, start


# Tags of a word that governs a name as a verb would: headline verbs the model reads as plural nouns
# ("The district court sentences Chen Wei", "Police arrests ...") or tags as verbs.
GOVERNOR_TAGS = frozenset({"VBZ", "VBP", "VBD", "VB", "NNS"})


def _cut_at_governor(doc: Doc, window: tuple[int, int], start: int, end: int,
                     tables: ActorTables) -> tuple[int, int]:
    """'The district court sentences Chen Wei': when the name hangs off a word of the window that is no
    role noun (a headline verb the model tagged as a noun), the words before that word are the clause's
    subject, not the person's title; the window starts after it."""
    if window[0] >= window[1]:
        return window
    root = next((t for t in doc[start:end] if not start <= t.head.i < end), None)
    if root is None:
        return window
    gov = root.head
    if window[0] <= gov.i < start and gov.tag_ in GOVERNOR_TAGS and not tables.sectors.find([gov]) \
            and gov.lower_ not in tables.sectors.relation_heads and gov.lemma_.lower() not in tables.sectors.relation_heads:
        return (gov.i + 1, window[1]) if gov.i + 1 < window[1] else (start, start)
    return window


def appos_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """', a Kyrgyz customs officer accused of ...' -> 'a Kyrgyz customs officer'."""
    sent_end = doc[end - 1].sent.end
    if end >= sent_end or doc[end].text != ",":
        return None
    i = end + 1
    while i < sent_end and i - end <= APPOS_MAX:
        tok = doc[i]
        if tok.text in STOP_PUNCT or tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or tok.tag_ in ("WDT", "WP", "WRB"):
            break
        i += 1
    return (end + 1, i) if i > end + 1 else None


def of_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """'X of the opposition Y party' -> 'the opposition Y party' (kept only if it names a role or country)."""
    sent_end = doc[end - 1].sent.end
    if end + 1 >= sent_end or doc[end].lower_ != "of":
        return None
    i = end + 1
    while i < sent_end and i - end <= APPOS_MAX:
        tok = doc[i]
        if tok.text in STOP_PUNCT or tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "ADP") or tok.tag_ in ("WDT", "WP"):
            break
        i += 1
    return (end + 1, i) if i > end + 1 else None


def copula_attr(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'X is Chile's ambassador to Peru' / 'X, who is the party leader,' -> the predicate noun phrase."""
    root = doc[end - 1]
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "be":
        pass
    else:  # "X, who is ...": a relative clause on the name
        rel = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"
               and any(g.dep_ == "nsubj" and g.tag_ in ("WP", "WDT") for g in c.children)]
        if not rel:
            return None
        verb = rel[0]
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.i >= end]
    if not attrs:
        return None
    attr = attrs[0]
    lo = min(t.i for t in attr.subtree)
    hi = min(max(t.i for t in attr.subtree) + 1, lo + APPOS_MAX)
    return lo, hi


# Verbs whose "as" phrase names an office of their subject: "X resigned as foreign minister", "X was sworn in
# as president", "X served as army chief", "X was named as the new envoy".
AS_TITLE_VERBS = _WORDS["as_title_verbs"]


def as_title(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'X resigned as the country's foreign minister' -> the noun phrase after "as" (the verb's own)."""
    root = doc[end - 1]
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in AS_TITLE_VERBS:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i >= end]
    preps += [g for c in verb.children if c.dep_ == "prt" and c.i >= end
              for g in c.children if g.dep_ == "prep" and g.lower_ == "as"]  # "stepped down as"
    objs = [g for c in preps[:1] for g in c.children if g.dep_ == "pobj"]
    if not objs:
        return None
    lo = min(t.i for t in objs[0].subtree)
    hi = min(max(t.i for t in objs[0].subtree) + 1, lo + APPOS_MAX)
    return lo, hi


def appos_before(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'his Swedish counterpart, Vice Admiral X,' -> 'his Swedish counterpart' (ends at the comma). Only a
    real apposition: the name is closed by a comma or the parser attached one to the other
    (not "After a visit to the White House last month, X said")."""
    sent_start = doc[start].sent.start
    if start - 1 <= sent_start or doc[start - 1].text != ",":
        return None
    name_root = max(doc[start:end], key=lambda t: t.i if t.head.i < start or t.head.i >= end else -1)
    closed = end < len(doc) and doc[end].text in (",", ")", "—", "–")
    attached = name_root.dep_ == "appos" or any(c.dep_ == "appos" and c.i < start for c in name_root.children)
    if not (closed or attached):
        return None
    j = start - 1
    i = j
    while i > sent_start and j - i < 10:
        tok = doc[i - 1]
        # also "The head of Doctors Without Borders (MSF), X": 'of' and a parenthesised acronym
        inner = i < j and tok.lower_ in ("of", "(", ")") and i - 1 > sent_start
        if _np_token(tok) or tok.pos_ == "DET" or tok.tag_ == "PRP$" or inner:
            i -= 1
            continue
        break
    while i < j and doc[i].lower_ in ("of", "(", ")"):
        i += 1
    return (i, j) if i < j else None


def backer_mention(doc: Doc, m: NameMention, tables: ActorTables) -> bool:
    """'Iran-backed rebels', 'US-trained forces': the name says who backs an actor, not whose it is
    (sectors.yaml `backed_by`), so it neither gives that actor its country nor makes the article about it."""
    return m.end + 1 < len(doc) and doc[m.end].text in {"-", "–", "‐"} \
        and doc[m.end + 1].lower_ in tables.sectors.backed_by


def leader_mention(doc: Doc, m: NameMention, tables: ActorTables) -> bool:
    """'the Saudi-led coalition', 'a US-led airstrike': the name says who leads a force (sectors.yaml `led_by`);
    the force is the leader's, but the name does not make the article about that country: those the force
    strikes are of the place's or the article's own country."""
    return m.end + 1 < len(doc) and doc[m.end].text in {"-", "–", "‐"} \
        and doc[m.end + 1].lower_ in tables.sectors.led_by


# Prefixes that make a country's name a stance ("pro-Russian separatists", "anti-American protesters").
STANCE_PREFIXES = frozenset({"pro", "anti"})


def stance_mention(doc: Doc, m: NameMention) -> bool:
    """'pro-Russian', 'anti-Israel': the name says what someone is for or against, not whose they are, so it
    neither gives an actor its country nor makes the article about that country."""
    return m.start >= 2 and doc[m.start - 1].text in {"-", "–", "‐"} and doc[m.start - 2].lower_ in STANCE_PREFIXES


PERIOD_NOUNS = _WORDS["period_nouns"]
WAR_NOUNS = _WORDS["war_nouns"]
AGE_COMPARATIVES = _WORDS["age_comparatives"]


def period_mention(doc: Doc, m: NameMention) -> bool:
    """'the Soviet era', 'Soviet-era tanks', 'a Western-style vote': the name dates or compares something
    (actor_words.yaml `period_nouns`); it makes no article about that country."""
    k = m.end + 1 if m.end < len(doc) and doc[m.end].text in {"-", "–", "‐"} else m.end
    return k < len(doc) and doc[k].lower_ in PERIOD_NOUNS


SERVED_ACTIVITIES = _WORDS["served_activities"]


def served_mention(doc: Doc, m: NameMention) -> bool:
    """'charged with spying for Iran': the state a spy works for (actor_words.yaml `served_activities`) is
    neither the country of those acting on the spy nor what the article is about."""
    root = doc[m.start:m.end].root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lower_ in SERVED_ACTIVITIES


def build_memory(doc: Doc, tables: ActorTables) -> ArticleActors:
    names = scan_names(doc, tables)
    # ("Ahmed Jordan", "Police Chief Tom Holland": a country's name as a surname is part of the person's name)
    covered = {i for m in names for i in range(m.start, m.end)}
    surnames = {m.start for m in names if _country_surname(doc, m, tables, covered)}
    names = [m for m in names if m.start not in surnames]
    name_at = {i: m for m in names for i in range(m.start, m.end)}
    sent_index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_index[i] = n

    focus: Counter[str] = Counter(
        m.entry.code for m in names if m.entry.kind in FOCUS_KINDS and m.entry.code
        and not backer_mention(doc, m, tables) and not stance_mention(doc, m) and not leader_mention(doc, m, tables)
        and not period_mention(doc, m) and not served_mention(doc, m)
    )
    body_focus: Counter[str] = Counter(
        m.entry.code for m in names if m.entry.kind == "agency" and m.entry.code
        and m.entry.code not in PLOVER_IGO_CODES and not backer_mention(doc, m, tables) and not stance_mention(doc, m)
    )
    memory = ArticleActors(
        doc=doc, names=names, name_at=name_at, persons=[], mentions=[], person_at={}, descriptor_at={},
        orgs=[], acronyms={}, focus=focus, body_focus=body_focus, _sent_index=sent_index, _tables=tables,
        surname_tokens=surnames,
    )
    _collect_people(doc, tables, memory)
    _collect_orgs(doc, tables, memory)
    _collect_initialisms(doc, memory)
    return memory


# lower-case words a name's initials skip ("Front for the Liberation of X" -> FLX)
INITIALISM_SKIP = frozenset({"of", "for", "the", "and", "de", "del", "la", "el", "al", "des", "du", "&"})
INITIALISM_MIN, INITIALISM_MAX = 3, 6


def _collect_initialisms(doc: Doc, memory: ArticleActors) -> None:
    """Acronyms of three to six capitals the article also writes out as a name whose capitalised words
    begin with those letters ("the banned Baloch Liberation Army ... The BLA said"), anywhere in the article.
    An acronym the tables know stands for the article's own long form when that differs from the table's
    name ("the Karvan Liberation Army ... KLA" is not the Kosovo one): the article defines its own terms.
    Not when the acronym's letters spell two different names in the article (session 17)."""
    texts = docmemo.token_keys(doc)[0]
    wanted: dict[str, list[int]] = {}
    for i, w in enumerate(texts):
        if INITIALISM_MIN <= len(w) <= INITIALISM_MAX and w.isalpha() and w.isupper():
            m = memory.name_at.get(i)
            if m is not None and not (m.end - m.start == 1 and m.entry.kind in ("agency", "igo")):
                continue  # part of a longer table name, or a country code ("USA")
            wanted.setdefault(w, []).append(i)
    if not wanted:
        return
    found: dict[str, set[tuple[int, int]]] = {}
    for i, w in enumerate(texts):
        if not (w[:1].isupper() and w[1:2].islower()):
            continue
        letters, j, last = "", i, i
        while j < len(texts) and len(letters) < INITIALISM_MAX:
            t = texts[j]
            if t[:1].isupper() and t.isalpha() and not t.isupper():
                letters += t[0]
                last = j
                if letters in wanted:
                    found.setdefault(letters, set()).add((i, last + 1))
            elif t.lower() not in INITIALISM_SKIP or j == i:
                break
            j += 1
    for acr, spans in found.items():
        # one long form (written any number of times), not one that starts inside another
        forms = {" ".join(texts[s:e]).lower() for s, e in spans}
        if len(forms) != 1:
            continue
        start, end = min(spans)
        form = next(iter(forms))
        table = [memory.name_at[i] for i in wanted[acr] if i in memory.name_at]
        if table and (any(m.entry.name.lower() == form for m in table)
                      or any(i in memory.name_at for i in range(start, end))):
            continue  # the table's own meaning, or a long form the tables name themselves
        memory.initialisms[acr] = (start, end)


def _own_country(doc: Doc, window: tuple[int, int], memory: ArticleActors,
                 skip: set[int] | frozenset[int] = frozenset(), name_start: int | None = None,
                 title_words: frozenset[str] = frozenset()) -> NameMention | None:
    """The first country name in a descriptor window, not after a preposition that makes it another's, nor
    among the `skip` tokens (a relation noun's `of` phrase: "a critic of Russia"), nor naming a war ("an Iraq
    War veteran"), nor a given name between a title and the name (`name_start`: "Sheriff Kerry Lee")."""
    for i in range(*window):
        m = memory.name_at.get(i)
        if i in skip:
            continue
        if m is None or m.start != i or m.entry.kind not in COUNTRY_KINDS or not m.entry.code:
            continue
        if i > window[0] and doc[i - 1].lower_ in NOT_OWN_COUNTRY_AFTER:
            continue  # "ambassador to Iran" (a preposition before the window is not ours: "met with X")
        if _names_war(doc, m):
            continue  # "a Vietnam war veteran", "the Iraq War hero": the war's place, not the person's country
        if m.end == name_start and i > 0 and doc[i - 1].lower_ in title_words and doc[i].text[:1].isupper():
            continue  # "county sheriff Kerry Lee", "coach Jordan Smith": a first name, not a place
        return m
    return None


def _demonym_alone(doc: Doc, window: tuple[int, int], own: NameMention) -> bool:
    """The apposition before a name is a nationality alone ("A Dane, Ole Berg, was charged"): the
    demonym is the whole noun phrase, so it says whose national the person is, as "a Danish national"
    would; any other word left ("a Dane working in Oslo") makes it a description to weigh elsewhere.
    (The article word is checked by its text, not its tag: after a dateline the model tags "An" PROPN.)"""
    return own.entry.kind == "demonym" and all(
        own.start <= i < own.end or doc[i].pos_ == "DET" or doc[i].lower_ in ("a", "an", "the")
        for i in range(*window))


NATIONALITY_NOUNS = _WORDS["nationality_nouns"]
NATIONALITY_MODIFIERS = _WORDS["nationality_modifiers"]


def _nationality_statement(doc: Doc, window: tuple[int, int], own: NameMention) -> bool:
    """Does the description state the person's nationality: a demonym and a nationality noun, with at most an
    article and "dual" besides ("a Spanish national", "Dutch citizen", "a dual Kenyan citizen"; actor_words.yaml
    `nationality_nouns`)? It says whose national the person is, as a demonym alone does (`_demonym_alone`),
    while "a Spanish tourist" or "Tehran-based researcher" only describe (session 22)."""
    if own.entry.kind != "demonym":
        return False
    rest = [doc[i] for i in range(*window) if not own.start <= i < own.end]
    while rest and (rest[0].pos_ == "DET" or rest[0].lower_ in ("a", "an", "the")
                    or rest[0].lower_ in NATIONALITY_MODIFIERS):
        rest = rest[1:]
    return len(rest) == 1 and rest[0].i >= own.end and rest[0].lower_ in NATIONALITY_NOUNS


def _names_war(doc: Doc, m: NameMention) -> bool:
    """Does the country's name (not a demonym) name a war ("the Iraq War", "a Vietnam war veteran")?"""
    return m.entry.kind != "demonym" and m.end < len(doc) and doc[m.end].lower_ in WAR_NOUNS


def _norm(name: str) -> str:
    """One spelling per name: typographic apostrophes as ASCII ("al-Rufay’i" = "al-Rufay'i")."""
    return name.replace("’", "'").replace("‘", "'")


def _fold(name: str) -> str:
    """A name's key for matching two spellings of one person: without accents and other combining marks
    ("Erdoğan" = "Erdogan", "Łukasz" stays: its stroke is a letter of its own). The name keeps its spelling."""
    return "".join(c for c in unicodedata.normalize("NFKD", _norm(name)) if not unicodedata.combining(c))


def named_org_hits(doc: Doc, window: tuple[int, int], memory: ArticleActors) -> list[SectorHit]:
    """Named bodies that fix a sector ("Pentagon officials", "leader of Islamic State") as sector hits."""
    out = []
    for m in memory.names:
        if window[0] <= m.start < window[1] and m.entry.sector and m.entry.kind in ("igo", "agency", "seat"):
            out.append(SectorHit(m.start - window[0], m.end - window[0], m.entry.text, named_group(m.entry)))
    return out


def title_countries(hits: Iterable[SectorHit]) -> set[str]:
    """The states whose own offices or bodies the terms name (sectors.yaml groups with a `country`: "Taoiseach")."""
    return {h.group.country for h in hits if h.group.country}


def named_group(entry: NameEntry) -> SectorGroup:
    return SectorGroup(name=f"named body: {entry.name}", sector=entry.sector or "UNK", kind="organization")


def _clause_of(tok: Token) -> int:
    """Index of the verb whose clause holds the token ("..., a press officer of the U.S. embassy told reporters" is
    another clause than "President X declared ...")."""
    t = tok
    for _ in range(50):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t.i
        t = t.head
    return t.i


def _within(tok: Token, clause_verb: Token) -> bool:
    """Is the token in this clause or one it governs ("X said [Chile would join]"), not in a clause
    above it ("[X declared ...], a press officer of the U.S. embassy told reporters")?"""
    t = tok
    for _ in range(60):
        if t.i == clause_verb.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _locative(doc: Doc, m: NameMention) -> bool:
    """Is this name a place where something happens ("in Moscow", "through central Hong Kong")?"""
    if m.start > 0 and doc[m.start - 1].lower_ in LOCATIVE:
        return True
    head = _first_conjunct(doc[m.end - 1]).head  # (the second of two places: "in Moscow and Kyiv", session 21)
    return head.dep_ == "prep" and head.lower_ in LOCATIVE


def _first_conjunct(tok: Token) -> Token:
    """The first of coordinated words ("Croatia" for "Ecuador" in "arms sales to Croatia and Ecuador"): the later ones
    share its role, which the parser gives only to the first."""
    for _ in range(8):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _object(doc: Doc, m: NameMention, mention: PersonMention | None = None) -> bool:
    """Is this name (or the noun phrase it modifies) an object: what someone acts on, not whose
    ("imposed sanctions on a group that controls Afghanistan", "called for sanctions against Nigeria")?
    Not when that phrase is the person's own ("refused to meet Jordan's visiting King X")."""
    t = doc[m.end - 1]
    for _ in range(6):
        t = _first_conjunct(t)  # ("sales to Croatia and Ecuador": both are objects, session 21)
        if t.dep_ not in NP_MODIFIER_DEPS or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ not in OBJECT_DEPS:
        return False
    return mention is None or not t.left_edge.i <= mention.start < t.right_edge.i + 1


def _starts_with_name(doc: Doc, window: tuple[int, int], name_tokens: set[int]) -> bool:
    i = window[0]
    while i < window[1] and doc[i].pos_ == "DET":
        i += 1
    return i < window[1] and i in name_tokens


def _name_suffix(a: list[str], b: list[str]) -> bool:
    """Is the shorter of two names (as words) the end of the longer one, with more than one word?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return 1 < len(short) < len(long) and long[-len(short):] == short


def _join_particles(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Jan van der Berg' when the model tags 'Jan' and 'Berg' apart: two name spans with only lower-case name
    particles between them ("van der", "de la", "bin") are one name."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out:
            prev_start, prev_end = out[-1]
            gap = doc[prev_end:start]
            if 0 < len(gap) <= 3 and all(t.text in NAME_PARTICLES for t in gap):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _family_name_first(word: str, persons: list[Person]) -> Person | None:
    """The one person named before whose two- or three-word name begins with this word ("Li Wen" for "Li"),
    when no one else's name does; None otherwise. A single word that is no known surname but the first word
    of one earlier name is that person written family name first (news rarely calls anyone by a given name)."""
    found = [p for p in persons if 2 <= len(p.name.split()) <= 3 and p.name.split()[0] == word]
    return found[0] if len(found) == 1 else None


def _first_of_two_surnames(word: str, persons: list[Person]) -> Person | None:
    """The one person named before whose name of three or more words has this word second to last: Spanish and
    Portuguese names carry two surnames and are referred back to by the first of them ("Ricardo Rosselló Nevares"
    ... "Rosselló"). None when no one or more than one person has it there (session 19)."""
    key = _fold(word)
    found = [p for p in persons if len(parts := p.name.split()) >= 3 and parts[-2][:1].isupper()
             and _fold(parts[-2]) == key]
    return found[0] if len(found) == 1 else None


def _collect_people(doc: Doc, tables: ActorTables, memory: ArticleActors) -> None:
    spans = _join_particles(doc, find_name_spans(doc, memory, tables))
    by_name: dict[str, Person] = {}
    # 1. people from name spans, merging "Berg" into "Lars Berg" and vice versa
    raw: list[tuple[int, int, Person]] = []
    for start, end in spans:
        words = [_norm(t.text) for t in doc[start:end] if t.text != "-"]
        full, surname = _norm(doc[start:end].text), words[-1]
        person = by_name.get(_fold(full))
        if person is None:
            # (the same surname in two spellings, with and without accents, is one person's: "Erdoğan", "Erdogan")
            same_surname = [p for p in memory.persons if _fold(p.surname) == _fold(surname)]
            # a surname alone, or with only its particle ("Al-Jalali" after "Mohammad al-Jalali")
            bare = len([w for w in words if w.lower() not in NAME_PARTICLES]) == 1
            if same_surname and (len(words) == 1 or bare or len(same_surname[-1].name.split()) == 1):
                person = same_surname[-1]
                if len(words) > len(person.name.split()):
                    person.name = full
            elif same_surname and _fold(same_surname[-1].name.split()[0]) == _fold(words[0]):
                person = same_surname[-1]
            elif same_surname and _name_suffix(words, [w for w in same_surname[-1].name.split() if w != "-"]):
                # "Dela Cruz", "Van der Berg" after "Rodrigo Dela Cruz", "Anna van der Berg": a surname of
                # several words is the same person, not a new one with nothing known
                person = same_surname[-1]
                if len(words) > len(person.name.split()):
                    person.name = full
            elif not same_surname and len(words) == 1 and _family_name_first(words[0], memory.persons):
                # "Li" after "Premier Li Wen", "Kim" after "Kim Dae-jung": names written family name first
                # (Chinese, Korean, Vietnamese, Hungarian) are referred back to by their first word
                person = _family_name_first(words[0], memory.persons)
            elif not same_surname and len(words) == 1 and (
                    two_surnames := _first_of_two_surnames(words[0], memory.persons)) is not None:
                # "Rosselló" after "Ricardo Rosselló Nevares", "López" after "Andrés Manuel López Obrador"
                person = two_surnames
            else:
                person = Person(name=full, surname=surname)
                memory.persons.append(person)
            by_name[_fold(full)] = person
        raw.append((start, end, person))
    # 2. later bare surnames the model did not tag ("Berg's potential rivals")
    taken = {i for s, e, _ in raw for i in range(s, e)}
    surnames = {_fold(p.surname): p for p in memory.persons}
    texts = docmemo.token_keys(doc)[0] if surnames else ()  # each word's text from the doc's list: no Token per word
    for i, text in enumerate(texts):
        if i not in taken and text[:1].isupper() and _fold(text) in surnames and (
                i not in memory.name_at or _surname_like_place(doc[i], memory.name_at, sentence_start_ok=True)):
            raw.append((i, i + 1, surnames[_fold(text)]))
    raw.sort(key=lambda r: r[0])
    name_tokens = {i for s, e, _ in raw for i in range(s, e)}

    # 3. descriptors of every mention
    for start, end, person in raw:
        mention = PersonMention(person, start, end, memory.sentence_of(start))
        pre = _cut_at_governor(doc, pre_window(doc, start, name_tokens, tables.sectors.person_title_heads, memory.name_at,
                                          tables.sectors),
                               start, end, tables)
        windows = [pre] if pre[0] < pre[1] else []
        # an apposition that starts with another name is a list of people ("X, Y and Z"), not a title
        after = appos_after(doc, end)
        if after and not _starts_with_name(doc, after, name_tokens):
            windows.append(after)
        of = of_after(doc, end)
        if of and not _starts_with_name(doc, of, name_tokens):
            windows.append(of)
        copula = copula_attr(doc, start, end)
        if copula:
            windows.append(copula)
        as_office = as_title(doc, start, end)
        if as_office and not _starts_with_name(doc, as_office, name_tokens):
            windows.append(as_office)
        before_start = pre[0] if pre[0] < pre[1] else start
        before = appos_before(doc, before_start, end)
        if before and not _starts_with_name(doc, before, name_tokens):
            windows.append(before)
        for w in windows:
            toks = list(doc[w[0] : w[1]])
            # "European Union foreign policy chief": "union" is part of a name, not a labour union
            hits = [h for h in tables.sectors.find(toks)
                    if not all(toks[k].i in memory.name_at for k in range(h.start, h.end))]
            # "a critic of President X", "the son of the minister": the office in a relation noun's `of`
            # phrase is the other person's, not this one's title
            theirs = {t.i for head in toks if head.lemma_.lower() in tables.sectors.relation_heads
                      for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
            hits = [h for h in hits if not any(toks[k].i in theirs for k in range(h.start, h.end))]
            if w is pre and toks[-1].lower_ in AGE_COMPARATIVES and toks[-1].i > 0 \
                    and doc[toks[-1].i - 1].lower_ == "the":
                # "the elder Lai": which of two relatives, not an elder's title
                hits = [h for h in hits if h.start != len(toks) - 1]
            hits = tables.sectors.offices_of(hits, toks)
            hits += named_org_hits(doc, w, memory)
            counterpart = tables.sectors.is_counterpart(toks)
            # ("X is a critic of Russia": the country in a relation noun's `of` phrase is the other side's too;
            # not a kin noun's: "the son of the Al-Qaeda founder", "the wife of the Kenyan envoy" share it)
            other_side = {t.i for head in toks if head.lemma_.lower() in tables.sectors.relation_heads
                          and head.lemma_.lower() not in tables.sectors.kin_words and head.lower_ not in
                          tables.sectors.kin_words
                          for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
            own = _own_country(doc, w, memory, skip=other_side, name_start=start if w is pre else None,
                               title_words=tables.sectors.person_title_heads)
            nationality = own is not None and _nationality_statement(doc, w, own)
            if w is not pre and not hits and not counterpart and not ((w is of or w is copula) and own) \
                    and not (w is before and own and _demonym_alone(doc, w, own)) and not nationality:
                continue  # a list of names, not an apposition
            mention.windows.append(w)
            person.hits.extend(hits)
            if counterpart:
                person.counterpart_windows.append(w)
            if own and (person.country is None or (nationality and not person.nationality)):
                # (a stated nationality outranks a country read from another description: "Tehran researcher
                # X ... X, a Swedish citizen"; the first nationality stated stays)
                person.country = own.entry.code
                person.stated = True
                person.pre = own.entry.disputed
                person.nationality = nationality
        memory.mentions.append(mention)
        _gender_evidence(doc, mention, tables, name_tokens)
        for i in range(start, end):
            memory.person_at[i] = person
        for w in mention.windows:
            # only the window's head stands for the person ("his Iranian counterpart" -> counterpart);
            # the other words ("the Liberal Party of Canada") are actors of their own
            for i in range(*w):
                if not (w[0] <= doc[i].head.i < w[1]) or doc[i].head.i == i:
                    memory.descriptor_at.setdefault(i, person)

    # 4. "his Iranian counterpart": same office as the person they meet
    for m in memory.mentions:
        if not m.person.counterpart_windows or m.person.inherited:
            continue
        partner = next((o.person for o in reversed(memory.mentions)
                        if o.end <= m.start and o.person is not m.person and o.person.hits), None)
        if partner is not None:
            m.person.inherited = [h for h in partner.hits if h.group.kind == "person"]

    # 5. sectors; an office-holder named without a country takes the one country its own sentence names
    #    ("President X said Ukraine would ..."), not counting places ("in Moscow") or other people's words
    for p in memory.persons:
        p.sector, p.other_sectors = tables.sectors.combine([*p.hits, *p.inherited])
        if p.pre and "PRE" not in p.other_sectors and p.sector != "PRE":
            p.other_sectors.append("PRE")
        bound = title_countries(p.hits)
        if p.country is None and len(bound) == 1:
            # "Taoiseach X", "Chief Cabinet Secretary Y": a title only one state has says whose office it is, as
            # a demonym would (sectors.yaml groups with a `country`; session 23)
            p.country, p.stated = bound.pop(), True
    for m in memory.mentions:
        p = m.person
        if p.country is not None or p.sector is None:
            continue
        sent = doc[m.start].sent
        clause = doc[_clause_of(doc[m.end - 1])]
        # ("Prime Minister X and Palestinian President Y": a country in another person's title is theirs)
        others = {i for o in memory.mentions if o.person is not p for w in o.windows for i in range(*w)}
        # (nor a country in words quoted in the sentence while the name is outside the quotation: what someone
        # says names what they talk about, "... favorable to Ukraine," Crow said; session 18)
        quoted = _quoted_tokens(sent)
        codes = {n.entry.code for n in memory.names
                 if sent.start <= n.start < sent.end and n.entry.kind in FOCUS_KINDS and n.entry.code
                 and _within(doc[n.end - 1], clause) and n.start not in others
                 and memory.descriptor_at.get(n.start, p) is p and memory.person_at.get(n.start, p) is p
                 and not _locative(doc, n) and not _object(doc, n, m)
                 and not (n.start in quoted and m.start not in quoted) and not _hyphen_joined(doc, n, m)
                 and not _names_war(doc, n)
                 and not (n.entry.code != memory.focus_country and _told_to(doc[n.end - 1], clause))}
        if not codes:
            codes = _succeeded_office(doc, m, memory)
            p.successor = len(codes) == 1
        if not codes and p.sector in SEAT_SPEAKS_FOR:
            codes = _seat_speaker(doc, clause, memory)
        if len(codes) == 1:
            p.country = codes.pop()
    # 6. "Trump's special envoy X", "the governor's spokesman X": an office held for a person the article
    #    places is of that person's country (session 17)
    for m in memory.mentions:
        p = m.person
        if p.country is not None:
            continue
        # (the window may stop before the owner's name: "Ruiz's special envoy X")
        owners = {memory.person_at[t.i].country for w in m.windows for t in doc[max(0, w[0] - 3) : w[1]]
                  if t.dep_ == "poss" and t.i in memory.person_at and memory.person_at[t.i] is not p
                  and w[0] <= t.head.i < w[1] and t.head.i not in memory.person_at
                  and any(h.group.kind == "person" for h in tables.sectors.find([t.head]))}
        if len(owners) == 1 and None not in owners:
            p.country = owners.pop()


# Quotation marks as the tokenizer leaves them: straight ones toggle, curly ones open or close.
OPEN_QUOTES, CLOSE_QUOTES, STRAIGHT_QUOTES = frozenset({"“", "``", "„"}), frozenset({"”", "''"}), frozenset({'"'})


def _quoted_tokens(sent: Span) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (a quotation left open runs to the sentence end;
    one closed with no opening mark in the sentence began before it, so runs from the sentence start)."""
    # each word's text from the doc's list (`docmemo.token_keys`): no Token made per word
    texts = docmemo.token_keys(sent.doc)[0][sent.start:sent.end]
    inside = texts[0] not in OPEN_QUOTES | STRAIGHT_QUOTES and any(
        t in CLOSE_QUOTES for t in texts) and not any(t in OPEN_QUOTES | STRAIGHT_QUOTES for t in texts)
    out: set[int] = set()
    for i, text in enumerate(texts, start=sent.start):
        if text in OPEN_QUOTES or text in STRAIGHT_QUOTES and not inside:
            inside = True
        elif text in CLOSE_QUOTES or text in STRAIGHT_QUOTES:
            inside = False
        elif inside:
            out.add(i)
    return out


def _told_to(tok: Token, clause_verb: Token) -> bool:
    """Is the name (in) the subject of a clause the person's verb governs that says what it must do ("X said
    Islamabad must act")? Such words are addressed to another party (the pipeline codes them as X's REQUEST to
    it), so that country is not the speaker's (session 18; roles.yaml `obligation_aux`). The caller keeps the
    country the article is about: a leader saying what their own country must do is common there."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("nsubj", "nsubjpass"):
            verb = t.head
            return verb.i != clause_verb.i and verb.dep_ == "ccomp" and verb.head.i == clause_verb.i and any(
                c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children)
        if t.head.i == t.i or t.dep_ not in NP_MODIFIER_DEPS | {"compound"}:
            return False
        t = t.head
    return False


def _hyphen_joined(doc: Doc, n: NameMention, m: PersonMention) -> bool:
    """Is the country joined to the person's name by a hyphen ("the Trump-Ukraine call", "a Modi-Japan summit")?
    It names the other side of a dealing, not the person's own (session 18)."""
    return (n.start == m.end + 1 and doc[m.end].text in HYPHENS) or (m.start == n.end + 1 and doc[n.end].text in HYPHENS)


HYPHENS = frozenset({"-", "–", "—"})


def _gender_evidence(doc: Doc, m: PersonMention, tables: ActorTables, name_tokens: set[int]) -> None:
    """What the mention shows of the person's gender (session 17): a gendered word among its descriptors or
    right before the name ("Ms. X", "X, the spokeswoman", "his wife X"), a man's or woman's given name as the name's
    first word ("Ana Costa", session 23), or a "his"/"her" owning the direct
    object of the verb the name is the subject of ("X ended her campaign", "X announced his resignation"), when
    no other person is named or described in between."""
    words = [doc[i].lower_ for a, b in m.windows for i in range(a, b)]
    if m.start > 0:
        words.append(doc[m.start - 1].lower_)
    for g, vocab in GENDER_WORDS.items():
        if any(w in vocab for w in words):
            m.person.genders.add(g)
    # "Ana Costa", "Carlos Rojas": a given name before the surname is a man's or a woman's (session 23), also when
    # the model left it out of the name ("Ana" before "Pell" opening a sentence)
    first = doc[m.start] if m.end - m.start > 1 else doc[m.start - 1] if m.start > 0 else None
    if first is not None and first.text[:1].isupper() and first.lower_ in GIVEN_NAME_GENDER \
            and (first.i == m.start or first.i not in name_tokens):
        m.person.genders.add(GIVEN_NAME_GENDER[first.lower_])
    t = doc[m.end - 1]
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
        return
    verb = t.head
    for c in verb.children:
        if c.i <= t.i:
            continue
        # (only the direct object: "X worked for his office" is as often another's office)
        owner = c if c.dep_ == "dobj" else None
        if owner is None:
            continue
        poss = [p for p in owner.children if p.dep_ == "poss" and p.lower_ in GENDER_POSSESSIVES]
        if not poss:
            continue
        between = doc[m.end : poss[0].i]
        if any(i in name_tokens for i in range(between.start, between.end)) or any(
                h.group.kind == "person" for h in tables.sectors.find(list(between))):
            continue
        m.person.genders.add(GENDER_POSSESSIVES[poss[0].lower_])


# Sectors of an office-holder whose act a seat of government reports for its own state ("President X imposed
# sanctions ..., the White House said"); verbs of such reports.
SEAT_SPEAKS_FOR = frozenset({"GOV", "MIL"})
SEAT_REPORT_VERBS = _WORDS["seat_report_verbs"]


SUCCESSION_WORDS = _WORDS["succession_words"]


def _succeeded_office(doc: Doc, m: PersonMention, memory: ArticleActors) -> set[str]:
    """'Egyptian President X was ousted in a coup led by current president Y': a title marked as this holder's
    turn in office (actor_words.yaml `succession_words`) set against another holder of the same title in the
    same sentence names one office, so the country stated for the other holder is this one's too, not the
    article's focus (session 21)."""
    if not any(doc[i].lower_ in SUCCESSION_WORDS for w in m.windows for i in range(*w)):
        return set()
    heads = m.person.title_heads()
    if not heads:
        return set()
    return {o.person.country for o in memory.mentions
            if o.sent == m.sent and o.person is not m.person and o.person.stated and o.person.country
            and o.person.title_heads() & heads}


def _seat_speaker(doc: Doc, clause: Token, memory: ArticleActors) -> set[str]:
    """The country of a seat of government (White House, Kremlin, Downing Street: institutions.tsv `seat`) that
    is the subject of the verb of saying the person's clause hangs under ("President X declared ..., the
    Kremlin said"): it reports its own government's acts. Not a country or an embassy ("a spokeswoman for the
    U.S. embassy said" reports on another state), nor a seat inside the person's own clause."""
    verb = clause.head
    # only an attribution after the report ("..., the Kremlin said"): "The Kremlin said President X must ..."
    # is as often about another state's president
    if clause.dep_ not in ("ccomp", "parataxis") or verb.lemma_.lower() not in SEAT_REPORT_VERBS or verb.i < clause.i:
        return set()
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    m = memory.name_at.get(subj.i) if subj is not None else None
    if m is None or m.entry.kind != "seat" or not m.entry.code or m.end - 1 != subj.i:
        return set()
    return {m.entry.code}


def _collect_orgs(doc: Doc, tables: ActorTables, memory: ArticleActors) -> None:
    """Organisation terms with the country written next to them, and acronyms in parentheses."""
    for sent in doc.sents:
        for h in memory.sentence_hits(sent):
            if h.group.kind != "organization":
                continue  # people and crowds are not one body: "children" here are not "children" there
            first, last = sent.start + h.start, sent.start + h.end - 1  # hits index the sentence's tokens
            code = None
            # "Kenya's Interior Ministry" / "Kenyan police" / "the Interior Ministry of Kenya"
            k = first - 1
            if k >= 0 and doc[k].text in POSSESSIVE:
                k -= 1
            m = memory.name_at.get(k) if k >= 0 else None
            if m is None and last + 2 < len(doc) and doc[last + 1].lower_ == "of":
                m = memory.name_at.get(last + 2)
            if m is not None and m.entry.kind in COUNTRY_KINDS:
                code = m.entry.code
            memory.orgs.append(OrgSighting(first, doc[first : last + 1].text, h.group, code))
            # "Ministry of Internal Affairs (MVD)"
            if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")":
                acr = doc[last + 2].text
                if acr.isupper() and len(acr) >= 2:
                    long = doc[first : last + 1].text.lower()
                    memory.acronyms[acr.lower()] = long
                    memory.acronyms[long] = acr.lower()
