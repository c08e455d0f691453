"""The named entities of the document being coded, built once.

spaCy builds `Doc.ents` anew on every access (a new `Span` per entity), and `Span.ents` filters a
fresh `Doc.ents` too; the coding stages ask for the entities of the article and of its sentences
thousands of times per thousand articles (actor memory, dates, places). While the pipeline codes a
doc (`coding(doc)`), `ents(doc_or_span)` answers from one list made for that doc, with exactly
spaCy's filtering, and `text(doc_or_span)` from its text joined once; for any other doc they are
spaCy's own properties. `per_doc(name)` is a dict for answers that are a pure function of the coded
doc (None outside `coding`). Per thread, so coders in threads of one process do not share it.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager

from spacy.attrs import DEP, ENT_ID, HEAD, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

_state = threading.local()


@contextmanager
def coding(doc: Doc) -> Iterator[None]:
    """Within this block `ents` answers for `doc` from a list built on first use, and the doc's
    sentences are made once (`_sentence_hooks`). Nests: the outer doc's list is restored on exit."""
    saved = getattr(_state, "memo", None)
    _state.memo = (doc, [], {})
    installed = _sentence_hooks(doc)
    try:
        yield
    finally:
        _state.memo = saved
        for hooks, key in installed:
            del hooks[key]


def _sentence_hooks(doc: Doc) -> list[tuple[dict, str]]:
    """spaCy makes a token's or span's sentence anew on every `.sent` (two slices of the doc, an
    annotation check and a walk to the sentence's ends) and `doc.sents` anew on every call; the coder
    asks tens of thousands of times per thousand articles. While the doc is coded, spaCy's own hooks
    answer from its sentences made once: the same spans (shared), the same boundaries. Returns the
    (hooks dict, key) pairs to remove afterwards; none for a doc without sentences or with hooks of
    its own."""
    keys = ((doc.user_hooks, "sents"), (doc.user_span_hooks, "sent"), (doc.user_span_hooks, "sents"),
            (doc.user_token_hooks, "sent"))
    if not len(doc) or any(key in hooks for hooks, key in keys) or not doc.has_annotation("SENT_START"):
        return []
    sents = tuple(doc.sents)
    sent_of: list[int] = []
    for n, sent in enumerate(sents):
        sent_of.extend([n] * len(sent))
    last = len(sent_of) - 1  # an empty span at the doc's end is in its last sentence, as for spaCy

    doc.user_hooks["sents"] = lambda _doc: iter(sents)
    doc.user_span_hooks["sent"] = lambda span: sents[sent_of[min(span.start, last)]]

    def span_sents(span: Span) -> Iterator[Span]:  # spaCy's: from the first one's sentence to the one it ends in
        for sent in sents[sent_of[min(span.start, last)]:]:
            yield sent
            if sent.end >= span.end:
                break

    doc.user_span_hooks["sents"] = span_sents
    doc.user_token_hooks["sent"] = lambda tok: sents[sent_of[tok.i]]
    return list(keys)


def ents(x: Doc | Span) -> Sequence[Span]:
    """`x.ents`: the entities of a doc (a tuple), or those wholly inside a span (a list, as spaCy's
    `Span.ents`: from the span's start up to the first entity that runs past its end)."""
    memo = getattr(_state, "memo", None)
    is_span = isinstance(x, Span)
    doc = x.doc if is_span else x
    if memo is None or memo[0] is not doc:
        return x.ents
    cached = memo[1]
    if not cached:
        cached.append(tuple(doc.ents))
        cached.append([(e.start, e.end) for e in cached[0]])
    all_ents: tuple[Span, ...] = cached[0]
    if not is_span:
        return all_ents
    start, end = x.start, x.end
    out = []
    for ent, (s, e) in zip(all_ents, cached[1], strict=True):
        if s >= start:
            if e <= end:
                out.append(ent)
            else:
                break
    return out


def text(x: Doc | Span) -> str:
    """`x.text` (spaCy joins the tokens anew on every access): for the coded doc and its spans, a
    slice of its text joined once. A span's text is the doc's from its first token to the end of its
    last, without the trailing space, exactly as spaCy's `Span.text`."""
    memo = getattr(_state, "memo", None)
    is_span = isinstance(x, Span)
    doc = x.doc if is_span else x
    if memo is None or memo[0] is not doc:
        return x.text
    whole = memo[2].get("text")
    if whole is None:
        whole = memo[2]["text"] = doc.text
    return whole[x.start_char:x.end_char] if is_span else whole


def ent_id(span: Span) -> str:
    """`span.ent_id_` (spaCy finds the span's root anew on every read: a walk of its tokens and a new
    Token): for a span of the coded doc, read once per (start, end) while it is coded."""
    memo = getattr(_state, "memo", None)
    if memo is None or memo[0] is not span.doc:
        return span.ent_id_
    ids = memo[2].get("ent_id")
    if ids is None:
        ids = memo[2]["ent_id"] = {}
    key = (span.start, span.end)
    found = ids.get(key)
    if found is None:
        found = ids[key] = span.ent_id_
    return found


def per_doc(name: str, of: Doc | Span | Token | None = None) -> dict | None:
    """A dict that lives while the current doc is coded, for one kind of answer (`name`) that is a
    pure function of the doc; None outside `coding` (the caller then computes as usual), and None
    when `of` is given and is not the coded doc or a span or token of it."""
    memo = getattr(_state, "memo", None)
    if memo is None or of is not None and (of if isinstance(of, Doc) else of.doc) is not memo[0]:
        return None
    return memo[2].setdefault("memo:" + name, {})


# Strings of hashes read from spaCy's arrays, shared by every doc of the process: a hash names one
# string in any vocabulary (spaCy's StringStore hashes the string itself). Cleared when it grows past
# `_STRINGS_MAX`, so a worker coding millions of articles keeps it bounded.
_strings: dict[int, str] = {}
_lowered: dict[int, str] = {}
_STRINGS_MAX = 500_000


def token_keys(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Each token's `text`, `lower_` and `lemma_.lower()`, as three lists indexed like the doc. spaCy
    makes a `Token` object and a new string for every attribute read; the coder's stages that walk
    every token (trigger head words, sector terms, table names, honorifics) read these lists instead,
    made once per coded doc from the doc's own arrays (outside `coding`, made afresh on each call)."""
    return _per_doc(doc, "token_keys", _token_keys)


def _token_keys(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    if not len(doc):
        return [], [], []
    if len(_strings) > _STRINGS_MAX or len(_lowered) > _STRINGS_MAX:
        _strings.clear()
        _lowered.clear()
    orths, lowers, lemmas = doc.to_array([ORTH, LOWER, LEMMA]).T.tolist()
    return _read(orths, lowers, doc), _read(lowers, lowers, doc), _read(lemmas, (), doc, _lowered)


def words(doc: Doc) -> frozenset[str]:
    """The set of the doc's words in lower case (`token_keys`' second list), made once per coded doc (outside
    `coding`, afresh on each call): a rule that needs a given word somewhere in the doc ("under", "1960s")
    can answer "no" before it walks any tokens."""
    return _per_doc(doc, "words", lambda d: frozenset(token_keys(d)[1]))


def token_tags(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's `pos_` and `ent_id_`, as two lists indexed like the doc, read from the doc's arrays
    once per coded doc (as `token_keys`; outside `coding`, made afresh on each call)."""
    return _per_doc(doc, "token_tags", _token_tags)


def _per_doc(doc: Doc, key: str, make):
    """`make(doc)`, kept in the coded doc's memo under `key` while `coding` it (made afresh outside)."""
    memo = getattr(_state, "memo", None)
    if memo is None or memo[0] is not doc:
        return make(doc)
    value = memo[2].get(key)
    if value is None:
        value = memo[2][key] = make(doc)
    return value


def _token_tags(doc: Doc) -> tuple[list[str], list[str]]:
    if not len(doc):
        return [], []
    if len(_strings) > _STRINGS_MAX:
        _strings.clear()
    pos, ent_ids = doc.to_array([POS, ENT_ID]).T.tolist()
    # a part-of-speech value is a symbol of spaCy's, whose name the string store gives as for a hash
    return _read(pos, (), doc), _read(ent_ids, (), doc)


def _read(hashes: list[int], also: Iterable[int], doc: Doc, cache: dict[int, str] = _strings) -> list[str]:
    """The strings of `hashes` from `cache` (lower-cased when it is `_lowered`), filling it first with
    those it lacks among `hashes` and `also` (a second column read next)."""
    try:
        return list(map(cache.__getitem__, hashes))
    except KeyError:
        strings = doc.vocab.strings
        lower = cache is _lowered
        for h in set(hashes).union(also):  # (not `- cache.keys()`: that walks the whole cache)
            if h not in cache:
                cache[h] = strings[h].lower() if lower else strings[h]
        return list(map(cache.__getitem__, hashes))


def token_tree(doc: Doc) -> tuple[list[int], list[str], list[list[int]]]:
    """Each token's head (`tok.head.i`), dependency label (`dep_`) and children (`[c.i for c in
    tok.children]`: the tokens whose head it is, itself excepted, in order), as lists indexed like the
    doc, read from its arrays once per coded doc (as `token_keys`; outside `coding`, made afresh). A
    rule that tests its children's labels reads them here and makes a `Token` only for those that pass
    (spaCy makes a new `Token` for every child, head and index read)."""
    return _per_doc(doc, "token_tree", _token_tree)


def _token_tree(doc: Doc) -> tuple[list[int], list[str], list[list[int]]]:
    n = len(doc)
    if not n:
        return [], [], []
    if len(_strings) > _STRINGS_MAX:
        _strings.clear()
    array = doc.to_array([HEAD, DEP])
    offsets = array[:, 0].astype("int64").tolist()  # the head's offset (unsigned in the array)
    heads = [i + off for i, off in enumerate(offsets)]
    kids: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(i)
    return heads, _read(array[:, 1].tolist(), (), doc), kids


def subtree_indices(doc: Doc, i: int) -> list[int]:
    """`[t.i for t in doc[i].subtree]` from `token_tree`, in spaCy's order (each left child's subtree, the
    token, each right child's subtree), with no spaCy Token made for the words of the subtree."""
    _, _, kids = token_tree(doc)
    out: list[int] = []

    def walk(k: int) -> None:
        below = kids[k]
        for c in below:
            if c < k:
                walk(c)
        out.append(k)
        for c in below:
            if c > k:
                walk(c)

    walk(i)
    return out


def children_with(tok: Token, labels: Collection[str]) -> list[Token]:
    """`[c for c in tok.children if c.dep_ in labels]`, in the same order, from `token_tree`: a `Token`
    is made only for the children with one of the labels (a rule that tests one kind of dependent,
    "dobj", "neg", "aux", needs no Token for the others)."""
    doc = tok.doc
    _, deps, kids = token_tree(doc)
    if isinstance(labels, str):  # one label ("aux"), not its letters
        return [doc[k] for k in kids[tok.i] if deps[k] == labels]
    return [doc[k] for k in kids[tok.i] if deps[k] in labels]
