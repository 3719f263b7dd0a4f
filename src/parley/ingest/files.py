"""Reading single files (plain, HTML, gzip) with a size limit that is enforced before reading it all."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from parley.records import RawDocument, SourceHints, sha256_hex

DEFAULT_MAX_BYTES = 20_000_000
HIDDEN_PREFIXES = (".", "~", "_")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def walk(path: Path) -> Iterator[Path]:
    """The file itself, or every non-hidden file below the folder in sorted order."""
    if path.is_file():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if child.is_file() and not any(part.startswith(HIDDEN_PREFIXES) for part in child.relative_to(path).parts):
            yield child


def media_type_for(path: Path) -> str | None:
    names = [s.lower() for s in path.suffixes]
    if names and names[-1] == ".gz":
        names = names[:-1]
    if names and names[-1] in (".html", ".htm", ".xhtml"):
        return "text/html"
    if names and names[-1] in (".txt", ".text", ".md"):
        return "text/plain"
    return None


def read_bytes_limited(path: Path, max_bytes: int) -> tuple[bytes | None, str | None]:
    """The file's bytes (decompressed for .gz), or None and a reason when over the limit or unreadable."""
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        else:
            if path.stat().st_size > max_bytes:
                return None, "too_large"
            data = path.read_bytes()
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        return None, f"unreadable: {type(exc).__name__}"
    if len(data) > max_bytes:
        return None, "too_large"
    return data, None


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    data, problem = read_bytes_limited(path, max_bytes)
    hints = SourceHints(media_type=media_type_for(path))
    if data is None:
        # Keep a trace of the skipped file, keyed by its path since we refuse to hash gigabytes.
        return RawDocument(sha256=sha256_hex(f"{path}:{problem}".encode()), content=b"", source=str(path),
                           hints=hints, ingested_at=now_iso(), problem=problem)
    return RawDocument(sha256=sha256_hex(data), content=data, source=str(path), hints=hints, ingested_at=now_iso())
