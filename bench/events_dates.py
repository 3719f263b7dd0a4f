"""Event dates on whole news articles: the date Parley gives each event against hand-dated gold events.

    .venv/bin/python bench/events_dates.py                 # the tuning sets (dev to dev8): tables + errors
    .venv/bin/python bench/events_dates.py --show          # the same errors with each sentence (terminal only)
    .venv/bin/python bench/events_dates.py --set dev7      # one tuning set
    .venv/bin/python bench/events_dates.py --held-out      # test, dev19-dev22: tables only, no errors

Gold: bench/data/event_dates_<set>.jsonl gives, for each gold event of bench/events_articles.py's sets (by
article, unit and the event's index in the unit), the date a careful reader gives it: ``date`` at its
``precision`` (day "2022-03-14", week = that week's Monday, month "2022-03", year "2022", or null), the
``basis`` of the date (``stated``: a time expression of the sentence dates the event; ``context``: an earlier
sentence or the title does; ``published``: the event is reported as the day's news, dated by publication;
``none``: the text does not tell) and the ``expression`` read. Helper annotators dated the events in session 12
from the text alone (guidelines in docs/BENCHMARKS.md), before any Parley output on the dates was read; the dev
set was dated twice, independently, for an agreement figure (``event_dates_dev_b.jsonl``).

Parley's events are matched to the gold events as bench/events_articles.py matches them (same unit, same type);
dates are compared on the matched pairs only (event recall is that script's business). The reference systems
date the same pairs: GDELT's convention (every event on its article's publication day) and dateparser's
``search_dates`` over the sentence, relative to the publication date (the first date found dates every event of
the sentence, at the period dateparser reports).

Outcomes per pair: ``exact`` (same date and precision, or both undated), ``within`` (one date's span holds the
other's: "last week" answered with its month), ``wrong`` (disjoint spans), ``missed`` (gold dated, system not),
``spurious`` (gold undated, system dated). Accuracy = exact / pairs.
"""

from __future__ import annotations

import calendar
import json
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_articles as ea

HERE = Path(__file__).resolve().parent
TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")
HELD_OUT = ("test", "dev19", "dev20", "dev21", "dev22")
OUTCOMES = ("exact", "within", "wrong", "missed", "spurious")
BASES = ("stated", "context", "published", "none")


def gold_dates(name: str, suffix: str = "") -> dict[tuple[int, int, int], dict]:
    path = HERE / "data" / f"event_dates_{name}{suffix}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["article"], r["unit"], r["event"]): r for r in rows}


def span(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """The first and last day a date at its precision covers."""
    if not value or not precision:
        return None
    try:
        if precision == "day":
            d = date.fromisoformat(value[:10])
            return d, d
        if precision == "week":
            d = date.fromisoformat(value[:10])
            return d, d + timedelta(days=6)
        if precision == "month":
            y, m = int(value[:4]), int(value[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if precision == "year":
            y = int(value[:4])
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


def outcome(gold: tuple[date, date] | None, pred: tuple[date, date] | None) -> str:
    if gold is None:
        return "exact" if pred is None else "spurious"
    if pred is None:
        return "missed"
    if gold == pred:
        return "exact"
    if (pred[0] <= gold[0] and gold[1] <= pred[1]) or (gold[0] <= pred[0] and pred[1] <= gold[1]):
        return "within"
    return "wrong"


# ---------------------------------------------------------------- reference systems

def publication_day(row: dict) -> tuple[str, str] | None:
    """GDELT's convention: an event is dated by the day its article was published."""
    return (row["Date"][:10], "day") if row.get("Date") else None


def dateparser_dates(texts: list[str], published: list[str]) -> list[tuple[str, str] | None]:
    """dateparser's search_dates over each sentence, relative to its publication date: the first date found,
    at the period dateparser gives it (day, week, month or year)."""
    from datetime import datetime

    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    out: list[tuple[str, str] | None] = []
    for text, pub in zip(texts, published, strict=True):
        base = datetime.fromisoformat(pub[:10]) if pub else None
        settings = {"RELATIVE_BASE": base} if base else {}
        try:
            found = search_dates(text, languages=["en"], settings=settings) or []
        except Exception:  # noqa: BLE001 - a reference tool's crash on a sentence counts as no date
            found = []
        result = None
        for expression, when in found:
            data = DateDataParser(languages=["en"], settings=settings).get_date_data(expression)
            period = data.period if data and data.date_obj else "day"
            d = when.date()
            if period == "week":
                d -= timedelta(days=d.weekday())
            result = {"day": (d.isoformat(), "day"), "week": (d.isoformat(), "week"),
                      "month": (f"{d.year:04d}-{d.month:02d}", "month"),
                      "year": (f"{d.year:04d}", "year")}.get(period, (d.isoformat(), "day"))
            break
        out.append(result)
    return out


# ---------------------------------------------------------------- scoring

def score_sets(names: tuple[str, ...]) -> tuple[dict[str, dict], list[tuple], int]:
    systems = ("publication day, every event (GDELT's convention)",
               "dateparser search_dates, first date of the sentence", "Parley event step")
    tallies = {s: {b: Counter() for b in (*BASES, "all")} for s in systems}
    errors, n_gold = [], 0
    for name in names:
        gold = gold_dates(name)
        units, sample = ea.load_gold(name)
        pred, _ = ea.run_parley(sample)
        by_unit = ea.assign(pred, units, sample)
        dp = dateparser_dates([sample[u["article"]]["Text"][u["start"]:u["end"]] for u in units],
                              [sample[u["article"]]["Date"] for u in units])
        for u, dp_date in zip(units, dp, strict=True):
            n_gold += len(u["events"])
            index = {id(g): k for k, g in enumerate(u["events"])}
            for g, p in ea.match(u["events"], by_unit[(u["article"], u["unit"])]):
                ref = gold[(u["article"], u["unit"], index[id(g)])]
                want = span(ref["date"], ref["precision"])
                answers = (publication_day(sample[u["article"]]), dp_date, (p.get("date"), p.get("date_precision")))
                for system, answer in zip(systems, answers, strict=True):
                    got = span(*answer) if answer else None
                    result = outcome(want, got)
                    for b in (ref["basis"], "all"):
                        tallies[system][b][result] += 1
                    if system == systems[-1] and result != "exact":
                        errors.append((name, u, ref, p, result,
                                       sample[u["article"]]["Text"][u["start"]:u["end"]]))
    return tallies, errors, n_gold


def table(tallies: dict[str, dict]) -> str:
    lines = ["| system | pairs | accuracy | " + " | ".join(OUTCOMES) + " | stated | context | published | none |",
             "|---|---|---|" + "---|" * len(OUTCOMES) + "---|---|---|---|"]
    for system, by_basis in tallies.items():
        total = by_basis["all"]
        n = sum(total.values())
        cells = [str(total[o]) for o in OUTCOMES]
        per_basis = []
        for b in BASES:
            m = sum(by_basis[b].values())
            per_basis.append(f"{by_basis[b]['exact'] / m:.2f} ({by_basis[b]['exact']}/{m})" if m else "-")
        lines.append(f"| {system} | {n} | **{total['exact'] / n:.3f}** | " + " | ".join(cells) + " | "
                     + " | ".join(per_basis) + " |")
    return "\n".join(lines)


def agreement(name: str = "dev") -> str:
    """How often two annotators who dated the same set independently agree (exact, within, otherwise)."""
    a, b = gold_dates(name), gold_dates(name, "_b")
    results = Counter(outcome(span(a[k]["date"], a[k]["precision"]), span(b[k]["date"], b[k]["precision"]))
                      for k in a if k in b)
    basis = sum(a[k]["basis"] == b[k]["basis"] for k in a if k in b)
    n = sum(results.values())
    return (f"Two annotators on {name} ({n} events): same date {results['exact'] / n:.3f}, one within the other "
            f"{results['within'] / n:.3f}; same basis {basis / n:.3f}")


def main() -> None:
    held_out = "--held-out" in sys.argv
    show = "--show" in sys.argv and not held_out
    chosen = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv[:-1] else None
    if chosen is not None and chosen not in TUNING:
        raise SystemExit(f"--set is one of {', '.join(TUNING)}; the held-out sets are read with --held-out only")
    names = HELD_OUT if held_out else (chosen,) if chosen else TUNING
    started = time.perf_counter()
    tallies, errors, n_gold = score_sets(names)
    pairs = sum(tallies["Parley event step"]["all"].values())
    print(f"Event dates on whole articles: sets {', '.join(names)}; {n_gold} gold events, {pairs} matched by "
          f"Parley's events and dated by every system; {time.perf_counter() - started:.0f} s\n")
    print(table(tallies))
    print("\naccuracy = exact / pairs; the last four columns: accuracy by the gold date's basis")
    if not held_out and (HERE / "data" / "event_dates_dev_b.jsonl").exists():
        print("\n" + agreement())
    if held_out:
        return
    print("\nParley's date errors (set article.unit type: gold date/precision/basis -> Parley's):")
    for name, u, ref, p, result, text in errors:
        line = (f"{name} {u['article']}.{u['unit']} {p['type']} {result}: gold {ref['date']}/{ref['precision']}/"
                f"{ref['basis']} ({ref.get('expression')!r}) -> {p.get('date')}/{p.get('date_precision')}")
        print(line)
        if show:
            print("    " + text[:300])


if __name__ == "__main__":
    main()
