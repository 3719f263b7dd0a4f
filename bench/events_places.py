"""Event places: the PLOVER gold-standard records that name where their event happened (``eventLoc``, 48 of 322).

    .venv/bin/python bench/events_places.py          # tables
    .venv/bin/python bench/events_places.py --show   # and each disagreement with its sentence (terminal only)

Each record's sentence goes through the shipped pipeline (``analyze_many``; the type model learns from these
records, but no place rule was read off them before this script was written). Scored: the place of Parley's most
confident event (the event the PLOVER scorer takes), and whether any of its events names the gold place; a
place agrees when it shares a word with the gold name ("the northern city of Kirkuk" / "Kirkuk"; "town of
Rafah" / "Rafah"), or, when both are known, a country-level gold place is the predicted place's country
("Esfahan" in "central Iran" for gold "Iran"). The baseline is the first place entity spaCy's NER finds in the
sentence (GPE, LOC or FAC), what a geocoder that reads no syntax would give, on the same parse.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_common import documents, make_input
from parley.analyze import analyze_many
from parley.analyze.nlp import load_nlp
from parley.places import country_of
from parley.registry import load_registry
from train_events import PLOVER_JSON

_WORD = re.compile(r"[a-z]+")
_STOP = {"the", "of", "city", "town", "province", "capital", "region", "village", "northern", "southern", "eastern",
         "western", "central"}


def _words(name: str) -> set[str]:
    return set(_WORD.findall(name.lower())) - _STOP


def agrees(gold: str, name: str | None, country: str | None) -> bool:
    """The predicted place shares a word with the gold one, or lies in the gold place when that is a country."""
    if not name:
        return False
    if _words(gold) & _words(name):
        return True
    state = load_registry().state_named(gold)
    return state is not None and country == state


def main() -> None:
    # (the file repeats an id: records are told apart by id and text)
    records = {(r["id"], r["text"]): r["eventLoc"]["name"]
               for r in json.loads(PLOVER_JSON.read_text(encoding="utf-8")) if r.get("eventLoc") and r.get("text")}
    rows = [r for r in make_input("plover", PLOVER_JSON) if (r["id"], r["text"]) in records]
    started = time.perf_counter()
    analyses = list(analyze_many(documents(rows)))
    nlp = load_nlp()
    top = any_event = base = named = 0
    for row, analysis, doc in zip(rows, analyses, nlp.pipe([r["text"] for r in rows]), strict=True):
        gold = records[(row["id"], row["text"])]
        events = sorted(analysis.events, key=lambda e: -e.confidence)
        best = events[0].location if events else None
        named += best is not None
        top += best is not None and agrees(gold, best.name, best.country)
        any_event += any(e.location is not None and agrees(gold, e.location.name, e.location.country)
                         for e in events)
        first = next((e for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}), None)
        base += first is not None and agrees(gold, first.text, country_of(first.text))
        if "--show" in sys.argv and not (best is not None and agrees(gold, best.name, best.country)):
            print(f"gold {gold!r} top {best.name if best else None!r} ({events[0].type if events else '-'}) "
                  f"first entity {first.text if first else None!r}: {row['text'][:160]}")
    elapsed = time.perf_counter() - started
    n = len(rows)
    print(f"PLOVER records with a gold event place (n={n}, {elapsed:.0f} s)\n")
    print("| system | place of the top event agrees | any event's place agrees | top event names a place |")
    print("|---|---|---|---|")
    print(f"| first place entity of the sentence (baseline) | {base / n:.3f} ({base}/{n}) | - | - |")
    print(f"| Parley event step | {top / n:.3f} ({top}/{n}) | {any_event / n:.3f} ({any_event}/{n}) | "
          f"{named / n:.3f} ({named}/{n}) |")


if __name__ == "__main__":
    main()
