"""Linear sentence classifiers shipped as plain weights (model.json + model.npz), run with numpy.

Two multinomial logistic regressions over the same binary features: ``quad`` (0 no event / statement,
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, trained on the
ConfliBERT sentences) and ``type`` (PLOVER's 16 types, trained on the PLOVER gold records). No pickles and no
torch: the weights are arrays, the vocabulary is JSON, inference is a sparse sum and a softmax.
bench/train_events.py writes them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from parley.analyze.events.lexicon import DATA


@dataclass(frozen=True)
class LinearModel:
    labels: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)

    def proba(self, features: list[str]) -> dict[str, float]:
        """Class probabilities for one sentence's features (unknown features are ignored)."""
        idx = [self.vocab[f] for f in features if f in self.vocab]
        scores = self.bias.copy()
        if idx:
            scores += self.weights[idx].sum(axis=0) * feature_scale(len(idx))
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.labels, scores.tolist(), strict=True))


@dataclass(frozen=True)
class ChooserModel:
    """Scores a sentence's candidate triggers (the main event is the best one): a conditional logit over the
    candidates' binary features (features.trigger_features) plus the sentence models' log-probabilities of
    the candidate's quad class and type."""

    vocab: dict[str, int]
    weights: np.ndarray  # (n_features,)
    real: np.ndarray  # (2,): weights of log P(quad class), log P(type)

    def score(self, features: list[str], quad_proba: float, type_proba: float) -> float:
        idx = [self.vocab[f] for f in features if f in self.vocab]
        sparse = float(self.weights[idx].sum()) if idx else 0.0
        return sparse + float(self.real[0]) * math.log(max(quad_proba, 1e-6)) + \
            float(self.real[1]) * math.log(max(type_proba, 1e-6))


@dataclass(frozen=True)
class EventModel:
    quad: LinearModel
    type: LinearModel
    chooser: ChooserModel | None = None  # None: the coder's hand-made choice key

    def save(self, directory: Path) -> None:
        meta, arrays = {}, {}
        for name in ("quad", "type"):
            model: LinearModel = getattr(self, name)
            vocab = sorted(model.vocab, key=model.vocab.__getitem__)
            meta[name] = {"labels": list(model.labels), "vocab": vocab}
            arrays[f"{name}_w"] = model.weights.astype(np.float16)
            arrays[f"{name}_b"] = model.bias.astype(np.float32)
        if self.chooser is not None:
            meta["chooser"] = {"vocab": sorted(self.chooser.vocab, key=self.chooser.vocab.__getitem__)}
            arrays["chooser_w"] = self.chooser.weights.astype(np.float32)
            arrays["chooser_real"] = self.chooser.real.astype(np.float32)
        (directory / "model.json").write_text(json.dumps(meta, separators=(",", ":")), encoding="utf-8")
        np.savez_compressed(directory / "model.npz", **arrays)

    @classmethod
    def load(cls, directory: Path) -> EventModel:
        meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
        with np.load(directory / "model.npz", allow_pickle=False) as arrays:
            parts = {
                name: LinearModel(
                    labels=tuple(meta[name]["labels"]),
                    vocab={f: i for i, f in enumerate(meta[name]["vocab"])},
                    weights=arrays[f"{name}_w"].astype(np.float32),
                    bias=arrays[f"{name}_b"].astype(np.float32),
                )
                for name in ("quad", "type")
            }
            if "chooser" in meta:
                parts["chooser"] = ChooserModel(vocab={f: i for i, f in enumerate(meta["chooser"]["vocab"])},
                                                weights=arrays["chooser_w"].astype(np.float32),
                                                real=arrays["chooser_real"].astype(np.float32))
        return cls(**parts)


def feature_scale(n: int) -> float:
    """Row normalisation used in training and inference alike: binary features divided by sqrt(count)."""
    return 1.0 / np.sqrt(n) if n else 0.0


@cache
def load_model() -> EventModel:
    return EventModel.load(Path(str(DATA)))
