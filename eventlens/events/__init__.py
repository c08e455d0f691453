"""The `events` stage: find triggers from the lexicon, assign roles and modality.

`find_events(doc, lexicon)` returns `EventCandidate`s: typed, with token spans for the actors stage.
Precision comes first: an ambiguous word needs an object from its entry's list, a nominal event needs
a named participant or a light verb, the content of a promise/demand/threat/refusal is not coded as a
separate event, and sentences from sport, business or entertainment with no political participant
are dropped later in the pipeline (`cues.discard_domain`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .. import docmemo
from ..record import Size
from . import roles
from .cues import (
    Cues,
    casualty_toll,
    contexts_at,
    diplomatic_protest,
    load_cues,
    overcoded,
    protesters_violence,
    rescue,
    size_for,
)
from .lexicon import TriggerEntry, TriggerLexicon, load_lexicon, load_word_classes
from .modality import Modality, attributes_speech, classify, inverted_speaker, kept_from_happening, near_miss
from .modality import load_cues as load_modality_cues

# Events whose complement is their content, not a separate event ("agreed to withdraw").
CONTENT_TAKING = {"AGREE", "REQUEST", "THREATEN", "REJECT"}
# Nominal events that may be coded from an onset verb alone ("riots broke out in Lagos"); the
# pipeline keeps them only when the sentence places them (see pipeline.ACTORLESS_TYPES).
ONSET_TYPES = {"PROTEST", "ASSAULT", "CONSULT", "COERCE"}
# The word classes of the rules below (lexicons/constructions.yaml, each with its comment there).
WORDS = load_word_classes()


@dataclass
class EventCandidate:
    type: str
    mode: str | None
    cameo: str
    entry: TriggerEntry
    trigger: int  # token index of the trigger head
    trigger_tokens: tuple[int, ...]  # head plus particles/modifiers that matched
    sentence: int  # sentence sequence number
    actors: list[roles.Argument] = field(default_factory=list)
    recipients: list[roles.Argument] = field(default_factory=list)
    joint: bool = False
    modality: Modality = field(default_factory=lambda: Modality("asserted"))
    context: list[str] = field(default_factory=list)
    size: Size = field(default_factory=Size)
    pattern: str = ""
    predicate: int = -1  # token whose clause carries the event (light verb for nominal triggers)
    domain: str | None = None  # discard domain cue in the sentence, if any
    clause_rank: int = 0  # +1 main clause, 0 complement, -1 subordinate/purpose clause (ranks events)


def _particles_match(tok: Token, entry: TriggerEntry) -> tuple[int, ...] | None:
    if not entry.particles:
        return (tok.i,)
    if entry.pos == "verb":
        found = [tok.i]
        for p in entry.particles:
            # "found the minister guilty", "set the prisoners free": the second word is the
            # object's predicate (ccomp/oprd/acomp in the small model), not next to the verb
            # ("took dozens of people hostage": the small model tags that predicate xcomp too)
            hits = [c for c in tok.children if c.lower_ == p and c.dep_ in {"prt", "prep", "advmod", "dobj", "compound",
                                                                              "ccomp", "oprd", "acomp", "xcomp"}
                    and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)  # "called on Tuesday for"
                    and not (c.dep_ in {"ccomp", "oprd", "acomp"} and any(g.dep_ == "neg" for g in c.children))  # "not guilty"
                    # s20 types: the first half of a hyphenated verb ("test-fired": "test", "-", "fired"; the small
                    # model hangs "test" on "fired" as a noun modifier), written "fire test" in the lexicon
                    or c.lower_ == p and c.dep_ == "npadvmod" and c.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-"]
            # a particle after the verb before one in front of it: "In addition, troops participate in ..."
            hits.sort(key=lambda c: c.i < tok.i)
            if not hits and len(found) > 1:
                # "pulled out of the accord": the small model hangs "of" on "out", not on the verb
                hits = [c for c in tok.doc[found[-1]].children if c.lower_ == p and c.dep_ == "prep"]
            if not hits and len(found) == 1:
                # "called the talks off", "turned the envoy away": the small model hangs a particle after the
                # object on the object
                hits = [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.lower_ == p
                        and g.dep_ == "prt" and g.i > c.i]
            if not hits:
                nxt = tok.i + 1
                if nxt < len(tok.doc) and tok.doc[nxt].pos_ == "ADV" and tok.doc[nxt].head.i == tok.i:
                    nxt += 1  # "pushed hard for", "pressed strongly for"
                if nxt < len(tok.doc) and tok.doc[nxt].lower_ == p and not (
                        nxt + 1 < len(tok.doc) and tok.doc[nxt + 1].ent_type_ in {"DATE", "TIME"}):
                    hits = [tok.doc[nxt]]
            if not hits:
                return None
            found.append(hits[0].i)
        return tuple(found)
    # noun: modifiers directly before the head ("hunger strike", "martial law")
    n = len(entry.particles)
    before = tok.doc[max(tok.i - n, tok.sent.start): tok.i]
    if tuple(t.lower_ for t in before) == entry.particles:
        return (*[t.i for t in before], tok.i)
    # or the same modifiers with another in between, all before the head: "joint military exercises",
    # "joint naval drills" (each modifier must hang on the head itself)
    mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}]
    found = []
    for p in entry.particles:
        hits = [c for c in mods if c.lower_ == p and c.i not in found]
        if not hits:
            return None
        found.append(hits[0].i)
    if found != sorted(found):
        return None
    return (*found, tok.i)


# The sectors of the people whose verbless headline says they are "on strike" (`_headline_striker`): as the
# verb `strike` (triggers.yaml protest entries), workers, students, doctors, civil society and the opposition.
HEADLINE_STRIKER_SECTORS = frozenset({"LAB", "BUS", "EDU", "MED", "CVL", "SOC", "OPP", "PTY", "REF"})


def _headline_striker(tok: Token, entry: TriggerEntry) -> Token | None:
    """The people a verbless headline says are on a labour or hunger strike ("Dock workers on strike for a third
    day", "Jailed activist on hunger strike"): the strike noun is the object of "on" hung on the headline's root
    noun, there being no verb ("be", "remain") to be its light verb. None otherwise."""
    if entry.type != "PROTEST" or entry.mode not in {"strike", "hunger"} or tok.dep_ != "pobj":
        return None
    on = tok.head
    if on.lower_ != "on" or on.dep_ != "prep" or on.i > tok.i:
        return None
    root = on.head
    if root.dep_ != "ROOT" or root.pos_ not in {"NOUN", "PROPN"} or root.i > on.i:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in root.sent):
        return None  # a sentence with a verb says what the strike is to it ("called for a vote on strike action")
    return root


def _onset_light(tok: Token, entry: TriggerEntry) -> bool:
    """A noun whose light verbs say it began ('begin': an observed ceasefire) may instead be the subject
    of an onset verb: "a truce between the army and the rebels took effect at midnight", or of a report that it
    took place: "heavy fighting is reported in the north" (s16 ngec)."""
    return entry.light is not None and "begin" in entry.light and (
        roles.onset_verb_of(tok) is not None or roles.reported_occurrence_verb(tok) is not None)


# Verb tags no word in an object slot can rightly have: a base or present-tense form there is a
# noun the tagger took for a verb ("declares a ceasefire" with ceasefire/VBP); participles and gerunds can
# head clauses in those slots and are left alone.
FINITE_VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})


def trigger_entries(tok: Token, lexicon: TriggerLexicon, ranked: bool = False) -> tuple[str | None, list[TriggerEntry]]:
    """The lexicon entries whose head word this token is (by lemma; nouns also by spelling), with the
    part of speech they were looked up as. Every trigger starts here. `ranked`: most specific first."""
    pos = "verb" if tok.pos_ == "VERB" else "noun" if tok.pos_ in {"NOUN", "PROPN"} else None
    if tok.pos_ == "ADJ" and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        pos = "noun"  # an adjective in a noun's slot is a noun the tagger missed: "began a ground offensive"
    elif tok.pos_ == "VERB" and tok.tag_ in FINITE_VERB_TAGS and tok.dep_ in {"dobj", "pobj"}:
        pos = "noun"  # so is a present-tense verb there: "declares a three-day ceasefire" (ceasefire/VBP, s16 quad)
    if pos is None:
        return None, []
    look = lexicon.ranked if ranked else lexicon.candidates
    entries = look(pos, tok.lemma_.lower())
    if not entries and pos == "noun":
        entries = look(pos, tok.lower_)
    return pos, entries


def may_have_events(doc: Doc, lexicon: TriggerLexicon) -> bool:
    """False when `find_events` cannot find anything in the parsed doc whatever its entities are, which
    lets the pipeline skip entity recognition (a third of the model's time). Every candidate comes from a
    token `_choose` picks or from `headline_verb_events`; this asks each of them only its tests that read
    no entity (tags, lemmas, the parse and the sentence's words), in the same order, and counts a token
    as possible as soon as one of its entries passes them: the later tests (objects, particles' exact
    attachment, roles) may read entities, so they are not asked. A superset of the docs with candidates."""
    doc_words: list[set[str]] = []  # the doc's words, read when an entry's object list first asks
    head_words = lexicon.head_words
    for sent in doc.sents:
        headline = _may_be_headline(sent)
        words: list[set[str]] = []  # the sentence's words, read when an entry first asks
        for tok in sent:
            if headline and _may_be_headline_verb(tok, sent, lexicon):
                return True
            # `_may_choose` of a word that heads no entry (most tokens) is false: `trigger_entries` finds none
            if (tok.lower_ in head_words or tok.lemma_.lower() in head_words) and _may_choose(tok, sent, lexicon, words, doc_words):
                return True
    return False


def _may_be_headline(sent: Span) -> bool:
    """`headline_verb_events`'s test of the sentence: no main verb found."""
    return not (sent.root.pos_ in {"VERB", "AUX"} and not _infinitive_root(sent.root))


def _may_be_headline_verb(tok: Token, sent: Span, lexicon: TriggerLexicon) -> bool:
    """`headline_verb_events`'s tests of one word that read no entity: a noun (or a modifier-parsed base
    verb) after a noun, spelled as a verb entry without a light verb (`_headline_verb_forms` gives a
    subset of `verb_forms`)."""
    if tok.i == sent.start:
        return False
    if tok.lower_ == "guilty" and tok.pos_ == "ADJ":
        return True  # `_guilty_headline`'s verdict ("Ex-minister guilty of bribery"), whose tests read no entity either
    as_noun = tok.pos_ == "NOUN" or tok.pos_ == "VERB" and tok.dep_ in {"compound", "amod", "conj"} and tok.tag_ in {"VB", "VBP", "VBZ"}
    if not as_noun or tok.doc[tok.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(entry.light is None for form in verb_forms(tok.lower_) for entry in lexicon.candidates("verb", form))


def _may_choose(tok: Token, sent: Span, lexicon: TriggerLexicon, words: list[set[str]],
                doc_words: list[set[str]]) -> bool:
    """`_choose`'s and `_choose_reading`'s tests that read no entity: the token heads an entry, is not a
    participle used as an adjective or noun nor the last word of a name, and one of its entries has its
    first particle nearby, its sentence words and its light verb."""
    pos, entries = trigger_entries(tok, lexicon, ranked=True)
    if not entries:
        return False
    if tok.pos_ == "VERB" and (tok.dep_ in {"amod", "compound"} or tok.tag_ == "VBN" and any(c.dep_ == "det" for c in tok.children)):
        return False
    if pos == "noun" and tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return False
    near: set[str] | None = None
    for entry in entries:
        if entry.particles:
            if near is None:
                near = _particle_words(tok, entry.pos, max(len(e.particles) for e in entries))
            if entry.particles[0] not in near:
                continue
        if entry.sentence is not None or entry.not_sentence:
            if not words:
                words.append(_sentence_words(sent))
            if not entry.sentence_allows(words[0]):
                continue
        if entry.light is not None:
            light = roles.light_verb_of(tok, lexicon.light_verbs)
            if (light is None or light.lemma_.lower() not in entry.light) and not _onset_light(tok, entry) \
                    and _headline_striker(tok, entry) is None:
                continue
        if entry.obj is not None and all(w in VERB_MUST_MARK or not w.startswith("@") for w in entry.obj):
            # the object's words that an `obj` list can match (`roles._object_words`: the object's and its
            # modifiers', conjuncts' and members' lemmas and spellings) are words of the doc, whichever
            # token the entities make the object; of its marks ("@person", ...), which may read entities,
            # only "@must" is asked, by its shape without the subject's entity test (`_may_must`)
            if not doc_words:
                doc_words.append({w for t in tok.doc for w in (t.lemma_.lower(), t.lower_)})
            if entry.obj.isdisjoint(doc_words[0]) and not (
                    pos == "verb" and not entry.obj.isdisjoint(VERB_MUST_MARK) and _may_must(tok)):
                continue
        return True
    return False


VERB_MUST_MARK = frozenset({"@must"})


def _may_must(verb: Token) -> bool:
    """`roles.must_clause` without its one entity test (the clause subject named by an entity): whether
    the verb could carry the "@must" mark (a superset)."""
    for c in verb.children:
        mandative = verb.lemma_.lower() in roles.MANDATIVE_VERBS and roles.base_form(c) and not any(
            a.dep_ in {"aux", "auxpass"} for a in c.children)
        if c.dep_ != "ccomp" or not (mandative or any(a.dep_ == "aux" and a.lower_ in roles.OBLIGATION_AUX for a in c.children)):
            continue
        if any(a.dep_ == "neg" for a in c.children):
            continue
        if any(a.dep_ == "nsubj" for a in c.children) and next(a for a in c.children if a.dep_ == "nsubj").pos_ != "PRON":
            return True
    return False


def verb_forms(word: str) -> list[str]:
    """The verb lemmas a present-tense form may have: "decries" -> decry, "clashes" -> clash,
    "denounces" -> denounce, "march" -> march."""
    if not (word.endswith("s") and len(word) > 3):
        return [word]
    return [f for f in ((word[:-3] + "y") if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "",
                        word[:-1]) if f]


# Verbs whose bare participle after a headline's subject says what was done to it ("Opposition
# leader arrested", "Journalist detained after protest"): read as passive even when the entry would
# also take the subject as its agent. Other verbs get the passive reading only when the active one
# finds no event ("Local opposition leader beaten with a bat": `beat` needs a person as object).
HEADLINE_PATIENT_VERBS = WORDS["headline_patient_verbs"]
AT_TARGET_NOUNS = frozenset(WORDS["at_target_nouns"])
# Dependents that show a verb form is a full clause, not a headline's bare participle.
CLAUSE_DEPS = {"aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp", "nsubjpass", "expl"}


def headline_patient(tok: Token) -> Token | None:
    """The participant a headline's bare participle is done to, or None. Headlines drop the auxiliary
    of a passive ("Six indicted by grand jury", "Opposition leader arrested in Lagos"), which the
    small model then parses as a noun modified by a participle (the noun as the sentence root) or as
    an active verb with the patient as subject. Only for a subject that opens the sentence with no
    article or possessive, right before the participle (headline style; "The rebels attacked at dawn"
    and "France on Wednesday condemned as unacceptable ..." are active clauses)."""
    if tok.pos_ != "VERB" or tok.tag_ not in {"VBN", "VBD"} or any(c.dep_ in CLAUSE_DEPS for c in tok.children):
        return None
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and any(g.dep_ in {"dobj", "obj"} for g in c.children)
           for c in tok.children):
        return None  # "Police arrested and (later) released three activists": active verbs, the second with its object
    if _aims_at_someone(tok):
        return None  # "Gunmen shot at a police patrol": an active verb whose target follows "at"
    if tok.dep_ == "acl" and (tok.head.dep_ == "ROOT" or _after_headline_colon(tok.head)) and tok.head.i < tok.i \
            and tok.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        return tok.head
    if tok.dep_ == "ROOT":
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if subj and subj[0].pos_ in {"NOUN", "PROPN", "NUM"} and subj[0].left_edge.i in {tok.sent.start, _after_label(tok.sent)} \
                and subj[0].i == tok.i - 1 \
                and not any(c.dep_ in {"det", "poss"} for c in subj[0].subtree):
            return subj[0]
    return _subordinate_headline_patient(tok)


def _aims_at_someone(tok: Token) -> bool:
    """Does the verb's 'at' phrase name whom or what it was aimed at (people, a named group, a patrol or a
    vehicle: constructions.yaml `at_target_nouns`) rather than where it happened ("arrested at the airport")?"""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (roles.names_someone(obj) or obj.ent_type_ in {"PERSON", "NORP", "ORG"}
                                       or obj.lemma_.lower() in AT_TARGET_NOUNS):
                return True
    return False


# Subordinators that open a headline's clause of an elided passive ("Protests erupt after opposition leader detained").
HEADLINE_SUBORDINATORS = frozenset({"after", "as", "when", "following", "before", "since", "once", "while"})


def _subordinate_headline_patient(tok: Token) -> Token | None:
    """A headline's elided passive in a clause after a subordinator ("Protests erupt after opposition leader
    detained", "Police hunt gunmen after journalist shot dead", "... after prominent elder beaten"): the bare
    subject right after "after"/"as"/"when", with no article or possessive, right before the participle, is
    the patient. Only for the verbs that always take an object (`headline_patient_verbs`), so that a clause
    with no object and no auxiliary can only be a passive ("after the leader was detained" has its auxiliary,
    "after police detained him" its object)."""
    if tok.lemma_.lower() not in HEADLINE_PATIENT_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children):
        return None  # "after civilians shot at soldiers": an active verb whose target follows "at"
    if tok.dep_ == "pobj" and tok.tag_ == "VBN" and tok.head.lower_ in HEADLINE_SUBORDINATORS:
        # the small model hangs the participle on "after" and its subject on the participle as a compound
        subj = [c for c in tok.children if c.dep_ in {"compound", "nsubj"} and c.i == tok.i - 1]
        mark = tok.head
    elif tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in HEADLINE_SUBORDINATORS:
        # or the subject as the object of "as"/"after" and the participle hanging on it ("as union chief jailed")
        subj = [tok.head] if tok.head.i == tok.i - 1 else []
        mark = tok.head.head
    elif tok.dep_ in {"advcl", "ROOT"}:
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1]
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in HEADLINE_SUBORDINATORS), None)
    else:
        return None
    if not subj or mark is None or subj[0].pos_ not in {"NOUN", "PROPN", "NUM"} or subj[0].left_edge.i != mark.i + 1:
        return None
    if any(c.dep_ in {"det", "poss"} for c in subj[0].subtree):
        return None
    return subj[0]


def _after_label(sent: Span) -> int:
    """The first token after a headline's short leading label ("Zembia: ...", "Borland police: ..."): a colon
    among the first four tokens with only names and nouns before it; the sentence start otherwise. Session 15 ngec."""
    for t in sent[:5]:
        if t.text == ":":
            before = sent.doc[sent.start:t.i]
            if len(before) and all(w.pos_ in {"PROPN", "NOUN"} or w.ent_type_ for w in before):
                return t.i + 1
            break
    return sent.start


def _after_headline_colon(noun: Token) -> bool:
    """The noun opens the clause after a headline's colon: "Zembia: three rights groups banned for ...", which
    the small model parses as an apposition to the place before the colon (the sentence root). Session 15 ngec."""
    head = noun.head
    return (noun.dep_ == "appos" and head.dep_ == "ROOT" and head.i < noun.i and head.left_edge.i == noun.sent.start
            and any(c.dep_ == "punct" and c.text == ":" and head.i < c.i < noun.left_edge.i for c in head.children))


def _same_token(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _choose(tok: Token, lexicon: TriggerLexicon) -> list[tuple[TriggerEntry, tuple[int, ...], Token | None]]:
    pos, entries = trigger_entries(tok, lexicon, ranked=True)
    if not entries:
        return []  # the head word of no entry: neither reading below can find one (most tokens)
    if tok.pos_ == "VERB" and tok.dep_ in {"amod", "compound"}:
        return []  # adjectival participle: "alleged concerns", "detained activists"
    if tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "det" for c in tok.children):
        return []  # a participle used as a noun: "treating the injured", "mourning the dead"
    chosen = _choose_reading(tok, lexicon, None, pos, entries)
    # a headline's bare passive, looked for only where its reading could be used
    if tok.pos_ == "VERB" and (not chosen or tok.lemma_.lower() in HEADLINE_PATIENT_VERBS):
        patient = headline_patient(tok)
        if patient is not None:
            chosen = _choose_reading(tok, lexicon, patient, pos, entries) or chosen
    return chosen


def _clause_subject(verb: Token) -> Token | None:
    """The noun subject of a to-infinitive clause under the verb: "allowed the monitors to enter", which
    the small model parses as a clause 'enter' with the subject 'monitors' instead of an object; or of a
    verbless one: "allowed inspectors access" (a clause 'access' with the subject 'inspectors'). A verbless
    clause with no subject is itself what is let in: "let UN observers into the town" ('observers' the
    clause), "allowed UN aid workers access" ('access' the clause, the workers its modifiers)."""
    for c in verb.children:
        if c.dep_ == "ccomp" and (c.pos_ == "NOUN" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            subj = next((a for a in c.children if a.dep_ in {"nsubj", "nsubjpass"} and a.pos_ in {"NOUN", "PROPN"}), None)
            if subj is None and c.pos_ == "NOUN" and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in c.children):
                return c
            return subj
    return None


# Verbs of changing a measure that take a noun object, never a clause (constructions.yaml `object_only_verbs`).
OBJECT_ONLY_VERBS = frozenset(WORDS["object_only_verbs"])
# What may stand between a verb and its object: the verb's own adjuncts ("eased by three hours the curfew").
_ADJUNCT_DEPS = frozenset({"prep", "agent", "advmod", "npadvmod", "punct"})


def _clause_subject_object(verb: Token) -> Token | None:
    """The object of a verb that takes no clause (`OBJECT_ONLY_VERBS`), which the small model parsed as the
    subject of a following clause: "the general eased by three hours the curfew it ordered when a mutiny broke
    out", with 'curfew' the subject of a clause under 'eased' (ccomp), or of a conjunct ("relaxed
    by two hours the curfew declared in the capital", 'declared' a conjunct with the subject 'curfew'). Only a
    noun subject after the verb, of a clause with no complementizer, with nothing but the verb's own adjuncts
    between the two (an "and" between makes a real coordination)."""
    for c in verb.children:
        if c.dep_ not in {"ccomp", "conj"} or c.i < verb.i:
            continue
        subj = next((a for a in c.children if a.dep_ in {"nsubj", "nsubjpass"} and a.i < c.i), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.i < verb.i:
            return None
        if any(m.dep_ == "mark" and m.i < subj.i for m in c.children):
            return None  # "lifted, that the curfew ..." a complementizer: a clause (a later "after" is the misparse's)
        between = {t.i for t in verb.doc[verb.i + 1 : subj.left_edge.i]}
        adjuncts = {t.i for a in verb.children if a.dep_ in _ADJUNCT_DEPS and verb.i < a.i < subj.i for t in a.subtree}
        return subj if between <= adjuncts else None
    return None


def _choose_reading(tok: Token, lexicon: TriggerLexicon, patient: Token | None, pos: str | None,
                    entries: list[TriggerEntry]) -> list[tuple[TriggerEntry, tuple[int, ...], Token | None]]:
    """The best entry for the token (`entries`: its `trigger_entries`, most specific first), as a list
    of one or none; `patient` given: as a headline's bare passive with that patient."""
    if pos == "noun" and tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return []  # the last word of a name, not an event: "the Miranda Warning", "the Dayton Agreement"
    # what does not depend on the entry is computed once for the token, when first needed
    sentence_words: set[str] | None = None
    near: set[str] | None = None  # every word a first particle could be (`_particle_words`)
    own_obj: list[Token | None] = []
    features: dict = {}  # `roles.object_is_allowed`'s words, per (object, verb)
    for entry in entries:
        if entry.type == "ACCUSE" and pos == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBN" and patient is None:
            continue  # "a prisoner accused of robbery escapes": a description of someone, not an accusation
        if entry.type == "CONSULT" and pos == "noun" and _lecture(tok):
            continue  # "gave a talk on budget reform": a lecture, no meeting
        if entry.particles:
            if near is None:
                near = _particle_words(tok, entry.pos, max(len(e.particles) for e in entries))
            if entry.particles[0] not in near:
                continue  # `_particles_match` cannot find it ("call off" without "off")
        toks = _particles_match(tok, entry)
        if toks is None:
            continue
        if entry.sentence is not None or entry.not_sentence:
            if sentence_words is None:
                sentence_words = _sentence_words(tok.sent)
            if not entry.sentence_allows(sentence_words):
                continue  # "declared a state of emergency after the floods": no security cause
        if not own_obj:
            obj = (patient or roles.direct_object(tok)) if pos == "verb" else roles.of_phrase(tok)
            if pos == "verb" and obj is not None and patient is None and any(obj.i == s.i for s in inverted_speaker(tok)):
                obj = None  # '"...," warned the minister': the minister is the speaker, not the one warned
            if pos == "verb" and obj is None and tok.lemma_.lower() in lexicon.clause_object_verbs:
                obj = _clause_subject(tok)  # "allowed the monitors to enter": the clause's subject
            if pos == "verb" and obj is None and tok.lemma_.lower() in OBJECT_ONLY_VERBS:
                obj = _clause_subject_object(tok)  # "eased by three hours the curfew [...] ousted ...": a misparse
            own_obj.append(obj)
        obj = own_obj[0]
        if pos == "verb" and obj is None and tok.dep_ == "conj" and roles.is_passive(tok):
            # "admitted to or been accused of the theft": the passive conjunct shares the first verb's subject
            head = tok.head
            while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) and head.dep_ == "conj":
                head = head.head
            obj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if pos == "verb" and entry.particles:
            # "withdrew from ECOWAS": the object of the multi-word verb's preposition
            last = tok.doc[toks[-1]]
            pobjs = [g for g in last.children if g.dep_ == "pobj"]
            if last.dep_ == "prep" and pobjs:
                obj = pobjs[0]
        if entry.light is not None:
            light = roles.light_verb_of(tok, lexicon.light_verbs)
            if (light is None or light.lemma_.lower() not in entry.light) and not _onset_light(tok, entry) \
                    and _headline_striker(tok, entry) is None:
                continue
        if pos == "noun" and entry.obj is not None and obj is None:
            # "a general strike", "the expulsion of diplomats": the constraint may sit on a modifier
            mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound"}}
            if not mods & entry.obj and _of_gerund(tok) not in entry.obj:
                continue
        elif not roles.object_is_allowed(entry, obj, tok if pos == "verb" else None, features):
            continue
        # the first entry that fits is the most specific one that does (the first of the lexicon's among equals)
        return [(entry, toks, obj)]
    return []


# Nouns whose singular with "a"/"an" and no interlocutor is a lecture, not talks (constructions.yaml, s15 guilty).
LECTURE_NOUNS = WORDS["lecture_nouns"]


def _lecture(noun: Token) -> bool:
    """"gave a talk on budget reform", "delivered a talk about ...": a singular meeting noun with an indefinite
    article and no with/between phrase on it or its verb is a speech to an audience, not a meeting ("held talks
    with X", "a talk with the premier" stay CONSULT). Session 15 guilty."""
    if noun.lower_ not in LECTURE_NOUNS or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return False
    heads = [noun] + ([noun.head] if noun.head.i != noun.i else [])
    if any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in heads[-1].children):
        return False  # "Kenya and Uganda held a talk on trade": two parties talk to each other
    return not any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among", "amongst"} for h in heads for c in h.children)


def _of_gerund(noun: Token) -> str | None:
    """The lemma of a gerund the noun's 'of' phrase holds ("the possibility of suspending talks": 'suspend'),
    which the parser attaches as a clause (pcomp), not as the object `roles.of_phrase` reads (s14 trig)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return g.lemma_.lower()
    return None


def _sentence_words(sent: Span) -> set[str]:
    """The sentence's lemmas and lower-case spellings, for entries' sentence-word conditions (once per
    sentence: several trigger words of one sentence ask; callers only read it)."""
    memo = docmemo.per_doc("sentence_words", of=sent)
    if memo is None:
        return _words_of(sent)
    found = memo.get(sent.start)
    if found is None:
        found = memo[sent.start] = _words_of(sent)
    return found


def _words_of(sent: Span) -> set[str]:
    _, lowers, lemmas = docmemo.token_keys(sent.doc)
    return set(lemmas[sent.start:sent.end]).union(lowers[sent.start:sent.end])


def _particle_words(tok: Token, pos: str, longest: int) -> set[str]:
    """The words `_particles_match` could find a first particle of the token's entries among (a superset):
    for a verb its children and the next two words; for a noun its left children and the `longest`
    words before it."""
    doc = tok.doc
    if pos == "verb":
        return {c.lower_ for c in tok.children} | {t.lower_ for t in doc[tok.i + 1: tok.i + 3]}
    return {c.lower_ for c in tok.lefts} | {t.lower_ for t in doc[max(tok.i - longest, 0): tok.i]}


def _content_of_other_trigger(pred: Token, etype: str, trigger_heads: dict[int, TriggerEntry], cues: Cues) -> bool:
    """True when the predicate is the complement of a promise/demand/threat/refusal trigger, or the
    demand a protest is made for ("demonstrated, calling for independence", "a strike to demand ...").
    The word lists (circumstance prepositions, allegation verbs and prepositions) are in cues.yaml."""
    # a nominal event or participle inside the object of a demand/threat/promise: "demand the
    # resignation of X", "threatened a strike", "called for the release of property seized in 1970"
    t = pred
    for _ in range(5):
        # appos/oprd/dep: a later item of a listed demand the small model hangs off the list or the verb ("called
        # for a ceasefire, the release of all hostages and new talks")
        if t.head is t or t.dep_ not in {"dobj", "pobj", "prep", "acl", "compound", "nsubjpass", "conj", "pcomp", "appos", "oprd", "dep"}:
            break
        child, t = t, t.head
        if child.dep_ == "conj" and child.pos_ == "VERB" and t.pos_ == "VERB" and (
                t.dep_ == "ROOT" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
            break  # "rejected the accusations and blamed the rebels": a second act, not the content of the first
        if child.dep_ == "prep" and child.lower_ in cues.circumstance_preps:
            break  # "called off a visit following attacks on students": what led to it, not what it asks or refuses
        entry = trigger_heads.get(t.i)
        if entry is not None and t.i != pred.i and entry.type in CONTENT_TAKING:
            return True
        # "calls for the release of X", "an appeal for a ceasefire": what a demand noun asks for
        if t.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ == "for" and _demand_noun(t):
            return True
        # "charged with kidnapping", "accused of shelling", "convicted of murder": the alleged act is
        # the content of the accusation or verdict, not an event the text asserts
        if entry is not None and t.i != pred.i and child.dep_ == "prep" and child.lower_ in cues.allegation_preps \
                and t.lemma_.lower() in cues.allegation_verbs:
            return True
    t = pred
    for _ in range(4):
        if t.head is t:
            return False
        gov = t.head
        if t.dep_ in {"acl", "relcl"} and gov.pos_ == "NOUN" and _demand_noun(gov) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True  # "renewed its call to the authorities to drop all charges": asked for, not done
        if t.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                c.dep_ == "dobj" and _demand_noun(c) for c in gov.children):
            return True  # the same, with the infinitive hung on the verb: "repeated their appeal to X to free ..."
        if t is pred and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN" and _demand_noun(c) for c in t.children):
            return True  # or with the noun parsed as the infinitive's subject: "reiterated its call to X to drop ..."
        entry = trigger_heads.get(gov.i)
        if entry is not None and etype == "REQUEST" and entry.type == "PROTEST" and t.dep_ in {"advcl", "xcomp", "acl"}:
            return True
        if entry is not None and entry.type in CONTENT_TAKING and t.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in t.children):
            return True  # "pushed for the US to support the plan": the support is what is asked for
        if entry is not None and entry.type == "REQUEST" and t.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "dobj" for c in gov.children):
            # "pleaded with the rebels to free ...", "asked a coalition of groups, the X Campaign, to end ...":
            # the infinitive after the party asked, parsed as a purpose clause
            return True
        if t.dep_ not in {"xcomp", "ccomp", "conj", "acomp"}:  # acomp: "must be ready to mediate"
            return False
        if entry is not None and t.dep_ in {"xcomp", "ccomp"} and entry.type in CONTENT_TAKING:
            return True
        if t.dep_ == "conj":
            t = gov
            continue
        t = gov
    return False


def _inanimate_actors(doc: Doc, cand: EventCandidate, cues: Cues) -> bool:
    """Every actor is a thing, a force of nature or an animal (cues.yaml `inanimate_agents`: "collapsing
    walls injured 12", "Tropical Cyclone Idai slammed into the coast"): nobody acts, so no event."""
    def listed(w: Token) -> bool:
        if any(c.dep_ in {"compound", "amod", "nmod"} and (c.lemma_.lower() in cues.weapon_modifiers
                                                           or c.lower_ in cues.weapon_modifiers) for c in w.children):
            return False  # "killed by mortar fire": a weapon's fire (cues.yaml `weapon_modifiers`) is aimed
        return w.lemma_.lower() in cues.inanimate_agents or w.lower_ in cues.inanimate_agents

    def thing(t: Token) -> bool:
        if t.pos_ != "PROPN":
            return listed(t)
        # a name: only a storm's ("Tropical Cyclone Idai"), not "the White House" or "the World Water Forum"
        return any(c.lemma_.lower() in cues.named_hazards or c.lower_ in cues.named_hazards
                   for c in t.children if c.dep_ == "compound")

    return bool(cand.actors) and all(thing(doc[a.head]) for a in cand.actors)


def _no_attacker(doc: Doc, cand: EventCandidate, cues: Cues) -> bool:
    """An ASSAULT look-alike with nobody attacking (cues.yaml): it follows from an accident ("the plane
    crashed, killing nine", "killed when their vehicle overturned"), or it is a struggle for a cause with
    no opponent ("fighting for their freedom")."""
    def word_in(t: Token, words: frozenset[str]) -> bool:
        return t.lemma_.lower() in words or t.lower_ in words

    def accident(v: Token) -> bool:
        return v.pos_ == "VERB" and word_in(v, cues.accident_verbs) and not any(c.dep_ == "dobj" for c in v.children)

    pred = doc[cand.predicate]
    if pred.dep_ in {"advcl", "conj", "xcomp"} and accident(pred.head) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in pred.children):
        return True
    if any(c.dep_ == "advcl" and accident(c) for c in pred.children):
        return True
    if not cand.recipients and pred.pos_ == "VERB" and any(
            word_in(g, cues.struggle_causes) for c in pred.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"):
        return True
    return False


# Pronouns that stand for one person: "he is cooperating with prosecutors".
PERSON_PRONOUNS = WORDS["person_pronouns"]


def _plea_cooperation(doc: Doc, cand: EventCandidate, cues: Cues) -> bool:
    """A person cooperating with prosecutors or investigators (cues.yaml `legal_partners`): a suspect's
    plea, not political cooperation. A state or an organisation doing so stays COOPERATE."""
    partners = [a for a in cand.actors + cand.recipients
                if doc[a.head].lemma_.lower() in cues.legal_partners or doc[a.head].lower_ in cues.legal_partners]
    people = [a for a in cand.actors + cand.recipients if a not in partners]
    return bool(partners) and bool(people) and all(
        doc[a.head].ent_type_ == "PERSON" or doc[a.head].lower_ in PERSON_PRONOUNS for a in people)


def _demand_noun(noun: Token) -> bool:
    cues = load_modality_cues()
    return noun.lemma_.lower() in cues.demand_nouns or noun.lower_ in cues.demand_nouns


CONFLICT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "PROTEST"}
# Acts whose promise is a threat, not an agreement.
FORCE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
# Promises that make any promised force a threat; with other promise verbs (agree, offer, pledge) a
# deployment ("to send troops to X") is an offer of help and stays AGREE.
FORCE_VOWS = WORDS["force_vows"]
# Promises that, negated over an act of yielding, refuse it ("vowed not to give up their weapons").
REFUSING_VOWS = WORDS["refusing_vows"]
YIELDING_TYPES = {"RETREAT", "CONCEDE"}
# Commitments whose promised act of yielding makes them a concession (`_promised_concession`).
CONCEDING_PROMISES = WORDS["conceding_promises"]
CONCESSION_NOUNS = WORDS["concession_nouns"]
BARE_YIELDING_NOUNS = WORDS["bare_yielding_nouns"]
# Session 15 quad: promises of restraint and of a ceasefire are concessions (`_stated_restraint`, `_promised_ceasefire`).
RESTRAINT_SAYERS = WORDS["restraint_sayers"]
CEASING_VERBS = WORDS["ceasing_verbs"]
HOSTILITY_WORDS = WORDS["hostility_words"]
# Acts whose promised absence is a concession ("vowed not to use force"); a deployment not made is no concession.
RESTRAINED_TYPES = FORCE_TYPES - {"MOBILIZE"}
# What one joins or has a hand in: an act named in "took part in the killing" is what an accusation charges (`_accused`).
PARTICIPATION_WORDS = WORDS["participation_words"]
DEPLOY_VERBS = WORDS["deploy_verbs"]
# Payments whose purpose clause is a plot when it holds an attack: "offered to pay X to kill Y".
PAYING_VERBS = WORDS["paying_verbs"]
# Verbs of warning whose clause, when it says the speaker's own side would use force, is a threat.
# ("said/announced that its troops would deploy" is a stated intention, handled elsewhere)
WARNING_VERBS = WORDS["warning_verbs"]
OWN_PRONOUNS = WORDS["own_pronouns"]
OWN_POSSESSIVES = WORDS["own_possessives"]
# Regret at another party's act is criticism, at one's own an apology (`_regretted_others_act`).
REGRET_WORDS = WORDS["regret_words"]
REGRETTED_ACTS = WORDS["regretted_acts"]
# Orders whose infinitive, when it is an attack, is ordered and not told as done (`_ordered_force`).
ORDERING_VERBS = WORDS["ordering_verbs"]
# The THREATEN mode of each threatened act (`threat_mode`), in the manual's order.
THREAT_MODES = {"violence": WORDS["threat_violence"], "arrest": WORDS["threat_arrest"], "restrict": WORDS["threat_restrict"],
                "relations": WORDS["threat_relations"], "expel": WORDS["threat_expel"], "territory": WORDS["threat_territory"]}


def threat_mode(etype: str, mode: str | None, lemma: str) -> str | None:
    """The PLOVER THREATEN mode (the manual: "the content of the threat") of a threatened act of this type, mode
    and trigger lemma: "to invade" territory, "to jail the editors" arrest, "to cut ties" relations, "to shell
    the port" violence; None for an act no mode names (constructions.yaml `threat_*`)."""
    for key in (lemma.lower(), f"{etype}:{mode}".lower() if mode else None, f"{etype}:any".lower()):
        for name, words in THREAT_MODES.items():
            if key is not None and key in words:
                return name
    return None


def _threat_content_mode(doc: Doc, cand: EventCandidate, built: list, heads: dict, cues: Cues) -> str | None:
    """The mode of a threat from the act it threatens: an event of the sentence held as the threat's content
    ("threatened to shell the port", "issued a threat to expel the envoys"), the nearest trigger above it being
    the threat's own word or light verb."""
    own = {cand.trigger, cand.predicate}
    for _tok, _entry, c in built:
        if c is cand or c.predicate < 0 or c.predicate in own:
            continue
        act = doc[c.predicate]
        gov = act
        for _ in range(6):
            if gov.head is gov:
                break
            gov = gov.head
            if gov.i in heads:
                break
        if gov.i in own and _content_of_other_trigger(act, c.type, heads, cues):
            found = threat_mode(c.type, c.mode, doc[c.trigger].lemma_)
            if found is not None:
                return found
    return None


SESSION_VERBS = WORDS["session_verbs"]
SITTING_BODIES = WORDS["sitting_bodies"]


def _body_in_session(verb: Token, actors: list[roles.Argument]) -> bool:
    """One deliberative body (constructions.yaml `sitting_bodies`), not an intergovernmental one, meets with
    no partner: its own session (s18 types). Not "leaders meet", "the two councils meet", "X and Y meet"."""
    if verb.lemma_.lower() not in SESSION_VERBS or len(actors) != 1:
        return False
    head = verb.doc[actors[0].head]
    if head.tag_ not in {"NN", "NNP"} or any(c.dep_ == "conj" for c in head.children):
        return False
    if any(t.ent_id_.startswith("igo:") for t in verb.doc[actors[0].start:actors[0].end]):
        return False
    return head.lemma_.lower() in SITTING_BODIES or head.lower_ in SITTING_BODIES


def _promised_act(act: Token, promise: Token) -> bool:
    """The act is the infinitive of the promise ("vowed to fight"), also through an aspectual verb ("vowed to
    continue fighting", "pledged to keep attacking"): what is promised is the fighting, not the continuing
    (s18 types)."""
    if act.dep_ != "xcomp":
        return False
    if act.head.i == promise.i:
        return True
    return roles.aspectual_governor(act) and act.head.dep_ == "xcomp" and act.head.head.i == promise.i


def _promised_force_noun(promise: Token, lexicon: TriggerLexicon) -> tuple[str, str | None, str] | None:
    """The act of force a verb of commitment names by a noun as its direct object, when that commitment is a
    threat: made with a vow of force ("vowed reprisals", "swore revenge") or under a condition ("promised
    arrests if the graft goes on", "pledged a crackdown unless the blockade ends"). Returns the noun's (type,
    mode, lemma), or None. Not a deployment (MOBILIZE: "pledged troops" offers help), not a promise agreed
    among parties ("agreed to curbs"), not a negated promise ("did not promise arrests")."""
    lemma = promise.lemma_.lower()
    if lemma in {"agree", "consent"} or any(c.dep_ == "neg" for c in promise.children):
        return None
    marks = {g.lower_ for c in promise.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"}
    if lemma not in FORCE_VOWS and not marks & (load_modality_cues().conditional_marks - {"whether"}):
        return None
    for obj in (c for c in promise.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        _pos, entries = trigger_entries(obj, lexicon, ranked=True)
        for e in entries:
            if e.type in FORCE_TYPES - {"MOBILIZE"} and e.pos == "noun" and not e.particles and e.obj is None:
                return e.type, e.mode, obj.lemma_.lower()
    return None


def _promised_concession(promise: Token, cand: EventCandidate, built: list) -> str | None:
    """The act of yielding (CONCEDE, RETREAT) a verb of commitment promises: its infinitive ("agreed to withdraw
    from the towns", "promised to end the curfew and free the detainees") or the yielding noun it commits to
    ("agreed to a withdrawal"). The PLOVER manual codes the promise of future concessions, and announced future
    retreats, as CONCEDE: they "do not reduce to AGREE". A renounced act ("vowed not to give up") refuses; a deal
    made "with" a partner stays AGREE. Returns what is promised (the yielding event's type, or the noun)."""
    if promise.lemma_.lower() not in CONCEDING_PROMISES:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in promise.children):
        return None  # "agreed with Uganda to reopen the border": a deal struck with a partner stays AGREE
    # "promised concessions to the opposition", "agreed to concessions": the concession named, with no act of its own
    objects = [c for c in promise.children if c.dep_ == "dobj"] + [
        g for c in promise.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    named = next((o for o in objects if o.lemma_.lower() in CONCESSION_NOUNS or o.lower_ in CONCESSION_NOUNS), None)
    if named is not None:
        return named.lower_
    # "agreed to withdrawal", "agree to disarmament": a bare noun of yielding, no event of its own (s16 ngec)
    # (the tagger may read the noun after "to" as an infinitive: "agreed to disarmament" with disarmament/VB xcomp)
    mistagged = [c for c in promise.children if c.dep_ == "xcomp" and c.lower_ in BARE_YIELDING_NOUNS]
    bare = next((o for o in objects + mistagged if (o.lemma_.lower() in BARE_YIELDING_NOUNS or o.lower_ in BARE_YIELDING_NOUNS)
                 and not any(c.dep_ in {"prep", "poss"} for c in o.children)), None)
    if bare is not None:
        return bare.lower_
    if _promised_ceasefire(promise):
        return "a ceasefire"
    own = {cand.trigger, cand.predicate}
    for c in (c for _, _, c in built):
        if c is cand or c.type not in YIELDING_TYPES or c.modality.value in {"negated", "hypothetical"}:
            continue
        if c.entry.actor_sector:
            continue  # a sense only its actor's sector settles ("troops return to barracks"), checked later on
        act = promise.doc[c.trigger if c.predicate in own or c.predicate < 0 else c.predicate]
        while act.dep_ == "conj" and act.head is not act and act.head.i not in own:
            act = act.head  # "agreed to declare a truce and withdraw": the second promised act too
        if act.dep_ == "xcomp" and act.head.i == promise.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in act.children):
            pass
        elif act.dep_ == "pobj" and act.head.lower_ == "to" and act.head.head.i == promise.i and act.pos_ == "NOUN":
            pass
        else:
            continue
        if _others_between(act):
            continue  # "agreed to end the fighting between the militias": others' fighting, no concession of the promiser
        if not _renounced(act):
            return c.type
    return None


# Verbs of an AID entry that relieve a debt, not lend or give (constructions.yaml `debt_relief_verbs`).
DEBT_RELIEF_VERBS = WORDS["debt_relief_verbs"]


def _agreed_debt_relief(agree: Token, cand: EventCandidate, built: list) -> EventCandidate | None:
    """The debt relief (an AID entry: a debt forgiven, written off or cancelled) that an asserted,
    unnegated "agree" has as its infinitive: "agreed to write off the debt of X" (s21 types)."""
    if cand.modality.value not in {"asserted", "reported"} or any(c.dep_ == "neg" for c in agree.children):
        return None
    for _, entry, c in built:
        if c is not cand and entry.type == "AID" and entry.lemma in DEBT_RELIEF_VERBS and c.predicate >= 0:
            act = agree.doc[c.predicate]
            if act.dep_ == "xcomp" and act.head.i == agree.i and not any(g.dep_ == "neg" for g in act.children):
                return c
    return None


def _others_between(act: Token) -> bool:
    """The act's object is the fighting or conflict "between" two named others ("to end the fighting between X and
    Y"), not between the promisers themselves ("between them", "between us")."""
    return any(p.dep_ == "prep" and p.lower_ == "between" and any(g.pos_ != "PRON" for g in p.children)
               for o in act.children if o.dep_ == "dobj" for p in o.children)


def _promised_ceasefire(promise: Token) -> bool:
    """"the rebels agreed to stop fighting", "pledged to halt their attacks", "committed themselves to ending
    hostilities": the promised act is ceasing one's own fighting, a declared ceasefire (CONCEDE by the manual,
    as a promise of a future retreat is). The ceasing verb is the promise's infinitive (or the gerund after its
    "to"); what is ceased is a word of fighting (constructions.yaml `hostility_words`) that no other party
    owns ("agreed to stop the rebels' attacks" is no concession of the promiser). Except under "agree" or
    "consent", where the parties cease together, attacks or raids must be the promiser's own ("pledged to halt
    its raids"), since "vowed to stop the attacks" may be a promise to end another's."""
    acts = [c for c in promise.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    acts += [g for c in promise.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pcomp"]
    mutual = promise.lemma_.lower() in {"agree", "consent"}
    if any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in promise.children):
        return False  # "agreed on the wording of a resolution to end the fighting": the text's purpose, no promise
    for act in acts:
        if act.lemma_.lower() not in CEASING_VERBS or _renounced(act):
            continue
        for ceased in (g for g in act.children if g.dep_ in {"dobj", "xcomp"}):
            if ceased.lemma_.lower() not in HOSTILITY_WORDS and ceased.lower_ not in HOSTILITY_WORDS:
                continue
            owners = [p for p in ceased.children if p.dep_ == "poss"]
            if any(p.lower_ not in OWN_POSSESSIVES for p in owners) or any(
                    p.dep_ in {"prep", "agent"} and p.lower_ in {"by", "of"} for p in ceased.children) or _others_between(act):
                continue  # "to stop Zembia's raids", "the attacks of the army", "the fighting between X and Y": others' fighting
            if owners or mutual or ceased.lemma_.lower() in {"fight", "fighting", "hostility", "hostilities"}:
                return True
    return False


def _stated_restraint(doc: Doc, cand: EventCandidate, heads: dict) -> None:
    """"the mayor announced that police will not beat protesters", "Zembia said it would not use force to take
    the island": the speaker's statement that its own side, or the bare name of a state's forces, will not use
    force is a promise of restraint, CONCEDE by the manual (a concession is often a promise that something will
    not be done), with the speaker as actor; not a negated attack. Only a will/would/shall clause
    (a past "did not attack" is a denial), with no condition ("will not attack unless provoked" threatens), under
    a verb of stating or promising (constructions.yaml `restraint_sayers`) that is no trigger of its own."""
    if cand.type not in RESTRAINED_TYPES or cand.predicate < 0:
        return
    pred = doc[cand.predicate]
    gov = pred.head
    if pred.dep_ != "ccomp" or gov is pred or gov.lemma_.lower() not in RESTRAINT_SAYERS or gov.i in heads:
        return
    if not roles.will_not(pred) or any(c.dep_ == "neg" for c in gov.children):
        return
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless", "until"} for m in c.children)
           for c in pred.children):
        return
    subj = [c for c in pred.children if c.dep_ == "nsubj"]
    if not subj:
        return
    own = subj[0].lower_ in OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subj[0].children)
    forces = roles.forces_will_clause(gov)
    if not own and (forces is None or forces.i != pred.i):
        return
    speaker = [c for c in gov.children if c.dep_ == "nsubj"] or inverted_speaker(gov)
    if not speaker:
        return
    cand.type, cand.mode, cand.cameo = "CONCEDE", None, "0356"
    if not own:
        # only a government, police or military speaker speaks for the bare "police" or "army" (as @FORCES_WILL);
        # "the rebels said the army would not attack" predicts another's act (the pipeline checks `actor_sector`)
        cand.entry = replace(cand.entry, actor_sector=frozenset({"GOV", "MIL", "COP"}))
    cand.actors = [roles.argument(speaker[0], f"subject of '{gov.text}'")]
    cand.modality = classify(gov)
    cand.pattern += f"; the speaker's own side will not use force ('{gov.text}'): a promise of restraint, CONCEDE"


def _ordered_force(doc: Doc, cand: EventCandidate) -> None:
    """"ordered the army to attack the town", "troops were commanded to fire on the crowd": the attack a party is
    ordered to make is wanted of it, as an urged act is (modality urging_governors), not told as made; an attack the
    text tells apart ("... opened fire, killing 12") is its own event."""
    if cand.type != "ASSAULT" or cand.modality.value not in {"asserted", "reported"} or cand.predicate < 0:
        return
    act = doc[cand.predicate]
    gov = act.head
    if act.dep_ not in {"xcomp", "ccomp"} or gov is act or gov.lemma_.lower() not in ORDERING_VERBS:
        return
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return
    if not any(c.dep_ in {"dobj", "nsubjpass"} for c in gov.children) and not any(c.dep_ == "nsubj" for c in act.children):
        return  # "ordered to attack" with nobody ordered: an order the subject obeys is hard to tell from the act
    cand.modality = Modality("future", gov.text)
    cand.pattern += f"; an attack '{gov.text}' to be made is not told as made"


def _regretted_others_act(tok: Token, cand: EventCandidate) -> None:
    """"expressed regret over the council's decision", "regretted the ruling by the court": regret at an act that
    a possessor (no pronoun) or a by-phrase names as another party's disapproves of it (ACCUSE, CAMEO 111
    criticize) with that party as recipient; regret for one's own act ("expressed regret for the incident",
    "regretted its decision") stays the CONCEDE apology (manual: expressions of regret)."""
    if cand.type != "CONCEDE":
        return
    doc = tok.doc
    if tok.lemma_.lower() in REGRET_WORDS:
        holders = [tok]
        things = [c for c in tok.children if c.dep_ == "dobj"]
    else:  # "expressed regret over ...": the parse hangs the phrase on the verb or on the noun
        nouns = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in REGRET_WORDS]
        if not nouns:
            return
        holders, things = [tok, *nouns], []
    things += [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"over", "at", "about", "for"}
               for g in p.children if g.dep_ == "pobj"]
    actors = {doc[i].lower_ for a in cand.actors for i in range(a.start, a.end)} | {doc[a.head].lower_ for a in cand.actors}
    for thing in things:
        if thing.lemma_.lower() not in REGRETTED_ACTS:
            continue
        who = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        who += [g for p in thing.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
        who = [w for w in who if w.lower_ not in actors]
        if who:
            cand.type, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
            cand.recipients = [roles.argument(w, f"whose '{thing.text}' is regretted") for w in who]
            cand.pattern += f"; regret at another party's '{thing.text}' coded as ACCUSE disapprove"
            return


def _renounced(verb: Token) -> bool:
    """The act is promised not to happen: a negated infinitive ("not to attack") or an object under
    "neither"/"no" ("to use neither threats nor force", "to use no force")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ in {"dobj", "obj"} and any(g.lower_ in {"neither", "no"} and g.dep_ in {"preconj", "det"}
                                                  for g in c.children) for c in verb.children)


def _paid_attack(promise: Token, lexicon: TriggerLexicon, cues: Cues) -> bool:
    """"offered to pay X to plan Y's murder", "agreed to hire gunmen to kill ...": what the money is for
    (an infinitive under the paying verb) holds an attack word, so the offer is a plot."""
    def attack_word(t: Token) -> bool:
        pos = {"VERB": "verb", "NOUN": "noun"}.get(t.pos_)
        if t.lemma_.lower() in cues.violent_purposes or t.lower_ in cues.violent_purposes:
            return True
        # a one-word entry: the head of a multi-word one ("hold" of "hold hostage") is no attack by itself
        return pos is not None and any(e.type == "ASSAULT" and not e.particles for e in lexicon.candidates(pos, t.lemma_.lower()))

    for x in promise.children:
        if x.dep_ not in {"xcomp", "advcl"} or x.lemma_ not in PAYING_VERBS:
            continue
        for c in x.subtree:
            if c.i != x.i and c.dep_ in {"advcl", "relcl", "xcomp", "acl"} and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(attack_word(t) for t in c.subtree):
                return True
    return False


def _blamed_on(tok: Token, cand: EventCandidate) -> None:
    """"Islamabad blamed recent attacks on militants": the accusation is against the militants, and the
    attack (its noun is blame's object) is theirs, not made on them."""
    blame, noun = (tok, None) if cand.type == "ACCUSE" else (tok.head, tok)
    if blame.lemma_ != "blame" or noun is not None and (noun.pos_ != "NOUN" or noun.dep_ != "dobj"):
        return
    objs = [c for c in blame.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if not objs:
        return
    # the parse hangs "on militants" on the verb or on its object
    on = [g for h in (blame, objs[0]) for p in h.children if p.dep_ == "prep" and p.lower_ == "on"
          for g in p.children if g.dep_ == "pobj"]
    if not on:
        return
    blamed = [roles.argument(g, "'on' phrase of 'blame'") for g in on]
    if noun is None:
        cand.recipients = blamed
        return
    cand.recipients = [r for r in cand.recipients if r.head not in {g.i for g in on}]
    if not cand.actors:
        cand.actors = blamed
        cand.pattern += "; actor: the one it is blamed on"


def _warned_force(doc: Doc, cand: EventCandidate, heads: dict) -> None:
    """"the commander warned that his fighters would attack the city": the speaker's own side using
    force in a would/will clause of a warning is a THREATEN by the speaker, not a hypothetical attack."""
    pred = doc[cand.predicate]
    if cand.type not in FORCE_TYPES or pred.dep_ != "ccomp" or pred.head.lemma_ not in WARNING_VERBS:
        return
    gov = pred.head
    if gov.i in heads and heads[gov.i].type == "THREATEN":
        return  # "threatened Y that ...": the threat is coded already
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "wo", "shall"} for c in pred.children):
        return
    subj = [c for c in pred.children if c.dep_ == "nsubj"]
    own = subj and (subj[0].lower_ in OWN_PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subj[0].children))
    speaker = [c for c in gov.children if c.dep_ == "nsubj"] or inverted_speaker(gov)
    if not own or not speaker or any(c.dep_ == "neg" for c in pred.children):
        return
    cand.type, cand.mode, cand.cameo = ("THREATEN", threat_mode(cand.type, cand.mode, pred.lemma_),
                                        "138" if cand.type == "ASSAULT" else "130")
    cand.actors = [roles.argument(speaker[0], f"subject of '{gov.text}'")]
    cand.modality = classify(gov)
    cand.pattern += f"; the speaker's own force in a '{gov.text}' clause coded as THREATEN"


def _taken_part_in(noun: Token) -> bool:
    """The noun is what someone joined or had a hand in: "took part in the killing", "participated in the
    raids", "was involved in the attack", "played a role in the massacre" (constructions.yaml
    `participation_words`, read on the head of the noun's "in" and that head's object or complement)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in" or prep.head is prep:
        return False
    head = prep.head
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ in {"dobj", "acomp", "attr"}}
    return bool(words & PARTICIPATION_WORDS)


def _accused(verb: Token, others: list[EventCandidate], cues: Cues) -> list[roles.Argument] | None:
    inside = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    # an act the clause says happened: "claim it will add to calls for sanctions" predicts, it does not accuse
    hits = [o for o in others if o.predicate in inside and o.type in CONFLICT_TYPES and o.actors
            and o.modality.value in {"asserted", "reported"}
            # not a noun in an adjunct: "claim they protect villages from attacks by militias" justifies; but
            # "alleged that the army took part in the killing" names the act the accused joined (s15 quad)
            and not (verb.doc[o.trigger].pos_ == "NOUN" and verb.doc[o.trigger].dep_ == "pobj"
                     and not (o.type in {"ASSAULT", "COERCE"} and _taken_part_in(verb.doc[o.trigger])))
            # not the claimant's own act: "the rebels claimed that they had attacked the base" boasts
            and not _self_claim(verb, o, cues)]
    if not hits:
        # a wrongful act that is no event of its own: "alleged that Japan violated the laws of war"
        offences = load_modality_cues().offence_verbs
        for c in verb.children:
            if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.lemma_.lower() in offences \
                    and not any(a.dep_ == "neg" for a in c.children):
                subj = [a for a in c.children if a.dep_ == "nsubj" and a.pos_ != "PRON"]
                if subj:
                    return [roles.argument(subj[0], f"subject of the alleged '{c.text}'")]
        return None
    return [roles.Argument(a.head, a.start, a.end, "actor of the reported conflict event") for a in hits[0].actors]


def _self_claim(verb: Token, event: EventCandidate, cues: Cues) -> bool:
    """The claimed conflict act is the claimant's own: its actor is a pronoun that agrees with the subject
    of the verb of claiming ("the Houthis claimed that they had attacked the airport": a boast, reported
    as their ASSAULT, not an accusation). A named actor or a passive ("claimed they were attacked by
    troops") is someone else."""
    claimant = [c for c in verb.children if c.dep_ == "nsubj"]
    if not claimant or len(event.actors) != 1:
        return False
    actor = verb.doc[event.actors[0].head]
    kind = cues.self_claim_pronouns.get(actor.lower_) if actor.pos_ == "PRON" else None  # cues.yaml
    if kind is None:
        return False
    who = claimant[0]
    if kind == "any":
        return True
    if kind == "person":  # "the minister claimed that he had ...", "Smith claimed that she ..."
        return who.ent_type_ == "PERSON" or who.tag_ == "NN"
    if actor.lower_ == "it":  # "the army claimed that it had shelled ..."
        return who.ent_type_ != "PERSON" and who.tag_ in {"NN", "NNP"}
    # "they": a plural or a named group ("the Houthis", "UNITA", "Taliban claimed that they ...")
    # (NER tags "the Houthis" as a person: a name with "the" is a group)
    return who.tag_ in {"NNS", "NNPS"} or (who.pos_ == "PROPN" and (
        who.ent_type_ != "PERSON" or any(c.dep_ == "det" and c.lower_ == "the" for c in who.children)))


def _ended_practice(tok: Token) -> bool:
    """A bare gerund with no object of its own under a verb that ends or forbids ("the government will end
    flogging", "the decree bans whipping"): it names a practice, as a nominal event under those verbs does
    (modality.yaml `undoing_verbs`, `preventing_verbs`). "stopped shelling the town" has its object and stays."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"xcomp", "dobj"} or any(c.dep_ in {"dobj", "nsubj", "aux"} for c in tok.children):
        return False
    cues = load_modality_cues()
    return tok.head.pos_ == "VERB" and (tok.head.lemma_.lower() in cues.undoing_verbs or tok.head.lemma_.lower() in cues.preventing_verbs)


def _clause_rank(pred: Token) -> int:
    t = pred
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ == "ROOT":
        return 1
    if t.dep_ in {"advcl", "relcl", "acl", "pcomp", "xcomp"} or (t.dep_ in {"pobj", "dobj"} and t.pos_ == "NOUN" and t.head.dep_ != "ROOT"):
        return -1
    return 0


def find_events(doc: Doc, lexicon: TriggerLexicon | None = None, cues: Cues | None = None) -> list[EventCandidate]:
    lexicon = lexicon or load_lexicon()
    cues = cues or load_cues()
    out: list[EventCandidate] = []
    for sent_no, sent in enumerate(doc.sents):
        out.extend(_sentence_events(sent, sent_no, lexicon, cues))
    return out


def _sentence_events(sent: Span, sent_no: int, lexicon: TriggerLexicon, cues: Cues) -> list[EventCandidate]:
    built = headline_verb_events(sent, sent_no, lexicon)
    as_verb = {tok.i for tok, _, _ in built}
    found: list[tuple[Token, TriggerEntry, tuple[int, ...], Token | None]] = []
    head_words = lexicon.head_words
    doc = sent.doc
    _, lowers, lemmas = docmemo.token_keys(doc)  # read from the doc's arrays: no Token for most words
    # the head words of some entry, found in one pass (most tokens head none: `trigger_entries` finds none)
    heads_at = [i for i in range(sent.start, sent.end) if lowers[i] in head_words or lemmas[i] in head_words]
    for i in heads_at:
        if i in as_verb:
            continue
        tok = doc[i]
        for entry, toks, obj in _choose(tok, lexicon):
            found.append((tok, entry, toks, obj))
    for tok, entry, toks, obj in found:
        if entry.pos == "verb" and attributes_speech(tok):
            continue  # a verb of saying here; what it introduces is coded as reported (modality.classify)
        if entry.pos == "verb" and _ended_practice(tok):
            continue  # "will end flogging", "banned whipping": a practice being ended or banned, no act
        cand = (_verb_event if entry.pos == "verb" else _noun_event)(tok, entry, toks, obj, lexicon, sent_no)
        if cand is not None:
            built.append((tok, entry, cand))
    # triggers by their own token and by the clause they sit in (the light verb of a nominal event)
    heads = {tok.i: entry for tok, entry, _ in built} | {c.predicate: entry for _, entry, c in built}
    events: list[EventCandidate] = []
    for tok, entry, cand in built:
        if _content_of_other_trigger(sent.doc[cand.predicate], cand.type, heads, cues):
            continue
        if _inanimate_actors(sent.doc, cand, cues) or cand.type == "ASSAULT" and _no_attacker(sent.doc, cand, cues):
            continue
        if cand.type == "COOPERATE" and _plea_cooperation(sent.doc, cand, cues):
            continue
        if entry.nominal == "actor" and cand.predicate == tok.i and tok.head.i in heads \
                and heads[tok.head.i].type in {"RETREAT", "CONCEDE"}:
            continue  # "Israel eased its blockade of Gaza": the measure is being undone, not imposed
        if overcoded(sent.doc, tok, cand, cues) is not None:
            continue  # cues.overcoded: endangering, health advice, commentators, a hospital's emergency, gifts
        if cand.type == "PROTEST" and diplomatic_protest(tok, [sent.doc[a.head] for a in cand.actors], cues):
            cand.type, cand.mode, cand.cameo = cues.retypings["diplomatic_protest"]  # manual: diplomatic protests
            cand.pattern += f"; a state's protest is diplomatic: {cand.type} {cand.mode}"
        if (cand.type == "ASSAULT" or cand.mode == "destroy") and protesters_violence(
                [sent.doc[a.head] for a in cand.actors], cues) and not any(
                "governing" in a.via for a in cand.actors):  # the protesters must do it, not a verb above
            cand.type, cand.mode, cand.cameo = cues.retypings["riot"]  # manual: PROTEST riot
            cand.pattern += f"; violence by protesters is a riot: {cand.type} {cand.mode}"
        if cand.type == "RETREAT" and cand.mode == "release" and rescue(
                tok, [sent.doc[a.head] for a in cand.actors], [sent.doc[a.head] for a in cand.recipients], cues):
            cand.type, cand.mode, cand.cameo = cues.retypings["rescue"]  # manual: hostage rescues are AID
            cand.pattern += f"; security forces freeing hostages or victims: {cand.type}"
        if cand.type == "COERCE" and cand.mode == "restrict" and protesters_violence([sent.doc[a.head] for a in cand.actors], cues):
            cand.type, cand.mode, cand.cameo = cues.retypings["obstruct"]  # manual: protesters' blockades obstruct
            cand.pattern += f"; a blockade by protesters: {cand.type} {cand.mode}"
        _blamed_on(tok, cand)
        _regretted_others_act(tok, cand)
        _ordered_force(sent.doc, cand)
        if cand.type == "AGREE" and entry.pos == "noun" and any(
                c.type == "SUPPORT" and c.trigger == cand.predicate for _, _, c in built):
            continue  # "signed an agreement": the signing (SUPPORT) is the event, not a second AGREE
        if "ccomp" in entry.recipient:
            # "X claimed that Y attacked Z": an accusation against Y, only if the clause holds a conflict event
            accused = _accused(tok, [c for _, _, c in built if c is not cand], cues)
            if accused is None:
                continue
            cand.recipients = cand.recipients + accused
        if cand.type == "AGREE" and entry.pos == "verb":
            # "vowed to fight", "pledged to impose sanctions": a promise of force is a threat
            force = [c for _, _, c in built if c is not cand and c.type in FORCE_TYPES
                     and _promised_act(sent.doc[c.predicate], tok)]
            if _paid_attack(tok, lexicon, cues):
                continue  # "offered to pay two men to kill the dissident": a plot, not an agreement
            if tok.lemma_ not in FORCE_VOWS:
                # "agreed to send police officers to Haiti", "pledged to deploy troops to help": an
                # offer of forces is an offer of help; only a vow to use them is a threat
                force = [c for c in force if sent.doc[c.predicate].lemma_ not in DEPLOY_VERBS]
            # "agreed to use neither threats nor force", "vowed not to use force": a promise of restraint,
            # CONCEDE below (s15 quad), as are force acts renounced in a will/would clause ("pledged that the army
            # will not use force")
            restraint = [c for c in force if c.type in RESTRAINED_TYPES and _renounced(sent.doc[c.predicate])]
            restraint += [c for _, _, c in built if c is not cand and c.type in RESTRAINED_TYPES and c.predicate >= 0
                          and sent.doc[c.predicate].dep_ == "ccomp" and sent.doc[c.predicate].head.i == tok.i
                          and roles.will_not(sent.doc[c.predicate])]
            force = [c for c in force if not _renounced(sent.doc[c.predicate])]
            if tok.lemma_ in {"agree", "consent"}:
                # "the leaders agreed to extend the lockdown": measures agreed among parties threaten nobody
                force = [c for c in force if c.type != "COERCE"]
            named_force = _promised_force_noun(tok, lexicon) if not force else None
            if force:
                cand.type, cand.mode, cand.cameo = "THREATEN", None, "130"
                cand.pattern += f"; promised {force[0].type} coded as THREATEN"
            elif named_force is not None:
                # "officials promise arrests if the graft goes on", "vowed reprisals": the force is named by a noun
                cand.type, cand.mode, cand.cameo = "THREATEN", threat_mode(*named_force), "130"
                cand.pattern += f"; promised {named_force[0]} ('{named_force[2]}') coded as THREATEN"
            elif tok.lemma_ in REFUSING_VOWS and any(
                    c is not cand and c.type in YIELDING_TYPES and sent.doc[c.predicate].dep_ == "xcomp"
                    and sent.doc[c.predicate].head.i == tok.i and _renounced(sent.doc[c.predicate]) for _, _, c in built):
                # "the rebels vowed not to give up their weapons", "pledged never to step down": a vow not to
                # yield refuses to (CAMEO 12), it agrees to nothing
                cand.type, cand.mode, cand.cameo = "REJECT", None, "120"
                cand.pattern += "; a vow not to yield coded as REJECT"
            elif restraint and tok.lemma_ in CONCEDING_PROMISES and not any(c.dep_ == "neg" for c in tok.children):
                # "vowed not to use force", "pledged that troops will not fire on marchers": the manual's CONCEDE
                # (a promise that something will not be done); the crosswalk's 0356 "intent to de-escalate
                # military engagement" is AGREE, the manual's CONCEDE text wins as for promised retreats
                cand.type, cand.mode, cand.cameo = "CONCEDE", None, "0356"
                cand.pattern += f"; promised not to use {restraint[0].type} coded as CONCEDE"
            elif tok.lemma_ == "agree" and (relief := _agreed_debt_relief(tok, cand, built)) is not None:
                # s21: "the creditors agreed to cancel Zembla's debt": agreed debt relief is the relief itself, AID
                # (the manual's aid includes forgiven debt), as a decision taken is the act (pipeline._taken_decision)
                cand.type, cand.mode, cand.cameo = "AID", relief.mode, relief.cameo
                cand.recipients = relief.recipients or cand.recipients
                cand.pattern += "; agreed debt relief coded as AID"
            elif (yielded := _promised_concession(tok, cand, built)) is not None:
                # "agreed to withdraw", "promised to lift the curfew": a promised concession is CONCEDE (manual). The
                # CAMEO code stays 035 "express intent to yield", which the 2021 crosswalk maps to AGREE: the manual's
                # CONCEDE text wins, as for declared ceasefires (triggers.yaml concede entries' `deviation`)
                cand.type, cand.mode, cand.cameo = "CONCEDE", None, "035"
                cand.pattern += f"; promised {yielded} coded as CONCEDE"
        _warned_force(sent.doc, cand, heads)
        _stated_restraint(sent.doc, cand, heads)
        # (the clause's words by index, `docmemo.subtree_indices`: no spaCy Token made for each of them)
        scope = docmemo.subtree_indices(sent.doc, cand.predicate) if cand.predicate >= 0 else range(sent.start, sent.end)
        cand.context = list(dict.fromkeys([*entry.context, *contexts_at(sent.doc, scope, cues)]))
        cand.size = size_for(tok, sent, cues)
        if cand.size.dead is not None and near_miss(tok) is not None:
            # "rebels nearly killed five soldiers": the attack happened, the deaths did not
            cand.size = replace(cand.size, dead=None)
        cand.clause_rank = _clause_rank(sent.doc[cand.predicate])
        events.append(cand)
        for extra in entry.also:
            if extra.sentence is not None and extra.sentence.isdisjoint(_sentence_words(sent)):
                continue  # "was sentenced on Wednesday", "sentenced to a fine": no prison term, no detention
            events.append(EventCandidate(**{**cand.__dict__, "type": extra.type, "mode": extra.mode, "cameo": extra.cameo}))
    for cand in events:
        if cand.type == "THREATEN" and cand.mode is None:
            # "threatened to cut ties with X": the mode is the content of the threat (PLOVER manual)
            cand.mode = _threat_content_mode(sent.doc, cand, built, heads, cues)
        if cand.type == "THREATEN" and cand.predicate >= 0 and (averter := _threat_condition_party(sent.doc, cand)) \
                is not None and not any(r.head == averter.head for r in cand.recipients):
            cand.recipients.append(averter)
    for cand in list(events):
        accusation = _responsibility_accusation(sent.doc, cand, lexicon, heads, events)
        if accusation is not None:
            events.append(accusation)
    return events


# Marks of the clause a threat is made under: "threatened to strike unless the government ..." (constructions.yaml).
THREAT_CONDITION_MARKS = WORDS["threat_condition_marks"]


def _threat_condition_party(doc: Doc, cand: EventCandidate) -> roles.Argument | None:
    """'threatened to strike unless the government raises pay', 'warned it would close the strait if the United States
    attacked its ships': a threat is aimed at whoever must act, or refrain, to avert it, the named subject of the
    unless/if clause on the threat or the threatened act (s21; a pronoun or a thing - "if talks fail" - names nobody).
    """
    pred = doc[cand.predicate]
    clauses = [pred, *(c for c in pred.children if c.dep_ in {"xcomp", "ccomp"})]
    clauses += [g for c in clauses[1:] for g in c.children if g.dep_ in {"xcomp", "ccomp"}]
    actors = {a.head for a in cand.actors}
    for verb in clauses:
        for adv in verb.children:
            mark = next((m for m in adv.children if m.dep_ == "mark" and m.lower_ in THREAT_CONDITION_MARKS), None)
            if adv.dep_ != "advcl" or mark is None:
                continue
            subj = next((c for c in adv.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i in actors or subj.pos_ == "PRON":
                continue
            if subj.pos_ == "PROPN" or subj.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or subj.ent_id_ \
                    or roles.names_someone(subj):
                return roles.argument(subj, f"subject of the '{mark.text}' clause the threat is made under")
    return None


# Verbs of saying or believing whose clause "Y is responsible for / behind the attack" accuses Y.
BLAMING_SAYERS = WORDS["blaming_sayers"]
# Possessives and pronouns of the speaker's own side: "the militia says its men were responsible" claims the attack.
SELF_WORDS = WORDS["self_words"]


def _responsibility_accusation(doc: Doc, cand: EventCandidate, lexicon: TriggerLexicon, heads: dict,
                               events: list[EventCandidate]) -> EventCandidate | None:
    """"Zembla says the Karvanian army is behind the shelling of its villages", "the minister said the rebels
    were responsible for the bombing": the speaker accuses Y of the attack. The speech act is the event (ACCUSE,
    speaker -> Y); the attack it names stays a reported background event. Not when the one held responsible is
    the speaker's own side or a pronoun ("the group says its fighters carried it out", "its men were
    responsible": a claim of responsibility),
    nor when the clause is negated ("says it is not responsible")."""
    if cand.type not in IMPACT_TYPES or "responsible for'" not in cand.pattern and "behind'" not in cand.pattern:
        return None
    if cand.modality.value != "reported" or not cand.actors:
        return None
    copula = doc[cand.predicate]
    verb = copula
    for _ in range(5):  # up to the verb of saying: "Zembla says it holds proof that Karvania was behind the raid"
        if verb.dep_ not in {"ccomp", "conj", "acl", "dobj", "xcomp"} or verb.head is verb \
                or verb.head.lemma_.lower() in BLAMING_SAYERS:
            break
        verb = verb.head
        if any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in verb.children):
            return None  # "has no evidence that ...", "did not prove that ..."
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in BLAMING_SAYERS or verb.head.pos_ != "VERB":
        return None
    sayer = verb.head
    speaker = next((c for c in sayer.children if c.dep_ == "nsubj"), None)
    held = doc[cand.actors[0].head]
    if speaker is None or held.lower_ in SELF_WORDS or any(c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in held.children):
        return None
    if held.tag_ in {"WP", "WDT"} or any(c.tag_ in {"WP", "WDT", "WP$"} for c in held.children):
        return None  # "said which faction was behind the raid is unclear": nobody is named
    modality = classify(sayer)
    if modality.value not in {"asserted", "reported"}:
        return None  # "did not say ...", "may say ...": no accusation is made
    if sayer.i in heads and heads[sayer.i].type == "ACCUSE" or any(e.type == "ACCUSE" and e.predicate == sayer.i for e in events):
        return None  # "claimed that X was behind ...": the accusation is coded by its own verb
    entry = next((e for e in lexicon.candidates("verb", "accuse") if e.type == "ACCUSE" and not e.particles), None)
    if entry is None:
        return None
    return EventCandidate(
        type="ACCUSE", mode=entry.mode, cameo=entry.cameo, entry=entry, trigger=sayer.i, trigger_tokens=(sayer.i,),
        sentence=cand.sentence, actors=[roles.argument(speaker, f"subject of '{sayer.text}'")],
        recipients=[roles.Argument(a.head, a.start, a.end, f"held {cand.pattern.split(chr(39))[1]} '{doc[cand.trigger].text}'")
                    for a in cand.actors],
        modality=modality, context=list(cand.context), predicate=sayer.i, clause_rank=_clause_rank(sayer),
        pattern=f"'{sayer.text}' that someone is {cand.pattern.split(chr(39))[1].split(' ', 1)[1]} an event of type {cand.type}: "
                "an accusation",
    )


# Headline grammar: "Brazil denounces actions by Turkey", "Hundreds rally in capital". With no verb
# in the sentence the small model tags the headline's present-tense verb as a noun and the parse
# around it is noise, so the participants are read from the word order instead.
NP_TAGS = {"NOUN", "PROPN", "NUM"}
NP_PARTS = NP_TAGS | {"ADJ", "DET", "PART"}  # PART: only the possessive 's


def _np_run(doc: Doc, start: int, end: int) -> list[tuple[int, Token]]:
    """Noun phrases from `start` up to a preposition, verb-like word or clause punctuation (or `end`),
    split at "and": [(first token, head)] with the head the last noun of each phrase."""
    out: list[tuple[int, Token]] = []
    first, head = start, None
    i = start
    while i < end:
        t = doc[i]
        if t.pos_ == "CCONJ" or t.lower_ == ",":
            if head is not None:
                out.append((first, head))
            first, head = i + 1, None
        elif _participle_compound(doc, i, end):
            i += 2  # "The US-backed forces", "A Saudi-led coalition": the participle modifies the noun after it
            continue
        elif t.pos_ in NP_PARTS and (t.pos_ != "PART" or t.tag_ == "POS"):
            if t.pos_ in NP_TAGS:
                head = t
        else:
            break
        i += 1
    if head is not None:
        out.append((first, head))
    return out


def _participle_compound(doc: Doc, i: int, end: int) -> bool:
    """Is doc[i] the hyphen of a compound modifier ending in a past participle ("US-backed", "Saudi-led",
    "state-run") that a noun phrase part follows? The phrase goes on to the noun it modifies."""
    return i > 0 and i + 2 < end and doc[i].text in {"-", "–", "‐"} and doc[i - 1].pos_ in NP_TAGS \
        and doc[i + 1].tag_ == "VBN" and doc[i + 2].pos_ in NP_PARTS and doc[i + 2].pos_ != "PART"


def _headline_verb_forms(tok: Token, prev: Token) -> list[str]:
    """Verb lemmas a noun-tagged headline word may be: a third-person -s form after a singular subject
    ("Brazil denounces"), the base form after a plural or a name ("Dozens march", "Izmir decry")."""
    w = tok.lower_
    if w.endswith("s") and len(w) > 3:
        if prev.tag_ in {"NNS", "NNPS"}:
            return []  # "media reports", "police raids": a plural noun after a modifier
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
        # the last part of a hyphenated name counts as a name ("Joseph Kamau-Otieno calls on ...": "Otieno" may be tagged a noun)
        hyphenated_name = prev.i - 2 >= tok.sent.start and prev.nbor(-1).tag_ == "HYPH" and prev.nbor(-2).pos_ == "PROPN"
        if not (prev.pos_ == "PROPN" or prev.ent_type_ or hyphenated_name
                or nxt is not None and nxt.pos_ in NP_TAGS | {"ADJ", "DET"}):
            return []  # "election protests in Lagos": a plural noun unless a name or an object says verb
        return verb_forms(w)
    if prev.tag_ in {"NNS", "NNPS"} or prev.pos_ == "PROPN":
        return [w]
    return []


def _participle_before(doc: Doc, start: int, end: int) -> bool:
    """A participle the parse read as the headline's own verb, hung on its subject or as its root, between the
    start and `end` ("Five soldiers killed in Kabul bomb blast", "Rebel leader arrested at Lagos airport"): a
    noun-tagged word after it is in that verb's phrase ("bomb" modifies "blast"), not a second verb (s23 types).
    Not the participle of a hyphenated modifier ("US-backed forces seize ...")."""
    return any(doc[i].pos_ == "VERB" and doc[i].tag_ in {"VBN", "VBD"} and doc[i].dep_ in {"acl", "ROOT"}
               and not (i > start and doc[i - 1].tag_ == "HYPH") for i in range(start, end))


def headline_verb_events(sent: Span, sent_no: int, lexicon: TriggerLexicon) -> list[tuple[Token, TriggerEntry, EventCandidate]]:
    """Events of a sentence the parse found no main verb in, whose noun-tagged word after its opening noun phrase is spelled as
    a trigger verb. Needs a subject phrase that opens the sentence; a preposition phrase may follow
    the subject ("Activists in Izmir decry ...")."""
    if sent.root.pos_ in {"VERB", "AUX"} and not _infinitive_root(sent.root):
        return []
    doc = sent.doc
    out = []
    pos = docmemo.token_tags(doc)[0]  # read from the doc's arrays: Tokens only for a noun or verb after a noun
    for i in range(sent.start + 1, sent.end):
        if pos[i] not in {"NOUN", "VERB"} or pos[i - 1] not in {"NOUN", "PROPN"}:
            continue
        tok, prev = doc[i], doc[i - 1]
        # a noun, or a base-form verb the parse made a modifier ("Chile and Peru ratify border treaty")
        as_noun = tok.pos_ == "NOUN" or tok.pos_ == "VERB" and tok.dep_ in {"compound", "amod", "conj"} and tok.tag_ in {"VB", "VBP", "VBZ"}
        if not as_noun:
            continue
        subjects = _np_run(doc, sent.start, tok.i)
        if not subjects:
            continue
        if _participle_before(doc, sent.start, tok.i):
            break  # "12 people killed in Kabul bomb blast": the headline's verb is the participle, "bomb" a modifier
        for form in _headline_verb_forms(tok, prev):
            cand = _headline_candidate(tok, form, subjects, lexicon, sent_no)
            if cand is not None:
                out.append((tok, cand.entry, cand))
                break
        if out:
            break  # one headline verb a sentence
    if not out:
        out = _guilty_headline(sent, sent_no, lexicon)
    return out


# Offences whose "guilty of" in a verbless headline is a verdict (constructions.yaml, session 15 guilty).
GUILTY_OFFENCES = WORDS["guilty_offences"]


def _guilty_headline(sent: Span, sent_no: int, lexicon: TriggerLexicon) -> list[tuple[Token, TriggerEntry, EventCandidate]]:
    """A verbless headline's verdict: "Ex-minister guilty of bribery", "Zembia: warlord guilty of war crimes" (the
    parse: 'guilty' modifying the opening noun, or that noun's predicate) is the 'find guilty' entry's SANCTION
    convict with the noun as recipient; no actor (the court is not named). Only an offence after "of"
    (GUILTY_OFFENCES) and no negation ("not guilty" is an acquittal). Session 15 guilty."""
    entry = next((e for e in lexicon.candidates("verb", "find") if e.particles == ("guilty",) and e.type == "SANCTION"), None)
    if entry is None:
        return []
    doc = sent.doc
    lowers = docmemo.token_keys(doc)[1]
    for tok in (doc[i] for i in range(sent.start, sent.end) if lowers[i] == "guilty"):  # a Token only for "guilty"
        if tok.pos_ != "ADJ":
            continue
        if tok.dep_ == "amod":
            judged = tok.head
        elif tok.dep_ == "ROOT":
            judged = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        elif tok.dep_ == "appos" and tok.head.dep_ == "ROOT" and any(t.text == ":" for t in doc[tok.head.i:tok.i]):
            judged = doc[tok.i - 1]  # "Kenya: ex-mayor guilty of ...": 'guilty' hung on the label, the noun before it judged
        else:
            judged = None
        if judged is None or judged.pos_ not in {"NOUN", "PROPN"} or judged.i > tok.i:
            continue
        if judged.dep_ != "ROOT" and not _after_headline_colon(judged) and judged.head.i != tok.i and tok.dep_ != "appos":
            continue  # "... the man guilty of murder" inside a clause: not the headline's own statement
        if any(t.dep_ == "neg" or t.lower_ in {"not", "innocent"} for t in doc[sent.start:tok.i + 1]):
            continue
        offence = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        crime = next((c for c in offence.children if c.dep_ == "pobj"), None) if offence is not None else None
        if crime is None or not ({crime.lemma_.lower(), crime.lower_} | {c.lower_ for c in crime.children if c.dep_ == "compound"}) & set(GUILTY_OFFENCES):
            continue
        recipient = roles.argument(judged, "judged in a verbless 'guilty of' headline")
        cand = EventCandidate(
            type=entry.type, mode=entry.mode, cameo=entry.cameo, entry=entry, trigger=tok.i, trigger_tokens=(tok.i,),
            sentence=sent_no, actors=[], recipients=[recipient], joint=False, modality=Modality("asserted"),
            pattern="verbless headline 'X guilty of <offence>'", predicate=tok.i,
        )
        return [(tok, entry, cand)]
    return []


def _infinitive_root(root: Token) -> bool:
    """A "to" infinitive as the sentence's main verb: the parse missed the real one, a present-tense verb it
    tagged as a noun ("The President of X Ana Perez-Rojas calls on Y to abandon ..." parsed with "abandon" as root)."""
    return root.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)


# Words before a number that say how many, not who: "police arrest over 80 people", "at least 12 soldiers"
QUANTITY_WORDS = WORDS["quantity_words"]


def _headline_candidate(tok: Token, form: str, subjects, lexicon: TriggerLexicon, sent_no: int) -> EventCandidate | None:
    doc, sent = tok.doc, tok.sent
    best = None
    for entry in lexicon.candidates("verb", form):
        if entry.light is not None:
            continue
        # particles are the words right after the verb ("appeal for")
        nxt = tok.i + 1
        toks = [tok.i]
        for p in entry.particles:
            if nxt < sent.end and doc[nxt].lower_ == p:
                toks.append(nxt)
                nxt += 1
            else:
                break
        if len(toks) != len(entry.particles) + 1:
            continue
        if (entry.sentence is not None or entry.not_sentence) and not entry.sentence_allows(
                _sentence_words(sent)):
            continue  # the same sentence-word conditions as for a parsed verb
        start = nxt
        while start < sent.end - 1 and start - nxt < 3 and doc[start].lower_ in QUANTITY_WORDS:
            start += 1
        objects = _np_run(doc, start if start < sent.end and doc[start].like_num else nxt, sent.end)[:1]
        if entry.particles and not objects and doc[toks[-1]].pos_ == "ADP":
            continue
        obj = objects[0][1] if objects else None
        if not roles.object_is_allowed(entry, obj, None):
            continue
        if best is None or entry.specificity > best[0].specificity:
            best = (entry, tuple(toks), objects)
    if best is None:
        return None
    entry, toks, objects = best
    # subject: the phrase(s) before the preposition that follows the opening noun phrase
    actors = [roles.Argument(h.i, first, h.i + 1, "headline subject") for first, h in subjects if h.i < tok.i]
    recipients = []
    after = toks[-1] + 1
    if objects and not entry.joint and ("dobj" in entry.recipient or entry.particles and entry.particles[-1] in entry.recipient):
        first, h = objects[0]
        recipients.append(roles.Argument(h.i, first, h.i + 1, "headline object"))
    if objects:
        after = objects[0][1].i + 1
    slots = set(entry.recipient) - {"dobj", "dative", "ccomp"}
    i = after
    while i < sent.end:
        t = doc[i]
        if t.pos_ == "ADP" and (t.lower_ in slots or (t.lower_ == "by" and objects and i == after)):
            for first, h in _np_run(doc, i + 1, sent.end):
                recipients.append(roles.Argument(h.i, first, h.i + 1, f"headline '{t.lower_}' phrase"))
        i += 1
    if entry.joint:
        actors, recipients = actors + recipients, []
    return EventCandidate(
        type=entry.type, mode=entry.mode, cameo=entry.cameo, entry=entry, trigger=tok.i, trigger_tokens=toks,
        sentence=sent_no, actors=actors, recipients=recipients, joint=entry.joint, modality=Modality("asserted"),
        pattern="verb repaired from a headline word tagged as a noun (headline subject)", predicate=tok.i,
    )


def doc_word(tok: Token, toks) -> str:
    return " ".join(tok.doc[i].text for i in toks)


def _judged_party(tok: Token, toks, obj: Token | None) -> tuple[Token, str] | None:
    """Who a verb with a predicative word ("find guilty") judges, when the parse gives it no object: the
    subject of the predicative clause ("found the minister guilty", parsed 'the minister guilty') or, for a
    passive that dropped its auxiliary ("Former minister found guilty of bribery", "the officer found
    guilty of looting"), the noun it modifies or the verb's subject; else None."""
    if obj is not None or len(toks) < 2:
        return None
    pred = next((tok.doc[i] for i in toks[1:] if tok.doc[i].head.i == tok.i
                 and tok.doc[i].dep_ in {"oprd", "ccomp", "acomp", "xcomp"} and tok.doc[i].pos_ == "ADJ"), None)
    if pred is None or any(c.dep_ in {"dobj", "obj"} for c in tok.children):
        return None
    inner = next((c for c in pred.children if c.dep_ == "nsubj" and (c.pos_ in {"NOUN", "PROPN"}
                  or c.pos_ == "PRON" and c.lower_ not in {"it", "this", "that"})), None)
    if inner is not None:
        return inner, "clause"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head, "reduced"  # "the former officer found guilty of ...": a reduced passive relative
    # "found" with a predicative word but no object is a passive that lost its auxiliary (headlines, or a
    # parse of "Roe, the officer found guilty of ..., died" as an active clause): its subject is judged
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if pred.dep_ == "oprd" and subj is not None and subj.tag_ not in {"WDT", "WP"} and not roles.is_passive(tok):
        return subj, "headline"
    return None


def _denied_object(entry: TriggerEntry, obj: Token | None) -> bool:
    """The verb counts only with listed object words (`obj`, not a special '@' value) and the object found is
    determined by "no": the event the object names is said not to have happened."""
    if entry.obj is None or obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(not w.startswith("@") for w in entry.obj):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)


def _verb_event(tok, entry, toks, obj, lexicon, sent_no) -> EventCandidate | None:
    if tok.head.i != tok.i and tok.head.lemma_.lower() in roles.ATTACK_EFFECT_VERBS and getattr(roles.attack_as_modifier(tok.head), "i", None) == tok.i:
        return None  # "Russian shelling wounded four people": the attack is the subject of the verb of harm, one record
    actors, how = roles.subject_of(tok)
    headline = _same_token(obj, headline_patient(tok)) and not roles.is_passive(tok)
    if headline:  # "Opposition leader arrested by police": the subject is the patient; the agent says "by"
        actors = [roles.argument(pobj, "by-agent") for _prep, pobj in roles.prep_objects(tok, {"by"})]
        how = "headline passive" + (" with by-agent" if actors else "")
    recipients = roles.recipients_of_verb(tok, entry, obj)
    judged = _judged_party(tok, toks, obj)
    if judged is not None:
        # "found the minister guilty" (parsed as a clause 'the minister guilty'): its subject is the one judged;
        # "Minister found guilty" (a headline's passive without 'was'): the verb's subject is, not the actor
        patient, how_judged = judged
        if how_judged != "clause":
            actors = [roles.argument(pobj, "by-agent") for _prep, pobj in roles.prep_objects(tok, {"by"})]
            how, headline = f"{how_judged} passive" + (" with by-agent" if actors else ""), True
        if not any(r.head == patient.i for r in recipients):
            recipients = recipients + [roles.argument(patient, f"judged '{doc_word(tok, toks)}'")]
    speaker_after = inverted_speaker(tok)
    if speaker_after and not actors:  # '"Release them," urged the minister': the speaker acts
        actors = [roles.argument(speaker_after[0], "speaker after the quotation")]
        how = "speaker after the quotation"
        recipients = [r for r in recipients if r.head != speaker_after[0].i]
    if entry.type == "MOBILIZE" and not actors and roles.is_passive(tok):
        # "troops were deployed to the border", "police were sent in": with no agent named, the forces moved
        # are who mobilises (as "troops deployed to the border" would say)
        moved = [c for c in tok.children if c.dep_ == "nsubjpass" and roles.counted(c).lower_ in roles.FORCE_NOUNS]
        if moved:
            actors, how = [roles.argument(moved[0], "forces moved (passive)")], "passive subject: the forces moved"
            recipients = [r for r in recipients if r.head != moved[0].i]
    content = False
    if entry.type in CONTENT_TAKING and obj is not None:
        # "accepted an invitation to meet with X": X is answered (the invitation itself resolves to no one)
        recipients = recipients + [r for r in roles.invited_to_meet(tok) if not any(r.head == q.head for q in recipients)]
    if not recipients and entry.type in CONTENT_TAKING:
        recipients = roles.content_recipients(tok)
        content = bool(recipients)
    if entry.type == "PROTEST":  # "protested to demand that the government resign"
        recipients += [a for a in roles.protest_targets([tok]) if not any(a.head == r.head for r in recipients)]
    joint = entry.joint and not content  # "agreed to give aid to X": X receives, no partner in agreeing
    # "X met Y and signed an accord": the partner of the first verb signs too.
    if joint and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        head_obj = roles.direct_object(tok.head)
        if head_obj is not None and head_obj.i not in {a.head for a in actors}:
            actors = actors + [roles.argument(head_obj, "partner of conjoined verb")]
    # "between X and Y"
    for _prep, pobj in roles.prep_objects(tok, {"between"}):
        if roles.mediates(entry):
            continue  # "mediated between X and Y": the parties receive the mediation
        actors = actors + [roles.argument(pobj, "'between' phrase")]
        joint = True
    if entry.type == "CONSULT" and not recipients and _body_in_session(tok, actors):
        return None  # "the assembly meets for the first time": a body's own session, no one consulted
    modality = classify(tok)
    if _denied_object(entry, obj) and modality.value in {"asserted", "reported", "historical"}:
        # "expressed no regret", "offered no apology": where the entry's object word carries the event, "no" on
        # that object denies the event as "not" on the verb would (a nominal trigger's "no" is read in `classify`)
        modality = Modality("negated", f"no {obj.text}")
    return EventCandidate(
        type=entry.type, mode=entry.mode, cameo=entry.cameo, entry=entry, trigger=tok.i, trigger_tokens=toks,
        sentence=sent_no, actors=actors, recipients=recipients, joint=joint, modality=modality,
        pattern=f"verb ({'passive' if headline or roles.is_passive(tok) else 'active'}; {how or 'no agent found'})",
        predicate=tok.i,
    )


# Attacks that may be coded as the "by" agent of a passive impact verb ("hit by air strikes"): only
# the specific nouns (multi-word, or needing a light verb: air strike, cyberattack); a bare "attack" keeps
# the nominal-event rules ("crops damaged by a bacterial attack" is no event).
IMPACT_TYPES = {"ASSAULT", "COERCE"}
# Words and attitudes whose noun, undergone by the subject with nobody named as its source, tells a situation,
# not an act: "Algeria faces a growing threat", "the book received wide praise" (s19; "came under threat from
# militants" and "received praise from Germany" name the source and stay events). Threats received or in the
# plural are messages someone sent ("received violent threats", "received a death threat") and stay. Acts done
# to someone (attacks, arrests: IMPACT_TYPES) stay events without a doer: "the convoy came under fire".
SOURCED_UNDERGONE_TYPES = frozenset({"THREATEN", "SUPPORT"})
# Attitudes that an opinion poll measures (constructions.yaml `opinion_measures`): with a poll as the light verb's
# subject ("polls showed support for X", "a survey found backing for the plan") no one has acted (s19).
MEASURED_ATTITUDE_TYPES = frozenset({"SUPPORT", "REJECT"})
OPINION_MEASURES = WORDS["opinion_measures"]


def _impact_verb(noun: Token) -> Token | None:
    """The passive impact verb whose by-agent the noun is ("was rocked by a blast", headline "site hit
    by cyber attack"), else None."""
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in {"agent", "prep"}:
        return None
    verb = by.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in load_modality_cues().impact_verbs:
        return None
    if roles.is_passive(verb) or headline_patient(verb) is not None:
        return verb
    return None


# Quantity nouns between "behind" and the attack noun: "is behind a series of bombings".
BEHIND_QUANTITIES = WORDS["behind_quantities"]


def _responsible_for(noun: Token) -> Token | None:
    """The copula of "X is (has been) responsible for <noun>" or "X is behind <noun>" whose subject names who
    did it, else None."""
    prep = noun.head
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "responsible for killings and rapes"
        prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in BEHIND_QUANTITIES and prep.head.dep_ == "pobj":
        noun, prep = prep.head, prep.head.head  # "behind a number of cyber attacks"
    if noun.dep_ == "pobj" and prep.lower_ == "behind" and prep.dep_ == "prep":
        copula = prep.head  # "officials say the militia is behind the raid": who did it, as with "responsible for"
    elif noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    else:
        adj = prep.head
        if adj.lower_ != "responsible" or adj.dep_ != "acomp":
            return None
        copula = adj.head
    if copula.lemma_ not in STATE_COPULAS or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" or
                                                       c.dep_ == "nsubj" and c.lower_ in {"he", "she", "they"}
                                                       for c in copula.children):
        return None
    return copula


# Copulas of a state: "Chile is in talks with Peru", "the parties remain in negotiations": the subject takes
# part in the talks named by the "in" phrase, as with a light verb ("held talks").
STATE_COPULAS = WORDS["state_copulas"]


def _in_talks(tok: Token, entry: TriggerEntry) -> Token | None:
    """The copula of "X is in talks (with Y)": a negotiation noun (CAMEO 046) as the object of "in" under
    be/remain ("officials were in a meeting when ..." says where they were, not that they negotiated)."""
    prep = tok.head
    if entry.type != "CONSULT" or entry.cameo != "046" or entry.light is not None or tok.dep_ != "pobj" or prep.lower_ != "in" \
            or prep.dep_ != "prep" or prep.head.lemma_ not in STATE_COPULAS or prep.head.pos_ not in {"AUX", "VERB"}:
        return None
    return prep.head


def _noun_event(tok, entry, toks, obj, lexicon, sent_no) -> EventCandidate | None:
    if kept_from_happening(tok) is not None and roles.onset_verb_of(tok) is None:
        # "the law forbids his extradition", "ordered all attacks to cease": kept from happening or ended (not talks
        # that ended, which were held: roles.yaml meeting_course_verbs, s16 trig)
        return None
    light = roles.light_verb_of(tok, lexicon.light_verbs) or _in_talks(tok, entry)
    if light is not None and entry.light is None and light.lemma_.lower() in lexicon.restricted_light_verbs:
        light = None  # "raised aid": raise is a light verb only for the entries that name it
    if light is not None and light.lemma_.lower() in roles.UNDERGOER_VERBS:
        light = None  # "faces charges of fraud": the subject undergoes the event (the undergoer branch below)
    if light is not None and entry.type == "PROTEST" and entry.mode not in {"strike", "hunger"} \
            and light.lemma_.lower() in WORDS["declaring_verbs"]:
        light = None  # "police declared a riot": the one who declares it is not the one rioting (a strike is declared by strikers)
    actors: list[roles.Argument] = []
    recipients: list[roles.Argument] = []
    joint = entry.joint
    if light is not None:
        if entry.type in MEASURED_ATTITUDE_TYPES and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in OPINION_MEASURES for c in light.children):
            return None  # s19: "polls showed support for the mayor": a measure of opinion, nobody's act
        actors, how = roles.subject_of(light)
        patient = roles.light_verb_patient(tok, light)  # "engaged X in a firefight": X is the target
        if patient:
            recipients, joint = recipients + patient, False
        pattern = f"light verb '{light.text}' + noun ({how or 'no agent found'})"
        pred = light
        modality = classify(light, noun=tok)
    elif (entry.type in ONSET_TYPES and entry.light is None or _onset_light(tok, entry)) \
            and (onset := roles.onset_verb_of(tok)) is not None:
        pattern = f"noun + onset verb '{onset.text}'"
        pred = onset
        modality = classify(onset, noun=tok)
    elif (entry.type in ONSET_TYPES and entry.nominal == "always" or _onset_light(tok, entry)) \
            and (said := roles.reported_occurrence_verb(tok)) is not None:
        # "heavy fighting is reported in the north", "Clashes reported in Lagos": the report says the event
        # took place, as an onset verb does (so also for nouns coded only with one, as 'fighting'); nobody need
        # be named, the place then makes it an event (s16 ngec)
        pattern = f"noun + report of occurrence '{said.text}'"
        pred = said
        modality = classify(said, noun=tok)
        if modality.value == "asserted":
            modality = Modality("reported", said.text)
    elif (entry.type == "ASSAULT" or entry.mode == "riot") and (toll := casualty_toll(tok, load_cues())) is not None:
        # "a bombing at the station left nine people dead": the people left are its recipients (not for a
        # clash or gunfight, whose named sides are all actors: the dead are not a side)
        pred, victims = toll
        pattern = f"noun + casualty verb '{pred.text}'"
        modality = classify(pred, noun=tok)
        recipients += [] if entry.joint else [roles.argument(v, f"left by '{tok.text}'") for v in victims]
    elif (entry.nominal == "light_verb" or entry.particles) and entry.type in IMPACT_TYPES \
            and (impact := _impact_verb(tok)) is not None:
        pattern = f"noun as the agent of passive '{impact.text}'"
        pred = impact
        modality = classify(impact, noun=tok)
        patient = headline_patient(impact) if not roles.is_passive(impact) else None
        recipients += [roles.argument(patient, "subject of the passive")] if patient is not None else roles.patient_of(impact)
    elif (undergoer := roles.undergoer_verb_of(tok)) is not None and (parties := roles.undergoer_parties(tok, undergoer))[1]:
        # "the convoy came under fire from rebels": the subject is who the event happened to
        actors, recipients = parties
        pattern = f"noun undergone by the subject of '{undergoer.text}'"
        pred = undergoer
        modality = classify(undergoer, noun=tok)
    elif entry.type in IMPACT_TYPES and (copula := _responsible_for(tok)) is not None:
        # "the militia is responsible for mass killings in the north": the subject did what the noun names
        subj = next(c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"})
        actors = [roles.argument(subj, "subject of 'responsible for'")]
        how = "behind" if any(t.lower_ == "behind" and copula.i < t.i < tok.i for t in tok.ancestors) else "responsible for"
        pattern = f"noun after '{copula.text} {how}'"
        pred = copula
        modality = classify(copula, noun=tok)
    elif (striker := _headline_striker(tok, entry)) is not None:
        # "Dock workers on strike over pay": the headline's subject strikes; only people of a sector that strikes
        # count (the pipeline checks `actor_sector`), not "Focus on strike" or "Crackdown on strike"
        entry = replace(entry, actor_sector=HEADLINE_STRIKER_SECTORS)
        actors = [roles.argument(striker, "headline subject 'on strike'")]
        pattern = f"'{striker.text} on {tok.text}' headline"
        pred = striker
        modality = classify(striker, noun=tok)
    elif entry.nominal == "light_verb":
        return None
    else:
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_ in load_modality_cues().undoing_verbs:
            return None  # "revoked his house arrest": an arrest being undone is not an arrest
        if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "to", "on"} \
                and tok.head.head.lemma_.lower() in load_modality_cues().undoing_nouns:
            return None  # "a suspension of attacks", "an end to the blockade": being stopped, not asserted
        pattern = "nominal event"
        pred = tok
        modality = classify(tok, noun=tok)
        # A bare nominal event sits inside some clause; that clause's own modality matters when the
        # noun is its subject or object ("talks could resume"), not when it is background.
        # (also under a verb of saying: "warned that an attack on X could be catastrophic" reports no attack)
        if modality.value in {"asserted", "reported"} and tok.dep_ in {"nsubj", "dobj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
            clause = classify(tok.head)
            if clause.value in {"hypothetical", "future", "negated"} and tok.head.lemma_ not in WORDS["background_verbs"]:
                modality = clause
    patient_noun = entry.of == "recipient" and light is None
    actors += roles.noun_actors(tok, possessor_is_patient=patient_noun)
    removed: list[roles.Argument] = []
    if entry.type == "ASSAULT":
        # "X was ousted in a coup (led by Y)", "the colonels seized power in a coup", "a coup toppled X": the clause
        # the noun is in names whom it removed, and who did it when nothing closer to the noun does (s21)
        by, removed = roles.removal_parties(tok)
        actors += [] if actors else by
    if entry.nominal == "actor" and pred is tok and not actors and not removed:
        return None  # "the siege of Sarajevo": a bare noun of this kind needs its actor named
    recipients += removed
    if pattern.startswith("noun undergone") and entry.type in SOURCED_UNDERGONE_TYPES and not actors and not (
            entry.type == "THREATEN" and (tok.tag_ in {"NNS", "NNPS"} or pred.lemma_.lower() == "receive")):
        return None  # s19: "faces a growing threat", "received widespread praise": nobody threatens or praises
    if patient_noun:
        recipients += roles.noun_patients(tok)
    recipients += [r for r in roles.opposed_modifiers(tok) if not any(r.head == q.head for q in recipients)]
    if pred is tok and not entry.joint:  # "an attack by X killed 12 soldiers": whom the attack harmed
        recipients += roles.attack_effect_patients(tok)
    of_obj = obj
    if of_obj is not None:
        if entry.of == "recipient":
            recipients.append(roles.argument(of_obj, "'of' phrase"))
        elif entry.of == "actor" and roles.names_an_issue(of_obj):  # "in protest of X's ban": X is the target
            recipients += [roles.argument(o, f"owner of '{of_obj.text}'") for o in roles.owners(of_obj)]
        elif entry.of == "actor" and entry.type == "PROTEST" and roles.protested_person(tok, of_obj):
            recipients.append(roles.argument(of_obj, "'of' phrase (one person protested)"))
        elif entry.of == "actor":
            actors.append(roles.argument(of_obj, "'of' phrase"))
    preps = roles.noun_slots(entry) - {"dobj", "dative", "of"}
    for holder in [tok] + ([light] if light is not None else []):
        for prep, pobj in roles.prep_objects(holder, preps):
            if prep == "between" and not roles.mediates(entry):
                actors.append(roles.argument(pobj, "'between' phrase"))
                joint = True
            else:
                recipients.append(roles.argument(pobj, f"'{prep}' phrase"))
    recipients += [a for a in roles.clause_recipients(tok, entry) if not any(a.head == r.head for r in recipients)]
    if entry.type == "PROTEST":  # "staged a strike to demand that the government resign"
        recipients += [a for a in roles.protest_targets([tok] + ([pred] if pred is not tok else []))
                       if not any(a.head == r.head for r in recipients)]
    if light is None and pred is tok and not actors and not recipients:
        return None  # a bare noun with nobody named is a topic, not an event ("the terrorist threat")
    return EventCandidate(
        type=entry.type, mode=entry.mode, cameo=entry.cameo, entry=entry, trigger=tok.i, trigger_tokens=toks,
        sentence=sent_no, actors=actors, recipients=recipients, joint=joint, modality=modality,
        pattern=pattern, predicate=pred.i,
    )
