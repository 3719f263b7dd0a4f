"""Does training the sentence models on hand-coded article sentences help Parley on articles? Cross-fitted.

    .venv/bin/python bench/events_articles_cv.py                  # every tuning set with a gold file
    .venv/bin/python bench/events_articles_cv.py --weight 2       # count each article unit twice
    .venv/bin/python bench/events_articles_cv.py --rows all       # one type row per gold event, not the first

The shipped recipe (``bench/train_events.py``: ConfliBERT + PLOVER rows) against the same recipe plus the
annotated units of the *other* tuning sets of ``bench/events_articles.py`` (dev, dev2, dev3, dev4; never the test
set), each scored on the held-out tuning set with that script's matching and figures, in the same run. A unit
is a quad row under its first gold event's quad class (class 0 when it has no event) and, when it has events, a
type row under that event's type (``--rows all``: one type row per gold event). Each unit is parsed alone, as
the training sentences are. Prints one line per set and the pooled P / R / F1.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_articles as ea
from events_common import contexts_before_events
from train_events import QUAD_C, TYPE_C, featurize, fit, plover_rows, quad_rows, weak_types

from parley.analyze.events import EventCoder
from parley.analyze.events.lexicon import load_lexicon
from parley.analyze.events.model import EventModel
from parley.clean import clean
from parley.records import RawDocument, SourceHints, sha256_hex

import os
POSITIVE = os.environ.get("POSITIVE") == "1"
Rows = list[tuple[list[str], int]]
TypeRows = list[tuple[list[str], str]]


def train_with(quad: Rows, types: TypeRows, unit_quad: Rows, unit_types: TypeRows) -> EventModel:
    """``train_events.train`` with article units added to both models (none: the shipped recipe)."""
    quads = load_lexicon().quad
    weak = weak_types(quad)
    quad_all = [*quad, *((f, quads[t]) for f, t in types), *unit_quad]
    type_all = [*types, *weak, *unit_types]
    return EventModel(quad=fit([f for f, _ in quad_all], [str(y) for _, y in quad_all], QUAD_C),
                      type=fit([f for f, _ in type_all], [t for _, t in type_all], TYPE_C))


def unit_rows(units: list[dict], sample: list[dict], every: bool) -> tuple[Rows, TypeRows]:
    quads = load_lexicon().quad
    feats = featurize([sample[u["article"]]["Text"][u["start"]:u["end"]] for u in units])
    quad, types = [], []
    for f, unit in zip(feats, units, strict=True):
        events = [e for e in unit["events"] if e["type"] in quads]
        if events or not POSITIVE:
            quad.append((f, quads[events[0]["type"]] if events else 0))
        types += [(f, e["type"]) for e in (events if every else events[:1])]
    return quad, types


def contexts(sample: list[dict]) -> list:
    raws = []
    for i, row in enumerate(sample):
        content = row["Text"].encode("utf-8")
        hints = SourceHints(id=f"ea{i}", url=row["URL"], title=row["Title"], published=row["Date"],
                            media_type="text/plain")
        raws.append(RawDocument(sha256=sha256_hex(content), content=content, source=f"{row['file']}#{i}",
                                hints=hints))
    docs = [clean(raw) for raw in raws]
    return contexts_before_events([d for d in docs if d.status == "ok"])


def predict(model: EventModel, ctxs: list, n: int) -> list[list[dict]]:
    coder = EventCoder(model, load_lexicon())
    events: list[list[dict]] = [[] for _ in range(n)]
    for ctx in ctxs:
        ctx.events = []
        coder.run(ctx)
        events[int(ctx.doc_id[2:])] = [e.to_json() for e in ctx.events]
    return events


def main() -> None:
    weight = int(sys.argv[sys.argv.index("--weight") + 1]) if "--weight" in sys.argv[:-1] else 1
    every = "--rows" in sys.argv[:-1] and sys.argv[sys.argv.index("--rows") + 1] == "all"
    started = time.perf_counter()
    names = [n for n, (path, _) in ea.SETS.items() if n != "test" and path.exists()]
    quad = quad_rows()
    plover = plover_rows()
    quad_rows_ = list(zip(featurize([t for t, _ in quad]), [y for _, y in quad], strict=True))
    type_rows = list(zip(featurize([t for _, t, _ in plover]), [t for _, _, t in plover], strict=True))
    shipped = train_with(quad_rows_, type_rows, [], [])
    sets = {}
    for name in names:
        units, sample = ea.load_gold(name)
        sets[name] = (units, sample, contexts(sample), unit_rows(units, sample, every))
    print(f"tuning sets {', '.join(names)}; article units weight {weight}, type rows "
          f"{'every gold event' if every else 'first gold event'}\n")
    print("| held-out set | units | gold | shipped recipe P / R / F1 | + other sets' units P / R / F1 |")
    print("|---|---|---|---|---|")
    pooled = {"shipped": [0, 0, 0], "units": [0, 0, 0]}
    for name in names:
        units, sample, ctxs, _ = sets[name]
        extra_quad = [r for other in names if other != name for r in sets[other][3][0]] * weight
        extra_types = [r for other in names if other != name for r in sets[other][3][1]] * weight
        cells = []
        for key, model in (("shipped", shipped), ("units", train_with(quad_rows_, type_rows, extra_quad,
                                                                       extra_types))):
            r = ea.score(units, ea.assign(predict(model, ctxs, len(sample)), units, sample))
            for k, v in enumerate((r["matched"], r["pred"], r["gold"])):
                pooled[key][k] += v
            cells.append(f"{r['precision']:.3f} / {r['recall']:.3f} / **{r['f1']:.3f}**")
        print(f"| {name} | {len(units)} | {r['gold']} | {cells[0]} | {cells[1]} |")
    line = []
    for key in ("shipped", "units"):
        tp, pred, gold = pooled[key]
        p, r = tp / max(pred, 1), tp / max(gold, 1)
        line.append(f"{p:.3f} / {r:.3f} / **{2 * p * r / max(p + r, 1e-9):.3f}**")
    print(f"| pooled | | | {line[0]} | {line[1]} |")
    print(f"\n{time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
