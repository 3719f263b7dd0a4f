"""PLOVER gold-standard records: top-1 event type accuracy, out of fold.

    .venv/bin/python bench/events_plover.py [--frozen DIR]   (DIR: fold models kept, train_events.frozen)

The shipped type model is trained on these records, so the figure is 5-fold cross-validation: for each fold
the type model is retrained without the held-out records (the quad model is trained on ConfliBERT, which
holds none of them) and the full event step runs on the held-out sentences. The baseline is TF-IDF + logistic
regression (scikit-learn defaults) over the same folds, predicting the type directly. Both go through the
official scorer (../shared/bench/events/score.py plover).
"""

from __future__ import annotations

import json
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from _common import OUT
from events_common import make_input, metric, score, sentence_contexts, write_events
from parley.analyze.events import EventCoder
from parley.analyze.events.lexicon import load_lexicon
from train_events import PLOVER_JSON, featurize, frozen, plover_rows, quad_rows, train

FOLDS = 5
SEED = 0


def main() -> None:
    rows = make_input("plover", PLOVER_JSON)
    gold = {doc_id: event_type for doc_id, _, event_type in plover_rows()}
    labels = [gold[r["id"]] for r in rows]
    texts = [r["text"] for r in rows]
    started = time.perf_counter()
    contexts, features = sentence_contexts(rows)
    lexicon = load_lexicon()
    quad = quad_rows()
    quad_train = list(zip(featurize([t for t, _ in quad]), [y for _, y in quad], strict=True))
    baseline: dict[str, str] = {}
    for fold, (train_idx, test_idx) in enumerate(KFold(FOLDS, shuffle=True, random_state=SEED).split(texts)):
        model = frozen(f"plover-{fold}", partial(train, quad_train, [(features[i], labels[i]) for i in train_idx]))
        coder = EventCoder(model, lexicon)
        for i in test_idx:
            coder.run(contexts[i])
        vectorizer = TfidfVectorizer()
        clf = LogisticRegression(max_iter=2000).fit(vectorizer.fit_transform([texts[i] for i in train_idx]),
                                                    [labels[i] for i in train_idx])
        for i, y in zip(test_idx, clf.predict(vectorizer.transform([texts[i] for i in test_idx])), strict=True):
            baseline[rows[i]["id"]] = str(y)
    elapsed = time.perf_counter() - started
    parley_line = score("plover", PLOVER_JSON, write_events(OUT / "events_plover.jsonl", contexts))
    base_path = OUT / "events_plover_baseline.jsonl"
    with base_path.open("w", encoding="utf-8") as handle:
        for doc_id, event_type in baseline.items():
            handle.write(json.dumps({"document": {"id": doc_id}, "events": [{"type": event_type, "confidence": 1.0}]}) + "\n")
    base_line = score("plover", PLOVER_JSON, base_path)
    print(f"PLOVER gold-standard records, {FOLDS}-fold CV (n={len(rows)}, seed {SEED}, {elapsed:.0f} s)\n")
    print("| system | top-1 type accuracy | any event of the gold type |\n|---|---|---|")
    print(f"| TF-IDF + logistic regression (baseline) | {metric(base_line, 'top1_accuracy'):.3f} | "
          f"{metric(base_line, 'any_event_of_gold_type'):.3f} |")
    print(f"| Parley event step (out of fold) | {metric(parley_line, 'top1_accuracy'):.3f} | "
          f"{metric(parley_line, 'any_event_of_gold_type'):.3f} |")


if __name__ == "__main__":
    main()
