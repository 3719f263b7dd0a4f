"""Throughput: full `parley analyze` vs bare spaCy parsing of the same texts, in the same run.

Goal (issue 2): Parley's full analysis (clean + actors + quotes + citations + events + summary) at >= 0.6x
the speed of bare `nlp.pipe(texts, n_process=2)`, and peak memory < 2 GiB for 2,000 articles.

usage: python bench/throughput.py [--n 400] [--memory-n 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import sys

from _common import OUT, PARLEY, all_ukraine_media, run_measured, ukraine_media, write_jsonl

BARE_SPACY = """
import sys, json, time
from parley.analyze.nlp import load_nlp
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
nlp = load_nlp()
start = time.perf_counter()
n = sum(1 for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=16))
print(json.dumps({"docs": n, "seconds": time.perf_counter() - start}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--memory-n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    rows = ukraine_media("bbc.csv", args.n)
    docs = [{"id": f"bbc{i}", "text": r["Text"], "title": r["Title"], "url": r["URL"], "published": r["Date"]}
            for i, r in enumerate(rows)]
    path = write_jsonl(OUT / "throughput.jsonl", docs)
    words = sum(len(d["text"].split()) for d in docs)

    bare_wall, bare_peak, result = run_measured([sys.executable, "-c", BARE_SPACY, str(path), str(args.workers)])
    bare = json.loads(result.stdout)
    parley_wall, parley_peak, result = run_measured(
        [*PARLEY, "analyze", str(path), "--format", "jsonl", "--workers", str(args.workers)])
    analyses = [json.loads(line) for line in result.stdout.splitlines()]
    n_events = sum(len(a["events"]) for a in analyses)
    n_quotes = sum(len(a["quotes"]) for a in analyses)

    print("| what | docs | words | seconds | words/s | peak RSS MiB |")
    print("|---|---|---|---|---|---|")
    print(f"| bare spaCy `nlp.pipe(n_process={args.workers})` (parse only, model load excluded) | {bare['docs']} | "
          f"{words} | {bare['seconds']:.1f} | {words / bare['seconds']:.0f} | {bare_peak} |")
    print(f"| `parley analyze --workers {args.workers}` (everything, process start and model load included) | "
          f"{len(analyses)} | {words} | {parley_wall:.1f} | {words / parley_wall:.0f} | {parley_peak} |")
    print(f"\nratio Parley / bare spaCy: **{bare['seconds'] / parley_wall:.2f}x** (goal >= 0.6); "
          f"{n_events} events, {n_quotes} quotes")

    if args.memory_n:
        docs = all_ukraine_media()[: args.memory_n]
        path = write_jsonl(OUT / "memory.jsonl", docs)
        wall, peak, _ = run_measured([*PARLEY, "analyze", str(path), "--format", "jsonl", "--workers",
                                      str(args.workers)], stdout=open(OUT / "memory.out.jsonl", "w"))  # noqa: SIM115
        print(f"\n{len(docs)} articles: {wall:.0f} s, peak RSS of the whole process tree **{peak} MiB** "
              f"(goal < 2048)")


if __name__ == "__main__":
    main()
