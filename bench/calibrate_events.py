"""Calibrate the event step's confidence on the annotated article sets, cross-fitted; write calibration.json.

    .venv/bin/python bench/calibrate_events.py [--frozen DIR]          # figures only
    .venv/bin/python bench/calibrate_events.py [--frozen DIR] --write  # and write the shipped calibration

The events: for each of the 24 training sets (``train_events.ARTICLE_SETS``), the sentence models trained on the
other 23 sets' units plus ConfliBERT and PLOVER (as ``events_articles_cv.py`` trains them) code its articles, raw
confidences kept; an event in an annotated unit is right when the benchmark matches it to a gold event
(``events_articles.match``), wrong otherwise. The calibration is a logistic regression (scikit-learn, C below) over
``parley.analyze.events.confidence.features`` (the raw confidence and its log-odds: an increasing map, so no event
changes rank). Figures, out of sample: each set's events scored by the calibration fitted on the other 23 sets'
events (leave one set out), against the raw confidence: Brier score, log loss, expected calibration error (ECE: 10
equal-count bins, the gap between mean confidence and share right, weighted), and the share right of the events
above 0.5 and 0.8 with their counts. A third row fits the same way with the event's type, status, parties, mode,
place, date and conditions too: not shipped, because it reorders the events of a sentence (the PLOVER and quad
scorers take the most confident event as the sentence's: 0.730 -> 0.708 and 0.759 -> 0.751 with frozen fold models
in session 40). The held-out article sets (test, dev19-22) are never used. ``--write`` fits on every set's events
and writes src/parley/data/events/calibration.json.
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

import events_articles as ea
from events_articles_cv import contexts, crossed_model
from parley.analyze.events import EventCoder
from parley.analyze.events.confidence import Calibration
from parley.analyze.events.lexicon import DATA, load_lexicon
from train_events import ARTICLE_SETS, sentence_training_rows

C = 1.0
BINS = 10


class Recorder:
    """A calibration that keeps the raw confidence and records each event's features, in the coder's order."""

    def __init__(self) -> None:
        self.values: list[dict[str, float]] = []

    def __call__(self, values: dict[str, float]) -> float:
        self.values.append(values)
        return values["raw"]


def richer(event: dict, values: dict[str, float]) -> dict[str, float]:
    """The features and what else the event shows (the third row's calibration)."""
    return values | {f"type={event['type']}": 1.0, f"status={event['status']}": 1.0,
                     "actor": float(bool(event["actor"])), "recipient": float(bool(event["recipient"])),
                     "mode": float(event["mode"] is not None), "place": float(event["location"] is not None),
                     "date": float(event["date"] is not None), "conditions": float(bool(event["conditions"]))}


def labelled_events() -> list[tuple[str, dict[str, float], bool, dict[str, float]]]:
    """(set, features, right, richer features) for every event the cross-fitted event step puts in an annotated
    unit."""
    quad_train, type_train = sentence_training_rows()
    rows = []
    for name in ARTICLE_SETS:
        units, sample = ea.load_gold(name)
        coder = EventCoder(crossed_model(name, quad_train, type_train), load_lexicon())
        recorder = Recorder()
        coder.calibration = recorder
        events: list[list[dict]] = [[] for _ in sample]
        values: dict[str, dict[str, float]] = {}
        for ctx in contexts(sample):
            ctx.events, recorder.values = [], []
            coder.run(ctx)
            events[int(ctx.doc_id[2:])] = [e.to_json() for e in ctx.events]
            values.update({e.id: v for e, v in zip(ctx.events, recorder.values, strict=True)})
        for unit_events in ea.assign(events, units, sample).items():
            (article, unit), pred = unit_events
            gold = next(u for u in units if (u["article"], u["unit"]) == (article, unit))["events"]
            matched = {id(p) for _, p in ea.match(gold, pred)}
            rows += [(name, values[p["id"]], id(p) in matched, richer(p, values[p["id"]])) for p in pred]
    return rows


def fit(rows: list[tuple], rich: bool = False) -> Calibration:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([r[3] if rich else r[1] for r in rows])
    clf = LogisticRegression(C=C, max_iter=5000).fit(matrix, [r[2] for r in rows])
    weights = {name: round(float(w), 6) for name, w in zip(vectorizer.get_feature_names_out(), clf.coef_[0],
                                                             strict=True) if w}
    return Calibration(weights, round(float(clf.intercept_[0]), 6))


def figures(probs: list[float], right: list[bool]) -> str:
    n = len(probs)
    brier = sum((p - y) ** 2 for p, y in zip(probs, right, strict=True)) / n
    loss = -sum(math.log(max(p, 1e-6)) if y else math.log(max(1 - p, 1e-6))
                for p, y in zip(probs, right, strict=True)) / n
    ranked = sorted(zip(probs, right, strict=True))
    ece = 0.0
    for b in range(BINS):
        chunk = ranked[b * n // BINS:(b + 1) * n // BINS]
        ece += abs(sum(p for p, _ in chunk) - sum(y for _, y in chunk)) / n
    cells = [f"{brier:.3f}", f"{loss:.3f}", f"{ece:.3f}"]
    for cut in (0.5, 0.8):
        above = [y for p, y in ranked if p >= cut]
        cells.append(f"{sum(above) / len(above):.3f} ({len(above)})" if above else "-")
    return " | ".join(cells)


def main() -> None:
    started = time.perf_counter()
    rows = labelled_events()
    held: dict[bool, list[float]] = {False: [], True: []}
    for name in ARTICLE_SETS:
        for rich in (False, True):
            calibration = fit([r for r in rows if r[0] != name], rich)
            held[rich] += [calibration(r[3] if rich else r[1]) for r in rows if r[0] == name]
    ordered = [r for name in ARTICLE_SETS for r in rows if r[0] == name]
    right = [r[2] for r in ordered]
    print(f"Event confidence on the 24 training article sets, cross-fitted: {len(rows)} events in annotated units, "
          f"{sum(right)} right ({sum(right) / len(right):.3f})\n")
    print("| confidence | Brier | log loss | ECE | share right at >= 0.5 (events) | at >= 0.8 (events) |\n"
          "|---|---|---|---|---|---|")
    print(f"| raw (the event step's score) | {figures([r[1]['raw'] for r in ordered], right)} |")
    print(f"| calibrated, shipped (leave one set out) | {figures(held[False], right)} |")
    print("| calibrated with type, status, parties, ... (not shipped: reorders events) | "
          f"{figures(held[True], right)} |")
    if "--write" in sys.argv:
        path = Path(str(DATA)) / "calibration.json"
        path.write_text(json.dumps(fit(rows).to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {path}")
    print(f"\n{time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
