"""Train the event model shipped in src/parley/data/events/ (model.json + model.npz).

    .venv/bin/python bench/train_events.py

Reproducible: fixed data (../shared/bench/events), deterministic solver (lbfgs), no random state involved
beyond the fixed fold seed used by the benchmarks. Two multinomial logistic regressions over the parse
features of parley.analyze.events.features:
  quad  <- ConfliBERT cameo_quad_train.tsv (1,349 sentences, classes 0-4) plus the PLOVER records under
           their type's quad class
  type  <- PLOVER gold-standard records (322 sentences, 16 types after the scorer's renaming) plus the
           ConfliBERT sentences whose quad label names one lexicon type near the root (weak labels, ~500)
The benchmarks (events_quad.py, events_plover.py) import the same functions to train out-of-fold models.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from parley.analyze.events.features import sentence_features
from parley.analyze.events.lexicon import DATA, load_lexicon
from parley.analyze.events.model import EventModel, LinearModel, feature_scale
from parley.analyze.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARLEY_SHARED", ROOT.parent / "shared"))
EVENTS = SHARED / "bench" / "events"
QUAD_TSV = EVENTS / "conflibert" / "cameo_quad_train.tsv"
PLOVER_JSON = EVENTS / "plover_gsr.json"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
QUAD_C = 30.0
TYPE_C = 10.0
MIN_COUNT = 2


def quad_rows() -> list[tuple[str, int]]:
    """(sentence, quad class) in file order, read as the official scorer reads them."""
    rows = [line.rstrip("\r\n").rsplit("\t", 1) for line in QUAD_TSV.open(encoding="utf8") if line.strip()]
    return [(text, int(label)) for text, label in rows]


def plover_rows() -> list[tuple[str, str, str]]:
    """(id, sentence, PLOVER type) for the gold records, renamed as the official scorer renames them."""
    records = json.loads(PLOVER_JSON.read_text(encoding="utf8"))
    return [
        (r["id"], r["text"], OLD_NAMES.get(r["event"], r["event"]))
        for r in records
        if isinstance(r, dict) and r.get("event") and r.get("text")
    ]


def featurize(texts: Sequence[str]) -> list[list[str]]:
    """Parse each text once and return its features (the whole text is one training unit)."""
    lexicon = load_lexicon()
    return [sentence_features(doc[:], lexicon) for doc in load_nlp().pipe(texts, batch_size=64)]


def fit(features: Sequence[list[str]], labels: Sequence[str], c: float) -> LinearModel:
    """Multinomial logistic regression over binary features seen at least MIN_COUNT times."""
    counts = Counter(f for feats in features for f in feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    x = _matrix(features, vocab)
    classes = sorted(set(labels))
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit(x, [classes.index(y) for y in labels])
    return LinearModel(labels=tuple(classes), vocab=vocab, weights=clf.coef_.T.copy(), bias=clf.intercept_.copy())


def _matrix(features: Sequence[list[str]], vocab: dict[str, int]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for r, feats in enumerate(features):
        idx = [vocab[f] for f in feats if f in vocab]
        rows += [r] * len(idx)
        cols += idx
        vals += [feature_scale(len(idx))] * len(idx)
    return csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(features), len(vocab)))


def train(quad: Sequence[tuple[list[str], int]], types: Sequence[tuple[list[str], str]]) -> EventModel:
    """Both models. The quad model learns from the ConfliBERT sentences plus the PLOVER records under their
    type's quad class (PLOVER's codebook sentences are the kind of text the class must be read from before a
    type is chosen); the type model from the PLOVER records plus the quad sentences whose label names one
    type (weak_types), so that it sees more than 322 sentences."""
    quads = load_lexicon().quad
    weak = weak_types(quad)
    quad = [*quad, *((feats, quads[event_type]) for feats, event_type in types)]
    return EventModel(
        quad=fit([f for f, _ in quad], [str(y) for _, y in quad], QUAD_C),
        type=fit([f for f, _ in [*types, *weak]], [t for _, t in [*types, *weak]], TYPE_C),
    )


def weak_types(quad: Sequence[tuple[list[str], int]]) -> list[tuple[list[str], str]]:
    """ConfliBERT sentences labelled with a PLOVER type: a sentence of quad class q whose triggers near the
    root (features "tr:TYPE") name exactly one type of class q takes that type. Derived from the rows given
    only, so a cross-validation fold never learns from its held-out sentences."""
    quads = load_lexicon().quad
    out = []
    for feats, label in quad:
        types = {f[3:] for f in feats if f.startswith("tr:") and quads[f[3:]] == label}
        if label and len(types) == 1:
            out.append((feats, types.pop()))
    return out


def main() -> None:
    quad = quad_rows()
    plover = plover_rows()
    quad_feats = featurize([t for t, _ in quad])
    plover_feats = featurize([t for _, t, _ in plover])
    model = train(list(zip(quad_feats, [y for _, y in quad], strict=True)),
                  list(zip(plover_feats, [t for _, _, t in plover], strict=True)))
    out = Path(str(DATA))
    model.save(out)
    size = sum((out / n).stat().st_size for n in ("model.json", "model.npz"))
    print(f"wrote {out}/model.json + model.npz ({size / 1e6:.2f} MB): quad vocab {len(model.quad.vocab)}, "
          f"type vocab {len(model.type.vocab)}", file=sys.stderr)


if __name__ == "__main__":
    main()
