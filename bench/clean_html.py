"""HTML track of the Zyte article-extraction benchmark: Parley's clean stage against trafilatura's defaults.

Every page of ``../shared/bench/extraction/zyte/html`` goes through ``parley.clean.clean`` (as an HTML document)
and through ``trafilatura.extract(html)`` with default options, in the same run. Both prediction files are written
to ``bench/out/`` and scored by the benchmark's own ``score.py`` (4-word shingle F1, averaged per page).
The figure to beat is trafilatura's.

``--meta`` compares the page metadata Parley reads (``parley.clean.page_meta``: the page's head and htmldate's
fast mode) with trafilatura's full ``extract_metadata`` pass on the same pages: agreement per field and cost.

usage: python bench/clean_html.py [--limit N] [--cost] [--meta]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import trafilatura
from trafilatura.utils import load_html

from _common import BENCH, OUT
from parley.analyze import analyze_many
from parley.clean import clean
from parley.clean.page_meta import page_meta
from parley.records import CleanDocument, RawDocument, SourceHints, sha256_hex

ZYTE = BENCH / "extraction" / "zyte"
SCORER = BENCH / "extraction" / "score.py"


def pages(limit: int | None) -> list[tuple[str, bytes]]:
    files = sorted((ZYTE / "html").glob("*.html.gz"))[:limit]
    return [(f.name.removesuffix(".html.gz"), gzip.decompress(f.read_bytes())) for f in files]


def parley_document(page_id: str, content: bytes) -> CleanDocument:
    raw = RawDocument(sha256=sha256_hex(content), content=content, source=f"{page_id}.html",
                      hints=SourceHints(id=page_id, media_type="text/html"))
    return clean(raw, all_languages=True)


def trafilatura_body(content: bytes) -> str:
    return trafilatura.extract(content) or ""


def score(predictions: dict[str, dict[str, str]], name: str, truth: Path) -> str:
    path = OUT / f"clean_html_{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(path), "--truth", str(truth)], capture_output=True,
                            text=True, check=True)
    return result.stdout.strip()


def metadata_agreement(docs: list[tuple[str, bytes]]) -> None:
    """Per field: pages where both readers agree, where only trafilatura's full pass finds a value, where only
    Parley does, and where they disagree; then the time each reader takes."""
    fields = {"title": "title", "published": "date", "byline": "author", "site_name": "sitename", "url": "url"}
    tally = {field: [0, 0, 0, 0] for field in fields}
    ours_s = theirs_s = 0.0
    for _, content in docs:
        html = content.decode("utf-8", errors="replace")
        start = time.perf_counter()
        ours = page_meta(load_html(html))
        ours_s += time.perf_counter() - start
        start = time.perf_counter()
        theirs = trafilatura.extract_metadata(html)
        theirs_s += time.perf_counter() - start
        for field, their_field in fields.items():
            mine, other = _norm(getattr(ours, field)), _norm(getattr(theirs, their_field))
            tally[field][0 if mine == other else 1 if not mine else 2 if not other else 3] += 1
    print(f"\nPage metadata on {len(docs)} pages: Parley page_meta vs trafilatura.extract_metadata (full pass)\n")
    print("| field | same value | only trafilatura finds one | only Parley finds one | different values |")
    print("|---|---|---|---|---|")
    for field, (same, theirs_only, ours_only, differ) in tally.items():
        print(f"| {field} | {same} | {theirs_only} | {ours_only} | {differ} |")
    print(f"\nms/page: page_meta {ours_s / len(docs) * 1000:.1f}, extract_metadata {theirs_s / len(docs) * 1000:.1f}")


def _norm(value: str | None) -> str:
    return " ".join(value.split()).casefold() if value else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (a quick look)")
    parser.add_argument("--cost", action="store_true", help="also time the full analysis of the extracted text")
    parser.add_argument("--meta", action="store_true", help="also compare page metadata with trafilatura's")
    args = parser.parse_args()
    docs = pages(args.limit)
    if args.meta:
        metadata_agreement(docs)
    truth = ZYTE / "ground-truth.json"
    if args.limit:
        full = json.loads(truth.read_text(encoding="utf-8"))
        truth = OUT / "clean_html_truth_subset.json"
        truth.parent.mkdir(parents=True, exist_ok=True)
        truth.write_text(json.dumps({k: full[k] for k, _ in docs}), encoding="utf-8")
    start = time.perf_counter()
    cleaned = {page_id: parley_document(page_id, content) for page_id, content in docs}
    parley_s = (time.perf_counter() - start) / len(docs)
    parley = score({k: {"articleBody": d.text} for k, d in cleaned.items()}, "parley", truth)
    start = time.perf_counter()
    baseline = score({page_id: {"articleBody": trafilatura_body(content)} for page_id, content in docs},
                     "trafilatura", truth)
    trafilatura_s = (time.perf_counter() - start) / len(docs)
    print(f"Zyte HTML track, {len(docs)} pages (score.py: 4-word shingle P/R/F1 averaged per page)\n")
    print("| extractor | scorer output | ms/page |")
    print("|---|---|---|")
    print(f"| Parley clean() (HTML path) | {parley} | {parley_s * 1000:.0f} |")
    print(f"| trafilatura.extract defaults | {baseline} | {trafilatura_s * 1000:.0f} |")
    if args.cost:
        cost(docs)


def cost(docs: list[tuple[str, bytes]], chunk: int = 16) -> None:
    """Cleaning against full analysis, chunk by chunk (clean 16 pages, analyse the English ones as one batch, as
    the pipeline does), so that both see the same machine load; CPU time of this process is the main figure
    (other processes on a shared machine slow wall-clock time unevenly), wall time is printed beside it."""
    warm = parley_document(*docs[0])  # lazy loads (patterns, language model, spaCy) happen outside the timing
    list(analyze_many([warm]))
    clean_cpu = clean_wall = analyze_cpu = analyze_wall = 0.0
    english = 0
    for at in range(0, len(docs), chunk):
        cpu, wall = time.process_time(), time.perf_counter()
        cleaned = [parley_document(page_id, content) for page_id, content in docs[at:at + chunk]]
        clean_cpu, clean_wall = clean_cpu + time.process_time() - cpu, clean_wall + time.perf_counter() - wall
        batch = [d for d in cleaned if d.status == "ok" and d.language == "en"]
        cpu, wall = time.process_time(), time.perf_counter()
        list(analyze_many(batch))
        analyze_cpu, analyze_wall = analyze_cpu + time.process_time() - cpu, analyze_wall + time.perf_counter() - wall
        english += len(batch)
    n = len(docs)
    print(f"\nCost: clean() on all {n} pages, full analysis (analyze_many) of the {english} English pages it kept\n")
    print("| clock | clean ms/page | analysis ms/article | clean / analysis |")
    print("|---|---|---|---|")
    for name, clean_s, analyze_s in (("CPU time", clean_cpu, analyze_cpu), ("wall time", clean_wall, analyze_wall)):
        share = (clean_s / n) / (analyze_s / english)
        print(f"| {name} | {clean_s / n * 1000:.1f} | {analyze_s / english * 1000:.0f} | {share:.1%} |")


if __name__ == "__main__":
    main()
