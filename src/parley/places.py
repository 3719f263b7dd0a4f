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

DATA = resources.files("parley") / "data" / "events"


@cache
def gazetteer() -> dict[str, str]:
    with (DATA / "gazetteer.csv").open(encoding="utf-8") as handle:
        return {row["name"].lower(): row["country"] for row in csv.DictReader(handle)}


@cache
def state_names() -> dict[str, str]:
    """States by their names and aliases in the actor registry (data/actors/states.csv): "Turkey", "Russia" and
    "Britain", which pycountry knows only as Türkiye, the Russian Federation and the United Kingdom."""
    with (resources.files("parley") / "data" / "actors" / "states.csv").open(encoding="utf-8") as handle:
        return {name.lower(): row["iso3"] for row in csv.DictReader(handle)
                for name in (row["name"], *filter(None, row["aliases"].split("|")))}


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
    """ISO3 country of a place name, or None: the hand gazetteer, then the registry's state names and aliases, then
    pycountry's country names, then (for a capitalised name only: "Nice", not "nice") the world's cities; a region
    named after its city is that city's country ("Donetsk Oblast", "the Kherson region")."""
    key = _normal(name)
    if key in gazetteer():
        return gazetteer()[key]
    if key in state_names() and (len(key) > 3 or bare(name).isupper()):  # "US", "UK", never "us"
        return state_names()[key]
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
