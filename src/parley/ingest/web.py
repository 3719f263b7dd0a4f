"""HTTP(S) pages and RSS/Atom feeds, fetched defensively.

Guards: a timeout, a size limit read as a stream, a content-type check, and no requests to private,
loopback or link-local addresses (checked at every redirect hop) unless ``allow_private`` is set.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import httpx

from parley.ingest.files import now_iso
from parley.records import RawDocument, SourceHints, sha256_hex

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
MAX_REDIRECTS = 5
USER_AGENT = "Parley/0.1 (+https://github.com/parley; news research)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


class FetchError(Exception):
    """A fetch we refused or that failed; its message is the skip reason."""


def _check_host(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("bad_url")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError("fetch_failed: dns") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FetchError("private_address (use --allow-private)")


def fetch(url: str, *, max_bytes: int, allow_private: bool, client: httpx.Client) -> tuple[bytes, str, str]:
    """(body, content type, final URL), following redirects by hand so every hop is checked."""
    for _ in range(MAX_REDIRECTS + 1):
        _check_host(url, allow_private)
        try:
            with client.stream("GET", url) as response:
                if response.is_redirect and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"http_{response.status_code}")
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError("too_large")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise FetchError("too_large")
                return bytes(body), response.headers.get("content-type", content_type), url
        except httpx.HTTPError as exc:
            raise FetchError(f"fetch_failed: {type(exc).__name__}") from exc
    raise FetchError("too_many_redirects")


def _failed(url: str, reason: str) -> RawDocument:
    return RawDocument(sha256=sha256_hex(f"{url}:{reason}".encode()), content=b"", source=url,
                       hints=SourceHints(url=url), ingested_at=now_iso(), problem=reason)


def _page(url: str, body: bytes, content_type: str, hints: SourceHints | None = None) -> RawDocument:
    base = hints or SourceHints()
    hints = SourceHints(id=base.id, url=url, title=base.title, published=base.published, outlet=base.outlet,
                        media_type=content_type or None)
    return RawDocument(sha256=sha256_hex(body), content=body, source=url, hints=hints, ingested_at=now_iso())


def _is_feed(content_type: str, body: bytes) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    if kind in FEED_TYPES:
        return True
    head = body[:600].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def fetch_source(url: str, *, max_bytes: int, allow_private: bool = False) -> Iterator[RawDocument]:
    """One page, or every entry of a feed (each entry's page fetched with the same guards)."""
    with httpx.Client(timeout=TIMEOUT, headers={"User-Agent": USER_AGENT}, follow_redirects=False) as client:
        try:
            body, content_type, final = fetch(url, max_bytes=max_bytes, allow_private=allow_private, client=client)
        except FetchError as exc:
            yield _failed(url, str(exc))
            return
        if _is_feed(content_type, body):
            yield from _feed_entries(body, max_bytes=max_bytes, allow_private=allow_private, client=client)
            return
        if content_type.split(";")[0].strip().lower() not in PAGE_TYPES:
            yield _failed(url, f"content_type={content_type.split(';')[0] or 'missing'}")
            return
        yield _page(final, body, content_type)


def _feed_entries(body: bytes, *, max_bytes: int, allow_private: bool, client: httpx.Client) -> Iterator[RawDocument]:
    import feedparser

    feed = feedparser.parse(body)
    outlet = feed.feed.get("title") if feed.get("feed") else None
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            continue
        hints = SourceHints(id=entry.get("id") or None, title=entry.get("title"),
                            published=entry.get("published") or entry.get("updated"), outlet=outlet)
        try:
            page, content_type, final = fetch(link, max_bytes=max_bytes, allow_private=allow_private, client=client)
        except FetchError as exc:
            yield _failed(link, str(exc))
            continue
        yield _page(final, page, content_type, hints)
