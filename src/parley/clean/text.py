"""Cluttered plain text -> the article's own text: headline, byline and dateline out, clutter lines and spans gone.

Scraped text keeps its page around it: menus, share and subscribe prompts, ad markers, photo credits, teasers
for other stories, comment prompts. Lines are judged by the line classifier (``lines.py``) and by known clutter
patterns (``patterns.py``); clutter glued inside paragraphs is cut out as spans; words the scraper glued
together are split again (``glue.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from parley.clean.glue import split_glued
from parley.clean.lines import WORD, LineModel, default_model, line_key
from parley.clean.patterns import Patterns, load_patterns

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SITE_SUFFIX = re.compile(r"\s+[-|–—:•·]\s+([^-|–—•·]{2,40})$")
_HEADLINE_END = re.compile(r"[.,;:][\"'”’»)]*$")
_SUBHEAD_END = re.compile(r"[.!?,;:][\"'”’»)]*$")
_BYLINE = re.compile(r"^by\s+((?:[A-Z][\w'’.-]*|de|da|van|von|der|al|bin|el|and|&)(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|al|bin|el|and|&)){0,7})\s*(?:[,|–—-].{0,60})?$", re.I)
_DATE_WORDS = re.compile(
    r"\b(published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|est|edt|pst|pdt|cet|cest|msk|ist|amt|"
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|"
    r"dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|\d+(st|nd|rd|th)?)\b",
    re.I,
)
_PROSE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
_HAS_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s+(?=\S)")
_HEADLINE_SCAN = 8
_MIN_BODY_WORDS = 15
_MIN_PROSE_WORDS = 8
_NOTE_LINES = 3


@dataclass(frozen=True, slots=True)
class CleanText:
    title: str | None
    body: str
    byline: str | None = None
    dateline: str | None = None  # a line of the page that held only a date, for metadata to parse


@dataclass(frozen=True, slots=True)
class Prepared:
    """The page's lines as the classifier sees them, and the headline found among them."""

    lines: list[str]
    title: str | None
    title_index: int | None
    title_given: bool = False  # the headline came from the container and was put on top of a bare body


def normalize_lines(text: str, patterns: Patterns) -> list[str]:
    """Non-blank lines with spaces normalised and known clutter fragments cut out."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", text)).translate(_INVISIBLE)
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", patterns.remove_spans(raw)).strip()
        line = re.sub(r" +([,.;:!?])(?=\s|$)", r"\1", line) if "  " in raw or line != raw.strip() else line
        if line:
            lines.append(line)
    return lines


def prepare(text: str, title: str | None = None, patterns: Patterns | None = None) -> Prepared:
    patterns = patterns or load_patterns()
    lines = normalize_lines(text, patterns)
    if title:
        index = next((i for i, line in enumerate(lines[:_HEADLINE_SCAN]) if same_title(line, title)), None)
        return Prepared(lines, title.strip(), index)
    for i, line in enumerate(lines[:_HEADLINE_SCAN]):
        if patterns.is_clutter(line) or len(WORD.findall(line)) < 3:
            continue
        if _looks_like_headline(line) and any(len(WORD.findall(rest)) >= 3 for rest in lines[i + 1:]):
            return Prepared(lines, strip_site_suffix(line), i)
        break
    return Prepared(lines, None, None)


def same_title(line: str, title: str) -> bool:
    """The headline again: equal words, or the headline plus a short tail (a site name, a photo credit)."""
    a = [w.lower() for w in WORD.findall(line)]
    b = [w.lower() for w in WORD.findall(title)]
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) >= 3 and longer[: len(shorter)] == shorter and len(longer) - len(shorter) <= 6:
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= 0.85


def strip_site_suffix(title: str) -> str:
    """'Headline - BBC News' -> 'Headline' (only a short tail after a separator, and a long enough head)."""
    for _ in range(2):
        match = _SITE_SUFFIX.search(title)
        if not match or len(WORD.findall(title[: match.start()])) < 3 or len(WORD.findall(match.group(1))) > 5:
            break
        title = title[: match.start()].rstrip()
    return title


def _looks_like_headline(line: str) -> bool:
    n = len(WORD.findall(line))
    return 3 <= n <= 40 and not _HEADLINE_END.search(line)


def _is_prose(line: str) -> bool:
    """A full sentence of running text: long enough, closed by sentence punctuation, not a teaser's ellipsis."""
    return len(WORD.findall(line)) >= _MIN_PROSE_WORDS and bool(_PROSE_END.search(line)) and not line.endswith(
        ("...", "…"))


def is_dateline(line: str) -> bool:
    """A line that holds a date or time and nothing else of substance ('Updated 19 November 2019, 10:02 GMT')."""
    if not _HAS_DIGIT.search(line) or len(line) > 80:
        return False
    rest = WORD.findall(_DATE_WORDS.sub(" ", line))
    return len(rest) <= 1 and bool(_DATE_WORDS.search(line))


class TextCleaner:
    """Cleans one scraped text at a time with a line model (the shipped one unless given)."""

    def __init__(self, model: LineModel | None = None, patterns: Patterns | None = None, glue: bool = True):
        self.model = model or default_model()
        self.patterns = patterns or load_patterns()
        self.glue = glue

    def clean(self, text: str, title: str | None = None, stopwords: frozenset[str] = frozenset()) -> CleanText:
        prepared = prepare(text, title, self.patterns)
        if not prepared.lines:
            return CleanText(prepared.title, "")
        if prepared.title and prepared.title_index is None:
            # A container's body without its headline (CSV, JSONL): the model knows articles under a headline,
            # and would doubt a lead paragraph that opens the text as it doubts a page's first lines.
            prepared = Prepared([prepared.title, *prepared.lines], prepared.title, 0, title_given=True)
        lines = prepared.lines
        probabilities = self.model.probabilities(lines, prepared.title, stopwords, self.patterns)
        keep = [p >= self.model.threshold and not self.patterns.is_clutter(line)
                for line, p in zip(lines, probabilities, strict=True)]
        self._join_prose(lines, keep)
        self._keep_note(prepared, keep)
        byline, dateline = self._drop_headers(prepared, keep)
        self._cut_trailer(lines, keep)
        self._drop_repeats(lines, keep)
        body_lines = self._cut_footer([line for line, k in zip(lines, keep, strict=True) if k])
        if self.glue:
            body_lines = [split_glued(line) for line in body_lines]
        return CleanText(prepared.title, "\n\n".join(body_lines), byline, dateline)

    def _join_prose(self, lines: list[str], keep: list[bool]) -> None:
        """Whole prose sentences that run into kept article text are article text too.

        The model doubts a lead paragraph (pages put standfirsts and teasers there, and a teaser line right under
        the lead makes it look like the page's top), but a full sentence leading into the kept body belongs to it:
        the article is kept as one stretch, across at most one doubtful line (a 'Related:' teaser inside it).
        """
        prose = [_is_prose(line) and not self.patterns.is_clutter(line) for line in lines]
        n = len(lines)
        for order, step in ((range(n - 1, -1, -1), 1), (range(n), -1)):
            for i in order:
                if keep[i] or not prose[i]:
                    continue
                near = [j for j in (i + step, i + 2 * step) if 0 <= j < n]
                if near and (keep[near[0]] or (len(near) == 2 and prose[near[1]] and keep[near[1]])):
                    keep[i] = True

    def _keep_note(self, prepared: Prepared, keep: list[bool]) -> None:
        """A short note (a paragraph or two, no page around it) is all text: the model, trained on whole pages,
        may trust none of it."""
        content = [i for i, line in enumerate(prepared.lines)
                   if i != prepared.title_index and not self.patterns.is_clutter(line)]
        if not any(keep) and len(content) <= _NOTE_LINES:
            for i in content:
                keep[i] = True

    def _drop_headers(self, prepared: Prepared, keep: list[bool]) -> tuple[str | None, str | None]:
        """Headline and its repeats, the sub-headline under it, a byline and a dateline near the top."""
        lines, title = prepared.lines, prepared.title
        byline = dateline = None
        top = max(_HEADLINE_SCAN, len(lines) // 3)
        for i, line in enumerate(lines):
            if title and same_title(line, title):
                keep[i] = False
            elif i < top and is_dateline(line):
                dateline = dateline or line
                keep[i] = False
            elif i < top and byline is None and (match := _BYLINE.match(line)):
                byline = match.group(1).strip()
                keep[i] = False
        if prepared.title_index is not None and not prepared.title_given:
            sub = self._subheadline(prepared)
            if sub is not None:
                keep[sub] = False
        return byline, dateline

    def _subheadline(self, prepared: Prepared) -> int | None:
        """The standfirst right under the headline: a sentence-length line without closing punctuation."""
        lines, title = prepared.lines, prepared.title
        for i in range(prepared.title_index + 1, min(len(lines), prepared.title_index + 4)):
            line = lines[i]
            if (title and same_title(line, title)) or self.patterns.is_clutter(line):
                continue
            n = len(WORD.findall(line))
            if 5 <= n <= 40 and not _SUBHEAD_END.search(line) and line[:1] not in "\"“‘'«":
                return i
            return None
        return None

    def _cut_trailer(self, lines: list[str], keep: list[bool]) -> None:
        """After 'Next Article', 'Write a Comment' and the like, the page belongs to other stories or readers."""
        seen_body = False
        for i, line in enumerate(lines):
            if keep[i] and len(WORD.findall(line)) >= _MIN_BODY_WORDS:
                seen_body = True
            elif seen_body and self.patterns.trailer.matches(line):
                for j in range(i, len(lines)):
                    keep[j] = False
                return

    def _cut_footer(self, lines: list[str]) -> list[str]:
        """The page's closing sentences ("© 2022 BBC.", "Send your story ideas to ...") cut from the end of the
        text, sentence by sentence: scraped text often runs them into the article's last paragraph."""
        while lines:
            line = lines[-1]
            bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(line)), len(line)]
            cut = len(bounds) - 1  # sentences bounds[k]:bounds[k + 1] from cut on are the footer
            while cut and self.patterns.footer.matches(line[bounds[cut - 1]:bounds[cut]]):
                cut -= 1
            if cut == len(bounds) - 1:
                return lines
            if cut:
                return [*lines[:-1], line[:bounds[cut]].rstrip()]
            lines = lines[:-1]
        return lines

    @staticmethod
    def _drop_repeats(lines: list[str], keep: list[bool]) -> None:
        seen = set()
        for i, line in enumerate(lines):
            if keep[i]:
                key = line_key(line)
                if key in seen:
                    keep[i] = False
                seen.add(key)


@cache
def default_cleaner() -> TextCleaner:
    return TextCleaner()


def clean_text(text: str, title: str | None = None) -> str:
    """The article text of a scraped page's text (headline, byline and clutter removed)."""
    return default_cleaner().clean(text, title).body
