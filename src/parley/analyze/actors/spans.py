"""Finding candidate actor spans in a parsed document: registry names and lexicon phrases.

Both matchers walk the same stream of folded words (see ``parley.registry.fold``) so that "Kassym-Jomart",
"U.S." and "Sergey" compare equal to the registry's spellings however spaCy tokenized them. Punctuation,
line breaks and possessive "'s" end a stream segment: a name never runs across a comma or a headline break.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from parley.registry import Registry

_JOINERS = {"-", "–", ".", "'"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    token: int
    first: bool  # first word of its token
    last: bool  # last word of its token


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens [start, end) matched by a key of a table; ``value`` is what the table holds for it."""

    start: int
    end: int
    value: object


def segments(doc: Doc, registry: Registry) -> list[list[Word]]:
    """The document as runs of folded words, broken at punctuation, possessives and line breaks."""
    runs: list[list[Word]] = []
    run: list[Word] = []
    for token in doc:
        text = token.text
        if token.is_space or text in _POSSESSIVE or (token.is_punct and text not in _JOINERS):
            if run:
                runs.append(run)
                run = []
            continue
        words = registry.words(text)
        for k, word in enumerate(words):
            run.append(Word(word, token.i, k == 0, k == len(words) - 1))
        if token.whitespace_ and "\n" in token.whitespace_ and run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def match_longest(
    runs: list[list[Word]], table: dict[tuple[str, ...], object], max_len: dict[str, int] | int,
    accept=None,
) -> list[Match]:
    """Greedy left-to-right longest matches of ``table`` keys over whole tokens."""
    found: list[Match] = []
    for run in runs:
        i = 0
        while i < len(run):
            limit = max_len.get(run[i].text, 0) if isinstance(max_len, dict) else max_len
            hit = None
            if run[i].first:
                for n in range(min(limit, len(run) - i), 0, -1):
                    if not run[i + n - 1].last:
                        continue
                    value = table.get(tuple(w.text for w in run[i:i + n]))
                    if value is not None:
                        candidate = Match(run[i].token, run[i + n - 1].token + 1, value)
                        if accept is None or accept(candidate):
                            hit = (n, candidate)
                            break
            if hit:
                found.append(hit[1])
                i += hit[0]
            else:
                i += 1
    return found
