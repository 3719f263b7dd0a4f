"""Build src/parley/data/actors/given_names.tsv: given names with the gender they almost always name.

    .venv/bin/pip install names==0.3.0 && .venv/bin/python bench/build_given_names.py

Source: the 1990 US Census lists of male and female first names with their frequency (public domain), as
packaged on PyPI by ``names`` (MIT). A name is kept for a gender when its frequency among that gender is at least
nine times its frequency among the other ("Olivia" f, "James" m; "Jordan", "Jean" and "Robin" are left out), so
that a pronoun of the other gender never binds to it ("He added" after "reporter Olivia Nuzzi" is not hers).
The registry's people (people.yaml, field ``g``) are read at run time and win over this file; names outside it
(most non-English given names) simply have no gender, as before.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "parley" / "data" / "actors" / "given_names.tsv"
RATIO = 9.0


def _frequencies(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            table[parts[0].lower()] = float(parts[1])
    return table


def main() -> None:
    import names  # noqa: PLC0415 (the build's source, not a dependency of Parley)

    here = Path(names.__file__).resolve().parent
    male, female = _frequencies(here / "dist.male.first"), _frequencies(here / "dist.female.first")
    rows = []
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            rows.append((name, "m"))
        elif f >= RATIO * m:
            rows.append((name, "f"))
    OUT.write_text("# given name (lower case)\tgender: built by bench/build_given_names.py from the 1990 US Census "
                   "first-name lists (public domain)\n" + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names ({sum(g == 'm' for _, g in rows)} m, {sum(g == 'f' for _, g in rows)} f; "
          f"{len(male.keys() | female.keys()) - len(rows)} left out as shared) -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
