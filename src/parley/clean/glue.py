"""Split words that a scraper glued together ("televisionRia", "NATOneeds", "conditionsneed", "Russia’sred").

Scrapers glue the last word of one element to the first word of the next. A token is split only when it is not a
known word (nor an inflection of one) and the split is clearly a boundary between two words rather than a
compound that the word list lacks ("workflow", "Starship"):

- lower case then a capital: ``televisionRia`` -> ``television Ria`` (the head a common word);
- an acronym then a word: ``NATOneeds`` -> ``NATO needs``;
- two lower-case words: only where the head cannot start a compound: a function word (``areadvancing``), a
  plural (``conditionsneed``), or a head followed by a past or progressive verb (``Governmentdismissed``);
- a clitic then a word: ``Russia’sred`` -> ``Russia’s red``.

Inner capitals after a capitalised head ("McDonald", "iPhone", "YouTube", "PlayStation") are how names are
written, so those are left alone. Counts come from ``parley/data/clean/words.tsv`` (``bench/build_glue_lexicon.py``).
"""

from __future__ import annotations

import math
import re
from functools import cache
from importlib import resources

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_CLITICS = ("ll", "re", "ve", "s", "t", "d", "m")
_FUNCTION_HEADS = frozenset(
    [
        "are", "is", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must", "the", "and", "but", "that", "this", "these", "those", "their", "his", "her", "its", "our", "your",
        "which", "who", "been", "being", "not", "also", "than", "then", "with", "from", "about", "after", "said",
        "says", "such", "very", "more", "most", "some", "any", "all", "both", "each", "other", "into"
    ]
)
_NO_COMPOUND_HEAD = frozenset(
    [
        "over", "under", "out", "up", "down", "back", "super", "sub", "pre", "re", "non", "anti", "counter", "mega",
        "multi", "mid", "co", "inter", "self", "fore", "off", "micro", "mini", "post", "semi", "ultra", "cyber",
        "hyper", "tele", "auto", "bio", "eco", "geo", "in", "un", "dis", "mis"
    ]
)
_SUFFIX_TAILS = frozenset(
    [
        "ing", "ings", "ed", "er", "ers", "est", "able", "ible", "less", "ness", "ment", "ments", "ful", "ship",
        "ships", "ism", "ist", "ists", "ally", "ly", "age", "ages", "ion", "ions", "ity", "ous", "ive", "ize", "ise",
        "ized", "ised", "man", "men", "hood", "dom", "ward", "wards", "wise", "like", "some"
    ]
)
_INFLECTIONS = ("ing", "ed", "es", "s", "er", "ers", "ly", "d")
_NOT_PLURAL = frozenset(
    [
        "news", "sales", "sports", "arms", "works", "goods", "means", "series", "politics", "economics", "physics",
        "always", "perhaps", "towards", "species", "afterwards", "besides", "whereas", "thanks", "lens", "gas", "bus",
        "yes", "this", "his", "its"
    ]
)
_MIN_TOKEN = 7
_MAX_TOKEN = 45  # two or three glued words; longer runs are not words (and splitting them is quadratic)
_MIN_COUNT = 5  # a part must be seen this often in the word list's news text
_MIN_HEAD_COUNT = 20


@cache
def _counts() -> dict[str, int]:
    text = resources.files("parley.data").joinpath("clean/words.tsv").read_text("utf-8")
    counts = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, count = line.partition("\t")
            counts[word] = int(count or 0)
    return counts


def split_glued(text: str) -> str:
    """``text`` with glued words split; everything else unchanged. Meant for English text."""
    counts = _counts()

    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        if not _MIN_TOKEN <= len(token) <= _MAX_TOKEN or _known(token.lower(), counts) or _inside_link(text, match.start(), match.end()):
            return token
        return _split(token, counts) or token

    return _TOKEN.sub(fix, text)


def _known(word: str, counts: dict[str, int]) -> bool:
    """A listed word, or an inflection of one (zooming, trademarked, migrating, parrying)."""
    if word in counts:
        return True
    for suffix in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in counts or stem + "e" in counts or (stem[-1] == stem[-2:-1] and stem[:-1] in counts):
                return True
            if stem.endswith("i") and stem[:-1] + "y" in counts:
                return True
    return False


def _inside_link(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end : end + 2] + "  "
    return before in "@#/.:_\\" or after[0] in "/@_" or (after[0] == "." and after[1].isalnum())


def _split(token: str, counts: dict[str, int]) -> str | None:
    if "'" in token or "’" in token:
        return _split_clitic(token, counts)
    best, best_score = None, -math.inf
    for i in range(2, len(token) - 1):
        score = _score(token[:i], token[i:], counts)
        if score > best_score:
            best, best_score = (token[:i], token[i:]), score
    if best is None:
        return None
    left, right = best
    rest = right if _known(right.lower(), counts) else _split(right, counts)
    return f"{left} {rest or right}"


def _score(left: str, right: str, counts: dict[str, int]) -> float:
    """Log-frequency of a split, or -inf when it is not clearly a boundary between two words."""
    low_left, low_right = left.lower(), right.lower()
    lc, rc = counts.get(low_left, 0), counts.get(low_right, 0)
    if rc < _MIN_COUNT or low_right in _SUFFIX_TAILS:
        return -math.inf
    if left.isupper():  # NATOneeds (an acronym before a capital is a brand: RAVPower)
        return math.log(rc + 1) if len(right) >= 3 and right.islower() else -math.inf
    if not left.islower() and not (left[0].isupper() and left[1:].islower()):
        return -math.inf  # inner capitals in the head: a name (McDonald, PlayStation, iPhone)
    if right[0].isupper():  # televisionRia
        if not left.islower() or not right[1:].islower() or lc < _MIN_HEAD_COUNT or len(left) < 4:
            return -math.inf
    elif not right.islower() or not _boundary(low_left, low_right, lc, counts):  # conditionsneed
        return -math.inf
    return math.log(lc + 1) + math.log(rc + 1)


def _boundary(left: str, right: str, left_count: int, counts: dict[str, int]) -> bool:
    """Two lower-case words that could not be a compound the word list lacks."""
    if left in _NO_COMPOUND_HEAD or left_count < _MIN_HEAD_COUNT or len(right) < 3:
        return False
    if left in _FUNCTION_HEADS:
        return True
    if _compound_elsewhere(left + right, len(left), counts):
        return False  # workspace: works|pace, but also work|space
    plural = (len(left) >= 5 and left.endswith("s") and not left.endswith(("ss", "us", "is")) and left not in _NOT_PLURAL
              and counts.get(right, 0) >= _MIN_HEAD_COUNT)  # a rare tail makes a compound likelier (sounds|cape)
    verb_tail = len(right) >= 6 and right.endswith(("ed", "ing")) and len(left) >= 5
    return plural or verb_tail


def _compound_elsewhere(word: str, cut: int, counts: dict[str, int]) -> bool:
    """Another cut of ``word`` gives two common words: the word may well be a compound."""
    return any(
        i != cut and counts.get(word[:i], 0) >= _MIN_COUNT and counts.get(word[i:], 0) >= _MIN_COUNT
        for i in range(3, len(word) - 2)
    )


def _split_clitic(token: str, counts: dict[str, int]) -> str | None:
    """Russia’sred -> Russia’s red; didn’tknow -> didn’t know."""
    for mark in ("’", "'"):
        head, sep, tail = token.partition(mark)
        if not sep or not head:
            continue
        for clitic in _CLITICS:
            rest = tail[len(clitic):]
            if tail.lower().startswith(clitic) and len(rest) >= 2 and counts.get(rest.lower(), 0) >= _MIN_COUNT:
                return f"{head}{sep}{tail[:len(clitic)]} {rest}"
    return None
