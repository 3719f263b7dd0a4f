"""Small typed records passed between stages (ingest -> clean -> analyze -> store -> views).

Every record is a frozen dataclass so that stages cannot mutate each other's output, and every record
knows how to turn itself into the JSON object of the data contract (DESIGN.md section 3) with
``to_json()``. Nothing here imports spaCy or touches the database: this module is the shared vocabulary.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_STATUSES: tuple[str, ...] = ("occurred", "intended", "conditional", "denied", "hypothetical")
ActorKind = Literal["person", "organization", "state", "place"]
QuoteKind = Literal["direct", "indirect"]
CitationKind = Literal["news_agency", "government", "media", "social"]


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id, so re-running the same document yields the same ids (no duplicates)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{digest}"


def error_reason(exc: BaseException) -> str:
    """The one-line skip reason for a document whose processing raised (``error: Type: message``)."""
    return f"error: {type(exc).__name__}: {str(exc)[:160]}".replace("\n", " ")


@dataclass(frozen=True, slots=True)
class SourceHints:
    """Metadata that came with a document from its container (JSONL line, CSV row, feed entry, URL)."""

    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    media_type: str | None = None  # "text/html" | "text/plain" | None (sniff)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Raw bytes exactly as ingested, keyed by their sha256; never changed downstream."""

    sha256: str
    content: bytes
    source: str  # file path, URL, "stdin", or "path.jsonl#12"
    hints: SourceHints = field(default_factory=SourceHints)
    ingested_at: str = ""
    problem: str | None = None  # set by ingest when the bytes could not be had (too_large, unreadable, ...)

    @property
    def doc_id(self) -> str:
        """The user's id when the container gave one, else a prefix of the content hash."""
        return self.hints.id or self.sha256[:16]


@dataclass(frozen=True, slots=True)
class Flag:
    kind: str  # name_mismatch | date_conflict | role_out_of_date | ...
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message}


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str | None = None
    domain: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "domain": self.domain}


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """Output of the clean stage: the article's own text plus metadata, or a skip with a reason."""

    id: str
    sha256: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    published_source: str | None = None  # where the date came from: "hint", "html-meta", "text", ...
    outlet: Outlet | None = None
    language: str | None = None
    byline: str | None = None
    status: Literal["ok", "skipped"] = "ok"
    reason: str | None = None
    flags: tuple[Flag, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.source if not self.url else None,
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "published": self.published,
            "published_source": self.published_source,
            "outlet": self.outlet.to_json() if self.outlet else None,
            "language": self.language,
            "byline": self.byline,
            "status": self.status,
            "reason": self.reason,
            "flags": [f.to_json() for f in self.flags],
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor. ``id`` is a Wikidata QID, an ISO3 code for states, or ``parley:<slug>``."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    role: str | None = None
    country: str | None = None  # ISO3
    mentions: int = 0

    def ref(self) -> ActorRef:
        return ActorRef(id=self.id, name=self.name, country=self.country, role=self.role)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "aliases": list(self.aliases), "role": self.role,
            "country": self.country, "kind": self.kind, "mentions": self.mentions,
        }


@dataclass(frozen=True, slots=True)
class ActorRef:
    """How events, quotes and citations point at an actor (the contract's nested actor object)."""

    id: str
    name: str
    country: str | None = None
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country, "role": self.role}


@dataclass(frozen=True, slots=True)
class Mention:
    """One span of the clean text that refers to an actor, and how it was resolved."""

    actor_id: str
    start: int
    end: int
    text: str
    via: str  # registry | ner | surname | given | role | pronoun | metonym | discovered

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence:
    doc_id: str
    sentence: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str  # one of EVENT_TYPES
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    status: str  # one of EVENT_STATUSES
    evidence: tuple[Evidence, ...]
    mode: str | None = None
    location: Place | None = None
    date: str | None = None
    date_precision: str | None = None  # day | week (date: its Monday) | month | year | None
    conditions: tuple[str, ...] = ()
    confidence: float = 0.0
    context: str | None = None
    trigger: str | None = None
    n_sources: int = 1
    story_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode,
            "actor": _one_or_many(self.actor), "recipient": _one_or_many(self.recipient),
            "location": self.location.to_json() if self.location else None,
            "date": self.date, "date_precision": self.date_precision,
            "status": self.status, "conditions": list(self.conditions),
            "evidence": [e.to_json() for e in self.evidence],
            "n_sources": self.n_sources, "story_id": self.story_id,
            "confidence": round(self.confidence, 4), "context": self.context, "trigger": self.trigger,
        }


def _one_or_many(refs: tuple[ActorRef, ...]) -> dict[str, Any] | list[dict[str, Any]] | None:
    """The contract shows one actor object; several parties ("Lavrov and Blinken met") become a list."""
    if not refs:
        return None
    if len(refs) == 1:
        return refs[0].to_json()
    return [r.to_json() for r in refs]


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    kind: QuoteKind
    speaker: ActorRef | None
    doc_id: str
    start: int
    end: int
    cue: str | None = None
    speaker_text: str | None = None  # the words of the text that named the speaker

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "text": self.text, "kind": self.kind,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "speaker_text": self.speaker_text,
            "doc_id": self.doc_id, "start": self.start, "end": self.end, "cue": self.cue,
        }


@dataclass(frozen=True, slots=True)
class Citation:
    doc_id: str
    source_id: str
    source_name: str
    kind: CitationKind
    evidence: str
    start: int = 0
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "source": {"id": self.source_id, "name": self.source_name},
            "kind": self.kind, "evidence": self.evidence, "start": self.start, "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the per-document analyze stage produced for one document."""

    document: CleanDocument
    summary: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    citations: tuple[Citation, ...] = ()
    flags: tuple[Flag, ...] = ()

    def document_json(self) -> dict[str, Any]:
        doc = self.document.to_json()
        doc["summary"] = " ".join(self.summary) if self.summary else None
        doc["story_id"] = None
        doc["flags"] = [f.to_json() for f in (*self.document.flags, *self.flags)]
        return doc

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document_json(),
            "actors": [a.to_json() for a in self.actors],
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "citations": [c.to_json() for c in self.citations],
        }
