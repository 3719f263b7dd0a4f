"""Event locations: the place named by an "in/at" phrase on the trigger's clause, resolved to a country.

Places resolve to countries through parley.places (the hand gazetteer of cities and venues, country names, the
world's cities); anything else keeps its name with an unknown country.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.analyze.events.entities import ents_of
from parley.analyze.events.status import clause_chain
from parley.places import bare, country_of
from parley.records import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE = {"in", "at", "near", "outside", "inside"}


def location_of(chain: list[Token], sent: Span) -> Place | None:
    """The first place governed by a locative preposition in the trigger's clause ("met ... in Geneva"),
    skipping prepositions that govern the trigger itself ("progress in the negotiations between ...")."""
    head, trigger = chain[-1], chain[0]
    ents = [e for e in ents_of(sent) if e.label_ in PLACE_LABELS]
    for prep in head.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE or clause_chain(prep)[-1].i != head.i:
            continue
        start, end = prep.left_edge.i, prep.right_edge.i + 1
        if start <= trigger.i < end:
            continue
        own = _own_phrase(prep)
        for ent in ents:
            if all(i in own for i in range(ent.start, ent.end)):
                name = bare(ent.text)
                return Place(name=name, country=country_of(name))
        # venues that NER misses but the gazetteer knows ("at the UN headquarters")
        phrase = sent.doc[prep.i + 1:max(own, default=prep.i) + 1].text
        if (country := country_of(phrase)) is not None:
            return Place(name=bare(phrase), country=country)
    return None


def _own_phrase(prep: Token) -> set[int]:
    """Tokens of the preposition's own noun phrase ("in the Swiss city of Geneva"), without the clauses and other
    phrases hanging from it ("a shift in Trump's discourse ... with Ukraine's Zelensky" names no place)."""
    own: set[int] = set()
    stack = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    while stack:
        tok = stack.pop()
        own.add(tok.i)
        stack += [c for c in tok.children if c.dep_ not in {"relcl", "acl", "prep", "advcl"} or
                  (c.dep_ == "prep" and c.lower_ == "of")]
    return own
