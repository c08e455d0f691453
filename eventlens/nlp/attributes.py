"""The model's attribute ruler and lemmatizer, made faster with the same output.

The attribute ruler, with its rules looked up by tag and word instead of matched one by one.

en_core_web_sm's `attribute_ruler` maps fine tags to POS and morphology and fixes a few words
("gonna", "but" as an adverb, "it" as subject); 179 rules run through spaCy's Matcher, which tries
every rule at every token: a sixth of the model's time on short news items. This component holds the
same rules (read from the loaded model, so it follows whatever model is configured), files each
under the tag or word it requires, and at each token tries only the rules filed under that token's
tag and word, plus the few that require neither, and remembers the answer per distinct token row
(tag, word, dependency, space), since a one-token rule depends on nothing else. It then sets the
same attributes in the same order (later rules win, as in spaCy), with spaCy's own `set_token_attrs`.
Tests compare every token attribute with the stock component's on real text.

Only the pattern features the English models use are understood (TAG, LOWER, DEP, IS_SPACE with
equality, IN, NOT_IN, REGEX; no operators); `IndexedAttributeRuler.from_ruler` raises
`UnsupportedRule` for anything else, and `index_attribute_ruler` then keeps spaCy's component.

The lemmatizer, with every answer remembered. spaCy's rule lemmatizer caches its answers by
(word, POS, morphology) but returns early, uncached, for base forms and proper nouns, which are most
tokens of news text, so each pays the full rule walk again. `MemoLemmatizer` asks the stock component
once per (word, POS, morphology), which is all its answer depends on, and reuses the answer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The pattern features understood, in the column order of `Doc.to_array`.
FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
# Features a rule can be filed under, most selective first (equality or IN picks the rule's buckets).
INDEX_FEATURES = ("LOWER", "TAG", "DEP")
EQ, IN, NOT_IN, REGEX = range(4)


class UnsupportedRule(ValueError):
    """A pattern uses a Matcher feature this component does not reproduce."""


@dataclass(frozen=True)
class Test:
    """One feature condition on one token, on the `to_array` values (string hashes, 0/1 for IS_SPACE)."""

    column: int
    op: int
    value: object  # a hash, a frozenset of hashes, or a compiled regex

    def passes(self, row: list[int], strings: StringStore) -> bool:
        x = row[self.column]
        if self.op == EQ:
            return x == self.value
        if self.op == IN:
            return x in self.value  # type: ignore[operator]
        if self.op == NOT_IN:
            return x not in self.value  # type: ignore[operator]
        return bool(self.value.search(strings[x] if x else ""))  # type: ignore[union-attr]


def _value_id(feature: str, value: object) -> int:
    return int(bool(value)) if feature == "IS_SPACE" else get_string_id(value)  # type: ignore[arg-type]


def _test(feature: str, spec: object) -> Test:
    if feature not in FEATURES:
        raise UnsupportedRule(f"feature {feature!r}")
    column = FEATURES.index(feature)
    if not isinstance(spec, dict):
        return Test(column, EQ, _value_id(feature, spec))
    if len(spec) != 1:
        raise UnsupportedRule(f"{feature}: {spec!r}")
    (op, value), = spec.items()
    if op in {"IN", "NOT_IN"}:
        return Test(column, IN if op == "IN" else NOT_IN, frozenset(_value_id(feature, v) for v in value))
    if op == "REGEX" and feature != "IS_SPACE":
        return Test(column, REGEX, re.compile(value))
    raise UnsupportedRule(f"{feature}: operator {op!r}")


@dataclass(frozen=True)
class Rule:
    order: int  # the rule's position in the ruler: later rules overwrite earlier ones
    tokens: tuple[tuple[Test, ...], ...]  # the tests each token of the pattern must pass
    index: int  # which matched token gets the attributes (negative counts from the end)

    def matches_at(self, rows: list[list[int]], start: int, strings: StringStore) -> bool:
        if start + len(self.tokens) > len(rows):
            return False
        for k, tests in enumerate(self.tokens):
            row = rows[start + k]
            for test in tests:
                if not test.passes(row, strings):
                    return False
        return True

    def target(self, start: int) -> int:
        return start + self.index if self.index >= 0 else start + len(self.tokens) + self.index


def _keys(first: dict) -> list[tuple[int, int]] | None:
    """The (column, value) buckets a rule is filed under, from its first token's pattern; None when
    the first token requires no word, tag or dependency, so the rule is tried everywhere."""
    for feature in INDEX_FEATURES:
        spec = first.get(feature)
        column = FEATURES.index(feature)
        if isinstance(spec, str):
            return [(column, get_string_id(spec))]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return [(column, get_string_id(v)) for v in spec["IN"]]
    return None


STOCK_NAME = "attribute_ruler"
FACTORY = "eventlens_indexed_attribute_ruler"


def speed_up(nlp: Language) -> list[str]:
    """Swap the model's attribute ruler and lemmatizer for the faster equivalents where possible;
    returns the names of the components swapped."""
    return [name for name, swap in ((STOCK_NAME, index_attribute_ruler), (LEMMATIZER, memo_lemmatizer)) if swap(nlp)]


def index_attribute_ruler(nlp: Language) -> bool:
    """Put an IndexedAttributeRuler in place of the model's attribute ruler (True if it did; False
    when there is none or its rules use features this component does not reproduce)."""
    if STOCK_NAME not in nlp.pipe_names:
        return False
    try:
        IndexedAttributeRuler.from_ruler(nlp.get_pipe(STOCK_NAME))
    except UnsupportedRule:
        return False
    return _swap(nlp, STOCK_NAME, FACTORY, f"{STOCK_NAME}_indexed")


def _swap(nlp: Language, stock_name: str, factory: str, name: str) -> bool:
    """Put the `factory` component in the stock one's place (the factory reads the stock one, so it
    is added first)."""
    nlp.add_pipe(factory, name=name, before=stock_name)
    nlp.remove_pipe(stock_name)
    return True


@Language.factory(FACTORY)
def _make_indexed(nlp, name):  # no annotations: spaCy's config system cannot read postponed ones
    return IndexedAttributeRuler.from_ruler(nlp.get_pipe(STOCK_NAME))


class IndexedAttributeRuler:
    """A drop-in for spaCy's AttributeRuler component (call and pipe), built from a loaded one."""

    def __init__(self, strings: StringStore, attrs: list[dict], filed: list[tuple[list[tuple[int, int]] | None, Rule]],
                 stock: AttributeRuler | None = None) -> None:
        self.stock = stock  # the component it replaces, whose rules `spellings_of` reads
        self.strings = strings
        self.attrs = attrs  # by rule order, normalised as the stock ruler stores them
        self.by_key: dict[tuple[int, int], list[Rule]] = defaultdict(list)
        self.everywhere: list[Rule] = []
        self.by_key_sure: dict[tuple[int, int], list[Rule]] = defaultdict(list)  # no test beyond the key
        for keys, rule in filed:
            if keys is None:
                self.everywhere.append(rule)
            sure = len(rule.tokens) == 1 and len(rule.tokens[0]) == 1 and rule.tokens[0][0].op == EQ
            for key in dict.fromkeys(keys or ()):
                (self.by_key_sure if sure else self.by_key)[key].append(rule)
        # What the rules make of a token depends on its own row (tag, word, dependency, space) for
        # rules of one token, and on the rows after it only for longer ones: per distinct row, the
        # (rule order, target offset) of the one-token rules that match and the longer rules whose
        # first token matches are remembered, so most tokens cost one look-up.
        self.memo: dict[tuple[int, ...], tuple[tuple[tuple[int, int], ...], tuple[Rule, ...]]] = {}
        # A word no rule is filed under (most names and rare words: ~8 a news item, each a miss of
        # `memo`) changes that answer only through the word tests of the rules tried for every word
        # (filed under a tag or dependency, or nowhere): rows that differ only in such words and agree
        # on those tests share one answer, remembered by (tag, dependency, space, test results).
        word = FEATURES.index("LOWER")
        self.filed_words = frozenset(value for column, value in (*self.by_key, *self.by_key_sure) if column == word)
        any_word = self.everywhere + [rule for (column, _), rules in self.by_key.items() if column != word for rule in rules]
        self.word_tests = tuple(dict.fromkeys(test for rule in any_word for test in rule.tokens[0] if test.column == word))
        self.by_shape: dict[tuple, tuple[tuple[tuple[int, int], ...], tuple[Rule, ...]]] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> IndexedAttributeRuler:
        filed = []
        for order, index in enumerate(ruler.indices):
            _, patterns = ruler.matcher.get(str(order))
            for pattern in patterns:
                if any(set(token) - set(FEATURES) for token in pattern):
                    raise UnsupportedRule(f"rule {order}: {pattern!r}")
                tests = tuple(tuple(_test(f, spec) for f, spec in token.items()) for token in pattern)
                filed.append((_keys(pattern[0]), Rule(order, tests, index)))
        return cls(ruler.vocab.strings, list(ruler.attrs), filed, stock=ruler)

    # Forgotten all at once past this many distinct rows (names make the key space open-ended).
    MAX_MEMO = 200_000

    def _row_rules(self, row: list[int]) -> tuple[tuple[tuple[int, int], ...], tuple[Rule, ...]]:
        """For a token's row: (order, target offset) of the one-token rules that match it, and the
        longer rules whose first token matches it (to be tried against the rows that follow)."""
        one: set[tuple[int, int]] = set()
        longer: dict[int, Rule] = {}
        rules = [*self.everywhere]
        for key in ((1, row[1]), (0, row[0]), (2, row[2])):
            one.update((rule.order, rule.target(0)) for rule in self.by_key_sure.get(key, ()))
            rules += self.by_key.get(key, ())
        for rule in rules:
            if rule.matches_at([row], 0, self.strings) if len(rule.tokens) == 1 else all(
                    test.passes(row, self.strings) for test in rule.tokens[0]):
                if len(rule.tokens) == 1:
                    one.add((rule.order, rule.target(0)))
                else:
                    longer[rule.order] = rule
        return tuple(sorted(one)), tuple(longer.values())

    def _row_answer(self, row: list[int]) -> tuple[tuple[tuple[int, int], ...], tuple[Rule, ...]]:
        """`_row_rules(row)`, shared by the rows whose word no rule is filed under (see `by_shape`)."""
        if row[1] in self.filed_words:
            return self._row_rules(row)
        shape = (row[0], row[2], row[3], *(test.passes(row, self.strings) for test in self.word_tests))
        found = self.by_shape.get(shape)
        if found is None:
            found = self.by_shape[shape] = self._row_rules(row)
        return found

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array(COLUMNS).tolist()
        strings, memo = self.strings, self.memo
        if len(memo) > self.MAX_MEMO:
            memo.clear()
        hits: set[tuple[int, int]] = set()  # (rule order, target token): a rule applies once per token
        for i, row in enumerate(rows):
            key = tuple(row)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._row_answer(row)
            one, longer = found
            for order, offset in one:
                hits.add((order, i + offset))
            for rule in longer:
                if rule.matches_at(rows, i, strings):
                    hits.add((rule.order, rule.target(i)))
        merged: dict[int, dict] = {}
        for order, target in sorted(hits):  # in rule order, so later rules win, as in spaCy
            merged.setdefault(target, {}).update(self.attrs[order])
        for target, attrs in merged.items():
            set_token_attrs(doc[target], attrs)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


LEMMATIZER = "lemmatizer"
MEMO_FACTORY = "eventlens_memo_lemmatizer"


def memo_lemmatizer(nlp: Language) -> bool:
    """Put a MemoLemmatizer around the model's rule lemmatizer (True if it did)."""
    stock = nlp.get_pipe(LEMMATIZER) if LEMMATIZER in nlp.pipe_names else None
    if not isinstance(stock, Lemmatizer) or stock.mode != "rule":
        return False
    return _swap(nlp, LEMMATIZER, MEMO_FACTORY, f"{LEMMATIZER}_memo")


@Language.factory(MEMO_FACTORY)
def _make_memo(nlp, name):  # no annotations: spaCy's config system cannot read postponed ones
    return MemoLemmatizer(nlp.get_pipe(LEMMATIZER))


class MemoLemmatizer:
    """spaCy's rule lemmatizer, asked once per (word, POS, morphology)."""

    # Forgotten all at once when it grows past this many answers (names make the key space open-ended;
    # ~150 bytes an answer keeps a long-running worker's memo under ~30 MB).
    MAX_MEMO = 200_000

    def __init__(self, stock: Lemmatizer) -> None:
        self.stock = stock
        self.memo: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma string id
        index_lemma_words(stock)

    def __call__(self, doc: Doc) -> Doc:
        if len(self.memo) > self.MAX_MEMO:
            self.memo.clear()
        strings, memo, overwrite = doc.vocab.strings, self.memo, self.stock.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not overwrite:
                continue  # set by the attribute ruler
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(self.stock.lemmatize(doc[i])[0])
            doc[i].lemma = found
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class IndexedWords(list):
    """A list of words whose membership test is a set look-up: the same answers as the list's."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self.members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.members


def index_lemma_words(lemmatizer: Lemmatizer) -> None:
    """Make the rule lemmatizer's known-word lists (`lemma_index`, one per part of speech) answer
    `form in index` from a set. spaCy keeps them as lists and tests every form its suffix rules make
    against them (`Lemmatizer.rule_lemmatize`): a walk over up to ~57,000 nouns, 0.1-0.2 ms per word
    the lemmatizer has not seen before, about a tenth of the parse on news text. Same lists, same order,
    same answers."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, IndexedWords):
            table[key] = IndexedWords(words)


LEMMATIZED_POS = ("verb", "noun")  # the parts of speech event triggers are looked up as


def spellings_of(nlp: Language, lemmas: Iterable[str], pos: tuple[str, ...] = LEMMATIZED_POS) -> frozenset[str] | None:
    """Every lowercase spelling of a token that the model can lemmatize, as one of `pos` (by default a
    verb or a noun), to one of `lemmas` (lowercase): the lemmas themselves, their inflections by the lemmatizer's suffix rules run
    backwards ("meet" -> "meets", "meeting"), its exception forms ("met"), and the words the attribute
    ruler gives such a lemma ("gon" of "gonna" -> "go"). A text none of whose tokens is spelled so cannot
    hold a token with one of these lemmas, whatever its tags; `parse` uses that to skip the model.
    None when the model's rules allow no such list (a lemma-setting rule matching by regex).
    For many questions about one model, build a `Speller` once and ask it (same answers)."""
    return Speller(nlp)(lemmas, pos)


class Speller:
    """`spellings_of` for one model, with the model's tables read once and indexed by lemma: the
    lexicon's ~900 questions at a worker's start then cost a few dictionary look-ups each instead of
    a walk over every exception form and ruler rule (1.3 s of CPU per worker before)."""

    def __init__(self, nlp: Language) -> None:
        lemmatizer = _stock_lemmatizer(nlp)
        self.rules_table = lemmatizer.lookups.get_table("lemma_rules", {}) if lemmatizer is not None else {}
        self.exceptions_table = lemmatizer.lookups.get_table("lemma_exc", {}) if lemmatizer is not None else {}
        # part of speech -> lemma -> the exception forms that lemmatize to it ("met" for "meet"); the
        # tables are keyed by string hashes, so parts are indexed when first asked for
        self.exceptions: dict[str, dict[str, set[str]]] = {}
        self.from_ruler = _ruler_spellings_by_lemma(nlp)

    def _exceptions(self, part: str) -> dict[str, set[str]]:
        if part not in self.exceptions:
            inverse: dict[str, set[str]] = defaultdict(set)
            for form, found in self.exceptions_table.get(part, {}).items():
                for lemma in found:
                    inverse[lemma].add(form)
            self.exceptions[part] = dict(inverse)
        return self.exceptions[part]

    def __call__(self, lemmas: Iterable[str], pos: tuple[str, ...] = LEMMATIZED_POS) -> frozenset[str] | None:
        wanted = {lemma.lower() for lemma in lemmas}
        forms = set(wanted)
        for part in pos:
            for old, new in self.rules_table.get(part, []):
                forms.update(lemma[: len(lemma) - len(new)] + old for lemma in wanted if lemma.endswith(new))
            inverse = self._exceptions(part)
            for lemma in wanted:
                forms.update(inverse.get(lemma, ()))
        if self.from_ruler is None:
            return None
        for lemma in wanted:
            words = self.from_ruler.get(lemma, set())
            if words is None:
                return None
            forms.update(words)
        return frozenset(forms)


def _stock_lemmatizer(nlp: Language) -> Lemmatizer | None:
    for _, component in nlp.pipeline:
        if isinstance(component, MemoLemmatizer):
            return component.stock
        if isinstance(component, Lemmatizer):
            return component
    return None


def _ruler_spellings_by_lemma(nlp: Language) -> dict[str, set[str] | None] | None:
    """Words an attribute-ruler rule gives a lemma (lowercase), by lemma: the LOWER values its pattern
    allows for the token the lemma lands on; a lemma maps to None if such a rule does not list that
    token's words, and the whole answer is None when the ruler's rules cannot be read."""
    ruler = next((c for _, c in nlp.pipeline if isinstance(c, AttributeRuler | IndexedAttributeRuler)), None)
    if ruler is None:
        return {}
    stock = ruler if isinstance(ruler, AttributeRuler) else ruler.stock
    if stock is None:
        return None
    found: dict[str, set[str] | None] = {}
    for order, (attrs, index) in enumerate(zip(stock.attrs, stock.indices, strict=True)):
        lemma_id = attrs.get(LEMMA)
        if lemma_id is None:
            continue
        lemma = str(nlp.vocab.strings[lemma_id]).lower()
        if lemma in found and found[lemma] is None:
            continue
        words = found.setdefault(lemma, set())
        _, patterns = stock.matcher.get(str(order))
        for pattern in patterns:
            spec = pattern[index].get("LOWER")
            if isinstance(spec, str):
                words.add(spec)
            elif isinstance(spec, dict) and set(spec) == {"IN"}:
                words.update(spec["IN"])
            else:
                found[lemma] = None  # a regex, or no word at all: any text might get the lemma
                break
    return found
