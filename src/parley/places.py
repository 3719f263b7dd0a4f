"""Place names and their countries, for every stage that meets a place: the hand gazetteer of cities and venues
(data/events/gazetteer.csv: Geneva -> CHE, UN headquarters -> USA), state names (the actor registry's
states.csv, then pycountry) and the world's cities of 50,000 people or more (data/events/cities.csv, GeoNames,
built by bench/build_gazetteer.py).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

import pycountry

from parley.registry import load_registry

DATA = resources.files("parley") / "data" / "events"


@cache
def gazetteer() -> dict[str, str]:
    with (DATA / "gazetteer.csv").open(encoding="utf-8") as handle:
        return {row["name"].lower(): row["country"] for row in csv.DictReader(handle)}


def bare(name: str) -> str:
    """The name without surrounding space and a leading article ("the White House" -> "White House")."""
    name = name.strip()
    return name[4:] if name.lower().startswith("the ") else name


def _normal(name: str) -> str:
    return bare(name).lower()


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
    """ISO3 country of a place name, or None: the hand gazetteer, then the registry's state names and aliases
    (``Registry.state_named``: "Turkey", "Britain", which pycountry calls Türkiye and the United Kingdom), then
    pycountry's country names, then (for a capitalised name only: "Nice", not "nice") the world's cities; a region
    named after its city is that city's country ("Donetsk Oblast", "the Kherson region")."""
    key = _normal(name)
    if key in gazetteer():
        return gazetteer()[key]
    state = load_registry().state_named(bare(name)) if len(key) > 3 or bare(name).isupper() else None  # not "us"
    if state is not None:
        return state
    try:
        if len(key) != 2:  # two-letter codes are words and titles too: "PM" is no Saint Pierre, "IT" no Italy
            return pycountry.countries.lookup(key).alpha_3
    except LookupError:
        pass
    found = cities().get(key) if bare(name)[:1].isupper() else None
    words = bare(name).split()
    if found is None and len(words) > 1 and words[-1].lower() in _REGION_WORDS:
        return country_of(" ".join(words[:-1]))
    return found
