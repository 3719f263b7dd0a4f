"""Wire datelines ("ISTANBUL, May 16 (Reuters) -", "KYIV (AP) —"): the place a story was filed from.

A dateline's upper-case place is where the reporter stood, not a party: the actor step must not read
"MOSCOW, Jan 5 -" as Russia acting, nor the event step take "ISTANBUL" for an organisation at the talks. Found
once per parsed document and kept in ``doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "parley.datelines"
_AFTER = {",", "(", "-", "–", "—"}


def datelines(doc: Doc) -> frozenset[int]:
    """Token indices of dateline places: an upper-case run opening a line, before a comma, a bracket or a dash."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        found: set[int] = set()
        for tok in doc:
            if tok.i and "\n" not in doc[tok.i - 1].text:
                continue
            end = tok.i
            while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
                end += 1
            if tok.i < end < len(doc) and doc[end].text in _AFTER:
                found.update(range(tok.i, end))
        cached = doc.user_data[_KEY] = frozenset(found)
    return cached
