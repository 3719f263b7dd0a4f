"""Train the line classifier of the plain-text cleaner on the Zyte pages' visible text, and measure it fairly.

Each page's whole visible text (``page-text.json``) is split into the lines the cleaner sees; a line is article
text when most of its 4-word shingles are in the page's true article body (short lines: when the body has the
same line). Two logistic regressions are fitted (see ``parley.clean.lines``); the second stage learns from
first-stage scores predicted out-of-fold, as it will see them on new pages. The corpus clutter lexicon is learned
from the training pages only.

``--folds K`` (default 5) reports the out-of-fold F1 of the whole cleaner, k-fold by page: every page is cleaned
by a model that never saw it. The shipped model (``src/parley/data/clean/line_model.json``) is then trained on
all pages. Deterministic: the folds use a fixed seed.

usage: python bench/train_line_classifier.py [--folds 5] [--no-write] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from parley.clean.language import detect_language
from parley.clean.lines import (
    CONTEXT_FEATURES,
    LINE_FEATURES,
    STATES,
    Hmm,
    LineModel,
    context_features,
    line_features,
    line_key,
)
from parley.clean.patterns import load_patterns
from parley.clean.stopwords import stopwords_for
from parley.clean.text import TextCleaner, prepare
from parley.linear import StandardLinear

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "parley" / "data" / "clean" / "line_model.json"
WORD = re.compile(r"\w+")
SEED = 13
C = 1.0
TREES = 50
TREE_DEPTH = 3
MIN_LEXICON_PAGES = 2
THRESHOLD = 0.5


@dataclass
class Page:
    id: str
    text: str
    truth: str
    lines: list[str]
    title: str | None
    labels: list[int]
    weights: list[float]
    keys: list[str]
    stopwords: frozenset[str]
    rows: list[list[float]]  # line features, with the corpus lexicon column left at 0


def load_pages(shared: Path) -> list[Page]:
    zyte = shared / "bench" / "extraction" / "zyte"
    texts = json.loads((zyte / "page-text.json").read_text("utf-8"))["output"]
    truth = json.loads((zyte / "ground-truth.json").read_text("utf-8"))
    patterns = load_patterns()
    pages = []
    for page_id in sorted(truth):
        text = texts[page_id]["articleBody"]
        body = truth[page_id].get("articleBody") or ""
        prepared = prepare(text, None, patterns)
        labels = label_lines(prepared.lines, body)
        weights = balanced_weights(prepared.lines, labels)
        stop = stopwords_for(detect_language(text) or "en")
        rows = line_features(prepared.lines, prepared.title, stop, {}, patterns)
        pages.append(Page(page_id, text, body, prepared.lines, prepared.title, labels, weights,
                          [line_key(line) for line in prepared.lines], stop, rows))
    return pages


def balanced_weights(lines: Sequence[str], labels: Sequence[int]) -> list[float]:
    """Per page, article and clutter lines weigh half each, in proportion to their words: the benchmark averages
    precision and recall over pages, so a long page must not outweigh a short one, nor long lines short ones."""
    sizes = [len(WORD.findall(line)) + 1 for line in lines]
    totals = {label: sum(n for n, lab in zip(sizes, labels, strict=True) if lab == label) or 1 for label in (0, 1)}
    return [500.0 * n / totals[label] for n, label in zip(sizes, labels, strict=True)]


def label_lines(lines: Sequence[str], body: str) -> list[int]:
    """1 for a line of the true body (most of its shingles are there; a short line must be a whole body line)."""
    truth_words = [w.lower() for w in WORD.findall(body)]
    shingles = {tuple(truth_words[i:i + 4]) for i in range(len(truth_words) - 3)}
    truth_lines = {" ".join(w.lower() for w in WORD.findall(line)) for line in body.splitlines()}
    labels = []
    for line in lines:
        words = [w.lower() for w in WORD.findall(line)]
        if len(words) >= 4:
            grams = [tuple(words[i:i + 4]) for i in range(len(words) - 3)]
            labels.append(int(sum(g in shingles for g in grams) / len(grams) >= 0.5))
        else:
            labels.append(int(bool(words) and " ".join(words) in truth_lines))
    return labels


def learn_lexicon(pages: Sequence[Page]) -> dict[str, int]:
    """Line keys that were clutter on at least two training pages and never article text."""
    clutter: Counter[str] = Counter()
    article: set[str] = set()
    for page in pages:
        seen = set()
        for key, label in zip(page.keys, page.labels, strict=True):
            if not key:
                continue
            if label:
                article.add(key)
            elif key not in seen:
                seen.add(key)
                clutter[key] += 1
    return {k: c for k, c in sorted(clutter.items()) if c >= MIN_LEXICON_PAGES and k not in article}


LEXICON_COLUMN = LINE_FEATURES.index("corpus_clutter")


def page_rows(page: Page, lexicon: dict[str, int], leave_out_self: bool) -> list[list[float]]:
    """The page's feature rows under ``lexicon`` (a training page must not find its own lines in it)."""
    own = {k for k, label in zip(page.keys, page.labels, strict=True) if not label} if leave_out_self else set()
    rows = []
    for row, key in zip(page.rows, page.keys, strict=True):
        count = lexicon.get(key, 0) - (key in own and key in lexicon)
        rows.append([*row[:LEXICON_COLUMN], math.log1p(count), *row[LEXICON_COLUMN + 1:]])
    return rows


def fit_hmm(pages: Sequence[Page]) -> dict:
    """Start and transition log-probabilities of the article's extent, counted from the labels (add-one)."""
    allowed = {(0, 0), (0, 1), (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (3, 3)}
    counts = np.zeros((len(STATES), len(STATES)))
    starts = np.zeros(len(STATES))
    for page in pages:
        states = label_states(page.labels)
        if states:
            starts[states[0]] += 1
        for a, b in zip(states, states[1:], strict=False):
            counts[a, b] += 1
    impossible = -1e9
    transitions = [[math.log((counts[a, b] + 1) / (counts[a].sum() + sum((a, c) in allowed for c in range(4))))
                    if (a, b) in allowed else impossible for b in range(len(STATES))] for a in range(len(STATES))]
    start = [math.log((starts[s] + 1) / (starts.sum() + 2)) if s in (0, 1) else impossible for s in range(4)]
    y = np.asarray([label for p in pages for label in p.labels])
    w = np.asarray([weight for p in pages for weight in p.weights])
    return {"start": [round(v, 6) for v in start], "transitions": [[round(v, 6) for v in row] for row in transitions],
            "prior": round(float((y * w).sum() / w.sum()), 6)}


def label_states(labels: Sequence[int]) -> list[int]:
    """before (0) the first article line, article (1), clutter between article lines (2), after (3) the last."""
    positives = [i for i, label in enumerate(labels) if label]
    if not positives:
        return [0] * len(labels)
    first, last = positives[0], positives[-1]
    return [0 if i < first else 3 if i > last else (1 if label else 2) for i, label in enumerate(labels)]


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict:
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=C, max_iter=5000).fit((x - scaler.mean_) / scale, y, sample_weight=w)
    return {"mean": scaler.mean_.round(6).tolist(), "scale": scale.round(6).tolist(),
            "coef": model.coef_[0].round(6).tolist(), "intercept": round(float(model.intercept_[0]), 6)}


def fit_trees(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict:
    """Boosted trees exported node by node: [feature, threshold, left, right, value], feature -1 for a leaf."""
    model = HistGradientBoostingClassifier(max_iter=TREES, max_depth=TREE_DEPTH, learning_rate=0.1,
                                           early_stopping=False, random_state=0).fit(x, y, sample_weight=w)
    trees = []
    for (predictor,) in model._predictors:
        trees.append([[-1 if node["is_leaf"] else int(node["feature_idx"]), round(float(node["num_threshold"]), 6),
                       int(node["left"]), int(node["right"]), round(float(node["value"]), 6)]
                      for node in predictor.nodes])
    return {"base": round(float(np.ravel(model._baseline_prediction)[0]), 6), "trees": trees}


def train(pages: Sequence[Page]) -> dict:
    """Both stages and the lexicon from ``pages``; returns the model as JSON-ready dict."""
    lexicon = learn_lexicon(pages)
    rows = [page_rows(p, lexicon, leave_out_self=True) for p in pages]
    y = np.asarray([label for p in pages for label in p.labels])
    w = np.asarray([weight for p in pages for weight in p.weights])
    stage1 = fit_logistic(np.asarray([r for page in rows for r in page]), y, w)
    # stage 2 learns from first-stage scores the way it meets them on unseen pages: out-of-fold
    inner = folds(len(pages), 5, SEED + 1)
    oof: list[list[float] | None] = [None] * len(pages)
    for held in inner:
        keep = [i for i in range(len(pages)) if i not in held]
        sub_lexicon = learn_lexicon([pages[i] for i in keep])
        sub_rows = [page_rows(pages[i], sub_lexicon, leave_out_self=True) for i in keep]
        params = fit_logistic(np.asarray([r for page in sub_rows for r in page]),
                              np.asarray([label for i in keep for label in pages[i].labels]),
                              np.asarray([weight for i in keep for weight in pages[i].weights]))
        fold_model = StandardLinear.from_json(params)
        for i in held:
            held_rows = page_rows(pages[i], sub_lexicon, leave_out_self=False)
            oof[i] = fold_model.margins(held_rows).tolist() if held_rows else []
    hmm = fit_hmm(pages)
    context = [context_features(r, s, Hmm.from_json(hmm)) for r, s in zip(rows, oof, strict=True)]
    stage2 = fit_trees(np.asarray([r for page in context for r in page]), y, w)
    return {
        "line_features": list(LINE_FEATURES), "context_features": list(CONTEXT_FEATURES),
        "stage1": stage1, "hmm": hmm, "stage2": stage2, "threshold": THRESHOLD, "lexicon": lexicon,
    }


def folds(n: int, k: int, seed: int) -> list[set[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def cross_validate(pages: Sequence[Page], k: int) -> dict[str, str]:
    """Out-of-fold predictions of the whole text cleaner: page id -> kept text."""
    predictions = {}
    for held in folds(len(pages), k, SEED):
        model = LineModel.from_json(train([p for i, p in enumerate(pages) if i not in held]))
        cleaner = TextCleaner(model)
        for i in held:
            predictions[pages[i].id] = cleaner.clean(pages[i].text, stopwords=pages[i].stopwords).body
    return predictions


def score(pages: Sequence[Page], predictions: dict[str, str], shared: Path) -> dict:
    sys.path.insert(0, str(shared / "bench" / "extraction"))
    from score import score as zyte_score

    return zyte_score({p.id: {"articleBody": p.truth} for p in pages},
                      {k: {"articleBody": v} for k, v in predictions.items()})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true", help="only cross-validate")
    a = ap.parse_args()
    started = time.perf_counter()
    pages = load_pages(a.shared)
    if a.folds > 1:
        m = score(pages, cross_validate(pages, a.folds), a.shared)
        print(f"out-of-fold ({a.folds}-fold by page, n={m['n']}): precision={m['precision']:.3f} "
              f"recall={m['recall']:.3f} f1={m['f1']:.3f}")
    if not a.no_write:
        model = train(pages)
        model["trained_on"] = f"Zyte page-text.json, {len(pages)} pages (bench/train_line_classifier.py)"
        MODEL_PATH.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(model['lexicon'])} lexicon lines)")
    print(f"{time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
