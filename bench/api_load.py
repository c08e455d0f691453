"""Load test of `GET /api/events` on a store of >= 100k events, over loopback only.

    .venv/bin/python bench/api_load.py                      # code the bundled sample, replicate to 100k
    .venv/bin/python bench/api_load.py --source-db coded.db # replicate the events of another store
    .venv/bin/python bench/api_load.py --seconds 30 --clients 4 --target 200000

Where the events come from: real coder output (the events of --source-db, or of the bundled sample
articles coded here with the real pipeline), REPLICATED to the target size: replica k of an article gets
a new article id, the text with a marker line appended (the store keeps equal texts once), new event
ids, and every date shifted by k*7 days. So the counts are real-shaped, the content repeats.

The server (uvicorn, one process, the app from `eventlens.web.app`) runs in a child process on
127.0.0.1; the client threads use keep-alive HTTP/1.1 connections to it. The run is bounded by
--seconds and --max-requests and stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import func, insert, select

from eventlens.record import Event, event_id, text_hash
from eventlens.store import Store
from eventlens.store.schema import articles, event_actors, events
from eventlens.store.store import _actor_rows, _event_row


def _shift(day: str | None, days: int) -> str | None:
    if not day:
        return day
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return day


def replicate(source: Store, target: Store, want: int, batch: int = 500) -> int:
    """Fill `target` with copies of `source`'s articles and events until it holds >= want events."""
    with source.engine.connect() as conn:
        src_articles = conn.execute(select(articles)).all()
        by_article: dict[str, list[dict]] = defaultdict(list)
        for row in conn.execute(select(events.c.article_id, events.c.record)):
            by_article[row.article_id].append(row.record)
    per_round = sum(len(v) for v in by_article.values())
    if per_round == 0:
        raise SystemExit("the source store has no events")
    with target.engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(events)).scalar_one()
    replica = 0
    while have < want:
        replica += 1
        art_rows, ev_rows, actor_rows = [], [], []
        for art in src_articles:
            new_id = f"{art.article_id}~r{replica}"
            values = {k: getattr(art, k) for k in ("title", "published", "url", "publication", "sources",
                                                   "metadata", "coded_at", "coder_version")}
            text = f"{art.text}\n[bench replica {replica}]"
            art_rows.append({"article_id": new_id, "text": text, "text_hash": text_hash(text), **values})
            for record in by_article.get(art.article_id, []):
                ev = Event.from_dict(record)
                info = ev.text_info
                ev.article_id = new_id
                ev.id = event_id(new_id, info.start, info.trigger_start, info.trigger_end, ev.event)
                ev.date = _shift(ev.date, 7 * replica)
                ev_rows.append(_event_row(ev, new_id))
                actor_rows.extend(_actor_rows(ev, new_id))
        with target.engine.begin() as conn:
            for i in range(0, len(art_rows), batch):
                conn.execute(insert(articles), art_rows[i:i + batch])
            for i in range(0, len(ev_rows), batch):
                conn.execute(insert(events), ev_rows[i:i + batch])
            for i in range(0, len(actor_rows), batch):
                conn.execute(insert(event_actors), actor_rows[i:i + batch])
        have += len(ev_rows)
        if replica % 100 == 0 or have >= want:
            print(f"replica {replica}: {have} events", file=sys.stderr, flush=True)
    return have


def source_store(path: str | None, workdir: Path) -> Store:
    if path:
        return Store(path)
    from eventlens import api

    db = workdir / "sample-coded.db"
    if not db.exists():
        print("coding the bundled sample articles with the real pipeline ...", file=sys.stderr)
        api.demo(db=str(db), progress=False)
    return Store(str(db))


def query_mix(store: Store, seed: int) -> list[tuple[str, dict[str, str]]]:
    """Realistic /api/events requests drawn from what the store holds (labelled by kind)."""
    rng = random.Random(seed)
    with store.engine.connect() as conn:
        countries = [c for (c,) in conn.execute(select(events.c.actor_country).where(
            events.c.actor_country.is_not(None)).distinct().limit(50))] or ["USA"]
        kinds = [k for (k,) in conn.execute(select(events.c.event).distinct())]
        first, last = conn.execute(select(func.min(events.c.date), func.max(events.c.date))).one()
    first_day = date.fromisoformat(first) if first else date(2000, 1, 1)
    span = max(1, (date.fromisoformat(last) - first_day).days if last else 365)
    mix = []
    for _ in range(500):
        start = first_day + timedelta(days=rng.randrange(span))
        choice = rng.choice(["page", "deep-page", "type", "country", "date-range", "text", "combined"])
        params: dict[str, str] = {"limit": "50"}
        if choice == "page":
            params["sort"] = rng.choice(["date", "-date", "-confidence"])
        elif choice == "deep-page":
            params.update(sort="-date", offset=str(rng.randrange(0, 50_000, 50)))
        elif choice == "type":
            params["type"] = rng.choice(kinds)
        elif choice == "country":
            params["country"] = rng.choice(countries)
        elif choice == "date-range":
            params.update(date_from=start.isoformat(), date_to=(start + timedelta(days=30)).isoformat())
        elif choice == "text":
            params["q"] = rng.choice(["minister", "talks", "attack", "agreement", "police", "border"])
        else:
            params.update(type=rng.choice(kinds), country=rng.choice(countries), min_confidence="0.3",
                          date_from=start.isoformat(), date_to=(start + timedelta(days=365)).isoformat())
        mix.append((choice, params))
    return mix


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(port: int, mix: list[tuple[str, dict[str, str]]], seed: int, stop_at: float, budget: list[int],
           results: Results) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while time.monotonic() < stop_at:
        with results.lock:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        kind, params = rng.choice(mix)
        started = time.perf_counter()
        try:
            conn.request("GET", f"/api/events?{urlencode(params)}")
            response = conn.getresponse()
            body = response.read()
            ok = response.status == 200 and body.startswith(b"{")
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        elapsed = time.perf_counter() - started
        with results.lock:
            if ok:
                results.latencies[kind].append(elapsed)
            else:
                results.errors += 1
    conn.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    code = ("import uvicorn, sys; from eventlens.store import Store; from eventlens.web.app import create_app; "
            f"uvicorn.run(create_app(Store({db!r})), host='127.0.0.1', port={port}, log_level='warning', "
            "access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the server exited") from None
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="bench store (SQLite path or URL) [default: a temp SQLite file, kept]")
    parser.add_argument("--source-db", help="store whose events are replicated [default: code the sample]")
    parser.add_argument("--target", type=int, default=100_000, help="events in the bench store (min)")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--clients", type=int, default=4, help="concurrent keep-alive connections")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    workdir = Path(os.environ.get("EVENTLENS_BENCH_DIR", Path(tempfile.gettempdir()) / "eventlens-bench"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = args.db or str(workdir / f"api-load-{args.target}.db")
    with Store(db) as target:
        with source_store(args.source_db, workdir) as source:
            total = replicate(source, target, args.target)
        mix = query_mix(target, args.seed)
    port = _free_port()
    server = start_server(db, port)
    try:
        # Warm-up (SQLite page cache, Python imports), not measured.
        warm = Results()
        client(port, mix, args.seed, time.monotonic() + 3, [50], warm)
        results = Results()
        budget = [args.max_requests]
        stop_at = time.monotonic() + args.seconds
        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(port, mix, args.seed + i, stop_at, budget, results))
                   for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=20)
    every = [x for v in results.latencies.values() for x in v]
    report = {
        "events_in_store": total, "db": db, "clients": args.clients, "seconds": round(wall, 1),
        "requests": len(every), "errors": results.errors, "requests_per_s": round(len(every) / wall, 1),
        "p50_ms": round(pct(every, 0.50), 1), "p99_ms": round(pct(every, 0.99), 1),
        "mean_ms": round(statistics.fmean(every) * 1000, 1) if every else None,
        "by_kind": {k: {"n": len(v), "p50_ms": round(pct(v, 0.5), 1), "p99_ms": round(pct(v, 0.99), 1)}
                    for k, v in sorted(results.latencies.items())},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
