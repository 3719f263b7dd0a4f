"""What the event step costs next to spaCy parsing, on real articles.

    .venv/bin/python bench/events_speed.py [N]

Reads the first N (default 100) articles of ../shared/bench/news/ukraine_media/bbc.csv, parses them with the
shared pipeline (timed: the reference), runs the steps before events (not timed), then times the event step
alone. One process, one thread. Also prints events per article (precision: fewer, better-attributed
events are the goal), the share with both an actor and a recipient, and the share with a date.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_common import SHARED, contexts_before_events, documents
from parley.analyze.context import DocContext
from parley.analyze.events import run as run_events
from parley.analyze.nlp import load_nlp

BBC = SHARED / "bench" / "news" / "ukraine_media" / "bbc.csv"


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    csv.field_size_limit(10_000_000)
    with BBC.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if (r.get("Text") or "").strip()][:limit]
    docs = documents({"id": r["URL"], "text": r["Text"].strip(), "published": r["Date"]} for r in rows)
    nlp = load_nlp()
    run_events(DocContext(document=docs[0], doc=nlp("Warm-up: Lavrov met Blinken.")))
    started = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    parse_s = time.perf_counter() - started
    contexts = contexts_before_events(docs, parsed)
    started = time.perf_counter()
    for ctx in contexts:
        run_events(ctx)
    events_s = time.perf_counter() - started
    words = sum(len(d) for d in parsed)
    events = [e for ctx in contexts for e in ctx.events]
    two_party = sum(bool(e.actor and e.recipient) for e in events)
    dated = sum(e.date is not None for e in events)
    print(f"BBC articles: n={len(docs)}, {words} tokens, {len(events)} events = {len(events) / len(docs):.1f} per "
          f"article ({two_party / max(len(events), 1):.0%} with actor and recipient, "
          f"{dated / max(len(events), 1):.0%} dated)\n")
    print("| step | seconds | tokens/s | share of parse time |\n|---|---|---|---|")
    print(f"| spaCy parse (reference) | {parse_s:.2f} | {words / parse_s:,.0f} | 100% |")
    print(f"| event step | {events_s:.2f} | {words / events_s:,.0f} | {100 * events_s / parse_s:.0f}% |")


if __name__ == "__main__":
    main()
