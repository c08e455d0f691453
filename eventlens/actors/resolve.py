"""Argument phrase -> Actor records (country, sector, kind, canonical name), using the article memory.

    resolver = ActorResolver.from_lexicons()        # cheap after the first call (tables are cached)
    memory = resolver.start_article(doc)            # one pass over the whole Doc
    actors = resolver.resolve(span, memory)         # a subject/object phrase the events stage found

A phrase is split at coordination ("Russia and China" -> two actors). Each part resolves, in order, as:
a pronoun (the last person named before it), a person (a name in the memory, or the phrase is one of a
person's descriptors, or "the minister" for the person holding that title), an organisation or group
(sector terms, with the country written in the phrase, seen with that organisation elsewhere in the
article, or the article's focus country for a domestic institution), a named institution or IGO, a
capital or seat used for its government ("Tehran rejected" -> IRN GOV), a country, or a demonym.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from .. import docmemo
from ..events.lexicon import load_word_classes
from ..events.roles import PLACE_PREPS, _moved_out, bracketed_acronym
from ..record import Actor
from .memory import (
    COUNTRY_KINDS,
    FOCUS_KINDS,
    NOT_OWN_COUNTRY_AFTER,
    POSSESSIVE,
    ArticleActors,
    NameMention,
    Person,
    backer_mention,
    build_memory,
    named_group,
    scan_names,
    stance_mention,
    title_countries,
)
from .sectors import HYPHENS, SECTOR_CODES, SectorGroup, SectorHit
from .tables import ActorTables, load_tables

# Word classes of the rules below: lexicons/actor_words.yaml, each with its comment there.
_WORDS = load_word_classes("actor_words")
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
# Actors named without a country are taken to be of the article's focus country: news names the country
# of a foreign actor. (A setting, and a set, so that a caller can narrow it.)
DOMESTIC_SECTORS = frozenset(SECTOR_CODES)
# participles that place a group where it is based: "rebels operating in X", "Kurds living in X"
BASED_VERBS = _WORDS["based_verbs"]
# "foreign bloggers", "international rights groups", "the US and others": not of the focus or the place (s18)
NONLOCAL_WORDS = _WORDS["nonlocal_words"]
# heads of groups away from their own country: no country from where they are nor the article's focus
UPROOTED_HEADS = _WORDS["uprooted_heads"]
# local organs that act only where they are ("police in Karachi"; `_local_place_country`)
IN_PLACE_ORGANS = _WORDS["in_place_organs"]
# journey nouns and verbs: a person visiting a country is not its own (`_visited`)
VISIT_WORDS = _WORDS["visit_words"]
ADDRESS_VERBS = _WORDS["address_verbs"]
MEDIATION_VERBS = _WORDS["mediation_verbs"]
STATE_HEADS = _WORDS["state_heads"]
# prepositions that make a city the place where something happens, not a government acting
IN_PLACE = frozenset({"in", "inside", "across", "throughout", "around", "near", "within"})
# The sector of a business title that heads a territory's government ("the chief executive of Macau"): GOV,
# as the heads of state and government group of sectors.yaml.
TERRITORY_HEAD = SectorGroup(name="head of a territory's government", sector="GOV", kind="person")
# Nouns naming a party by its relation to another: the possessor is the other party ("Israel's ally").
RELATION_NOUNS = _WORDS["relation_nouns"]
# Heads whose "of" phrase is who something happened to, or a quality, not an owner (see _of_owner).
OF_EVENT_SUFFIXES = ("tion", "sion", "ment", "ing", "ance", "ence", "ure", "al", "ity")
OF_EVENT_NOUNS = _WORDS["of_event_nouns"]
# People named by whom they follow: "the leader's supporters" are not the leader.
FOLLOWER_NOUNS = _WORDS["follower_nouns"]
MOVEMENT_SECTORS = frozenset({"OPP", "PTY", "REB", "REL", "LAB", "EDU"})
# Nouns that refer back to a body named by its own name ("the group", "the movement").
BODY_BACKREF_NOUNS = _WORDS["body_backref_nouns"]
COLLECTIVE_HEADS = _WORDS["collective_heads"]
BODY_NAME_HEADS = _WORDS["body_name_heads"]
# "Jr.", "III" after a comma: part of the name before them, not another party (`_conjuncts`)
NAME_SUFFIXES = _WORDS["name_suffixes"]
# Armed bodies a generic "officers"/"personnel" can belong to (see ActorResolver._police_context).
ARMED_BODY_SECTORS = frozenset({"COP", "MIL", "PRM", "REB", "UAF", "SPY", "CRM"})
# Heads that name an armed leader's own people when owned by one ("his men", "the warlord's forces").
ARMED_OWNED_HEADS = _WORDS["armed_owned_heads"]
# Nouns that refer back to a country named before them ("the country's president", "the nation's lawmakers").
COUNTRY_BACKREF_NOUNS = frozenset({"country", "nation"})
# Organs and parties whose owner, when a person ("his government", "her ministry", "his party"), gives them
# that person's country (session 16).
PERSON_OWNED_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PTY"})
# Quantifiers that float after a coordination of parties ("X and Y both/all/each ..."): no part of either.
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
TRIM = frozenset({",", "and", "or", "&", ";", "as", "well", "both", "either", "neither", "nor"})


def adjectival_title(part: Span, hit: SectorHit) -> bool:
    """A one-word title the lexicon matches only capitalised ("Major", "Private", "General") written before a
    lower-case common noun, as at the start of a sentence: the adjective ("Major companies", "Private
    hospitals"), not a rank before a name ("Private X", "Major General X")."""
    if hit.end - hit.start != 1 or hit.term == hit.term.lower() or hit.end >= len(part):
        return False
    nxt = part[hit.end]
    return nxt.pos_ == "NOUN" and nxt.text.islower()


def phrase_head(span: Span, quantity_heads: frozenset[str] = frozenset()) -> Token:
    """The head of a phrase. spaCy's `Span.root` takes the first token whose head lies outside the span;
    for a fragment of a larger phrase ("Israeli police" in "Israeli police custody") several do, and the
    English noun-phrase head is the rightmost of them. A counting head ("thousands of students", "members
    of the opposition") passes to the noun after "of"."""
    memo = docmemo.per_doc("phrase_head", of=span)  # the same phrases are asked for again (roles, parties)
    if memo is None:
        return _phrase_head(span, quantity_heads)
    key = (span.start, span.end, quantity_heads)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _phrase_head(span, quantity_heads)
    return found


def _phrase_head(span: Span, quantity_heads: frozenset[str]) -> Token:
    heads = docmemo.token_tree(span.doc)[0]  # read by index: a Token only for the words found
    start, end = span.start, span.end
    outside = [span.doc[i] for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]
    head = span.root
    if len(outside) > 1:
        nominal = [t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON")]
        head = (nominal or outside)[-1]
    for _ in range(3):  # "tens of thousands of students"
        if head.lower_ not in quantity_heads and head.lemma_.lower() not in quantity_heads:
            break
        if head.lower_ in COLLECTIVE_HEADS and head.text[:1].isupper() and not head.is_sent_start:
            break  # "the Recording Industry Association of America": a body's own name, not a count (s19)
        objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and span.start <= g.i < span.end]
        if not objs:
            break
        head = objs[0]
    return head


@dataclass
class ResolverSettings:
    # Give a domestic institution or office-holder named without any country the article's focus country
    # ("the Interior Ministry", "President X" in an article about one country).
    focus_default: bool = True
    # Sector of a capital or seat of government used as an actor ("Moscow warned").
    metonym_sector: str = "GOV"


# Sectors of a town's or province's own organs ("the mayor of X", "the X police chief", "the X city council"):
# a place the actor tables do not know, named in the phrase, gives the organ its country (`place_country`).
# (and ELI: "the former mayor of X")
LOCAL_ORGAN_SECTORS = frozenset({"GOV", "COP", "LEG", "JUD", "ELI"})


def _person_sentences(part: Span, person: Person, memory: ArticleActors) -> list[Span]:
    """The sentence of `part` first, then those of the person's other named mentions, each once: read from the
    mentions themselves rather than by walking every sentence of the article."""
    doc = part.doc
    sent = doc[part.start].sent
    sentences = {sent.start: sent}
    for m in memory.mentions:
        if m.person is person and (other := doc[m.start].sent).start not in sentences:
            sentences[other.start] = other
    return list(sentences.values())


class ActorResolver:
    def __init__(self, tables: ActorTables, settings: ResolverSettings | None = None) -> None:
        self.tables = tables
        self.settings = settings or ResolverSettings()
        # (place name, article focus country) -> the country of the place the name most likely is, or None;
        # set by the pipeline from its gazetteer (the actors stage has none of its own)
        # (with True: only a well-known place, a country, capital, province or city of 100,000 people)
        self.place_country: Callable[[str, str | None, bool], str | None] | None = None

    @classmethod
    def from_lexicons(cls, directory: str | None = None, settings: ResolverSettings | None = None) -> ActorResolver:
        return cls(load_tables(directory), settings)

    # -- article ------------------------------------------------------------------------------------

    def start_article(self, doc: Doc) -> ArticleActors:
        return build_memory(doc, self.tables)

    def countries_in(self, doc: Doc) -> Counter[str]:
        """How often each country is named (names, demonyms, capitals, seats): the article's focus."""
        return Counter(m.entry.code for m in scan_names(doc, self.tables)
                       if m.entry.kind in FOCUS_KINDS and m.entry.code)

    # -- phrases ------------------------------------------------------------------------------------

    def stated_countries(self, spans: list[Span], memory: ArticleActors) -> set[str]:
        """Countries these phrases give their actors without the article's focus default: what the
        phrase, its person's description or its pronoun's antecedent say, not what the article is about."""
        saved = self.settings
        self.settings = replace(saved, focus_default=False)
        try:
            return {a.country for span in spans for a in self.resolve(span, memory) if a.country}
        finally:
            self.settings = saved

    def resolve(self, span: Span, memory: ArticleActors) -> list[Actor]:
        if len(span) == 0:
            return []
        actors: list[Actor] = []
        parts = self._conjuncts(span, memory)
        resolved = []
        for part in parts:
            found = self._resolve_part(part, memory)
            if len(found) == 1 and not found[0].country and not found[0].sector:
                found = self._from_apposition(part, found[0], memory) or found
            resolved.append(found)
        for k, found in enumerate(resolved):
            if k + 1 < len(parts) and self._shared_title(parts[k], found, parts[k + 1], resolved[k + 1]):
                # "Deputy Prime Minister and Interior Minister X": two titles of the one person named after
                # the second; the first title's sector joins that person's
                a, b = found[0], resolved[k + 1][0]
                others = [x for x in [*b.other_sectors, a.sector, *a.other_sectors] if x and x != b.sector]
                resolved[k + 1] = [replace(b, text=span.doc[parts[k].start : parts[k + 1].end].text,
                                           start=parts[k].start_char, sector=b.sector or a.sector,
                                           other_sectors=list(dict.fromkeys(o for o in others if o != (b.sector or a.sector))),
                                           country=b.country or a.country)]
                continue
            actors.extend(found)
        return actors

    @staticmethod
    def _shared_title(first: Span, found: list[Actor], second: Span, after: list[Actor]) -> bool:
        """Is `first` a capitalised title ("Deputy Prime Minister") joined by "and" to a titled name
        ("Interior Minister X"), so that both are one person's offices? Not "the president and the prime
        minister" (no name) nor "President X and Prime Minister Y" (a name in the first)."""
        if len(found) != 1 or len(after) != 1:
            return False
        a, b = found[0], after[0]
        # (the first title may already stand for the person, as one of the name's descriptors)
        if a.kind != "person" or (a.name and a.name != b.name) or not (a.sector or a.name) \
                or b.kind != "person" or not b.name:
            return False
        between = first.doc[first.end : second.start]
        if [t.lower_ for t in between] not in (["and"], ["&"]):
            return False
        return all(t.text[:1].isupper() or t.is_punct or t.text in HYPHENS for t in first) \
            and first[0].pos_ != "DET" and not any(t.ent_type_ == "PERSON" for t in first)

    def _from_apposition(self, part: Span, actor: Actor, memory: ArticleActors) -> list[Actor] | None:
        """'Ana Ferreira, the United Nations refugee envoy': when the name itself tells
        nothing (the model may not even see a person), the apposition says who it is."""
        root = phrase_head(part, self.tables.sectors.quantity_heads)
        appos = [c for c in root.children if c.dep_ == "appos" and part.start <= c.i < part.end]
        if not appos:
            return None
        a = appos[0]
        # ("Chen Wu, the former vice-mayor of X": the model may hang each word of a hyphenated title on the
        # name as an apposition of its own; together they are the one description)
        end = a.right_edge.i
        for x in appos[1:]:
            if x.left_edge.i != end + 1:
                break
            end = x.right_edge.i
        described = self._resolve_part(part.doc[a.left_edge.i : min(end + 1, part.end)], memory)
        if len(described) != 1 or not (described[0].country or described[0].sector):
            return None
        d = described[0]
        name_part = part.doc[part.start : a.left_edge.i].text.strip(" ,")
        is_person = d.kind == "person" or root.ent_type_ == "PERSON" or bool(self.tables.sectors.find([a]))
        return [Actor(text=actor.text, name=name_part if is_person and name_part else d.name, country=d.country,
                      sector=d.sector, other_sectors=list(d.other_sectors), kind="person" if is_person else d.kind,
                      start=actor.start, end=actor.end)]

    def _conjuncts(self, span: Span, memory: ArticleActors | None = None) -> list[Span]:
        """'Russia and China' -> [Russia, China]; a phrase without coordination -> [span]."""
        root = phrase_head(span, self.tables.sectors.quantity_heads)
        chain = [root]
        name_at = memory.name_at if memory is not None else {}

        def in_name(t: Token, c: Token) -> bool:
            # "Bosnia and Herzegovina", "Islamic State of Iraq and the Levant jihadists": the "and" is inside
            # one table name with the first conjunct, so it joins the words of a name, not two parties
            ccs = [x for x in t.children if x.dep_ == "cc" and t.i < x.i < c.i]
            return bool(ccs) and name_at.get(ccs[0].i) is not None and name_at.get(ccs[0].i) is name_at.get(t.i)

        # "the US, Russia, and Switzerland": the small model makes the second item an apposition of the
        # first and coordinates the rest with it; a name in apposition that starts a coordination is a
        # list item ("Pakistan, a key ally" has no coordination and stays one actor)
        def conj_kids(t: Token) -> list[Token]:
            kids = [c for c in t.children if c.dep_ == "conj" and span.start <= c.i < span.end
                    and c.pos_ in ("NOUN", "PROPN", "PRON") and not in_name(t, c)]
            # "X Y, Jr. and Z": the suffix belongs to the name; the items coordinated with it are the name's
            return [k for c in kids for k in (conj_kids(c) if suffix(t, c) else [c])]

        def suffix(t: Token, c: Token) -> bool:
            return (c.lower_ in NAME_SUFFIXES and c.i == t.i + 2 and span.doc[t.i + 1].text == ","
                    and t.pos_ == "PROPN" and (c.lower_ not in ("ii", "iii", "iv") or c.text.isupper()))

        listed = [c for c in root.children if c.dep_ == "appos" and span.start <= c.i < span.end and c.pos_ == "PROPN"
                  and c.i > root.i and span.doc[c.left_edge.i - 1].text == ","
                  and (conj_kids(c) or any(g.i > c.i for g in conj_kids(root)))]
        if listed:
            chain.append(listed[0])
        while True:
            nxt = conj_kids(chain[-1])
            if not nxt:
                break
            chain.append(nxt[0])
        # "Norway, Chile, and Ghana" with "Ghana" coordinated with "Norway"; "X, Y, and Z" with both Y and Z
        # coordinated with X: every conjunct of an item is an item, in the order of the text
        chain += [c for x in list(chain) for c in conj_kids(x) if c not in chain]
        chain = chain[:1] + sorted(chain[1:], key=lambda t: t.i)
        if len(chain) == 1:
            return [span]
        parts: list[Span] = []
        # "Russia and China both condemned ...": a quantifier floated after the last conjunct is about them
        # all; the parser hangs it on one conjunct, whose part must not stretch over the others to reach it
        floating = {t.i for t in span if t.lower_ in FLOATING_QUANTIFIERS and t.i > chain[-1].i}
        for k, head in enumerate(chain):
            later = {t.i for c in chain[k + 1 :] for t in c.subtree}
            idx = [t.i for t in head.subtree if span.start <= t.i < span.end and t.i not in later
                   and t.i not in floating] or [head.i]
            if k == 0:  # the first conjunct also owns the words before it ("the United States")
                # (in a list of names, it stops where the next item starts: "Norway, Chile, and Ghana")
                first_later = min((i for i in later if i > head.i), default=span.end)
                # a list of three or more, or only punctuation of the first item after the next one ("China
                # and the Union (EAU)"); words there modify the whole ("Troops and aircraft from Peru")
                beyond = [i for i in idx if i > first_later]
                if not (listed or len(chain) > 2 or all(span.doc[i].is_punct for i in beyond)):
                    first_later = span.end
                idx = [i for i in range(span.start, max(idx) + 1) if i not in later and i < first_later]
            end = max(idx) + 1
            if end < span.end and span.doc[end].text == ")" and \
                    sum(t.text == "(" for t in span.doc[min(idx):end]) > sum(t.text == ")" for t in span.doc[min(idx):end]):
                end += 1  # "the Liberation Army (SPLA": the bracket the parser hung on another item closes this one
            part = self._trim(span.doc, min(idx), end)
            if part is not None:
                parts.append(part)
        return parts or [span]

    @staticmethod
    def _trim(doc: Doc, start: int, end: int) -> Span | None:
        while start < end and (doc[start].lower_ in TRIM or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].lower_ in TRIM or doc[end - 1].is_punct):
            if doc[end - 1].text == ")" and sum(t.text == "(" for t in doc[start:end]) > sum(
                    t.text == ")" for t in doc[start:end - 1]):
                break  # "the Space Research Organisation (ISRO)": the bracket closes the acronym
            end -= 1
        return doc[start:end] if start < end else None

    def _resolve_part(self, part: Span, memory: ArticleActors) -> list[Actor]:
        root = phrase_head(part, self.tables.sectors.quantity_heads)
        # 1. pronouns
        if root.pos_ == "PRON" or (len(part) == 1 and part[0].lower_ in PERSON_PRONOUNS | THING_PRONOUNS):
            return self._pronoun(part, root, memory)
        # 2. people
        person = self._person_in(part, root, memory)
        if person is not None:
            actor = self._person_actor(part, person, memory)
            counted = phrase_head(part)
            if counted.i != root.i and self._follower(counted):  # "supporters of former President X"
                return self._followers(part, counted, [actor])
            return [actor]
        spelled = self._spelled_out(part, root, memory)
        if spelled is not None:
            return spelled
        names = [m for m in self._names_in(part, memory) if m.entry.kind != "block"]
        named_before = self._named_body_before(part, root, memory)
        if named_before is not None:  # "the group", "the movement": the body named just before
            return [self._named_actor(part, root, named_before)]
        unnamed_before = self._unnamed_body_before(part, root, memory)
        if unnamed_before is not None:  # "A coalition of opposition parties ... The group said"
            return unnamed_before
        # 2a. an unnamed "his Russian counterpart": the possessor's office, the country written here
        if self.tables.sectors.is_counterpart([root]):
            partner = [c for c in root.children if c.dep_ == "poss" and part.start <= c.i < part.end]
            who = self._resolve_part(part.doc[partner[0].i : partner[0].i + 1], memory) if partner else []
            if partner and not (who and who[0].kind == "person"):  # "the Kenyan minister met his ... counterpart"
                verb = root.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < root.i]
                if subj:
                    who = self._resolve_part(part.doc[subj[0].left_edge.i : subj[0].i + 1], memory)
            country = self._own_country(part, names)
            if country is not None and who and who[0].country != country and (
                    who[0].kind == "person" or who[0].sector):
                # "his Chilean counterpart"; "the Peruvian authorities ... their Chilean counterparts"
                return [Actor(text=part.text, name=None, country=country, sector=who[0].sector,
                              other_sectors=list(who[0].other_sectors),
                              kind="person" if who[0].kind == "person" else "group",
                              start=part.start_char, end=part.end_char)]
        # words inside a table name are part of that name ("Soviet Union", "Red Cross"), not sector terms
        in_names = {i for m in names for i in range(m.start, m.end)}
        hits = [h for h in self.tables.sectors.find(list(part))
                if not all(part[k].i in in_names for k in range(h.start, h.end))
                and not adjectival_title(part, h)]
        # 2b. "the minister", "the Iranian defence minister": a person named elsewhere with that title
        root_hit = next((h for h in hits if part[h.start].i <= root.i < part[h.end - 1].i + 1), None)
        if root_hit is not None and root_hit.group.kind == "person" and not self._has_proper_name(part, names):
            country = self._own_country(part, names) or self._country_possessor(part, root, memory)
            heads = {root_hit.term.split()[-1].lower()}
            plural = root.tag_ in ("NNS", "NNPS")
            if plural and self._definite(part):
                # "the two ministers", "both presidents": the people with that title named just before
                people = [p for p in memory.people_with_title({self._singular(h) for h in heads}, part.start)
                          if not country or p.country in (None, country)]
                if len(people) >= 2:
                    return [self._person_actor(part, p, memory) for p in people]
            holder = memory.person_with_title(heads, country, part.start, root_hit.term)
            if holder is not None and not plural and self._definite(part):
                return [self._person_actor(part, holder, memory)]
        # 3. organisations, groups, institutions, IGOs, capitals, countries
        found = self._thing_actor(part, root, names, hits, memory)
        form = next((f for f in memory.initialisms.values() if f[1] == root.i + 1 and part.start <= f[0]), None)
        if form is not None and len(found) == 1 and found[0].name is None and found[0].kind in ("group", "organization"):
            # "the Baloch Liberation Army" when the article also calls it "BLA": a body's own name
            found = [replace(found[0], name=part.doc[form[0] : form[1]].text, kind="organization")]
        return found

    # -- pieces -------------------------------------------------------------------------------------

    def _spelled_out(self, part: Span, root: Token, memory: ArticleActors) -> list[Actor] | None:
        """'The BLA said ...' after '... the Baloch Liberation Army': an acronym head the article writes out
        elsewhere is what its long form resolves to there, named by it (`memory.initialisms`, session 17)."""
        doc = part.doc
        acronym, members = root, False
        if root.pos_ == "NOUN" and root.tag_ == "NNS":
            # "BLA insurgents", "KLA members": people of the body, when the head says no other sector
            mods = [c for c in root.children if c.dep_ == "compound" and c.text in memory.initialisms]
            heads = self.tables.sectors.find([root])
            if len(mods) != 1 or not (self._member_head(root)
                                      or all(h.group.weak or h.group.kind != "organization" for h in heads)):
                return None
            acronym, members = mods[0], True
        form = memory.initialisms.get(acronym.text)
        # "five BLA members in Quetta": where they are, after the head, is no other noun of the phrase (s21)
        end = next((t.i for t in part if t.i == root.i + 1 and t.dep_ == "prep" and t.lower_ in PLACE_PREPS), part.end)
        if form is None or form[0] <= acronym.i < form[1] or any(
                t.i not in (root.i, acronym.i) and t.dep_ not in ("det", "punct", "nummod", "amod")
                for t in part if t.i < end):
            return None  # ("the BLA's leader": the head is another noun)
        found = self._resolve_part(doc[form[0] : form[1]], memory)
        if len(found) != 1 or not (found[0].country or found[0].sector) or found[0].kind == "person":
            return None
        a = found[0]
        if members:
            own = [h for h in self.tables.sectors.find([root]) if not h.group.weak]
            if own and a.sector and own[0].sector != a.sector:
                return None  # "BLA lawyers" are lawyers
            return [Actor(text=part.text, name=None, country=a.country, sector=a.sector,
                          other_sectors=list(a.other_sectors), kind="group", start=part.start_char, end=part.end_char)]
        return [Actor(text=part.text, name=doc[form[0] : form[1]].text, country=a.country, sector=a.sector,
                      other_sectors=list(a.other_sectors), kind="organization" if a.kind in ("group", "unknown") else a.kind,
                      start=part.start_char, end=part.end_char)]

    @staticmethod
    def _names_in(part: Span, memory: ArticleActors) -> list[NameMention]:
        """Table names overlapping the phrase, in text order."""
        found = {memory.name_at[i] for i in range(part.start, part.end) if i in memory.name_at}
        return sorted(found, key=lambda m: m.start)

    def _pronoun(self, part: Span, root: Token, memory: ArticleActors) -> list[Actor]:
        word = root.lower_
        if word in PERSON_PRONOUNS:
            speaker = self._speaker_noun(part, root, memory) or self._bound_possessive(part, root, memory)
            if speaker is not None:
                return speaker
            gender = "m" if word in ("he", "him", "his", "himself") else "f" if word in ("she", "her", "hers", "herself") else None
            person = memory.person_before(root.i, max_sent_back=2, gender=gender)
            if person is not None:
                return [self._person_actor(self._antecedent(part, root, person, memory), person, memory)]
        elif word in THING_PRONOUNS:
            # "Kenya has ... as it seeks": a country, capital or organisation named in this or the
            # previous sentence, the subject first
            sent = memory.sentence_of(root.i)
            doc = part.doc
            for back in (0, 1):
                # an acronym the article spells out, as the subject ("The BLA said it ...", session 17)
                spelled = [t for t in doc[doc[root.i].sent.start if back == 0 else 0 : root.i]
                           if t.text in memory.initialisms and t.dep_ in ("nsubj", "nsubjpass")
                           and memory.sentence_of(t.i) == sent - back]
                if spelled:
                    found = self._spelled_out(doc[spelled[-1].left_edge.i : spelled[-1].i + 1], spelled[-1], memory)
                    if found:
                        shown = doc[spelled[-1].left_edge.i : spelled[-1].i + 1] if back == 0 and root.dep_ != "poss" else part
                        return [replace(found[0], text=shown.text, start=shown.start_char, end=shown.end_char)]
                # an organisation that is the subject comes first ("The Interior Ministry said it ...")
                org_subjects = [o for o in memory.orgs if o.token < root.i and memory.sentence_of(o.token) == sent - back
                                and doc[o.token + len(o.term.split()) - 1].dep_ in ("nsubj", "nsubjpass")]
                if org_subjects:
                    head = doc[org_subjects[-1].token + len(org_subjects[-1].term.split()) - 1]
                    org = self._resolve_part(doc[head.left_edge.i : head.i + 1], memory)
                    if org and org[0].kind != "unknown":
                        o = org[0]
                        # the mention the pronoun stands for, when it is in the same sentence
                        shown = self._subject_span(head) if back == 0 and root.dep_ != "poss" else part
                        return [Actor(text=shown.text, name=o.name, country=o.country, sector=o.sector,
                                      other_sectors=list(o.other_sectors), kind=o.kind,
                                      start=shown.start_char, end=shown.end_char)]
                cands = [m for m in memory.names if m.end <= root.i and m.entry.code
                         and m.entry.kind in ("country", "capital", "seat", "igo", "agency")
                         and memory.sentence_of(m.start) == sent - back]
                # a movement named in the pronoun's own sentence is left to the roles stage, which takes the
                # whole subject phrase ("The rebel X Front (XF) announced it will ...")
                cands = [m for m in cands if m.entry.kind != "agency" or back]
                if cands:
                    # the subject, or the possessor of the subject ("Russia's concerns ... its withdrawal")
                    subj = [m for m in cands if part.doc[m.start].dep_ in ("nsubj", "nsubjpass")
                            or part.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                            or (part.doc[m.end - 1].dep_ == "poss"
                                and part.doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass"))]
                    focus = [m for m in cands if m.entry.code == memory.focus_country]
                    # "Gunmen from the X Front attacked ... in Ethiopia. It said ...": a movement or body
                    # named by its own name is what "it" stands for before the country it acts in
                    named = [m for m in cands if m.entry.kind in ("agency", "igo")]
                    pick = (subj or named or focus or cands)[-1]
                    if back == 0 and subj and pick is subj[-1] and root.dep_ != "poss":
                        # "The British government said it will ...": the subject that names the country
                        # is what "it" stands for (and may say more: a government, not the country)
                        stated = self._subject_phrase(doc, pick)
                        found = self._resolve_part(stated, memory) if stated is not None else []
                        if len(found) == 1 and found[0].country == pick.entry.code:
                            return found
                    return [self._named_actor(part, part.doc[pick.start], pick)]
        return [Actor(text=part.text, kind="unknown", start=part.start_char, end=part.end_char)]

    def _speaker_noun(self, part: Span, root: Token, memory: ArticleActors) -> list[Actor] | None:
        """'the judge said he had been threatened', 'The attacker ... claimed he was wronged', '..., but he did not
        elaborate': a "he"/"she" that is the subject of the clause a verb reports, or of a verb joined to it,
        stands for that verb's subject when it is a singular role noun ("the judge", "the attacker"), not for
        the last person named. Not a generic head that often speaks for another ("the spokesman", "an
        official") nor one tied to someone by a possessor or a preposition ("X's lawyer", "a lawyer for X")
        (session 17). None when the rule does not apply."""
        if root.lower_ not in ("he", "she") or root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = root.head
        if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
            return None
        gov = verb.head
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and gov.dep_ == "conj":  # "The attacker is reported to have ... and claimed he ..."
            subj = next((c for c in gov.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > root.i or subj.pos_ != "NOUN" or subj.tag_ != "NN" \
                or subj.i in memory.person_at or subj.i in memory.descriptor_at \
                or any(c.dep_ in ("poss", "prep", "appos", "conj") for c in subj.children):
            return None
        hits = [h for h in self.tables.sectors.find([subj]) if not h.group.weak and h.group.kind in ("person", "group")]
        if not hits:
            return None
        found = self._resolve_part(part.doc[subj.left_edge.i : subj.i + 1], memory)
        if len(found) != 1 or found[0].kind not in ("person", "group") or not found[0].sector:
            return None
        a = found[0]
        return [Actor(text=part.text, name=a.name, country=a.country, sector=a.sector,
                      other_sectors=list(a.other_sectors), kind="person", start=part.start_char, end=part.end_char)]

    def _bound_possessive(self, part: Span, root: Token, memory: ArticleActors) -> list[Actor] | None:
        """'he and his staff', 'she thanked her supporters': a "his"/"her" in a clause whose subject is "he"/"she"
        (the same gender) is that subject's, whoever it stands for (session 17). None when no such subject."""
        if root.dep_ != "poss" or root.lower_ not in ("his", "her"):
            return None
        same = "he" if root.lower_ == "his" else "she"
        t = root.head
        subj = None
        for _ in range(8):
            if t.dep_ == "conj" and t.head.lower_ == same:  # "he and his staff"
                subj = t.head
                break
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                break
            t = t.head
        if subj is None or subj.lower_ != same or subj.i > root.i:
            return None
        found = self._pronoun(part.doc[subj.i : subj.i + 1], subj, memory)
        if len(found) != 1 or found[0].kind != "person":
            return None
        a = found[0]
        return [replace(a, text=part.text, start=part.start_char, end=part.end_char)]

    def _country_possessor(self, part: Span, root: Token, memory: ArticleActors) -> str | None:
        """'the country's security forces', 'the nation's lawmakers': the possessor refers back to the
        country named last before it, in its sentence or the one before (a country, people, capital or seat
        name; not one that only says who backs someone). None when the phrase has no such possessor."""
        poss = next((c for c in root.children if c.dep_ == "poss" and part.start <= c.i < part.end
                     and c.lemma_.lower() in COUNTRY_BACKREF_NOUNS
                     and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)), None)
        if poss is None:
            return None
        sent = memory.sentence_of(poss.i)
        before = [m for m in memory.names if m.end <= poss.i and m.entry.kind in FOCUS_KINDS and m.entry.code
                  and sent - 1 <= memory.sentence_of(m.start) and not backer_mention(part.doc, m, self.tables)]
        return before[-1].entry.code if before else None

    @staticmethod
    def _named_body_before(part: Span, root: Token, memory: ArticleActors) -> NameMention | None:
        """'The Ogaden National Liberation Front attacked ... The group said': a definite bare "the group",
        "the movement", "the organisation" is the last movement or body named by its own name (institutions,
        IGOs) in its sentence or the two before; nothing when none was named. A plural ("the groups") is not
        one body. "the council", "the agency": the last such body whose own name has that word (session 17)."""
        if len(part) != 2 or part[0].lower_ != "the" or root.i != part.start + 1 or root.tag_ != "NN":
            return None
        word = root.lemma_.lower()
        if word not in BODY_BACKREF_NOUNS and word not in BODY_NAME_HEADS:
            return None
        sent = memory.sentence_of(root.i)
        named = [m for m in memory.names if m.end <= part.start and m.entry.kind in ("agency", "igo")
                 and m.entry.code and sent - 2 <= memory.sentence_of(m.start) <= sent]
        if word not in BODY_BACKREF_NOUNS:
            named = [m for m in named if word in m.entry.name.lower().split() or word in m.entry.text.lower().split()
                     or word in part.doc[m.start : m.end].text.lower().split()]
        return named[-1] if named else None

    def _unnamed_body_before(self, part: Span, root: Token, memory: ArticleActors) -> list[Actor] | None:
        """'A coalition of opposition parties in X called for ... The group accused ...': a definite bare "the
        group" with no named body before it (`_named_body_before`) is the body a sentence shortly before
        introduced as its subject with a collective head (actor_words.yaml `collective_heads`), when that phrase
        resolves to parties with a sector (session 19). Only the subject of its own or the two sentences before:
        a body named in passing elsewhere is not what the text goes on about."""
        if len(part) != 2 or part[0].lower_ != "the" or root.i != part.start + 1 or root.tag_ != "NN" \
                or root.lemma_.lower() not in BODY_BACKREF_NOUNS:
            return None
        doc, sent = part.doc, memory.sentence_of(root.i)
        found = None
        for tok in doc[max(0, part.start - 120) : part.start]:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in COLLECTIVE_HEADS and tok.pos_ == "NOUN" \
                    and sent - 2 <= memory.sentence_of(tok.i) <= sent and tok.left_edge.i < tok.i:
                found = tok
        if found is None:
            return None
        earlier = self._trim(doc, found.left_edge.i, self._subject_span(found).end)
        if earlier is None or earlier.start <= part.start < earlier.end:
            return None
        actors = [a for a in self._resolve_part(earlier, memory) if a.sector]
        if not actors:
            return None
        return [replace(a, text=part.text, start=part.start_char, end=part.end_char) for a in actors]

    @staticmethod
    def _subject_phrase(doc: Doc, m: NameMention) -> Span | None:
        """The subject phrase a table name is (or is inside): "The British government", "Iraqi military"."""
        tok = doc[m.end - 1]
        while tok.dep_ not in ("nsubj", "nsubjpass") and tok.head.i != tok.i and tok.dep_ in (
                "compound", "amod", "poss", "nmod", "case", "det"):
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        return ActorResolver._subject_span(tok)

    @staticmethod
    def _subject_span(tok: Token) -> Span:
        """The phrase a subject token heads, with its 'of' name ("The Government of Australia") but not
        a comma-set apposition or relative clause."""
        doc = tok.doc
        end = tok.i + 1
        while end <= tok.right_edge.i and doc[end].text not in (",", "(", "—", "–") and doc[end].dep_ not in (
                "relcl", "acl") and doc[end].tag_ not in ("WDT", "WP"):
            end += 1
        if bracketed_acronym(doc, tok.left_edge.i, end):
            end += 3  # "The World Food Program (WFP) said it ...": the acronym is part of the name (s14 spans)
        return doc[tok.left_edge.i : end]

    @staticmethod
    def _antecedent(part: Span, root: Token, person: Person, memory: ArticleActors) -> Span:
        """'President X said he would ...': the subject mention of the person the pronoun stands for, when
        it is in the same sentence before the pronoun; else the pronoun itself."""
        if root.dep_ == "poss":
            return part  # "his country", "their fighters": the possessor is shown as written
        sent = memory.sentence_of(root.i)
        doc = part.doc
        for mention in reversed(memory.mentions):
            if mention.person is not person or mention.end > root.i or mention.sent != sent:
                continue
            tok = doc[mention.end - 1]
            while tok.dep_ not in ("nsubj", "nsubjpass") and tok.head.i != tok.i and tok.dep_ in (
                    "compound", "appos", "flat", "nmod", "amod"):
                tok = tok.head
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return ActorResolver._subject_span(tok)
            break
        return part

    def _person_in(self, part: Span, root: Token, memory: ArticleActors) -> Person | None:
        if root.i in memory.person_at:
            return memory.person_at[root.i]
        if root.i in memory.descriptor_at:  # "his Iranian counterpart" apposed to a name
            return memory.descriptor_at[root.i]
        # a name attached to the head by apposition/compound: "the opposition member X, leader of ..."
        for tok in part:
            p = memory.person_at.get(tok.i)
            if p is None:
                continue
            t = tok
            while t.i != root.i and t.dep_ in ("compound", "appos", "flat", "nmod") and t.head.i != t.i:
                t = t.head
            if t.i == root.i:
                return p
        return None

    def _person_actor(self, part: Span, person: Person, memory: ArticleActors) -> Actor:
        country = person.country
        if country is None and person.sector in DOMESTIC_SECTORS:
            # "the Mayor of Chicago John Smith", "Houston Police Chief X": the town their office is of;
            # of other office-holders the town of their employer ("a Leeds University researcher", "an
            # economist at Manchester's trade institute"), when the town is well known (session 20)
            known_only = person.sector not in LOCAL_ORGAN_SECTORS
            country = self._local_place_country(part, None, memory, known_only)
            # (written with the name elsewhere: "Springfield's police chief X ... he", session 17)
            # (or running on past the phrase: "X, a researcher | at the Leeds Institute", cut at the noun)
            windows = [w for m in memory.mentions if m.person is person for w in m.windows
                       if not (part.start <= w[0] and w[1] <= part.end)]
            for w in windows:
                if country is not None:
                    break
                country = self._local_place_country(part.doc[w[0] : w[1]], None, memory, known_only)
        if country is None and self.settings.focus_default and person.sector in DOMESTIC_SECTORS:
            country = memory.focus_country
            if country is not None and country in self._visited(part, person, memory):
                country = None  # "During his visit to London, President X ...": a visitor, not the host
            if country is not None and country in self._addressed_states(part, person, memory):
                country = None  # "X urged Ukraine to ...": the state addressed, not X's own
        return Actor(text=part.text, name=person.name, country=country, sector=person.sector,
                     other_sectors=list(person.other_sectors), kind="person",
                     start=part.start_char, end=part.end_char)

    @staticmethod
    def _visited(part: Span, person: Person, memory: ArticleActors) -> set[str]:
        """Countries the person visits: a journey noun owned by the person ("his visit to London", "X's trip
        to Kenya", "her arrival in Paris") or a journey verb whose subject is the person ("X visits Japan",
        "X arrived in Brussels", "X flew to Ankara"), with the place named after "to"/"in" or as the object (a
        country, capital or people's name). Pronouns count in the phrase's own sentence; the person's other
        sentences count where the person is named, since "Y arrived in X ... Y met Z" is still a visit to X."""
        sent = part.doc[part.start].sent
        subject = phrase_head(part).dep_ in ("nsubj", "nsubjpass")
        found: set[str] = set()
        for s in _person_sentences(part, person, memory):
            own_sentence = s.start == sent.start
            for t in s:
                if t.lemma_.lower() not in VISIT_WORDS:
                    continue
                if t.pos_ == "NOUN":
                    owners = [c for c in t.children if c.dep_ == "poss"]
                    # ("his visit": the person the pronoun stands for is the sentence's subject, not its object:
                    # "During his visit to London, President X met Prime Minister Y" - Y may well be British)
                    mine = any(memory.person_at.get(c.i) is person
                               or c.lower_ in PERSON_PRONOUNS and subject and own_sentence for c in owners)
                    # "a visit by X to Kenya"; an ownerless journey in a phrase on the person's own name or clause:
                    # "During a visit to Kenya, X signed ...", "X, on a trip to Kenya, said ..." (session 22)
                    mine = mine or any(memory.person_at.get(g.i) is person for c in t.children
                                       if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj")
                    mine = mine or (not owners and ActorResolver._journey_of(t, person, memory, own_sentence))
                    places = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                              for g in c.children if g.dep_ == "pobj"]
                elif t.pos_ == "VERB":
                    subj = [c for c in t.children if c.dep_ == "nsubj"]
                    mine = any(memory.person_at.get(c.i) is person
                               or c.lower_ in PERSON_PRONOUNS and own_sentence for c in subj)
                    # "X, who is visiting Kenya, said ...": a relative clause on the person's name (session 22)
                    mine = mine or (t.dep_ == "relcl" and memory.person_at.get(t.head.i) is person
                                    and any(c.tag_ == "WP" for c in subj))
                    # the object ("visited Japan") or the goal ("arrived in Brussels", "travelled to Kenya")
                    places = [c for c in t.children if c.dep_ == "dobj"]
                    places += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                               for g in c.children if g.dep_ == "pobj"]
                else:
                    continue
                if not mine:
                    continue
                for g in places:
                    m = memory.name_at.get(g.i)
                    if m is not None and m.entry.code and m.entry.kind in ("country", "capital", "demonym"):
                        found.add(m.entry.code)
        return found

    @staticmethod
    def _addressed_states(part: Span, person: Person, memory: ArticleActors) -> set[str]:
        """Countries the person addresses, deals with or mediates between as states (actor_words.yaml `address_verbs`,
        `mediation_verbs`: "X brokered a deal between Egypt and Israel"): a verb whose
        subject is the person, with a country, capital or seat named as its object or the object of its "with",
        "on", "for" or "to" ("X urged Ukraine to ...", "X called on Kenya to ...", "X held talks with Chile"), alone
        or as the possessor or `of` object of a government word ("the government of Kenya", "Peru's president";
        `state_heads`). Read over the person's sentences as `_visited` does (session 22)."""
        sent = part.doc[part.start].sent
        found: set[str] = set()
        for s in _person_sentences(part, person, memory):
            own_sentence = s.start == sent.start
            for t in s:
                mediates = t.lemma_.lower() in MEDIATION_VERBS
                if t.pos_ != "VERB" or not (mediates or t.lemma_.lower() in ADDRESS_VERBS):
                    continue
                subj = [c for c in t.children if c.dep_ == "nsubj"]
                if not any(memory.person_at.get(c.i) is person or c.lower_ in PERSON_PRONOUNS and own_sentence
                           for c in subj):
                    continue
                sides = [c for c in t.children if c.dep_ == "dobj"]
                preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "for", "to")]
                preps += [g for c in t.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]
                sides += [g for c in preps for g in c.children if g.dep_ == "pobj"]
                if mediates:
                    # "brokered a deal between Egypt and Israel", "mediated between Serbia and Bosnia"
                    between = [c for x in (t, *(c for c in t.children if c.dep_ == "dobj")) for c in x.children
                               if c.dep_ == "prep" and c.lower_ == "between"]
                    sides += [g for c in between for g in c.children if g.dep_ == "pobj"]
                sides += [c for g in list(sides) for c in g.conjuncts]
                for g in sides:
                    heads = [g]
                    if g.lemma_.lower() in STATE_HEADS:
                        heads += [c for c in g.children if c.dep_ == "poss"]
                        heads += [x for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for x in c.children if x.dep_ == "pobj"]
                    for h in heads:
                        m = memory.name_at.get(h.i)
                        if m is not None and m.end - 1 == h.i and m.entry.code and m.entry.kind in ("country", "capital", "seat"):
                            found.add(m.entry.code)
        return found

    @staticmethod
    def _journey_of(t: Token, person: Person, memory: ArticleActors, own_sentence: bool) -> bool:
        """Is the ownerless journey noun in a phrase that hangs on the person's name ("X, on a visit to Kenya,") or on
        a verb whose subject is the person ("During a trip to Kenya, X signed ..."; a pronoun subject only in the
        phrase's own sentence)?"""
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return False
        host = t.head.head
        if memory.person_at.get(host.i) is person:
            return True
        if host.pos_ not in ("VERB", "AUX"):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and (memory.person_at.get(c.i) is person
                                                         or c.lower_ in PERSON_PRONOUNS and own_sentence)
                   for c in host.children)

    @staticmethod
    def _has_proper_name(part: Span, names: list[NameMention]) -> bool:
        in_names = {i for m in names for i in range(m.start, m.end)}
        return any(t.pos_ == "PROPN" and t.i not in in_names and t.text[:1].isupper()
                   and t.ent_type_ in ("PERSON",) for t in part)

    @staticmethod
    def _definite(part: Span) -> bool:
        return any(t.lower_ in ("the", "this", "that", "these", "both") or t.tag_ == "PRP$"
                   or t.text in POSSESSIVE for t in part[:4]) or part[0].text[:1].isupper() is False

    @staticmethod
    def _singular(word: str) -> str:
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word

    def _runs(self, doc: Doc, m: NameMention) -> bool:
        """'the Hamas-run ministry', 'the Taliban-controlled police': the name says who runs the organ
        (sectors.yaml `run_by`)."""
        return m.end + 1 < len(doc) and doc[m.end].text in HYPHENS and doc[m.end + 1].lower_ in self.tables.sectors.run_by

    def _backer(self, doc: Doc, m: NameMention) -> bool:
        """'Iran-backed rebels': a backer, not the actor's country ("the Saudi-led coalition" is the leader's)."""
        return backer_mention(doc, m, self.tables)

    def _own_country(self, part: Span, names: list[NameMention], allow_in: bool = False) -> str | None:
        for m in names:
            if m.entry.kind in COUNTRY_KINDS and m.entry.code:
                if self._backer(part.doc, m):
                    continue
                before = part.doc[m.start - 1].lower_ if m.start > part.start else ""
                if before in NOT_OWN_COUNTRY_AFTER and not (allow_in and before == "in"):
                    continue
                if before == "ethnic" and m.entry.kind == "demonym":
                    continue  # "ethnic Albanian guerrillas": an ethnicity, not a nationality
                if m.start - 2 >= part.start and stance_mention(part.doc, m):
                    continue  # "pro-Russian separatists", "anti-Israel protesters": a stance, not whose they are
                if ActorResolver._owns_relation(part.doc[m.end - 1]):
                    continue  # "Israel's militia ally", "its neighbour": another party, not this one
                return m.entry.code
        return None

    @staticmethod
    def _owns_relation(tok: Token) -> bool:
        """Is the token the possessor (or modifier) of a noun naming another party by its relation to
        it ("X's ally", "X's proxies", "the X-backed militia" excepted)?"""
        head = tok.head
        return tok.dep_ in ("poss", "compound", "amod") and head.i != tok.i and head.lemma_.lower() in RELATION_NOUNS

    def _country_actor(self, part: Span, m: NameMention) -> Actor:
        e = m.entry
        sector = "PRE" if e.disputed else None
        return Actor(text=part.text, name=e.name, country=e.code, sector=sector, other_sectors=[],
                     kind="country", start=part.start_char, end=part.end_char)

    def _thing_actor(self, part: Span, root: Token, names: list[NameMention], hits: list[SectorHit],
                     memory: ArticleActors) -> list[Actor]:
        base = {"text": part.text, "start": part.start_char, "end": part.end_char}
        kin = self._kin_actor(part, root, memory)
        if kin is not None:
            return kin
        head_name = next((m for m in names if m.start <= root.i < m.end), None)
        foreign = next((m for m in names if head_name is not None and head_name.entry.kind == "admin1"
                        and m.end <= head_name.start and m.entry.kind in ("country", "demonym")
                        and m.entry.code and m.entry.code != head_name.entry.code), None)
        if foreign is not None:
            # "a Ukrainian Air Force F-16 Falcon": another country's modifier says the head is not
            # the province its name spells but a thing of that country, of the sector its words name
            sector, others = self.tables.sectors.combine(hits) if hits else (None, [])
            return [Actor(**base, country=foreign.entry.code, sector=sector, other_sectors=list(others),
                          kind="group" if sector else "unknown")]
        root_hit = next((h for h in hits if part[h.start].i <= root.i <= part[h.end - 1].i), None)
        if head_name is not None and root_hit is None:
            if head_name.entry.kind == "demonym" and self._ethnic(part, head_name):
                # "ethnic Turks": a minority, of the country they live in (the article's focus when that
                # is another country), not of the demonym's; PLOVER codes people where they are
                focus = memory.focus_country
                return [Actor(**base, country=focus if focus != head_name.entry.code else None, sector="CVL",
                              kind="group")]
            if head_name.entry.kind == "demonym":
                # "Bosnian Serbs", "Iraqi Turkmens": the people of the country named first
                first = next((m for m in names if m.end == head_name.start and m.entry.kind in ("country", "demonym")
                              and m.entry.code), None)
                if first is not None:
                    return [Actor(**base, country=first.entry.code, sector="CVL", kind="group")]
            return [self._named_actor(part, root, head_name)]
        if root_hit is None:
            root_hit = self._modifier_hit(part, root, hits, self._member_head(root), self._owned_thing(part, root))
        if root_hit is not None and self._territory_head(root, root_hit, names):
            # "the chief executive of <territory>": the territory's head of government, not a company's
            gov = SectorHit(root_hit.start, root_hit.end, root_hit.term, TERRITORY_HEAD, former=root_hit.former)
            hits = [gov if h is root_hit else h for h in hits]
            root_hit = gov
        if root_hit is None:
            titled = self._titled_name(part, root, hits, memory)
            if titled is not None:
                return titled
            return self._modifier_actors(part, root, names, memory)
        # the head is a role noun or organisation type: its sector, from the words that describe it
        core = {t.i for t in part if t.i <= root.i}  # the head and every word before it in the phrase
        pps = self._pp_tokens(part, root)
        used = [h for h in hits if h is root_hit or all(part[k].i in core for k in range(h.start, h.end))]
        if root_hit.term.lower() in self.tables.sectors.relation_heads:
            # "the militia's victims", "the army's critics": the possessor is the other party, not what they are
            owner = {t.i for c in root.children if c.dep_ == "poss" for t in c.subtree}
            used = [h for h in used if h is root_hit or part[h.start].i not in owner]
        # a seat or body named before a strong organisation head describes where or whose it is; the head
        # says what it is ("Westminster Magistrates' Court" is a court, "the Capitol Hill police" police)
        strong_body = not root_hit.group.weak and root_hit.group.kind == "organization"
        # ("the Hamas-run health ministry": the runner is another sector of the organ, not what it is)
        runners = [m for m in names if strong_body and m.start in core and m.entry.sector and self._runs(part.doc, m)]
        used += [SectorHit(m.start, m.end, m.entry.text, named_group(m.entry)) for m in names
                 if m.start in core and m.entry.sector and m.entry.kind in ("igo", "agency", "seat")
                 and not (strong_body and m.entry.kind == "seat") and m not in runners
                 and not stance_mention(part.doc, m)]  # "pro-Tamil Tigers protesters" are not the Tigers'
        office = root_hit.term.lower() in self.tables.sectors.office_terms
        members = root_hit.term.lower() in self.tables.sectors.member_bodies  # "Union of Teachers"
        if root_hit.group.weak or office or members:  # "head of the Interior Ministry", "leader of the rebels", "leader of ISIS"
            # only the object of the preposition ("the rebels"), not a word inside it ("children's program")
            # (or a noun modifying an object that is no sector word itself: "chief of the militia ally")
            bare_objs = {t.i for t in part if t.dep_ == "pobj" and t.i in pps
                         and not any(part[h.start].i <= t.i <= part[h.end - 1].i for h in hits)}
            used += [h for h in hits if h not in used and all(part[k].i in pps for k in range(h.start, h.end))
                     and any(part[k].dep_ == "pobj" or (part[k].dep_ in ("compound", "amod") and part[k].head.i in bare_objs)
                             for k in range(h.start, h.end))]
            used += [SectorHit(m.start, m.end, m.entry.text, named_group(m.entry)) for m in names
                     if m.start in pps and m.entry.sector and m.entry.kind in ("igo", "agency", "seat")]
            if office and len(used) > 1:  # "president of the farmers' association": the body's sector
                used = [h for h in used if h is not root_hit]
        if root_hit.sector == "UAF":
            # "gunmen from the X Front", "attackers of the Y militia": attackers whose body is named are
            # not unidentified; they are of that body's sector (PLOVER's UAF is for "unknown gunmen")
            named = [SectorHit(m.start, m.end, m.entry.text, named_group(m.entry)) for m in names
                     if m.start in pps and m.entry.sector in ARMED_BODY_SECTORS and m.entry.kind in ("agency", "igo")]
            # the span may stop at the head: its own from/of phrase right after it
            trailing = [memory.name_at.get(g.i) for c in root.children if c.dep_ == "prep" and c.i == part.end
                        and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
            named += [SectorHit(m.start, m.end, m.entry.text, named_group(m.entry)) for m in trailing
                      if m is not None and m.entry.sector in ARMED_BODY_SECTORS and m.entry.kind in ("agency", "igo")]
            # "gunmen from the rebel group", "drug gang gunmen": an armed body described by its kind is no
            # less identified than one named (session 14)
            described = [h for h in used if h is not root_hit and h.sector in ARMED_BODY_SECTORS - {"UAF"}
                         and not h.group.weak]
            from_pps = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
            described += [h for h in hits if h not in used and h.sector in ARMED_BODY_SECTORS - {"UAF"}
                          and not h.group.weak and h.group.kind != "person"
                          and all(part[k].i in from_pps for k in range(h.start, h.end))]
            if named or described:
                used = named or described
        sector, others = self.tables.sectors.combine(used)
        others += [m.entry.sector for m in runners if m.entry.sector not in (sector, *others)]
        lex = self.tables.sectors
        worker = root_hit.sector if root_hit.sector in lex.workforce_heads and not root_hit.group.weak \
            and root_hit.group.kind != "organization" and root_hit.end - 1 == root.i - part.start else None
        if worker is None and root.lower_ in lex.workforce_nouns and root_hit.end - 1 < root.i - part.start:
            worker = lex.workforce_sector  # "Acme Airlines staff"
        if worker is not None and sector in lex.workforce_over:
            # "Acme Airlines ground staff": the people who work there, not their employer (sectors.yaml `workforce`)
            others = [s for s in (sector, *others) if s != worker]
            sector = worker
        if used and all(h.group.weak for h in used):
            # "seven police officers were killed; the officers then shot four men": a definite generic head
            # is the body named with that head just before, of that body's sector
            earlier = self._antecedent_hit(part, root, memory)
            if earlier is None and sector == "MIL":
                earlier = self._police_context(part, root, memory)
            if earlier is not None:
                sector, others = self.tables.sectors.combine([earlier])
            elif root.lemma_.lower() in lex.people_leader_heads and self._people_modifier(part, root, memory,
                                                                                             lex.people_leader_peoples):
                # "Igbo leaders", "ethnic Albanian leaders": notables of a people, not a state's officials
                sector, others = lex.people_leader_sector, []
            elif root.lemma_.lower() in lex.people_leader_heads and any(
                    g.lemma_.lower() in lex.people_leader_bodies for c in root.children
                    if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj" and g.pos_ != "PROPN" and g.i not in memory.name_at):  # not "the East African Community"
                # "the leaders of the Kurdish community", "the head of the local community": its notables
                # (a faith's community is a REL body and decides before this; session 14 sector2)
                sector, others = lex.people_leader_sector, []
        commander = self._armed_owner(part, root, used, memory)
        if commander is not None:  # "his men", "the warlord's forces": the armed owner's own people
            sector, others = commander.sector, []
        core_names = [m for m in names if m.start in core]
        pp_names = [m for m in names if m.start in pps]
        # "Latin American leaders", "the Association of African Jurists": regional, no one country
        regional = any(m.entry.kind == "block" and (m.start in core or m.start in pps)
                       for m in self._names_in(part, memory))
        country = self._own_country(part, core_names) or self._country_possessor(part, root, memory)
        if country is None:  # "Russia ... its troops", "its embassy staff in Cuba": the country "its" stands for
            its = [c for c in root.children if c.dep_ == "poss" and c.lower_ in THING_PRONOUNS and part.start <= c.i < part.end]
            if its:
                owner = self._pronoun(part.doc[its[0].i : its[0].i + 1], its[0], memory)
                if owner and owner[0].country and owner[0].kind in ("country", "organization"):
                    country = owner[0].country
        if country is None and sector in PERSON_OWNED_ORGAN_SECTORS \
                and root_hit.term.lower() not in self.tables.sectors.relation_heads:
            # "President X ... his government", "her ministry", "his party": a state organ or party owned by a
            # person is of that person's country (the article may name several, so the focus is no guide)
            his = [c for c in root.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS
                   and part.start <= c.i < part.end]
            if his:
                owner = self._pronoun(part.doc[his[0].i : his[0].i + 1], his[0], memory)
                if owner and owner[0].kind == "person" and owner[0].country:
                    country = owner[0].country
        # "peacekeepers in Iraq" are not Iraq's: troops are often abroad (as in _trailing_pp_country)
        # ("migrants in Malta", "asylum seekers held in a camp in Chad" are not the host's: actor_words
        # `uprooted_heads`)
        abroad = uprooted_head(root)
        country = country or self._own_country(part, pp_names, allow_in=sector not in ("MIL", "PRM") and not abroad) \
            or self._trailing_pp_country(part, root, memory, sector, abroad) \
            or self._trailing_body_country(part, root, memory, workers=sector in lex.workforce_heads)
        bound = title_countries(used)
        if country is None and len(bound) == 1:
            country = bound.pop()  # "the Taoiseach said": a title only one state has (session 23)
        if country is None and sector in ("REB", "PRM") and len(part) == 2 and part[0].lower_ == "the":
            # "... accused the Allied Democratic Forces of the raid. It said the rebels had killed ...": the
            # movement of that sector named by its name just before, not the article's focus
            # (a transnational movement too: "... killed 30 Boko Haram fighters. The militants had ...")
            body = next((m for m in reversed(memory.names) if m.end <= part.start and m.entry.kind in ("agency", "igo")
                         and m.entry.sector == sector and m.entry.code
                         and memory.sentence_of(root.i) - 2 <= memory.sentence_of(m.start)), None)
            country = body.entry.code if body is not None else None
        if country is None and not root_hit.group.weak and root_hit.group.kind != "organization":
            # "... shelled Kurdish militants in northern Iraq. The militants had ...": the group named with
            # the same head just before, with the country its own phrase gave it
            country = self._same_group_before(part, root, memory)
        if country is None:
            term = part[root_hit.start : root_hit.end].text
            country = memory.org_country(term, root_hit.group, root.i)
            acronym = next((t.text for t in part if t.i in core and t.text.lower() in memory.acronyms), None)
            if country is None and acronym:
                country = memory.org_country(acronym, root_hit.group, root.i)
            named_after_person = any(t.ent_type_ == "PERSON" for t in part if t.i in core and t.i != root.i)
            # "the Clinton Administration" when the model misses the person: one capitalised word, no table
            # name, before "administration" (not an agency's longer name: "Federal Aviation Administration")
            mods = [c for c in root.children if c.dep_ == "compound"]
            named_after_person = named_after_person or (
                root.lemma_.lower() == "administration" and len(mods) == 1 and mods[0].pos_ == "PROPN"
                and mods[0].i == root.i - 1 and mods[0].i not in memory.name_at and not list(mods[0].children))
            if country is None and named_after_person:
                country = self._person_named_body_country(part, root, memory)
            if country is None and sector in LOCAL_ORGAN_SECTORS:
                country = self._local_place_country(part, root, memory)
            # "US-backed forces": the backer's country is the article's focus only because it was named
            backed = any(self._backer(part.doc, m) for m in core_names)
            if country is None and self.settings.focus_default and sector in DOMESTIC_SECTORS and not regional \
                    and not named_after_person and not backed and not abroad \
                    and not says_nonlocal(t.text for t in part if not root_hit.start <= t.i - part.start < root_hit.end):
                # ("the Bush administration" is not the focus country's; nor are "foreign diplomats", s18)
                # ("Latin American leaders" are regional: PLOVER gives them no country)
                country = memory.focus_country
        if country is not None and any(m.entry.code == country and self._ethnic(part, m) for m in core_names):
            country = None  # the focus default gave the ethnicity's own country back
        if any(m.entry.disputed for m in core_names + pp_names) and "PRE" not in others and sector != "PRE":
            others.append("PRE")
        kind = self._kind(root, root_hit)
        name = self._org_name(part, root, names) if kind == "organization" else None
        # "Chinese and Indian diplomats": one actor per coordinated country, sharing the head
        doc = part.doc
        national = [m for m in core_names if m.entry.kind in ("country", "demonym") and m.entry.code]
        starts = {m.start for m in national}
        # "Vietnamese and Cambodian forces": the parser may attach both as modifiers of the head
        # instead of coordinating them; a plain "and"/"or" between two of them counts as coordination
        listed = {m.start for m in national if m.end + 1 in starts and doc[m.end].lower_ in ("and", "or")}
        listed |= {m.start for m in national if m.start - 2 in listed and doc[m.start - 1].lower_ in ("and", "or")}
        coordinated = [m.entry.code for m in national
                       if doc[m.end - 1].dep_ == "conj" or any(c.dep_ == "conj" for c in doc[m.end - 1].children)
                       or m.start in listed]
        countries = list(dict.fromkeys(coordinated)) if len(set(coordinated)) > 1 else [country]
        if len(countries) == 1 and country is not None and not national and kind in ("person", "group"):
            # "the foreign ministers of Brazil and Argentina", "officials from France, Germany and Italy":
            # people of several countries listed in the head's own of/from phrase, one actor per country
            listed_pp = self._listed_countries(part, root, pp_names)
            if len(listed_pp) > 1 and country in listed_pp:
                countries = listed_pp
        return [Actor(**base, name=name, country=c, sector=sector, other_sectors=list(others), kind=kind)
                for c in countries]

    def _listed_countries(self, part: Span, root: Token, pp_names: list[NameMention]) -> list[str]:
        """Countries coordinated as the objects of one 'of'/'from' phrase of the head ("of X, Y and Z"), in
        the order of the text; each must be a country the phrase's own rules would give (not "pro-X")."""
        doc = part.doc
        out: list[str] = []
        preps: set[int] = set()
        for m in pp_names:
            if m.entry.kind not in ("country", "demonym") or not m.entry.code:
                continue
            tok = doc[m.end - 1]
            while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i and part.start <= tok.head.i < part.end:
                tok = tok.head
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "from") or tok.head.head.i != root.i:
                continue
            if self._own_country(part, [m]) != m.entry.code:
                continue
            preps.add(tok.head.i)
            out.append(m.entry.code)
        return list(dict.fromkeys(out)) if len(preps) == 1 else []

    @staticmethod
    def _people_modifier(part: Span, root: Token, memory: ArticleActors, peoples: frozenset[str]) -> bool:
        """Is the head modified by the name of a people that is no state's (sectors.yaml `people_leaders`:
        "Igbo", "Pashtun") or by a demonym after "ethnic" ("ethnic Albanian")? Not a state's demonym
        ("Albanian leaders" are the state's), a faith or a party ("Communist leaders")."""
        for c in root.children:
            if c.dep_ not in ("amod", "compound") or c.i >= root.i or not part.start <= c.i < part.end:
                continue
            m = memory.name_at.get(c.i)
            if m is not None and m.entry.kind == "demonym" and m.start > 0 and part.doc[m.start - 1].lower_ == "ethnic":
                return True
            if c.text in peoples:
                return True
        return False

    def _local_place_country(self, part: Span, root: Token | None, memory: ArticleActors,
                             known_only: bool = False) -> str | None:
        """'The mayor of Springfield', 'the Houston police chief', 'the Bahia state government': a town or
        region the actor tables do not know, named as the head's modifier or in its own 'of' phrase, is
        where the organ governs, so its country is the organ's (the gazetteer's most likely reading, the
        article's focus country counting). Not 'in' ("officials in Geneva" may be anyone's). With
        `known_only`, only a well-known place and no name the tagger missed (a person not of a town's organ)."""
        if self.place_country is None:
            return None
        if root is None:  # a person: a place modifying any word of the phrase, or after "of" ("Mayor of X Y")
            # (or owning it: "Springfield's police chief", session 17)
            places = [t for t in part if t.dep_ in ("compound", "poss") or t.dep_ == "pobj" and t.head.lower_ == "of"]
        else:
            places = [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
            places += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if root.lower_ in IN_PLACE_ORGANS or root.lemma_.lower() in IN_PLACE_ORGANS:
                # "police in Karachi", "the authorities in Chechnya": organs that act only where they are
                where = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                places += [g for g in where if g.ent_type_ == "GPE" or g.ent_type_ == "LOC"]
        for tok in places:
            if not part.start <= tok.i < part.end or tok.ent_id_ or tok.i in memory.name_at:
                continue
            ent = next((e for e in part.doc.ents if e.start <= tok.i < e.end), None)
            if tok.ent_type_ in ("GPE", "LOC"):
                if ent is None or not part.start <= ent.start or ent.end > part.end:
                    continue
                # (a place after "in" only when well known: "police in Springfield" may be of any country)
                in_phrase = tok.dep_ == "pobj" and tok.head.lower_ == "in"
                if tok.ent_type_ == "LOC" and not in_phrase:
                    continue
                country = self.place_country(ent.text, memory.focus_country, in_phrase or known_only)
            elif known_only and tok.dep_ == "compound" and tok.pos_ == "PROPN" and ent is not None \
                    and ent.label_ == "ORG" and all(t.pos_ == "DET" for t in part.doc[ent.start : tok.i]):
                # "a researcher at the Leeds Institute of Mining": a town opening the employer's name
                country = self.place_country(tok.text, memory.focus_country, True)
            elif not known_only and tok.pos_ == "PROPN" and tok.dep_ == "pobj" and (ent is None or len(ent) == 1) \
                    and any(h.sector in LOCAL_ORGAN_SECTORS and h.group.kind == "person"
                            for h in self.tables.sectors.find([tok.head.head])):
                # "the Mayor of Guayaquil" with the town taken for a person's name: a well-known place only
                country = self.place_country(tok.text, memory.focus_country, True)
            else:
                continue
            if country:
                return country
        return None

    def _person_named_body_country(self, part: Span, root: Token, memory: ArticleActors) -> str | None:
        """'The Obama administration', 'the Smith government': a body named after the person who heads it
        is of that person's country when the article gives one ("President Ann Smith of Ruritania ... the
        Smith government"); else an administration so named is the state sectors.yaml
        `person_administration` names (the usage is chiefly American)."""
        for tok in part:
            if tok.i >= root.i:
                break
            person = memory.person_at.get(tok.i)
            if person is not None and person.country:
                return person.country
        # (written in lower case, or after a word the model takes for a person: "the Tax Administration" is an
        # agency's own name)
        person_word = any(t.ent_type_ == "PERSON" for t in part if t.i < root.i)
        if root.lower_ in self.tables.sectors.person_administration_heads and (root.text.islower() or person_word):
            return self.tables.sectors.person_administration_country
        return None

    def _territory_head(self, root: Token, hit: SectorHit, names: list[NameMention]) -> bool:
        """Is a business title (sectors.yaml territory_offices) here the head of a place's government: its
        `of` phrase right after the head names a place ("the chief executive of Macau"), not a company?"""
        if hit.sector != "BUS" or hit.term.lower() not in self.tables.sectors.territory_offices:
            return False
        places = {"country", "capital", "admin1"}
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.ent_type_ == "ORG":
                    continue
                named = next((m for m in names if m.start <= obj.i < m.end), None)
                if named is not None and named.entry.kind in places or obj.ent_type_ == "GPE":
                    return True
        return False

    def _titled_name(self, part: Span, root: Token, hits: list[SectorHit], memory: ArticleActors) -> list[Actor] | None:
        """'Former President of Ecuador Juan Perez', 'British Secretary of State for Health Ann Smith' when
        the model tags no person: the name heads the phrase and the title, with its own 'of'/'for' phrase, is
        a noun modifier of it. The person is what the title says (sector, country), as if written before a
        tagged name."""
        if root.pos_ != "PROPN" or root.i in memory.name_at:
            return None
        title = next((c for c in root.children if c.dep_ in ("nmod", "compound") and c.i < root.i
                      and part.start <= c.left_edge.i and c.right_edge.i < root.i
                      and any(c.i in {t.i for t in part[h.start : h.end]} and h.group.kind == "person" and not h.group.weak
                              for h in hits)), None)
        if title is None:
            return None
        sub = self._trim(part.doc, title.left_edge.i, title.right_edge.i + 1)
        found = self._resolve_part(sub, memory) if sub is not None and len(sub) < len(part) else []
        if len(found) != 1 or not found[0].sector:
            return None
        a = found[0]
        name = part.doc[title.right_edge.i + 1 : root.i + 1].text
        return [Actor(text=part.text, start=part.start_char, end=part.end_char, name=name or None, country=a.country,
                      sector=a.sector, other_sectors=list(a.other_sectors), kind="person")]

    def _same_group_before(self, part: Span, root: Token, memory: ArticleActors) -> str | None:
        """'The militants', 'these protesters': a definite plural head with nothing else in its phrase refers
        back to the last phrase with the same head word in its sentence or the one before; the country that
        phrase states itself (its words, its 'in/of/from' phrase; not the article's focus). None when there
        is no such phrase or it states none."""
        if len(part) != 2 or part[0].lower_ not in ("the", "these", "those") or root.i != part.start + 1 \
                or root.tag_ not in ("NNS", "NNPS"):
            return None
        word = root.lemma_.lower()
        found = None
        for sent in _previous_and_own_sentence(root):
            for tok in sent:
                if tok.i >= part.start:
                    break
                if tok.lemma_.lower() == word and tok.pos_ == "NOUN" and tok.i - 1 >= tok.left_edge.i:
                    found = tok  # a longer phrase with that head ("Kurdish militants in northern Iraq")
        if found is None:
            return None
        end = found.i + 1
        preps = [c for c in found.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from") and c.i == end]
        if preps:
            end = preps[0].right_edge.i + 1
        earlier = self._trim(part.doc, found.left_edge.i, end)
        if earlier is None:
            return None
        saved = self.settings
        self.settings = replace(saved, focus_default=False)
        try:
            actors = self._resolve_part(earlier, memory)
        finally:
            self.settings = saved
        return actors[0].country if len(actors) == 1 else None

    @staticmethod
    def _antecedent_hit(part: Span, root: Token, memory: ArticleActors) -> SectorHit | None:
        """The last specific sector term ending in the same head word ("police officers" for "the
        officers") before a definite phrase, in its sentence or the one before."""
        if part[0].lower_ not in ("the", "these", "those") or root.i == part.start:
            return None
        heads = {root.lemma_.lower(), root.lower_}
        found = None
        for sent in _previous_and_own_sentence(root):
            for h in memory.sentence_hits(sent):
                if h.group.weak or sent.start + h.end > part.start:
                    continue
                words = h.term.lower().split()
                if len(words) > 1 and (words[-1] in heads or words[-1].rstrip("s") in heads):
                    found = h
        return found

    def _armed_owner(self, part: Span, root: Token, used: list[SectorHit], memory: ArticleActors) -> Actor | None:
        """'the rebel commander ordered his men to withdraw', 'the warlord's forces': men or generic forces
        owned by an armed actor (a person or body of an armed sector) are that actor's people, of its sector."""
        word = root.lemma_.lower()
        if word not in ARMED_OWNED_HEADS and root.lower_ not in ARMED_OWNED_HEADS:
            return None
        if any(not h.group.weak and h.term.lower() not in ARMED_OWNED_HEADS for h in used):
            return None  # "his army officers", "the general's police escort": the words say whose
        poss = [c for c in root.children if c.dep_ == "poss" and part.start <= c.i < part.end]
        if not poss:
            return None
        if poss[0].tag_ == "PRP$":
            owner = self._pronoun(part.doc[poss[0].i : poss[0].i + 1], poss[0], memory)
        else:
            span = self._trim(part.doc, poss[0].left_edge.i, poss[0].i + 1)
            owner = self._resolve_part(span, memory) if span is not None else []
        if owner and owner[0].sector in ARMED_BODY_SECTORS - {"CRM"} and owner[0].kind in ("person", "group", "organization"):
            return owner[0]
        return None

    @staticmethod
    def _police_context(part: Span, root: Token, memory: ArticleActors) -> SectorHit | None:
        """'A police spokesman said officers arrested ten people': a generic armed head ("officers",
        "personnel", "units", weak MIL) whose nearest armed body before it, in its sentence or the one
        before, is the police is the police's; after an army, rebels or no armed body it stays as it is."""
        last = None
        for sent in _previous_and_own_sentence(root):
            for h in memory.sentence_hits(sent):
                if not h.group.weak and sent.start + h.end <= part.start and h.sector in ARMED_BODY_SECTORS:
                    last = h
        return last if last is not None and last.sector == "COP" else None

    def _kin_actor(self, part: Span, root: Token, memory: ArticleActors) -> list[Actor] | None:
        """'the president's son', 'two sons of the prime minister': relatives named by whose they are take
        that person's country; the kin of an office-holder are ELI (PLOVER: family members of officials),
        anyone else's civilians (sectors.yaml `kin`). None when the head is no kin word or names no one."""
        lex = self.tables.sectors
        if root.lower_ not in lex.kin_words and root.lemma_.lower() not in lex.kin_words:
            return None
        owner: Span | None = None
        poss = [c for c in root.children if c.dep_ == "poss" and c.tag_ != "PRP$" and part.start <= c.i < part.end]
        if poss:
            owner = self._trim(part.doc, poss[0].left_edge.i, poss[0].i + 1)
        else:
            pobjs = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and part.start <= c.i < part.end
                     for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and part.start <= g.i < part.end]
            if pobjs:
                owner = self._trim(part.doc, pobjs[0].left_edge.i, min(pobjs[0].right_edge.i + 1, part.end))
        found = self._resolve_part(owner, memory) if owner is not None else []
        if not found or not (found[0].country or found[0].sector):
            return None
        o = found[0]
        official = o.sector in lex.kin_of_sectors or bool(set(o.other_sectors) & lex.kin_of_sectors)
        return [Actor(text=part.text, name=None, country=o.country,
                      sector=lex.kin_sector if official else lex.kin_else_sector, other_sectors=[],
                      kind="group" if root.tag_ in ("NNS", "NNPS") else "person",
                      start=part.start_char, end=part.end_char)]

    def _named_actor(self, part: Span, root: Token, m: NameMention) -> Actor:
        """A table name stands for the actor: IGO, institution, seat or capital, country, demonym.
        `root` is the phrase's head: a demonym heading the phrase ("the Iranians") is people, one
        modifying another head ("Iranian help") is the country."""
        base = {"text": part.text, "start": part.start_char, "end": part.end_char}
        e = m.entry
        if e.kind in ("igo", "agency", "seat"):
            return Actor(**base, name=e.name, country=e.code, sector=e.sector, kind="organization")
        if e.kind == "admin1":  # "Sindh announced": the province's government
            return Actor(**base, name=e.text, country=e.code, sector=self.settings.metonym_sector,
                         kind="organization")
        if e.kind == "capital":
            if m.start <= root.i < m.end and self._in_place(root):
                # "a curfew in Algiers", "martial law in central Baghdad": it falls on the city's people
                return Actor(**base, name=e.text, country=e.code, sector="CVL",
                             other_sectors=["PRE"] if e.disputed else [], kind="group")
            # a capital as an actor stands for its government ("Tehran rejected", "Moscow warned")
            return Actor(**base, name=f"Government of {e.name}", country=e.code,
                         sector=self.settings.metonym_sector, other_sectors=["PRE"] if e.disputed else [],
                         kind="organization")
        if e.kind == "demonym":  # "the Iranians", "Kenyans": the people
            heads = m.start <= root.i < m.end
            plural = heads and (root.tag_ in ("NNS", "NNPS") or root.text.endswith("s"))
            if plural:
                return Actor(**base, name=None, country=e.code, sector="CVL", kind="group")
            if heads and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in root.children):
                # "a Palestinian", "another Canadian": one person of that nationality, a civilian
                return Actor(**base, name=None, country=e.code, sector="CVL", kind="person")
            return Actor(**base, name=e.name, country=e.code, sector=None, kind="country")
        return self._country_actor(part, m)

    def _trailing_body_country(self, part: Span, root: Token, memory: ArticleActors, workers: bool = False) -> str | None:
        """'an adviser from the Russian Ministry of Defense', 'soldiers of the Kenyan army' when the span
        stops at the head: the body in the head's own 'from/of' phrase right after the span, with the country
        its own words state (not the article's focus), is whose the head is. Workers are also of the body
        they work at ("cabin crew at a Spanish airline"; not "protesters at the embassy")."""
        preps = ("from", "of", "at") if workers else ("from", "of")
        for c in root.children:
            if c.dep_ != "prep" or c.i != part.end or c.lower_ not in preps:
                continue
            if c.lower_ == "from" and _moved_out(root):
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if not objs:
                continue
            named = memory.name_at.get(objs[0].i)
            if named is not None:
                # an IGO or a national body by its name ("officials from the United Nations"); a country's or
                # city's bare name is _trailing_pp_country's
                if named.entry.kind in ("igo", "agency") and named.entry.code and named.end - 1 == objs[0].i:
                    return named.entry.code
                continue
            body = self._trim(part.doc, objs[0].left_edge.i, objs[0].i + 1)
            if body is None:
                continue
            saved = self.settings
            self.settings = replace(saved, focus_default=False)
            try:
                found = self._resolve_part(body, memory)
            finally:
                self.settings = saved
            if len(found) == 1 and found[0].country and found[0].sector and found[0].kind == "organization":
                return found[0].country
        return None

    @staticmethod
    def _trailing_pp_country(part: Span, root: Token, memory: ArticleActors, sector: str | None,
                             abroad: bool = False) -> str | None:
        """'Security forces in Guinea', 'police of Kenya' when the argument span stops at the head: the
        head's own 'in/of/from' phrase right after the span names the country (as it would inside).
        Troops are often abroad: 'deploy peacekeepers in Iraq' says where, not whose; so are migrants
        (`abroad`: 'migrants living in Malta')."""
        preps = [c for c in root.children if c.dep_ == "prep" and c.i == part.end]
        # "guerrillas operating in X", "refugees living in X": a participle that says where they are based
        preps += [g for c in root.children if c.dep_ == "acl" and c.i == part.end and c.lemma_ in BASED_VERBS
                  for g in c.children if g.dep_ == "prep" and g.i == c.i + 1]
        for c in preps:
            if c.lower_ not in ("in", "of", "from"):
                continue
            if c.lower_ == "from" and _moved_out(root):
                continue  # "the withdrawal of forces from Panama": the place they leave
            if c.lower_ == "in" and (sector in ("MIL", "PRM") or abroad):
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if not objs:
                continue
            m = memory.name_at.get(objs[0].i)
            # a seat of power is its state too: "summoned the ambassador from the Vatican over ..."
            if m is not None and m.entry.kind in ("country", "capital", "demonym", "seat") and m.entry.code \
                    and m.end - 1 == objs[0].i:
                return m.entry.code
        return None

    @staticmethod
    def _ethnic(part: Span, m: NameMention) -> bool:
        """'ethnic Albanians', 'ethnic Serb civilians': a demonym that names an ethnicity."""
        return m.entry.kind == "demonym" and m.start > 0 and part.doc[m.start - 1].lower_ == "ethnic"

    @staticmethod
    def _in_place(root: Token) -> bool:
        """Is this phrase the place something happens in ("in Algiers", "across the capital")?"""
        return root.dep_ == "pobj" and root.head.lower_ in IN_PLACE

    def _modifier_actors(self, part: Span, root: Token, names: list[NameMention],
                         memory: ArticleActors) -> list[Actor]:
        """The head is no actor word ("Iran's assistance", "Iranian help"): the owner or the country that
        modifies it. A country joined by a hyphen ("the Sudanese-Chadian border") is a relation, not an actor."""
        base = {"text": part.text, "start": part.start_char, "end": part.end_char}
        poss = [c for c in root.children if c.dep_ == "poss" and part.start <= c.i < part.end]
        if poss and root.lemma_.lower() in RELATION_NOUNS:
            # "its poor neighbour Kyrgyzstan", "Israel's militia ally": the owner is the other party; the
            # one named is the apposition or the name modifying the head
            appos = [c for c in root.children if c.dep_ == "appos" and part.start <= c.i < part.end]
            named = self._trim(part.doc, appos[0].left_edge.i, appos[0].right_edge.i + 1) if appos else None
            found = self._resolve_part(named, memory) if named is not None else []
            if found and all(a.country for a in found):
                return [Actor(**base, name=a.name, country=a.country, sector=a.sector,
                              other_sectors=list(a.other_sectors), kind=a.kind) for a in found]
            owner = {t.i for c in poss for t in c.subtree}
            names = [m for m in names if m.start not in owner]
            poss = []
        if poss and poss[0].tag_ != "PRP$":
            owner = self._trim(part.doc, poss[0].left_edge.i, poss[0].i + 1)
            if owner is not None:
                found = self._resolve_part(owner, memory)
                return self._followers(part, root, found) if self._follower(root) else found
        if poss:  # "its", "his"
            found = self._pronoun(part.doc[poss[0].i : poss[0].i + 1], poss[0], memory)
            return self._followers(part, root, found) if self._follower(root) else found
        doc = part.doc
        found: list[Actor] = []
        for m in names:
            if m.end > root.i or not part.start <= m.start:
                continue
            leader = self._leader_mention(part.doc, m)
            hyphen = (m.start > 0 and part.doc[m.start - 1].text == "-") or (
                m.end < len(part.doc) and part.doc[m.end].text == "-" and not leader)
            head = doc[m.end - 1].head
            if leader and head.i == m.end + 1:  # "Saudi" hangs on "led", which modifies the head
                # (a head the parser put outside the phrase, "A Saudi-led coalition | bombards" with the verb
                # read as a noun, is the phrase's own head)
                head = head.head if part.start <= head.head.i < part.end else root
            # "US missile strikes", "the Pakistani Haqqani network": through one word naming a kind of
            # thing or the group (not a longer chain: in "Malaysia Airlines flight crash" the country is
            # part of a company's name)
            if head.head.i == root.i and head.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN") \
                    and head.i not in memory.name_at and head.ent_type_ not in ("PERSON", "ORG", "GPE"):
                head = head.head
            # "Iranian help", and "Iranian and Russian help" (the second is a conjunct of the first)
            while head.i != root.i and doc[m.end - 1].dep_ == "conj" and head.dep_ == "conj":
                head = head.head
            if not hyphen and (head.i == root.i or (doc[m.end - 1].dep_ == "conj" and head.head.i == root.i)):
                actor = self._named_actor(part, root, m)
                if m.entry.kind in ("capital", "admin1") and doc[m.end - 1].dep_ == "compound" \
                        and actor.sector == self.settings.metonym_sector \
                        and (m.entry.kind == "capital" or root.pos_ == "NOUN"):
                    # "a Kabul hotel", "a Baghdad market", "a Lagos bus": a place or thing in the city or
                    # province, its people's, not the government's
                    actor = Actor(**base, name=m.entry.text, country=actor.country, sector="CVL",
                                  other_sectors=list(actor.other_sectors), kind="group")
                if root.text[:1].isupper() and root.tag_ in ("NNPS", "NNS") and actor.kind == "country":
                    # "Iraqi Kurds": a people (capitalised plural head) living in that country
                    actor = Actor(**base, country=actor.country, sector="CVL", kind="group")
                if actor.kind == "country" and self._armed_act(part, root):
                    # "Israeli air strikes", "Russian shelling": the state's armed forces acting
                    actor = Actor(**base, name=actor.name, country=actor.country, sector="MIL", kind="group")
                if all(a.country != actor.country for a in found):
                    found.append(actor)
        if not found:
            found = self._of_owner(part, root, memory)
        return found or [Actor(**base, kind="unknown")]

    def _leader_mention(self, doc: Doc, m: NameMention) -> bool:
        """'the Saudi-led coalition': the name before "-led" is the leader, whose the head is."""
        return m.end + 1 < len(doc) and doc[m.end + 1].lower_ in self.tables.sectors.led_by

    def _of_owner(self, part: Span, root: Token, memory: ArticleActors) -> list[Actor]:
        """'the welfare of 2,000 refugees', 'the computers of army officers': a thing named with whose it
        is; not an event ("the killing of X") or a quality ("the feasibility of X")."""
        word = root.lemma_.lower()
        if root.pos_ != "NOUN" or word in OF_EVENT_NOUNS or word.endswith(OF_EVENT_SUFFIXES):
            return []
        for c in root.children:
            if c.dep_ != "prep" or c.lower_ != "of" or not part.start <= c.i < part.end:
                continue
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and part.start <= g.i < part.end:
                    owner = self._trim(part.doc, g.left_edge.i, min(g.right_edge.i + 1, part.end))
                    found = self._resolve_part(owner, memory) if owner is not None else []
                    if found and all(a.country or a.sector for a in found):
                        return self._followers(part, root, found) if self._follower(root) else found
        return []

    @staticmethod
    def _follower(root: Token) -> bool:
        return root.lemma_.lower() in FOLLOWER_NOUNS or root.lower_ in FOLLOWER_NOUNS

    def _followers(self, part: Span, root: Token, found: list[Actor]) -> list[Actor]:
        """'the leader's supporters', 'supporters of the former president', 'his loyalists': the owner's
        people, not the owner. They share a movement's sector (opposition, party, rebels, church), not an
        office; those who follow a former office-holder (ELI) are the opposition (OPP); anyone else's are
        civilians."""
        movement = root.lemma_.lower() not in {"relative", "family", "bodyguard"}
        lex = self.tables.sectors
        out = []
        for a in found[:1]:
            if not (a.country or a.sector):
                continue
            if movement and a.sector in MOVEMENT_SECTORS:
                sector = a.sector
            elif movement and a.sector == lex.former_sector and set(a.other_sectors) & lex.former_applies_to:
                sector = "OPP"
            else:
                sector = "CVL"
            out.append(Actor(text=part.text, start=part.start_char, end=part.end_char, country=a.country,
                             sector=sector, other_sectors=[], kind="group"))
        return out

    def _member_head(self, root: Token) -> bool:
        """'gang members', 'cartel leaders': a head naming members of what modifies it."""
        word = root.lemma_.lower()
        return word in {"member", "leader", "chief", "boss", "figure"} or root.lower_ in {"members", "leaders"} \
            or word in self.tables.sectors.quantity_heads and word not in {"one", "two", "three", "some", "many"}

    def _armed_act(self, part: Span, root: Token) -> bool:
        """'air strikes', 'shelling', 'a naval blockade': an act of force only a state's armed forces carry
        out (sectors.yaml `armed_acts`), as the head of the phrase (one word or the word before it too)."""
        acts = self.tables.sectors.armed_acts
        if not acts or root.pos_ not in ("NOUN", "PROPN"):
            return False
        if root.lower_ in acts or root.lemma_.lower() in acts:
            return True
        before = root.doc[root.i - 1] if root.i > part.start else None
        return before is not None and (f"{before.lower_} {root.lower_}" in acts
                                       or f"{before.lower_} {root.lemma_.lower()}" in acts)

    def _owned_thing(self, part: Span, root: Token) -> bool:
        """'a military base', 'a naval vessel': a post or vehicle (sectors.yaml `owned_things`) whose modifier,
        adjective or noun, names the body it belongs to. "air base" is one such head, "base" another."""
        owned = self.tables.sectors.owned_things
        if root.lemma_.lower() in owned or root.lower_ in owned:
            return True
        before = root.doc[root.i - 1] if root.i > part.start else None
        return before is not None and f"{before.lower_} {root.lemma_.lower()}" in owned

    @staticmethod
    def _modifier_hit(part: Span, root: Token, hits: list[SectorHit], members: bool = False,
                      owned: bool = False) -> SectorHit | None:
        """The head is no actor word but a body or group modifies it: "army bulldozers" are the army's
        (PLOVER's MIL covers military equipment), "opposition candidates" the opposition's, "rebel
        positions" the rebels'. Only a strong term written as a noun modifier of the head counts (not
        "official visit": weak). An adjective describes the thing, not its owner ("terrorist activities"),
        and so does the tail of a hyphenated adjective ("multi-party elections")."""
        for h in reversed(hits):
            if h.group.weak or h.group.kind == "person" and not members:
                continue
            last = part[h.end - 1]
            first = part[h.start]
            if first.i > part.start and part.doc[first.i - 1].text in HYPHENS:
                continue
            if last.i < root.i and last.dep_ in ("compound", "nmod") and last.head.i == root.i:
                return h
            if owned and last.i < root.i and last.dep_ == "amod" and h.group.kind != "person" and (
                    last.head.i == root.i or last.head.dep_ == "compound" and last.head.head.i == root.i):
                return h  # "a military base", "a naval patrol boat": the adjective names whose the thing is
        return None

    @staticmethod
    def _pp_tokens(part: Span, root: Token) -> set[int]:
        """Tokens of 'of/in/from' phrases attached to the head: 'leader of the Democratic Party of X'."""
        out: set[int] = set()
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "from", "for") and part.start <= c.i < part.end:
                out.update(t.i for t in c.subtree if part.start <= t.i < part.end)
        return out

    @staticmethod
    def _kind(root: Token, root_hit: SectorHit) -> str:
        kind = root_hit.group.kind
        if kind == "person" and root.tag_ in ("NNS", "NNPS"):
            return "group"
        return kind

    @staticmethod
    def _org_name(part: Span, root: Token, names: list[NameMention]) -> str | None:
        """Proper name of an organisation: 'Interior Ministry', 'Liberal Party of Canada'."""
        country_tokens = {i for m in names if m.entry.kind in ("country", "demonym") for i in range(m.start, m.end)}
        left = root.i
        while left - 1 >= part.start and part.doc[left - 1].dep_ in ("compound", "amod", "nmod") \
                and part.doc[left - 1].text[:1].isupper() and part.doc[left - 1].i not in country_tokens:
            left -= 1
        right = root.i + 1
        if right + 1 < part.end and part.doc[right].lower_ == "of" and part.doc[right + 1].text[:1].isupper():
            right = max(t.i for t in part.doc[right].subtree) + 1
            right = min(right, part.end)
        text_tokens = part.doc[left:right]
        if not any(t.text[:1].isupper() and not _capital_of_position(t) for t in text_tokens):
            return None
        return text_tokens.text


def _capital_of_position(tok: Token) -> bool:
    """Is the token's capital only that of the sentence's first word ("Police said ...", "Security forces fired
    ...", "Rights groups said ...")? A common noun so written names no body; a proper noun the tagger knows
    ("Congress passed ...", "Parliament approved ...") still does."""
    if tok.tag_ in ("NNP", "NNPS"):
        return False
    return all(t.is_punct or t.is_space for t in tok.doc[tok.sent.start : tok.i])


def _previous_and_own_sentence(token: Token) -> list[Span]:
    """The sentence before the token's (if any), then its own: where a back-reference finds its antecedent."""
    own = token.sent
    return [token.doc[own.start - 1].sent, own] if own.start > 0 else [own]


def says_nonlocal(words: Iterable[str]) -> bool:
    """Does one of the words say the group is from elsewhere ("foreign", "international", "others"; actor_words
    `nonlocal_words`)? Callers leave out the words of the group's own office term ("foreign minister")."""
    return any(w.strip(".,'’\"“”").lower() in NONLOCAL_WORDS for w in words)


def uprooted_head(root: Token) -> bool:
    """Is the phrase's head a noun of people away from their own country ("migrants", "immigrants", "asylum
    seekers"; actor_words `uprooted_heads`)?"""
    word = root.lower_
    if word in UPROOTED_HEADS:
        return True
    return f"asylum {word}" in UPROOTED_HEADS and any(c.lower_ == "asylum" and c.i < root.i for c in root.children)


# Words that may follow the head of a phrase whose head it is ("migrants held at ...", "migrants in Malta",
# "immigrants who arrived"), as against a noun the word modifies ("migrant workers", "immigrant communities").
_AFTER_HEAD = frozenset({"in", "at", "on", "near", "from", "of", "who", "that", "which", "and", "or", "inside",
                         "outside", "across", "along", "to", "into", "with", "without", "under"})


def uprooted_phrase(text: str) -> bool:
    """Is an actor's text headed by an `uprooted_heads` noun ("some 2,000 migrants", "migrants awaiting a
    ruling", "asylum-seekers")? For callers that have the actor's text only (the pipeline's place rules)."""
    words = re.findall(r"[\w’']+|[^\w\s]", text.lower().replace("asylum-seeker", "asylum seeker"))
    for i, w in enumerate(words):
        if w in UPROOTED_HEADS or (i and f"{words[i - 1]} {w}" in UPROOTED_HEADS):
            after = words[i + 1] if i + 1 < len(words) else None
            if after is None or not after[0].isalnum() or after in _AFTER_HEAD or after.endswith(("ed", "ing")):
                return True
    return False
