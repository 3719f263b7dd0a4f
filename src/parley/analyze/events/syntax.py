"""Small questions about a parsed token that several event modules ask (no other module's knowledge here)."""

from __future__ import annotations

from spacy.tokens import Token


def has_to(token: Token) -> bool:
    """Whether a verb carries the infinitive marker: "to meet", "plans to build", "is to visit"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
