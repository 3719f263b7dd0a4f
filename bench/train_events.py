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
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from spacy.tokens import Span

from parley.analyze.events.coder import _NOT_PREDICATE
from parley.analyze.events.features import sentence_features, trigger_features
from parley.analyze.events.lexicon import DATA, Lexicon, load_lexicon
from parley.analyze.events.model import ChooserModel, EventModel, LinearModel, feature_scale
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
CHOOSER_C = 1.0
CHOOSER_FOLDS = 5
CHOOSER_INTENT = True
CHOOSER_WEAK = 0.0  # weight of the ConfliBERT sentences (right: the triggers of their quad class)

Candidates = list[tuple[str, list[str]]]  # a sentence's candidate triggers: (type, trigger features)


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
    return [f for f, _ in featurize_candidates(texts)]


def featurize_candidates(texts: Sequence[str]) -> list[tuple[list[str], Candidates]]:
    """Parse each text once: its sentence features and its candidate triggers' features."""
    lexicon = load_lexicon()
    return [(sentence_features(doc[:], lexicon), candidates(doc[:], lexicon))
            for doc in load_nlp().pipe(texts, batch_size=64)]


def candidates(sent: Span, lexicon: Lexicon) -> Candidates:
    """The triggers the coder chooses the main event among (coder.EventCoder._candidates), with features."""
    seen, out = set(), []
    for trig in lexicon.triggers(sent):
        if trig.token.dep_ in _NOT_PREDICATE or lexicon.excluded(trig) or (trig.i, trig.type) in seen:
            continue
        seen.add((trig.i, trig.type))
        out.append((trig.type, trigger_features(trig, sent)))
    return out


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


def train(quad: Sequence[tuple[list[str], int]], types: Sequence[tuple[list[str], str]],
          cands: Sequence[Candidates] | None = None, quad_cands: Sequence[Candidates] | None = None) -> EventModel:
    """Both models. The quad model learns from the ConfliBERT sentences plus the PLOVER records under their
    type's quad class (PLOVER's codebook sentences are the kind of text the class must be read from before a
    type is chosen); the type model from the PLOVER records plus the quad sentences whose label names one
    type (weak_types), so that it sees more than 322 sentences."""
    quads = load_lexicon().quad
    weak = weak_types(quad)
    both = [*quad, *((feats, quads[event_type]) for feats, event_type in types)]
    model = EventModel(
        quad=fit([f for f, _ in both], [str(y) for _, y in both], QUAD_C),
        type=fit([f for f, _ in [*types, *weak]], [t for _, t in [*types, *weak]], TYPE_C),
    )
    if cands is None:
        return model
    return EventModel(quad=model.quad, type=model.type, chooser=train_chooser(quad, types, cands, quad_cands))


def train_chooser(quad: Sequence[tuple[list[str], int]], types: Sequence[tuple[list[str], str]],
                  cands: Sequence[Candidates], quad_candidates: Sequence[Candidates] | None = None) -> ChooserModel:
    """The trigger chooser, from the PLOVER records given: among a record's candidate triggers, those of its
    gold type are right. The sentence-model probabilities it sees are out of fold (inner cross-validation over
    the records given), as they will be on unseen text; trusting in-sample probabilities would overrate them."""
    quads = load_lexicon().quad
    probas: list[tuple[dict[str, float], dict[str, float]]] = [({}, {})] * len(types)
    quad_probas: list[dict[str, float]] = [{}] * len(quad)
    quad_type_probas: list[dict[str, float]] = [{}] * len(quad)
    quad_cands = quad_candidates if CHOOSER_WEAK else None
    splits = zip(KFold(CHOOSER_FOLDS, shuffle=True, random_state=0).split(list(types)),
                 KFold(CHOOSER_FOLDS, shuffle=True, random_state=0).split(list(quad)), strict=True)
    for (inner_train, inner_test), (quad_train, quad_test) in splits:
        inner = train([quad[i] for i in quad_train] if quad_cands else quad, [types[i] for i in inner_train])
        for i in inner_test:
            probas[i] = (inner.quad.proba(types[i][0]), inner.type.proba(types[i][0]))
        if quad_cands:
            for i in quad_test:
                quad_probas[i] = inner.quad.proba(quad[i][0])
                quad_type_probas[i] = inner.type.proba(quad[i][0])
    intent = {kind: to for kind, (to, _) in load_lexicon().intent_types.items()} if CHOOSER_INTENT else {}
    groups, weights = [], []
    for (_, gold), cand, (quad_p, type_p) in zip(types, cands, probas, strict=True):
        right = [gold in {kind, intent.get(kind)} for kind, _ in cand]
        if any(right) and not all(right):
            groups.append([(feats, quad_p[str(quads[kind])], type_p.get(kind, 0.0), ok)
                           for (kind, feats), ok in zip(cand, right, strict=True)])
            weights.append(1.0)
    if quad_cands:
        for i, ((_, label), cand, quad_p) in enumerate(zip(quad, quad_cands, quad_probas, strict=True)):
            right = [quads[kind] == label for kind, _ in cand]
            if label and any(right) and not all(right):
                type_p = quad_type_probas[i]
                groups.append([(feats, quad_p[str(quads[kind])], type_p.get(kind, 0.0), ok)
                               for (kind, feats), ok in zip(cand, right, strict=True)])
                weights.append(CHOOSER_WEAK)
    return fit_chooser(groups, CHOOSER_C, weights)


def fit_chooser(groups: Sequence[Sequence[tuple[list[str], float, float, bool]]], c: float,
                weights: Sequence[float]) -> ChooserModel:
    """Conditional logit: maximise, per sentence, the softmax mass of its right candidates; L2 on the sparse
    weights (1 / 2c), none on the two probability weights. Deterministic (L-BFGS from zero)."""
    counts = Counter(f for g in groups for feats, *_ in g for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    rows = [cand for g in groups for cand in g]
    x = _matrix_binary([feats for feats, *_ in rows], vocab)
    real = np.log(np.maximum(np.array([[q, t] for _, q, t, _ in rows], dtype=np.float64), 1e-6))
    right = np.array([ok for *_, ok in rows], dtype=bool)
    starts = np.cumsum([0] + [len(g) for g in groups])[:-1]
    group = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    n = len(vocab)
    w_group = np.asarray(weights, dtype=np.float64)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ theta[:n] + real @ theta[n:]
        top = np.maximum.reduceat(s, starts)[group]
        e = np.exp(s - top)
        all_sum = np.add.reduceat(e, starts)
        pos_sum = np.add.reduceat(np.where(right, e, 0.0), starts)
        value = float(w_group @ (np.log(all_sum) - np.log(pos_sum))) + float(theta[:n] @ theta[:n]) / (2 * c)
        d = (e / all_sum[group] - np.where(right, e, 0.0) / pos_sum[group]) * w_group[group]
        grad = np.concatenate([x.T @ d + theta[:n] / c, real.T @ d])
        return value, grad

    theta = minimize(loss, np.zeros(n + 2), jac=True, method="L-BFGS-B", options={"maxiter": 2000}).x
    return ChooserModel(vocab=vocab, weights=theta[:n].copy(), real=theta[n:].copy())


def _matrix_binary(features: Sequence[list[str]], vocab: dict[str, int]) -> csr_matrix:
    rows, cols = [], []
    for r, feats in enumerate(features):
        idx = sorted({vocab[f] for f in feats if f in vocab})
        rows += [r] * len(idx)
        cols += idx
    return csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(features), len(vocab)))


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
    plover_feats, plover_cands = zip(*featurize_candidates([t for _, t, _ in plover]), strict=True)
    model = train(list(zip(quad_feats, [y for _, y in quad], strict=True)),
                  list(zip(plover_feats, [t for _, _, t in plover], strict=True)), list(plover_cands))
    out = Path(str(DATA))
    model.save(out)
    size = sum((out / n).stat().st_size for n in ("model.json", "model.npz"))
    print(f"wrote {out}/model.json + model.npz ({size / 1e6:.2f} MB): quad vocab {len(model.quad.vocab)}, "
          f"type vocab {len(model.type.vocab)}", file=sys.stderr)


if __name__ == "__main__":
    main()
