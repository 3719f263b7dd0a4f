"""The analyze stage: a pure function of one clean document -> actors, events, quotes, citations, summary.

It holds no database handle, so it runs in any worker process (local pool by default, Ray on a cluster).
Each analysis step is a small module with one job and a ``run(ctx)`` function; STEPS gives their order,
since later steps read what earlier ones found (events use the actors and the quotes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from importlib import import_module
from typing import Protocol

from parley.analyze.context import DocContext
from parley.analyze.nlp import load_nlp
from parley.records import Analysis, CleanDocument

STEPS: tuple[str, ...] = ("actors", "quotes", "citations", "events", "summary")
MAX_CHARS = 1_000_000  # ~150,000 words: no news article is longer; parsing one would take minutes and GBs


class Step(Protocol):
    def run(self, ctx: DocContext) -> None: ...


def load_steps(names: Sequence[str] = STEPS) -> dict[str, Step]:
    """The step modules by name, in pipeline order (benchmarks time each one, or stop before one)."""
    return {name: import_module(f"parley.analyze.{name}") for name in names}  # type: ignore[misc]


def analyze_many(documents: Iterable[CleanDocument], batch_size: int = 16) -> Iterator[Analysis]:
    """Analyze documents in order, parsing them in spaCy batches. Skipped documents pass through untouched."""
    nlp = load_nlp()
    steps = list(load_steps().values())
    batch: list[CleanDocument] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, nlp, steps)
            batch = []
    if batch:
        yield from _analyze_batch(batch, nlp, steps)


def analyze(document: CleanDocument) -> Analysis:
    return next(analyze_many([document]))


def _analyze_batch(batch: list[CleanDocument], nlp, steps: list[Step]) -> Iterator[Analysis]:
    batch = [_check_length(d) for d in batch]
    todo = [d for d in batch if d.status == "ok" and d.text.strip()]
    parsed = dict(zip((d.id for d in todo), nlp.pipe(d.text for d in todo), strict=True))
    for document in batch:
        doc = parsed.get(document.id)
        if doc is None:
            yield Analysis(document=document)
            continue
        ctx = DocContext(document=document, doc=doc)
        for step in steps:
            step.run(ctx)
        yield to_analysis(ctx)


def _check_length(document: CleanDocument) -> CleanDocument:
    if document.status == "ok" and len(document.text) > MAX_CHARS:
        return replace(document, status="skipped", reason=f"too_long: {len(document.text)} characters of text")
    return document


def to_analysis(ctx: DocContext) -> Analysis:
    """The record of what the steps found, with the actors that are mentioned or that events/quotes name."""
    used = {m.actor_id for m in ctx.mentions}
    for collection in (ctx.events, ctx.quotes):
        for item in collection:
            for ref in (*getattr(item, "actor", ()), *getattr(item, "recipient", ())):
                used.add(ref.id)
            speaker = getattr(item, "speaker", None)
            if speaker is not None:
                used.add(speaker.id)
    actors = tuple(a for a in ctx.actors.values() if a.id in used or a.mentions)
    return Analysis(
        document=ctx.document,
        summary=tuple(ctx.summary),
        actors=actors,
        mentions=tuple(ctx.mentions),
        events=tuple(ctx.events),
        quotes=tuple(ctx.quotes),
        citations=tuple(ctx.citations),
        flags=tuple(ctx.flags),
    )
