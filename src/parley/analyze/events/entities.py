"""Named entities inside a span, read from one cached list per parsed document.

spaCy's ``Span.ents`` rebuilds every entity of the whole document on each call and then filters, so asking
each sentence and each role phrase for its entities made the event step quadratic in article length (half of
its time on long articles). The document's entities are listed once (kept in ``doc.user_data``) and a span's
are found by bisection on their start tokens.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span

_KEY = "parley.events.ents"


def ents_of(span: Span) -> list[Span]:
    """The entities lying wholly inside ``span``, in document order (as ``span.ents`` gives them)."""
    doc = span.doc
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data[_KEY] = (ents, [e.start for e in ents])
    ents, starts = cached
    out = []
    for k in range(bisect_left(starts, span.start), len(ents)):
        ent = ents[k]
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            out.append(ent)
    return out
