"""Cluster counts of a deduplicated `eventlens run` directory and a random sample of merges to judge
by hand (docs/dedup-sample.md was made with it).

    .venv/bin/python bench/dedup_sample.py RUN_DIR [--n 50] [--seed 7] > sample.md

A "merge" is a cluster with events from two or more articles. Each sampled merge is printed with
its members' article ids, dates, outlets and sentences, for a person to read and judge. The output
quotes the corpus: read it, don't commit it (../shared text never goes into the project);
docs/dedup-sample.md keeps only ids, the reader's own one-line summary and the verdict.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    clusters = pq.read_table(args.run_dir / "clusters.parquet").to_pylist()
    merged = [c for c in clusters if c["num_articles"] > 1]
    events = {}
    for path in sorted((args.run_dir / "events").glob("part-*.parquet")):
        for row in pq.read_table(path, columns=["id", "record"]).to_pylist():
            events[row["id"]] = json.loads(row["record"])

    n_events = sum(c["num_events"] for c in clusters)
    print("## Cluster counts\n")
    print(f"- events: {n_events:,}; clusters: {len(clusters):,}")
    print(f"- merges (clusters with events from 2+ articles): {len(merged):,}, holding "
          f"{sum(c['num_events'] for c in merged):,} events")
    sizes = Counter(min(c["num_articles"], 5) for c in merged)
    print("- merges by number of articles: " + ", ".join(
        f"{'5+' if k == 5 else k}: {v}" for k, v in sorted(sizes.items())))
    by_type = Counter(c["event"] for c in merged)
    print("- merges by type: " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()))
    print(f"\n## Random sample of {args.n} merges (seed {args.seed})\n")
    for number, cluster in enumerate(random.Random(args.seed).sample(merged, min(args.n, len(merged))), 1):
        print(f"### {number}. {cluster['event']} {cluster['first_date']}..{cluster['last_date']} "
              f"({cluster['num_articles']} articles, {cluster['num_sources']} sources) `{cluster['cluster_id']}`\n")
        for member_id in cluster["member_ids"]:
            event = events[member_id]
            cite = event["cite_info"]
            print(f"- {event['article_id']} {cite['published']} ({cite['publication'] or 'no outlet'}), trigger "
                  f"\"{event['text_info']['trigger']}\": {event['text']}")
        print("\nJudgement: \n")


if __name__ == "__main__":
    main()
