"""ConfliBERT quad benchmark, out of fold: 5-fold cross-validation on cameo_quad_train.tsv.

    .venv/bin/python bench/events_quad.py

For each fold, the quad model is retrained without the held-out sentences (bench/train_events.py, same
features and settings as the shipped model; the type model is trained on PLOVER only, which holds none of
these sentences) and the full event step runs on the held-out sentences in process. The baseline is
TF-IDF + logistic regression (scikit-learn defaults) trained and evaluated on the same folds. Both predictions
go through the official scorer (../shared/bench/events/score.py quad).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from events_common import OUT, contexts_before_events, documents, make_input, metric, score, write_events
from parley.analyze.events import EventCoder
from parley.analyze.events.features import sentence_features
from parley.analyze.events.lexicon import load_lexicon
from train_events import QUAD_TSV, featurize, plover_rows, quad_rows, train

FOLDS = 5
SEED = 0
# one PLOVER type per quad class, so that the baseline's class prediction can be scored as an event
QUAD_TYPE = {1: "CONSULT", 2: "COOPERATE", 3: "ACCUSE", 4: "ASSAULT"}


def main() -> None:
    rows = make_input("quad", QUAD_TSV)
    labels = np.array([y for _, y in quad_rows()])
    texts = [r["text"] for r in rows]
    started = time.perf_counter()
    contexts = contexts_before_events(documents(rows))
    lexicon = load_lexicon()
    features = [sentence_features(ctx.doc[:], lexicon) for ctx in contexts]
    plover = plover_rows()
    plover_feats = featurize([t for _, t, _ in plover])
    types = list(zip(plover_feats, [t for _, _, t in plover], strict=True))
    baseline: dict[str, int] = {}
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(texts, labels)
    for train_idx, test_idx in folds:
        model = train([(features[i], int(labels[i])) for i in train_idx], types)
        coder = EventCoder(model, lexicon)
        for i in test_idx:
            coder.run(contexts[i])
        vectorizer = TfidfVectorizer()
        clf = LogisticRegression(max_iter=2000).fit(vectorizer.fit_transform([texts[i] for i in train_idx]),
                                                    labels[train_idx])
        for i, y in zip(test_idx, clf.predict(vectorizer.transform([texts[i] for i in test_idx])), strict=True):
            baseline[rows[i]["id"]] = int(y)
    elapsed = time.perf_counter() - started
    parley_line = score("quad", QUAD_TSV, write_events(OUT / "events_quad.jsonl", contexts))
    base_path = OUT / "events_quad_baseline.jsonl"
    with base_path.open("w", encoding="utf-8") as handle:
        for doc_id, y in baseline.items():
            events = [{"type": QUAD_TYPE[y], "confidence": 1.0}] if y else []
            handle.write(json.dumps({"document": {"id": doc_id}, "events": events}) + "\n")
    base_line = score("quad", QUAD_TSV, base_path)
    print(f"ConfliBERT quad, {FOLDS}-fold CV (n={len(rows)}, seed {SEED}, {elapsed:.0f} s)\n")
    print("| system | accuracy | macro-F1 |\n|---|---|---|")
    print(f"| TF-IDF + logistic regression (baseline) | {metric(base_line, 'accuracy'):.3f} | {metric(base_line, 'macroF1'):.3f} |")
    print(f"| Parley event step (out of fold) | {metric(parley_line, 'accuracy'):.3f} | {metric(parley_line, 'macroF1'):.3f} |")


if __name__ == "__main__":
    main()
