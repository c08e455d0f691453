"""One event's parties checked against each other: a recipient that is the actor's own state, and a
country an unnamed group only borrowed from the other party through the article's focus."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..events.lexicon import load_word_classes

if TYPE_CHECKING:
    from ..record import Actor
    from .memory import ArticleActors, Person

# Types that are one party's words or dealings with another: a state does not threaten, accuse, ask,
# refuse, praise, meet or sanction itself, so the actor's own state named as recipient is a misreading
# ("China's envoy blamed X ... China hopes": China is the speaker's side, not the one blamed). Force and
# coercion are left out: a state does act on its own territory and people.
OTHER_PARTY_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT",
                               "COOPERATE", "AID", "CONCEDE", "SANCTION", "RETREAT"})
# Those who speak and act for their state: the state itself, its government and its armed forces.
STATE_SECTORS = frozenset({"GOV", "MIL"})
# A state's civil organs (government, legislature, courts) and the unarmed people who address them: protests,
# demands and appeals to an organ come mostly from its own state's people.
CIVIL_ORGAN_SECTORS = frozenset({"GOV", "LEG", "JUD"})
UNARMED_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "MED", "AGR", "REL", "SOC", "JRN", "BUS", "REF", "ELI"})


def _speaks_for_state(a: Actor) -> bool:
    return a.kind == "country" or a.sector in STATE_SECTORS


def bare_country(a: Actor, memory: ArticleActors) -> bool:
    """The phrase is only a country's name or capital ("China", "the DPRK", "Beijing"), not an
    institution the resolver could only read as its country ("the Kenya Anti-Corruption Commision")."""
    tables = memory._tables
    text = re.sub(r"^the\s+", "", a.text or "", flags=re.I)
    entry = tables.lookup(text) if tables is not None and text else None
    return entry is not None and entry.code == a.country and entry.kind in {"country", "capital"}


def own_side_recipient(r: Actor, actors: list[Actor], etype: str, memory: ArticleActors,
                       stated: Callable[[], set[str]]) -> bool:
    """The recipient is the state the actor speaks for ("The Ruritanian envoy blamed ... Ruritania"), by
    a country the actor's phrase or description states (`stated`: the actors' countries without the
    article's focus default). An official who only took the focus country ("Sullivan expressed the
    administration's commitment to Ruritania's security" in an article about Ruritania), or a
    government that took it from the very recipient, says nothing about whose side it is on."""
    return (etype in OTHER_PARTY_TYPES and r.kind == "country" and r.country is not None
            and any(a.country == r.country and _speaks_for_state(a) for a in actors)
            and bare_country(r, memory) and r.country in stated())


def unborrow_focus(actors: list[Actor], a_defaulted: set[int], recipients: list[Actor], r_defaulted: set[int],
                   cand, memory: ArticleActors) -> None:
    """An unnamed group ("rebels", "gunmen") given the article's focus country loses it when the focus
    is only the other party's country: in "Rebels kidnapped two French journalists" the journalists'
    demonym makes France the focus, but nothing says the rebels are French. The same holds for a
    recipient of words ("the Ruritanian envoy blamed the rebels"). Kept when the article is about that
    country apart from the other party's phrases."""
    _unborrow(actors, a_defaulted, recipients, r_defaulted, [(x.start, x.end) for x in cand.recipients], memory,
              own_people=True)
    _unborrow_same_office(actors + recipients, memory)
    if cand.type in OUTWARD_PEOPLE_TYPES:
        _unborrow_people(actors, recipients, [(x.start, x.end) for x in cand.recipients], memory)
        _unborrow_bodies(actors, a_defaulted, recipients, [(x.start, x.end) for x in cand.recipients], memory)
    if cand.type in OTHER_PARTY_TYPES:
        _unborrow(recipients, r_defaulted, actors, a_defaulted, [(x.start, x.end) for x in cand.actors], memory)
    _unborrow_envoys(recipients, actors, memory)


def _unborrow_envoys(recipients: list[Actor], actors: list[Actor], memory: ArticleActors) -> None:
    """An envoy on the receiving end of a state's act ("Canada summoned the envoy", "Poland expelled a
    diplomat from the embassy") is another state's: when the phrase states no country of its own and the
    article's focus lent it the acting state's, nothing says whose envoy it is (sectors.yaml `envoys`)."""
    tables = memory._tables
    envoys = tables.sectors.envoys if tables is not None else frozenset()
    if not envoys:
        return
    acting = {a.country for a in actors if a.country and _speaks_for_state(a)}
    for r in recipients:
        if r.kind not in {"person", "group"} or r.country not in acting or r.start is None or r.end is None:
            continue
        span = memory.doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is None or not any(t.lemma_.lower() in envoys or t.lower_ in envoys for t in span):
            continue
        toks = range(span.start, span.end)
        if any(i in memory.name_at for i in toks):
            continue  # "the Kenyan ambassador", "our envoy to Kenya": the phrase says whose
        if any(memory.person_at[i].country for i in toks if i in memory.person_at):
            continue  # a named envoy whose country an earlier mention stated
        r.country = None


def _named_in(spans: list[tuple[int, int]], memory: ArticleActors) -> set[str]:
    """Countries a people's or country's name inside these token spans states (not a capital or seat:
    "postponed the rally in Baku" says where a group acts)."""
    return {memory.name_at[i].entry.code for s, e in spans for i in range(s, e)
            if i in memory.name_at and memory.name_at[i].entry.kind in {"demonym", "country"}}


# A state's posts and people abroad: protesters at "the French embassy" are not French.
POSTS_ABROAD = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "mission", "missions"})


def _abroad(o: Actor, memory: ArticleActors) -> bool:
    """The party is a state's embassy, consulate or envoy (sectors.yaml `envoys`), i.e. usually abroad."""
    if o.start is None or o.end is None:
        return False
    span = memory.doc.char_span(o.start, o.end, alignment_mode="expand")
    envoys = memory._tables.sectors.envoys if memory._tables is not None else frozenset()
    return span is not None and any(t.lower_ in POSTS_ABROAD or t.lemma_.lower() in POSTS_ABROAD
                                    or t.lower_ in envoys or t.lemma_.lower() in envoys for t in span)


# Words that name an armed movement by its aim of splitting from its state (actor_words.yaml `secession_words`).
SECESSION_WORDS = load_word_classes("actor_words")["secession_words"]
# The state's own parties a secessionist movement fights: its executive, forces and police, or the state itself.
STATE_FORCE_SECTORS = frozenset({"GOV", "MIL", "COP"})


def _fights_own_state(a: Actor, others: list[Actor], memory: ArticleActors) -> bool:
    """'Separatists attacked Ukrainian troops': a movement named by its aim of splitting from a state
    (`SECESSION_WORDS`) is of the state whose forces or government it acts on (session 23)."""
    if a.sector != "REB" or a.start is None or a.end is None:
        return False
    span = memory.doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not any(t.lower_ in SECESSION_WORDS or t.lemma_.lower() in SECESSION_WORDS for t in span):
        return False
    return any(o.country == a.country and (o.kind == "country" or o.sector in STATE_FORCE_SECTORS) for o in others)


def _unborrow(group: list[Actor], defaulted: set[int], others: list[Actor], others_defaulted: set[int],
              other_spans: list[tuple[int, int]], memory: ArticleActors, own_people: bool = False) -> None:
    # the other party's country stated by a name in its own phrase ("French journalists"); not when the
    # other party is a country itself ("rebels attacked Mali")
    stated = {o.country for o in others if o.country and id(o) not in others_defaulted
              and not bare_country(o, memory)}
    stated &= _named_in(other_spans, memory)
    # "Islamic fundamentalists demanded the resignation of Algerian President X", "students protested against
    # the Kenyan government": unarmed people acting on a state's civil organs are that state's own people (only
    # as the actor: those an organ acts on - detainees, foreigners - are anyone's)
    organs = {o.country for o in others if own_people and o.country and o.sector in CIVIL_ORGAN_SECTORS
              and o.kind in ("person", "organization") and not _abroad(o, memory)}
    for a in group:
        if id(a) in defaulted and a.kind == "group" and a.country in stated \
                and not (a.sector in UNARMED_SECTORS and a.country in organs) \
                and memory.focus_without(other_spans) != a.country and not _fights_own_state(a, others, memory):
            a.country = None


# Acts aimed outward, at another state: a visit, an offer, aid, a plea, a deployment ("President X offered
# to send troops to Ruritania" says nothing of X being Ruritanian; "President X banned Ruritanian
# opposition candidates" is usually domestic, so coercion, force and concessions are left out).
# Words and measures against a state named as such are aimed outward too: a person does not accuse,
# threaten, rebuff or sanction the state they speak for ("President X threatened Ruritania").
OUTWARD_PEOPLE_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "REQUEST", "MOBILIZE",
                                  "ACCUSE", "THREATEN", "REJECT", "SANCTION"})


def _unborrow_people(people: list[Actor], others: list[Actor], other_spans: list[tuple[int, int]],
                     memory: ArticleActors) -> None:
    """A person known only by a title and name ("President Obama") takes the article's focus country;
    when that focus is only a country named as the other party of an act aimed outward, nothing says the
    person is of it. Kept when the person's own phrase or an earlier mention states the country, or the
    article is about that country apart from the other party's phrases."""
    stated = {o.country for o in others if o.country and bare_country(o, memory)} & _named_in(other_spans, memory)
    for a in people:
        if a.kind != "person" or a.country not in stated or a.start is None or a.end is None:
            continue
        span = memory.doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        toks = range(span.start, span.end)
        if any(i in memory.name_at and memory.name_at[i].entry.code == a.country for i in toks):
            continue  # "the Kenyan minister", "Kenya's president"
        if any(memory.person_at[i].country for i in toks if i in memory.person_at):
            continue  # a person whose country an earlier mention stated
        if memory.focus_without(other_spans) != a.country:
            a.country = None


# Companies acting outward ("Nordway Airlines suspended flights to Ruritania", "the firm halted exports to
# Ruritania"): a business named without a country is not of the state it deals with or stops dealing with.
OUTWARD_BODY_SECTORS = frozenset({"BUS"})


def _unborrow_bodies(bodies: list[Actor], defaulted: set[int], others: list[Actor],
                     other_spans: list[tuple[int, int]], memory: ArticleActors) -> None:
    """A state organ named by a common noun ("the government", "the foreign ministry", "the army") took the
    article's focus country; in an act aimed outward at a party whose own phrase names that country ("the
    government condemned the Israeli raid", "the ministry accused Uganda"), the focus is only the other
    party's, and a state's organs do not accuse, threaten or sanction their own state. The same holds for a
    company (OUTWARD_BODY_SECTORS). Kept when the article is about that country apart from the other party's
    phrases."""
    stated = {o.country for o in others if o.country} & _named_in(other_spans, memory)
    # (unnamed state people - "officials", "top diplomats", "troops" - only when the other party is the state
    # itself or its executive: "officials urged North Korea to ...", "diplomats criticised the Ukrainian
    # government"; not "officials accused the Kenyan opposition", which is often domestic; session 16)
    state_stated = {o.country for o in others if o.country
                    and (bare_country(o, memory) or (o.sector in STATE_SECTORS and o.kind != "group"))} & stated
    for a in bodies:
        if a.kind == "group" and a.sector in STATE_SECTORS and id(a) in defaulted and a.country in state_stated \
                and memory.focus_without(other_spans) != a.country:
            a.country = None
            continue
        if a.kind != "organization" or a.sector not in STATE_SECTORS | OUTWARD_BODY_SECTORS:
            continue
        # (a company named by its own name counts as stated by the resolver; only its words can say whose it is)
        borrowed = id(a) in defaulted or (a.sector in OUTWARD_BODY_SECTORS and not _names_country(a, memory))
        if borrowed and a.country in stated and memory.focus_without(other_spans) != a.country:
            a.country = None
        elif a.country is None and a.sector in STATE_SECTORS and stated and a.start is not None and a.end is not None:
            # "Kenya's president spoke ... The government condemned the Ugandan raid": no focus (one name
            # each) until the other party's own names are set aside
            span = memory.doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is None or any(i in memory.name_at or i in memory.person_at for i in range(span.start, span.end)):
                continue  # a phrase that names anyone or anything says whose it is itself
            if not all(t.pos_ in ("DET", "NOUN", "ADJ") for t in span):
                continue  # only a common noun phrase ("the government", "the foreign ministry")
            rest = memory.focus_without(other_spans)
            if rest is not None and rest not in stated:
                a.country = rest


def _names_country(a: Actor, memory: ArticleActors) -> bool:
    """Does the party's own phrase name its country ("Kenya Airways", "a Kenyan firm")?"""
    if a.start is None or a.end is None:
        return True
    span = memory.doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is None or any(i in memory.name_at and memory.name_at[i].entry.code == a.country
                               for i in range(span.start, span.end))


def _unborrow_same_office(parties: list[Actor], memory: ArticleActors) -> None:
    """Two people of one event named with the same office that a state has one holder of ("Prime Minister
    X called the Australian Prime Minister Y to congratulate him") hold it in two states: the one whose
    country no mention states loses the country the article's focus lent it when it is the other's."""
    tables = memory._tables
    sole = tables.sectors.sole_offices if tables is not None else frozenset()
    if not sole:
        return
    people = [(a, _person_named(a, memory)) for a in parties if a.kind == "person" and a.country]
    for a, pa in people:
        if pa is None or pa.stated or pa.successor:
            continue  # the person's own descriptor states the country ("Kenya's president X"), or the other holder
            # is named as the one this one replaced ("... was ousted by current president X", session 21)
        offices = {h.term.lower() for h in pa.hits} & sole
        if offices and any(b is not a and pb is not None and pb is not pa and b.country == a.country and pb.stated
                           and offices & {h.term.lower() for h in pb.hits} for b, pb in people):
            a.country = None


def _person_named(a: Actor, memory: ArticleActors) -> Person | None:
    return next((p for p in memory.persons if a.name and p.name == a.name), None)


def _modifies_act(words: list, trigger_lemma: str) -> bool:
    """The words are an adjective or noun modifier of the event's own act noun ("Israeli" in "Israeli air
    strikes")."""
    head = words[-1].head
    inside = {w.i for w in words}  # "United" in "United States" modifies its own name's last word
    return all(t.dep_ in ("amod", "compound", "nmod") and (t.head == head or t.head.i in inside) for t in words) \
        and head.pos_ == "NOUN" and head.lemma_.lower() == trigger_lemma


def _modifies_weapon(words: list, trigger_lemma: str) -> bool:
    """The words modify a noun modifier of the event's act noun ("US" in "US Predator drone attack", "US drone
    strike"): the state names the weapon of the act."""
    mid = words[-1].head
    act = mid.head
    return all(t.dep_ in ("amod", "compound") and t.head == mid and t.i < mid.i for t in words) \
        and mid.dep_ == "compound" and mid.i < act.i and act.pos_ == "NOUN" and act.lemma_.lower() == trigger_lemma


def _armed_compound(words: list, armed_acts: frozenset[str]) -> bool:
    """'US drone attack': the noun modifiers between the country and the act noun, with the act noun, are an
    act only a state's armed forces carry out (sectors.yaml `armed_acts`)."""
    head = words[-1].head
    mods = [c for c in head.children if c.dep_ == "compound" and c.i > words[-1].i]
    return bool(mods) and " ".join([*(c.lower_ for c in mods), head.lower_]) in armed_acts


def act_sectors(actors: list[Actor], etype: str, mode: str | None, trigger_lemma: str, memory: ArticleActors) -> None:
    """Sectors the act itself settles. A people named by its plural demonym alone ("the Russians bombed the
    town", "the Ruritanians shelled the port") carrying out an act of force only a state's armed forces
    carry out (an air strike, or a trigger sectors.yaml `armed_acts` names: shelling, bombardment) is that
    state's military, not its civilians. People named by a word that is a military rank or post and a
    civilian trade (sectors.yaml `striking_trades`: "pilots") who go on a labour strike are workers."""
    tables = memory._tables
    if tables is None:
        return
    lex = tables.sectors
    state_force = etype == "ASSAULT" and (mode == "aerial" or trigger_lemma in lex.armed_acts
                                          or f"{trigger_lemma}ing" in lex.armed_acts)
    strike = etype == "PROTEST" and mode == "strike"
    if not (state_force or strike or etype == "ASSAULT"):
        return
    for a in actors:
        if a.start is None or a.end is None:
            continue
        span = memory.doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if t.pos_ != "DET"]
        if etype == "ASSAULT" and not state_force and a.kind == "country" and not a.sector and words \
                and _modifies_act(words, trigger_lemma) and _armed_compound(words, lex.armed_acts):
            # "a US drone attack": the act noun with its own noun modifier is an `armed_acts` term
            a.sector, a.other_sectors, a.kind = "MIL", [], "group"
            continue
        if etype == "ASSAULT" and a.kind == "country" and not a.sector and len(words) > 1 \
                and words[-1].lower_ in lex.armed_acts and all(t.head.i == words[-1].i for t in words[:-1]):
            # "Russian shelling wounded four people": the state's armed act as the subject of a verb of harm
            a.sector, a.other_sectors, a.kind = "MIL", [], "group"
            continue
        if etype == "ASSAULT" and a.kind == "country" and not a.sector and words and _modifies_weapon(words, trigger_lemma):
            # "a US Predator drone attack", "a US drone strike": a state named on the weapon of an attack is
            # its armed forces (s14 drone)
            a.sector, a.other_sectors, a.kind = "MIL", [], "group"
            continue
        if state_force and a.kind == "country" and not a.sector and words and _modifies_act(words, trigger_lemma):
            # "Israeli air strikes killed ...": the country named as the modifier of the act noun is its
            # armed forces (as resolve does when the whole phrase is the verb's subject)
            a.sector, a.other_sectors, a.kind = "MIL", [], "group"
            continue
        if a.name:
            continue
        if state_force and a.kind == "group" and a.sector == "CVL" and a.country and words \
                and all(t.i in memory.name_at and memory.name_at[t.i].entry.kind == "demonym"
                        and memory.name_at[t.i].entry.code == a.country for t in words) \
                and words[-1].tag_ in ("NNS", "NNPS") and not any(
                    memory.name_at[t.i].entry.disputed for t in words):
            a.sector, a.other_sectors = "MIL", []
        elif strike and a.sector == "MIL" and a.kind in ("group", "person") and words \
                and (words[-1].lower_ in lex.striking_trades or words[-1].lemma_.lower() in lex.striking_trades) \
                and not any(h.sector == "MIL" and h.term.lower() not in lex.striking_trades
                            for h in lex.find(list(span))):
            a.sector, a.other_sectors = "LAB", []
