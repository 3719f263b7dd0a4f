"""PLOVER modes and contexts on the kind of article Parley serves: events of 180 BBC articles, labelled blind.

    .venv/bin/python bench/events_modes.py

The sample: the events Parley (the event step of 2784087, session 39's end) found in ukraine_media's bbc.csv
rows 150-329 (file order, non-empty text), ordered by sha1 of (url, sentence offset, trigger, type); the first 55
ASSAULT, 30 COERCE, 30 THREATEN, 30 AID, 25 MOBILIZE and 15 PROTEST events (the types with modes) and 60 of the
other types but CONSULT (for contexts only): 245 events; then the first 40 SANCTION and 35 RETREAT events not among
them (75 more, once modes were read for these two types). Helper annotators labelled each event's sentence, trigger
and type with the PLOVER manual's (0.7b1) definitions, without seeing Parley's modes or contexts (guide:
bench/data/event_modes_guide.md): whether the trigger names an act of that type, its mode (or none: the sentence
does not say how) and the contexts it concerns. A1 and A2 took alternate events of the 245, a third annotator 40 of
them for agreement (the verdict on the type 39 of 40, the mode 16 of 16, the first context among the other's 40 of
40), A3 the 75. The cues of modes.yaml and context.yaml were written before, from the manual and PLOVER's gold
records (bench/events_plover.py); then A1's disagreements were read once and mended (session 40), and the SANCTION
and RETREAT cues were written from the manual before A3's labels came: the "held out" columns (A2 and A3) are events
never read. The gold file (bench/data/event_modes_gold.jsonl) stores the article's URL, the sentence's offsets in
Parley's clean text and the sha1 of the sentence and of the trigger, never their text: the script re-runs Parley
and matches events by those.

Scored: mode, on events of the eight types with modes (``mode_asked``: the first part asked for the modes of six
types, the second for SANCTION's and RETREAT's) that the annotator says are of their type: Parley's mode equals
the gold (none = none), and precision / recall of the modes given; context, on events with a gold context: Parley's
context is one of the annotator's. Baselines in the same run: no mode at all (what Parley gave before session 40),
and each type's most frequent gold mode (leave-one-out, so it is told the type's distribution); for contexts, each
type's most frequent first gold context (leave-one-out) and "military" for all.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ukraine_media
from events_articles import clean_sample
from parley.analyze import analyze_many

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "event_modes_gold.jsonl"
ROWS = range(150, 330)
MODE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN", "AID", "SANCTION", "RETREAT"}
HELD = {"A2", "A3"}


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def parley_events() -> dict[tuple, dict]:
    """(url, sentence start, sentence sha1, trigger sha1, type) -> Parley's event, over the sample's articles."""
    rows = ukraine_media("bbc.csv")
    sample = [dict(rows[i], file="bbc.csv") for i in ROWS]
    out = {}
    for analysis in analyze_many([d for d in clean_sample(sample) if d.status == "ok"]):
        url = sample[int(analysis.document.id[2:])]["URL"]
        for event in analysis.events:
            evidence = event.evidence[0]
            key = (url, evidence.start, sha1(evidence.sentence), sha1(event.trigger or ""), event.type)
            out.setdefault(key, event.to_json())
    return out


def leave_one_out(labels: list[tuple[str, str | None]]) -> list[str | None]:
    """For each (group, label), the most frequent label of its group among the others."""
    counts: dict[str, Counter] = {}
    for group, label in labels:
        counts.setdefault(group, Counter())[label] += 1
    out = []
    for group, label in labels:
        others = counts[group].copy()
        others[label] -= 1
        out.append(max(others, key=lambda k: (others[k], str(k))) if +others else None)
    return out


def _share(right: int, n: int) -> str:
    return f"{right / n:.3f} ({right}/{n})" if n else "-"


def _right(pairs: list, agrees) -> str:
    return _share(sum(agrees(g, guess) for g, guess in pairs), len(pairs))


def _held(pairs: list) -> list:
    """The second and third annotators' events: never read while the cues were mended (the first's were, once)."""
    return [(g, guess) for g, guess in pairs if g["annotator"] in HELD]


def main() -> None:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = parley_events()
    matched = [(g, found.get((g["url"], g["start"], g["sha1"], g["trigger_sha1"], g["type"]))) for g in gold]
    again = sum(p is not None for _, p in matched)
    print(f"PLOVER modes and contexts on BBC articles: {len(gold)} labelled events, {again} found again by the event "
          f"step (bbc.csv rows {ROWS.start}-{ROWS.stop - 1})\n")
    modes = [(g, p) for g, p in matched if g["mode_asked"] and g["type_ok"] and p is not None]
    prior = leave_one_out([(g["type"], g["mode"]) for g, _ in modes])
    print("| system | mode right (none = none) | precision of modes given | recall of gold modes | mode right, "
          "held out |\n|---|---|---|---|---|")
    for name, guesses in (("no mode (Parley before session 40)", [None] * len(modes)),
                          ("the type's most frequent gold mode (leave-one-out)", prior),
                          ("Parley", [p["mode"] for _, p in modes])):
        pairs = [(g, guess) for (g, _), guess in zip(modes, guesses, strict=True)]
        given = [(g, guess) for g, guess in pairs if guess is not None]
        hits = sum(guess == g["mode"] for g, guess in given)
        wanted = sum(g["mode"] is not None for g, _ in pairs)
        precision = _share(hits, len(given)) if given else "-"
        print(f"| {name} | {_right(pairs, lambda g, guess: guess == g['mode'])} | {precision} | "
              f"{_share(hits, wanted)} | {_right(_held(pairs), lambda g, guess: guess == g['mode'])} |")
    by_type = {t: [(g, p) for g, p in modes if g["type"] == t] for t in sorted(MODE_TYPES)}
    print("\nParley's mode right by type: " + ", ".join(
        f"{t} {sum(p['mode'] == g['mode'] for g, p in pairs)}/{len(pairs)}" for t, pairs in by_type.items() if pairs))
    contexts = [(g, p) for g, p in matched if g["contexts"] and p is not None]
    prior = leave_one_out([(g["type"], g["contexts"][0]) for g, _ in contexts])
    print("\n| system | context among the annotator's | first context | among the annotator's, held out |\n"
          "|---|---|---|---|")
    for name, guesses in (("\"military\" for every event", ["military"] * len(contexts)),
                          ("the type's most frequent first context (leave-one-out)", prior),
                          ("Parley", [p["context"] for _, p in contexts])):
        pairs = [(g, guess) for (g, _), guess in zip(contexts, guesses, strict=True)]
        print(f"| {name} | {_right(pairs, lambda g, guess: guess in g['contexts'])} | "
              f"{_right(pairs, lambda g, guess: guess == g['contexts'][0])} | "
              f"{_right(_held(pairs), lambda g, guess: guess in g['contexts'])} |")
    typed = [g for g, p in matched if p is not None]
    print(f"\nAnnotators' verdict on the event step's types for these events: {sum(g['type_ok'] for g in typed)} of "
          f"{len(typed)} are acts of their type.")


if __name__ == "__main__":
    main()
