"""A page's own metadata (title, date, author, site name, canonical URL) read from its head.

trafilatura's ``extract_metadata`` answers these questions too, but it also collects categories, tags and the
licence, searches the whole body for an author with heavy XPath expressions and runs htmldate's extensive
search: on news pages that cost more than extracting the article itself (16 ms against 13 ms a page on the
Zyte benchmark). Parley needs five fields, so it uses trafilatura's readers of the head (meta tags, OpenGraph,
JSON-LD, the <title> element) and htmldate's fast mode (URL, header, JSON, time elements), which is where
news pages declare their dates. ``bench/clean_html.py --meta`` measures agreement with the full pass.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass

from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url
from trafilatura.settings import Document


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    site_name: str | None = None
    url: str | None = None  # the page's canonical URL, when it declares one


def page_meta(tree: HtmlElement, url: str | None = None) -> PageMeta:
    """The page's metadata; never modifies ``tree`` (htmldate works on its own copy)."""
    found: Document = examine_meta(tree)
    if found.author and " " not in found.author:  # a handle or a site name, not a person's name
        found.author = None
    with suppress(Exception):  # malformed JSON-LD is common; the meta tags still stand
        found = extract_meta_json(tree, found)
    author = found.author or _byline(tree)
    canonical = found.url or extract_url(tree, url)
    site_name = found.sitename or extract_sitename(tree)
    return PageMeta(
        title=_text(found.title or extract_title(tree)),
        published=find_date(tree, extensive_search=False, original_date=True, url=canonical or url),
        byline=_text(author),
        site_name=_text(site_name.lstrip("@") if site_name else None),
        url=canonical or None,
    )


# Elements that hold an author's name on news pages; the first few in document order are enough (one pass over
# the tree, where trafilatura's author search runs a dozen expressions: 12 ms a page against 4 ms).
_AUTHOR_NODES = XPath('''(//*[@rel="author" or @itemprop="author" or contains(@class, "byline")
    or contains(@class, "author") or contains(@id, "byline")])[position() <= 5]''')
_BY = re.compile(r"^(?:(?:written|posted|text|story|words)\s+)?by\b\s*:?\s*|^text\s*:\s*", re.I)
# What follows a name in a byline: a date, a handle, a separator, a job title after a comma, page furniture
# ("View More Articles", "5 Min Read"), even when the page glued it to the name ("Meg JamesStaff Writer").
_AFTER_NAME = re.compile(
    r"\s+[-|•/–—]\s+|\s*[@,;(|]|\s*\d|\s*\b(?:on|at|updated|published|posted|view|read|more|staff|follow)\b"
    r"|\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*\d"  # a date, not "Theresa May"
    r"|\s*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?-i:(?<=[a-z])(?=(?:Staff|View|Business|News|Updated|Published|Posted|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b))", re.I)
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


def _byline(tree: HtmlElement) -> str | None:
    """The author's name from the page's byline elements ("By Jane Doe - Nov 19, 2019" -> "Jane Doe"): two to
    five capitalised words, so that dates, handles, site names and "admin" are not taken for a person."""
    for node in _AUTHOR_NODES(tree):
        text = _BY.sub("", " ".join(node.text_content().split()))
        name = _AFTER_NAME.split(text, maxsplit=1)[0].strip()
        words = name.split()
        if 2 <= len(words) <= 5 and len(name) <= 60 and all(_NAME_WORD.match(w) and w[0].isupper() for w in words):
            return name
    return None


def _text(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
