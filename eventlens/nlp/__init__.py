"""The `nlp` stage: the spaCy pipeline, loaded once per process, with eventlens' entity ruler.

The ruler runs before the statistical NER so that countries, capitals, first-level regions, demonyms
and international organisations are labelled consistently (the small model tags Dushanbe as ORG and
drops some demonyms) and carry `ent_id_ = "<kind>:<code>"`. It deliberately holds only these general
tables, not every gazetteer name: that would cost memory and give false hits (a border unit named
after a town is not a place).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from ..config import Settings
from ..errors import ModelNotInstalled
from .attributes import speed_up

RULER_NAME = "eventlens_entity_ruler"
# Components that only write `doc.ents`; when they end the pipeline, `parse` can run them on demand.
ENTITY_COMPONENTS = (RULER_NAME, "ner")


def ruler_patterns(gazetteer=None) -> list[dict]:
    """All entity-ruler patterns: actor tables (countries, demonyms, IGOs, seats of government) and
    gazetteer places (capitals, first-level regions)."""
    from ..actors import ruler_patterns as actor_patterns
    from ..where import default_gazetteer, ruler_place_patterns
    from ..where.gazetteer import OfflineGazetteer

    patterns = list(actor_patterns())
    gazetteer = gazetteer or default_gazetteer()
    if isinstance(gazetteer, OfflineGazetteer) and gazetteer.path.is_file():
        # ~4,000 gazetteer queries (0.4 s of every worker's start), read from the start-up cache when
        # an earlier process made them from the same index file (`eventlens.startcache`)
        from ..startcache import cached

        path = gazetteer.path
        stat = path.stat()
        patterns += cached("place-patterns", lambda: ruler_place_patterns(gazetteer),
                           extra=f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    else:
        patterns += ruler_place_patterns(gazetteer)
    return patterns


def build_nlp(model: str, patterns: list[dict]) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed; run `make install` (or set EVENTLENS_MODEL)"
        ) from exc
    speed_up(nlp)  # the same attributes and lemmas, faster
    split_abbreviation_hyphen(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS_NAME, before="parser")
        nlp.add_pipe(HYPHEN_REPAIR_NAME, after="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler", name=RULER_NAME, before=before, config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"}
    )
    # The ruler matches exact spellings (ORTH), so its phrase patterns need only the tokenizer; left to
    # itself, add_patterns would tag and parse all ~6,000 of them (4 s of every worker's start).
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(as_phrase_patterns(nlp, patterns))
    if len(ruler):
        # spaCy's ruler counts its patterns on every doc (a walk over ~850 labels) only to warn when
        # it has none: a third of the ruler's time. Ours has them, so the check is skipped.
        ruler._require_patterns = _has_patterns
    return nlp


# A hyphen between an abbreviation's closing period and a word: "U.S.-led", "U.N.-backed", "U.K.-based",
# "U.S.-China talks". spaCy's hyphen infix needs a letter or digit before the hyphen, so these stay one token
# and the country inside is lost ("the U.S.-led coalition" names no state); split, the abbreviation is the
# entity ruler's and the compound reads like "Saudi-led" or "Iran-Iraq". Only after a capital and period, so
# "p.m.-ish" and numbers ("3.-4.") are untouched.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def split_abbreviation_hyphen(nlp: Language) -> None:
    """Add the abbreviation-hyphen infix to the model's own infix rules (kept as they are)."""
    finditer = nlp.tokenizer.infix_finditer
    current = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if current is None or ABBREVIATION_HYPHEN in current:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{current}|{ABBREVIATION_HYPHEN}").finditer


# A blank line ends a sentence. The parser alone may run a line with no final stop into the next paragraph:
# a dateline ("Friday, January 4, 2019"), a heading or a photo caption becomes part of the first sentence
# after it, so the event's `text` carries it and its date or place can be read into the event. The parser
# keeps boundaries set before it runs, so the token after a whitespace token holding two or more line
# breaks is marked as a sentence start; single line breaks are left alone (hard-wrapped text breaks lines
# inside sentences).
PARAGRAPH_BREAKS_NAME = "eventlens_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS_NAME)
def start_sentences_after_blank_lines(doc: Doc) -> Doc:
    text = doc.text  # (spaCy joins every token's text anew on each `doc.text`: once here)
    if "\n\n" not in text and "\n\r\n" not in text:
        return doc
    for i in range(1, len(doc)):
        previous = doc[i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


# A word written with a hyphen ("ex-minister", "co-founder", "vice-president") is three tokens; after a
# determiner the small model may tag the hyphen as a noun and hang all three on the verb as three objects
# or subjects ("arrested the ex - minister of finance in Nairobi": the ex, the -, the minister), so the
# phrase has no head and a later place reads as the patient. Where the parse has exactly that shape (the
# three written as one word, siblings with one dependency label, the last a noun whose head is outside
# them), the first two, and what the model hung on them, are hung on the last, as the model does for the
# words it reads ("anti-government protesters"): the hyphen as punctuation, the first part as its
# modifier. Tokens, words and lemmas are unchanged (session 16).
HYPHEN_REPAIR_NAME = "eventlens_hyphen_repair"


@Language.component(HYPHEN_REPAIR_NAME)
def repair_split_hyphen_words(doc: Doc) -> Doc:
    # Only a hyphen token can be the middle of the shape: its positions are read from the doc's array of
    # spellings, so the words around every other token are never made (three spaCy Tokens per word).
    if len(doc) < 3:
        return doc
    hyphen_key = doc.vocab.strings.as_int("-") if "-" in doc.vocab.strings else None
    if hyphen_key is None:
        return doc
    orths = doc.to_array(ORTH).tolist()
    for i in [k - 1 for k in range(1, len(doc) - 1) if orths[k] == hyphen_key]:
        first, hyphen, last = doc[i], doc[i + 1], doc[i + 2]
        if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or not (first.is_alpha and last.is_alpha):
            continue
        head = last.head
        if head.i in (i, i + 1, i + 2) or first.head.i != head.i or hyphen.head.i != head.i:
            continue
        if not (first.dep_ == hyphen.dep_ == last.dep_) or not last.tag_.startswith("NN"):
            continue
        for child in [*first.children, *hyphen.children]:  # "65 rebellious ex-nuns": the modifiers are the noun's
            child.head = last
        first.head = last
        first.dep_ = "compound" if first.tag_.startswith("NN") else "amod"
        hyphen.head = last
        hyphen.dep_ = "punct"
        hyphen.tag_ = "HYPH"
    return doc


def _has_patterns() -> None:
    """Stands in for `EntityRuler._require_patterns` on a ruler known to hold patterns."""


def as_phrase_patterns(nlp: Language, patterns: list[dict]) -> list[dict]:
    """Exact-spelling token patterns ([{"ORTH": "10"}, {"ORTH": "Downing"}, ...]) become phrase
    patterns, which the ruler matches with its PhraseMatcher: the same entities, about 20% less time
    for the whole pipeline. A pattern is kept as tokens when its text would not tokenize back into the
    same tokens."""
    out = []
    for p in patterns:
        tokens = p["pattern"]
        if isinstance(tokens, list) and tokens and all(set(t) == {"ORTH"} for t in tokens):
            words = [t["ORTH"] for t in tokens]
            text = " ".join(words)
            if [t.text for t in nlp.make_doc(text)] == words:
                p = {**p, "pattern": text}
        out.append(p)
    return out


def load_nlp(settings: Settings | str | None = None) -> Language:
    """The process-wide pipeline for a model name or Settings (default: Settings().model)."""
    model = settings.model if isinstance(settings, Settings) else settings or Settings().model
    return _load_nlp(model)


@lru_cache(maxsize=2)
def _load_nlp(model: str) -> Language:
    return build_nlp(model, ruler_patterns())


def parse(nlp: Language, texts: Iterable[str], batch_size: int,
          needs_entities: Callable[[Doc], bool] | None = None,
          needs_model: Callable[[Doc], bool] | None = None,
          max_chars: int | None = None) -> Iterator[Doc]:
    """`nlp.pipe(texts)`, doing only the work the coder can use, in two steps.

    - `needs_model(doc)` looks at the tokenized text: where it is false the doc comes back tokenized
      only (no tags, parse or entities: `doc.has_annotation("DEP")` is false). The coder passes its
      spelling prefilter (`events.prefilter`), so texts that cannot yield an event skip the model.
    - `needs_entities(doc)` looks at the tagged, lemmatized and parsed doc: the entity components
      (our ruler, then the statistical NER, a third of the model's time) run only where it is true.

    Skipping changes no event (tests compare the coded events with a full `nlp.pipe`). Without the
    predicates, or when the entity components are not the pipeline's last ones, this is `nlp.pipe`.
    With them, texts go to the model in batches of at most `batch_size` texts and (if given)
    `max_chars` characters, which bounds the parser's memory when the texts are long.
    """
    late = [name for name in nlp.pipe_names if name in ENTITY_COMPONENTS]
    if not late or nlp.pipe_names[-len(late):] != late:
        late = []
    if needs_entities is None and needs_model is None:
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    components = [nlp.get_pipe(name) for name in late] if needs_entities is not None else []
    early_disable = late if components else []
    for batch in _batches(texts, batch_size, max_chars):
        docs = [nlp.make_doc(text) for text in batch]
        modelled = [i for i, doc in enumerate(docs) if needs_model is None or needs_model(doc)]
        parsed = list(nlp.pipe([docs[i] for i in modelled], batch_size=batch_size, disable=early_disable))
        for i, doc in zip(modelled, parsed, strict=True):
            docs[i] = doc
        if components:
            wanted = [i for i in modelled if needs_entities(docs[i])]
            annotated = [docs[i] for i in wanted]
            for component in components:
                annotated = list(component.pipe(annotated, batch_size=batch_size))
            for i, doc in zip(wanted, annotated, strict=True):
                docs[i] = doc
        yield from docs


def _batches(texts: Iterable[str], size: int, max_chars: int | None) -> Iterator[list[str]]:
    """Consecutive texts, at most `size` a batch and, past the first text, at most `max_chars` characters."""
    if max_chars is None:
        stream = iter(texts)
        while batch := list(islice(stream, size)):
            yield batch
        return
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) >= size or chars + len(text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch
