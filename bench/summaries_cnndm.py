"""Summaries on the CNN/DailyMail dev sample, beside LEAD-3 in the same run; and the cost of issue 6's steps.

The summary step's word model is trained on these 125 articles (``bench/train_summary.py``), so the figure to
quote is the 5-fold cross-validation: every article summarised by a model trained on the other folds, scored
with the official ``../shared/bench/summaries/score.py score`` (which computes LEAD-3 on the same articles).
The shipped model, run in-process through ``analyze_many``, is scored too, marked in-sample. The speed table
times the quote, citation and summary steps against the spaCy parse on the first 100 articles of
``news/ukraine_media/bbc.csv``.

    .venv/bin/python bench/summaries_cnndm.py
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED
from parley.analyze import analyze_many, citations, quotes, summary
from parley.analyze.context import DocContext
from parley.analyze.nlp import load_nlp
from parley.records import CleanDocument, sha256_hex
from train_summary import FOLDS, cross_validate, load_articles

GOLD = SHARED / "bench" / "summaries" / "cnndm_dev.json"
SCORER = SHARED / "bench" / "summaries" / "score.py"
BBC = SHARED / "bench" / "news" / "ukraine_media" / "bbc.csv"


def score(gold: list[dict], pred: Path, tmp: Path, name: str) -> dict[str, str]:
    gold_path = tmp / f"{name}.json"
    gold_path.write_text(json.dumps(gold))
    out = subprocess.run([sys.executable, str(SCORER), "score", str(gold_path), str(pred)], capture_output=True, text=True, check=True)
    return {line.split(":")[0]: line.split(":", 1)[1].strip() for line in out.stdout.splitlines() if ":" in line}


def rouge_table() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf8"))
    out = subprocess.run([sys.executable, str(SCORER), "make-input", str(GOLD)], capture_output=True, text=True, check=True)
    items = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    docs = [CleanDocument(id=i["id"], sha256=sha256_hex(i["text"].encode()), source=f"cnndm:{i['id']}", text=i["text"]) for i in items]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pred = tmp / "pred.jsonl"
        with pred.open("w") as f:
            for analysis in analyze_many(docs):
                f.write(json.dumps(analysis.to_json()) + "\n")
        shipped = score(gold, pred, tmp, "all")
    cv = cross_validate(load_articles())
    print("| summaries of the 125 articles | Parley R1 / R2 / RLsum | LEAD-3 R1 / R2 / RLsum |")
    print("|---|---|---|")
    for name, rows in ((f"**{FOLDS}-fold cross-validation (out of fold)**", cv), ("shipped model (in-sample)", shipped)):
        fmt = {k: " / ".join(x.split("=")[1] for x in v.split()[1:]) for k, v in rows.items()}
        print(f"| {name} | {fmt['system']} | {fmt['LEAD-3']} |")


def speed_table(n: int = 100) -> None:
    with BBC.open(encoding="utf8", newline="") as f:
        texts = [row["Text"].strip() for row, _ in zip(csv.DictReader(f), range(n), strict=False) if row["Text"].strip()]
    nlp = load_nlp()
    started = time.perf_counter()
    parsed = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - started
    steps = {"quotes": quotes, "citations": citations, "summary": summary}
    spent = dict.fromkeys(steps, 0.0)
    counts = {"quotes": 0, "citations": 0}
    for i, (text, doc) in enumerate(zip(texts, parsed, strict=True)):
        ctx = DocContext(document=CleanDocument(id=str(i), sha256="", source="bbc.csv", text=text), doc=doc)
        for name, step in steps.items():
            t0 = time.perf_counter()
            step.run(ctx)
            spent[name] += time.perf_counter() - t0
        counts["quotes"] += len(ctx.quotes)
        counts["citations"] += len(ctx.citations)
    total = sum(spent.values())
    print(f"\n{len(texts)} BBC articles: spaCy parse {parse_s:.2f} s; quotes {spent['quotes']:.2f} s, citations "
          f"{spent['citations']:.2f} s, summary {spent['summary']:.2f} s = {total:.2f} s ({100 * total / parse_s:.1f}% of "
          f"the parse); {counts['quotes']} quotes, {counts['citations']} citations (without the actor step)")


if __name__ == "__main__":
    rouge_table()
    speed_table()
