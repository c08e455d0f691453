"""Who did it and to whom: argument noun phrases from the dependency parse.

Works on spaCy tokens and returns `Argument`s (token spans); the actors stage turns them into actors.
Handles active/passive voice and by-agents, subjects shared by conjoined verbs, control ("agreed to
withdraw" takes the subject of "agreed"), participles modifying a noun ("an officer convicted of ..."),
relative clauses, light-verb nouns ("held talks with X") and nominal events ("the arrest of X").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from .. import docmemo, yamlload
from .lexicon import TriggerEntry, load_word_classes

# The English words this module relies on are data: eventlens/lexicons/roles.yaml (read once, here).
_LEX = yamlload.safe_load((resources.files("eventlens") / "lexicons" / "roles.yaml").read_text("utf-8"))

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Dependents that belong to a noun phrase naming an actor.
NP_DEPS = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "appos", "conj", "cc",
           "punct", "predet", "advmod", "npadvmod"}
# Preposition heads kept inside a name ("Ministry of Internal Affairs", "troops from the 5th Division").
NAME_PREPS = frozenset(_LEX["name_preps"])
DATE_LABELS = {"DATE", "TIME"}
LEADING_TIME_WORDS = frozenset(_LEX["leading_time_words"])
# "shot dead two farmers": what the act made of its object is no part of the object's phrase
RESULTATIVE_ADJECTIVES = frozenset(_LEX["resultative_adjectives"])
NAME_LABELS = {"ORG", "NORP", "GPE", "PERSON", "FAC", "LOC"}
# Verbs after which an infinitive still happened ("began exercises", "started to withdraw").
ASPECTUAL = frozenset(_LEX["aspectual"])
# Verbs of object control: the object of "urged X to leave" is who is to leave (`subject_of`).
OBJECT_CONTROL_VERBS = frozenset(_LEX["object_control_verbs"])
# "announced a plan to invade the island": the announcer does the planned act (constructions.yaml, s13b conflict)
PLAN_NOUNS = load_word_classes()["plan_nouns"]
ANNOUNCING_VERBS = load_word_classes()["announcing_verbs"]
PROCESS_NOUNS = load_word_classes()["process_nouns"]
PROCESS_VERBS = load_word_classes()["process_verbs"]
# A passive arrest with no by-agent may name its agent in the operation it was part of.
# A participle on these nouns speaks for the document's author ("issued a statement condemning ...").
DOCUMENT_NOUNS = frozenset(_LEX["document_nouns"])
TRAVEL_VERBS = frozenset(_LEX["travel_verbs"])
OPERATION_NOUNS = frozenset(_LEX["operation_nouns"])


@dataclass(frozen=True)
class Argument:
    head: int  # token index in the Doc
    start: int  # noun phrase token span [start, end)
    end: int
    via: str  # how it was found, for the explanation


def np_bounds(token: Token) -> tuple[int, int]:
    """Token span of the noun phrase headed by `token` (without relative clauses and most PPs)."""
    memo = docmemo.per_doc("np_bounds", of=token)  # once per token: roles and owners ask again
    if memo is None:
        return _np_bounds(token)
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = _np_bounds(token)
    return found


# the only dependency labels on which `_np_bounds` may take a child into the phrase
_NP_WALK_DEPS = frozenset(NP_DEPS | {"prep", "pobj"})


def _np_bounds(token: Token) -> tuple[int, int]:
    keep = {token.i}
    stack = [token]
    doc = token.doc
    _, deps, kids = docmemo.token_tree(doc)
    while stack:
        t = stack.pop()
        for k in kids[t.i]:
            if deps[k] not in _NP_WALK_DEPS:
                continue  # (read from the doc's arrays: no Token made for the child) no test below takes it
            c = doc[k]
            if c.dep_ in {"appos", "conj"} and _clausal(c):
                continue  # "(see EDM, April 21)", clauses: not part of a name
            if c.dep_ == "cc" and c.i > t.i and _dangling_cc(t, c):
                continue  # "X called Y on Monday and urged him ...": an "and" joining no noun is no part of X
            if c.dep_ == "appos" and t.ent_id_.startswith("country:") and c.i > t.i and c.left_edge.i > 0 \
                    and t.doc[c.left_edge.i - 1].text == "," and c.ent_type_ not in {"GPE", "NORP", "ORG"} \
                    and not c.ent_id_:
                continue  # "Pakistan, a key ally in the war": a country is named by its name alone
            if c.dep_ in NP_DEPS or (c.dep_ == "prep" and c.lower_ in NAME_PREPS and _prep_in_name(t, c)) or (
                c.dep_ == "prep" and c.lower_ == "for" and _name_for(t, c)) or (
                c.dep_ == "pobj" and t.dep_ == "prep" and t.i in keep
            ) or (c.dep_ == "prep" and c.lower_ in {"of", "for"} and _of_member(t, c)) or (
                c.dep_ == "prep" and t.i == token.i and _placed_people(t, c)) or (
                c.dep_ == "prep" and _allegiance(t, c)):
                if c.dep_ == "punct" and c.text not in {"(", ")", "-", "'", "’"} and not _inside(c, keep):
                    continue
                keep.add(c.i)
                stack.append(c)
    start, end = min(keep), max(keep) + 1
    end = _verb_hung_place(token, end)
    while start < end - 1 and doc[start].is_punct:
        start += 1
    # "On 3 May 2019 Kenya's High Court", "Hours earlier Maduro": a time the parser hung on the phrase
    # is when, not part of who
    while start < token.i and (doc[start].ent_type_ in DATE_LABELS and token.ent_type_ not in DATE_LABELS
                               or doc[start].lower_ in LEADING_TIME_WORDS or doc[start].is_punct):
        start += 1
    # "shot dead two farmers", "set free 40 prisoners": the parser hangs the verb's result on the object
    while start < token.i and start > 0 and doc[start].lower_ in RESULTATIVE_ADJECTIVES \
            and doc[start - 1].pos_ == "VERB":
        start += 1
    # "a migrant camp in Calais Sunday", "power lines into the city last month": a time the parser hung on
    # the end of the phrase is when, not part of who or what (with a preposition it leaves behind)
    if token.ent_type_ not in DATE_LABELS:
        trimmed = end
        while trimmed - 1 > token.i and doc[trimmed - 1].ent_type_ in DATE_LABELS:
            trimmed -= 1
        if trimmed < end:
            while trimmed - 1 > token.i and doc[trimmed - 1].pos_ == "ADP":
                trimmed -= 1
            end = trimmed
    # a name the parser broke up ("the Front | for the Liberation of the Coast" with `for` on the verb):
    # the named entity the phrase ends inside runs on to its end
    last = doc[end - 1]
    if last.ent_type_ in NAME_LABELS and last.ent_iob_ in {"B", "I"} and end < len(doc) and doc[end].ent_iob_ == "I":
        ent = next((e for e in docmemo.ents(doc) if e.start <= last.i < e.end), None)
        if ent is not None and ent.start >= start and ent.end <= token.sent.end:
            end = ent.end
    # "the Liberation Tigers of Tamil Eelam (LTTE": a bracket the parser hung elsewhere closes the phrase
    texts = docmemo.token_keys(doc)[0][start:end]
    opened = texts.count("(") - texts.count(")")
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1
    # "the Nigerian Air Force (NAF) says ...": the acronym in brackets right after a name the parser hung
    # elsewhere is part of the name (s14 spans)
    end += 3 if bracketed_acronym(doc, start, end) else 0
    end = _named_after(token, end)
    end = _whole_hyphenated(doc, start, end)
    # a conjunct left out (a clause) leaves its "and" behind: "the minister and" -> "the minister"
    while end - 1 > start and (doc[end - 1].is_punct and doc[end - 1].text != ")" or doc[end - 1].dep_ == "cc"):
        end -= 1
    return start, end


def _verb_hung_place(token: Token, end: int) -> int:
    """'detained dozens of demonstrators in X', 'stormed a police headquarters in eastern X': the small model
    often hangs the place phrase right after an object on the verb (or on the noun the object's preposition
    belongs to: 'an attack on a base in X'). When the object is people or a site that would keep that phrase
    had it been parsed as the object's own (`_placed_people`), the phrase still belongs to it (s21; ConfliBERT
    train/dev: 4 such targets gain their place, none loses a match). Only the one word after the phrase is read."""
    doc = token.doc
    if end >= len(doc) or token.pos_ != "NOUN" or end != token.i + 1:
        return end
    prep = doc[end]
    if prep.dep_ != "prep" or prep.lower_ not in PEOPLE_IN_PREPS:
        return end
    top = token  # "dozens of demonstrators": the counted phrase hangs on the verb by its first word
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head is not top.head:
        top = top.head.head
    if top.dep_ == "pobj" and top.head.lower_ == "with":
        return end  # "held talks with X's officials in Y": where the partners met, not who they are
    # (or on the count word itself: "hundreds | of marchers | in X")
    governors = {top.head.i} | ({top.head.head.i} if top.dep_ == "pobj" else set()) | ({top.i} if top is not token else set())
    if prep.head.i not in governors or prep.head.i == token.i or not _placed_people(token, prep):
        return end
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if not objs:
        return end
    # the place's own phrase, not what a comma adds after it ("in western X, the seventh attack this month")
    place_end = np_bounds(objs[0])[1]
    return next((t.i for t in doc[objs[0].i : place_end] if t.text == ","), place_end)


def _whole_hyphenated(doc, start: int, end: int) -> int:  # noqa: ANN001
    """A phrase never ends inside a word the tokenizer split at its hyphen after a short prefix ("co-",
    "ex-", "anti-"): with a noun after the hyphen the word is part of the phrase ("78 co-petitioners", "the
    ex-rebels"); after a verb it belongs to the verb, so the prefix leaves the phrase ("Mugabe | co-founded
    ZANU", where the small model makes "co" a noun with "Mugabe" as its compound) (s17 roles)."""
    while end - 1 > start and doc[end - 1].text in {"-", "–"} and not doc[end - 1].whitespace_:
        end -= 1  # (the hyphen itself may be in the phrase: "Mugabe co -")
    last = doc[end - 1]
    if end + 1 >= len(doc) or last.whitespace_ or doc[end].text not in {"-", "–"} or doc[end].whitespace_:
        return end
    if not (last.is_alpha and last.is_lower and len(last) <= 5):
        return end
    nxt = doc[end + 1]
    if nxt.pos_ in {"NOUN", "ADJ"} and nxt.is_lower:
        return end + 2
    return end - 1 if end - 1 > start else end


def bracketed_acronym(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """Do "( ACRONYM )" follow the phrase doc[start:end] that ends in a capitalised name, the acronym
    starting with the initial of one of its capitalised words ("World Food Program (WFP)")? A dateline's
    agency ("WASHINGTON (AP) —") or a caption's "(R)" does not: one letter, or no initial it shares."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or start >= end:
        return False
    acronym, last = doc[end + 1].text, doc[end - 1]
    if not (2 <= len(acronym) <= 10 and acronym[:1].isupper() and sum(ch.isupper() for ch in acronym) >= 2
            and acronym.replace("-", "").replace(".", "").isalnum()):
        return False
    if last.pos_ != "PROPN" or not last.text[:1].isupper() or last.text.isupper() and len(last.text) > 3:
        return False
    initials = {t.text[0] for t in doc[start:end] if t.text[:1].isupper()}
    return acronym[0] in initials and not (end + 3 < len(doc) and doc[end + 3].text in {"—", "–", "-", "--", ":"})


def _named_after(token: Token, end: int) -> int:
    """'will meet his counterpart Italian President X': the small model makes the titled name right after a
    common noun a second object of the verb; the name is the noun's apposition, so the phrase runs on to its
    end (s14 spans)."""
    doc = token.doc
    if end >= len(doc) or token.pos_ not in {"NOUN", "ADJ"} or token.dep_ not in {"dobj", "nsubj", "pobj"}:
        return end
    nxt = next((c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i and c.left_edge.i == end), None)
    if nxt is None or nxt.ent_type_ != "PERSON" or nxt.pos_ != "PROPN":
        return end
    return nxt.i + 1


def _office_title(head: Token, obj: Token) -> bool:
    """'the head of state', 'the army chief of staff', 'the minister of foreign affairs': a bare noun of
    office_of_nouns after "of" (no article or possessor; an adjective such as "foreign" may precede it)
    completes the title of the office-holder. "the head of the state" is left to the general rule."""
    if obj.lower_ not in OFFICE_OF_NOUNS or obj.pos_ != "NOUN" or not obj.text.islower() or head.i + 2 > obj.i:
        return False
    return all(c.dep_ in {"amod", "compound", "cc", "conj"} and c.pos_ in {"ADJ", "NOUN", "CCONJ"} for c in obj.children)


def _allegiance(adj: Token, prep: Token) -> bool:
    """'rebels loyal to X', 'militias allied with the army': the `to`/`with` phrase of an adjective of
    allegiance that follows its noun names whom the people side with, so it belongs to their phrase."""
    return adj.dep_ == "amod" and adj.i > adj.head.i and adj.lower_ in ALLEGIANCE_ADJECTIVES \
        and prep.lower_ in {"to", "with"} and prep.i > adj.i and any(g.dep_ == "pobj" for g in prep.children)


def _dangling_cc(head: Token, cc: Token) -> bool:
    """Does the "and" the parser hung on a noun join no noun phrase to it? With no conjunct of the noun
    after it (the verb it joins was made the sentence's root: "Trump called Erdogan on Monday and urged
    him ..."), keeping it would stretch the phrase over the words in between."""
    return not any(g.dep_ == "conj" and g.i > cc.i and not _clausal(g) for g in head.children)


def _clausal(c: Token) -> bool:
    """Is a conjunct or apposition a clause rather than a noun phrase? A verb counts inside the noun
    phrase it heads, not inside a relative clause hanging on it: "the governor and some 20 of his
    aides, whom the gunmen had seized" keeps its second conjunct."""
    if c.pos_ in {"VERB", "AUX"}:
        return True
    stack = [c]
    while stack:
        t = stack.pop()
        for g in t.children:
            if g.dep_ in {"relcl", "acl"}:
                continue
            if g.pos_ == "VERB" and g.dep_ not in {"amod", "compound"}:
                return True
            stack.append(g)
    return False


# Offices and bodies named with what they belong to: "leaders of the opposition coalition", "the
# deputy chief of the militia", "the government of the province". Their `of` phrase is part of the name.
OF_HEADS = frozenset(_LEX["of_heads"])
FOR_HEADS = frozenset(_LEX["for_heads"])


PLACE_PREPS = frozenset(_LEX["place_preps"])
PEOPLE_IN_PREPS = frozenset(_LEX["people_in_preps"])
# Nouns naming people or bodies (with the agent suffixes below: demonstrator, student, missionary ...).
PEOPLE_NOUNS = frozenset(_LEX["people_nouns"])
AGENT_SUFFIXES = tuple(_LEX["agent_suffixes"])


def _placed_people(head: Token, prep: Token) -> bool:
    """'Demonstrators in the capital', 'rebels in Darfur', 'a missionary from Calgary': people named
    with where they are (a named place right after the head) belong to the phrase."""
    if prep.lower_ not in PLACE_PREPS or prep.i != head.i + 1:
        return False
    if head.pos_ != "NOUN":
        return _placed_members(head, prep)
    word = head.lemma_.lower()
    if word in PLACED_TARGET_NOUNS or head.lower_ in PLACED_TARGET_NOUNS:
        return _placed_target(head, prep)
    if not (word in PEOPLE_NOUNS or word.endswith(AGENT_SUFFIXES)):
        return False  # "streets in the capital", "voting in the city": where something is, not who
    t = head  # "thousands of students in X": the phrase the counted people are in
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head is not t.head:
        t = t.head.head
    if t.dep_ not in {"nsubj", "nsubjpass"} and not (
            t.dep_ in {"dobj", "pobj"} and prep.lower_ in PEOPLE_IN_PREPS and (head.tag_ in {"NNS", "NNPS"} or word in PEOPLE_NOUNS)):
        # "beat a leader in Lahore": after the verb, the place is usually the event's; people in the plural
        # are of the place ("killed 40 people in Kabul", "freed protesters in the south"), but what is
        # withdrawn or sent "from" a place is not of it ("withdrew forces from Panama")
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if objs and t.dep_ in {"nsubj", "nsubjpass"} and t is head and _named_body(objs[0]):
        return True  # "workers at the Kora Mining Company", "guards in Evin Prison": where by its name (s14 spans)
    return bool(objs) and (objs[0].ent_type_ in {"GPE", "LOC"} or objs[0].ent_id_.startswith(("country:", "capital:", "admin1:")))


def _named_body(obj: Token) -> bool:
    """Is a preposition's object a named body or site ("Congress", "the Kora Mining Company", "Evin Prison")
    rather than a common noun ("the streets", "the X town of Y")? A date or a place name is not one."""
    if obj.ent_type_ in DATE_LABELS | {"GPE", "LOC"} or obj.ent_id_:
        return False  # "people in the coastal Veldian town of X": a place, left to the rules for places
    return obj.ent_type_ in {"ORG", "FAC"} or obj.pos_ == "PROPN" and obj.text[:1].isupper()


def _placed_members(head: Token, prep: Token) -> bool:
    """'Republicans in Congress', 'Democrats in the Senate': members of a party or group, named in the
    plural as the subject, with the named body or place they sit in (s14 spans)."""
    if head.tag_ != "NNPS" or head.dep_ not in {"nsubj", "nsubjpass"} or prep.lower_ not in {"in", "at"}:
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and (_named_body(objs[0]) or objs[0].ent_type_ in {"GPE", "LOC"})


# Sites and forces struck or seized, named with where they are (roles.yaml placed_target_nouns).
PLACED_TARGET_NOUNS = frozenset(_LEX["placed_target_nouns"])


def _placed_target(head: Token, prep: Token) -> bool:
    """'attacked a military base in northern X', 'shelled rebel positions in eastern X', 'stormed the
    embassy in Y': a site or armed position that is the object acted on (of the verb, or of the
    preposition naming whom an attack is on) keeps the named place it stands in. Not as a subject ("a
    base in X was attacked" keeps its place for the event), nor "from" (what is left or taken from)."""
    if prep.lower_ not in PEOPLE_IN_PREPS or head.dep_ not in {"dobj", "obj", "pobj"}:
        return False
    if head.dep_ == "pobj" and head.head.lower_ not in {"on", "against", "at"}:
        return False  # "troops stationed at a base in X": the attack's target only
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    # the place itself or a place word named by it ("in Kandahar", "in X's southern Y region", "in Z province")
    return bool(objs) and any(t.ent_type_ in {"GPE", "LOC"} or t.ent_id_.startswith(("country:", "capital:", "admin1:"))
                              for t in objs[0].doc[objs[0].left_edge.i : objs[0].i + 1])


# "the son of a farmer": relatives whose `of` phrase says whose they are
KIN_NOUNS = frozenset(_LEX["kin_nouns"])
# "rebels loyal to the former vice president": an adjective of allegiance after its noun keeps its phrase
ALLEGIANCE_ADJECTIVES = frozenset(_LEX["allegiance_adjectives"])
# "head of state", "minister of foreign affairs": the bare noun after "of" completes an office's title
OFFICE_OF_NOUNS = frozenset(_LEX["office_of_nouns"])


def _of_member(head: Token, prep: Token) -> bool:
    """'leaders of the opposition coalition': an office or body whose `of` phrase names a definite group
    or place (not "the government of corruption", "head of state"); a relative's `of` phrase, definite or
    not ("the son of a farmer")."""
    if prep.lower_ == "of" and head.pos_ == "NOUN" and (head.lemma_.lower() in KIN_NOUNS or head.lower_ in KIN_NOUNS):
        return any(g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ not in DATE_LABELS for g in prep.children)
    heads = FOR_HEADS if prep.lower_ == "for" else OF_HEADS
    if head.lemma_.lower() not in heads and head.lower_ not in heads:
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if not objs or objs[0].ent_type_ in DATE_LABELS or objs[0].pos_ not in {"NOUN", "PROPN"}:
        return False
    obj = objs[0]
    if prep.lower_ == "of" and _office_title(head, obj):
        return True
    return obj.pos_ == "PROPN" or bool(obj.ent_type_) or any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "its", "their"}
        or c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)


def _name_for(head: Token, prep: Token) -> bool:
    """'the Movement for the Liberation of X', 'Physicians for Human Rights': a capitalised name
    continued by a capitalised `for` phrase."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return head.pos_ == "PROPN" and head.text[:1].isupper() and bool(objs) and objs[0].pos_ == "PROPN" \
        and objs[0].text[:1].isupper() and objs[0].ent_type_ not in DATE_LABELS


def _inside(tok: Token, keep: set[int]) -> bool:
    return min(keep) < tok.i < max(keep)


def _prep_in_name(head: Token, prep: Token) -> bool:
    # "Ministry of Internal Affairs", "Democratic Party of Tajikistan", "units from the 5th Division":
    # keep when the head or the object is a proper noun or an entity, not "arrest of X" style events.
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return False
    obj = objs[0]
    if obj.ent_type_ in DATE_LABELS:
        return False
    if prep.lower_ == "of" and obj.pos_ == "NOUN" and not obj.ent_type_ and obj.text.islower() \
            and (head.ent_type_ in {"GPE", "NORP", "PERSON"} or head.ent_id_.startswith(("country:", "capital:"))) \
            and not any(c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" for c in obj.children):
        return False  # "accusations by the US of genocide": what the charge is, not a part of the name
    if prep.lower_ == "of" and (obj.pos_ == "PROPN" or obj.ent_type_ in {"GPE", "ORG", "NORP"}):
        return True  # "the presidents of Iraq and Egypt", "leaders of ECOWAS"
    if prep.lower_ == "from" and _moved_out(head):
        return False  # "the withdrawal of forces from Panama": where they leave, not whose they are
    return head.pos_ == "PROPN" or (obj.pos_ == "PROPN" and head.ent_type_ != "") or (
        prep.lower_ == "from" and obj.pos_ in {"PROPN", "NOUN"} and head.lemma_ in {"unit", "group", "troop", "soldier", "force"}
    )


# Withdrawals and removals: their "from" phrase is the place left ("withdrew its forces from X").
MOVE_OUT_WORDS = frozenset(_LEX["move_out_words"])


def _moved_out(head: Token) -> bool:
    """Is the phrase headed by `head` what is withdrawn or removed ("the withdrawal of troops", "pulled
    its troops")?"""
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "of":
        gov = gov.head
    elif head.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return gov.lemma_.lower() in MOVE_OUT_WORDS or gov.lower_ in MOVE_OUT_WORDS


# "thousands of students", "a group of rebels": the people named after `of` are the participant.
BODY_QUANTITY_HEADS = frozenset(_LEX["body_quantity_heads"])
QUANTITY_HEADS = frozenset(_LEX["quantity_heads"]) | BODY_QUANTITY_HEADS


def counted(token: Token) -> Token:
    """What a quantity word counts: "tens of thousands of students" -> students, "a number of
    organisations" -> organisations; any other token is itself."""
    for _ in range(3):
        if token.lemma_.lower() not in QUANTITY_HEADS and token.lower_ not in QUANTITY_HEADS:
            break
        if token.lower_ in BODY_QUANTITY_HEADS and token.text[:1].isupper() and not token.is_sent_start:
            break  # "the Recording Industry Association of America": a body's own name, not a count
        objs = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not objs:
            break
        token = objs[0]
    return token


# People named by a noun the sector tables give no sector (roles.yaml people_words)
PEOPLE_WORDS = frozenset(_LEX["people_words"])


def names_people(token: Token) -> bool:
    """Does the argument headed by `token` name people ("at least 19 Christians", "flood victims")?"""
    token = counted(token)
    return token.pos_ in {"NOUN", "PROPN"} and (token.lower_ in PEOPLE_WORDS or token.lemma_.lower() in PEOPLE_WORDS)


# Personal pronouns that name one person ("he was jailed in 1996"): someone, even when who is not resolved.
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})


def names_someone(token: Token, counts_people: bool = False) -> bool:
    """Does the argument headed by `token` name people, even people the actor tables cannot place ("the two
    parents", "a same-sex erotica author", "he", "seven riders")? With `counts_people`, a bare count is people
    too ("killing four", "killed 18 of those on board"): for attacks and arrests, whose objects are people.
    Not a time ("last month's deportations") nor a thing ("fears", "the withdrawal") (s17 roles)."""
    first, token = token, counted(token)
    if token.ent_type_ in DATE_LABELS or first.ent_type_ in DATE_LABELS:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    if counts_people and (token.tag_ == "CD" or token.lower_ in {"others", "more"}) and token.pos_ != "PROPN":
        return True
    if token.pos_ != "NOUN":
        return False
    word = token.lemma_.lower()
    # (a plural agent noun too, as elsewhere here: "seven riders", "the petitioners")
    return (names_people(token) or word in PEOPLE_NOUNS or word in KIN_NOUNS or token.lower_ in KIN_NOUNS
            or token.tag_ == "NNS" and word.endswith(AGENT_SUFFIXES) and not word.endswith(EVENT_SUFFIXES))


def argument(token: Token, via: str) -> Argument:
    first, token = token, counted(token)
    if token is not first:
        # the phrase is the whole "thousands of students"; what is counted is its head
        start, end = np_bounds(token)
        q_start, q_end = np_bounds(first)
        return Argument(head=token.i, start=min(start, q_start), end=max(end, q_end),
                        via=f"{via} (after '{first.text} of')")
    start, end = np_bounds(token)
    if token.dep_ == "poss" and end - 1 > token.i and token.doc[end - 1].dep_ == "case" and token.doc[end - 1].head.i == token.i:
        end -= 1  # "the army's" -> "the army"
    return Argument(head=token.i, start=start, end=end, via=via)


# conjunctions that open a bare passive clause ("when attacked by", "if provoked by", "once ordered by")
CLAUSE_CONJUNCTIONS = frozenset(_LEX["clause_conjunctions"])


def is_passive(verb: Token) -> bool:
    _, deps, kids = docmemo.token_tree(verb.doc)
    if any(deps[k] in {"nsubjpass", "auxpass"} for k in kids[verb.i]):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not misparsed_main_verb(verb):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(c.dep_ == "agent" for c in verb.children) \
            and any(c.dep_ in {"mark", "advmod"} and c.i < verb.i and c.lower_ in CLAUSE_CONJUNCTIONS
                    for c in verb.children) \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children):
        # "fighters who escape when attacked by government forces": a bare passive clause after a
        # conjunction (not a fronted "Asked by a reporter, X said", whose by-agent asks a question)
        return True
    if bare_participle_clause(verb):
        return True
    if gapped_passive_subject(verb) is not None:
        return True
    if reported_participle(verb):
        return True  # "two soldiers were reported killed", "with four people feared kidnapped"
    # "an officer convicted of ... and sentenced to ...": a bare participle conjoined to a passive one
    return (
        verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head is not verb
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children) and is_passive(verb.head)
    )


def bare_participle_clause(verb: Token) -> bool:
    """'X is dead, killed in an airstrike', 'if convicted, he could face life in prison', 'Arrested in March,
    the reporter was freed': a past participle heading an adverbial clause with no auxiliary, subject, object
    or by-agent of its own is a reduced passive, so the main clause's subject is the one it is done to, not
    its doer (s17 roles; with a by-agent the older rule above decides: "Asked by a reporter, X said")."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head is not verb
            and verb.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass", "dobj", "obj", "dative", "agent"}
                        for c in verb.children))


def gapped_passive_subject(verb: Token) -> Token | None:
    """'Two soldiers were killed and five wounded', 'nine rebels died, with 30 people wounded': a past
    participle with a subject but no auxiliary of its own, conjoined to a passive verb (whose auxiliary it
    shares) or opening an absolute 'with' clause, is passive; the parser labels its subject `nsubj`, but it
    names those wounded, not who wounded them. Its subject, else None (s18 types)."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"conj", "advcl", "pcomp"} or verb.head is verb:
        return None
    kids = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass", "nsubjpass", "dobj", "obj", "dative"} for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i and c.tag_ not in {"WDT", "WP", "PRP"}), None)
    if subj is None:
        return None
    if verb.dep_ == "conj":
        head = verb.head
        shared_aux = any(c.dep_ == "auxpass" for c in head.children)
        return subj if head.tag_ == "VBN" and shared_aux else None
    if verb.dep_ == "pcomp":  # "..., with 55 people wounded" parsed as the object of the preposition
        return subj if verb.head.lower_ == "with" else None
    opens_with = any(c.dep_ in {"mark", "prep"} and c.lower_ == "with" and c.i < subj.i for c in kids)
    return subj if opens_with else None


def _finite_clause_subject(verb: Token) -> Token | None | bool:
    """An adverbial or complement clause with a tensed auxiliary ("had attacked", "will attack", "has been
    shelling") but no subject is a parse error, not control: such a clause never takes the governing verb's
    subject. The noun right before its first auxiliary, an object of another verb, is its subject ("found that
    a rebel unit | had shelled"); False when there is none (no subject rather than a wrong one); None when
    the clause is not of this shape (s17 roles)."""
    if verb.dep_ not in {"advcl", "xcomp", "ccomp"} or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not auxes or not any(a.tag_ in {"VBD", "VBZ", "VBP", "MD"} for a in auxes):
        return None  # "to attack", "attacking", "having attacked": non-finite, control
    if any(c.dep_ == "mark" for c in verb.children):
        return None  # "as has happened", "than had been agreed": comparative and relative-like clauses
    before = verb.doc[auxes[0].i - 1] if auxes[0].i > verb.sent.start else None
    if before is not None and before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"dobj", "pobj"}:
        return before
    return False


def misparsed_main_verb(verb: Token) -> bool:
    """'The Iraqi air force carried out three air strikes ...': the small model makes the sentence's noun
    the root and its verb a participle modifying it; a past form right after a root noun, with an object
    of its own and no by-agent, is the sentence's main verb and the noun its subject. Also when the noun
    it follows closes a prepositional phrase of the root noun ("A bombing by the rebels killed 75 people":
    `killed` hangs on `rebels`; a reduced passive relative takes no direct object)."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and _misparsed_subject(verb).dep_ == "ROOT"
            and head.pos_ in {"NOUN", "PROPN"} and verb.i == head.i + 1
            and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in {"agent", "dative"} for c in verb.children))


def _misparsed_subject(verb: Token) -> Token:
    """The noun a misparsed main verb's subject is headed by: the noun it modifies, or the root noun whose
    prepositional phrase that noun closes ("A bombing by the rebels | killed")."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.dep_ == "ROOT" \
            and head.head.head.pos_ in {"NOUN", "PROPN"} and not any(c.i > head.i for c in head.children if c.i != verb.i):
        return head.head.head
    return head


HEADING_MARKS = frozenset(_LEX["heading_marks"])


def heading_subject(verb: Token, subj: Token) -> bool:
    """Is this 'subject' a dateline or heading the parser hung on the verb ("KABUL, Afghanistan (AP) —
    Afghan police arrested ...", "Unrest in X: 13 people are killed")? It opens the sentence, and a dash or
    colon parts it from another subject of the same verb."""
    if subj.left_edge.i != subj.sent.start:
        return False
    doc = verb.doc
    for other in verb.children:
        if other.i > subj.i and other.i < verb.i and other.dep_ in SUBJECT_DEPS:
            if any(t.text in HEADING_MARKS for t in doc[subj.i + 1 : other.left_edge.i]):
                return True
    return False


def announced_plan(verb: Token) -> bool:
    """The verb is the to-infinitive of a plan noun with no possessor that a verb of announcing takes as object:
    "Zembia announced a plan to invade the island" (constructions.yaml plan_nouns, announcing_verbs)."""
    noun = verb.head
    return (verb.dep_ == "acl" and noun.lemma_.lower() in PLAN_NOUNS and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ANNOUNCING_VERBS
            and not any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _subject_under_mark(verb: Token) -> Token | None:
    """A clause's subject the small model hangs on the clause's own subordinator as its object ("relief as
    IMF agrees to forgive debts": 'IMF' the pobj of 'as', the mark of 'agrees'): the noun right before the
    verb (s16 ngec)."""
    for c in verb.children:
        if c.dep_ == "mark" and c.i < verb.i:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
            if objs and objs[-1].right_edge.i == verb.i - 1:
                return objs[-1]
    return None


# Nouns that open an "X to V" headline as the thing planned, not the one who acts ("Move to expel envoys",
# "Bid to end strike fails"), beside the plan nouns (s16 ngec).
HEADLINE_COURSE_NOUNS = frozenset(_LEX["headline_course_nouns"]) | PLAN_NOUNS


def _headline_infinitive_subject(verb: Token) -> Token | None:
    """'Opposition to boycott election': a headline's "X to V" (future) that the small model parses as a noun
    with an infinitive modifier; the noun opening the sentence, with no article or possessive and right
    before "to", is the subject. Not a plan or a move ("Move to expel envoys": HEADLINE_COURSE_NOUNS)."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} or head.i >= verb.i:
        return None
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if not to or to[0].i != head.i + 1 or head.left_edge.i != head.sent.start:
        return None
    if any(c.dep_ in {"det", "poss", "prep"} for c in head.subtree if c.i < to[0].i) or head.lemma_.lower() in HEADLINE_COURSE_NOUNS:
        return None
    return head


NAME_SPELLED_MODALS = frozenset(_LEX["name_spelled_modals"])


def modal_spelled_subject(verb: Token) -> Token | None:
    """'May urged the EU to reopen talks': a capitalised surname spelled like a modal opens the sentence and
    the parser takes it for the verb's `aux`. A real modal takes the bare verb, never a past or present
    tense or a participle, so before such a verb (adverbs only between) the word is the subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return None
    for c in verb.children:
        if c.dep_ != "aux" or c.i >= verb.i or c.lower_ not in NAME_SPELLED_MODALS or not c.text[:1].isupper():
            continue
        if c.i != c.sent.start or any(t.pos_ != "ADV" for t in verb.doc[c.i + 1 : verb.i]):
            continue
        return c
    return None


def subject_of(verb: Token, depth: int = 0) -> tuple[list[Argument], str]:
    """The agent of a verb: its subject, by-agent, or one inherited through conj/xcomp/relcl/acl."""
    passive = is_passive(verb)
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS and heading_subject(verb, c):
            continue
        if passive and c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return [argument(objs[0], "by-agent")], "passive with by-agent"
        if not passive and c.dep_ in {"nsubj", "csubj"}:
            if c.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":  # "troops, which withdrew"
                return [argument(verb.head, "relative clause head")], "relative clause"
            agents = attack_subject_agents(verb, c)
            if agents:
                return agents, "agent of the attack that is the subject"
            split = split_subject(verb, c)
            if split is not None:
                return [split], "active subject"
            return [argument(c, "subject")], "active subject"
    if not passive and (misparsed := _subject_under_mark(verb)) is not None:
        return [argument(misparsed, "subject parsed as the subordinator's object")], "active subject"
    if not passive and (headed := _headline_infinitive_subject(verb)) is not None:
        return [argument(headed, "headline subject of 'X to V'")], "active subject"
    if not passive and (named := modal_spelled_subject(verb)) is not None:
        return [argument(named, "name spelled like a modal, parsed as the verb's aux")], "active subject"
    if depth > 3:
        return [], ""
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not passive and _same_verb_across_relative(verb):
        # "killed six gunmen who stormed a mall and later killed ten rebels": the second "killed" repeats
        # the main verb; the parser hangs it on the relative clause, which would make the gunmen its agent
        args, how = subject_of(verb.head.head.head, depth + 1)
        return [Argument(a.head, a.start, a.end, "subject of the same verb before the relative clause") for a in args], how
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        head_passive = is_passive(verb.head)
        if head_passive == passive:
            args, how = subject_of(verb.head, depth + 1)
            return [Argument(a.head, a.start, a.end, "subject shared with conjoined verb") for a in args], how
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" and not passive:
        # "is prepared to impose": the subject of the copula
        args, how = subject_of(verb.head.head, depth + 1)
        return [Argument(a.head, a.start, a.end, f"subject of '{verb.head.head.text} {verb.head.text}'") for a in args], how
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and is_passive(verb.head) and not passive:
        # raising: "Obama is scheduled to attend", "the army is expected to withdraw"
        pats = patient_of(verb.head)
        if pats:
            return [Argument(a.head, a.start, a.end, f"subject of '{verb.head.text}'") for a in pats], "raising"
    if not passive and (finite := _finite_clause_subject(verb)) is not None:
        # "the logs he found showed a rebel unit had shelled the depot": a finite clause has a
        # subject of its own, never the governing verb's; the parser left it on the verb before (s17 roles)
        return ([argument(finite, "subject parsed as the object before the clause")], "active subject") if finite else ([], "")
    if verb.dep_ in {"xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"} and not passive:
        # control: "agreed to withdraw", "seeks to offer"; "..., killing five" (advcl participle)
        objs = [c for c in verb.head.children if c.dep_ == "dobj"]
        if verb.dep_ == "xcomp" and objs and verb.head.lemma_ in OBJECT_CONTROL_VERBS:
            return [argument(objs[0], "object control")], "object control"
        urged = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if urged and verb.head.lemma_ in OBJECT_CONTROL_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "the leaders were invited by Egypt to attend" (the infinitive parsed as an adverbial clause): the
            # passive's subject is the one told to act, not the by-agent
            return [argument(urged[0], "object control (passive)")], "object control"
        granted = _granted_party(verb)
        if granted is not None:
            return [argument(granted, f"given time or means by '{verb.head.text}'")], "object control"
        args, how = subject_of(verb.head, depth + 1)
        return [Argument(a.head, a.start, a.end, f"subject of governing verb '{verb.head.text}'") for a in args], how
    if not passive and announced_plan(verb):
        # "Zembia announced a plan to invade the island": the one announcing the plan
        args, how = subject_of(verb.head.head, depth + 1)
        return [Argument(a.head, a.start, a.end, f"subject of '{verb.head.head.text} a {verb.head.text}'") for a in args], how
    if verb.dep_ == "relcl" and not passive:
        return [argument(verb.head, "relative clause head")], "relative clause"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of" and not passive \
            and verb.head.head.lemma_.lower() in PROCESS_NOUNS and verb.head.head.dep_ == "dobj" \
            and verb.head.head.head.lemma_.lower() in PROCESS_VERBS and not any(c.dep_ == "poss" for c in verb.head.head.children):
        # "will begin the process of withdrawing its forces": the one beginning the process (session 15 ngec)
        gov = verb.head.head.head
        args, how = subject_of(gov, depth + 1)
        return [Argument(a.head, a.start, a.end, f"subject of '{gov.text} the {verb.head.head.text} of'") for a in args], how
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "acomp" and not passive:
        # "X are guilty of violating ...": the subject of the copula
        cop = verb.head.head.head
        subj = [c for c in cop.children if c.dep_ == "nsubj"]
        if subj:
            return [argument(subj[0], f"subject of '{cop.text} {verb.head.head.text}'")], "copula"
    if not passive and verb.lemma_.lower() in ATTACK_EFFECT_VERBS and (shell := attack_as_modifier(verb)) is not None:
        # "Russian shelling wounded four people": the attack noun taken for an adverb of the verb (s14 drone)
        return [argument(shell, "attack noun parsed as a modifier of the verb")], "active subject"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "NOUN" and verb.head.dep_ == "ROOT" and not passive \
            and verb.head.tag_ in {"NNS", "VBZ"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "An unmanned drone attempts to kill ...": the governing verb taken for a plural noun with a subject
        subj = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        if subj:
            return [argument(subj[0], f"subject of '{verb.head.text}' (parsed as a noun)")], "active subject"
    if misparsed_main_verb(verb):
        head = _misparsed_subject(verb)
        agents = attack_subject_agents(verb, head)
        if agents:
            return agents, "agent of the attack that is the subject"
        return [argument(head, "subject (parsed as the noun the verb modifies)")], "active subject"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if verb.head.lemma_ in DOCUMENT_NOUNS and verb.head.head.pos_ in {"VERB", "AUX"}:
            # "published a declaration demanding ...": the declaration's authors demand
            args, how = subject_of(verb.head.head, depth + 1)
            return [Argument(a.head, a.start, a.end, f"author of the {verb.head.text}") for a in args], how
        return [argument(verb.head, "noun modified by participle")], "participle"
    if passive:
        agent = operation_agent(verb)
        if agent:
            return [agent], "passive, agent from the operation it was part of"
        state = expelling_state(verb)
        if state is not None:
            return [state], "passive, the state expelled from"
    else:
        fronted = fronted_subject(verb)
        if fronted is not None:
            return [fronted], "subject repaired from a fronted date phrase"
    return [], ""


def split_subject(verb: Token, subj: Token) -> Argument | None:
    """Repair a subject the small model split into pieces hung on the verb ("Libyan Prime Minister |
    Fayez al-Sarraj rejected", "The rebel | Free Syrian Army threatened"): several subjects (or a bare
    noun modifier) right next to each other before the verb make one phrase, headed by the last piece.
    Only when a piece is a name, so that two subjects of their own are never glued together."""
    pieces = sorted((c for c in verb.children if c.i < verb.i and c.dep_ in {"nsubj", "npadvmod"}
                     and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in DATE_LABELS
                     # s20: not the first half of a hyphenated verb ("Iran test-fired": "test" is part of the verb)
                     and not (c.i == verb.i - 2 and verb.doc[verb.i - 1].text == "-")), key=lambda t: t.i)
    if len(pieces) < 2 or subj not in pieces:
        return None
    chain = [pieces[0]]
    for t in pieces[1:]:
        if t.left_edge.i != chain[-1].right_edge.i + 1:
            chain = [t]
        else:
            chain.append(t)
    if subj not in chain or len(chain) < 2 or not any(t.dep_ == "nsubj" for t in chain):
        return None
    doc = verb.doc
    if any(t.ent_type_ in DATE_LABELS or t.is_punct and t.text not in {"-", "'", "’"} or t.dep_ == "cc"
           for x in chain for t in doc[x.left_edge.i : x.right_edge.i + 1]):
        return None  # "Yesterday, the minister ...", "X and Y": not one name broken up
    if not any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS for x in chain for t in x.subtree):
        return None
    start = np_bounds(chain[0])[0]
    end = np_bounds(chain[-1])[1]
    return Argument(head=chain[-1].i, start=min(start, chain[0].left_edge.i), end=end,
                    via="subject (pieces the parser split rejoined)")


def _same_verb_across_relative(verb: Token) -> bool:
    """`verb` is conjoined to a relative clause whose antecedent is the object of the same verb."""
    antecedent = verb.head.head
    main = antecedent.head
    return (antecedent.dep_ in {"dobj", "obj"} and main.pos_ in {"VERB", "AUX"} and main.i < verb.i
            and main.lemma_ == verb.lemma_ and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def fronted_subject(verb: Token) -> Argument | None:
    """Repair 'On April 29 X's ministry began ...', where the small model makes the subject the object
    of the fronted date preposition: a non-date noun inside a date PP before a subjectless verb."""
    for c in verb.children:
        if c.dep_ == "prep" and c.i < verb.i and c.i == c.sent.start:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            has_date = any(t.ent_type_ in DATE_LABELS for t in c.subtree)
            if objs and has_date and objs[0].ent_type_ not in DATE_LABELS and objs[0].pos_ in {"PROPN", "NOUN"}:
                return argument(objs[0], "fronted date phrase repair")
    return None


# Attacks a passive casualty names its agent through: "were wounded in an attack by X".
ATTACK_NOUNS = frozenset(_LEX["attack_nouns"])
ATTACK_EFFECT_VERBS = frozenset(_LEX["attack_effect_verbs"])
# Weapons fired at someone: "missiles fired by X struck Y" (roles.yaml fired_weapons)
FIRED_WEAPONS = frozenset(_LEX["fired_weapons"])


def attack_subject_agents(verb: Token, subj: Token) -> list[Argument]:
    """'An attack by the militia killed 12 soldiers', 'Russian airstrikes hit the town': when the subject
    of a verb of harm is an attack noun, whoever the noun names as its agent harmed (none: the subject
    stays as it is). Only an agent named apart, by a `by` phrase or a possessor: a modifier ("a Russian
    missile strike") already gives the whole subject its country."""
    if subj.pos_ in {"NOUN", "PROPN"} and verb.lemma_.lower() in ATTACK_EFFECT_VERBS and (  # "Rockets" may be PROPN
            subj.lemma_.lower() in FIRED_WEAPONS or subj.lower_.removesuffix("s") in FIRED_WEAPONS):
        # "missiles fired by the army struck a depot": who fired the weapon harmed
        return [argument(g, f"'by' phrase of '{c.text}' on '{subj.text}'") for c in subj.children
                if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"
                for g in a.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}][:1]
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in ATTACK_NOUNS or verb.lemma_.lower() not in ATTACK_EFFECT_VERBS:
        return []
    return [Argument(a.head, a.start, a.end, f"{a.via} of '{subj.text}'") for a in noun_actors(subj)
            if a.via.startswith(("'by' phrase", "possessor"))]


def attack_as_modifier(verb: Token) -> Token | None:
    """A subjectless verb of harm whose first word before it is an attack noun hung on it as an adverb or
    modifier ("Russian shelling wounded ..."), with a state or people modifying that noun."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for c in verb.children:
        if c.i < verb.i and c.dep_ in {"advmod", "npadvmod", "nmod", "dep"} and c.i == verb.i - 1 \
                and (c.lower_ in ATTACK_NOUNS or c.lemma_.lower() in ATTACK_NOUNS) \
                and any(m.dep_ in {"amod", "compound"} and m.ent_id_.startswith(("country:", "demonym:")) for m in c.children):
            return c
    return None


def attack_effect_patients(noun: Token) -> list[Argument]:
    """The object of a verb of harm whose subject is this attack noun: "an attack by the militia killed 12
    soldiers" -> the soldiers (the attack's target)."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "ROOT"}:
        return []
    if noun.dep_ == "ROOT":  # "A bombing by the rebels | killed 75 people": the verb misparsed as a modifier
        verb = next((t for t in noun.subtree if t.pos_ == "VERB" and misparsed_main_verb(t)
                     and _misparsed_subject(t).i == noun.i), None)
        if verb is None:
            return []
    if noun.lemma_.lower() not in ATTACK_NOUNS or verb.lemma_.lower() not in ATTACK_EFFECT_VERBS or is_passive(verb):
        return []
    obj = direct_object(verb)
    return [argument(obj, f"object of '{verb.text}' (what the {noun.text} harmed)")] if obj is not None else []


# Verbs of removing someone from power by the event noun in their `in`/`during`/`through` phrase ("was ousted in a
# coup", "the army toppled him in a putsch") (roles.yaml `removal_verbs`, s21).
REMOVAL_VERBS = frozenset(_LEX["removal_verbs"])
POWER_TAKING_VERBS = frozenset(_LEX["power_taking_verbs"])


def removal_parties(noun: Token) -> tuple[list[Argument], list[Argument]]:
    """'President X was ousted in a coup (by the army)' -> ([army], [X]); 'the army toppled X in a coup' -> ([army],
    [X]); 'the colonels seized power in a coup' -> ([colonels], []): the clause whose `in` phrase holds the noun names
    who was removed by it, and who removed them; 'a coup toppled X', 'the coup that ousted X' -> ([], [X]) (s21)."""
    # "a coup toppled the president", "the coup that ousted X": the noun is the subject of the removal
    removal = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in REMOVAL_VERBS
                    and any(s.dep_ == "nsubj" and s.tag_ in {"WDT", "WP"} for s in c.children)), None)
    if removal is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REMOVAL_VERBS:
        removal = noun.head
    if removal is not None and removal.pos_ == "VERB" and not is_passive(removal):
        obj = direct_object(removal)
        return [], ([argument(obj, f"object of '{removal.text}' (whom the {noun.text} removed)")] if obj is not None else [])
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "during", "through"}:
        return [], []
    verb = prep.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in POWER_TAKING_VERBS and not is_passive(verb) \
            and (obj := direct_object(verb)) is not None and obj.lemma_.lower() == "power":
        return subject_of(verb)[0], []  # "the colonels seized power in a coup": who took it
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REMOVAL_VERBS:
        return [], []
    if is_passive(verb):
        actors, _ = subject_of(verb)
        return [a for a in actors if a.via == "by-agent"], patient_of(verb)
    obj = direct_object(verb)
    actors, _ = subject_of(verb)
    return actors, ([argument(obj, f"object of '{verb.text}'")] if obj is not None else [])


def operation_agent(verb: Token) -> Argument | None:
    """'X was detained as part of a police operation' -> police; 'were wounded in an attack by X' -> X."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "during"}:
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS:
                    for b in g.children:
                        if b.dep_ == "prep" and b.lower_ == "by":
                            objs = [o for o in b.children if o.dep_ == "pobj" and o.ent_type_ not in DATE_LABELS]
                            if objs:
                                return argument(objs[0], f"'by' phrase of '{g.text}'")
    for t in verb.subtree:
        if t.lemma_ in OPERATION_NOUNS and t.pos_ == "NOUN" and t.i != verb.i:
            for c in t.children:
                if c.dep_ in {"compound", "poss", "nmod", "amod"} and (c.ent_type_ or c.pos_ == "PROPN" or c.lemma_ in {"police", "army", "military"}):
                    return argument(c, f"agent of '{t.text}'")
    return None


# Verbs of sending people out of a state: with no by-agent, the state they are sent out of did it.
EXPULSION_VERBS = frozenset(_LEX["expulsion_verbs"])
# Giving verbs whose infinitive the receiver does (roles.yaml granting_verbs).
GRANTING_VERBS = frozenset(_LEX["granting_verbs"])


# Ultimatums: a span of time given to someone to yield (roles.yaml ultimatum_verbs, deadline_spans).
ULTIMATUM_VERBS = frozenset(_LEX["ultimatum_verbs"])
DEADLINE_SPANS = frozenset(_LEX["deadline_spans"])


def deadline_given(verb: Token) -> bool:
    """'gave the rebels 48 hours to surrender', 'gave the troops until Friday to leave': a giving verb with a
    receiver (indirect object, or a direct object that is not the span), a span of time (object or
    adverbial noun, or an until/till phrase) and a to-infinitive of yielding (ULTIMATUM_VERBS) under the
    span or the verb."""
    spans = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod", "dative"} and c.lemma_.lower() in DEADLINE_SPANS]
    spans += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"until", "till"}]
    if not spans:
        return False
    if not any(c.dep_ == "dative" and c.lemma_.lower() not in DEADLINE_SPANS
               or c.dep_ == "dobj" and c.lemma_.lower() not in DEADLINE_SPANS and c.pos_ in {"NOUN", "PROPN"}
               for c in verb.children):
        return False
    return any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in ULTIMATUM_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
               for h in [verb, *spans] for t in h.children if t.dep_ in {"relcl", "acl", "advcl", "xcomp"})


def _granted_party(verb: Token) -> Token | None:
    """'gave the rebels 48 hours to surrender': the receiver (the indirect object, or a named direct object
    when the parser took it as one) does the act of the infinitive, not the giver; None when none is named."""
    head = verb.head
    if head.lemma_.lower() not in GRANTING_VERBS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    for c in head.children:
        if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN", "PRON"}:
            return c
    for c in head.children:
        if c.dep_ == "dobj" and (c.ent_type_ in NAME_LABELS or c.lemma_.lower() in PEOPLE_NOUNS) and c.i < verb.i:
            return c
    return None


def expelling_state(verb: Token) -> Argument | None:
    """'Two reporters were expelled from Ruritania' -> Ruritania: a passive expulsion with no agent is
    the act of the state named in its `from` phrase (a country or its capital, not a town or a building)."""
    if verb.lemma_.lower() not in EXPULSION_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and objs[0].ent_id_.startswith(("country:", "capital:")):
                return argument(objs[0], "'from' phrase (the state expelling)")
    return None


# Verbs that report a state in a bare participle: "were reported killed", "are feared kidnapped".
REPORTED_STATE_VERBS = frozenset(_LEX["reported_state_verbs"])


def reported_participle(verb: Token) -> bool:
    """A bare past participle complementing a reporting participle ("two soldiers were reported killed",
    "with four people reported killed"): a passive whose subject is that of the reporting verb."""
    head = verb.head
    return (verb.tag_ == "VBN" and verb.dep_ in {"xcomp", "oprd", "ccomp"} and head is not verb
            and (head.tag_ == "VBN" or head.dep_ == "pcomp") and head.lemma_.lower() in REPORTED_STATE_VERBS
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in verb.children))


def patient_of(verb: Token) -> list[Argument]:
    """The passive subject, or the noun a passive participle modifies."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) > 1:  # "Insurgency in X: 13 people are killed": a heading before a colon is no subject
        subjects = [c for c in subjects if not any(t.text == ":" for t in verb.doc[c.i + 1 : verb.i])] or subjects
    subjects = [c for c in subjects if not heading_subject(verb, c)] or subjects  # "BEIRUT (AP) — Two men were shot"
    for c in subjects:
        if c.dep_ == "nsubjpass":
            if c.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":  # "gunmen who were shot dead by police"
                return [argument(verb.head, "relative clause head")]
            return [argument(c, "passive subject")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [argument(verb.head, "noun modified by passive participle")]
    if (gapped := gapped_passive_subject(verb)) is not None:
        return [argument(gapped, "subject of a passive sharing the auxiliary (or after 'with')")]
    if verb.dep_ == "conj" and is_passive(verb.head):
        return [Argument(a.head, a.start, a.end, "passive subject shared with conjoined verb") for a in patient_of(verb.head)]
    if verb.dep_ == "conj" and is_passive(verb) and verb.head.pos_ in {"VERB", "AUX"}:
        # "the fishermen, held captive for months, have been freed by X" parsed as "fishermen held ... and
        # have been freed": a passive conjunct without a subject of its own shares its head's subject
        shared = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if shared and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return [argument(shared[0], "subject shared with the passive conjunct")]
    if verb.dep_ == "relcl" and is_passive(verb):
        return [argument(verb.head, "relative clause head")]
    if reported_participle(verb):
        return [argument(c, f"subject of '{verb.head.text}'") for c in verb.head.children
                if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"}][:1]
    if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"} and is_passive(verb):
        if is_passive(verb.head):  # "Arrested in March, the reporter was freed": the main clause's patient
            return [Argument(a.head, a.start, a.end, f"patient of '{verb.head.text}'") for a in patient_of(verb.head)]
        args, _ = subject_of(verb.head)  # "... escape when attacked by X": those who escape are attacked
        return [Argument(a.head, a.start, a.end, f"subject of '{verb.head.text}'") for a in args]
    return []


def direct_object(verb: Token) -> Token | None:
    for c in docmemo.children_with(verb, ("dobj", "obj")):
        return c
    counted_obj = _up_to_object(verb)
    if counted_obj is not None:
        return counted_obj
    for c in docmemo.children_with(verb, "prt"):  # "sealed off the West Bank": the object hung on the particle
        if c.lower_ in {"off", "down", "out", "up"}:
            objs = [g for g in c.children if g.dep_ in {"pobj", "dobj"} and g.ent_type_ not in DATE_LABELS]
            if objs:
                return objs[0]
    shifted = _shifted_object(verb)
    if shifted is not None:
        return shifted
    if is_passive(verb):
        pats = patient_of(verb)
        if pats:
            return verb.doc[pats[0].head]
    return shared_object(verb)


# Words that may stand between two verbs sharing one object: "arrested and (later) released X".
SHARED_OBJECT_GAP = {"cc", "advmod", "neg", "punct", "aux"}


def shared_object(verb: Token) -> Token | None:
    """'Police arrested and beat three activists', 'troops surrounded and shelled the town': a verb with
    no object of its own, followed at once by a conjoined verb (only 'and', commas and adverbs between)
    that has one, shares that object."""
    if is_passive(verb) or any(c.dep_ in {"dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd", "prt"}
                               for c in verb.children):
        return None
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is None or is_passive(conj):
        return None
    if any(t.dep_ not in SHARED_OBJECT_GAP and t.head.i in {verb.i, conj.i} for t in verb.doc[verb.i + 1 : conj.i]):
        return None  # "arrested at dawn and beat X", "withdrew from the town and shelled X": not one object
    return next((c for c in conj.children if c.dep_ in {"dobj", "obj"} and c.i > conj.i), None)


def _shifted_object(verb: Token) -> Token | None:
    """Repair 'denounced as a grave crime Turkey's crackdown', where the object comes after the verb's
    "as" phrase and the small model hangs it on that phrase as an apposition (no comma between)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "as" or c.i < verb.i:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for a in g.children:
                if a.dep_ == "appos" and a.i > g.i and a.pos_ in {"NOUN", "PROPN"} \
                        and not any(t.is_punct for t in verb.doc[g.i + 1 : a.left_edge.i]):
                    return a
    return None


def _up_to_object(verb: Token) -> Token | None:
    """Repair 'kidnapped up to 16 advisers', which the small model parses as the particle 'up' with a
    'to' phrase: a counted noun after 'up to' is the object."""
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ == "up" and c.i == verb.i + 1 or c.dep_ == "prep" and c.lower_ == "up":
            for p in list(c.children) + [x for x in verb.children if x.dep_ == "prep" and x.i == c.i + 1]:
                if p.dep_ == "prep" and p.lower_ == "to" and p.i == c.i + 1:
                    for g in p.children:
                        if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and any(
                                n.dep_ == "nummod" or n.like_num for n in g.children):
                            return g
    return None


def shared_prep_object(prep: Token) -> list[Token]:
    """'flights to and from X', 'travel curbs to and from X': a preposition with no object of its own whose
    conjoined preposition has one shares it."""
    if any(g.dep_ == "pobj" for g in prep.children):
        return []
    return [g for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"
            for g in c.children if g.dep_ == "pobj"]


def _stranded_object(prep: Token) -> list[Token]:
    """Repair 'granted asylum to five officers holed up in ...', where the small model makes the
    noun phrase after the preposition the subject of the next clause and leaves the preposition empty."""
    doc = prep.doc
    for t in doc[prep.i + 1 : min(prep.i + 7, prep.sent.end)]:
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"compound", "amod", "nmod"}:
            if t.dep_ in {"nsubj", "nsubjpass"} and t.left_edge.i == prep.i + 1:
                return [t]
            return []
    return []


# Nouns naming a relation with the party in their `with` phrase ("a truce with X", "its border with X"),
# and promises owed to the party in their `to` phrase ("his commitment to X").
# (Not agreements or ties: "ratified an agreement with X" is a joint act whose partner the events stage
# finds itself.)
WITH_NOUNS = frozenset(_LEX["with_nouns"])
# Requests and offers come from someone: "dismissed an appeal from X", "accepted demands from X".
APPEAL_NOUNS = frozenset(_LEX["appeal_nouns"])
TO_NOUNS = frozenset(_LEX["to_nouns"])
# Trips whose `to` phrase is the host ("cancelled a visit to X").
TRIP_NOUNS = frozenset(_LEX["trip_nouns"])
# Places that serve the people of their `for` phrase ("a camp for Congolese refugees").
SERVED_PLACES = frozenset(_LEX["served_places"])
# An `of` phrase after these is what happened to someone, not whose the thing is ("the killing of X").
# (nor a quality: "the feasibility of a force")
EVENT_SUFFIXES = tuple(_LEX["event_suffixes"])
# "an investigation into an allegation by X": the one who alleges is not the one investigated
SPEECH_NOUNS = frozenset(_LEX["speech_nouns"])
EVENT_NOUNS = frozenset(_LEX["event_nouns"])


# What a protest, refusal or resignation may be "of" that is an issue, not the people who act: "in
# protest of the president's travel ban", "in protest of the minister's approval of the raid".
ISSUE_NOUNS = frozenset(_LEX["issue_nouns"])
# Acts whose `of` phrase is who made them, not who underwent them: "condemned the decision of the
# parliament", "rejected the proposal of the rebels" (unlike "the killing of X").
AGENT_OF_NOUNS = frozenset(_LEX["agent_of_nouns"])
# Words ending like events (EVENT_SUFFIXES) that name places or property held by someone: "shelled
# positions of the rebels", "raided an installation of the militia".
PLACE_EVENT_LIKE = frozenset(_LEX["place_event_like"])
# Words ending like events (EVENT_SUFFIXES) that name groups of people: "the protest of the opposition".
GROUP_EVENT_LIKE = frozenset(_LEX["group_event_like"])


def names_an_issue(noun: Token) -> bool:
    """Is a noun after 'protest of' (or another nominal event whose `of` phrase is its actor) a measure,
    decision or act rather than people? Then its owner is whom the act is aimed at, not who acts."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.ent_id_:
        return False
    word = noun.lemma_.lower()
    return word in ISSUE_NOUNS or (word.endswith(EVENT_SUFFIXES) and word not in GROUP_EVENT_LIKE
                                   and noun.lower_ not in GROUP_EVENT_LIKE)


def protested_person(noun: Token, of_obj: Token) -> bool:
    """'protests of President X', 'demonstrations of Prime Minister Y': plural protests are a crowd's, so
    one named person in their `of` phrase is whom they are against, not who marches ('protests of farmers',
    'demonstrations of opposition supporters' name the crowd and stay actors). A singular protest may be
    the person's own ('the protest of the jailed activist'), and two people joined are left alone."""
    return (noun.tag_ in {"NNS", "NNPS"} and of_obj.ent_type_ == "PERSON" and of_obj.pos_ == "PROPN"
            and not any(c.dep_ == "conj" for c in of_obj.children) and of_obj.dep_ == "pobj")


def owners(noun: Token) -> list[Token]:
    """Who a thing named as the target belongs to: "the computers of the army officers", "crimes
    committed by the militia", "a bill signed by the minister", "a truce with the rebels", "his
    commitment to the people". Empty for a noun that names an actor itself or an event."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.ent_id_:
        return []
    word = noun.lemma_.lower()
    if word in OF_HEADS or word in QUANTITY_HEADS or noun.lower_ in QUANTITY_HEADS or word in KIN_NOUNS:
        return []
    start, end = np_bounds(noun)  # an owner already inside the phrase is part of it ("the mayor of X")
    out: list[Token] = []
    for c in noun.children:
        objs = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in DATE_LABELS]
        if c.dep_ == "poss" and c.pos_ != "PRON":
            out.append(c)
        elif c.dep_ == "prep" and (c.lower_ == "by" and word not in SPEECH_NOUNS or c.lower_ == "with" and word in WITH_NOUNS
                                   or c.lower_ == "to" and word in TO_NOUNS or c.lower_ == "from" and word in APPEAL_NOUNS
                                   or c.lower_ == "for" and word in SERVED_PLACES):
            out += objs
        elif c.dep_ == "prep" and c.lower_ == "of" and word not in EVENT_NOUNS and (
                not word.endswith(EVENT_SUFFIXES) or word in PLACE_EVENT_LIKE or word in AGENT_OF_NOUNS):
            out += [g for g in objs if g.pos_ in {"NOUN", "PROPN"}]
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "crimes committed by X", "a bill signed in by X"
            out += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ in {"of", "for", "to"} and word in APPEAL_NOUNS:
            # "offers for peace talks by X", "an offer of talks from X": the parser hangs the maker of the
            # offer on the talks it proposes (s14)
            out += [x for g in objs if g.lemma_.lower() in SETTLEMENT_NOUNS or g.lower_ in SETTLEMENT_NOUNS
                    for p in g.children if p.dep_ in {"prep", "agent"} and p.lower_ in {"by", "from"}
                    for x in p.children if x.dep_ == "pobj" and x.pos_ in {"NOUN", "PROPN"}
                    and x.ent_type_ not in DATE_LABELS]
    # "closed its border with X", the parser hanging "with X" on the verb right after the noun
    for c in noun.head.children if noun.head is not noun else ():
        if c.dep_ == "prep" and c.i == end and (c.lower_ == "with" and word in WITH_NOUNS or c.lower_ == "to" and word in TO_NOUNS
                                                or c.lower_ == "for" and word in SERVED_PLACES and noun.dep_ in {"dobj", "obj"}):
            out += [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in DATE_LABELS]
    return [o for o in out if not start <= o.i < end]


def _stray_conjuncts(holder: Token, pobj: Token) -> list[Token]:
    """Repair 'sanctions on the Republic of Northia (RON) and the Federal Republic of Southia',
    where the small model hangs the second name on the noun before the preposition: a named conjunct
    of the holder that follows the object with only brackets and 'and'/'or'/commas between is a second
    object of the preposition."""
    doc = holder.doc
    out = []
    end = pobj.right_edge.i
    for c in holder.children:
        if c.dep_ != "conj" or c.i <= end or c.pos_ != "PROPN" and not c.ent_id_:
            continue
        between = doc[end + 1 : c.left_edge.i]
        if len(between) and all(t.is_punct or t.lower_ in {"and", "or"} for t in between) \
                and any(t.lower_ in {"and", "or"} for t in between):
            out.append(c)
    return out


_PREP_OBJECT_DEPS = frozenset({"prep", "agent", "dative"})


def prep_objects(token: Token, preps: tuple[str, ...] | set[str]) -> list[tuple[str, Token]]:
    """The objects of the token's prepositions in `preps`; when one is a thing ("an investigation into
    crimes committed by X"), whom it belongs to as well (a recipient is kept only if it resolves)."""
    out = []
    doc = token.doc
    _, deps, kids = docmemo.token_tree(doc)
    lowers = docmemo.token_keys(doc)[1]
    # (only a child whose label and word the test below takes: read from the doc's arrays, no Token for the rest)
    children = [doc[k] for k in kids[token.i] if deps[k] in _PREP_OBJECT_DEPS and lowers[k] in preps]
    if token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN":
        # "air and artillery strikes on X": the parser hangs the phrase after the last conjunct on the first
        children += [c for c in token.head.children if c.dep_ == "prep" and c.i > token.i]
    for c in children:
        if c.dep_ in _PREP_OBJECT_DEPS and c.pos_ == "ADP" and c.lower_ in preps:  # "to" may be tagged dative
            objs = [g for g in c.children if g.dep_ == "pobj"] or shared_prep_object(c)
            if not objs:
                objs = _stranded_object(c)
            objs += [x for g in objs for x in _stray_conjuncts(token, g)]
            for g in objs:
                if g.ent_type_ not in DATE_LABELS:  # "protested on Thursday"
                    out.append((c.lower_, g))
                    if c.lower_ != "between":
                        out += [(c.lower_, o) for o in owners(g)]
        if c.dep_ == "prt" and c.lower_ in preps:  # "call on X" parsed as particle + dobj
            continue
    return out


# Prepositions whose object a later "him"/"them" may take up: "wrote to X urging him", "filed a suit against X,
# accusing him"; not a place or time ("on Wednesday", "in Paris").
ANTECEDENT_PREPS = frozenset({"to", "with", "against"})


def _named_person(t: Token) -> bool:
    """A person's name heads the phrase, or stands beside its title ("the journalist Omar Said")."""
    return t.ent_type_ == "PERSON" and t.pos_ == "PROPN" or any(
        c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" and c.i > t.i for c in t.children)


def object_antecedent(pron: Token) -> Token | None:
    """'called X on Wednesday to congratulate him', 'wrote to X urging him', 'met the rebel leaders and urged
    them': an object pronoun takes up the last party named before it as an object (of a verb, or of to/with/
    against) in the same sentence, when number and kind agree (him/her: a person's name; them: a plural
    noun; it: a state or body named). A subject between them ("X said the police beat him") or no such
    object keeps the pronoun, except the object's own subject when it is a name: "him" is never the one who
    acts on him, so "X was freed after President Y pardoned him" is X, the person named before Y (s22)."""
    word = pron.lower_
    if pron.pos_ != "PRON" or word not in {"him", "her", "them", "it"}:
        return None
    skip_from = None  # the own clause's subject, which a "him"/"her" object cannot be (s22)
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if skip_from is not None:
            if t.i >= skip_from:
                continue
            # past the clause's own subject: the party named before it as a subject or an object
            if t.dep_ in SUBJECT_DEPS | {"dobj", "pobj"} and _named_person(t):
                return t
            if t.dep_ in SUBJECT_DEPS:
                return None
            continue
        if t.dep_ in SUBJECT_DEPS:
            if word in {"him", "her"} and t.head.i == pron.head.i and pron.dep_ == "dobj" and (
                    _named_person(t) or t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "ORG", "NORP", "LOC", "FAC"}):
                # "X was freed after President Y pardoned him": not Y, so the person named before Y
                skip_from = t.left_edge.i
                continue
            return None  # a clause with its own subject in between: who "him" is is that clause's business
        if t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in DATE_LABELS:
            continue
        if t.dep_ in {"dobj", "dative", "oprd"} or t.dep_ == "pobj" and t.head.lower_ in ANTECEDENT_PREPS:
            if word == "them":
                return t if t.tag_ in {"NNS", "NNPS"} else None
            if word == "it":  # "criticized Japan and urged it to apologize": a state or body by its name
                return t if t.ent_type_ in {"GPE", "ORG"} or t.ent_id_.startswith(("country:", "igo:")) else None
            return t if t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.tag_ == "NNP" else None
    return None


def _to_after_object(obj: Token) -> list[Token]:
    """Repair 'sent a team of medics to Nepal', where the small model hangs the `to` phrase on the last
    noun inside the object: a `to` phrase right after the object's words, on a noun of the object that
    takes no `to` of its own, naming a place or a named body."""
    out = []
    for t in obj.subtree:
        if t.i == obj.i or t.pos_ != "NOUN" or t.lemma_.lower() in TO_NOUNS:
            continue
        for c in t.children:
            if c.dep_ in {"prep", "dative"} and c.lower_ == "to" and c.i > t.i:
                before = obj.doc[c.i - 1]
                if before.i != t.i and not (before.i < c.i and before.head.i == t.i and before.dep_ != "prep"):
                    continue  # only the phrase right after the noun: "a team of medics | to Nepal"
                out += [g for g in c.children if g.dep_ == "pobj" and (g.ent_id_ or g.ent_type_ in {"GPE", "ORG", "NORP"})]
    return out


# "held civilians as shields": the verb's own object, not the particle's, is the party acted on
PREDICATIVE_PARTICLES = frozenset(_LEX["predicative_particles"])


def _complement_object(verb: Token, entry: TriggerEntry) -> Token | None:
    """'let free the hostages', 'let go two captives': the small model reads the second word of the
    trigger as a bare verb complement of the first, with the object on it; that object is the trigger's
    (session 16)."""
    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp"} and c.i == verb.i + 1 and c.lower_ in entry.particles \
                and not any(g.dep_ in SUBJECT_DEPS for g in c.children):
            return next((g for g in c.children if g.dep_ in {"dobj", "obj"}), None)
    return None


RETURNING_VERBS = frozenset(_LEX["returning_verbs"])
TAKING_VERBS = frozenset(_LEX["taking_verbs"])


def taken_from(obj: Token) -> list[Token]:
    """The `from` phrase of a participle or relative clause of taking on the object: "weapons seized last year
    from the peacekeepers", "land it had confiscated from herders" (names or nouns, not dates); the small
    model may hang that phrase on the returning verb, after the participle."""
    out = []
    for c in obj.children:
        if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.lemma_.lower() in TAKING_VERBS:
            preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "from"]
            preps += [p for p in obj.head.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > c.i
                      and obj.dep_ in {"dobj", "obj"}]
            out += [g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
                    and g.ent_type_ not in DATE_LABELS]
    return out


MEDIATION_NOUNS = frozenset(_LEX["mediation_nouns"])
MEDIATED_PREPS = frozenset(_LEX["mediated_preps"])


def _mediation(noun: Token) -> bool:
    """'mediation', or an effort or bid named by it ('mediation efforts', 'a mediation bid')."""
    return noun.lemma_.lower() in MEDIATION_NOUNS or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in MEDIATION_NOUNS for c in noun.children)


def recipients_of_verb(verb: Token, entry: TriggerEntry, obj: Token | None) -> list[Argument]:
    out: list[Argument] = []
    slots = set(entry.recipient)
    if entry.particles and entry.particles[-1] in PREDICATIVE_PARTICLES:
        own = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        if own is None and entry.particles[-1] == "as":  # "denounced as a crime X's crackdown"
            own = _shifted_object(verb)
        obj = own if own is not None else obj
    if "dobj" in slots and obj is None and entry.particles:
        obj = _complement_object(verb, entry)
    if "dobj" in slots:
        if is_passive(verb):
            out += patient_of(verb)
        elif obj is not None and any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children):
            # "strengthened its forces in Lebanon": the actor's own, no other party; where they are is
            out += [argument(g, f"place of '{obj.text}'") for c in obj.children if c.dep_ == "prep"
                    and c.lower_ in {"in", "into", "to", "inside"} for g in c.children
                    if g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC"} or g.ent_id_)]
        elif obj is not None and not own_forces_moved(verb, obj):
            named = object_antecedent(obj)
            out.append(argument(named, f"direct object ('{obj.text}': the one named before it)")
                       if named is not None else argument(obj, "direct object"))
            # "outlawed the Front (F) and the Union (U)": a second name the parser hung on the verb
            if obj.head.i == verb.i:
                out += [argument(c, "direct object (second name)") for c in _stray_conjuncts(verb, obj)]
    if "dative" in slots:
        out += [argument(c, "indirect object") for c in verb.children if c.dep_ in {"dative", "iobj"} and c.pos_ != "ADP"]
    preps = (slots | set(VERB_TYPE_SLOTS.get(entry.type, ()))) - {"dobj", "dative"}
    if "at" not in slots and obj is not None and any(a.head == obj.i for a in out) and names_someone(obj, True):
        # "shot three shoppers at a mall", "killed two guards at the checkpoint": with the people shot as the
        # object, an "at" phrase the type adds is where it happened; it names the target only when the object is
        # what was fired ("fired tear gas at the crowd", "threw stones at police") (s18)
        preps -= {"at"}
    holders = [verb] + ([obj] if obj is not None else [])
    for h in holders:
        for prep, pobj in prep_objects(h, preps):
            out.append(argument(pobj, f"'{prep}' phrase"))
    if "to" in preps and obj is not None and not any(a.via == "'to' phrase" for a in out):
        out += [argument(g, "'to' phrase (after the object)") for g in _to_after_object(obj)]
    # "confiscated weapons from the rebels": whom a seizure takes from (people, not a place left)
    for prep, pobj in (x for h in holders for x in prep_objects(h, set(VERB_MODE_SLOTS.get((entry.type, entry.mode), ())) - preps)):
        if pobj.ent_type_ not in {"GPE", "LOC", "FAC"} and not pobj.ent_id_ and not any(a.head == pobj.i for a in out):
            out.append(argument(pobj, f"'{prep}' phrase"))
    # "hosted talks between X and Y": the parties brought together receive the hosting
    if entry.type == "CONSULT" and obj is not None and not any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children):
        out += [argument(pobj, f"'between' phrase of '{obj.text}'") for _prep, pobj in prep_objects(obj, {"between"})
                if not any(a.head == pobj.i for a in out)]
    # "fired tear gas to disperse the protesters": the object of the act's purpose is its target
    if entry.type in FORCE_PURPOSE_TYPES:
        for c in verb.children:
            if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in FORCE_PURPOSE_VERBS and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                target = direct_object(c)
                if target is not None and not any(a.head == target.i for a in out):
                    out.append(argument(target, f"object of '{c.text}' (the purpose)"))
    # "provided $10 million in aid to the Kurdish people", "sent 40 tonnes of supplies to X": the `to` phrase
    # of the aid noun inside the object (to_nouns) names whom the object goes to
    if entry.type == "AID" and obj is not None and not any(a.via.startswith("'to'") or a.via == "indirect object" for a in out):
        _add_aid_noun_to(obj, out)
    # "gave $5 million to help flood victims": whom aid is for, when no `to` phrase says it; also for a
    # promise of aid (CAMEO 033: "pledged aid to help X cope", s21 recall)
    if (entry.type == "AID" or entry.cameo.startswith("033")) and not any(v.startswith("'to'") or v == "indirect object" for v in (a.via for a in out)):
        for h in holders:
            _add_aid_purpose(h, out)
    # "mobilized troops for an offensive against X": the forces are readied against X
    if entry.type == "MOBILIZE" and not is_passive(verb):
        for a in purpose_targets(verb):
            if not any(a.head == b.head for b in out):
                out.append(a)
    # "denounced Serbia's suppression", "rejected calls by Belarus's rulers": when the object is a thing,
    # its owner or author is the one the event is aimed at (kept only if it resolves to an actor).
    if entry.type in SETTLING_TYPES:
        for who, via in settled_with(verb):
            _add(out, who, via)
    if "dobj" in slots and obj is not None and not bare_participle_clause(verb):
        # (a bare participle clause's patient is a party of another clause, not a thing owned: "the assailant,
        # reported by the paper as convicted of theft")
        out += [argument(o, "owner of the object") for o in owners(obj)]
        # "condemned the raid and the threats made by X": a thing joined to the object has its owner too (s22)
        for conj in (c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
            for o in owners(conj):
                _add(out, o, f"owner of '{conj.text}' (joined to the object)")
        if entry.type == "AGREE" and obj.pos_ == "NOUN" and obj.lemma_.lower() in PROMISED_HELP_NOUNS:
            # "promised support for the government's efforts", "pledged assistance to X": whom the help is for
            for prep, pobj in _help_for(obj):
                _add(out, pobj, f"'{prep}' phrase of '{obj.text}' (whom the help promised is for)")
        targets = measure_targets(obj)
        if targets and entry.type in MEASURE_SETTING_TYPES and imposer_named_before(obj):
            # "lifted UN sanctions against Iran", "extended American sanctions on X": the measure (named for
            # whoever imposed it) is no party; whom it weighs on is (s16)
            out[:] = [a for a in out if a.head != obj.i]
        if targets and entry.type not in MEASURE_SETTING_TYPES:
            # words about a measure whose maker is named ("condemned the sanctions the EU imposed on Iran",
            # "criticised the blockade imposed on X by Y") are aimed at the maker, not at whom it weighs on (s23)
            makers = owners(obj) + relative_makers(obj)
            for who in relative_makers(obj):
                _add(out, who, f"subject of the clause on '{obj.text}' (its maker)")
            if makers:
                targets = []
        for who, via in targets + speakers_of(obj):
            _add(out, who, via)
    # "will return weapons seized from the peacekeepers": given back to whom it was taken from (s16)
    if obj is not None and entry.phrase in RETURNING_VERBS and not any(a.via.startswith("'to'") for a in out):
        for who in taken_from(obj):
            _add(out, who, f"'from' phrase of what '{obj.text}' was taken in (given back)")
    # "cancelled a planned visit to Malaysia", "called off his trip to X": the host of the trip called off (s15)
    if entry.type == "REJECT" and obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in TRIP_NOUNS:
        for prep, pobj in prep_objects(obj, {"to"}):
            if pobj.pos_ in {"NOUN", "PROPN"}:
                _add(out, pobj, f"'{prep}' phrase of '{obj.text}' (the host of the trip called off)")
    # "ended mediation efforts between X and Y", "halted its mediation with the strikers": the parties of a
    # mediation the verb acts on are the ones it is aimed at (s22 roles)
    if obj is not None and obj.pos_ == "NOUN" and _mediation(obj):
        for prep, pobj in prep_objects(obj, MEDIATED_PREPS):
            if pobj.pos_ in {"NOUN", "PROPN"}:
                _add(out, pobj, f"'{prep}' phrase of '{obj.text}' (the parties mediated between)")
    if entry.obj and "@must" in entry.obj and (who := must_clause(verb)) is not None:
        out.append(argument(who, "subject of the reported 'must'"))
    # "called for the resignation of X", "demanded X's removal": the one to go is the one asked; "demanded a
    # truce with X", "the return of land seized by X": whose the thing asked for is
    if entry.type == "REQUEST" and obj is not None and not is_passive(verb):
        _aimed_at(obj, out, "what is asked", itself=False)
    # "allowed the return of the inspectors", "agreed to the release of the prisoners": a concession's
    # object that is an event happens to the people of its `of` phrase (not for blame: "condemned the
    # killing of X" is aimed at the killers)
    if entry.type in GRANTING_TYPES and not is_passive(verb) and not entry.joint:  # a joint act's recipients are partners
        granted = ([obj] if obj is not None else []) + [g for _p, g in prep_objects(verb, preps)]
        for thing in granted:
            if thing.pos_ == "NOUN" and thing.lemma_.lower() in GRANTED_EVENT_NOUNS:
                who = of_phrase(thing)
                if who is not None and who.pos_ in {"NOUN", "PROPN"}:
                    _add(out, who, f"'{thing.text} of'")
    # "asked Portugal for aid", "pressed Russia for talks": the one asked is the verb's own object
    if entry.type == "REQUEST" and entry.particles and not any(a.dep_ == "nsubjpass" for a in verb.children):
        for c in verb.children:
            if c.dep_ == "dobj" and (obj is None or c.i != obj.i) and c.pos_ in {"NOUN", "PROPN"} \
                    and not any(a.head == c.i for a in out):
                out.append(argument(c, f"object of '{verb.text}' (the one asked)"))
    # "call on X to ...": spaCy may make `on` a particle and X the object.
    if entry.particles and obj is not None and not any(a.head == obj.i for a in out) and entry.particles[0] in slots:
        out.append(argument(obj, f"object of '{entry.phrase}'"))
    # "conceded to the demands of the truck drivers", "accepted the key demands by protesters": a
    # concession answers whoever made the demand
    if entry.type in YIELDING_TYPES:
        asked = ([obj] if obj is not None else []) + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                                                      for g in c.children if g.dep_ == "pobj"]
        for thing in asked:
            for who in appeal_makers(thing):
                _add(out, who, f"maker of the '{thing.text}'")
    # "rejected an extradition request for X", "accepted a request for the release of X": a request with no
    # maker named for someone's transfer (granted_event_nouns) is about the one to be handed over (s15)
    if obj is not None and entry.type in {"REJECT", "AGREE", "CONCEDE"} and obj.pos_ == "NOUN" \
            and obj.lemma_.lower() in APPEAL_NOUNS and not appeal_makers(obj):
        transfer = any(c.dep_ == "compound" and c.lemma_.lower() in GRANTED_EVENT_NOUNS for c in obj.children)
        for c in obj.children:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if g.pos_ == "NOUN" and g.lemma_.lower() in GRANTED_EVENT_NOUNS:
                    who = of_phrase(g)
                    if who is not None and who.pos_ in {"NOUN", "PROPN"}:
                        _add(out, who, f"'{g.text} of' in the '{obj.text}' (whom it is about)")
                elif transfer and g.pos_ in {"NOUN", "PROPN"}:
                    _add(out, g, f"'for' phrase of the '{obj.text}' (whom it is about)")
    # "denied entry to X", "refused permission for X to land", "denied visas to X": the one a permission is
    # withheld from or granted to is the `to`/`for` phrase of the permission or of the verb
    if obj is not None and entry.type in {"REJECT", "CONCEDE", "AGREE", "SANCTION"} \
            and (obj.lemma_.lower() in PERMISSION_NOUNS or obj.lower_ in PERMISSION_NOUNS):
        for prep, pobj in prep_objects(obj, {"to", "for"}) + prep_objects(verb, {"to", "for"}):
            if pobj.pos_ in {"NOUN", "PROPN"}:
                _add(out, pobj, f"'{prep}' phrase of '{obj.text}' (whom it is withheld from or granted to)")
    # "claimed responsibility for the attack on X", "carried out raids against X": an attack the verb's
    # phrase names passes on its own target
    if entry.type in FORCE_PURPOSE_TYPES:
        for a in list(out):
            thing = verb.doc[a.head]
            if thing.pos_ == "NOUN" and thing.lemma_.lower() in ATTACK_NOUNS:
                for prep, pobj in prep_objects(thing, set(NOUN_TYPE_SLOTS.get(entry.type, ()))):
                    _add(out, pobj, f"'{prep}' phrase of '{thing.text}'")
    return out


# Acts that give in to someone's demand: the demand's maker is the recipient.
YIELDING_TYPES = frozenset({"CONCEDE", "AGREE"})


def appeal_makers(noun: Token) -> list[Token]:
    """Who made a demand, call or request named by the noun: its by/from/of phrase ("demands from the
    union", "the call of the bishops") or its possessor ("the strikers' demands"; not "their")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in APPEAL_NOUNS:
        return []
    out = [g for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from", "of"}
           for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ not in DATE_LABELS]
    out += [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$" and c.pos_ in {"NOUN", "PROPN"}]
    return out


# Measures weighing on someone ("sanctions against X", "a ban imposed on X", "its blockade of X").
MEASURE_NOUNS = frozenset(_LEX["measure_nouns"])
MEASURE_OF_NOUNS = frozenset(_LEX["measure_of_nouns"])


# Acts that impose, keep or lift a measure: their recipient is whom the measure weighs on, not whoever imposed
# it ("lifted UN sanctions against Iran"; for words about a measure, "condemned US sanctions", its maker is
# the one spoken of).
MEASURE_SETTING_TYPES = frozenset({"RETREAT", "CONCEDE", "SANCTION", "COERCE"})


def imposer_named_before(noun: Token) -> bool:
    """'UN sanctions', 'all American sanctions': a name or demonym modifies the measure noun before it (not a
    possessor: "the government's ban on protests" is the government's own act)."""
    before = [c for c in noun.children if c.i < noun.i]
    if any(c.dep_ == "poss" for c in before):
        return False
    return any(c.dep_ in {"amod", "compound", "nmod"} and (c.ent_type_ in {"ORG", "NORP", "GPE"} or c.ent_id_)
               for c in before)


def measure_targets(noun: Token) -> list[tuple[Token, str]]:
    """Whom a measure that is the verb's object weighs on: its `on`/`against`/`to` phrase, the same
    phrase of a participle on it ("a ban imposed on X"), and `of` for a blockade or siege."""
    word = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or (word not in MEASURE_NOUNS and noun.lower_ not in MEASURE_NOUNS):
        return []
    preps = {"on", "against", "to"} | ({"of"} if word in MEASURE_OF_NOUNS else set())
    holders = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" or _object_relative(noun, c)]
    end = np_bounds(noun)[1]
    # "lift the ban on X" with `on X` hung on the verb right after the noun
    stray = [c for c in noun.head.children if noun.dep_ in {"dobj", "obj"} and c.dep_ == "prep" and c.i == end]
    return [(g, f"'{c.lower_}' phrase of '{noun.text}' (whom the measure weighs on)") for h in holders
            for c in [*h.children, *(stray if h is noun else [])] if c.dep_ == "prep" and c.lower_ in preps
            for g in [*c.children, *shared_prep_object(c)]  # "curbs to and from X"
            if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ not in DATE_LABELS]


SETTLEMENT_NOUNS = frozenset(_LEX["settlement_nouns"])
# Concessions that end a dispute with someone ("called off the strike after talks with X").
SETTLING_TYPES = frozenset({"CONCEDE", "RETREAT"})


def settled_with(verb: Token) -> list[tuple[Token, str]]:
    """'called off the strike after talks with X', 'after reaching agreement with X': the other party of
    the talks or deal that an "after/following" phrase of the verb names."""
    out = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"after", "following"}:
            continue
        nouns = [g for g in c.children if g.dep_ == "pobj"]
        nouns += [o for g in c.children if g.dep_ == "pcomp" for o in g.children if o.dep_ in {"dobj", "obj"}]
        for n in nouns:
            if n.lemma_.lower() not in SETTLEMENT_NOUNS and n.lower_ not in SETTLEMENT_NOUNS:
                continue
            out += [(g, f"'with' phrase of '{n.text}' (whom it was settled with)") for p in n.children
                    if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                    if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ not in DATE_LABELS]
    return out


def speakers_of(noun: Token) -> list[tuple[Token, str]]:
    """Who made the claim or accusation that is the verb's object ("rejected accusations by X",
    "dismissed claims from X"): the one the rejection answers."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return []
    # "denied charges by X that ...": the parser may hang the `by` phrase right after the noun on the verb
    end = np_bounds(noun)[1]
    stray = [c for c in noun.head.children if noun.dep_ in {"dobj", "obj"} and c.i == end
             or noun.dep_ in {"dobj", "obj"} and c.i == end + 1 and noun.doc[end].text == ","]
    return [(g, f"'{c.lower_}' phrase of '{noun.text}' (who made it)") for c in [*noun.children, *stray]
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}
            for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ not in DATE_LABELS]


# Targets of force named with a preposition whatever the verb's entry lists: "fired tear gas at X",
# "threw stones at X", "launched rockets against X" (not "on": "on the outskirts of X" is a place).
VERB_TYPE_SLOTS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _LEX["verb_type_slots"].items()}
# The same by type and mode, for people only (a place named there is where, not whom): "seized arms from X".
VERB_MODE_SLOTS: dict[tuple[str, str | None], tuple[str, ...]] = {(e["type"], e["mode"]): tuple(e["preps"]) for e in _LEX["verb_mode_slots"]}
# Cooperative acts whose object may be an event that happens to someone ("allowed the return of X").
GRANTING_TYPES = frozenset({"AGREE", "RETREAT", "CONCEDE", "SUPPORT", "AID", "COOPERATE"})
GRANTED_EVENT_NOUNS = frozenset(_LEX["granted_event_nouns"])
# Purposes of force that name its target: "fired tear gas to disperse X", "opened fire to repel X".
FORCE_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE"})
FORCE_PURPOSE_VERBS = frozenset(_LEX["force_purpose_verbs"])
AID_PURPOSE_VERBS = frozenset(_LEX["aid_purpose_verbs"])


def light_verb_patient(noun: Token, light: Token) -> list[Argument]:
    """'engaged peacekeepers in a firefight', 'drew the army into talks': the light verb's own object is
    the other party of the event noun in its `in`/`into` phrase; 'gave X a warning', 'paid X a visit': the
    light verb's indirect object receives the event noun that is its direct object."""
    if noun.dep_ in {"dobj", "obj"} and noun.head.i == light.i:
        return [argument(c, f"indirect object of '{light.text}'") for c in light.children
                if c.dep_ in {"dative", "iobj"} and c.i < noun.i and c.pos_ in {"NOUN", "PROPN"}]
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "into"} or noun.head.head.i != light.i:
        return []
    return [argument(c, f"object of '{light.text}'") for c in light.children
            if c.dep_ == "dobj" and c.i != noun.i and c.pos_ in {"NOUN", "PROPN"}]


FUNDING_APPEALS = frozenset(_LEX["funding_appeals"])
PERMISSION_NOUNS = frozenset(_LEX["permission_nouns"])


def clause_recipients(noun: Token, entry: TriggerEntry) -> list[Argument]:
    """Parties a nominal event names inside a clause of its own: the subject of a demand's "that" clause
    ("its demand that Seoul halt the drills": Seoul is asked), and the parties a mediation's purpose
    clause sets "between" ("a mediation effort to end the dispute between Togo and Benin")."""
    out: list[Argument] = []
    word = noun.lemma_.lower()
    if entry.type == "REQUEST" and (word in PRESSURE_NOUNS or noun.lower_ in PRESSURE_NOUNS):
        for c in noun.children:
            if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                subj = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                    _add(out, subj, f"subject of the '{noun.text} that' clause")
    if mediates(entry):
        for c in noun.children:
            if c.dep_ in {"acl", "relcl", "advcl"} and c.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                things = [g for g in c.children if g.dep_ in {"dobj", "obj"}]
                things += [g for t in things for g in t.children if g.dep_ == "conj"]
                for thing in things:
                    for _prep, pobj in prep_objects(thing, {"between"}):
                        _add(out, pobj, f"'between' phrase of '{thing.text}' (the parties mediated)")
                        for g in pobj.children:
                            if g.dep_ == "conj" and g.pos_ in {"NOUN", "PROPN"}:
                                _add(out, g, f"'between' phrase of '{thing.text}' (the parties mediated)")
    # "announced $30 million in assistance to help flood victims", "an appeal for funds to feed refugees":
    # whom the aid is for, when no `to` phrase of the noun says it
    # (of requests only a funding appeal: "pressure from X to help Y" asks X's target, not Y, to act)
    if (entry.type == "AID" or entry.type == "REQUEST" and word in FUNDING_APPEALS) and not prep_objects(noun, {"to"}):
        for h in (noun, noun.head):
            _add_aid_purpose(h, out)
            if noun.dep_ not in {"dobj", "pobj"}:
                break  # the noun's own clause only, or the verb it is the object of
    return out


def purpose_targets(verb: Token) -> list[Argument]:
    """'mobilized troops for a ground offensive against the militants': the target of the attack or
    operation the forces are readied for (roles.yaml attack_nouns, operation_nouns)."""
    out: list[Argument] = []
    holders = [verb] + [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for noun in (g for g in c.children if g.dep_ == "pobj"):
                word = noun.lemma_.lower()
                if word in ATTACK_NOUNS or word in OPERATION_NOUNS:
                    for prep, pobj in prep_objects(noun, {"against", "on"}):
                        _add(out, pobj, f"'{prep}' phrase of '{noun.text}' (what the forces are readied for)")
    return out


OBLIGATION_AUX = frozenset(_LEX["obligation_aux"])
# Verbs after which a bare verb in the 'that' clause is what is demanded ("insisted that X leave").
MANDATIVE_VERBS = frozenset(_LEX["mandative_verbs"])
REFUSAL_VERBS = frozenset(_LEX["refusal_verbs"])
# what a refusal holds out against: "despite pressure by X", "despite calls from X"
PRESSURE_NOUNS = frozenset(_LEX["pressure_nouns"])
INVITATION_NOUNS = frozenset(_LEX["invitation_nouns"])


def base_form(verb: Token) -> bool:
    """A verb in its bare base form: tagged VB, or tagged VBP with a singular noun subject, which an indicative
    present would inflect ("demanded that Zembla drop its claim": the small model tags 'drop' VBP; "that Zembla
    drops" would be the indicative). A plural subject ("that the rebels drop") leaves a VBP ambiguous. (s13b coop)"""
    if verb.tag_ == "VB":
        return True
    if verb.tag_ != "VBP":
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subj) == 1 and subj[0].tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in subj[0].children)


def must_clause(verb: Token) -> Token | None:
    """The subject of a reported obligation: "declared that China must drop barriers" -> China. Only a
    named party other than a pronoun (which would be the speaker talking of itself)."""
    for c in verb.children:
        # or a bare subjunctive after a verb of demanding: "insisted that North Korea account for ..."
        mandative = verb.lemma_.lower() in MANDATIVE_VERBS and base_form(c) and not any(
            a.dep_ in {"aux", "auxpass"} for a in c.children)
        if c.dep_ != "ccomp" or not (mandative or any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in c.children)):
            continue
        if any(a.dep_ == "neg" for a in c.children):
            continue  # "must not" is a warning, not a request
        subj = [a for a in c.children if a.dep_ == "nsubj"]
        if subj and subj[0].pos_ != "PRON" and (subj[0].ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or subj[0].ent_id_
                                                 or _obliged_body(subj[0])):
            return subj[0]
    return None


ADDRESSEE_PRONOUNS = frozenset(_LEX["addressee_pronouns"])


def obliged_addressee(pred: Token) -> Token | None:
    """Whom a reported obligation told to someone is laid on, when its subject is a pronoun: "warned Tehran that
    it must stop", "told the Kurdish leaders that they must cooperate", "sent a reminder to Iraq that it must
    comply" -> the one addressed (the object of the verb of telling, or the `to` phrase of the message), if it
    agrees with the pronoun; else None (s22 roles). A speaker's own duty would be "we must"."""
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in ADDRESSEE_PRONOUNS:
        return None
    if not any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in pred.children) or any(
            a.dep_ == "neg" for a in pred.children):
        return None
    gov = pred.head
    if pred.dep_ == "ccomp" and gov.pos_ == "VERB":
        holders = [gov]
        found = [c for c in gov.children if c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"}]
    elif pred.dep_ == "acl" and gov.pos_ == "NOUN":
        holders = [gov, gov.head] if gov.dep_ in {"dobj", "obj"} else [gov]
        found = []
    else:
        return None
    found += [g for h in holders for c in h.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
    for who in found:
        if who.i > pred.i:
            continue
        if subj.lower_ == "they" and who.tag_ in {"NNS", "NNPS"}:
            return who
        if subj.lower_ == "it" and (who.ent_type_ in {"GPE", "ORG"} or who.ent_id_.startswith(("country:", "igo:"))):
            return who
        if subj.lower_ in {"he", "she"} and who.ent_type_ == "PERSON":
            return who
    return None


# Bodies named by a common noun that a reported obligation is laid on (roles.yaml obliged_bodies, s21 types).
OBLIGED_BODIES = frozenset(_LEX["obliged_bodies"])


def _obliged_body(subj: Token) -> bool:
    """A government, its forces or an armed group named by a common noun with a named modifier: "Sudanese
    authorities", "the Nigerian army", "Kenya's government" (s21 types). Without one ("the government must ...",
    "our army must ...") it is as often the speaker's own side talking of its plans as a demand on another."""
    if subj.pos_ != "NOUN" or (subj.lemma_.lower() not in OBLIGED_BODIES and subj.lower_ not in OBLIGED_BODIES):
        return False
    return any(m.dep_ in {"amod", "compound", "poss", "nmod"} and (m.ent_type_ in {"GPE", "NORP", "ORG"} or m.ent_id_)
               for m in subj.children)


# What the speaker says it "would" do that is no act: "warned that it would take years", "... would be hard".
NO_ACT_VERBS = frozenset(_LEX["no_act_verbs"])


def own_will_clause(verb: Token) -> Token | None:
    """The verb of a reported 'will/would' clause whose subject is the speaker's own side: "warned that it
    would respond", "warned that its forces would not tolerate ..." (a threat by the speaker). Returns
    the clause verb, or None."""
    for c, subj in _will_clauses(verb):
        if subj.lower_ in {"it", "we", "they"} or any(
                p.dep_ == "poss" and p.lower_ in {"its", "our", "their", "his", "her"} for p in subj.children):
            return c
    return None


def _will_clauses(verb: Token) -> Iterator[tuple[Token, Token]]:
    """The (clause verb, subject) pairs of `verb`'s reported will/would clauses that state an act: the clauses
    `own_will_clause` and `forces_will_clause` judge by their subject."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"} or c.lemma_.lower() in NO_ACT_VERBS:
            continue
        if not any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll", "wo", "shall"} for a in c.children):
            continue
        subj = [a for a in c.children if a.dep_ == "nsubj"]
        if subj:
            yield c, subj[0]


# The forces a state's own spokesman speaks for without a possessive: "warned that police would break up any
# march", "warned that the army will respond" (s14 trig; `forces_will_clause`).
OWN_FORCES = frozenset({"police", "army", "military", "troop", "force", "soldier", "security", "authority"})


def forces_will_clause(verb: Token) -> Token | None:
    """As `own_will_clause`, for a will/would clause whose subject is the bare name of a state's forces ("the
    police", "security forces", "the army"), with no possessive or named modifier that could make them someone
    else's ("Russian troops will invade" warns of another's act). The entries using it (@FORCES_WILL) require
    the speaker to be the government, police or military, whose forces these are."""
    for c, subj in _will_clauses(verb):
        if subj.lemma_.lower().rstrip("s") in OWN_FORCES and not subj.ent_type_ and not any(
                m.dep_ in {"poss", "amod", "compound"} and (m.ent_type_ or m.ent_id_ or m.dep_ == "poss")
                for m in subj.children):
            return c
    return None


def will_not(verb: Token) -> bool:
    """The verb is a refusal stated for the future: negated ("not", "no longer", "never") under will/would/shall
    ("will not tolerate", "would no longer tolerate", "will never be tolerated"); not a habit ("does not tolerate")."""
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") or (
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)) for c in verb.children)
    return negated and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "wo", "shall", "'ll"} for c in verb.children)


# Bodies named after the people in them: "a mission of observers", "a team of inspectors".
MEMBER_BODIES = frozenset(_LEX["member_bodies"])


def _serves_object(prep: Token, obj: Token | None) -> bool:
    """'attacked a shelter for refugees': a `for` phrase right after an object that is a place serving people
    belongs to the object (whom the place is for), not to the verb (no reason given for criticism) (s15)."""
    return obj is not None and obj.lemma_.lower() in SERVED_PLACES and prep.i == np_bounds(obj)[1]


def object_is_allowed(entry: TriggerEntry, obj: Token | None, verb: Token | None = None,
                      memo: dict | None = None) -> bool:
    """Whether the object (and the verb's other dependents) meet the entry's `obj` / `not_obj` lists.
    `memo`: a dict kept across the entries of one token, so the words are read once per (object, verb).
    The marks that walk the verb's dependents (`VERB_MARKS`) are tested only when the entry names them,
    once per (object, verb) however many entries ask: a mark no list of the entry names cannot change
    either intersection, so the answer is that of `_object_words` with every mark."""
    if entry.obj is None and not entry.not_obj:
        return True
    key = (obj.i if obj is not None else -1, verb.i if verb is not None else -1)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = (*_object_base(obj, verb), {})
        if memo is not None:
            memo[key] = found
    words, also, counted_obj, marks = found
    if verb is not None:
        for mark in _entry_marks(entry):
            if mark not in marks:
                marks[mark] = VERB_MARKS[mark](counted_obj, verb, words)
    if entry.not_obj and (words & entry.not_obj or any(marks.get(m) for m in entry.not_obj if m in VERB_MARKS)):
        return False
    if entry.obj is None:
        return True
    return bool((words | also) & entry.obj) or any(marks.get(m) for m in entry.obj if m in VERB_MARKS)


def _entry_marks(entry: TriggerEntry) -> tuple[str, ...]:
    """The verb marks (`VERB_MARKS`) the entry's `obj` and `not_obj` lists name, in `VERB_MARKS` order."""
    return _marks_named(entry.obj, entry.not_obj)


@functools.cache
def _marks_named(obj: frozenset[str] | None, not_obj: frozenset[str]) -> tuple[str, ...]:
    named = (obj or frozenset()) | not_obj
    return tuple(m for m in VERB_MARKS if m in named)


def _amount(tok: Token) -> bool:
    """A sum of money or a bare number: "$5 million", "50 billion", "2 million euros"."""
    return tok.pos_ == "NUM" or tok.like_num or tok.tag_ == "$" or any(c.tag_ == "$" for c in tok.children) or any(
        c.dep_ in {"nummod", "compound", "quantmod"} and (c.like_num or c.pos_ == "NUM") for c in tok.children)


DEPLOYABLE_FORCES = frozenset(_LEX["deployable_forces"])


def _sent_forces(obj: Token, verb: Token) -> bool:
    """Forces (roles.yaml deployable_forces) that the verb sends to a place: a "to"/"into" phrase with a noun
    object and no infinitive ("ordered troops to the border"; not "ordered troops to fire", "to return")."""
    if counted(obj).lemma_.lower() not in DEPLOYABLE_FORCES and counted(obj).lower_ not in DEPLOYABLE_FORCES:
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for c in verb.children):
        return False  # an infinitive says what they are ordered to do there
    return any(c.dep_ == "prep" and c.lower_ in {"to", "into"} and any(
        g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} for g in c.children) for c in verb.children)


def _object_words(obj: Token | None, verb: Token | None) -> tuple[set[str], set[str]]:
    """The object's words and marks ("@person", "@xcomp", ...) that entry constraints test, and the
    words that may satisfy `obj` but never trigger `not_obj` (every mark tested; `object_is_allowed`
    tests the verb marks an entry names only)."""
    words, also, obj = _object_base(obj, verb)
    if verb is not None:
        words |= {mark for mark, test in VERB_MARKS.items() if test(obj, verb, words)}
    return words, also


def _object_base(obj: Token | None, verb: Token | None) -> tuple[set[str], set[str], Token | None]:
    """`_object_words` without the marks of `VERB_MARKS`, and the object as counted (what they read)."""
    words = set()
    also: set[str] = set()  # words that may satisfy `obj` but never trigger `not_obj`
    if obj is not None:
        obj = counted(obj)  # "banned a number of organisations": the constraint applies to what is counted
        words = {obj.lemma_.lower(), obj.lower_, "@any"}
        words |= {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"}}
        # "provided photographs and other military intelligence": any conjoined object may be the one
        # the entry wants; "received a mission of observers": the members of a body sent somewhere
        for c in obj.children:
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}:
                also |= {c.lemma_.lower(), c.lower_}
            if c.dep_ == "prep" and (c.lower_ in {"in", "of"} and _amount(obj)
                                     or c.lower_ == "of" and obj.lemma_.lower() in LOAD_NOUNS):
                # "provided Haiti with $5 million in emergency aid", "$2 billion of loans": what the sum is of
                # (as written too: "supplies" is lemmatised "supply")
                also |= {w for g in c.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
            if c.dep_ == "prep" and c.lower_ == "of" and obj.lemma_.lower() in MEMBER_BODIES:
                also |= {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
        if obj.ent_type_ == "PERSON":
            words.add("@person")
        if obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or obj.ent_id_:
            words.add("@named")
        if obj.ent_type_ == "ORG" or obj.ent_id_.startswith("igo:"):
            words.add("@org")
        if obj.ent_type_ in {"GPE", "LOC", "FAC"} and not obj.ent_id_.startswith("country:"):
            words.add("@gpe")  # a town or region, not a whole country
        if obj.ent_id_.startswith("country:"):
            words.add("@country")  # a whole country named ("troops left Afghanistan")
        if any(c.dep_ == "prep" and c.lower_ == "on" for c in obj.children):
            words.add("@obj_on")  # "stopped work on the bridge": a job halted, not a strike
    if verb is not None and obj is None and any(c.dep_ == "xcomp" for c in verb.children):
        words.add("@xcomp")
        # the infinitive's own verb, so that not_obj can exclude "declined to comment"
        words |= {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
    return words, also, obj


def _obj_xcomp(obj: Token | None, verb: Token, words: set[str]) -> bool:
    if obj is not None:
        # "told the United States to stop", "ordered the peacekeepers to leave"
        return obj.pos_ != "PRON" and ("@named" in words or any(
            c.dep_ in {"compound", "amod"} and (c.ent_type_ in {"ORG", "GPE", "NORP"} or c.ent_id_) for c in obj.children)) and any(
            c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children)
    # the same parsed as a clause: "wants Pakistan to do more"
    return any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
            a.dep_ == "nsubj" and a.pos_ != "PRON" and (a.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or a.ent_id_)
            for a in c.children) for c in verb.children)


def _question(verb: Token) -> bool:
    """"asked X about it", "asked X if he could ...": a question, not a request."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "about")
        or (c.dep_ == "ccomp" and any(m.lower_ in {"if", "whether"} or m.tag_ in {"WDT", "WP", "WRB"}
                                      for m in c.children if m.dep_ in {"mark", "advmod", "nsubj", "dobj", "attr"}))
        for c in verb.children)


def _naming(verb: Token) -> bool:
    """"called the inquiry a witch hunt", "calling the probe 'Soviet-style'": the verb names or labels its object
    (an object predicate, or a quoted label after the object with no verb in it), it asks for nothing (s17 events)."""
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    doc = verb.doc
    end = verb.sent.end
    i = obj.right_edge.i + 1
    while i < end and doc[i].tag_ not in {"``", "''"} and doc[i].pos_ not in {"VERB", "AUX", "PUNCT"}:
        i += 1  # past "into Trump" to the label's opening quote
    if i >= end or doc[i].tag_ not in {"``", "''"}:
        return False
    inner = []
    for t in doc[i + 1:end]:
        if t.tag_ in {"``", "''"}:
            break
        inner.append(t)
    return bool(inner) and len(inner) <= 6 and not any(t.pos_ in {"VERB", "AUX"} for t in inner)


def _topic_only(verb: Token) -> bool:
    """"the palace talks about easing the embargo", "she talked of being cast in a film": a topic (an
    'about'/'of'/'on' phrase) with nobody talked with or to, and a single subject, is speech about something,
    not talks; "the two leaders talked about trade" (a plural or conjoined subject) still meet (s17 events)."""
    preps = [c.lower_ for c in verb.children if c.dep_ in {"prep", "prt"}]
    if not any(p in {"about", "of", "on"} for p in preps) or any(p in {"with", "to"} for p in preps):
        return False
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    return not any(c.dep_ == "conj" for c in subj.children) and subj.tag_ not in {"NNS", "NNPS"} \
        and subj.lower_ not in {"we", "they"}


# The marks `_object_words` reads off the verb's dependents, each a test of (object as counted, verb, the
# object's words); in the order they were always added.
VERB_MARKS = {
    "@obj_xcomp": _obj_xcomp,
    # "for" phrase on the verb (not one serving the object: "a shelter for refugees")
    "@for": lambda obj, verb, words: any(c.dep_ == "prep" and c.lower_ == "for" and not _serves_object(c, obj)
                                         for c in verb.children),
    # "discussed the crisis with X" (the parse may hang 'with' on the object)
    "@with": lambda obj, verb, words: any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
                                          for h in (verb, obj) if h is not None for c in h.children),
    "@ccomp": lambda obj, verb, words: (any(c.dep_ == "ccomp" for c in verb.children) or verb.dep_ == "parataxis"
                                        or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children
                                               if verb.dep_ == "ROOT")),
    "@must": lambda obj, verb, words: must_clause(verb) is not None,
    "@own_will": lambda obj, verb, words: own_will_clause(verb) is not None,
    # "warned that police would break up any march"
    "@forces_will": lambda obj, verb, words: forces_will_clause(verb) is not None,
    # "will not tolerate attacks", "uprisings will not be tolerated" (s14)
    "@will_not": lambda obj, verb, words: will_not(verb),
    # "ordered troops to the border", "ordered more police into the city" (s14 ngec)
    "@forces_to": lambda obj, verb, words: obj is not None and _sent_forces(obj, verb),
    # "gave the rebels 48 hours to surrender": an ultimatum
    "@deadline": lambda obj, verb, words: deadline_given(verb),
    "@question": lambda obj, verb, words: _question(verb),
    # "is ready to help Libya", "stands willing to assist": help offered by a readiness word (s21 types)
    "@ready": lambda obj, verb, words: _offered_by_readiness(verb),
    # "Merkel and Macron discussed ...", "the two leaders discussed ...": the parties talk with each other (s21 types)
    "@pair_subject": lambda obj, verb, words: _pair_subject(verb),
    # "retreated from its pledge", "retreated from leading roles": a stance or a role left, not ground (s21 types)
    "@from_stance": lambda obj, verb, words: _from_stance(verb),
    # "called the inquiry a witch hunt" (s17 events)
    "@naming": lambda obj, verb, words: _naming(verb),
    # "the palace talks about easing the embargo" (s17 events)
    "@topic_only": lambda obj, verb, words: _topic_only(verb),
}


STANCE_NOUNS = frozenset(_LEX["stance_nouns"])


READINESS_WORDS = frozenset(_LEX["readiness_words"])


def _offered_by_readiness(verb: Token) -> bool:
    """The verb is the infinitive of a readiness adjective ("is ready to help", "willing to contribute", "prepared to
    assist"): the speaker offers the act."""
    return verb.dep_ == "xcomp" and verb.head.lower_ in READINESS_WORDS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _pair_subject(verb: Token) -> bool:
    """The verb's subject is two or more named parties ("Merkel and Macron", "Kenya and Uganda") or a counted pair of
    people or sides ("the two leaders", "both ministers", "the two sides"): they act with each other."""
    for subj in verb.children:
        if subj.dep_ != "nsubj" or subj.pos_ not in {"NOUN", "PROPN"}:
            continue
        if subj.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subj.children):
            return True
        if subj.tag_ in {"NNS", "NNPS"} and any(c.dep_ in {"nummod", "det", "predet"} and c.lower_ in {"two", "both"}
                                                 for c in subj.children):
            return True
    return False


def _from_stance(verb: Token) -> bool:
    """The verb's "from" phrase names a stance, a role or a level (roles.yaml stance_nouns), not a place or
    position held on the ground: "retreated from a previous goal", "shares retreated from a record high"."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in STANCE_NOUNS for g in c.children) for c in verb.children)


def of_phrase(noun: Token) -> Token | None:
    """The object of `of` after a noun, repairing a common mis-attachment: in 'the imprisonment on
    April 28 of X' the small model hangs 'of X' on the date."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    doc = noun.doc
    i = noun.i + 1
    sent_end = noun.sent.end
    while i < sent_end:
        t = doc[i]
        if t.ent_type_ in DATE_LABELS or (t.dep_ == "prep" and t.lower_ in {"on", "in", "last", "this"} and i + 1 < sent_end and doc[i + 1].ent_type_ in DATE_LABELS):
            i += 1
            continue
        break
    if i > noun.i + 1 and i < sent_end and doc[i].lower_ == "of":
        objs = [g for g in doc[i].children if g.dep_ == "pobj"]
        if objs:
            return objs[0]
    return None


def noun_actors(noun: Token, possessor_is_patient: bool = False) -> list[Argument]:
    """Actors named inside a nominal event: possessor, demonym/organisation modifier, by-phrase.
    For nouns whose `of` phrase is the patient ("the arrest of X"), the possessor is the patient too
    ("X's arrest") and is left to `noun_patients`."""
    out = []
    possessor_is_patient = possessor_is_patient and possessor_is_patient_of(noun)
    for c in noun.children:
        if c.dep_ == "poss":
            if not possessor_is_patient:
                out.append(argument(c, "possessor"))
        elif c.dep_ in {"amod", "compound", "nmod"} and (state := _chained_state(c)) is not None:
            # "a US Predator drone attack", "a suspected US drone strike": the state names the word that
            # names the weapon, which names the attack; the state acts (s14 drone)
            out.append(argument(state, "state modifying the attack's weapon"))
        elif c.dep_ in {"amod", "compound", "nmod"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.ent_id_):
            if _attack_place(noun, c):
                continue  # "the Abuja car bombings", "the Kabul attack": a city names where, not who
            if stance_prefix(c) is not None:
                continue  # "anti-American protests", "pro-Russian rallies": whom they are for or against (s18)
            out.append(argument(c, "modifier naming an actor"))
        elif c.dep_ == "prep" and c.lower_ == "by":
            out += [argument(g, "'by' phrase") for g in c.children if g.dep_ == "pobj"]
    # "the arrest of X by police": the parser hangs the by-agent on the `of` object
    obj = of_phrase(noun)
    if obj is not None and not any(a.dep_ == "prep" and a.lower_ == "by" for a in noun.children):
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                out += [argument(g, "'by' phrase (after the 'of' phrase)") for g in c.children
                        if g.dep_ == "pobj" and g.ent_type_ not in DATE_LABELS and g.pos_ in {"NOUN", "PROPN"}]
    return out


STANCE_PREFIXES = ("anti", "pro")


def stance_prefix(mod: Token) -> str | None:
    """'anti' or 'pro' when the modifier is written with that prefix ("anti-American", "Anti - Japanese" as the
    tokenizer splits it, "pro-Russian"): the name is the side the event is against or for, not its actor (s18)."""
    low = mod.lower_
    for prefix in STANCE_PREFIXES:
        if low.startswith(prefix + "-"):
            return prefix
    doc = mod.doc
    if mod.i >= 2 and doc[mod.i - 1].text in {"-", "‐", "‑"} and doc[mod.i - 2].lower_ in STANCE_PREFIXES \
            and not doc[mod.i - 1].whitespace_ and not doc[mod.i - 2].whitespace_:
        return doc[mod.i - 2].lower_
    return None


def opposed_modifiers(noun: Token) -> list[Argument]:
    """'anti-American protests', 'anti-Japanese riots': the name after "anti-" is whom the event is against."""
    return [argument(c, "name after 'anti-' (whom it is against)") for c in noun.children
            if c.dep_ in {"amod", "compound", "nmod"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.ent_id_)
            and stance_prefix(c) == "anti"]


def _chained_state(mod: Token) -> Token | None:
    """A country or people (a table name: ent_id_ "country:"/"demonym:") modifying a modifier of an attack
    noun that names no state itself: "US" in "US Predator drone attack" or "US drone strike". Only for attack
    nouns (the caller's noun is the modifier's head) and only when the middle word is no table name."""
    noun = mod.head
    if noun.lemma_.lower() not in ATTACK_NOUNS and noun.lower_ not in ATTACK_NOUNS \
            and not noun.lower_.endswith(("strike", "strikes", "attack", "attacks")):
        return None
    if mod.ent_id_ or mod.ent_type_ in {"NORP", "GPE"} or mod.i > noun.i:
        return None
    return next((g for g in mod.children if g.dep_ in {"amod", "compound"} and g.i < mod.i
                 and g.ent_id_.startswith(("country:", "demonym:"))), None)


def _attack_place(noun: Token, mod: Token) -> bool:
    """A city, province or other place modifying an attack noun is where it happened ("the Abuja car
    bombings", "the Mumbai attacks"); a state ("US strikes") or a people ("Russian airstrikes") acts."""
    if noun.lemma_.lower() not in ATTACK_NOUNS and noun.lower_ not in ATTACK_NOUNS:
        return False
    if mod.ent_id_.startswith(("capital:", "admin1:")):
        return True
    return mod.ent_type_ in {"GPE", "LOC", "FAC"} and not mod.ent_id_


# Nominal events whose possessor, with no `of` phrase, is who it happened to ("X's arrest", "X's
# killing"); any other possessor is the one who acts ("Hamas's attack", "the army's crackdown").
PATIENT_POSSESSOR_NOUNS = frozenset(_LEX["patient_possessor_nouns"])


def possessor_is_patient_of(noun: Token) -> bool:
    """Is the possessor of this nominal event its patient? Not with an `of` phrase ("Iran's release of
    the sailors": Iran acts), and only for nouns of what is done to someone."""
    word = noun.lemma_.lower()
    return (word in PATIENT_POSSESSOR_NOUNS or noun.lower_ in PATIENT_POSSESSOR_NOUNS) and of_phrase(noun) is None


def noun_patients(noun: Token) -> list[Argument]:
    """'X's arrest', 'al-Rufay'i's killing': the possessor of a patient nominal is who it happened to."""
    if not possessor_is_patient_of(noun):
        return []
    return [argument(c, "possessor (patient)") for c in noun.children if c.dep_ == "poss"]


IN_LIGHT_VERBS = frozenset(_LEX["in_light_verbs"])
SERIES_NOUNS = frozenset(_LEX["series_nouns"])
CANCELLING_OFF_VERBS = frozenset(_LEX["cancelling_off_verbs"])
JUSTIFYING_VERBS = frozenset(_LEX["justifying_verbs"])
EXERCISE_NOUNS = frozenset(_LEX["exercise_nouns"])
RELIEF_PURPOSE_VERBS = frozenset(_LEX["relief_purpose_verbs"])
LOAD_NOUNS = frozenset(_LEX["load_nouns"])


def relief_purpose(verb: Token, disaster: bool) -> Token | None:
    """The to-purpose clause under a deployment verb that makes it assistance ("sent troops to train the army";
    "to help flood victims" only when `disaster`), else None."""
    for c in verb.children:
        if c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and (
                c.lemma_.lower() in RELIEF_PURPOSE_VERBS or disaster and c.lemma_.lower() in AID_PURPOSE_VERBS):
            return c
    return None


def exercise_partners(noun: Token, verb: Token, actor_heads: list[Token]) -> list[Argument]:
    """The other parties of a military exercise (s13b coop): the partners of its "with" phrase, on the noun or
    its light verb ("conducted exercises with Tanzania and Uganda", "held drills with Ugandan and Tanzanian
    troops"), and the several states an actor phrase names ("the navies of Russia and Vietnam held
    exercises"). Only names of states or their peoples count (the pipeline keeps those that resolve to a country):
    "drills with live ammunition" has no partner."""
    out: list[Argument] = []
    doc = noun.doc
    # (not a relation noun's phrase the parser hung on the exercise: "a drill on the border with Turkey")
    heads = [g for h in {noun, verb} for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             and doc[c.i - 1].lemma_.lower() not in WITH_NOUNS for g in c.children if g.dep_ == "pobj"]
    heads += [g for a in actor_heads for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    for g in heads:
        for t in g.subtree:
            if t.ent_id_.split(":")[0] not in {"country", "demonym", "capital"}:
                continue
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)  # "the United States": the whole name
            start, end = (ent.start, ent.end) if ent is not None else (t.i, t.i + 1)
            if not any(a.start <= t.i < a.end for a in out):
                out.append(Argument(head=t.i, start=start, end=end, via="exercise partner"))
    return out


def _cancels(verb: Token) -> bool:
    """A light verb with the particle "off" that cancels or fends off its object: "called off the strike"."""
    return verb.lemma_.lower() in CANCELLING_OFF_VERBS and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def light_verb_of(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The light verb whose object (or passive subject) the noun is: 'held talks', 'sanctions were imposed'."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass", "obj"} and head.lemma_ in light_verbs and head.pos_ in {"VERB", "AUX"}:
        return None if _cancels(head) else head
    # "engaged in talks", "took part in exercises": the event noun is the object of "in" under the verb
    # (not any verb with an "into" phrase: "convened an inquiry into the killings")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in light_verbs and head.lower_ in {"in", "into"} \
            and head.head.lemma_ in IN_LIGHT_VERBS:
        return head.head
    # s22: "joined the minister for talks", "gathered for a meeting": the meeting they came together for (the
    # small model may hang the "for" phrase on the person joined)
    if noun.dep_ == "pobj" and head.lower_ == "for" and (noun.lemma_.lower() in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS):
        gatherer = head.head.head if head.head.dep_ == "dobj" else head.head
        if gatherer.lemma_.lower() in FOR_MEETING_VERBS and gatherer.pos_ == "VERB":
            return gatherer
    # "arrived in Amman on a visit": the traveller visits
    if noun.dep_ == "pobj" and head.lower_ in {"on", "for"} and head.head.lemma_ in TRAVEL_VERBS | {"be", "remain", "stay"}:
        return head.head
    # "launched a series of raids", "held a round of talks": the counted noun of the light verb's object
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SERIES_NOUNS:
        return light_verb_of(head.head, light_verbs)
    # coordinated objects: "launched raids and arrests"
    if noun.dep_ == "conj":
        return light_verb_of(noun.head, light_verbs)
    # a passive participle after the noun: "sanctions imposed by the UN", "talks held in Geneva"
    for c in noun.rights:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in light_verbs:
            return c
        if _object_relative(noun, c) and c.lemma_ in light_verbs and not _cancels(c):
            return c  # s22: "the ban that Washington imposed on X", "the talks they held in Oslo"
    return None


def relative_makers(noun: Token) -> list[Token]:
    """Who made the thing, named as the subject of a relative clause on it whose object it is: "the sanctions the EU
    imposed", "the law that parliament passed" (a pronoun subject is left to the clause it stands in) (s23)."""
    return [s for c in noun.children if _object_relative(noun, c) for s in c.children
            if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}]


def _object_relative(noun: Token, verb: Token) -> bool:
    """`verb` is a relative clause on `noun` whose object the noun is: "the ban that they imposed", "the ban they
    imposed" (no object of its own, or a relative pronoun as it), with a subject of its own."""
    if verb.dep_ != "relcl" or verb.head != noun or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}]
    # (the model tags a relative "that" IN now and then: "the embargo that Germany imposed", s23)
    return bool(subjects) and all(o.tag_ in {"WDT", "WP"} or o.lower_ in {"that", "which"} for o in objects)


# Verbs that say a nominal event happened without naming who did it: "riots broke out", "clashes
# erupted", "a strike began". (lemma, required particle or None)
ONSET_VERBS = frozenset((lemma, part) for lemma, part in _LEX["onset_verbs"])
# Verbs of a meeting's course ("the talks ended", "the summit opened") and the meeting nouns they say were held (s16 trig).
MEETING_COURSE_VERBS = frozenset((lemma, part) for lemma, part in _LEX["meeting_course_verbs"])
MEETING_NOUNS = frozenset(_LEX["meeting_nouns"])
FOR_MEETING_VERBS = frozenset(_LEX["for_meeting_verbs"])


def onset_verb_of(noun: Token) -> Token | None:
    """The verb of which the event noun is the subject and that says it happened ("protests erupted")."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.pos_ != "VERB":
        return None
    parts = {c.lower_ for c in head.children if c.dep_ in {"prt", "dobj", "prep"}}
    for lemma, part in ONSET_VERBS:
        if head.lemma_.lower() == lemma and (part is None or part in parts):
            return head
    if (noun.lemma_.lower() in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS) and head.dep_ != "xcomp" and not any(
            c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "wo", "to"} for c in head.children):
        # "talks between X and Y ended without agreement", "the summit opened in Doha": the meeting was held (s16 trig)
        parts |= {c.lower_ for c in head.children if c.dep_ == "advmod"}  # "got underway", "went ahead"
        for lemma, part in MEETING_COURSE_VERBS:
            if head.lemma_.lower() == lemma and (part is None or part in parts):
                return head
    return None


# Verbs that report that a nominal event took place, the event noun their passive subject: "heavy fighting
# is reported in the north", "clashes reported in the capital" (headline), "arrests reported in two towns" (s16 ngec).
OCCURRENCE_REPORT_VERBS = frozenset(_LEX["occurrence_report_verbs"])


def reported_occurrence_verb(noun: Token) -> Token | None:
    """The verb that reports the event noun happened, naming nobody who did it: the noun is its passive
    subject ("fighting was reported in X"), the subject of a headline's bare participle ("Clashes reported in
    X", which the small model tags as a past tense with no object), or the noun a reduced relative hangs on
    ("Mass arrests reported in X"). Not when the verb has its own clause ("attacks are reported to have
    killed 15": the verb of the clause is the event) nor an object ("protests reported the abuse")."""
    if noun.dep_ in {"nsubjpass", "nsubj"}:
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in OCCURRENCE_REPORT_VERBS:
            return None
        if noun.dep_ == "nsubj" and verb.tag_ not in {"VBD", "VBN"}:
            return None
    else:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in OCCURRENCE_REPORT_VERBS), None)
        if verb is None:
            return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"} for c in verb.children):
        return None
    return verb


# Verbs whose subject undergoes the event a noun names ("suffered an attack", "came under fire", "died of
# torture"): the subject is the recipient, not the actor (roles.yaml, undergoer_*).
UNDERGOER_VERBS = frozenset(_LEX["undergoer_verbs"])
UNDERGOER_UNDER_VERBS = frozenset(_LEX["undergoer_under_verbs"])
UNDERGOER_PREP_VERBS = frozenset(_LEX["undergoer_prep_verbs"])
UNDERGOER_PREP_PREPS = frozenset(_LEX["undergoer_prep_preps"])
UNDERGOER_AGENT_PREPS = frozenset(_LEX["undergoer_agent_preps"])


# Nouns of a compound causal preposition: "died as a result of torture", "as a consequence of the beatings".
CAUSE_NOUNS = frozenset({"result", "consequence"})


def _causal_phrase_verb(noun: Token) -> Token | None:
    """The verb a compound causal preposition hangs the noun on: "died as a result of torture", "died due
    to torture", "died because of torture" (the small model hangs the noun on "because"); else None."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "because" and prep.dep_ == "prep":
        return prep.head
    if prep.lower_ == "to" and prep.head.lower_ == "due" and prep.head.dep_ in {"prep", "amod", "advmod", "acomp"}:
        return prep.head.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in CAUSE_NOUNS and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ == "as" and prep.head.head.dep_ == "prep":
        return prep.head.head.head
    return None


def undergoer_verb_of(noun: Token) -> Token | None:
    """The verb whose subject undergoes the nominal event: "the town suffered a rocket attack", "the
    convoy came under fire", "a detainee died of torture" (or "as a result of", "due to", "because of"
    torture); else None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in UNDERGOER_VERBS:
        return head
    cause = _causal_phrase_verb(noun)
    if cause is not None and cause.pos_ == "VERB" and cause.lemma_.lower() in UNDERGOER_PREP_VERBS:
        return cause
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb, prep = head.head, head.lower_
        if prep == "under" and verb.lemma_.lower() in UNDERGOER_UNDER_VERBS:
            return verb
        if prep in UNDERGOER_PREP_PREPS and verb.lemma_.lower() in UNDERGOER_PREP_VERBS:
            return verb
    return None


def undergoer_parties(noun: Token, verb: Token) -> tuple[list[Argument], list[Argument]]:
    """Actors and recipients of an undergone event: the verb's subject undergoes it; who did it is the
    noun's or the verb's "by"/"from" phrase ("came under fire from rebels", "received aid from Japan")."""
    if is_passive(verb):
        return [], []  # "aid was received by the camp": the clause names no undergoer subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in {"WDT", "WP"} or subj.pos_ == "PRON" and subj.lower_ in {"it", "this", "that"}:
        return [], []
    recipients = [argument(subj, f"subject of '{verb.text}' (undergoes the event)")]
    actors = [argument(g, f"'{p.lower_}' phrase") for holder in (noun, verb) for p in holder.children
              if p.dep_ in {"prep", "agent"} and p.lower_ in UNDERGOER_AGENT_PREPS and p.i > noun.i
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in DATE_LABELS]
    return actors, recipients


def aspectual_governor(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ASPECTUAL


# Verbs whose object is the means of the act, not a party to it ("use force", "employ weapons").
INSTRUMENT_VERBS = frozenset(_LEX["instrument_verbs"])
# Verbs whose object is made or founded ("agreed to set up a centre"): no party to the act.
MAKING_VERBS = frozenset(_LEX["making_verbs"])


DISPATCH_VERBS = frozenset(_LEX["dispatch_verbs"])
FORCE_NOUNS = frozenset(_LEX["force_nouns"])


def own_forces_moved(verb: Token, obj: Token | None) -> bool:
    """'mobilized the army', 'withdrew 300 peacekeepers', 'send troops': forces that a dispatch verb
    moves are the actor's own (unless a name in the phrase says whose they are: 'sent Iraqi troops')."""
    if obj is None or verb.lemma_.lower() not in DISPATCH_VERBS:
        return False
    head = counted(obj)
    if head.pos_ != "NOUN" or (head.lemma_.lower() not in FORCE_NOUNS and head.lower_ not in FORCE_NOUNS):
        return False
    return not any(t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or t.ent_id_
                   for t in head.subtree if t.i < head.i or t.dep_ in {"compound", "amod", "poss", "nmod"})


def makes_its_object(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    parts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in MAKING_VERBS or any(f"{lemma} {p}" in MAKING_VERBS for p in parts)


# Help a promise offers (roles.yaml promised_help_nouns): "promised support for X", "its commitment to support X".
PROMISED_HELP_NOUNS = frozenset(_LEX["promised_help_nouns"])


def _help_for(noun: Token) -> list[tuple[str, Token]]:
    """Whom help is for: the to/for phrase of the noun when it names a party (a name, a state, people: "support
    for the rebels", "aid to Kenya"), and the owner of what it names ("support for China's position"); not a
    thing ("support for a proposed commission")."""
    out = []
    for c in noun.children:
        if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"}:
            for g in c.children:
                if g.dep_ != "pobj" or g.ent_type_ in DATE_LABELS:
                    continue
                word = g.lemma_.lower()
                if g.pos_ == "PROPN" or g.ent_id_ or g.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} \
                        or word in PEOPLE_NOUNS or word.endswith(AGENT_SUFFIXES) and not word.endswith(EVENT_SUFFIXES) \
                        or any(p.dep_ == "poss" and p.pos_ != "PRON" for p in g.children):  # "China's position"
                    out.append((c.lower_, g))
                out += [(c.lower_, o) for o in owners(g)]
    return out


def content_recipients(verb: Token) -> list[Argument]:
    """Whom a threat, demand, promise or refusal is about: the object or to/against/on phrase of its
    infinitive ("threatened to shell Iraqi towns", "refused to lift the curfew on Palestinians")."""
    out: list[Argument] = []
    if verb.lemma_.lower() in REFUSAL_VERBS:  # "declined to resign despite pressure by X": X is refused
        for c in [*verb.children, *(g for x in verb.children if x.dep_ == "xcomp" for g in x.children)]:
            if c.dep_ == "prep" and c.lower_ in {"despite", "against"}:
                for g in c.children:
                    if g.dep_ == "pobj" and (g.lemma_.lower() in PRESSURE_NOUNS or g.lower_ in PRESSURE_NOUNS):
                        for o in owners(g):
                            _add(out, o, f"owner of '{g.text}' refused")
    # "promised support for X's efforts", "pledged assistance to X", "reiterated its commitment to support X":
    # the help promised names whom it is for, in its for/to phrase or the object of its infinitive (s14)
    contents = list(verb.children)
    for n in verb.children:
        if n.dep_ == "dobj" and n.pos_ == "NOUN" and n.lemma_.lower() in PROMISED_HELP_NOUNS:
            for prep, pobj in _help_for(n):
                _add(out, pobj, f"'{prep}' phrase of '{n.text}'")
            contents += [c for c in n.children if c.dep_ == "acl" and c.pos_ == "VERB"
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # "vowed to keep fighting the army": the act promised is the infinitive of the aspectual verb (s18 types)
    contents += [g for x in contents if x.dep_ == "xcomp" for g in x.children if aspectual_governor(g)]
    for x in contents:
        if x.dep_ == "ccomp" and x.i < verb.i and any(t.text in {":", ";"} for t in verb.doc[x.right_edge.i + 1 : verb.i]):
            # "X, Y and Z have conducted searches: all three offered help", "Hungary spent 1.2%; NATO guidelines
            # call for 2%": a clause before a colon or semicolon is a sentence of its own the parser hung on the
            # verb, not the content of the offer or demand (s17 roles)
            continue
        # "demanded that the DPRK forsake its programme": the one asked to act is the clause's subject
        if (x.dep_ == "ccomp" or x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in x.children)) \
                and (x.pos_ in {"VERB", "AUX"} or _clause_head(x)):  # "pressed for Serbia to recognize ..." as well
            subj = [c for c in x.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            own = [c for c in x.children if c.dep_ == "nsubj" and (c.pos_ == "PRON" or any(
                p.dep_ == "poss" and p.lower_ in {"its", "our", "their", "his", "her"} for p in c.children))]
            forces = (f := forces_will_clause(verb)) is not None and f.i == x.i  # "warned that police would ..." (s14)
            if subj and not own and not forces:
                out.append(argument(subj[0], f"subject of '{x.text}'"))
            if not forces and not (own and (w := own_will_clause(verb)) is not None and w.i == x.i):
                continue
            # "warned that his fighters would attack the city": the speaker's side acts, on the city
        if x.dep_ not in {"xcomp", "ccomp", "acl"} or x.pos_ != "VERB" or makes_its_object(x):
            continue  # "agreed to set up a centre in X": what is made and where, no party
        obj = direct_object(x)
        if obj is None and x.lemma_.lower() in AID_PURPOSE_VERBS:  # "pledged to help Syria rebuild": Syria is helped
            obj = next((s for c in x.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB"
                        for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}), None)
        own = obj is not None and any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children)
        # not "agreed to withdraw its troops"; not the means in "threatened to use force against X"
        if obj is not None and not is_passive(x) and not own and x.lemma_.lower() not in INSTRUMENT_VERBS \
                and not own_forces_moved(x, obj):
            out.append(argument(obj, f"object of '{x.text}'"))
            # "will no longer tolerate rallies by the X group", "vowed to crush protests by students": whoever does the
            # act the threat or promise is aimed at is its party (s21)
            out += [argument(g, f"'by' phrase of '{obj.text}'") for c in obj.children if c.dep_ == "prep"
                    and c.lower_ == "by" for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
                    and g.ent_type_ not in DATE_LABELS]
        holders = [x] + ([obj] if obj is not None else [])
        for h in holders:
            for prep, pobj in prep_objects(h, {"to", "against", "on", "with", "in", "into", "between", "from"}):
                if prep == "from" and not (pobj.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or pobj.ent_id_):
                    continue  # "to withdraw from Beirut", "aid from the United States"; not "from the town"
                out.append(argument(pobj, f"'{prep}' phrase of '{x.text}'"))
    return out


def invited_to_meet(verb: Token) -> list[Argument]:
    """Whom an invitation accepted or declined is to meet: the 'with' phrase or the object of the invitation's
    infinitive ("accepted an invitation to meet with the Zembian president", "to visit Zembla"), when the
    invitation names no one who invites ("Zembla's invitation", "an invitation from Zembla"); s13b coop."""
    out: list[Argument] = []
    for x in verb.children:
        if x.dep_ != "dobj" or x.lemma_.lower() not in INVITATION_NOUNS or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in x.children):
            continue
        for inf in x.children:
            if inf.dep_ not in {"acl", "relcl"} or inf.pos_ != "VERB" or not any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in inf.children):
                continue
            out += [argument(pobj, f"'with' phrase of '{inf.text}'") for _prep, pobj in prep_objects(inf, {"with"})]
            obj = direct_object(inf)
            if not out and obj is not None and obj.pos_ in {"PROPN", "NOUN"}:
                out.append(argument(obj, f"object of '{inf.text}'"))
    return out


def _clause_head(x: Token) -> bool:
    """A clause whose verb the small model tagged as a noun ("demands that the army arrest the
    governor"): a subject and an object or a 'that' before it make it a clause."""
    return x.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in x.children) and any(
        c.dep_ in {"dobj", "mark"} for c in x.children)


# The one a nominal event is aimed at, by the event's type, when the noun's lexicon entry names no such
# preposition itself: "a blockade against X", "a crackdown on X", "sanctions against X", "protests
# against X", "threats against X", "demands on X", "aid to X", "talks with X" (the partner; the
# pipeline makes both sides actors when there is no host), "an agreement with X" (joint). Never
# "over"/"about": "a strike over pay" names the issue, not a party.
NOUN_TYPE_SLOTS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _LEX["noun_type_slots"].items()}


def mediates(entry: TriggerEntry) -> bool:
    """A mediation: the parties it is 'between' are its recipients, not joint actors with the mediator."""
    return entry.type == "CONSULT" and (entry.mode == "third-party" or (entry.cameo or "").startswith("045"))


def noun_slots(entry: TriggerEntry) -> set[str]:
    """Recipient slots of a nominal trigger: its own and those its event type always has."""
    return set(entry.recipient) | set(NOUN_TYPE_SLOTS.get(entry.type, ()))


def _add_aid_purpose(holder: Token, out: list[Argument]) -> None:
    """The object of a purpose clause under `holder` ("... to help flood victims"): whom aid is for."""
    for c in holder.children:
        if c.dep_ in {"advcl", "xcomp", "acl", "relcl"} and c.lemma_.lower() in AID_PURPOSE_VERBS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            target = helped_party(c)
            if target is not None and target.pos_ in {"NOUN", "PROPN"}:
                _add(out, target, f"object of '{c.text}' (whom the aid is for)")


def helped_party(verb: Token) -> Token | None:
    """Whom a purpose verb of aid helps: its object ("to help flood victims"), else the subject the parser gives
    the clause after it ("to help Haiti cope with the storm", "to assist Nepal (to) rebuild": Haiti is helped, s21)."""
    target = direct_object(verb)
    if target is not None:
        return target
    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i:
            return next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
    return None


def _add_aid_noun_to(obj: Token, out: list[Argument]) -> None:
    """'$10 million in aid to X', '40 tonnes of supplies to X': the `to` phrase of an aid noun (to_nouns)
    inside the object of a giving verb."""
    for t in obj.subtree:
        if t.i != obj.i and t.pos_ == "NOUN" and t.lemma_.lower() in TO_NOUNS:
            for g in (g for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)):
                if g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ not in DATE_LABELS:
                    _add(out, g, f"'to' phrase of '{t.text}' in the object")


def _add(out: list[Argument], tok: Token, via: str) -> None:
    if tok.ent_type_ not in DATE_LABELS and not any(a.head == tok.i for a in out):
        out.append(argument(tok, via))


# Purpose clauses of a protest: "protested to demand that the government resign", "marched, calling
# for the removal of the president", "rallied to denounce X's decision".
DEMAND_VERBS = frozenset(_LEX["demand_verbs"])
PERSON_OBJECT_VERBS = frozenset(_LEX["person_object_verbs"])
OPPOSE_VERBS = frozenset(_LEX["oppose_verbs"])
SHOW_VERBS = frozenset(_LEX["show_verbs"])
FEELING_NOUNS = frozenset(_LEX["feeling_nouns"])
# What a demand may want done to an office-holder: "demanded the resignation of X" is aimed at X.
OUSTER_NOUNS = frozenset(_LEX["ouster_nouns"])
# "called for an end to the Israeli blockade": the one asked is whoever does the act ended
CESSATION_NOUNS = frozenset(_LEX["cessation_nouns"])
# Seats a protest is staged at, standing for whom they house: "outside the US embassy", "before parliament".
SEAT_NOUNS = frozenset(_LEX["seat_nouns"])
BREAKAWAY_NOUNS = frozenset(_LEX["breakaway_nouns"])
# "in defiance of X", "in protest against X's decision", "in opposition to X"
DEFIANCE_NOUNS = frozenset(_LEX["defiance_nouns"])
PURPOSE_DEPS = {"advcl", "xcomp", "acl", "relcl", "conj"}


def _aimed_at(thing: Token, out: list[Argument], via: str, itself: bool) -> None:
    """A demanded or opposed thing: itself when `itself` (a named party), its owners ("X's decision",
    "a bill signed by X", "reforms by X's government"), and for an ouster the one ousted."""
    if itself:
        _add(out, thing, via)
    for o in owners(thing):
        _add(out, o, f"owner of '{thing.text}' in {via}")
    word = thing.lemma_.lower()
    if word in OUSTER_NOUNS:
        obj = of_phrase(thing)
        if obj is not None:
            _add(out, obj, f"'{thing.text} of' in {via}")
        for c in thing.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                _add(out, c, f"possessor of '{thing.text}' in {via}")
    elif word in CESSATION_NOUNS and thing.pos_ == "NOUN":  # "an end to the Israeli blockade of X"
        for act in (g for p in thing.children if p.dep_ == "prep" and p.lower_ in {"to", "of"}
                    for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
            for who in act_agents(act):
                if who.i != act.i:
                    _add(out, who, f"doer of the '{act.text}' in '{thing.text}' ({via})")
                elif not any(a.head == act.i for a in out):  # "the Israeli siege", not "... of X and a truce"
                    out.append(Argument(act.i, np_bounds(act)[0], act.i + 1, f"the '{act.text}' in '{thing.text}' ({via})"))
    elif word in BREAKAWAY_NOUNS:  # "calling for independence from X"
        for c in thing.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for g in c.children:
                    if g.dep_ == "pobj":
                        _add(out, g, f"'{thing.text} from' in {via}")
    elif thing.pos_ == "NOUN" and (word in EVENT_NOUNS or word.endswith(EVENT_SUFFIXES)):
        obj = of_phrase(thing)  # "the return of property seized by X": whose the thing is
        if obj is not None:
            for o in owners(obj):
                _add(out, o, f"owner of '{obj.text}' in {via}")


def act_agents(act: Token) -> list[Token]:
    """Who does a nominal act named without a verb: its possessor ("India's repression"; not a pronoun, nor
    the patient of "X's arrest"), its by-agent ("raids by the militia"), or the act itself when a state or
    people names it ("the Israeli blockade", "US sanctions": the phrase resolves to that country), never
    its `of` or `on` phrase ("the siege of X", "sanctions on X" name whom it falls on). A body naming it does
    too ("the rebel blockade", "a government crackdown")."""
    word = act.lemma_.lower()
    if word in PEOPLE_NOUNS or word.endswith(AGENT_SUFFIXES) and not word.endswith(EVENT_SUFFIXES):
        return []  # "an end to cabinet officials vacationing overseas": people, not an act
    out = [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON" and not possessor_is_patient_of(act)]
    out += [g for c in act.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
    if not out and any(m.dep_ in {"amod", "compound", "nmod"} and m.i < act.i
                       and (m.ent_id_.startswith(("country:", "demonym:")) or m.lemma_.lower() in PEOPLE_NOUNS)
                       for m in act.children):
        out.append(act)
    return out


# Gatherings a protest may follow or grow out of, whose stated purpose is its own (roles.yaml gathering_nouns).
GATHERING_NOUNS = frozenset(_LEX["gathering_nouns"])
PROTEST_SEQUEL_PREPS = frozenset({"after", "following", "during"})


def protest_targets(holders: list[Token]) -> list[Argument]:
    """Whom a protest is aimed at when its purpose says so: the subject of a demanded clause, the party
    urged, the owner of what is demanded or opposed, the one whose removal is demanded, "in defiance of
    X"; and the owner of the issue ("a strike over a bill signed by the minister"), never the issue."""
    out: list[Argument] = []
    seats: list[Argument] = []  # where it is staged: only when nothing else names the target
    # "rioted following a demonstration calling for X's removal": the gathering they came from speaks for them
    holders = holders + [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in PROTEST_SEQUEL_PREPS
                         for g in c.children if g.dep_ in {"pobj", "dobj"} and g.lemma_.lower() in GATHERING_NOUNS]
    # "stopped work over X": the issue may hang on the verb's object
    issue_holders = holders + [c for h in holders for c in h.children if c.dep_ == "dobj"]
    for h in issue_holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in {"over", "at", "about"}:
                for g in c.children:
                    if g.dep_ == "pobj":
                        _aimed_at(g, out, f"'{c.lower_}' phrase (the issue's owner)", itself=False)
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in {"outside", "at", "before", "near", "in"}:
                for g in c.children:  # "rallied outside the US embassy", "in front of parliament"
                    if g.dep_ == "pobj" and g.lower_ == "front" and c.lower_ == "in":
                        g = next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for x in p.children if x.dep_ == "pobj"), g)
                    if g.dep_ == "pobj" and g.lemma_.lower() in SEAT_NOUNS:
                        _add(seats, g, f"'{c.lower_}' the {g.text} (whose seat)")
            if c.dep_ == "prep" and c.lower_ == "in":
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in DEFIANCE_NOUNS:
                        for p in g.children:
                            if p.dep_ == "prep" and p.lower_ in {"of", "to", "against", "at"}:
                                for x in p.children:
                                    if x.dep_ == "pobj":
                                        _aimed_at(x, out, f"'in {g.text} {p.lower_}'", itself=True)
            if c.dep_ not in PURPOSE_DEPS or c.pos_ != "VERB" or c.i < h.i and c.dep_ == "conj":
                continue
            word = c.lemma_.lower()
            via = f"purpose '{c.text}'"
            if word in DEMAND_VERBS:
                for x in c.children:
                    if x.dep_ == "ccomp" and x.pos_ in {"VERB", "AUX", "ADJ"}:
                        for s in x.children:
                            if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON":
                                _add(out, s, f"subject of '{x.text}' in {via}")
                    elif x.dep_ == "dobj":
                        _aimed_at(x, out, via, itself=word in PERSON_OBJECT_VERBS)
                    elif x.dep_ == "prep" and x.lower_ in {"for", "on", "from", "to"}:
                        for g in x.children:
                            if g.dep_ == "pobj":
                                _aimed_at(g, out, via, itself=x.lower_ != "for")
            elif word in SHOW_VERBS:  # "to show their disapproval of X's policies"
                for x in c.children:
                    if x.dep_ == "dobj" and x.lemma_.lower() in FEELING_NOUNS:
                        for p in x.children:
                            if p.dep_ == "prep" and p.lower_ in {"of", "for", "at", "with", "against", "toward", "towards"}:
                                for g in p.children:
                                    if g.dep_ == "pobj":
                                        _aimed_at(g, out, f"{via} {x.text} {p.lower_}", itself=True)
            elif word in OPPOSE_VERBS:
                for x in c.children:
                    if x.dep_ == "dobj":
                        _aimed_at(x, out, via, itself=True)
                    elif x.dep_ == "prep" and x.lower_ in {"against", "at"}:
                        for g in x.children:
                            if g.dep_ == "pobj":
                                _aimed_at(g, out, via, itself=True)
    return out or seats
