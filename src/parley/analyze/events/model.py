"""Linear sentence classifiers shipped as plain weights (model.json + model.npz), run with numpy.

Two multinomial logistic regressions over the same binary features: ``quad`` (0 no event / statement,
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, trained on the
ConfliBERT sentences) and ``type`` (PLOVER's 16 types, trained on the PLOVER gold records). No pickles and no
torch: the weights are arrays, the vocabulary is JSON, inference is a sparse sum and a softmax.
bench/train_events.py writes them.
"""

from __future__ import annotations

import json
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
class EventModel:
    quad: LinearModel
    type: LinearModel

    def save(self, directory: Path) -> None:
        meta, arrays = {}, {}
        for name in ("quad", "type"):
            model: LinearModel = getattr(self, name)
            vocab = sorted(model.vocab, key=model.vocab.__getitem__)
            meta[name] = {"labels": list(model.labels), "vocab": vocab}
            arrays[f"{name}_w"] = model.weights.astype(np.float16)
            arrays[f"{name}_b"] = model.bias.astype(np.float32)
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
        return cls(**parts)


def feature_scale(n: int) -> float:
    """Row normalisation used in training and inference alike: binary features divided by sqrt(count)."""
    return 1.0 / np.sqrt(n) if n else 0.0


@cache
def load_model() -> EventModel:
    return EventModel.load(Path(str(DATA)))
