"""ConfliBERT CAMEO actor spans: does Parley find the actors of diplomatic sentences, and do events use them?

Gold: ../shared/bench/events/conflibert/cameo_actors_train.conll marks source (S), target (T) and reciprocal
(R) actor spans. Each sentence is analyzed in-process (tokens joined by spaces; clean document built
directly). Reported, beside the spaCy NER baseline (PERSON/ORG/GPE/NORP entities) measured in the same run:

* span detection over all gold actor spans (any role), exact token span and overlap (a predicted span that
  shares a token with a gold span; each gold span matched once);
* for S and T spans that Parley resolves to an actor: is that actor among the top event's actors (S) or
  recipients (T)?  (depends on the events step as much as on actors);
* the cost of the actor step: its share of analysis time over 100 BBC articles (goal < 15%).

    .venv/bin/python bench/actors_conflibert.py [--limit N]
"""

from __future__ import annotations

import contextlib
import csv
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from _common import SHARED
from parley.analyze import STEPS, load_steps, to_analysis
from parley.analyze.context import DocContext
from parley.analyze.nlp import load_nlp
from parley.records import Analysis, CleanDocument

GOLD = SHARED / "bench" / "events" / "conflibert" / "cameo_actors_train.conll"
BBC = SHARED / "bench" / "news" / "ukraine_media" / "bbc.csv"
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
Span = tuple[int, int, str]  # start char, end char, role S|T|R (or "" for predictions)


def read_conll(path: Path) -> list[tuple[str, list[Span]]]:
    """Sentences as (text, gold spans with character offsets in the space-joined text)."""
    sentences, tokens, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            token, tag = line.rsplit(None, 1)
            tokens.append(token)
            tags.append(tag)
            continue
        if tokens:
            sentences.append(_spans(tokens, tags))
            tokens, tags = [], []
    return sentences


def _spans(tokens: list[str], tags: list[str]) -> tuple[str, list[Span]]:
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    spans: list[Span] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:])):
            end = i
            while end + 1 < len(tags) and tags[end + 1] == "I-" + tag[2:]:
                end += 1
            spans.append((offsets[i][0], offsets[end][1], tag[2:]))
    return " ".join(tokens), spans


def score(gold: list[list[Span]], pred: list[list[tuple[int, int]]]) -> dict[str, float]:
    exact = overlap = n_pred = n_gold = 0
    for g_spans, p_spans in zip(gold, pred, strict=True):
        n_gold += len(g_spans)
        n_pred += len(p_spans)
        exact += len({(s, e) for s, e, _ in g_spans} & set(p_spans))
        used: set[int] = set()
        for s, e, _ in g_spans:
            for k, (ps, pe) in enumerate(p_spans):
                if k not in used and ps < e and s < pe:
                    used.add(k)
                    overlap += 1
                    break
    out = {}
    for name, hits in (("exact", exact), ("overlap", overlap)):
        p = hits / n_pred if n_pred else 0.0
        r = hits / n_gold if n_gold else 0.0
        out[name] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def actor_at(analysis: Analysis, start: int, end: int) -> str | None:
    """The same rule as DocContext.actor_at: the longest mention overlapping the range."""
    found = [m for m in analysis.mentions if m.start < end and start < m.end]
    if not found:
        return None
    best = max(found, key=lambda m: (min(m.end, end) - max(m.start, start), m.end - m.start))
    return best.actor_id


def event_agreement(sentences, analyses) -> dict[str, tuple[int, int]]:
    """For S and T gold spans that resolve to an actor: (agreeing, total) against the top event."""
    counts = {"S": [0, 0], "T": [0, 0]}
    for (_, spans), analysis in zip(sentences, analyses, strict=True):
        events = sorted(analysis.events, key=lambda e: -e.confidence)
        for start, end, role in spans:
            if role not in counts:
                continue
            actor_id = actor_at(analysis, start, end)
            if actor_id is None:
                continue
            counts[role][1] += 1
            if events:
                side = events[0].actor if role == "S" else events[0].recipient
                counts[role][0] += actor_id in {ref.id for ref in side}
    return {k: (v[0], v[1]) for k, v in counts.items()}


def actor_cost(n_docs: int = 100) -> tuple[float, float, float]:
    """Seconds spent parsing, in all steps, and in the actor step, over the first BBC articles."""
    csv.field_size_limit(10**8)
    with BBC.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("Text")][:n_docs]
    nlp = load_nlp()
    steps = load_steps()
    spent = dict.fromkeys(STEPS, 0.0)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(r["Text"] for r in rows))
    parse = time.perf_counter() - t0
    for i, (row, doc) in enumerate(zip(rows, docs, strict=True)):
        document = CleanDocument(id=str(i), sha256="0", source=row["URL"], text=row["Text"], published=row["Date"][:10])
        ctx = DocContext(document=document, doc=doc)
        for name, step in steps.items():
            t = time.perf_counter()
            with contextlib.suppress(Exception):  # another step's failure must not stop the timing of ours
                step.run(ctx)
            spent[name] += time.perf_counter() - t
    return parse, sum(spent.values()), spent["actors"]


def analyze_all(documents: list[CleanDocument]) -> tuple[list[Analysis], str | None]:
    """Run every analysis step; a failure in another team's step is reported instead of hiding our figures."""
    nlp = load_nlp()
    steps = load_steps().items()
    analyses, failure = [], None
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        ctx = DocContext(document=document, doc=doc)
        for name, step in steps:
            if name == "actors":
                step.run(ctx)
                continue
            try:
                step.run(ctx)
            except Exception as error:  # noqa: BLE001 - reported in the output, see docstring
                failure = failure or f"{name} step: {type(error).__name__}: {error}"
        analyses.append(to_analysis(ctx))
    return analyses, failure


def main() -> int:
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    sentences = read_conll(GOLD)[:limit]
    documents = [CleanDocument(id=f"c{i:04d}", sha256="0", source="conflibert", text=t) for i, (t, _) in enumerate(sentences)]
    analyses, failure = analyze_all(documents)
    gold = [spans for _, spans in sentences]
    parley = [sorted({(m.start, m.end) for m in a.mentions}) for a in analyses]
    # CAMEO marks no pronouns: the same mentions without "he"/"his" show how much of the precision gap they are
    named = [sorted({(m.start, m.end) for m in a.mentions if m.via != "pronoun"}) for a in analyses]
    nlp = load_nlp()
    ner = [[(e.start_char, e.end_char) for e in doc.ents if e.label_ in NER_LABELS] for doc in nlp.pipe(t for t, _ in sentences)]
    n_spans = sum(len(g) for g in gold)
    print(f"ConfliBERT CAMEO actor spans: {len(sentences)} sentences, {n_spans} gold actor spans (S/T/R)\n")
    print("| system | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |")
    print("|---|---|---|---|---|---|---|")
    systems = (("spaCy NER baseline (PERSON/ORG/GPE/NORP)", ner), ("Parley actor mentions", parley),
               ("Parley actor mentions, pronouns left out", named))
    for name, pred in systems:
        s = score(gold, pred)
        print(f"| {name} | " + " | ".join(f"{x:.3f}" for k in ("exact", "overlap") for x in s[k]) + " |")
    agree = event_agreement(sentences, analyses)
    if failure:
        print(f"\n(note: {failure})")
    print("\n| gold role | spans resolved to an actor | top event agrees |")
    print("|---|---|---|")
    for role, label in (("S", "source (S) = event actor"), ("T", "target (T) = event recipient")):
        hits, total = agree[role]
        all_role = sum(1 for g in gold for *_, r in g if r == role)
        print(f"| {label} | {total}/{all_role} ({total / max(1, all_role):.3f}) | {hits}/{total} ({hits / max(1, total):.3f}) |")
    parse, steps, actors = actor_cost()
    total = parse + steps
    print(f"\nActor step cost over 100 BBC articles: parse {parse:.2f} s, all steps {steps:.2f} s, "
          f"actors {actors:.2f} s = {100 * actors / total:.1f}% of analysis time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
