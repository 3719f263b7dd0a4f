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


def _raw(content: bytes, source: str, **hints: str) -> RawDocument:
    return RawDocument(sha256=sha256_hex(content), content=content, source=source,
                       hints=SourceHints(media_type="text/plain", **hints))


def _timed(raws: list[RawDocument]) -> tuple[float, float, int]:
    """Seconds per article for clean() and for the full analysis of what it kept; the words analysed."""
    from parley.analyze import analyze_many

    start = time.perf_counter()
    docs = [clean(raw) for raw in raws]
    clean_s = time.perf_counter() - start
    kept = [d for d in docs if d.status == "ok"]
    start = time.perf_counter()
    analyses = list(analyze_many(kept))
    analyze_s = time.perf_counter() - start
    return clean_s / len(raws), analyze_s / max(len(analyses), 1), sum(len(d.text.split()) for d in kept)


def cost(n: int) -> None:
    from parley.analyze import analyze_many

    seeds = sorted((BENCH.parent / "corpus" / "seeds").glob("*.txt"))
    corpora = {
        f"{len(seeds)} seeds": [_raw(path.read_bytes(), path.name) for path in seeds],
        f"{n} BBC articles (title, URL, date as hints)": [
            _raw(row["Text"].encode("utf-8"), f"bbc.csv#{i}", id=f"bbc{i}", url=row["URL"], title=row["Title"],
                 published=row["Date"])
            for i, row in enumerate(ukraine_media("bbc.csv", n))
        ],
    }
    warm = next(iter(corpora.values()))[0]
    list(analyze_many([clean(warm)]))  # the line model, language identifier and spaCy load outside the timing
    print("\nCost per article, one process, OMP_NUM_THREADS=1 (model loading excluded)\n")
    print("| corpus | words kept | clean() ms/article | analyze_many ms/article | clean / analysis |")
    print("|---|---|---|---|---|")
    for name, raws in corpora.items():
        clean_s, analyze_s, words = _timed(raws)
        print(f"| {name} | {words} | {clean_s * 1000:.1f} | {analyze_s * 1000:.1f} | "
              f"**{clean_s / analyze_s:.1%}** (goal < 10%) |")


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

