"""A binary logistic regression over standardised features, shipped as JSON weights and run without scikit-learn.

The clean stage's line classifier and the summary's word and sentence scorers are all this model; bench scripts
fit it with scikit-learn and write its four fields (``mean``, ``scale``, ``coef``, ``intercept``) as JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True, slots=True)
class StandardLinear:
    """``intercept + sum(coef * (x - mean) / scale)``: the raw margin (log-odds) of a feature row."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    @classmethod
    def from_json(cls, raw: dict) -> StandardLinear:
        return cls(tuple(raw["mean"]), tuple(raw["scale"]), tuple(raw["coef"]), float(raw["intercept"]))

    def to_json(self) -> dict:
        return {"mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef),
                "intercept": self.intercept}

    def margin(self, row: Sequence[float]) -> float:
        """One row in plain Python: cheaper than numpy for the short rows the cleaner scores one line at a time."""
        z = self.intercept
        for x, m, s, c in zip(row, self.mean, self.scale, self.coef, strict=True):
            z += c * (x - m) / s
        return z

    def margins(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        """Many rows at once, with numpy."""
        import numpy as np

        x = np.asarray(rows, dtype=float).reshape(len(rows), len(self.coef))
        return self.intercept + ((x - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.coef)
