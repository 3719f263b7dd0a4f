"""Shared plumbing of the event benchmarks: official scorer, in-process Parley, JSONL in and out.

Each benchmark builds its input with the scorer's ``make-input`` verb, runs Parley in process (clean documents
-> spaCy -> the analysis steps), writes the ``{"document": ..., "events": [...]}`` lines the scorer reads and
runs the official scorer on them. Out-of-fold runs swap in an EventCoder trained without the held-out rows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc

os.environ.setdefault("OMP_NUM_THREADS", "1")

from _common import SHARED
from parley.analyze import STEPS, load_steps
from parley.analyze.context import DocContext
from parley.analyze.events.features import sentence_features
from parley.analyze.events.lexicon import load_lexicon
from parley.analyze.nlp import load_nlp
from parley.records import CleanDocument, sha256_hex

SCORER = SHARED / "bench" / "events" / "score.py"


def make_input(kind: str, gold: Path) -> list[dict]:
    """The scorer's own input lines for a benchmark (ids, texts, publication dates)."""
    run = subprocess.run([sys.executable, str(SCORER), "make-input", kind, str(gold)],
                         check=True, capture_output=True, text=True)
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def documents(rows: Iterable[dict]) -> list[CleanDocument]:
    return [
        CleanDocument(id=str(r["id"]), sha256=sha256_hex(r["text"].encode("utf-8")), source=f"bench:{r['id']}",
                      text=r["text"], published=(r.get("published") or None) and r["published"][:10],
                      url=r.get("url"))
        for r in rows
    ]


def contexts_before_events(docs: Sequence[CleanDocument], parsed: Sequence[Doc] | None = None) -> list[DocContext]:
    """Parse once (unless ``parsed`` is given) and run every step that comes before events."""
    steps = load_steps(STEPS[: STEPS.index("events")]).values()
    if parsed is None:
        parsed = list(load_nlp().pipe((d.text for d in docs), batch_size=64))
    out = []
    for document, doc in zip(docs, parsed, strict=True):
        ctx = DocContext(document=document, doc=doc)
        for step in steps:
            step.run(ctx)
        out.append(ctx)
    return out


def sentence_contexts(rows: Iterable[dict]) -> tuple[list[DocContext], list]:
    """For the cross-validated benchmarks: each row's context before events, and its sentence features."""
    contexts = contexts_before_events(documents(rows))
    lexicon = load_lexicon()
    return contexts, [sentence_features(ctx.doc[:], lexicon) for ctx in contexts]


def write_events(path: Path, contexts: Iterable[DocContext]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for ctx in contexts:
            line = {"document": {"id": ctx.doc_id}, "events": [e.to_json() for e in ctx.events]}
            handle.write(json.dumps(line) + "\n")
    return path


def score(kind: str, gold: Path, pred: Path) -> str:
    """The official scorer's last output line."""
    run = subprocess.run([sys.executable, str(SCORER), kind, str(gold), str(pred)],
                         check=True, capture_output=True, text=True)
    return run.stdout.strip().splitlines()[-1]


def metric(line: str, name: str) -> float:
    """A ``name=value`` figure from a scorer line."""
    return float(line.split(f"{name}=")[1].split()[0])
