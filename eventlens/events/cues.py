"""Sentence cues: PLOVER contexts, casualty/arrest counts, and domain discards (lexicons/cues.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .. import docmemo, yamlload
from ..record import Size
from .lexicon import load_word_classes
from .modality import load_cues as load_modality_cues
from .roles import announced_plan

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12, "dozens": 24,
}


@dataclass(frozen=True)
class Cues:
    contexts: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]]  # single lemmas, multiword
    size: dict[str, frozenset[str]]
    discard: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]]  # single words, multiword
    weak: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]]
    disaster: tuple[frozenset[str], tuple[tuple[str, ...], ...]] = (frozenset(), ())
    lifted_measures: frozenset[str] = frozenset()
    inanimate_agents: frozenset[str] = frozenset()  # "collapsing walls injured 12": no attacker
    named_hazards: frozenset[str] = frozenset()  # "Tropical Cyclone Idai": a name that is a storm's
    harm_lemmas: frozenset[str] = frozenset()  # s17 events: "were confirmed killed" in a disaster article
    violence_words: frozenset[str] = frozenset()  # s17 events: ... unless the sentence names violence
    accident_verbs: frozenset[str] = frozenset()  # "the plane crashed, killing nine": an accident
    struggle_causes: frozenset[str] = frozenset()  # "fighting for their freedom": a struggle
    legal_partners: frozenset[str] = frozenset()  # "he is cooperating with prosecutors": a plea
    endangered_things: frozenset[str] = frozenset()  # "threatening the territorial integrity": endanger
    general_public: frozenset[str] = frozenset()  # "urged residents to seek medical attention"
    health_advice: frozenset[str] = frozenset()
    commentator_titles: frozenset[str] = frozenset()  # "security analyst X expressed concerns"
    facility_nouns: frozenset[str] = frozenset()  # "an emergency was declared at the hospital"
    private_recipients: frozenset[str] = frozenset()  # "sending money back to his mother"
    private_people: frozenset[str] = frozenset()
    violent_purposes: frozenset[str] = frozenset()  # "offered to pay X to plan Y's murder": a plot
    diplomatic_protesters: frozenset[str] = frozenset()  # "the ministry protested ...": ACCUSE, not PROTEST
    protester_nouns: frozenset[str] = frozenset()  # "rioters torched cars": PROTEST riot, not ASSAULT
    # what a retyped candidate becomes: (PLOVER type, mode, CAMEO code), by rule name
    retypings: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    self_claim_pronouns: dict[str, str] = field(default_factory=dict)  # "they claimed they attacked": a boast
    nominal_domain_words: frozenset[str] = frozenset()  # "a storm" is weather; "gunmen storm a prison" is not
    quantity_domain_words: frozenset[str] = frozenset()  # "killed scores" counts people; "the scores were level" is sport
    worry_nouns: frozenset[str] = frozenset()  # "expressed concern that violence could spread": a worry
    situation_nouns: frozenset[str] = frozenset()  # "concern about the escalation": a state of affairs, no wrongdoer
    unrealised_heads: frozenset[str] = frozenset()  # "its threat to kill him": threatened, not done
    open_waters: frozenset[str] = frozenset()  # "fired a missile into the sea": a test, no target
    attributive_agent_nouns: frozenset[str] = frozenset()  # "occupying forces": a participle naming a force
    self_harm_words: frozenset[str] = frozenset()  # "threatened to throw himself off the tower": no threat to anyone
    circumstance_preps: frozenset[str] = frozenset()  # "called off a visit after attacks": what led to it
    allegation_verbs: frozenset[str] = frozenset()  # "accused of shelling": the alleged act is no event
    allegation_preps: frozenset[str] = frozenset()
    motive_nouns: frozenset[str] = frozenset()  # "resigned in protest at the ruling": a motive, no demonstration
    motive_preps: frozenset[str] = frozenset()
    casualty_verbs: frozenset[str] = frozenset()  # "a gunfight left nine people dead": an attack's toll
    casualty_states: frozenset[str] = frozenset()
    ailment_modifiers: frozenset[str] = frozenset()  # "died of a heart attack": an illness, no assault
    weapon_modifiers: frozenset[str] = frozenset()  # "killed by mortar fire": a weapon's fire is no accident
    warning_verbs: frozenset[str] = frozenset()  # "warned of a crackdown": the crackdown is threatened
    care_places: frozenset[str] = frozenset()  # "released from hospital": a patient discharged, no captive freed
    rescuer_nouns: frozenset[str] = frozenset()  # "police freed kidnapped workers": a rescue, not a release
    rescued_nouns: frozenset[str] = frozenset()
    captor_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    data = yamlload.safe_load((resources.files("eventlens") / "lexicons" / "cues.yaml").read_text("utf-8"))
    contexts = {}
    for name, words in data["contexts"].items():
        single = frozenset(w.lower() for w in words if " " not in w)
        multi = tuple(tuple(w.lower().split()) for w in words if " " in w)
        contexts[name] = (single, multi)
    size = {k: frozenset(v) for k, v in data["size"].items()}
    def words(table: dict) -> dict:
        return {k: (frozenset(w.lower() for w in v if " " not in w), tuple(tuple(w.lower().split()) for w in v if " " in w))
                for k, v in table.items()}

    return Cues(contexts=contexts, size=size, discard=words(data["discard_domains"]), weak=words(data["weak_domains"]),
                disaster=words({"disaster": data.get("disaster", [])})["disaster"],
                lifted_measures=frozenset(w.lower() for w in data.get("lifted_measures", [])),
                **{k: frozenset(w.lower() for w in data.get(k, [])) for k in ("inanimate_agents", "named_hazards", "accident_verbs", "struggle_causes", "legal_partners",
                              "endangered_things", "general_public", "health_advice", "commentator_titles",
                              "facility_nouns", "private_recipients", "private_people", "violent_purposes",
                              "diplomatic_protesters", "protester_nouns", "nominal_domain_words", "quantity_domain_words", "worry_nouns", "situation_nouns", "self_harm_words",
                              "attributive_agent_nouns", "open_waters", "unrealised_heads",
                              "circumstance_preps", "allegation_verbs", "allegation_preps",
                              "motive_nouns", "motive_preps", "casualty_verbs", "casualty_states",
                              "ailment_modifiers", "weapon_modifiers", "warning_verbs", "care_places",
                              "rescuer_nouns", "rescued_nouns", "captor_verbs", "harm_lemmas", "violence_words")},
                retypings={name: (code["type"], code["mode"], str(code["cameo"]))
                           for name, code in (("diplomatic_protest", data["diplomatic_protest_code"]),
                                              ("riot", data["riot_code"]),
                                              ("obstruct", data["obstruct_code"]),
                                              ("rescue", data["rescue_code"]))},
                self_claim_pronouns={k.lower(): v for k, v in data["self_claim_pronouns"].items()})


def contexts_for(tokens: list[Token], cues: Cues) -> list[str]:
    if not tokens:
        return contexts_at(None, [], cues)
    return contexts_at(tokens[0].doc, [t.i for t in tokens], cues)


def contexts_at(doc: Doc | None, indices: Iterable[int], cues: Cues) -> list[str]:
    """`contexts_for` the doc's tokens at `indices`, in that order (a span's range, a subtree's
    `docmemo.subtree_indices`), with no spaCy Token made for them."""
    if doc is not None:  # each token's words from the doc's lists (`docmemo.token_keys`): no string made per token
        _, doc_lowers, doc_lemmas = docmemo.token_keys(doc)
        indices = list(indices)
        lemmas = [doc_lemmas[i] for i in indices]
        lowers = [doc_lowers[i] for i in indices]
    else:
        lemmas, lowers = [], []
    words = set(lemmas) | set(lowers)
    found = []
    for name, (single, multi) in cues.contexts.items():
        if words & single:
            found.append(name)
            continue
        for phrase in multi:
            if phrase[0] not in words:  # cheap test before the positional match
                continue
            n = len(phrase)
            if any(tuple(lowers[i:i + n]) == phrase or tuple(lemmas[i:i + n]) == phrase for i in range(len(lowers) - n + 1)):
                found.append(name)
                break
    return found


def disaster_cue(sent: Span, cues: Cues) -> bool:
    """The sentence speaks of deaths from nature, disease or an accident (cues.yaml `disaster`)."""
    _, doc_lowers, doc_lemmas = docmemo.token_keys(sent.doc)
    lowers = doc_lowers[sent.start:sent.end]
    words = set(doc_lemmas[sent.start:sent.end]) | set(lowers)
    single, multi = cues.disaster
    if words & single:
        return True
    return _holds_phrase(lowers, [p for p in multi if p[0] in words])


def _holds_phrase(lowers: list[str], phrases) -> bool:
    """Does the run of lowercased words hold one of the multi-word phrases (tuples of words)?"""
    return any(tuple(lowers[i:i + len(p)]) == p for p in phrases for i in range(len(lowers) - len(p) + 1))


# The prepositions whose object is what an inquiry looks into ("an investigation into the stampede", "a probe of
# the crash", "an inquiry over the collapse").
INQUIRY_PREPS = frozenset({"into", "of", "over", "on"})


def inquiry_into_disaster(trigger: Token, cues: Cues) -> bool:
    """The inquiry the trigger names looks into a disaster or an accident (cues.yaml `disaster`): its object or
    the object of its 'into'/'of' phrase is one ("ordered an investigation into the stampede", "investigates the
    plane crash"). PLOVER's investigate mode is an inquiry into someone's wrongdoing; a disaster accuses nobody."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    # the parse may hang the phrase on the light verb ("ordered a probe | into the landslide")
    holders = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
    objects += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in INQUIRY_PREPS
                and c.i > trigger.i for g in c.children if g.dep_ == "pobj"]
    single, multi = cues.disaster
    for head in objects:
        words = [t for t in head.subtree if t.i <= head.i]  # the head and what precedes it ("the plane crash")
        lowers = [t.lower_ for t in words]
        if head.lower_ in single or head.lemma_.lower() in single:
            return True
        if _holds_phrase(lowers, multi):
            return True
    return False


def disaster_title(title: str | None, cues: Cues) -> bool:
    """The article's title names a disaster or an accident (cues.yaml `disaster`, single or multi-word; s17 events)."""
    if not title:
        return False
    lowers = re.findall(r"[a-z0-9'-]+", title.lower())
    single, multi = cues.disaster
    # a plural or third-person "-s" spelling of a listed word counts too ("Floods", "collapses")
    if any(w in single or w.endswith("s") and w[:-1] in single for w in lowers):
        return True
    return any(tuple(lowers[i:i + len(p)]) == p for p in multi for i in range(len(lowers) - len(p) + 1))


def disaster_toll(sent: Span, trigger: Token, cues: Cues) -> bool:
    """A bare harm verb (cues.yaml `harm_lemmas`: "twenty people were confirmed killed", "homes have been destroyed")
    in a sentence that names no violence (`violence_words`): in a disaster article, the disaster's toll (s17 events)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.harm_lemmas:
        return False
    _, doc_lowers, doc_lemmas = docmemo.token_keys(sent.doc)
    words = set(doc_lemmas[sent.start:sent.end]) | set(doc_lowers[sent.start:sent.end])
    return not (words & cues.violence_words)


def discard_domain(sent: Span, cues: Cues, weak: bool = False) -> str | None:
    """The non-political domain whose strong (or, with weak=True, weak) cue words the sentence has."""
    return _domain(_domain_words(sent, cues), cues.weak if weak else cues.discard)


def discard_domains(sent: Span, cues: Cues) -> tuple[str | None, str | None]:
    """`discard_domain` strong and weak at once, reading the sentence's words once."""
    words = _domain_words(sent, cues)
    return _domain(words, cues.discard), _domain(words, cues.weak)


def _domain_words(sent: Span, cues: Cues) -> tuple[set[str], list[str]]:
    # a word inside the name of a known international body is no domain cue ("the Arab League plan"),
    # nor a verb whose noun is one ("gunmen storm a prison": cues.yaml `nominal_domain_words`)
    # (each token's words and tags from the doc's lists, `docmemo.token_keys` and `token_tags`)
    words: set[str] = set()
    lowers: list[str] = []
    _, doc_lowers, doc_lemmas = docmemo.token_keys(sent.doc)
    pos, ent_ids = docmemo.token_tags(sent.doc)
    nominal = cues.nominal_domain_words
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if ent_ids[i].startswith("igo:") or pos[i] == "VERB" and doc_lemmas[i] in nominal \
                or doc_lowers[i] in cues.quantity_domain_words and _counts(doc[i]):
            lowers.append("")
            continue
        lower = doc_lowers[i]
        words.add(doc_lemmas[i])
        words.add(lower)
        lowers.append(lower)
    return words, lowers


def _counts(t: Token) -> bool:
    """A quantity word used as a count of people or things: "scores of people", "a score of homes", or a bare
    object with no determiner or modifier of its own ("the blast killed scores"). Not a bare subject: "scores
    were injured" says nothing of who did it, and the sport cue it trips has kept accidents out ("a fire in
    which scores were injured"). Session 15 ngec."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return True
    return t.tag_ == "NNS" and t.dep_ == "dobj" and not any(
        c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in t.children)


def _domain(sentence: tuple[set[str], list[str]], domains: dict) -> str | None:
    words, lowers = sentence
    for domain, (single, multi) in domains.items():
        if words & single:
            return domain
        for phrase in multi:
            if phrase[0] not in words:
                continue
            n = len(phrase)
            if any(tuple(lowers[i:i + n]) == phrase for i in range(len(lowers) - n + 1)):
                return domain
    return None


def _number(tok: Token) -> int | None:
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(tok.lower_)


def _count_in(noun: Token) -> int | None:
    """A number attached to a noun ('12 protesters', 'at least 5 people') or the noun itself ('killing 5')."""
    n = _number(noun)
    if n is not None and noun.pos_ == "NUM":
        return n
    for c in noun.children:
        if c.dep_ in {"nummod", "quantmod"}:
            n = _number(c)
            if n is not None:
                return n
    return None


def size_for(trigger: Token, sent: Span, cues: Cues) -> Size:
    """Counts of dead, injured, arrested attached to size verbs in the trigger's clause."""
    found: dict[str, int] = {}
    clause = [trigger] + [c for c in trigger.children if c.dep_ in {"advcl", "conj", "xcomp"}]
    for head in clause:
        for kind, lemmas in cues.size.items():
            if head.lemma_.lower() not in lemmas:
                continue
            for c in head.children:
                if c.dep_ in {"dobj", "nsubjpass", "nsubj"} or (c.dep_ == "attr"):
                    n = _count_in(c)
                    if n is not None and kind not in found:
                        found[kind] = n
    # "5 people were killed" elsewhere in the sentence when the trigger is itself the size verb
    return Size(dead=found.get("dead"), injured=found.get("injured"), arrested=found.get("arrested"))


# Contexts whose cue words mark a sentence as political even when it also has sport or business words.
POLITICAL_CONTEXTS = ("military", "intelligence", "executive", "legislative", "election", "political_institutions",
                      "diplomatic", "terrorism", "repression", "peacekeeping", "legal", "territory")


def political_cue(sent: Span, cues: Cues) -> bool:
    return bool(set(contexts_at(sent.doc, range(sent.start, sent.end), cues)) & set(POLITICAL_CONTEXTS))


# Over-coding checks on one candidate event (lexicons/cues.yaml, each list with its comment). They take
# the trigger token and the heads of the candidate's arguments; events/__init__.py drops what they flag.
PERSON_WORDS = frozenset({"he", "she", "i", "him", "her"})


def _in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def endangers(trigger: Token, cues: Cues) -> bool:
    """"threatening the territorial integrity of the country": a THREATEN verb whose object is a thing one
    endangers, with no threatened act ("to strike", "with sanctions") and nobody threatened."""
    if trigger.pos_ != "VERB":
        return False
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    acts = [c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ == "with"]
    return bool(objs) and not acts and all(_in(o, cues.endangered_things) for o in objs)


def health_appeal(trigger: Token, recipients: list[Token], cues: Cues) -> bool:
    """"urged residents to seek medical attention": advice to the general public about their health."""
    if not recipients or not all(_in(r, cues.general_public) for r in recipients):
        return False
    return any(_in(t, cues.health_advice) for t in trigger.subtree if t.i > trigger.i)


def _titles(head: Token) -> list[Token]:
    return [head] + [c for c in head.children if c.dep_ in {"compound", "appos", "amod"}]


def commentator(actors: list[Token], cues: Cues) -> bool:
    """Every actor is an analyst, expert, academic, ... (by its head noun or a title before a name) with
    no state or organisation before it: "UN experts", "Canadian experts" are a body's panel and stay."""
    return bool(actors) and all(
        not any(t.ent_type_ in {"GPE", "ORG", "NORP"} for t in _titles(a))
        and any(_in(t, cues.commentator_titles) for t in _titles(a))
        for a in actors)


def facility_emergency(trigger: Token, predicate: Token, cues: Cues) -> bool:
    """"an emergency was declared at the district hospital": an emergency of a building, not of a state."""
    if trigger.lemma_.lower() != "emergency":
        return False
    for holder in {trigger.i: trigger, predicate.i: predicate}.values():
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in {"at", "in"} and any(
                    g.dep_ == "pobj" and _in(g, cues.facility_nouns) for g in p.children):
                return True
    return False


def private_gift(trigger: Token, actors: list[Token], recipients: list[Token], cues: Cues) -> bool:
    """"sending money back to his mother", "donated photographs to the museum": a person's gift to kin or
    to a private institution is no AID. A state, organisation or office as giver keeps the event."""
    if not actors or not all(a.ent_type_ == "PERSON" or a.lower_ in PERSON_WORDS
                             or a.pos_ == "PROPN" and a.ent_type_ in {"", "NORP"} and a.tag_ == "NNP"
                             or a.pos_ == "NOUN" and not a.ent_type_ and _in(a, cues.private_people) for a in actors):
        return False
    to = [g for t in trigger.subtree if t.dep_ == "prep" and t.lower_ in {"to", "for"}
          for g in t.children if g.dep_ == "pobj"]
    to += [t for t in trigger.subtree if t.dep_ == "advmod" and t.lower_ == "home" and t.head.i == trigger.i]
    addressees = recipients + to
    return bool(addressees) and all(_in(r, cues.private_recipients) for r in addressees)


STATE_ENTITY_KINDS = ("country:", "capital:", "igo:")  # not demonyms: "thousands of Kenyans protested"


def diplomatic_protest(trigger: Token, actors: list[Token], cues: Cues) -> bool:
    """The verb 'protest' said of a state, a government office or a diplomat ("India protested the shelling
    of its posts"), or the noun as the object of its light verb ("Britain made a formal protest to Madrid"):
    a diplomatic protest, which PLOVER codes as ACCUSE disapprove, not PROTEST."""
    if trigger.lemma_.lower() != "protest" or not actors:
        return False
    if trigger.pos_ == "NOUN":
        # only the subject of the verb the noun is the object of ("Britain made a protest"), not a modifier of
        # the noun ("police broke up anti-China protests")
        if trigger.dep_ != "dobj" or trigger.head.pos_ not in {"VERB", "AUX"}:
            return False
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
        actors = [a for a in actors if any(a.i == s.i or a in s.subtree for s in subjects)]
        if not actors:
            return False
    elif trigger.pos_ != "VERB":
        return False
    def state(a: Token) -> bool:
        return (a.ent_id_.startswith(STATE_ENTITY_KINDS) or a.ent_type_ == "GPE" or _in(a, cues.diplomatic_protesters)
                or (a.lower_ == "department" and any(c.lower_ == "state" for c in a.children)))
    return any(state(a) for a in actors)


def ailment(trigger: Token, cues: Cues) -> bool:
    """An assault noun named as an illness by its modifier ("a heart attack", "an asthma attack"; cues.yaml
    `ailment_modifiers`)."""
    return trigger.pos_ == "NOUN" and any(c.dep_ in {"compound", "amod"} and _in(c, cues.ailment_modifiers)
                                          for c in trigger.children)


def protesters_violence(actors: list[Token], cues: Cues) -> bool:
    """Every actor is protesters or rioters ("the building was demolished by protesters"): their violence is a
    riot, PLOVER's PROTEST riot, not an ASSAULT."""
    return bool(actors) and all(_in(a, cues.protester_nouns) for a in actors)


def discharged(trigger: Token, cues: Cues) -> bool:
    """A release from a hospital or other place of care ("was released from hospital after treatment", "his
    release from the clinic"; cues.yaml `care_places`): a patient sent home, not a captive set free."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and _in(g, cues.care_places) for g in c.children)
               for c in trigger.children)


def rescue(trigger: Token, actors: list[Token], patients: list[Token], cues: Cues) -> bool:
    """Police or troops freeing hostages or victims that others hold ("commandos freed three kidnapped
    engineers", "police freed ten trafficking victims"): the manual's hostage rescue, AID, not RETREAT
    release (which is the captor letting go). `free`/`liberate` only: security forces that 'release'
    people let go of their own detainees. Word lists in cues.yaml (rescuer_nouns, rescued_nouns, captor_verbs)."""
    if trigger.lemma_.lower() not in load_word_classes()["rescue_verbs"] or not actors or not patients:
        return False
    if not all(_in(a, cues.rescuer_nouns) for a in actors):
        return False
    for p in patients:
        if _in(p, cues.rescued_nouns):
            return True
        if any(c.dep_ in {"amod", "acl", "compound", "relcl"} and (_in(c, cues.captor_verbs) or _in(c, cues.rescued_nouns)
                                                                  or any(_in(g, cues.rescued_nouns) for g in c.children))
               for c in p.children):
            return True  # "kidnapped engineers", "workers abducted last week", "ministers taken hostage"
    return False


def overcoded(doc, trigger: Token, cand, cues: Cues) -> str | None:
    """Why a candidate event (events.EventCandidate) is not a political event, or None."""
    actors = [doc[a.head] for a in cand.actors]
    recipients = [doc[a.head] for a in cand.recipients]
    if cand.type == "THREATEN" and endangers(trigger, cues):
        return "endangers, not a threat"
    if cand.type == "REQUEST" and health_appeal(trigger, recipients, cues):
        return "public-health advice"
    if cand.type in {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "AGREE"} and commentator(actors, cues):
        return "a commentator's opinion"
    if cand.type == "COERCE" and cand.predicate >= 0 and facility_emergency(trigger, doc[cand.predicate], cues):
        return "an emergency of a building"
    if cand.type == "AID" and private_gift(trigger, actors, recipients, cues):
        return "a private gift"
    if cand.type == "ACCUSE" and worry(trigger, cues):
        return "a worry about what may happen, not an accusation"
    if cand.type == "THREATEN" and self_harm(trigger, cues):
        return "a threat to harm oneself"
    if attributive_participle(trigger, cues):
        return "a participle describing a place or a thing ('in occupied East Jerusalem'), not an act"
    if cand.type in CONFLICT_TYPES and unrealised_head(trigger, cues) and not announced_plan(trigger):
        # ("Zembia announced a plan to invade the island" is its stated intention: THREATEN in the pipeline)
        return "the content of a threat, plan or plot ('its threat to kill him'), not an act that happened"
    if cand.type in CONFLICT_TYPES - {"THREATEN"} and cand.modality.value in {"asserted", "reported"} \
            and warned_content(trigger, cues):  # ("warned of possible attacks" stays hypothetical)
        return "the content of a warning ('warned of a crackdown'), not an act that happened"
    if cand.type == "ASSAULT" and weapons_test(trigger, cues):
        return "a weapons test ('test-fired a missile', 'fired a missile into the sea'), no target"
    if cand.type == "PROTEST" and protest_motive(trigger, cues):
        return "'in protest at X' is the motive of another act ('resigned in protest'), not a demonstration"
    if cand.type == "ASSAULT" and accident_toll(trigger, cues):
        return "the dead or injured a fire, crash or storm left behind ('a blaze left 26 injured'), no attack"
    if cand.type == "ASSAULT" and ailment(trigger, cues):
        return "an illness ('died of a heart attack'), not an assault"
    if cand.type == "RETREAT" and cand.mode == "release" and discharged(trigger, cues):
        return "a patient released from hospital, not a captive set free"
    return None


def _toll_complement(verb: Token, cues: Cues) -> Token | None:
    """The "dead"/"wounded" complement of a casualty verb ("left nine people dead", "leaving 12 wounded")."""
    for c in verb.children:
        if c.dep_ in {"oprd", "advcl", "xcomp", "ccomp", "acomp", "conj"} and _in(c, cues.casualty_states):
            return c
    for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "left 26 others injured": a participle on the object
        if _in(obj, cues.casualty_states) and any(c.dep_ == "nummod" for c in obj.children):
            return obj  # headline style "clashes leave 12 dead": the counted state is the object (s14 trig)
        for c in obj.children:
            if c.dep_ in {"acl", "amod"} and c.i > obj.i and _in(c, cues.casualty_states):
                return c
    return None


def _toll_verb(noun: Token, cues: Cues) -> Token | None:
    """The casualty verb whose subject the noun is: "the gunfight left ...", "the clashes, which left ...",
    "a shooting took place, leaving ..."."""
    head = noun.head
    if noun.dep_ in {"nsubj", "csubj"} and _in(head, cues.casualty_verbs):
        return head
    for c in noun.children:  # "clashes which left dozens dead"
        if c.dep_ == "relcl" and _in(c, cues.casualty_verbs) and any(
                s.dep_ == "nsubj" and s.tag_ in {"WDT", "WP"} for s in c.children):
            return c
    if noun.dep_ in {"nsubj", "csubj"}:  # "a shooting took place at the mall, leaving four dead"
        return next((c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and _in(c, cues.casualty_verbs)), None)
    return None


def casualty_toll(noun: Token, cues: Cues) -> tuple[Token, list[Token]] | None:
    """An attack noun that left people dead or wounded (cues.yaml `casualty_verbs`, `casualty_states`): the
    casualty verb and the people it left (its object, or the subject the parser gives "dead"), else None."""
    verb = _toll_verb(noun, cues)
    state = _toll_complement(verb, cues) if verb is not None else None
    if state is None:
        return None
    victims = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in state.children if c.dep_ == "nsubj"]
    return verb, [v for v in victims if v.pos_ in {"NOUN", "PROPN"}]


def accident_toll(trigger: Token, cues: Cues) -> bool:
    """An injuring or wounding verb that is the complement of a casualty verb whose subject is a fire, a crash
    or a storm ("a blaze at the depot left 26 people injured"): the toll of an accident, no attack."""
    verb = trigger.head
    if trigger.dep_ == "acl" and verb.dep_ == "dobj":  # "left 26 others injured": the participle on the object
        verb = verb.head
    elif trigger.dep_ not in {"oprd", "advcl", "xcomp", "ccomp", "acomp", "conj"}:
        return False
    if not _in(verb, cues.casualty_verbs):
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is None and verb.dep_ in {"advcl", "conj"}:  # "a fire swept the depot, leaving 26 injured"
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is None:
        return False
    single, multi = cues.disaster
    words = {subj.lemma_.lower(), subj.lower_} | {c.lower_ for c in subj.children if c.dep_ == "compound"}
    return bool(words & (cues.inanimate_agents | single)) or any(
        " ".join(m) in " ".join(t.lower_ for t in subj.subtree) for m in multi)


def protest_motive(trigger: Token, cues: Cues) -> bool:
    """A singular protest noun in a motive phrase ("resigned in protest at the verdict", "walked out as a
    protest against the vote"; cues.yaml `motive_nouns`, `motive_preps`): the motive of the act the phrase
    hangs on, not a demonstration. With "in" only the bare noun counts: "took part in a protest" and
    "killed in protests" name protests that happened."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.tag_ != "NN" or not _in(trigger, cues.motive_nouns):
        return False
    prep = trigger.head
    if prep.lower_ not in cues.motive_preps:
        return False
    return prep.lower_ != "in" or not any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children)


CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def unrealised_head(trigger: Token, cues: Cues) -> bool:
    """An infinitive hanging on a noun of threatening, planning or plotting ("dismissed Israel's threat to
    kill him", "a plot to bomb the embassy", "his plan to expel the envoys"): what is threatened or planned
    has not happened (cues.yaml `unrealised_heads`). An attempt is left alone: the GSR codes an attempted
    attack as the attack."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in {"acl", "advcl", "relcl"}:
        return False
    to = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to" and c.i > trigger.sent.start), None)
    # the noun right before 'to' ("a plot to bomb"), whichever word the parser hangs the infinitive on
    return to is not None and trigger.doc[to.i - 1].pos_ == "NOUN" and _in(trigger.doc[to.i - 1], cues.unrealised_heads)


def warned_content(trigger: Token, cues: Cues) -> bool:
    """A conflict noun in the 'of' phrase of a warning verb ("police warned of a harsh crackdown", "warned
    Kyiv of retaliatory strikes"; cues.yaml `warning_verbs`): what is threatened has not happened."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return False
    gov = trigger.head.head
    if gov.pos_ in {"NOUN", "PROPN"} and gov.dep_ in {"dobj", "nsubjpass"}:
        gov = gov.head  # "warned the rebels of a crackdown": 'of' on the addressee
    return _in(gov, cues.warning_verbs)


def weapons_test(trigger: Token, cues: Cues) -> bool:
    """A missile or rocket test-fired ("test-fired", which the tokenizer splits as test - fired) or fired into
    open water with no other target ("fired two missiles into the sea off its east coast"): a show of
    force (MOBILIZE in the lexicon's 'test-fire'), not an attack on anyone."""
    doc = trigger.doc
    if trigger.i >= 2 and doc[trigger.i - 1].text == "-" and doc[trigger.i - 2].lower_ == "test":
        return True
    targets = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"into", "toward", "towards", "at"}
               for g in c.children if g.dep_ == "pobj"]
    return bool(targets) and all(_in(g, cues.open_waters) for g in targets)


def attributive_participle(trigger: Token, cues: Cues | None = None) -> bool:
    """A participle in front of its noun after a preposition or a determiner ("in occupied East Jerusalem",
    "the occupied Palestinian territories"), which the small model sometimes parses as a verb with that noun
    as its object: it describes the place, it reports no act. A verb with a subject, an auxiliary or an
    agent is a clause and stays an event. The same holds for a present participle naming a force by what
    it does ("accused the US and occupying forces of ...", cues.yaml `attributive_agent_nouns`)."""
    if trigger.pos_ != "VERB" or trigger.dep_ == "ROOT" or trigger.i == trigger.sent.start:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"} for c in trigger.children):
        return False
    before = trigger.doc[trigger.i - 1]
    after = trigger.doc[trigger.i + 1] if trigger.i + 1 < trigger.sent.end else None
    if trigger.tag_ == "VBG":
        return cues is not None and after is not None and after.head.i == trigger.i and after.dep_ == "dobj" \
            and before.pos_ in {"DET", "CCONJ", "ADP", "PUNCT"} and _in(after, cues.attributive_agent_nouns)
    if trigger.tag_ not in {"VBN", "VBD"}:
        return False
    return before.pos_ in {"ADP", "DET"} and after is not None and after.pos_ in {"PROPN", "NOUN", "ADJ"} \
        and any(c.dep_ == "dobj" and c.i > trigger.i for c in trigger.children)


def self_harm(trigger: Token, cues: Cues) -> bool:
    """A threat whose act falls on the one threatening ("threatened to throw himself off the bridge",
    "threatens suicide", "threatened to set themselves on fire"): nobody else is threatened."""
    if trigger.pos_ != "VERB":
        return False
    for c in trigger.children:
        if c.dep_ == "dobj" and _in(c, cues.self_harm_words):
            return True  # "threatened suicide"
        if c.dep_ == "xcomp" and any(_in(g, cues.self_harm_words) for g in c.subtree if g.dep_ in {"dobj", "pobj"}):
            return True
    return False


def worry(trigger: Token, cues: Cues) -> bool:
    """A concern or fear expressed about what may happen or about a state of affairs, naming no wrongdoer:
    the worry noun's that-clause has a modal or future auxiliary ("expressed concern that the violence
    could spread") or a situation as its subject ("concern that the violence has reached alarming
    levels"), or the concern is about a situation ("voiced concern about the escalation of hostilities",
    cues.yaml `situation_nouns`). A concern that someone did something ("concern that troops had shelled
    the town", "concern over the arrest of X") names a wrong and stays an accusation."""
    modal = load_modality_cues()
    unrealised = modal.future_aux | modal.hypothetical_aux  # an act to come or a possibility, as modality.py

    def situation(t: Token) -> bool:
        return _in(t, cues.situation_nouns)

    for noun in trigger.children:
        if noun.dep_ != "dobj" or not _in(noun, cues.worry_nouns):
            continue
        holders = [noun, trigger]  # the parse hangs "about ..." on the noun or on the verb
        about = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"about", "over", "at", "regarding", "on"}
                 for g in p.children if g.dep_ == "pobj"]
        if about and all(situation(g) for g in about):
            return True
        for clause in noun.children:
            if clause.dep_ in {"acl", "ccomp", "relcl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                    and (any(c.dep_ == "aux" and c.lower_ in unrealised for c in clause.children)
                         or any(c.dep_ in {"nsubj", "nsubjpass"} and situation(c) for c in clause.children)):
                return True
    return False
