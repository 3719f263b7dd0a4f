"""Does training the sentence models on hand-coded article sentences help Parley on articles? Cross-fitted.

    .venv/bin/python bench/events_articles_cv.py               # every training set, article rows as shipped (0.2)
    .venv/bin/python bench/events_articles_cv.py --weight 2    # another weight for the article rows
    .venv/bin/python bench/events_articles_cv.py --frozen DIR  # fold models kept in DIR (train_events.frozen)

The sentence models learn from the annotated units of ``bench/events_articles.py``'s training sets
(``train_events.ARTICLE_SETS``: dev to dev18, dev23 to dev28; ``article_rows``, ``ARTICLE_WEIGHT``), so the shipped
models score those sets in sample.
Here each tuning set is scored by models trained on the *other* tuning sets' units plus ConfliBERT and PLOVER,
beside the recipe without article units (ConfliBERT + PLOVER only, as shipped before session 5) retrained in the
same run, with that script's matching and figures. The test set is never used. Prints one line per set and the
pooled P / R / F1, and the pooled agreement of actors and recipients among matched pairs (and of actors whose
every predicted party agrees).
"""

from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_articles as ea
import train_events
from events_common import contexts_before_events
from parley.analyze.events import EventCoder
from parley.analyze.events.lexicon import load_lexicon
from parley.analyze.events.model import EventModel
from train_events import ARTICLE_SETS, article_rows, frozen, sentence_training_rows, train

DEFAULT_WEIGHT = train_events.ARTICLE_WEIGHT  # the shipped weight (session 9: 0.2; see train_events.py)


def contexts(sample: list[dict]) -> list:
    """Each article cleaned as ``events_articles.run_parley`` cleans it, then every step before events."""
    return contexts_before_events([d for d in ea.clean_sample(sample) if d.status == "ok"])


def predict(model: EventModel, ctxs: list, n: int) -> list[list[dict]]:
    coder = EventCoder(model, load_lexicon())
    events: list[list[dict]] = [[] for _ in range(n)]
    for ctx in ctxs:
        ctx.events = []
        coder.run(ctx)
        events[int(ctx.doc_id[2:])] = [e.to_json() for e in ctx.events]
    return events


def crossed_model(name: str, quad_train: list, type_train: list) -> EventModel:
    """The sentence models that score training set ``name``: trained on the sentence rows and the other training
    sets' units (a model per article weight; ``--frozen DIR`` keeps it)."""
    others = [article_rows((other,)) for other in ARTICLE_SETS if other != name]
    return frozen(f"articles-{name}-w{train_events.ARTICLE_WEIGHT}", partial(
        train, quad_train, type_train, ([r for q, _ in others for r in q], [r for _, t in others for r in t])))


def main() -> None:
    train_events.ARTICLE_WEIGHT = float(sys.argv[sys.argv.index("--weight") + 1]) if "--weight" in sys.argv[:-1] \
        else DEFAULT_WEIGHT
    started = time.perf_counter()
    quad_train, type_train = sentence_training_rows()
    without = frozen("articles-without", partial(train, quad_train, type_train, ([], [])))
    print(f"tuning sets {', '.join(ARTICLE_SETS)}; each article row weighing {train_events.ARTICLE_WEIGHT}\n")
    print("| held-out set | units | gold events | ConfliBERT + PLOVER only: P / R / F1 | "
          "+ the other tuning sets' units: P / R / F1 |")
    print("|---|---|---|---|---|")
    pooled = {"without": [0, 0, 0], "with": [0, 0, 0]}
    # actor agreed / judged, recipient agreed / judged, actor agreed with every predicted party
    agreed = {"without": [0, 0, 0, 0, 0], "with": [0, 0, 0, 0, 0]}
    for name in ARTICLE_SETS:
        units, sample = ea.load_gold(name)
        crossed = crossed_model(name, quad_train, type_train)
        ctxs = contexts(sample)
        cells = []
        for key, model in (("without", without), ("with", crossed)):
            r = ea.score(units, ea.assign(predict(model, ctxs, len(sample)), units, sample))
            for k, v in enumerate((r["matched"], r["pred"], r["gold"])):
                pooled[key][k] += v
            for k, v in enumerate((*r["actor"], *r["recipient"], r["actor_every"][0])):
                agreed[key][k] += v
            cells.append(f"{r['precision']:.3f} / {r['recall']:.3f} / **{r['f1']:.3f}**")
        print(f"| {name} | {len(units)} | {r['gold']} | {cells[0]} | {cells[1]} |")
    line = []
    for key in ("without", "with"):
        tp, pred, gold = pooled[key]
        p, r = tp / max(pred, 1), tp / max(gold, 1)
        line.append(f"{p:.3f} / {r:.3f} / **{2 * p * r / max(p + r, 1e-9):.3f}**")
    print(f"| pooled | | | {line[0]} | {line[1]} |")
    for key in ("without", "with"):
        actor, judged, recipient, named, every = agreed[key]
        print(f"\nparties ({key} article rows), among matched pairs whose gold side is named: actor "
              f"{actor / max(judged, 1):.3f} ({actor}/{judged}; every party {every}/{judged}), recipient "
              f"{recipient / max(named, 1):.3f} ({recipient}/{named})")
    print(f"\n{time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
