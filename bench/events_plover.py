"""PLOVER gold-standard records: top-1 event type accuracy, out of fold.

    .venv/bin/python bench/events_plover.py [--frozen DIR]   (DIR: fold models kept, train_events.frozen)

The shipped type model is trained on these records, so the figure is 5-fold cross-validation: for each fold
the type model is retrained without the held-out records (the quad model is trained on ConfliBERT, which
holds none of them) and the full event step runs on the held-out sentences. The baseline is TF-IDF + logistic
regression (scikit-learn defaults) over the same folds, predicting the type directly. Both go through the
official scorer (../shared/bench/events/score.py plover).

A second table scores the events' PLOVER contexts and modes against the records' own (the official scorer reads
neither). The records are PLOVER 0.5b1's, Parley's identifiers the 0.7b1 manual's, so the older names are renamed
to the newer (``OLD_CONTEXTS``, ``OLD_MODES``; "host" became part of "visit"; a threatened curfew or martial law is a
threatened restriction). Context: the most confident event's context is one of the record's (records with none are
left out). Mode: the most confident event has the record's type and mode (records with a mode only). The "held"
column is the even-numbered records, never read while the cues of ``modes.yaml`` and ``context.yaml`` were written
(the odd ones were). Baselines, on the same folds: TF-IDF + logistic regression trained on the first gold context,
and on the mode of the records that have one (so it is told which records have a mode), with C=10 (better than
the defaults on these folds, so a generous baseline).
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
from train_events import OLD_NAMES, PLOVER_JSON, featurize, frozen, plover_records, plover_rows, quad_rows, train

FOLDS = 5
SEED = 0
OLD_CONTEXTS = {"refugee": "migration", "refugees": "migration", "rights": "human_rights", "politics": "political",
                "resources": "resource"}
OLD_MODES = {"demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot", "detain": "arrest", "host": "visit"}
OLD_THREAT_MODES = {"curfew": "restrict", "martial-law": "restrict", "political": "ban"}
BASELINE_C = 10.0  # the context and mode baselines' regularisation: better than the default 1.0 on these folds


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
    folds = list(KFold(FOLDS, shuffle=True, random_state=SEED).split(texts))
    for fold, (train_idx, test_idx) in enumerate(folds):
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
    modes_and_contexts(rows, texts, contexts, folds)


def gold_labels() -> dict[str, tuple[str, set[str], str | None]]:
    """Record id -> (type as the scorer renames it, gold contexts, gold mode), in 0.7b1's names."""
    out = {}
    for record in plover_records():
        contexts = {OLD_CONTEXTS.get(c.strip(), c.strip()) for c in str(record.get("context") or "").split(",")}
        mode = str(record.get("mode") or "").strip()
        renames = OLD_THREAT_MODES if record["event"] == "THREATEN" else OLD_MODES
        out[record["id"]] = (OLD_NAMES.get(record["event"], record["event"]), contexts - {"", "None", "unknown"},
                             renames.get(mode, mode) if mode not in {"", "None"} else None)
    return out


def modes_and_contexts(rows: list[dict], texts: list[str], contexts: list, folds: list) -> None:
    """Print the context and mode agreement of the event step and of the TF-IDF baselines, all and held half."""
    gold = gold_labels()
    ids = [r["id"] for r in rows]
    top = {}
    for doc_id, ctx in zip(ids, contexts, strict=True):
        top[doc_id] = max(ctx.events, key=lambda e: e.confidence) if ctx.events else None
    base_context: dict[str, str] = {}
    base_mode: dict[str, str] = {}
    for train_idx, test_idx in folds:
        for field, out in ((1, base_context), (2, base_mode)):
            train_rows = [i for i in train_idx if gold[ids[i]][field]]
            labels = [sorted(gold[ids[i]][1])[0] if field == 1 else gold[ids[i]][2] for i in train_rows]
            vectorizer = TfidfVectorizer()
            matrix = vectorizer.fit_transform([texts[i] for i in train_rows])
            clf = LogisticRegression(max_iter=2000, C=BASELINE_C).fit(matrix, labels)
            for i, y in zip(test_idx, clf.predict(vectorizer.transform([texts[i] for i in test_idx])), strict=True):
                out[ids[i]] = str(y)

    def agreement(context_of, mode_of) -> list[str]:
        cells = []
        for held in (False, True):
            chosen = [i for i in ids if not held or int(i[-4:]) % 2 == 0]
            with_context = [i for i in chosen if gold[i][1]]
            with_mode = [i for i in chosen if gold[i][2]]
            right_context = sum(context_of(i) in gold[i][1] for i in with_context)
            right_mode = sum(mode_of(i) == gold[i][2] for i in with_mode)
            cells += [f"{right_context / len(with_context):.3f} ({right_context}/{len(with_context)})",
                      f"{right_mode / len(with_mode):.3f} ({right_mode}/{len(with_mode)})"]
        return cells

    def parley_mode(i: str) -> str | None:
        event = top[i]
        return event.mode if event is not None and event.type == gold[i][0] else None

    print("\nPLOVER contexts and modes (0.7b1 names; top event by confidence)\n")
    print("| system | context, all | mode, all | context, held half | mode, held half |\n|---|---|---|---|---|")
    print("| TF-IDF + logistic regression (baseline) | " + " | ".join(
        agreement(base_context.get, base_mode.get)) + " |")
    print("| Parley event step (out of fold; mode only with the right type) | " + " | ".join(
        agreement(lambda i: top[i].context if top[i] is not None else None, parley_mode)) + " |")


if __name__ == "__main__":
    main()
