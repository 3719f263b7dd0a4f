"""Analysis step: events (placeholder until its issue lands; the pipeline order is fixed in STEPS)."""

from __future__ import annotations

from parley.analyze.context import DocContext


def run(ctx: DocContext) -> None:
    return None
