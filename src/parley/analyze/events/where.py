"""Event locations: the place named by an "in/at" phrase on the trigger's clause, resolved to a country.

Cities and diplomatic venues come from data/events/gazetteer.csv (Geneva -> CHE, UN headquarters -> USA);
country names from pycountry; other cities from data/events/cities.csv (GeoNames, 50,000 people or more);
anything else keeps its name with an unknown country.
"""

from __future__ import annotations

import csv
from functools import cache

import pycountry
from spacy.tokens import Span, Token

from parley.analyze.events.entities import ents_of
from parley.analyze.events.lexicon import DATA
from parley.analyze.events.status import clause_chain
from parley.records import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE = {"in", "at", "near", "outside", "inside"}


@cache
def gazetteer() -> dict[str, str]:
    with (DATA / "gazetteer.csv").open(encoding="utf-8") as handle:
        return {row["name"].lower(): row["country"] for row in csv.DictReader(handle)}


def _bare(name: str) -> str:
    """The name without surrounding space and a leading article ("the White House" -> "White House")."""
    name = name.strip()
    return name[4:] if name.lower().startswith("the ") else name


def _normal(name: str) -> str:
    return _bare(name).lower()


def is_venue(name: str) -> bool:
    """Whether the gazetteer knows the name as a place ("the White House", "UN headquarters")."""
    return _normal(name) in gazetteer()


@cache
def cities() -> dict[str, str]:
    """The world's cities of 50,000 people or more (cities.csv, built from GeoNames by bench/build_gazetteer.py)."""
    with (DATA / "cities.csv").open(encoding="utf-8") as handle:
        return {row["name"].lower(): row["country"] for row in csv.DictReader(handle)}


_REGION_WORDS = frozenset({"oblast", "region", "province", "governorate", "krai", "raion", "district", "prefecture",
                           "county", "municipality", "canton"})


@cache
def country_of(name: str) -> str | None:
    """ISO3 country of a place name, or None: the hand gazetteer, then country names, then (for a capitalised
    name only: "Nice", not "nice") the world's cities; a region named after its city is that city's country
    ("Donetsk Oblast", "the Kherson region")."""
    key = _normal(name)
    if key in gazetteer():
        return gazetteer()[key]
    try:
        if len(key) != 2:  # two-letter codes are words and titles too: "PM" is no Saint Pierre, "IT" no Italy
            return pycountry.countries.lookup(key).alpha_3
    except LookupError:
        pass
    found = cities().get(key) if _bare(name)[:1].isupper() else None
    words = _bare(name).split()
    if found is None and len(words) > 1 and words[-1].lower() in _REGION_WORDS:
        return country_of(" ".join(words[:-1]))
    return found


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
                name = _bare(ent.text)
                return Place(name=name, country=country_of(name))
        # venues that NER misses but the gazetteer knows ("at the UN headquarters")
        phrase = sent.doc[prep.i + 1:max(own, default=prep.i) + 1].text
        if (country := country_of(phrase)) is not None:
            return Place(name=_bare(phrase), country=country)
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
