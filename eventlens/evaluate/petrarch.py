"""`petrarch-validation` and `petrarch-unit`: CAMEO-coded PETRARCH-2 records, compared through the crosswalk.

Gold sets (read at run time from ../shared/data, never copied):
- `petrarch-validation`: the 78 English records of UniversalPetrarch's `PETR2_GSR_validation.xml`
  (seeded from PETRARCH-2 output and corrected by hand, so this measures agreement with that tradition).
- `petrarch-unit`: the 284 records of petrarch2's `PETR.UnitTest.records.xml` (stylised sentences with
  fictional actors such as Arnor and Gondor, plus some real ones). Caution: their codes come from the
  small test dictionary `PETR.Validate.verbs.txt`, which tests PETRARCH's pattern machinery and assigns
  codes freely (CONDEMN -> 122 "reject request for aid", RESTORE ... DIPLOMATIC -> 064 "share
  intelligence", and invented codes such as 903 or 345), so agreement here is a weak signal of quality.

Both are pseudo-XML (`<Sentence ...>` sometimes self-closed before its content, `#` banners), so they are
read with regular expressions: per record the `<EventCoding eventcode= sourcecode= targetcode=>` rows
(or `noevents="True"`, or `error=` for records PETRARCH must discard) and the `<Text>`.

Each gold CAMEO code is mapped to a PLOVER type with `cameo_map` (most specific code, then parents).
Scored gold units are the distinct (sentence, PLOVER type) pairs, so the symmetric rows CAMEO writes for
"A and B agreed" (A->B and B->A) count once. Left out: codes with CAMEO root 01-02 (statements and
appeals, which PLOVER drops) and codes the crosswalk cannot map (the unit tests' invented verb codes
such as 903 or 345); both are counted in the summary. We compare against every event the coder emits
for the sentence, whatever its modality (CAMEO codes intentions such as 03x as events too).
- `plover_agreement`: share of scored (sentence, type) pairs whose type is among the PLOVER types we
  coded for that sentence.
- `plover_top1_agreement` (stricter): share of sentences with at least one scored pair where the type
  of our most confident event is one of the sentence's gold types.
- `root_agreement` (for information): the same as `plover_agreement` on distinct (sentence, CAMEO root)
  pairs, using the roots of our events' `cameo` codes.
- `no_event_acc`: share of sentences with no scored gold event (noevents, discards, statements only)
  where we emit no event at all.
- `actor_country_f1` / `recipient_country_f1`: micro F1 of country codes, scored only where a gold
  source/target code starts with a real ISO 3166 alpha-3 country AND the sentence names that country
  (a name, demonym or capital from our country table) - the unit tests' actors are mostly fictional,
  and a fictional code can collide with an ISO code. Our event is the one of the gold type if we coded
  it, else the most confident (as in plover-gsr).
The per-type P/R/F1 and confusion table come from one decision per scored pair: the gold type when we
coded it, else the type of our most confident event (NONE when we coded nothing); sentences with no
scored gold event add a row NONE -> our most confident type.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..record import Article, Event
from . import EvalOptions, EvalResult, in_split, prf, register, shared_data_dir
from .cameo_map import Crosswalk, cameo_root, is_statement, load_crosswalk
from .plover_gsr import confusion_table, per_type_table, pick_event

VALIDATION_FILE = Path("openeventdata__UniversalPetrarch/UniversalPetrarch/data/text/PETR2_GSR_validation.xml")
UNIT_FILE = Path("openeventdata__petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml")

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\s(?P<attrs>[^>]*?)/?>(?P<body>.*?)</Sentence>", re.S)
_CODING = re.compile(r"<EventCoding\s(?P<attrs>[^>]*?)/?>")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)


@dataclass(frozen=True)
class GoldCoding:
    eventcode: str
    source: str
    target: str


@dataclass
class GoldSentence:
    id: str
    category: str
    text: str
    codings: list[GoldCoding] = field(default_factory=list)
    # True when the record says noevents="True" or error=... (PETRARCH must discard it).
    no_events: bool = False


def parse_records(xml: str) -> list[GoldSentence]:
    """PETRARCH validation/unit-test records from the file's text (comments ignored)."""
    out = []
    for m in _SENTENCE.finditer(_COMMENT.sub("", xml)):
        attrs = dict(_ATTR.findall(m.group("attrs")))
        body = m.group("body")
        text_m = _TEXT.search(body)
        if not text_m:
            continue
        text = " ".join(text_m.group(1).split())
        if not text:  # one validation record has an empty <Text> but a full CoNLL-U parse
            parse_m = _PARSE.search(body)
            text = conllu_text(parse_m.group(1)) if parse_m else ""
        sent = GoldSentence(id=attrs.get("id", ""), category=attrs.get("category", ""), text=text)
        for c in _CODING.finditer(body):
            ca = dict(_ATTR.findall(c.group("attrs")))
            if "eventcode" in ca:
                sent.codings.append(GoldCoding(ca["eventcode"].strip(), ca.get("sourcecode", "").strip(),
                                               ca.get("targetcode", "").strip()))
            elif ca.get("noevents", "").lower() == "true" or "error" in ca:
                sent.no_events = True
        out.append(sent)
    return out


def conllu_text(parse: str) -> str:
    """The sentence of a CoNLL-U block: FORM of each word row, a space unless MISC says SpaceAfter=No."""
    out = []
    for line in parse.strip().splitlines():
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue  # comments, multi-word token ranges ("3-4"), empty nodes ("3.1"), bracketed trees
        out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(out).strip()


def load_records(path: Path, split: str) -> list[GoldSentence]:
    return [s for s in parse_records(path.read_text(encoding="utf-8")) if in_split(s.text, split)]


@functools.lru_cache(maxsize=1)
def _iso3_countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[tuple[str, ...], str]:
    """Token sequence -> country code, for names, demonyms and capitals in our country table."""
    from ..actors.tables import load_tables

    return {k: e.code for k, e in load_tables().entries(("country", "demonym", "capital")) if e.code}


def countries_named(text: str) -> set[str]:
    """Country codes whose name, demonym or capital occurs in `text` (token match, case-sensitive)."""
    from ..actors.tables import english_tokenizer

    names = _country_names()
    longest = max((len(k) for k in names), default=1)
    tokens = english_tokenizer()(text)
    found = set()
    for i in range(len(tokens)):
        for n in range(1, min(longest, len(tokens) - i) + 1):
            code = names.get(tokens[i:i + n])
            if code:
                found.add(code)
    return found


def real_country(code: str, named: set[str]) -> str | None:
    """The gold actor's country when it is a real ISO3 country that the sentence names, else None."""
    head = code[:3]
    return head if head in _iso3_countries() and head in named else None


@dataclass
class Tally:
    pairs: int = 0
    agree: int = 0
    top1_sentences: int = 0
    top1_agree: int = 0
    roots: int = 0
    root_agree: int = 0
    no_event_sentences: int = 0
    no_event_correct: int = 0
    statements_left_out: int = 0
    unmapped_left_out: int = 0
    actor: list[int] = field(default_factory=lambda: [0, 0, 0])
    recipient: list[int] = field(default_factory=lambda: [0, 0, 0])
    confusion: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def score_sentence(sent: GoldSentence, events: list[Event], crosswalk: Crosswalk, tally: Tally) -> None:
    ours = {e.event for e in events}
    top = max(events, key=lambda e: e.confidence) if events else None
    top_type = top.event if top else "NONE"
    gold_types: dict[str, list[GoldCoding]] = {}
    unmapped = 0
    for c in sent.codings:
        if is_statement(c.eventcode):
            tally.statements_left_out += 1
            continue
        ptype = crosswalk.plover_type(c.eventcode)
        if ptype is None or cameo_root(c.eventcode) is None:
            unmapped += 1
            continue
        gold_types.setdefault(ptype, []).append(c)
    tally.unmapped_left_out += unmapped
    if not gold_types:
        if unmapped:
            return  # only invented codes besides statements: we cannot tell what the gold means
        tally.no_event_sentences += 1
        tally.no_event_correct += not events
        tally.confusion[("NONE", top_type)] += 1
        return

    tally.top1_sentences += 1
    tally.top1_agree += top_type in gold_types
    for gtype in gold_types:
        tally.pairs += 1
        hit = gtype in ours
        tally.agree += hit
        tally.confusion[(gtype, gtype if hit else top_type)] += 1
        if not hit and len(tally.misses) < 25:
            codes = ",".join(sorted({c.eventcode for c in gold_types[gtype]}))
            tally.misses.append(f"  {sent.id:22} gold {gtype}({codes}) ours {sorted(ours) or '-'}: {sent.text[:110]}")
    our_roots = {cameo_root(e.cameo) for e in events} - {None}
    for root in {cameo_root(c.eventcode) for cs in gold_types.values() for c in cs}:
        tally.roots += 1
        tally.root_agree += root in our_roots

    named = countries_named(sent.text)
    for gtype, codings in gold_types.items():
        ev = pick_event(events, gtype)
        for role, acc, pred_actors in (("source", tally.actor, ev.actor if ev else []),
                                       ("target", tally.recipient, ev.recipient if ev else [])):
            gold = {real_country(getattr(c, role), named) for c in codings} - {None}
            if not gold:
                continue  # fictional or unnamed gold actor: not scored
            pred = {a.country for a in pred_actors} - {None}
            acc[0] += len(gold & pred)
            acc[1] += len(pred - gold)
            acc[2] += len(gold - pred)


def evaluate_records(gold_name: str, records: list[GoldSentence], crosswalk: Crosswalk,
                     pipeline=None, split: str = "all") -> EvalResult:  # noqa: ANN001 (Pipeline is heavy to import)
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    articles = [Article(article_id=f"{i}:{s.id}", text=s.text) for i, s in enumerate(records)]
    coded = {a.article_id: evs for a, evs in pipeline.code_many(articles)}
    tally = Tally()
    for a, sent in zip(articles, records, strict=True):
        score_sentence(sent, coded.get(a.article_id, []), crosswalk, tally)

    def share(num: int, den: int) -> float:
        return round(num / den, 4) if den else 0.0

    metrics = {
        "plover_agreement": share(tally.agree, tally.pairs),
        "plover_top1_agreement": share(tally.top1_agree, tally.top1_sentences),
        "root_agreement": share(tally.root_agree, tally.roots),
        "no_event_acc": share(tally.no_event_correct, tally.no_event_sentences),
        "actor_country_f1": round(prf(*tally.actor)[2], 4),
        "recipient_country_f1": round(prf(*tally.recipient)[2], 4),
    }
    return EvalResult(gold=gold_name, n=len(records), metrics=metrics,
                      tables=[_summary(gold_name, split, len(records), metrics, tally),
                              per_type_table(tally.confusion), confusion_table(tally.confusion)],
                      items=["first disagreements (gold type not among ours)\n" + "\n".join(tally.misses)])


def _summary(gold_name: str, split: str, n: int, metrics: dict, tally: Tally) -> str:
    lines = [f"{gold_name} split={split} sentences={n} scored (sentence, type) pairs={tally.pairs} "
             f"sentences with a scored event={tally.top1_sentences} no-event sentences={tally.no_event_sentences}",
             f"  left out: {tally.statements_left_out} statement codes (CAMEO 01-02), "
             f"{tally.unmapped_left_out} codes the crosswalk cannot map"]
    lines += [f"  {k:24} {v:.4f}" for k, v in metrics.items()]
    for role, (tp, fp, fn) in (("actor", tally.actor), ("recipient", tally.recipient)):
        p, r, f = prf(tp, fp, fn)
        lines.append(f"  {role:10} country (real, named) P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    return "\n".join(lines)


def _run(gold_name: str, relative: Path, options: EvalOptions, pipeline=None) -> EvalResult:  # noqa: ANN001
    from ..errors import GoldNotFound

    base = shared_data_dir()
    path = Path(options.path) if options.path else (base / relative if base else None)
    if path is None or not path.exists():
        raise GoldNotFound(f"{gold_name}: {relative.name} not found (expected ../shared/data/{relative})")
    records = load_records(path, options.split)
    if options.limit:
        records = records[: options.limit]
    return evaluate_records(gold_name, records, load_crosswalk(), pipeline=pipeline, split=options.split)


@register("petrarch-validation")
def evaluate_validation(options: EvalOptions, pipeline=None) -> EvalResult:  # noqa: ANN001
    return _run("petrarch-validation", VALIDATION_FILE, options, pipeline)


@register("petrarch-unit")
def evaluate_unit(options: EvalOptions, pipeline=None) -> EvalResult:  # noqa: ANN001
    return _run("petrarch-unit", UNIT_FILE, options, pipeline)

