"""Which texts can hold an event at all, decided from their spelling alone, before the model runs.

A trigger needs its head word, and an entry may also need particles ("call on") or an object from a
list ("ended the blockade"); these are tokens of the text. So a text none of whose entries has every
required word present, in some spelling the model could lemmatize to it, yields no event whatever
the tagger and parser would say, and `Pipeline.parse` leaves it tokenized only. Spellings come from
`nlp.attributes.spellings_of` (the lemmatizer run backwards). The test is deliberately loose: an
object list with a special token ("@person", "@must"...) counts as met, light verbs are not required
(an onset verb may stand in for them: "a truce took effect"), and anything else an entry may ask for
is ignored, so the filter can only let more texts through, never fewer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicon import TriggerLexicon

# Parts of speech whose inflections an object word may appear in (objects and their modifiers).
OBJECT_POS = ("verb", "noun", "adj")

Spell = Callable[[Iterable[str], tuple[str, ...]], frozenset[str] | None]


@dataclass(frozen=True)
class Requirement:
    """What else one entry needs in the text besides its head word (None: nothing)."""

    particles: frozenset[str]
    objects: frozenset[str] | None

    def met(self, words: set[str]) -> bool:
        return self.particles <= words and (self.objects is None or not self.objects.isdisjoint(words))


class TriggerPrefilter:
    def __init__(self, by_spelling: dict[str, list[Requirement]]) -> None:
        self.by_spelling = by_spelling

    @classmethod
    def from_lexicon(cls, lexicon: TriggerLexicon, spell: Spell) -> TriggerPrefilter | None:
        """None when some spelling set cannot be bounded (the filter would then have to pass everything)."""
        by_spelling: dict[str, list[Requirement]] = defaultdict(list)
        for (_, lemma), entries in lexicon.by_lemma.items():
            heads = spell([lemma], ("verb", "noun"))
            if heads is None:
                return None
            for entry in entries:
                listed = entry.obj is not None and not any(w.startswith("@") for w in entry.obj)
                objects = spell(entry.obj, OBJECT_POS) if listed else None
                if listed and objects is None:
                    return None
                requirement = Requirement(frozenset(entry.particles), objects)
                for spelling in heads:
                    by_spelling[spelling].append(requirement)
        # a verbless headline's verdict needs no verb ("Ex-minister guilty of bribery": events `_guilty_headline`)
        by_spelling["guilty"].append(Requirement(frozenset({"of"}), None))
        return cls(dict(by_spelling))

    def may_match(self, doc: Doc) -> bool:
        words = {t.lower_ for t in doc}
        return any(r.met(words) for w in words for r in self.by_spelling.get(w, ()))
