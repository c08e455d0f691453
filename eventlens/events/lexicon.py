"""The trigger lexicon: `lexicons/triggers.yaml` loaded into an index by head lemma.

The YAML groups carry defaults for their entries; `load_lexicon` flattens them into `TriggerEntry`
objects and checks the schema, so a bad edit fails at load (and in tests), not mid-corpus.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import yamlload
from ..record import PLOVER_TYPES

ENTRY_KEYS = {
    "lemma", "pos", "type", "mode", "context", "cameo", "obj", "not_obj", "recipient", "of", "nominal",
    "joint", "also", "actor_sector", "strength", "deviation", "light", "sentence", "not_sentence",
}
NOMINAL_MODES = {"always", "actor", "light_verb"}
RECIPIENT_SLOTS = {
    "dobj", "dative", "with", "against", "on", "to", "from", "at", "for", "of", "into", "between", "over",
    "about", "toward", "towards", "ccomp",
}


@dataclass(frozen=True)
class ExtraType:
    type: str
    mode: str | None
    cameo: str
    # words (lemma or spelling) of which the sentence must hold one for the further event to count: a sentence
    # is a detention only when it is a prison term ("sentenced to five years in prison", not "was sentenced on
    # Wednesday" or "sentenced to a fine")
    sentence: frozenset[str] | None = None


@dataclass(frozen=True)
class TriggerEntry:
    group: str
    lemma: str  # head lemma
    particles: tuple[str, ...]  # "call on" -> ("on",); "hunger strike" (noun) -> modifiers before head
    pos: str  # verb | noun
    type: str
    mode: str | None
    cameo: str
    context: tuple[str, ...] = ()
    obj: frozenset[str] | None = None
    not_obj: frozenset[str] = frozenset()
    recipient: tuple[str, ...] = ()
    of: str = "recipient"  # recipient | actor | object
    # always | light_verb | actor (a bare noun only with a named actor: "Israel's blockade of Gaza")
    nominal: str = "always"
    joint: bool = False
    also: tuple[ExtraType, ...] = ()
    actor_sector: frozenset[str] | None = None
    strength: float = 0.8
    deviation: str | None = None
    light: frozenset[str] | None = None  # nouns: only with these light verbs ("declared a ceasefire")
    # words (lemma or spelling) of which the sentence must hold one / may hold none ("imposed a state
    # of emergency" after riots is COERCE, after floods it is not)
    sentence: frozenset[str] | None = None
    not_sentence: frozenset[str] = frozenset()

    @property
    def phrase(self) -> str:
        if self.pos == "noun" and self.particles:
            return " ".join((*self.particles, self.lemma))
        return " ".join((self.lemma, *self.particles))

    def sentence_allows(self, words: set[str]) -> bool:
        """The sentence-word conditions, given the sentence's lemmas and lower-case spellings."""
        if self.not_sentence and not self.not_sentence.isdisjoint(words):
            return False
        return self.sentence is None or not self.sentence.isdisjoint(words)

    @property
    def specificity(self) -> int:
        """More specific entries win over general ones for the same word."""
        return 2 * len(self.particles) + (1 if self.obj else 0) + (1 if self.light else 0)


@dataclass
class TriggerLexicon:
    version: str
    light_verbs: frozenset[str]
    entries: list[TriggerEntry]
    by_lemma: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    by_specificity: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict, repr=False, compare=False)
    # light verbs only for the entries that name them in `light` ("raised the possibility of sanctions"
    # is a threat; "raised aid" is no aid event)
    restricted_light_verbs: frozenset[str] = frozenset()
    # verbs whose object the small model parses as the subject of a to-clause ("allowed the monitors to
    # enter": ccomp 'enter' with nsubj 'monitors'); for them that subject is the object entries test
    clause_object_verbs: frozenset[str] = frozenset()
    head_words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
        for entry in self.entries:
            index[(entry.pos, entry.lemma)].append(entry)
        self.by_lemma = dict(index)
        # the same lists, most specific entry first (a stable sort: the lexicon's order among equals),
        # so the coder can stop at the first entry that fits: no later one can be chosen over it
        self.by_specificity = {k: sorted(v, key=lambda e: -e.specificity) for k, v in self.by_lemma.items()}
        # every head word of any part of speech: a word outside it heads no entry, whatever its tag
        self.head_words = frozenset(lemma for _, lemma in self.by_lemma)

    def candidates(self, pos: str, lemma: str) -> list[TriggerEntry]:
        return self.by_lemma.get((pos, lemma), [])

    def ranked(self, pos: str, lemma: str) -> list[TriggerEntry]:
        """`candidates`, most specific first."""
        return self.by_specificity.get((pos, lemma), [])


class LexiconError(ValueError):
    pass


def _entry(group: dict, raw: dict) -> TriggerEntry:
    merged = {k: v for k, v in group.items() if k not in {"group", "comment", "entries"}}
    merged.update(raw)
    unknown = set(merged) - ENTRY_KEYS
    if unknown:
        raise LexiconError(f"group {group['group']}: unknown keys {sorted(unknown)} in {raw}")
    words = str(merged["lemma"]).split()
    pos = merged.get("pos")
    if pos not in {"verb", "noun"}:
        raise LexiconError(f"group {group['group']}: pos must be verb or noun in {raw}")
    # Verbs: head first then particles ("call on"); nouns: modifiers then head ("hunger strike").
    head, particles = (words[0], tuple(words[1:])) if pos == "verb" else (words[-1], tuple(words[:-1]))
    etype = merged.get("type")
    if etype not in PLOVER_TYPES:
        raise LexiconError(f"group {group['group']}: unknown PLOVER type {etype!r} in {raw}")
    cameo = str(merged.get("cameo", ""))
    if not cameo.isdigit():
        raise LexiconError(f"group {group['group']}: cameo must be a digit string in {raw}")
    recipient = tuple(merged["recipient"] if "recipient" in merged else (["dobj"] if pos == "verb" else []))
    bad = set(recipient) - RECIPIENT_SLOTS
    if bad:
        raise LexiconError(f"group {group['group']}: unknown recipient slots {sorted(bad)} in {raw}")
    also = tuple(
        ExtraType(type=a["type"], mode=a.get("mode"), cameo=str(a["cameo"]),
                  sentence=frozenset(str(w).lower() for w in a["sentence"]) if a.get("sentence") else None)
        for a in merged.get("also") or []
    )
    for a in also:
        if a.type not in PLOVER_TYPES:
            raise LexiconError(f"group {group['group']}: unknown type in also: {a}")
    obj = merged.get("obj")
    actor_sector = merged.get("actor_sector")
    nominal = merged.get("nominal", "always")
    if nominal not in NOMINAL_MODES:
        raise LexiconError(f"group {group['group']}: nominal must be one of {sorted(NOMINAL_MODES)} in {raw}")
    sentence, not_sentence = merged.get("sentence"), merged.get("not_sentence") or ()
    if any(" " in str(w) for w in [*(sentence or ()), *not_sentence]):
        raise LexiconError(f"group {group['group']}: sentence words are single words in {raw}")
    return TriggerEntry(
        group=group["group"],
        lemma=head,
        particles=particles,
        pos=pos,
        type=etype,
        mode=merged.get("mode"),
        cameo=cameo,
        context=tuple(merged.get("context") or ()),
        obj=frozenset(str(o).lower() for o in obj) if obj else None,
        not_obj=frozenset(str(o).lower() for o in merged.get("not_obj") or ()),
        recipient=recipient,
        of=merged.get("of", "recipient"),
        nominal=nominal,
        joint=bool(merged.get("joint", False)),
        also=also,
        actor_sector=frozenset(actor_sector) if actor_sector else None,
        strength=float(merged.get("strength", 0.8 if pos == "verb" else 0.7)),
        deviation=merged.get("deviation"),
        light=frozenset(merged["light"]) if merged.get("light") else None,
        sentence=frozenset(str(w).lower() for w in sentence) if sentence else None,
        not_sentence=frozenset(str(w).lower() for w in not_sentence),
    )


def parse_lexicon(data: dict) -> TriggerLexicon:
    if not isinstance(data, dict) or "version" not in data or "groups" not in data:
        raise LexiconError("lexicon needs `version` and `groups`")
    entries: list[TriggerEntry] = []
    for group in data["groups"]:
        if "group" not in group or not group.get("entries"):
            raise LexiconError(f"every group needs a name and entries: {group.get('group')}")
        entries.extend(_entry(group, raw) for raw in group["entries"])
    light_verbs = frozenset(data.get("light_verbs") or ())
    light_verbs |= frozenset(v for e in entries if e.light for v in e.light)
    restricted = frozenset(data.get("restricted_light_verbs") or ())
    return TriggerLexicon(version=str(data["version"]), light_verbs=light_verbs, entries=entries,
                          restricted_light_verbs=restricted,
                          clause_object_verbs=frozenset(data.get("clause_object_verbs") or ()))


def default_lexicon_path() -> Path:
    return Path(str(resources.files("eventlens") / "lexicons" / "triggers.yaml"))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> TriggerLexicon:
    """Load (once per process and path) and check the trigger lexicon."""
    from ..startcache import cached

    text = Path(path or default_lexicon_path()).read_text(encoding="utf-8")
    # Parsing the YAML (~380 kB) is 0.2-0.26 s of CPU at every process start (each Dask worker, each CLI
    # call), unpickling the same data 0.01 s: the parsed data is kept in the start-up cache, keyed by the
    # text itself, so an edited or other lexicon file is parsed afresh. The data, not the built lexicon, is
    # cached: `parse_lexicon` still checks and builds it here, so the lexicon is the one the YAML gives.
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return parse_lexicon(cached("trigger-lexicon-yaml", lambda: yamlload.safe_load(text), extra=digest))


@lru_cache(maxsize=4)
def load_word_classes(name: str = "constructions") -> dict[str, frozenset[str]]:
    """The word classes of the parse-shape rules (`lexicons/<name>.yaml`: constructions for the events stage
    and the pipeline, actor_words for the actors stage), each a frozenset, checked: every class a non-empty
    list of lowercase words."""
    return parse_word_classes(
        yamlload.safe_load((resources.files("eventlens") / "lexicons" / f"{name}.yaml").read_text("utf-8")), name)


def parse_word_classes(data: object, source: str = "constructions") -> dict[str, frozenset[str]]:
    if not isinstance(data, dict):
        raise LexiconError(f"{source}.yaml needs a mapping of class names to word lists")
    for name, words in data.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise LexiconError(f"{source}.yaml `{name}` must be a non-empty list of lowercase words")
    return {name: frozenset(words) for name, words in data.items()}
