"""Text track of the Zyte benchmark (cluttered page text -> article text), and what cleaning costs.

1. Accuracy: each page's whole visible text (``page-text.json``) goes through the plain-text cleaner. The line
   model is trained on these same pages, so Parley's figure is out-of-fold (k-fold by page, as
   ``bench/train_line_classifier.py --folds K`` computes it: every page is cleaned by a model that never saw it).
   The two published baselines are computed in the same run: all text, and lines of >= 20 words. All three
   prediction files go to ``bench/out/`` and are scored by the benchmark's own ``score.py``.
2. Cost: N BBC articles (``news/ukraine_media/bbc.csv``) through ``clean()`` and through the full analysis
   (``parley.analyze.analyze_many``), one process, one thread; cleaning time as a share of the whole.

usage: python bench/clean_text.py [--folds 5] [--speed-n 100]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from _common import BENCH, OUT, ukraine_media
from parley.clean import clean
from parley.records import RawDocument, SourceHints, sha256_hex
from train_line_classifier import cross_validate, load_pages

ZYTE = BENCH / "extraction" / "zyte"
SCORER = BENCH / "extraction" / "score.py"


def score(name: str, predictions: dict[str, str]) -> str:
    path = OUT / f"clean_text_{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({k: {"articleBody": v} for k, v in predictions.items()}, ensure_ascii=False),
                    encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(path)], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def accuracy(folds: int) -> None:
    texts = {k: v["articleBody"] for k, v in
             json.loads((ZYTE / "page-text.json").read_text(encoding="utf-8"))["output"].items()}
    all_text = score("all_text", texts)
    long_lines = score("lines_ge_20_words", {k: "\n".join(line for line in text.splitlines() if len(line.split()) >= 20)
                                            for k, text in texts.items()})
    start = time.perf_counter()
    parley = score("parley_oof", cross_validate(load_pages(BENCH.parent), folds))
    seconds = time.perf_counter() - start
    print(f"Zyte text track, {len(texts)} pages (score.py: 4-word shingle P/R/F1 averaged per page)\n")
    print("| method | scorer output |")
    print("|---|---|")
    print(f"| baseline: all page text | {all_text} |")
    print(f"| baseline: lines of >= 20 words | {long_lines} |")
    print(f"| Parley text cleaner, out-of-fold ({folds}-fold by page; training included: {seconds:.0f} s) | {parley} |")


def cost(n: int) -> None:
    from parley.analyze import analyze_many

    rows = ukraine_media("bbc.csv", n)
    raws = []
    for i, row in enumerate(rows):
        content = row["Text"].encode("utf-8")
        raws.append(RawDocument(sha256=sha256_hex(content), content=content, source=f"bbc.csv#{i}",
                                hints=SourceHints(id=f"bbc{i}", url=row["URL"], title=row["Title"],
                                                  published=row["Date"], media_type="text/plain")))
    clean(raws[0])  # load the line model and the language identifier outside the timing
    start = time.perf_counter()
    docs = [clean(raw) for raw in raws]
    clean_s = time.perf_counter() - start
    kept = [d for d in docs if d.status == "ok"]
    list(analyze_many(kept[:2]))  # load spaCy outside the timing
    start = time.perf_counter()
    analyses = list(analyze_many(kept))
    analyze_s = time.perf_counter() - start
    words = sum(len(d.text.split()) for d in kept)
    print(f"\nCost on {len(raws)} BBC articles ({len(kept)} kept, {words} words; one process, OMP_NUM_THREADS=1)\n")
    print("| stage | ms/article | share of clean + analysis |")
    print("|---|---|---|")
    total = clean_s + analyze_s
    print(f"| clean() | {clean_s / len(raws) * 1000:.1f} | {clean_s / total:.1%} |")
    print(f"| analyze_many (actors, quotes, citations, events, summary) | "
          f"{analyze_s / max(len(analyses), 1) * 1000:.1f} | {analyze_s / total:.1%} |")
    print(f"\ncleaning / full analysis per article: **{clean_s / analyze_s:.1%}** (goal < 10%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--speed-n", type=int, default=100, help="BBC articles for the cost figure (0: skip)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    accuracy(args.folds)
    if args.speed_n:
        cost(args.speed_n)


if __name__ == "__main__":
    main()

