"""`conflibert-quad` and `conflibert-actors`: the ConfliBERT CAMEO test sets (../shared/data/eventdata__ConfliBERT).

`conflibert-quad` reads `data/cameo_class/test.tsv` ("sentence<TAB>label", 451 rows). Label 0 is a CAMEO
01-02 statement or appeal, which PLOVER does not code: the right answer is "no event", i.e. we emit no
realised event (modality asserted, reported or historical). Labels 1-4 are the quad classes (1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict); our answer is the
`quad_code` of our most confident realised event, 0 when there is none.
- `quad_acc`: share of sentences where our answer equals the label.
The summary also counts label-0 sentences answered with a REQUEST: CAMEO 02 ("appeal", "call on",
"urge") is a statement in CAMEO but is what PLOVER codes as REQUEST, so part of the label-0 error is a
difference of conventions rather than of coding.
Sentences that also occur in the PLOVER GSR `dev` split (we tune on it) are left out. They are matched
on letters and digits only, lower-cased, because the GSR writes some of them in braces, with LaTeX quotes
or an escaped dollar (whitespace-only normalisation finds 245 of the 451 in the GSR, this 258); the
summary says how many were left out and how many occur anywhere in the GSR.
`--split train` reads `data/cameo_class/train.tsv` instead (1,349 rows, none of them in the GSR): the
tuning set for quad classes, never scored in place of the test file.

`conflibert-actors` reads `data/cameo_ner/test.txt`: one "token TAG" per line, sentences separated by
blank lines, BIO tags with S (source), T (target) and R (reciprocal: all parties of a joint act, e.g.
"X and Y agreed"). The sentence text we code is the cameo_class sentence with the same characters (the
two files hold the same 451 sentences), with each token found in it in order; without one, the tokens
joined by single spaces (none before closing punctuation or after an opening bracket).
`--split train` reads `data/cameo_ner/train.txt` with `cameo_class/train.tsv` (the tuning set).
Gold source spans are the S and R spans (PLOVER puts all parties of a joint act in `actor`); gold target
spans are the T spans. Ours are the `actor` / `recipient` spans (Actor.start/end; the first occurrence of
Actor.text when offsets are missing) of our most confident event, any modality.
- `source_span_f1` / `target_span_f1`: exact spans (same character start and end) micro P/R/F1.
- `source_overlap_f1` / `target_overlap_f1`: a span counts as found when it shares a token with a span of
  the other side (lenient span match; precision counts our spans, recall the gold spans).
- `source_token_f1` / `target_token_f1`: token-level micro P/R/F1 (a token is ours when its characters
  overlap one of our spans).

Span conventions (session 14, studied on `train` and `dev` only). Our actor text is the party's phrase as
written, and where the gold's convention differs we keep ours rather than bend the record to the score:
- coordination: "X and Y" is one gold span (S or R); we list X and Y as two actors (each its own country
  and sector), so both count as false positives and the gold span as missed (about 40 source spans of
  train's 1,153 sentences);
- an act on someone's decision, request or offer ("rejected X's offer"): the gold target is the whole
  phrase; ours is X, the party the act is aimed at (about 25 train targets);
- determiners and leading modifiers: the gold keeps or drops "the" inconsistently (about as many of our
  spans have an extra "the" as lack one); we keep what the phrase has;
- places: the gold often marks the place phrase of a measure with its preposition ("in Colombia",
  "northern parts of X") or no target; ours is the country's place name, or the event's place standing in
  for a recipient nobody else fills.
Boundary rules of the phrase itself (what the sentence says is part of the party) are in
`events.roles.np_bounds`: allegiance ("rebels loyal to X"), titles ("head of state"), a bracketed acronym,
people with the named body they are in ("Republicans in Congress"), a name the parser split off a title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..record import REALIZED_MODALITIES, Actor, Article, Event
from . import EvalOptions, EvalResult, in_split, prf, register, shared_data_dir
from .plover_gsr import confusion_table, per_type_table

CLASS_FILE = Path("eventdata__ConfliBERT/data/cameo_class/test.tsv")
NER_FILE = Path("eventdata__ConfliBERT/data/cameo_ner/test.txt")
CLASS_TRAIN_FILE = CLASS_FILE.with_name("train.tsv")
NER_TRAIN_FILE = NER_FILE.with_name("train.txt")


def _split_rows(texts: list, split: str, text_of) -> list:  # noqa: ANN001
    """Items of `split`: all of them for `train` (its own file), else the project's hash split."""
    return list(texts) if split == "train" else [t for t in texts if in_split(text_of(t), split)]
QUAD_NAMES = {0: "Q0-none", 1: "Q1-vcoop", 2: "Q2-mcoop", 3: "Q3-vconf", 4: "Q4-mconf"}
# Tokens that attach to the previous token / to the next one when the text is rebuilt.
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}”]|['’](?:s|re|ve|ll|d|m)?|n['’]t)$")
_NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "$"}


def match_key(text: str) -> str:
    """Key for finding the same sentence in another file: letters and digits only, lower-cased (the GSR
    writes some sentences in braces, with LaTeX quotes ``...'' or an escaped \\$)."""
    return re.sub(r"[\W_]+", "", text).lower()


def _pipeline(pipeline):  # noqa: ANN001, ANN202 (Pipeline is heavy to import)
    if pipeline is not None:
        return pipeline
    from ..pipeline import Pipeline

    return Pipeline()


def _gold_path(options: EvalOptions, relative: Path, gold_name: str) -> Path:
    from ..errors import GoldNotFound

    base = shared_data_dir()
    path = Path(options.path) if options.path else (base / relative if base else None)
    if path is None or not path.exists():
        raise GoldNotFound(f"{gold_name}: {relative.name} not found (expected ../shared/data/{relative})")
    return path


# --- conflibert-quad ------------------------------------------------------------------------------


def parse_class_tsv(text: str) -> list[tuple[str, int]]:
    """(sentence, label) rows of cameo_class; rows without a 0-4 label are skipped."""
    rows = []
    for line in text.splitlines():
        sentence, _, label = line.rpartition("\t")
        if sentence.strip() and label.strip() in {"0", "1", "2", "3", "4"}:
            rows.append((sentence.strip(), int(label)))
    return rows


def gsr_keys(split: str) -> set[str]:
    """`match_key`s of the PLOVER GSR texts in `split` (empty when the GSR is absent)."""
    from .plover_gsr import default_path, load_gold

    path = default_path()
    return {match_key(r["text"]) for r in load_gold(path, split)} if path else set()


def _top_realised(events: list[Event]) -> Event | None:
    realised = [e for e in events if e.modality in REALIZED_MODALITIES and e.quad_code]
    return max(realised, key=lambda e: e.confidence) if realised else None


def quad_answer(events: list[Event]) -> int:
    top = _top_realised(events)
    return top.quad_code if top else 0


@register("conflibert-quad")
def evaluate_quad(options: EvalOptions, pipeline=None) -> EvalResult:  # noqa: ANN001
    relative = CLASS_TRAIN_FILE if options.split == "train" else CLASS_FILE
    rows = parse_class_tsv(_gold_path(options, relative, "conflibert-quad").read_text(encoding="utf-8"))
    total = len(rows)
    in_gsr = gsr_keys("all")
    tuned_on = gsr_keys("dev")
    rows = _split_rows(rows, options.split, lambda row: row[0])
    kept = [(s, label) for s, label in rows if match_key(s) not in tuned_on]
    left_out = len(rows) - len(kept)
    if options.limit:
        kept = kept[: options.limit]
    articles = [Article(article_id=str(i), text=s) for i, (s, _) in enumerate(kept)]
    coded = {a.article_id: evs for a, evs in _pipeline(pipeline).code_many(articles)}
    confusion: Counter[tuple[str, str]] = Counter()
    correct = 0
    misses = []
    appeals_as_request = 0  # label 0 answered by a REQUEST: CAMEO 02 "appeal" is PLOVER REQUEST's ground
    for a, (sentence, label) in zip(articles, kept, strict=True):
        events = coded.get(a.article_id, [])
        answer = quad_answer(events)
        top = _top_realised(events)
        appeals_as_request += label == 0 and top is not None and top.event == "REQUEST"
        correct += answer == label
        confusion[(QUAD_NAMES[label], QUAD_NAMES.get(answer, f"Q{answer}"))] += 1
        if answer != label and len(misses) < 25:
            ours = ", ".join(f"{e.event}/{e.modality}" for e in events) or "-"
            misses.append(f"  gold {label} ours {answer} [{ours}]: {sentence[:110]}")
    n = len(kept)
    metrics = {"quad_acc": round(correct / n, 4) if n else 0.0}
    summary = (f"conflibert-quad split={options.split} scored={n} ({relative.name}: {total} rows; "
               f"{sum(match_key(s) in in_gsr for s, _ in rows)} of the split's {len(rows)} "
               f"occur in the PLOVER GSR, {left_out} in its dev split were left out)\n"
               f"  quad_acc                 {metrics['quad_acc']:.4f}\n"
               f"  label 0 answered with REQUEST (CAMEO 02 appeals vs PLOVER REQUEST): {appeals_as_request}")
    return EvalResult(gold="conflibert-quad", n=n, metrics=metrics,
                      tables=[summary, per_type_table(confusion), confusion_table(confusion)],
                      items=["first disagreements\n" + "\n".join(misses)])


# --- conflibert-actors ----------------------------------------------------------------------------


@dataclass
class NerSentence:
    text: str
    tokens: list[tuple[int, int]]  # character offsets of each token in `text`
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # role -> [(start_tok, end_tok)]


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into readable text; returns it with each token's (start, end) character offsets."""
    parts: list[str] = []
    offsets = []
    pos = 0
    for i, tok in enumerate(tokens):
        if i and not _NO_SPACE_BEFORE.match(tok) and tokens[i - 1] not in _NO_SPACE_AFTER:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), offsets


def bio_spans(tags: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Token spans [start, end) per role from BIO tags (an I- without a matching B- opens a span)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    role, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if role is not None and not (prefix == "I" and kind == role):
            spans.setdefault(role, []).append((start, i))
            role = None
        if prefix in ("B", "I") and role is None:
            role, start = kind, i
    return spans


def align_tokens(tokens: list[str], text: str) -> list[tuple[int, int]] | None:
    """Offsets of each token found in order in `text` with only whitespace between; None if they differ."""
    offsets, pos = [], 0
    for tok in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(tok, pos):
            return None
        offsets.append((pos, pos + len(tok)))
        pos += len(tok)
    return offsets if not text[pos:].strip() else None


def parse_ner(text: str, originals: list[str] | tuple[str, ...] = ()) -> list[NerSentence]:
    """Sentences of a "token TAG" BIO file; `originals` are raw sentences to take the spacing from."""
    by_chars = {re.sub(r"\s+", "", o): o for o in originals}
    out = []
    for block in re.split(r"\n\s*\n", text):
        rows = [line.rsplit(maxsplit=1) for line in block.splitlines() if line.strip()]
        rows = [r for r in rows if len(r) == 2]
        if not rows:
            continue
        tokens = [tok for tok, _ in rows]
        original = by_chars.get("".join(tokens))
        offsets = align_tokens(tokens, original) if original else None
        if original and offsets:
            sentence = original
        else:
            sentence, offsets = detokenize(tokens)
        out.append(NerSentence(sentence, offsets, bio_spans([tag for _, tag in rows])))
    return out


def actor_span(actor: Actor, text: str) -> tuple[int, int] | None:
    if actor.start is not None and actor.end is not None:
        return actor.start, actor.end
    at = text.find(actor.text) if actor.text else -1
    return (at, at + len(actor.text)) if at >= 0 else None


@dataclass
class SpanCounts:
    exact: list[int] = field(default_factory=lambda: [0, 0, 0])
    # tp/fp: our spans that do / do not touch a gold span; fn: gold spans none of ours touches.
    overlap: list[int] = field(default_factory=lambda: [0, 0, 0])
    token: list[int] = field(default_factory=lambda: [0, 0, 0])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_spans(sent: NerSentence, gold_tok: list[tuple[int, int]], ours: list[tuple[int, int]],
                counts: SpanCounts) -> None:
    """Add one sentence's role comparison; gold spans in tokens, ours in characters."""
    gold = [(sent.tokens[s][0], sent.tokens[e - 1][1]) for s, e in gold_tok]
    g, p = set(gold), set(ours)
    counts.exact[0] += len(g & p)
    counts.exact[1] += len(p - g)
    counts.exact[2] += len(g - p)
    counts.overlap[0] += sum(any(_overlaps(o, x) for x in gold) for o in p)
    counts.overlap[1] += sum(not any(_overlaps(o, x) for x in gold) for o in p)
    counts.overlap[2] += sum(not any(_overlaps(x, o) for o in p) for x in g)
    gold_tokens = {i for s, e in gold_tok for i in range(s, e)}
    our_tokens = {i for i, t in enumerate(sent.tokens) if any(_overlaps(t, o) for o in p)}
    counts.token[0] += len(gold_tokens & our_tokens)
    counts.token[1] += len(our_tokens - gold_tokens)
    counts.token[2] += len(gold_tokens - our_tokens)


@register("conflibert-actors")
def evaluate_actors(options: EvalOptions, pipeline=None) -> EvalResult:  # noqa: ANN001
    train = options.split == "train"
    ner_path = _gold_path(options, NER_TRAIN_FILE if train else NER_FILE, "conflibert-actors")
    class_path = ner_path.parent.parent / "cameo_class" / (CLASS_TRAIN_FILE if train else CLASS_FILE).name
    originals = [s for s, _ in parse_class_tsv(class_path.read_text(encoding="utf-8"))] if class_path.exists() else []
    sentences = parse_ner(ner_path.read_text(encoding="utf-8"), originals)
    sentences = _split_rows(sentences, options.split, lambda s: s.text)
    if options.limit:
        sentences = sentences[: options.limit]
    articles = [Article(article_id=str(i), text=s.text) for i, s in enumerate(sentences)]
    coded = {a.article_id: evs for a, evs in _pipeline(pipeline).code_many(articles)}
    counts = {"source": SpanCounts(), "target": SpanCounts()}
    misses: list[str] = []
    for a, sent in zip(articles, sentences, strict=True):
        events = coded.get(a.article_id, [])
        top = max(events, key=lambda e: e.confidence) if events else None
        for role, gold_roles, actors in (("source", ("S", "R"), top.actor if top else []),
                                         ("target", ("T",), top.recipient if top else [])):
            gold = [span for r in gold_roles for span in sent.spans.get(r, [])]
            ours = [s for s in (actor_span(x, sent.text) for x in actors) if s]
            score_spans(sent, gold, ours, counts[role])
            gold_chars = {(sent.tokens[s][0], sent.tokens[e - 1][1]) for s, e in gold}
            if gold_chars != set(ours) and len(misses) < 30:
                misses.append(f"  {role:6} gold {[sent.text[s:e] for s, e in sorted(gold_chars)]} "
                              f"ours {[sent.text[s:e] for s, e in ours]} ({top.event if top else '-'}): "
                              f"{sent.text[:90]}")
    metrics = {}
    lines = [f"conflibert-actors split={options.split} sentences={len(sentences)} from {ner_path.name} "
             f"(gold source = S+R spans, target = T spans; ours from the most confident event)"]
    for role, c in counts.items():
        for variant in ("exact", "overlap", "token"):
            tp, fp, fn = getattr(c, variant)
            p, r, f = _variant_prf(variant, c)
            name = f"{role}_{'span' if variant == 'exact' else variant}_f1"
            metrics[name] = round(f, 4)
            lines.append(f"  {name:20} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    return EvalResult(gold="conflibert-actors", n=len(sentences), metrics=metrics,
                      tables=["\n".join(lines)],
                      items=["first disagreements (not an exact match)\n" + "\n".join(misses)])


def _variant_prf(variant: str, c: SpanCounts) -> tuple[float, float, float]:
    tp, fp, fn = getattr(c, variant)
    if variant != "overlap":
        return prf(tp, fp, fn)
    # Lenient match: precision over our spans, recall over gold spans (fn = gold spans nobody touched).
    p = tp / (tp + fp) if tp + fp else 0.0
    gold_total = c.exact[0] + c.exact[2]
    r = (gold_total - fn) / gold_total if gold_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
