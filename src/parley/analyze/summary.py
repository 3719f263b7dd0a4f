"""Analysis step: an extractive summary of 2-3 sentences that reads well on its own.

News puts its point first, so the lead is the baseline to beat; what beats it is refusing what a reader
should never see in a summary: clutter lines (captions, "Scroll down for video", sharing prompts), datelines
and bylines, sentences that dangle ("He added ...", "But ...") without the sentence they lean on, headline
repeats and near-duplicates. Among the sentences left, a score mixes the lead position with centrality (how
much of the article's vocabulary a sentence carries) and length. ``summarize`` takes one or several documents
(texts or spaCy Docs) so story summaries can reuse it; ``run`` reuses the parse the analyze stage already made.
Lexicon and weights live in ``data/summary.yaml``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

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


def _quoted_share(text: str) -> float:
    inside = sum(len(m.group()) for m in re.finditer(r"[“\"‘'][^“”\"‘’']{3,}[”\"’']", text))
    return inside / max(1, len(text))


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


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _score(sentence: Sentence, centroid: Counter[str], w: dict[str, float]) -> float:
    n_words = len(sentence.text.split())
    length = -abs(math.log(n_words / w["length_target"]))
    return (
        w["position"] / (1 + w["position_decay"] * sentence.rank)
        + w["centrality"] * _cosine(sentence.counts, centroid)
        + w["length"] * length
        - w["quoted"] * _quoted_share(sentence.text)
        - w["question"] * sentence.text.rstrip("”\"’')").endswith("?")
    )


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def summarize(
    documents: str | Doc | Iterable[str | Doc],
    n_sentences: int = DEFAULT_SENTENCES,
    titles: Sequence[str | None] = (),
    weights: dict[str, Any] | None = None,
) -> list[str]:
    """The ``n_sentences`` best sentences of one or several documents, in reading order (document, then
    position). A sentence that dangles is taken only right after the sentence before it in its document."""
    docs = [documents] if isinstance(documents, str | Doc) else list(documents)
    w = {**settings().weights, **(weights or {})}
    pool = _candidates(docs, titles)
    if not pool:
        return []
    centroid: Counter[str] = Counter()
    for sentence in pool:
        centroid.update(sentence.counts)
    ranked = sorted(pool, key=lambda s: -_score(s, centroid, w))
    chosen: list[Sentence] = []
    while len(chosen) < n_sentences:
        picked = next(
            (
                s
                for s in ranked
                if s not in chosen
                and all(_jaccard(s.words, c.words) < w["redundancy"] for c in chosen)
                and (not s.dangling or any(c.doc == s.doc and c.rank == s.rank - 1 for c in chosen))
            ),
            None,
        )
        if picked is None:
            break
        chosen.append(picked)
    return [s.text for s in sorted(chosen, key=lambda s: (s.doc, s.rank))]


def run(ctx: DocContext) -> None:
    ctx.summary = summarize(ctx.doc, DEFAULT_SENTENCES, titles=(ctx.document.title,))
