"""HTML pages -> article text and page metadata, with trafilatura as the extractor.

trafilatura already reads titles, dates (htmldate), authors and site names from the page's metadata, so
a sidebar's first <h1> never becomes the title.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import trafilatura

from parley.clean.patterns import load_patterns

_MIN_PRECISE_SHARE = 0.5  # of the default run's words
_CHECK_BELOW_WORDS = 150  # a precise result this long is an article: the reference run is not needed
_TAG = re.compile(r"<\s*(html|head|body|div|p|article|meta|title|span|a|br|table)\b", re.I)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    site_name: str | None = None
    url: str | None = None  # the page's canonical URL, when it declares one


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or len(_TAG.findall(text[:5000])) >= 3


def extract_page(html: str, url: str | None = None) -> Page:
    """The article body and metadata of a page; empty text when no article could be found.

    trafilatura runs favouring precision (fewer teasers, captions and boxes left in); when that keeps little
    text, it runs again in its fast mode (no fallback extractors, no metadata) as a reference. The precise text
    wins unless it lost most of what the reference run found; then precision cut the article itself (pages whose
    paragraphs sit in unusual markup).
    """
    precise = _extract(html, url, favor_precision=True)
    reference = None
    if precise is None or _words(precise) < _CHECK_BELOW_WORDS:  # only a short result may have lost the article
        reference = _extract(html, url, fast=True, with_metadata=precise is None)
    data = precise or reference
    if not data:
        return Page(text="")
    text = data.get("text") or ""
    if precise and reference and _words(precise) < _MIN_PRECISE_SHARE * _words(reference):
        text = reference.get("text") or ""
    title = data.get("title") or None
    return Page(text=_paragraphs(text, title), title=title,
                published=data.get("date") or None, byline=data.get("author") or None,
                site_name=data.get("source-hostname") or data.get("sitename") or None,
                url=data.get("source") or None)


def _extract(html: str, url: str | None, with_metadata: bool = True, **options) -> dict | None:
    result = trafilatura.extract(html, url=url, output_format="json", with_metadata=with_metadata,
                                 include_comments=False, include_tables=True, deduplicate=False, **options)
    return json.loads(result) if result else None


def _words(data: dict) -> int:
    return len((data.get("text") or "").split())


def _paragraphs(text: str, title: str | None) -> str:
    """Blank lines between paragraphs (trafilatura uses one newline), without the headline repeated on top and
    without lines that are known clutter (share and subscribe prompts, photo credits, navigation words)."""
    patterns = load_patterns()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0].casefold() == title.strip().casefold():
        lines = lines[1:]
    return "\n\n".join(line for line in lines if not patterns.is_clutter(line))
