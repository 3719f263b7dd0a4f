"""The ingest stage: sources (files, folders, containers, standard input, URLs, feeds) -> RawDocument.

Every document comes out as its exact bytes plus where it came from; nothing here interprets the text.
Problems that stop us from getting the bytes (too large, unreadable, fetch failed) become a RawDocument
with ``problem`` set, so the run records a skip with a reason instead of crashing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from parley.ingest.containers import read_csv, read_jsonl, read_stream
from parley.ingest.files import DEFAULT_MAX_BYTES, read_file, walk
from parley.records import RawDocument

__all__ = ["DEFAULT_MAX_BYTES", "iter_sources", "read_path"]


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument]:
    """Documents in a file or, recursively, a folder (sorted, so runs are reproducible)."""
    for file in walk(Path(path)):
        suffixes = [s.lower() for s in file.suffixes]
        if suffixes[-2:] in ([".jsonl", ".gz"], [".ndjson", ".gz"]) or suffixes[-1:] in ([".jsonl"], [".ndjson"]):
            yield from read_jsonl(file, max_bytes=max_bytes)
        elif suffixes[-1:] == [".csv"] or suffixes[-2:] == [".csv", ".gz"]:
            yield from read_csv(file, max_bytes=max_bytes)
        else:
            yield read_file(file, max_bytes=max_bytes)


def iter_sources(
    sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, allow_private: bool = False
) -> Iterator[RawDocument]:
    """Documents from every source in order: paths, ``-`` (standard input), http(s) URLs and feeds."""
    for source in sources:
        if source == "-":
            yield from read_stream(sys.stdin.buffer, name="stdin", max_bytes=max_bytes)
        elif source.startswith(("http://", "https://")):
            from parley.ingest.web import fetch_source  # httpx is imported only when a URL is given

            yield from fetch_source(source, max_bytes=max_bytes, allow_private=allow_private)
        else:
            path = Path(source)
            if not path.exists():
                yield RawDocument(sha256="", content=b"", source=source, problem="not_found")
                continue
            yield from read_path(path, max_bytes=max_bytes)
