"""Train the summary step's word model (``src/parley/data/summary_model.json``) on the CNN/DailyMail dev sample.

Two logistic regressions: the word model says how likely each content word of an article is to appear in its
reference highlights (``parley.analyze.summary.WORD_FEATURES``); the sentence model how likely each sentence is
to be one of the greedy ROUGE oracle's three (``SENTENCE_FEATURES``). The greedy sentence choice then needs three
numbers, a cost per word, a lead bonus and the sentence model's weight, picked by a small grid on the training
articles (mean ROUGE-1 F of the selected sentences). ``cross_validate`` gives the honest figure: 5 folds by a hash of the article id, each
fold summarised by a model trained on the other four (grid included), the out-of-fold summaries scored with the
official ``../shared/bench/summaries/score.py`` beside LEAD-3 on the same articles. Without ``--cv-only`` the
model is then fitted on all 125 articles and written to the data file.

    .venv/bin/python bench/train_summary.py [--cv-only]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer
from sklearn.linear_model import LogisticRegression

from _common import SHARED
from parley.analyze import summary
from parley.analyze.nlp import load_nlp
from parley.linear import StandardLinear

GOLD = SHARED / "bench" / "summaries" / "cnndm_dev.json"
SCORER = SHARED / "bench" / "summaries" / "score.py"
MODEL = Path(__file__).resolve().parents[1] / "src" / "parley" / "data" / "summary_model.json"
FOLDS = 5
LENGTH_COSTS = (0.075, 0.1)
LEAD_BONUSES = (0.0, 1.0)
SENTENCE_WEIGHTS = (0.0, 0.5, 1.0, 2.0)
# regularisation of the sentence model (0.01 before session 8; 0.001 and 0.003 both gain on three fold splits)
SENTENCE_C = 0.003
_ROUGE = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)


def _sents(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def fold_of(doc_id: str) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % FOLDS


class Article:
    def __init__(self, gold: dict, doc) -> None:
        self.id = gold["id"]
        self.reference = gold["reference"]
        self.pool = summary.candidates(doc)
        self.words, rows = summary.word_features(self.pool) if self.pool else ([], [])
        self.x = np.array(rows, dtype=float).reshape(-1, len(summary.WORD_FEATURES))
        ref = {summary.word_form(m.group()) for m in summary._WORD.finditer(self.reference)}
        self.y = np.array([w in ref for w in self.words], dtype=int)
        self.sx = np.array(summary.sentence_features(self.pool), dtype=float).reshape(-1, len(summary.SENTENCE_FEATURES))
        oracle = self.oracle()
        self.sy = np.array([i in oracle for i in range(len(self.pool))], dtype=int)

    def rouge(self, sentences: list[str]) -> tuple[float, float]:
        scores = _ROUGE.score("\n".join(_sents(self.reference)), "\n".join(_sents(" ".join(sentences))))
        return scores["rouge1"].fmeasure, scores["rouge2"].fmeasure

    def r1(self, sentences: list[str]) -> float:
        return self.rouge(sentences)[0]

    def oracle(self, n: int = 3) -> set[int]:
        """The sentences a greedy search on ROUGE-1 + ROUGE-2 against the reference picks."""
        chosen: list[int] = []
        best = 0.0
        for _ in range(n):
            gains = {i: sum(self.rouge([self.pool[j].text for j in sorted([*chosen, i])])) for i in range(len(self.pool)) if i not in chosen}
            if not gains or max(gains.values()) <= best:
                break
            pick = max(gains, key=gains.__getitem__)
            chosen.append(pick)
            best = gains[pick]
        return set(chosen)


def load_articles() -> list[Article]:
    gold = json.loads(GOLD.read_text(encoding="utf8"))
    docs = load_nlp().pipe(g["article"] for g in gold)
    return [Article(g, d) for g, d in zip(gold, docs, strict=True)]


def _linear(x: np.ndarray, y: np.ndarray, c: float) -> StandardLinear:
    mean, scale = x.mean(0), x.std(0) + 1e-9
    clf = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, y)
    return StandardLinear(tuple(mean), tuple(scale), tuple(clf.coef_[0]), float(clf.intercept_[0]))


def fit(articles: Sequence[Article]) -> summary.SummaryModel:
    words = _linear(np.vstack([a.x for a in articles]), np.concatenate([a.y for a in articles]), 1.0)
    sentences = _linear(np.vstack([a.sx for a in articles]), np.concatenate([a.sy for a in articles]), SENTENCE_C)
    best, best_r1 = None, -1.0
    for cost in LENGTH_COSTS:
        for bonus in LEAD_BONUSES:
            for weight in SENTENCE_WEIGHTS:
                model = summary.SummaryModel(words, sentences, length_cost=cost, lead_bonus=bonus, sentence_weight=weight)
                r1 = statistics.mean(a.r1(summary.select(a.pool, 3, model)) for a in articles)
                if r1 > best_r1:
                    best, best_r1 = model, r1
    assert best is not None
    return best


def official_scores(articles: Sequence[Article], summaries: dict[str, list[str]]) -> dict[str, str]:
    gold = [g for g in json.loads(GOLD.read_text(encoding="utf8")) if g["id"] in summaries]
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.json", Path(tmp) / "pred.jsonl"
        gold_path.write_text(json.dumps(gold))
        pred_path.write_text("".join(json.dumps({"document": {"id": i, "summary": " ".join(s)}}) + "\n" for i, s in summaries.items()))
        out = subprocess.run([sys.executable, str(SCORER), "score", str(gold_path), str(pred_path)], capture_output=True, text=True, check=True)
    return {line.split(":")[0]: line.split(":", 1)[1].strip() for line in out.stdout.splitlines() if ":" in line}


def cross_validate(articles: Sequence[Article]) -> dict[str, str]:
    """Out-of-fold summaries of every article, scored officially (system and LEAD-3 rows)."""
    out: dict[str, list[str]] = {}
    for k in range(FOLDS):
        model = fit([a for a in articles if fold_of(a.id) != k])
        for a in articles:
            if fold_of(a.id) == k:
                out[a.id] = summary.select(a.pool, 3, model)
    return official_scores(articles, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="report the cross-validation, leave the data file alone")
    args = parser.parse_args()
    articles = load_articles()
    for name, row in cross_validate(articles).items():
        print(f"{FOLDS}-fold out-of-fold {name}: {row}")
    if args.cv_only:
        return
    model = fit(articles)
    payload = {
        "_about": "Word and sentence models of parley.analyze.summary, written by bench/train_summary.py on the 125 CNN/DailyMail dev articles.",
        "word_features": list(summary.WORD_FEATURES),
        "sentence_features": list(summary.SENTENCE_FEATURES),
        **{k: getattr(model, k).to_json() for k in ("words", "sentences")},
        "selection": {k: getattr(model, k) for k in ("length_cost", "lead_bonus", "sentence_weight")},
    }
    MODEL.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL} ({payload['selection']})")


if __name__ == "__main__":
    main()
