"""The clean stage: raw bytes -> the article's own text plus metadata, or a skip with a one-line reason.

``clean`` is a pure function that never raises on bad input: empty, binary, oversized, undecodable,
article-less or non-English documents come back with ``status="skipped"`` and a reason, so a batch
always goes on. HTML goes through trafilatura (``html.py``); scraped plain text through our line
classifier (``text.py``).
"""

from __future__ import annotations

from parley.clean.decode import Undecodable, decode
from parley.clean.html import extract_page, looks_like_html
from parley.clean.language import detect_language
from parley.clean.metadata import iso_day, outlet_of
from parley.clean.stopwords import stopwords_for
from parley.clean.text import default_cleaner
from parley.records import CleanDocument, RawDocument, error_reason

__all__ = ["clean"]

DEFAULT_MAX_BYTES = 20_000_000


def clean(raw: RawDocument, *, all_languages: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> CleanDocument:
    try:
        return _clean(raw, all_languages=all_languages, max_bytes=max_bytes)
    except Exception as exc:  # a bug must cost one document, not the batch
        return _skip(raw, error_reason(exc))


def _skip(raw: RawDocument, reason: str, **fields) -> CleanDocument:
    return CleanDocument(id=raw.doc_id, sha256=raw.sha256, source=raw.source, text="", url=raw.hints.url,
                         title=raw.hints.title, status="skipped", reason=reason, **fields)


def _long_lines(text: str, min_words: int = 20) -> str:
    """Fallback when the line classifier keeps nothing (e.g. a one-paragraph note): the sentence-length lines."""
    return "\n\n".join(line.strip() for line in text.splitlines() if len(line.split()) >= min_words)


def _is_html(raw: RawDocument, text: str) -> bool:
    media = (raw.hints.media_type or "").lower()
    if "html" in media or "xml" in media:
        return True
    if media.startswith("text/plain"):
        return False
    return looks_like_html(text)


def _clean(raw: RawDocument, *, all_languages: bool, max_bytes: int) -> CleanDocument:
    if raw.problem:
        return _skip(raw, raw.problem)
    if len(raw.content) > max_bytes:
        return _skip(raw, "too_large")
    if not raw.content.strip():
        return _skip(raw, "empty")
    try:
        text = decode(raw.content, raw.hints.media_type).text
    except Undecodable as exc:
        return _skip(raw, exc.reason)
    if not text.strip():
        return _skip(raw, "empty")

    hints = raw.hints
    published, published_source = iso_day(hints.published), "hint" if hints.published else None
    if _is_html(raw, text):
        page = extract_page(text, hints.url)
        meta = page.meta
        body, title, byline, site_name = page.text, hints.title or meta.title, meta.byline, meta.site_name
        url = hints.url or meta.url
        if not published and meta.published:
            published, published_source = iso_day(meta.published), "html-meta"
    else:
        cleaned = default_cleaner().clean(text, hints.title, stopwords_for(detect_language(text) or "en"))
        body, title, byline, site_name = cleaned.body, hints.title or cleaned.title, cleaned.byline, None
        body = body or _long_lines(text)
        url = hints.url
        if not published and cleaned.dateline:
            published = iso_day(cleaned.dateline)
            published_source = "text" if published else None
    if not body.strip():
        return _skip(raw, "no_text", language=None)

    language = detect_language(body)
    outlet = outlet_of(url, hints.outlet, site_name)
    document = CleanDocument(
        id=raw.doc_id, sha256=raw.sha256, source=raw.source, text=body, title=title, url=url,
        published=published, published_source=published_source if published else None, outlet=outlet,
        language=language, byline=byline,
    )
    if language != "en" and not all_languages:
        return _skip(raw, f"language={language or 'unknown'}", language=language)
    return document
