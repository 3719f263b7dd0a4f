"""Known clutter of scraped pages, kept as data in ``parley/data/clean/patterns.json``.

Each group compiles to one alternation, matched against a whole trimmed line: ``line`` (navigation, share,
subscribe, ad and comment prompts), ``credit`` (photo credits and captions), ``trailer`` (where other stories or
reader comments begin, for certain), ``aside`` (box headers that usually, not always, end the article: a hint for
the line classifier), ``footer`` (sentences closing a page after the article: copyright, external-links notes,
"Follow us on ...", "Send your story ideas to ..."; cut from the end of the text only, sentence by sentence).
``span`` fragments are removed anywhere, since scrapers glue them to words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_EDGE = " \t-–—•·|»›>:*#"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Group:
    regex: re.Pattern[str]
    max_words: int

    def matches(self, line: str) -> bool:
        trimmed = line.strip(_EDGE)
        if not trimmed:
            return False
        if len(_WORD.findall(trimmed)) > self.max_words:
            return False
        return self.regex.fullmatch(trimmed) is not None


@dataclass(frozen=True, slots=True)
class Patterns:
    line: _Group
    credit: _Group
    trailer: _Group
    aside: _Group
    footer: _Group
    span: re.Pattern[str]

    def is_clutter(self, line: str) -> bool:
        return self.line.matches(line) or self.credit.matches(line)

    def remove_spans(self, line: str) -> str:
        return self.span.sub(" ", line) if self.span.search(line) else line


def _group(spec: dict) -> _Group:
    alternation = "|".join(f"(?:{p})" for p in spec["patterns"])
    return _Group(re.compile(alternation, re.IGNORECASE), int(spec["max_words"]))


@cache
def load_patterns() -> Patterns:
    raw = json.loads(resources.files("parley.data").joinpath("clean/patterns.json").read_text("utf-8"))
    groups = raw["groups"]
    return Patterns(
        line=_group(groups["line"]),
        credit=_group(groups["credit"]),
        trailer=_group(groups["trailer"]),
        aside=_group(groups["aside"]),
        footer=_group(groups["footer"]),
        span=re.compile("|".join(f"(?:{p})" for p in raw["span"])),
    )
