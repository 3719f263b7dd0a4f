"""Analysis step: PLOVER events with actor, recipient, mode, status, conditions, place, date and evidence.

``run(ctx)`` appends ``Event`` records to ``ctx.events`` (after the actor and quote steps, whose results it
uses for roles and reported speech). ``cameo_root(type)`` gives the CAMEO root code of a PLOVER type for
GDELT-style exports. The pieces: lexicon.py (data files), features.py + model.py (trained sentence model),
status.py (modality, negation, conditions), roles.py, when.py, where.py, consultation.py (a document's own
talk: issuing office, counterpart, phone or meeting, main event), coder.py (assembly).
"""

from __future__ import annotations

from functools import cache

from parley.analyze.context import DocContext
from parley.analyze.events.coder import EventCoder
from parley.analyze.events.lexicon import load_lexicon
from parley.analyze.events.model import load_model


@cache
def default_coder() -> EventCoder:
    return EventCoder(load_model(), load_lexicon())


def run(ctx: DocContext) -> None:
    default_coder().run(ctx)


def cameo_root(event_type: str) -> str:
    """CAMEO root code ("01".."20") for a PLOVER type; KeyError for an unknown type."""
    return load_lexicon().cameo[event_type.upper()]


def cameo_code(event_type: str, mode: str | None) -> str:
    """The CAMEO event code a PLOVER type and mode narrow to ("ASSAULT", "heavy-weapons" -> "194"), else the type's
    root code."""
    return load_lexicon().cameo_modes.get(f"{event_type.upper()} {mode}", cameo_root(event_type))


__all__ = ["EventCoder", "cameo_code", "cameo_root", "default_coder", "run"]
