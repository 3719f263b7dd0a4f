"""Analysis step: an extractive summary of 2-3 sentences that reads well on its own.

News puts its point first, so the lead is the baseline to beat. Two things decide the summary. First, what a
reader should never see is refused outright: clutter lines (captions, "Scroll down for video", sharing
prompts), datelines and bylines, sentences that dangle ("He added ...", "But ...") without the sentence they
lean on, headline repeats and near-duplicates. Second, among the sentences left, two small learned models score:
one says how likely each content word is to belong in a summary (how often and how early the document uses it,
whether it is a name or a number, whether a caption-like line uses it), the other how likely each sentence is (position, length, centrality, names,
numbers, quotation). Sentences are picked greedily for the probable words they add plus their own score, less a
cost per word and plus a small lead bonus, so the summary covers the story's key words without repeating them.
The models (``data/summary_model.json``) is trained by ``bench/train_summary.py`` on the CNN/DailyMail dev sample and
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
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from parley.analyze.context import DocContext
from parley.datafile import load_yaml
from parley.linear import StandardLinear

DEFAULT_SENTENCES = 3
_WORD = re.compile(r"[^\W_][\w’'-]*")
_START = re.compile(r"[“\"‘'(\[]?[A-Z0-9]")  # a fragment cut mid-sentence starts in lower case
_END = re.compile(r"[.!?…][”\"’')\]]*$|[”\"’']$")
# a sentence ends after its end mark and any closing quotes or brackets ("... relations.” This ...")
_BOUNDARY = re.compile(r"[.!?…][”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9])|\n+")


@dataclass(frozen=True, slots=True)
class Settings:
    clutter: re.Pattern[str]
    dateline: re.Pattern[str]
    openers: tuple[str, ...]
    weights: dict[str, float]


@cache
def settings() -> Settings:
    raw = load_yaml(resources.files("parley").joinpath("data/summary.yaml").read_text(encoding="utf-8"))
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
    captions: tuple[frozenset[str], ...] = ()  # content words of each caption-like line of its document, in order


_POSSESSIVE = re.compile(r"[’']s?$")
# quotation marks: an opening one at a word's start, a closing one after a word or a sentence's end; a single
# mark closes only after punctuation, since after a letter it is an apostrophe ("the boys' mother")
_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))[“‘\"'](?=[^\W\d_])|“|‘(?=[^\W\d_])")
_CLOSING = re.compile(r"”|(?<=[^\s(\[])\"|(?<=[,.!?…])[’']")
_PAIR = {"“": "”", "‘": "’", '"': '"', "'": "'"}


def balance_quotes(text: str) -> str:
    """A sentence cut out of a longer quotation closes a quotation it never opened ("We know how to look," she
    said.) or opens one it never closes; it gets the missing mark back, so that it reads as the quotation it is."""
    marks = sorted([(m.start(), "open", m.group()) for m in _OPENING.finditer(text)]
                   + [(m.start(), "close", m.group()) for m in _CLOSING.finditer(text)])
    if not marks:
        return text
    if marks[0][1] == "close":
        return next(o for o, c in _PAIR.items() if c == marks[0][2]) + text
    if marks[-1][1] == "open":
        return text + _PAIR[marks[-1][2]]
    return text


def word_form(word: str) -> str:
    """The form a word is counted under: lower case, without a possessive, a plural "-s"/"-ies" or an "-ing"/"-ed"
    ending ("Kilmarnock’s" -> "kilmarnock", "divorced" -> "divorc"), so that the forms of one word share their
    counts, roughly as ROUGE's stemmer sees them."""
    w = _POSSESSIVE.sub("", word.lower())
    if len(w) > 4:
        if w.endswith("ies"):
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    if len(w) > 5:
        if w.endswith("ing"):
            w = w[:-3]
        elif w.endswith("ed"):
            w = w[:-2]
    return w


def _content_words(text: str) -> list[str]:
    out = []
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word not in STOP_WORDS and len(word) > 1:
            form = word_form(word)
            if form not in STOP_WORDS and len(form) > 1:
                out.append(form)
    return out


def _dangles(text: str, openers: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(low.startswith(o) and not low[len(o) : len(o) + 1].isalnum() for o in openers)


def _rejoin(pieces: list[str]) -> list[str]:
    """Joins a piece with no end mark to the next one when that starts in lower case: a sentence wrapped over
    two lines ("... might struggle to believe it" / "but Bueno prepares ...") is one sentence, and the filter
    that refuses fragments would otherwise drop both halves."""
    out: list[str] = []
    for piece in pieces:
        text = piece.strip()
        if not text:
            continue
        if out and not _END.search(out[-1]) and text[:1].islower():
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _raw_sentences(document: str | Doc) -> list[str]:
    if isinstance(document, Doc):
        out: list[str] = []
        for sent in document.sents:
            out.extend(part for part in re.split(r"\n+", sent.text))
        return _rejoin(out)
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(document):
        pieces.append(document[start:m.end()])
        start = m.end()
    pieces.append(document[start:])
    return _rejoin(pieces)


def _candidates(documents: Sequence[str | Doc], titles: Sequence[str | None]) -> list[Sentence]:
    s = settings()
    out: list[Sentence] = []
    for d, document in enumerate(documents):
        title = (titles[d] or "").strip().lower() if d < len(titles) else ""
        seen_lines: set[str] = set()
        kept: list[tuple[str, list[str]]] = []
        captions: list[frozenset[str]] = []
        for raw in _raw_sentences(document):
            text = " ".join(raw.split())
            text = s.dateline.sub("", text, count=1)
            n_words = len(text.split())
            caption = n_words >= s.weights["aside_min_words"] and _START.match(text) and not _END.search(text)
            if caption and not s.clutter.search(text):
                captions.append(frozenset(_content_words(text)))  # a caption glued into the text: a hint, never summary
            if not (s.weights["min_words"] <= n_words <= s.weights["max_words"]):
                continue
            if not _START.match(text) or not _END.search(text) or s.clutter.search(text) or text.lower() in seen_lines:
                continue
            if title and text.lower().rstrip(".") == title.rstrip("."):
                continue
            seen_lines.add(text.lower())
            kept.append((text, _content_words(text)))
        lines = tuple(captions)
        for rank, (text, words) in enumerate(kept):
            out.append(Sentence(text, d, rank, frozenset(words), Counter(words), _dangles(text, s.openers), lines))
    return out


def word_features(pool: Sequence[Sentence]) -> tuple[list[str], list[list[float]]]:
    """One row of ``WORD_FEATURES`` per content word of the pool: how often and how early the documents use it,
    in how many sentences, whether it is written as a name or holds a digit, how long it is, whether a
    caption-like line of its document uses it, how many do and whether the first one does (captions resemble
    highlights: a word in one is five times as likely to be in the CNN/DailyMail reference)."""
    n = len(pool)
    tf: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    first: dict[str, int] = {}
    named: set[str] = set()
    captioned: Counter[str] = Counter()  # caption lines using the word
    in_first_caption: set[str] = set()
    docs: set[int] = set()
    for sentence in pool:
        if sentence.doc not in docs:
            docs.add(sentence.doc)
            for caption in sentence.captions:
                captioned.update(caption)
            in_first_caption.update(sentence.captions[0] if sentence.captions else ())
        tf.update(sentence.counts)
        spread.update(sentence.words)
        for word in sentence.counts:
            first[word] = min(first.get(word, sentence.rank), sentence.rank)
        named.update(word_form(m.group()) for m in list(_WORD.finditer(sentence.text))[1:] if m.group()[0].isupper())
    words = list(tf)
    has_aside = float(bool(captioned))
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
            float(w in captioned),
            has_aside,
            math.log1p(captioned[w]),
            float(w in in_first_caption),
        ]
        for w in words
    ]
    return words, rows


WORD_FEATURES = (
    "log_tf", "log_first_rank", "in_first", "in_first3", "sentence_share", "named", "digit", "log_length",
    "log_sentences", "in_aside", "has_aside", "log_asides", "in_first_aside",
)

SENTENCE_FEATURES = (
    "rank0", "rank1", "rank2", "rank3", "rank4", "inverse_rank", "relative_rank", "log_words", "short", "long",
    "centrality", "lead_similarity", "word_spread", "log_digits", "name_share", "quoted_share", "opens_quote",
    "attribution", "dangling", "question", "log_sentences",
)
_DIGIT = re.compile(r"\d")
_NAME_INSIDE = re.compile(r"(?<=\s)[A-Z][a-z]+")
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|added|according to)\b")
_QUOTED = re.compile(r"[“\"‘'][^“”\"‘’']{3,}[”\"’']")


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _cosine_with_rest(counts: Counter[str], centroid: Counter[str], centroid_norm2: float) -> float:
    """``_cosine(counts, centroid - counts)`` without building the difference (the summary's hot spot)."""
    dot = sum(v * (centroid[k] - v) for k, v in counts.items())
    rest2 = centroid_norm2 - sum(2 * centroid[k] * v - v * v for k, v in counts.items())
    norm = math.sqrt(sum(v * v for v in counts.values())) * math.sqrt(max(rest2, 0.0))
    return dot / norm if norm else 0.0


def sentence_features(pool: Sequence[Sentence]) -> list[list[float]]:
    """One row of ``SENTENCE_FEATURES`` per sentence: its position, length, how central it is (cosine with the
    rest of the pool, with its document's first sentence), how widely its words recur, names and numbers,
    quotation and attribution, dangling opener, question."""
    n = len(pool)
    centroid: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    lead: dict[int, Sentence] = {}
    for sentence in pool:
        centroid.update(sentence.counts)
        spread.update(sentence.words)
        lead.setdefault(sentence.doc, sentence)
    centroid_norm2 = sum(v * v for v in centroid.values())
    rows = []
    for s in pool:
        n_words = len(s.text.split())
        r = s.rank
        quoted = sum(len(m.group()) for m in _QUOTED.finditer(s.text)) / len(s.text)
        row = [
            r == 0, r == 1, r == 2, r == 3, r == 4, 1 / (1 + r), r / n, math.log(n_words), n_words < 10, n_words > 35,
            _cosine_with_rest(s.counts, centroid, centroid_norm2),
            _cosine(s.counts, lead[s.doc].counts) if r else 1.0,
            sum(spread[w] - 1 for w in s.words) / len(s.words) / max(1, n - 1) if s.words else 0.0,
            math.log1p(len(_DIGIT.findall(s.text))), len(_NAME_INSIDE.findall(s.text)) / n_words, quoted,
            s.text[:1] in "“\"‘'", bool(_ATTRIBUTION.search(s.text)), s.dangling,
            s.text.rstrip("”\"’')").endswith("?"), math.log(n),
        ]
        rows.append([float(v) for v in row])
    return rows


@dataclass(frozen=True, slots=True)
class SummaryModel:
    """``words``: logistic regression, is this content word in a summary; ``sentences``: logistic regression,
    is this sentence among the best three. The greedy choice adds ``sentence_weight`` times the sentence margin to
    the probability mass of the new words, less ``length_cost`` per word, plus ``lead_bonus`` / (1 + rank)."""

    words: StandardLinear
    sentences: StandardLinear
    length_cost: float
    lead_bonus: float
    sentence_weight: float

    def word_probabilities(self, pool: Sequence[Sentence]) -> dict[str, float]:
        words, rows = word_features(pool)
        return dict(zip(words, (1.0 / (1.0 + np.exp(-self.words.margins(rows)))).tolist(), strict=True))


@cache
def summary_model() -> SummaryModel:
    raw = json.loads(resources.files("parley").joinpath("data/summary_model.json").read_text(encoding="utf-8"))
    if tuple(raw["word_features"]) != WORD_FEATURES or tuple(raw["sentence_features"]) != SENTENCE_FEATURES:
        raise ValueError("data/summary_model.json was trained on other features; rerun bench/train_summary.py")
    linear = {k: StandardLinear.from_json(raw[k]) for k in ("words", "sentences")}
    return SummaryModel(**linear, **{k: raw["selection"][k] for k in ("length_cost", "lead_bonus", "sentence_weight")})


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def candidates(documents: str | Doc | Iterable[str | Doc], titles: Sequence[str | None] = ()) -> list[Sentence]:
    """The sentences a summary may use, after clutter, dateline, length and duplicate filtering."""
    docs = [documents] if isinstance(documents, str | Doc) else list(documents)
    return _candidates(docs, titles)


def select(pool: Sequence[Sentence], n_sentences: int, model: SummaryModel) -> list[str]:
    """Greedy choice: each round takes the sentence adding the most probable new words, plus its own learned
    margin and the lead bonus, less its length cost; a dangling sentence only right after its predecessor,
    never a near-duplicate."""
    if not pool:
        return []
    probability = model.word_probabilities(pool)
    margin = model.sentences.margins(sentence_features(pool)).tolist()
    redundancy = settings().weights["redundancy"]
    chosen: list[Sentence] = []
    covered: set[str] = set()
    while len(chosen) < n_sentences:
        best, best_value = None, -math.inf
        for j, s in enumerate(pool):
            if s in chosen or any(_jaccard(s.words, c.words) >= redundancy for c in chosen):
                continue
            if s.dangling and not any(c.doc == s.doc and c.rank == s.rank - 1 for c in chosen):
                continue
            value = (
                sum(probability[w] for w in s.words - covered)
                + model.sentence_weight * margin[j]
                - model.length_cost * len(s.text.split())
                + model.lead_bonus / (1 + s.rank)
            )
            if value > best_value:
                best, best_value = s, value
        if best is None:
            break
        chosen.append(best)
        covered |= best.words
    return [balance_quotes(s.text) for s in sorted(chosen, key=lambda s: (s.doc, s.rank))]


def summarize(
    documents: str | Doc | Iterable[str | Doc],
    n_sentences: int = DEFAULT_SENTENCES,
    titles: Sequence[str | None] = (),
    model: SummaryModel | None = None,
) -> list[str]:
    """The ``n_sentences`` best sentences of one or several documents, in reading order (document, then
    position)."""
    return select(candidates(documents, titles), n_sentences, model or summary_model())


def run(ctx: DocContext) -> None:
    ctx.summary = summarize(ctx.doc, DEFAULT_SENTENCES, titles=(ctx.document.title,))
