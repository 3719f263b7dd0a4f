"""The working state of one document while the analysis steps run over it.

A ``DocContext`` holds the clean document, its spaCy parse and what earlier steps found, so that later
steps (events, quotes) can ask the actor step "who is this span?" without knowing how actors are resolved.
It lives only inside one worker process and never reaches the store: steps return records.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from parley.records import Actor, Citation, CleanDocument, Event, Flag, Mention, Quote
from parley.registry import load_registry


@dataclass
class DocContext:
    document: CleanDocument
    doc: Doc
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)  # sorted by start once the actor step ran
    quotes: list[Quote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # person id -> "m" | "f", where the actor step knows it
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def doc_id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        return self.document.text

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying (at least partly) inside the character range [start, end)."""
        i = bisect_right(self._starts, end)
        return [m for m in self.mentions[:i] if m.end > start]

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor best covering the character range: the longest mention overlapping it."""
        found = self.mentions_in(start, end)
        if not found:
            return None
        best = max(found, key=lambda m: (min(m.end, end) - max(m.start, start), m.end - m.start))
        return self.actors.get(best.actor_id)

    def other_gender(self, actor_id: str, pronoun: str) -> bool:
        """Whether the person is known to be of the other gender than the pronoun says ("he" for Liz Truss): the
        actor step's ``genders`` against the actor lexicon's pronouns."""
        known, said = self.genders.get(actor_id), load_registry().lexicon.pronouns.get(pronoun.lower())
        return known is not None and said is not None and known != said

    def actor_of_span(self, span: Span) -> Actor | None:
        return self.actor_at(span.start_char, span.end_char)
