"""How likely an event is to be right: the event step's raw confidence, calibrated.

The raw confidence is the sentence model's probability for the event's type, floored by the rules that keep an
event whatever the model says (a definite phrase, a structure of two parties): a score for ranking, not a
probability. ``calibration.json`` holds a logistic model, trained by ``bench/calibrate_events.py`` on the events
the event step found in the 24 annotated article sets (cross-fitted: each set's events come from models that never
saw it, and "right" is the benchmark's match with the gold), that maps the raw confidence to the share of such
events that were right. It reads the raw confidence alone, through an increasing function, so that the order of
events (which one is a sentence's main event) is kept: a calibration that also reads the type, the status and the
parties fits a little better but reorders events within sentences (measured in that script).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from parley.analyze.events.lexicon import DATA
from parley.records import Event

_EPSILON = 1e-3


def features(event: Event) -> dict[str, float]:
    """The event's calibration features: its raw confidence and that confidence's log-odds."""
    raw = min(max(event.confidence, _EPSILON), 1 - _EPSILON)
    return {"raw": raw, "logit": math.log(raw / (1 - raw))}


@dataclass(frozen=True, slots=True)
class Calibration:
    """A logistic model over ``features``: weight per feature name (absent names weigh 0) and a bias."""

    weights: dict[str, float]
    bias: float

    def __call__(self, values: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"bias": self.bias, "weights": self.weights}


@cache
def load_calibration() -> Calibration | None:
    """The shipped calibration (None when the data file is absent: raw confidences are kept)."""
    path = DATA / "calibration.json"
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Calibration({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]))
