"""Containers holding many documents: JSONL lines, CSV rows, and standard input (JSONL or one document)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from parley.ingest.files import now_iso
from parley.records import RawDocument, SourceHints, sha256_hex

# Column names seen in the wild, lower-cased; the first present wins.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "guid"),
    "url": ("url", "link", "source_url", "article_url"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "datetime", "timestamp"),
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content", "article", "article_text", "maintext"),
    "html": ("html", "raw_html"),
    "outlet": ("outlet", "source", "publisher", "site", "media"),
}

csv.field_size_limit(sys.maxsize)


def _pick(record: dict[str, Any], field: str) -> str | None:
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    for name in COLUMNS[field]:
        value = lowered.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def record_to_raw(record: dict[str, Any], source: str, *, max_bytes: int) -> RawDocument:
    """One JSONL object or CSV row -> a RawDocument whose bytes are its text (or HTML)."""
    html = _pick(record, "html")
    text = html if html is not None else _pick(record, "text")
    hints = SourceHints(
        id=_pick(record, "id"), url=_pick(record, "url"), title=_pick(record, "title"),
        published=_pick(record, "published"), outlet=_pick(record, "outlet"),
        media_type="text/html" if html is not None else "text/plain",
    )
    content = (text or "").encode("utf-8", "surrogatepass")
    if len(content) > max_bytes:
        return RawDocument(sha256=sha256_hex(f"{source}:too_large".encode()), content=b"", source=source,
                           hints=hints, ingested_at=now_iso(), problem="too_large")
    return RawDocument(sha256=sha256_hex(content), content=content, source=source, hints=hints, ingested_at=now_iso())


def _problem(source: str, reason: str) -> RawDocument:
    return RawDocument(sha256=sha256_hex(f"{source}:{reason}".encode()), content=b"", source=source,
                       ingested_at=now_iso(), problem=reason)


def iter_jsonl_lines(lines: IO[bytes], name: str, *, max_bytes: int) -> Iterator[RawDocument]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{name}#{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            yield _problem(source, "bad_json_line")
            continue
        if not isinstance(record, dict):
            yield _problem(source, "bad_json_line")
            continue
        yield record_to_raw(record, source, max_bytes=max_bytes)


def read_jsonl(path: Path, *, max_bytes: int) -> Iterator[RawDocument]:
    import gzip

    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rb") as handle:
            yield from iter_jsonl_lines(handle, str(path), max_bytes=max_bytes)
    except OSError as exc:
        yield _problem(str(path), f"unreadable: {type(exc).__name__}")


def read_csv(path: Path, *, max_bytes: int) -> Iterator[RawDocument]:
    import gzip

    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8-sig", errors="replace", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=1):
                yield record_to_raw(row, f"{path}#{number}", max_bytes=max_bytes)
    except (OSError, csv.Error) as exc:
        yield _problem(str(path), f"unreadable: {type(exc).__name__}")


def read_stream(stream: IO[bytes], *, name: str, max_bytes: int) -> Iterator[RawDocument]:
    """Standard input: JSONL when every non-blank line is a JSON object, else one whole document."""
    data = stream.read()
    lines = [line for line in data.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith(b"{") for line in lines[:5]):
        try:
            json.loads(lines[0])
        except (json.JSONDecodeError, UnicodeDecodeError):
            pass
        else:
            yield from iter_jsonl_lines(io.BytesIO(data), name, max_bytes=max_bytes)
            return
    if len(data) > max_bytes:
        yield _problem(name, "too_large")
        return
    yield RawDocument(sha256=sha256_hex(data), content=data, source=name, ingested_at=now_iso())
