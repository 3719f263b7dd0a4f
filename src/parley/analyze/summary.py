"""Analysis step: an extractive summary of 2-3 sentences that reads well on its own.

News puts its point first, so the lead is the baseline to beat. Two things decide the summary. First, what a
reader should never see is refused outright: clutter lines (captions, "Scroll down for video", sharing
prompts), datelines and bylines, sentences that dangle ("He added ...", "But ...") without the sentence they
lean on, headline repeats and near-duplicates. Second, among the sentences left, a small learned model says how
likely each content word is to belong in a summary (from how often and how early the document uses it, whether
it is a name or a number); sentences are then picked greedily for the words they add, less a cost per word and
plus a small lead bonus, so the summary covers the story's key words without repeating them. The word model
(``data/summary_model.json``) is trained by ``bench/train_summary.py`` on the CNN/DailyMail dev sample and
cross-validated there. ``summarize`` takes one or several documents (texts or spaCy Docs) so story summaries
can reuse it; ``run`` reuses the parse the analyze stage already made. Lexicon lives in ``data/summary.yaml``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import yaml
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from parley.analyze.context import DocContext

DEFAULT_SENTENCES = 3
_WORD = re.compile(r"[^\W_][\w’'-]*")
_START = re.compile(r"[“\"‘'(\[]?[A-Z0-9]")  # a fragment cut mid-sentence starts in lower case
_END = re.compile(r"[.!?…][”\"’')\]]*$|[”\"’']$")
_SPLIT = re.compile(r"(?<=[.!?…])[”\"’')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9])|\n+")


@dataclass(frozen=True, slots=True)
class Settings:
    clutter: re.Pattern[str]
    dateline: re.Pattern[str]
    openers: tuple[str, ...]
    weights: dict[str, float]


@cache
def settings() -> Settings:
    raw = yaml.safe_load(resources.files("parley").joinpath("data/summary.yaml").read_text(encoding="utf-8"))
    return Settings(
        clutter=re.compile("|".join(f"(?:{p})" for p in raw["clutter"]), re.IGNORECASE),
        dateline=re.compile(raw["dateline"]),
        openers=tuple(sorted(raw["dangling_openers"], key=len, reverse=True)),
        weights={k: float(v) for k, v in raw["weights"].items()},
    )


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    doc: int  # which document of the input
    rank: int  # position among its document's kept sentences
    words: frozenset[str]
    counts: Counter[str]
    dangling: bool


def _content_words(text: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in STOP_WORDS and len(w) > 1]


def _dangles(text: str, openers: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(low.startswith(o) and not low[len(o) : len(o) + 1].isalnum() for o in openers)


def _raw_sentences(document: str | Doc) -> list[str]:
    if isinstance(document, Doc):
        out: list[str] = []
        for sent in document.sents:
            out.extend(part for part in re.split(r"\n+", sent.text))
        return out
    return _SPLIT.split(document)


def _candidates(documents: Sequence[str | Doc], titles: Sequence[str | None]) -> list[Sentence]:
    s = settings()
    out: list[Sentence] = []
    for d, document in enumerate(documents):
        title = (titles[d] or "").strip().lower() if d < len(titles) else ""
        seen_lines: set[str] = set()
        rank = 0
        for raw in _raw_sentences(document):
            text = " ".join(raw.split())
            text = s.dateline.sub("", text, count=1)
            n_words = len(text.split())
            if not (s.weights["min_words"] <= n_words <= s.weights["max_words"]):
                continue
            if not _START.match(text) or not _END.search(text) or s.clutter.search(text) or text.lower() in seen_lines:
                continue
            if title and text.lower().rstrip(".") == title.rstrip("."):
                continue
            seen_lines.add(text.lower())
            words = _content_words(text)
            out.append(Sentence(text, d, rank, frozenset(words), Counter(words), _dangles(text, s.openers)))
            rank += 1
    return out


def word_features(pool: Sequence[Sentence]) -> tuple[list[str], list[list[float]]]:
    """One row of ``WORD_FEATURES`` per content word of the pool: how often and how early the documents use it,
    in how many sentences, whether it is written as a name or holds a digit, how long it is."""
    n = len(pool)
    tf: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    first: dict[str, int] = {}
    named: set[str] = set()
    for sentence in pool:
        tf.update(sentence.counts)
        spread.update(sentence.words)
        for word in sentence.counts:
            first[word] = min(first.get(word, sentence.rank), sentence.rank)
        named.update(m.group().lower() for m in list(_WORD.finditer(sentence.text))[1:] if m.group()[0].isupper())
    words = list(tf)
    rows = [
        [
            math.log(tf[w]),
            math.log1p(first[w]),
            float(first[w] == 0),
            float(first[w] < 3),
            spread[w] / n,
            float(w in named),
            float(any(c.isdigit() for c in w)),
            math.log(len(w)),
            math.log(n),
        ]
        for w in words
    ]
    return words, rows


WORD_FEATURES = ("log_tf", "log_first_rank", "in_first", "in_first3", "sentence_share", "named", "digit", "log_length", "log_sentences")


@dataclass(frozen=True, slots=True)
class WordModel:
    """Logistic regression over standardised ``WORD_FEATURES``; ``length_cost`` (per word) and ``lead_bonus``
    (times 1 / (1 + rank)) shape the greedy sentence choice."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    length_cost: float
    lead_bonus: float

    def probabilities(self, pool: Sequence[Sentence]) -> dict[str, float]:
        words, rows = word_features(pool)
        x = np.asarray(rows, dtype=float).reshape(len(words), len(WORD_FEATURES))
        z = self.intercept + ((x - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.coef)
        return dict(zip(words, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))


@cache
def word_model() -> WordModel:
    raw = json.loads(resources.files("parley").joinpath("data/summary_model.json").read_text(encoding="utf-8"))
    if tuple(raw["features"]) != WORD_FEATURES:
        raise ValueError("data/summary_model.json was trained on other features; rerun bench/train_summary.py")
    return WordModel(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in raw.items() if k in WordModel.__slots__})


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def candidates(documents: str | Doc | Iterable[str | Doc], titles: Sequence[str | None] = ()) -> list[Sentence]:
    """The sentences a summary may use, after clutter, dateline, length and duplicate filtering."""
    docs = [documents] if isinstance(documents, str | Doc) else list(documents)
    return _candidates(docs, titles)


def select(pool: Sequence[Sentence], n_sentences: int, model: WordModel) -> list[str]:
    """Greedy choice: each round takes the sentence adding the most probable new words, less its length cost,
    plus the lead bonus; a dangling sentence only right after its predecessor, never a near-duplicate."""
    if not pool:
        return []
    probability = model.probabilities(pool)
    redundancy = settings().weights["redundancy"]
    chosen: list[Sentence] = []
    covered: set[str] = set()
    while len(chosen) < n_sentences:
        best, best_value = None, -math.inf
        for s in pool:
            if s in chosen or any(_jaccard(s.words, c.words) >= redundancy for c in chosen):
                continue
            if s.dangling and not any(c.doc == s.doc and c.rank == s.rank - 1 for c in chosen):
                continue
            value = (
                sum(probability[w] for w in s.words - covered)
                - model.length_cost * len(s.text.split())
                + model.lead_bonus / (1 + s.rank)
            )
            if value > best_value:
                best, best_value = s, value
        if best is None:
            break
        chosen.append(best)
        covered |= best.words
    return [s.text for s in sorted(chosen, key=lambda s: (s.doc, s.rank))]


def summarize(
    documents: str | Doc | Iterable[str | Doc],
    n_sentences: int = DEFAULT_SENTENCES,
    titles: Sequence[str | None] = (),
    model: WordModel | None = None,
) -> list[str]:
    """The ``n_sentences`` best sentences of one or several documents, in reading order (document, then
    position)."""
    return select(candidates(documents, titles), n_sentences, model or word_model())


def run(ctx: DocContext) -> None:
    ctx.summary = summarize(ctx.doc, DEFAULT_SENTENCES, titles=(ctx.document.title,))
