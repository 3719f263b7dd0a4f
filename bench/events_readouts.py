"""Kremlin readouts: the call or meeting named in the withheld headline, with counterpart, mode and status.

    .venv/bin/python bench/events_readouts.py

Input comes from the scorer's make-input (body text, publication date, outlet, URL; the headline is withheld).
Parley runs in process with the shipped model (nothing in it was trained on readouts). The baseline in the
same run is a rule everyone could write: one CONSULT event per readout between Putin and the first other
PERSON entity, mode "phone" when the body says phone/telephone/call, else "meeting", status always
"occurred". Both go through the official scorer (../shared/bench/events/score.py readouts).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import OUT, SHARED
from events_common import contexts_before_events, documents, make_input, score, write_events
from parley.analyze.events import run as run_events

GOLD = SHARED / "bench" / "readouts" / "kremlin_readouts_dev.json"
_PHONE = re.compile(r"\b(phone|telephone|call)\b", re.IGNORECASE)


def main() -> None:
    rows = make_input("readouts", GOLD)
    started = time.perf_counter()
    contexts = contexts_before_events(documents(rows))
    for ctx in contexts:
        run_events(ctx)
    elapsed = time.perf_counter() - started
    parley_line = score("readouts", GOLD, write_events(OUT / "events_readouts.jsonl", contexts))
    base_path = OUT / "events_readouts_baseline.jsonl"
    with base_path.open("w", encoding="utf-8") as handle:
        for ctx in contexts:
            handle.write(json.dumps({"document": {"id": ctx.doc_id}, "events": _baseline(ctx)}) + "\n")
    base_line = score("readouts", GOLD, base_path)
    print(f"Kremlin readouts (n={len(rows)}, {elapsed:.0f} s for parse + analysis)\n")
    print("| system | pair recall | pair + mode | pair + mode + status |\n|---|---|---|---|")
    for name, line in (("Putin + first other person, rule (baseline)", base_line), ("Parley event step", parley_line)):
        figures = [line.split(f"{key}=")[1].split()[0] for key in ("pair_recall", "pair+mode", "pair+mode+status")]
        print(f"| {name} | " + " | ".join(figures) + " |")


def _baseline(ctx) -> list[dict]:
    people = [e.text for e in ctx.doc.ents if e.label_ == "PERSON" and "putin" not in e.text.lower()]
    if not people:
        return []
    mode = "phone" if _PHONE.search(ctx.text) else "meeting"
    return [{"type": "CONSULT", "mode": mode, "status": "occurred", "confidence": 1.0,
             "actor": {"name": "Vladimir Putin"}, "recipient": {"name": people[0]}}]


if __name__ == "__main__":
    main()
