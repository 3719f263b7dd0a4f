"""The line classifier: is a line of scraped text part of the article, or clutter around it?

Two small models, evaluated in plain Python from weights stored as JSON (``parley/data/clean/line_model.json``,
written by ``bench/train_line_classifier.py``):

1. each line alone (logistic regression): length, punctuation, capitalisation, stop-word ratio, digits, links,
   position, similarity to the headline and where the headline repeats, known clutter patterns, repetition within
   the page, and how often the line was clutter across the training corpus;
2. each line in its neighbourhood (50 boosted trees of depth 3): the first-stage scores of the lines around it,
   and where it lies with respect to the article's extent as a four-state hidden Markov model sees it (before the
   article, article text, clutter inside the article, after the article; transitions learned from the training
   pages). Article text comes in one stretch of the page; menus, teasers and comments surround it.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from parley.clean.patterns import Patterns, load_patterns
from parley.linear import StandardLinear

WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_COMMENTER = re.compile(
    r"^\S{1,40} (says|said|wrote|writes|replied):?$|^\d+ (responses|comments|replies|thoughts) (to|on) "
    r"|^\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b|^rating: -?\d+ votes?$|^reply$",
    re.I,
)
_COUNT_SUFFIX = re.compile(r"\(\d[\d,]*\)$")
_TEASER_END = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\])$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»)]*\s+[\"'“‘«(]*[A-Z]")
_LINK = re.compile(r"https?://|www\.|\S@\S|(^|\s)@\w|\.(com|org|net)\b", re.I)
_BULLET = re.compile(r"^[-–—•·*>|»›▪●■◦]\s*")
_SEPARATOR = re.compile(r"[|»›•·/]")
_BYLINE = re.compile(r"^(by|von|par|por|di)\s+[A-Z]", re.I)
_DATE = re.compile(
    r"\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}:\d{2})",
    re.I,
)
_KEY_STRIP = re.compile(r"[^\w]+")
_DIGITS = re.compile(r"\d+")

LINE_FEATURES: tuple[str, ...] = (
    "log_words", "log_chars", "ends_sentence", "ends_colon", "sentences", "cap_ratio", "allcaps_ratio",
    "stop_ratio", "digit_ratio", "punct_ratio", "comma_ratio", "has_link", "bullet", "separators",
    "clutter_pattern", "trailer_pattern", "corpus_clutter", "repeats", "position", "early", "title_sim",
    "short", "date_like", "byline_like", "words_ge_10", "words_ge_20", "words_ge_40", "starts_quote",
    "starts_lower", "leading_caps", "commenter", "count_suffix", "teaser_end", "after_title", "title_distance",
    "after_trailer",
)
CONTEXT_FEATURES: tuple[str, ...] = (
    "score", "score_prev_next", "score_window_3", "score_window_10", "score_max_neighbour", "p_before",
    "p_article", "p_inside_clutter", "p_after", "log_words", "clutter_pattern", "title_sim", "position",
    "after_title", "after_trailer",
)
STATES = ("before", "article", "inside_clutter", "after")


def line_key(line: str) -> str:
    """How a line is recognised again: lower case, digits and punctuation folded."""
    return _DIGITS.sub("0", _KEY_STRIP.sub(" ", line.lower())).strip()


@dataclass(frozen=True, slots=True)
class _Trees:
    """Boosted regression trees; a node is (feature, threshold, left, right, value), feature -1 for a leaf."""

    base: float
    trees: tuple[tuple[tuple[int, float, int, int, float], ...], ...]

    @classmethod
    def from_json(cls, raw: dict) -> _Trees:
        trees = tuple(tuple((int(f), float(t), int(a), int(b), float(v)) for f, t, a, b, v in tree)
                      for tree in raw["trees"])
        return cls(float(raw["base"]), trees)

    def logit(self, row: Sequence[float]) -> float:
        z = self.base
        for nodes in self.trees:
            feature, threshold, left, right, value = nodes[0]
            while feature >= 0:
                feature, threshold, left, right, value = nodes[left if row[feature] <= threshold else right]
            z += value
        return z


@dataclass(frozen=True, slots=True)
class LineModel:
    """Weights of both stages, the decision threshold, and the corpus clutter lexicon (line key -> pages)."""

    stage1: StandardLinear
    stage2: _Trees
    hmm: Hmm
    threshold: float
    lexicon: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: dict) -> LineModel:
        if tuple(raw["line_features"]) != LINE_FEATURES or tuple(raw["context_features"]) != CONTEXT_FEATURES:
            raise ValueError("line model was trained on other features; re-run bench/train_line_classifier.py")
        return cls(StandardLinear.from_json(raw["stage1"]), _Trees.from_json(raw["stage2"]), Hmm.from_json(raw["hmm"]),
                   float(raw["threshold"]), dict(raw.get("lexicon", {})))

    def probabilities(self, lines: Sequence[str], title: str | None = None, stopwords: frozenset[str] = frozenset(),
                      patterns: Patterns | None = None) -> list[float]:
        rows = line_features(lines, title, stopwords, self.lexicon, patterns or load_patterns())
        scores = [self.stage1.margin(r) for r in rows]
        context = context_features(rows, scores, self.hmm)
        return [_sigmoid(self.stage2.logit(r)) for r in context]


@dataclass(frozen=True, slots=True)
class Hmm:
    """Log start and transition probabilities over STATES, and the article prior that turns scores into odds."""

    start: tuple[float, ...]
    transitions: tuple[tuple[float, ...], ...]
    prior: float

    @classmethod
    def from_json(cls, raw: dict) -> Hmm:
        return cls(tuple(raw["start"]), tuple(tuple(row) for row in raw["transitions"]), float(raw["prior"]))

    def posteriors(self, scores: Sequence[float]) -> list[list[float]]:
        """P(state | all scores) per line (forward-backward; emissions are the scores' likelihood ratios)."""
        n, k = len(scores), len(STATES)
        if not n:
            return []
        shift = math.log(self.prior / (1 - self.prior))
        emit = [[_emission(z, s, shift) for s in range(k)] for z in scores]
        alpha = [[self.start[s] + emit[0][s] for s in range(k)]]
        for i in range(1, n):
            prev = alpha[-1]
            alpha.append([_logsumexp([prev[r] + self.transitions[r][s] for r in range(k)]) + emit[i][s]
                          for s in range(k)])
        beta = [[0.0] * k]
        for i in range(n - 1, 0, -1):
            nxt = beta[-1]
            beta.append([_logsumexp([self.transitions[s][r] + emit[i][r] + nxt[r] for r in range(k)])
                         for s in range(k)])
        beta.reverse()
        total = _logsumexp(alpha[-1])
        return [[math.exp(a + b - total) for a, b in zip(alpha[i], beta[i], strict=True)] for i in range(n)]


def _logsumexp(values: Sequence[float]) -> float:
    top = max(values)
    if top == -math.inf or top < -1e8:
        return top
    return top + math.log(sum(math.exp(v - top) for v in values))


def _emission(z: float, state: int, shift: float) -> float:
    """Log-likelihood (up to a constant) of a line's score under a state: article text or clutter."""
    z -= shift  # posterior log-odds -> likelihood ratio
    return -_log1pexp(-z) if state == 1 else -_log1pexp(z)


def _log1pexp(x: float) -> float:
    return x + math.log1p(math.exp(-x)) if x > 0 else math.log1p(math.exp(x))


@cache
def default_model() -> LineModel:
    raw = json.loads(resources.files("parley.data").joinpath("clean/line_model.json").read_text("utf-8"))
    return LineModel.from_json(raw)


def line_features(lines: Sequence[str], title: str | None, stopwords: frozenset[str], lexicon: dict[str, int],
                  patterns: Patterns) -> list[list[float]]:
    """One row of LINE_FEATURES per line."""
    keys = [line_key(line) for line in lines]
    repeats = Counter(keys)
    title_words = {w.lower() for w in WORD.findall(title or "")}
    title_at = _title_repeat(lines, title_words)
    last = max(len(lines) - 1, 1)
    rows = []
    trailer_seen = False
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        words = WORD.findall(line)
        n = word_count(line, words)
        trailer = patterns.trailer.matches(line) or patterns.aside.matches(line)
        commenter = _COMMENTER.search(line) is not None
        alpha = [w for w in words if w[0].isalpha()]
        n_alpha = max(len(alpha), 1)
        chars = max(len(line), 1)
        lower = {w.lower() for w in words}
        rows.append([
            math.log1p(n),
            math.log1p(len(line)),
            float(_SENTENCE_END.search(line) is not None),
            float(line.endswith(":")),
            math.log1p(len(_SENTENCE_BREAK.findall(line))),
            sum(w[0].isupper() for w in alpha) / n_alpha,
            sum(len(w) > 1 and w.isupper() for w in alpha) / n_alpha,
            sum(w.lower() in stopwords for w in alpha) / n_alpha,
            sum(c.isdigit() for c in line) / chars,
            sum(not c.isalnum() and not c.isspace() for c in line) / chars,
            line.count(",") / max(n, 1),
            float(_LINK.search(line) is not None),
            float(_BULLET.match(line) is not None),
            math.log1p(len(_SEPARATOR.findall(line))),
            float(patterns.is_clutter(line)),
            float(trailer),
            math.log1p(lexicon.get(key, 0)),
            math.log(repeats[key]) if key else 0.0,
            i / last,
            float(i < 5),
            len(lower & title_words) / len(lower | title_words) if title_words and lower else 0.0,
            float(n <= 3),
            float(n <= 12 and _DATE.search(line) is not None),
            float(n <= 12 and _BYLINE.match(line) is not None),
            float(n >= 10),
            float(n >= 20),
            float(n >= 40),
            float(line[:1] in "\"“‘'«"),
            float(line[:1].islower()),
            math.log1p(_leading_capitals(words)),
            float(commenter),
            float(_COUNT_SUFFIX.search(line) is not None),
            float(_TEASER_END.search(line) is not None),
            float(title_at is not None and i > title_at),
            math.log1p(i - title_at) if title_at is not None and i > title_at else 0.0,
            float(trailer_seen),
        ])
        trailer_seen = trailer_seen or trailer or commenter
    return rows


def word_count(line: str, words: Sequence[str] | None = None) -> int:
    """Words of a line; in Chinese, Japanese and Korean, where words are not spaced, two characters count as one."""
    words = WORD.findall(line) if words is None else words
    cjk = len(_CJK.findall(line))
    if not cjk:
        return len(words)
    return len([w for w in words if not _CJK.search(w)]) + cjk // 2


def _title_repeat(lines: Sequence[str], title_words: set[str]) -> int | None:
    """Where the headline appears again inside the page (the article's own h1), after the first line."""
    if not title_words:
        return None
    for i, line in enumerate(lines[1:], start=1):
        words = {w.lower() for w in WORD.findall(line)}
        if words and len(words & title_words) / len(words | title_words) >= 0.8:
            return i
    return None


def _leading_capitals(words: Sequence[str]) -> int:
    """How many words open the line capitalised: a teaser glues a Title-Case headline to its summary."""
    run = 0
    for w in words:
        if w[0].isupper() or w[0].isdigit() or len(w) <= 3:
            run += 1
        else:
            break
    return run


def context_features(rows: Sequence[Sequence[float]], scores: Sequence[float], hmm: Hmm) -> list[list[float]]:
    """One row of CONTEXT_FEATURES per line, from its first-stage score, its neighbours' and the decoded extent."""
    n = len(scores)
    picks = [LINE_FEATURES.index(k) for k in
             ("log_words", "clutter_pattern", "title_sim", "position", "after_title", "after_trailer")]
    posteriors = hmm.posteriors(scores)
    out = []
    for i in range(n):
        near = [scores[j] for j in (i - 1, i + 1) if 0 <= j < n]
        out.append([
            scores[i],
            _mean(near, scores[i]),
            _mean([scores[j] for j in range(max(0, i - 3), min(n, i + 4)) if j != i], scores[i]),
            _mean([scores[j] for j in range(max(0, i - 10), min(n, i + 11)) if j != i], scores[i]),
            max(near) if near else scores[i],
            *posteriors[i],
            *(rows[i][k] for k in picks),
        ])
    return out


def _mean(values: Sequence[float], default: float) -> float:
    return sum(values) / len(values) if values else default


def _sigmoid(z: float) -> float:
    if z < -35:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
