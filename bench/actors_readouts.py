"""Readout counterparts: is the other party of each Kremlin call or meeting a resolved actor with the right country?

The headline ("Telephone conversation with President of France Emmanuel Macron") is withheld from the input;
it only gives the gold counterpart: surname = last word of the name, country = the state after "of". Parley
analyzes the body alone (clean document built in-process, dated by the readout). Two readings:

* person: one of its person actors carries that surname and that country (the strict goal);
* person or state: the same, or, when no person actor carries the surname, a state actor of the
  counterpart's country (the body names the other party only as a state: "Russian-Greek cooperation").

Each is read twice: on the actor step's own output, and on the document's actors once the later steps ran
(the event step reads a readout as one talk between the issuing office-holder and a counterpart, and adds a
counterpart the text names only by its state, "Russian-Greek cooperation", as the person who led that state
on the readout's date).

Baseline, measured in the same run: spaCy NER finds a PERSON span with the surname in the body (a name-only
reading, with no country at all). ``-v`` lists the misses.

    .venv/bin/python bench/actors_readouts.py
"""

from __future__ import annotations

import json
import os
import re
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")

from _common import SHARED
from parley.analyze import STEPS, load_steps
from parley.analyze.context import DocContext
from parley.analyze.nlp import load_nlp
from parley.records import CleanDocument
from parley.registry import load_registry

GOLD = SHARED / "bench" / "readouts" / "kremlin_readouts_dev.json"


def gold_counterpart(item: dict) -> tuple[str, str | None]:
    """(folded surname, ISO3 or None) of the headline's counterpart."""
    registry = load_registry()
    who = re.sub(r"\s+in \w+$", "", item["gold"]["recipient_text"]).strip()
    surname = registry.words(who)[-1]
    country = None
    found = re.search(r"\bof (?:the )?(.+)$", who)
    if found:
        words = found.group(1).split()
        for n in range(len(words), 0, -1):
            hits = [e for e in registry.lookup(" ".join(words[:n])) if e.kind == "state"]
            if hits:
                country = hits[0].id
                break
    return surname, country


def main() -> int:
    items = json.loads(GOLD.read_text(encoding="utf-8"))
    nlp, registry = load_nlp(), load_registry()
    texts = [item["text"] for item in items]
    steps = load_steps(STEPS[: STEPS.index("events") + 1])
    rows, final = [], []
    for item, doc in zip(items, nlp.pipe(texts), strict=True):
        document = CleanDocument(id=item["id"], sha256="0", source=item["url"], text=item["text"],
                                 published=item["published"][:10], url=item["url"])
        ctx = DocContext(document=document, doc=doc)
        surname, country = gold_counterpart(item)
        named = any(surname in registry.words(e.text) for e in doc.ents if e.label_ == "PERSON")
        for name, step in steps.items():
            step.run(ctx)
            if name == "actors":
                rows.append((item, surname, country, named, *_reading(ctx, surname, country, registry)))
        final.append((item, surname, country, named, *_reading(ctx, surname, country, registry)))
    n = len(rows)
    print(f"| readouts (n={n}) | counterpart resolved | ... with right country | person, or else its state |")
    print("|---|---|---|---|")
    print(f"| spaCy NER baseline: PERSON span with the surname | {sum(r[3] for r in rows) / n:.3f} | "
          "n/a (NER has no country) | n/a |")
    for label, found in (("Parley actor step", rows), ("Parley document actors (after the event step)", final)):
        print(f"| {label} | {sum(r[4] for r in found) / n:.3f} | **{sum(r[5] for r in found) / n:.3f}** | "
              f"**{sum(r[6] for r in found) / n:.3f}** |")
    for label, found in (("actor step", rows), ("document actors", final)):
        missed = [r for r in found if not r[5]]
        print(f"\n{label}, missed as a person ({len(missed)}): the body names the counterpart by name in "
              f"{sum(r[3] for r in missed)}; resolved only as its state in {sum(r[6] for r in missed)}")
        if "-v" in sys.argv:
            for item, surname, country, *rest in missed:
                print(f"  {item['id']} {surname} {country} state={rest[-1]}: {item['text'][:140]!r}")
    return 0


def _reading(ctx: DocContext, surname: str, country: str | None, registry) -> tuple[bool, bool, bool]:
    """(a person actor has the surname, one of them has the country too, that or else the state is an actor)."""
    people = [a for a in ctx.actors.values() if a.kind == "person"
              and any(surname in registry.words(n) for n in (a.name, *a.aliases))]
    hit = any(country is None or a.country == country for a in people)
    state = not people and country is not None and any(a.kind == "state" and a.id == country for a in ctx.actors.values())
    return bool(people), hit, hit or state


if __name__ == "__main__":
    sys.exit(main())
