"""Raw bytes -> text: refuse binary content, honour a declared charset, detect the rest.

Order of trust: a byte-order mark, then the charset the container or the page declares, then strict UTF-8,
then charset-normalizer's guess. Latin-1 declarations are read as cp1252 (as browsers do), since pages that
say ISO-8859-1 almost always contain Windows quotes and dashes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[bytes, ...] = (
    b"%PDF", b"\x89PNG", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"GIF87a", b"GIF89a", b"\xff\xd8\xff",
    b"\x7fELF", b"OggS", b"ID3", b"RIFF", b"\xd0\xcf\x11\xe0", b"BZh", b"7z\xbc\xaf\x27\x1c", b"\xfd7zXZ",
    b"\x28\xb5\x2f\xfd", b"Rar!", b"SQLite format 3", b"wOFF", b"wOF2", b"\x00asm",
    b"II*\x00", b"MM\x00*", b"fLaC", b"\x1a\x45\xdf\xa3",
)
_LATIN1_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252"}
_LATIN_GUESSES = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "cp1250", "mac_roman", "cp850", "cp437",
                  "iso8859_2", "iso8859_9", "cp1254", "iso8859_16", "ascii", "mac_latin2"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}encoding\s*=\s*["']([\w.-]+)""", re.I)
_MEDIA_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w:.-]+)", re.I)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


class Undecodable(Exception):
    """Content that cannot become text; ``reason`` is the skip reason (``binary``, ``undecodable``, ...)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    how: str  # bom | declared | utf-8 | detected | fallback


def decode(content: bytes, media_type: str | None = None) -> Decoded:
    """Decode ``content`` or raise ``Undecodable`` with a skip reason."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return _strict_or_replace(content[len(bom):], encoding, "bom")
    utf16 = _bomless_utf16(content)
    if utf16 and not content.startswith(_MAGIC):
        return _strict_or_replace(content, utf16, "detected")
    if looks_binary(content):
        raise Undecodable("binary")
    declared = declared_charset(content, media_type)
    if declared:
        decoded = _try(content, declared, "declared")
        if decoded:
            return decoded
    decoded = _try(content, "utf-8", "utf-8")
    if decoded:
        return decoded
    return _detect(content)


def looks_binary(content: bytes) -> bool:
    """Known file signatures, NUL bytes, or many control characters in the first 8 KiB."""
    if content.startswith(_MAGIC):
        return True
    sample = content[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes((c,))) for c in _CONTROL)
    return controls / len(sample) > 0.05


def declared_charset(content: bytes, media_type: str | None) -> str | None:
    """The charset a media type or an HTML/XML header declares, normalised to a Python codec name."""
    candidates = []
    if media_type:
        match = _MEDIA_CHARSET.search(media_type)
        if match:
            candidates.append(match.group(1))
    head = content[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match:
            candidates.append(match.group(1).decode("ascii", "ignore"))
    for name in candidates:
        codec = _codec(name)
        if codec:
            return codec
    return None


def _codec(name: str) -> str | None:
    name = name.strip().lower()
    if name in _LATIN1_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _bomless_utf16(content: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs in every other byte of ASCII-heavy text."""
    sample = content[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _try(content: bytes, encoding: str, how: str) -> Decoded | None:
    try:
        text = content.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        if encoding == "cp1252":  # five bytes are undefined in cp1252; latin-1 maps them all
            return _try(content, "latin-1", how)
        return None
    return Decoded(text, encoding, how)


def _strict_or_replace(content: bytes, encoding: str, how: str) -> Decoded:
    """A BOM or UTF-16 pattern settles the codec; a few bad bytes are replaced, many mean it was not text."""
    decoded = _try(content, encoding, how)
    if decoded:
        return decoded
    text = content.decode(encoding, "replace")
    if text.count("\ufffd") > 0.1 * max(len(text), 1):
        raise Undecodable("undecodable")
    return Decoded(text, encoding, how)


def _detect(content: bytes) -> Decoded:
    """Not UTF-8 and nothing declared: charset-normalizer, but Latin-script guesses settle on cp1252."""
    from charset_normalizer import from_bytes

    best = from_bytes(content[:200_000]).best()
    guess = best.encoding if best is not None else None
    if guess and guess not in _LATIN_GUESSES:
        decoded = _try(content, guess, "detected")
        if decoded:
            return decoded
    return _try(content, "cp1252", "fallback") or Decoded(content.decode("latin-1"), "latin-1", "fallback")
