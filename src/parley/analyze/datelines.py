"""Wire datelines ("ISTANBUL, May 16 (Reuters) -", "KYIV (AP) —"): the place a story was filed from.

A dateline's upper-case place is where the reporter stood, not a party: the actor step must not read
"MOSCOW, Jan 5 -" as Russia acting, nor the event step take "ISTANBUL" for an organisation at the talks. Found
once per parsed document and kept in ``doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "parley.datelines"
_DASHES = {"-", "–", "—"}
_AFTER = {",", "(", *_DASHES}
_MAX_TAIL = 10  # "ISTANBUL, May 16 (Reuters) -": the date and the agency before the dash


def datelines(doc: Doc) -> frozenset[int]:
    """Token indices of datelines: an upper-case place opening a line, before a comma, a bracket or a dash, with
    what follows it up to the dash that ends the dateline ("May 16 (Reuters) -") when one comes soon after."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        found: set[int] = set()
        for tok in doc:
            if tok.i and "\n" not in doc[tok.i - 1].text:
                continue
            end = tok.i
            while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
                end += 1
            if not tok.i < end < len(doc) or doc[end].text not in _AFTER:
                continue
            tail = doc[end:min(end + _MAX_TAIL, len(doc))]
            dash = next((t.i for t in tail if t.text in _DASHES), None)
            if any("\n" in t.text for t in tail if dash is None or t.i < dash):
                dash = None
            found.update(range(tok.i, end if dash is None else dash + 1))
        cached = doc.user_data[_KEY] = frozenset(found)
    return cached
