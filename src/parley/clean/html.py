"""HTML pages -> article text and page metadata, with trafilatura as the extractor.

The page is parsed once. Titles, dates, authors and site names come from the page's own metadata
(``page_meta``), so a sidebar's first <h1> never becomes the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from parley.clean.page_meta import PageMeta, page_meta
from parley.clean.patterns import load_patterns

_MIN_PRECISE_SHARE = 0.5  # of the default run's words
_CHECK_BELOW_WORDS = 150  # a first result this long is an article: the fallback passes are not needed
_TAG = re.compile(r"<\s*(html|head|body|div|p|article|meta|title|span|a|br|table)\b", re.I)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    meta: PageMeta = PageMeta()


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or len(_TAG.findall(text[:5000])) >= 3


def extract_page(html: str, url: str | None = None) -> Page:
    """The article body and metadata of a page; empty text when no article could be found.

    trafilatura runs favouring precision (fewer teasers, captions and boxes left in), first without its fallback
    extractors (readability, jusText), which cost as much again and change nothing on pages where the first
    pass finds an article. Only a short result may have missed it: then the full precise pass runs, and trafilatura's
    fast default mode as a reference; the precise text wins unless it lost most of what the reference found (pages
    whose paragraphs sit in unusual markup lose the article itself to precision).
    """
    tree = load_html(html)
    if tree is None:
        return Page(text="")
    meta = page_meta(tree, url)
    text = _extract(tree, url, favor_precision=True, fast=True)
    if _words(text) < _CHECK_BELOW_WORDS:
        precise = _extract(html, url, favor_precision=True)
        reference = _extract(html, url, fast=True)
        keep_precise = _words(precise) >= _MIN_PRECISE_SHARE * _words(reference) and _words(precise) > 0
        text = precise if keep_precise else reference
    return Page(text=_paragraphs(text, meta.title), meta=meta)


def _extract(html: str | HtmlElement, url: str | None, **options) -> str:
    """The article text trafilatura finds (changes ``html`` when it is a tree)."""
    found = trafilatura.bare_extraction(html, url=url, with_metadata=False, include_comments=False,
                                        include_tables=True, deduplicate=False, **options)
    return (found.text if found else None) or ""


def _words(text: str) -> int:
    return len(text.split())


def _paragraphs(text: str, title: str | None) -> str:
    """Blank lines between paragraphs (trafilatura uses one newline), without the headline repeated on top and
    without lines that are known clutter (share and subscribe prompts, photo credits, navigation words)."""
    patterns = load_patterns()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0].casefold() == title.strip().casefold():
        lines = lines[1:]
    return "\n\n".join(line for line in lines if not patterns.is_clutter(line))
