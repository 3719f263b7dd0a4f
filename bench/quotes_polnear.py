"""Quote attribution on PolNeAR dev (84 political news articles), Parley beside textacy in the same run.

Makes the input with the official scorer's ``make-input`` verb, runs Parley in-process (``analyze_many``),
scores its direct quotes with ``../shared/bench/quotes/score.py score`` (the gold set holds only attributions
whose content has quotation marks, so indirect quotes are scored separately: how many of PolNeAR's
non-quoted attributions one of Parley's quotes covers, with the scorer's own overlap rule), and scores
textacy 0.13's ``direct_quotations`` run per paragraph, the reference of the benchmark README, when textacy
is installed. Prints a markdown table. A diagnostic row scores the same predictions without the articles whose
quotation marks are doubled apostrophes (''...'', the NYT's archive export): the scorer's gold holds only
contents with “ ” or " marks, so every quote of those articles counts as a false positive there.

    .venv/bin/python bench/quotes_polnear.py [--no-baseline]
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED
from parley.analyze import analyze_many
from parley.analyze.nlp import load_nlp
from parley.records import CleanDocument, sha256_hex

BENCH = SHARED / "bench" / "quotes"
DATA = BENCH / "polnear_dev"
SCORER = BENCH / "score.py"


def _scorer_module():
    spec = importlib.util.spec_from_file_location("polnear_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_input() -> list[dict]:
    out = subprocess.run([sys.executable, str(SCORER), "make-input", str(DATA)], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def score(pred_path: Path) -> str:
    out = subprocess.run([sys.executable, str(SCORER), "score", str(DATA), str(pred_path)], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def parse_score(line: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in line.replace("(", " ").split() if "=" in part)


def non_quoted_attributions() -> dict[str, list[str]]:
    """Contents of PolNeAR attributions without quotation marks (indirect speech, "according to"), per article,
    read the way the scorer reads the quoted ones (first annotator file per article)."""
    scorer = _scorer_module()
    out: dict[str, list[str]] = {}
    for ann in sorted(glob.glob(str(DATA / "attributions" / "*.ann"))):
        name = os.path.basename(ann).rsplit("_", 1)[0]
        if name in out:
            continue
        text = (DATA / "text" / f"{name}.txt").read_text(encoding="utf8")
        spans, contents = {}, []
        for line in Path(ann).read_text(encoding="utf8").splitlines():
            parts = line.rstrip("\n").split("\t")
            if parts[0].startswith("T"):
                label, *rest = parts[1].split(" ")
                segs = [tuple(map(int, s.split())) for s in " ".join(rest).split(";")]
                spans[parts[0]] = " ".join(text[a:b] for a, b in segs)
            elif parts[0].startswith("E"):
                roles = dict(x.split(":", 1) for x in parts[1].split() if ":" in x)
                if "Content" in roles and roles["Content"] in spans:
                    contents.append(spans[roles["Content"]])
        out[name] = [c for c in contents if not scorer.QUOTE.search(c)]
    return out


def without_apostrophe_quoting(pred_path: Path, items: list[dict], out: Path) -> int:
    """The predictions minus those of articles with no “ ” or " mark at all (their gold is empty by the
    scorer's definition); returns how many articles were left out."""
    quote = _scorer_module().QUOTE
    blind = {i["id"] for i in items if not quote.search(i["text"])}
    with out.open("w") as f:
        for line in pred_path.open():
            row = json.loads(line)
            if row["document"]["id"] in blind:
                row["quotes"] = []
            f.write(json.dumps(row) + "\n")
    return len(blind)


def as_spans(row: dict) -> dict:
    """The same quotes with the speaker given as its words in the text (``speaker_text``), the way textacy
    and PolNeAR's source spans give it: "the Indiana governor" stays itself instead of becoming Mike Pence."""
    quotes = [{**q, "speaker": {"name": q.get("speaker_text")}} for q in row["quotes"]]
    return {**row, "quotes": quotes}


def run_parley(items: list[dict], out_all: Path, out_direct: Path) -> float:
    docs = [CleanDocument(id=i["id"], sha256=sha256_hex(i["text"].encode()), source=f"polnear:{i['id']}", text=i["text"]) for i in items]
    load_nlp()
    started = time.perf_counter()
    out_spans = out_direct.with_suffix(".spans.jsonl")
    with out_all.open("w") as fa, out_direct.open("w") as fd, out_spans.open("w") as fs:
        for analysis in analyze_many(docs):
            row = analysis.to_json()
            fa.write(json.dumps(row) + "\n")
            row["quotes"] = [q for q in row["quotes"] if q["kind"] == "direct"]
            fd.write(json.dumps(row) + "\n")
            fs.write(json.dumps(as_spans(row)) + "\n")
    return time.perf_counter() - started


def run_textacy(items: list[dict], out: Path) -> bool:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return False
    nlp = load_nlp()
    with out.open("w") as f:
        for item in items:
            quotes = []
            for para in nlp.pipe(p for p in item["text"].split("\n") if p.strip()):
                try:
                    found = list(direct_quotations(para))
                except ValueError:  # textacy raises on an odd number of quotation marks
                    continue
                for q in found:
                    quotes.append({"text": q.content.text, "speaker": {"name": " ".join(t.text for t in q.speaker)}})
            f.write(json.dumps({"document": {"id": item["id"]}, "quotes": quotes}) + "\n")
    return True


def indirect_coverage(pred_path: Path, gold: dict[str, list[str]]) -> tuple[int, int, int]:
    scorer = _scorer_module()
    pred = {}
    for line in pred_path.open():
        row = json.loads(line)
        pred[row["document"]["id"]] = [q["text"] for q in row["quotes"] if q["kind"] == "indirect"]
    n_gold = sum(len(v) for v in gold.values())
    found = sum(any(scorer.overlap(p, g) for p in pred.get(name, [])) for name, items in gold.items() for g in items)
    n_pred = sum(len(v) for v in pred.values())
    return n_gold, found, n_pred


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-baseline", action="store_true", help="skip textacy")
    args = parser.parse_args()
    items = make_input()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        seconds = run_parley(items, tmp_dir / "parley_all.jsonl", tmp_dir / "parley_direct.jsonl")
        parley = parse_score(score(tmp_dir / "parley_direct.jsonl"))
        spans = parse_score(score(tmp_dir / "parley_direct.spans.jsonl"))
        rows = [("Parley, speaker = resolved name", parley), ("Parley, speaker = words in the text", spans)]
        blind = without_apostrophe_quoting(tmp_dir / "parley_direct.spans.jsonl", items, tmp_dir / "seen.jsonl")
        rows.append((f"Parley, speaker = words; without the {blind} articles quoting with ''", parse_score(score(tmp_dir / "seen.jsonl"))))
        if not args.no_baseline and run_textacy(items, tmp_dir / "textacy.jsonl"):
            rows.insert(0, ("textacy 0.13 direct_quotations, per paragraph", parse_score(score(tmp_dir / "textacy.jsonl"))))
        n_gold, found, n_pred = indirect_coverage(tmp_dir / "parley_all.jsonl", non_quoted_attributions())
    print(f"PolNeAR dev: {len(items)} articles, {parley['gold']} gold direct quotes; Parley analyze {seconds:.1f} s\n")
    print("| system | predicted | precision | recall | F1 | speaker accuracy |")
    print("|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['predicted']} | {r['precision']} | {r['recall']} | {r['f1']} | {r['speaker_accuracy']} |")
    print(f"\nNon-quoted attributions (indirect speech, 'according to'): {found} of {n_gold} "
          f"({found / max(1, n_gold):.3f}) covered by Parley's {n_pred} indirect quotes.")


if __name__ == "__main__":
    main()
