"""Rendering records for people (rich tables) and for pipes (JSON lines, CSV with flattened columns)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rich.console import Console
from rich.table import Table


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted columns; lists of objects become '; '-joined columns per key."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            keys = list(dict.fromkeys(k for v in value for k in v))
            for k in keys:
                out[f"{name}.{k}"] = "; ".join("" if v.get(k) is None else _scalar(v.get(k)) for v in value)
        elif isinstance(value, list):
            out[name] = "; ".join(_scalar(v) for v in value)
        else:
            out[name] = value
    return out


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)


def _names(value: Any) -> str:
    items = value if isinstance(value, list) else [value]
    return ", ".join(i["name"] for i in items if i)


def _clip(text: str | None, width: int = 90) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


COLUMNS: dict[str, list[tuple[str, Callable[[dict[str, Any]], Any]]]] = {
    "docs": [("id", lambda r: r["id"]), ("published", lambda r: r["published"]),
             ("outlet", lambda r: (r["outlet"] or {}).get("name") or (r["outlet"] or {}).get("domain")),
             ("title", lambda r: _clip(r["title"], 60)), ("status", lambda r: r["status"]),
             ("reason", lambda r: r["reason"])],
    "events": [("date", lambda r: r["date"]), ("type", lambda r: r["type"]), ("mode", lambda r: r["mode"]),
               ("status", lambda r: r["status"]), ("actor", lambda r: _names(r["actor"])),
               ("recipient", lambda r: _names(r["recipient"])),
               ("where", lambda r: (r["location"] or {}).get("name")),
               ("evidence", lambda r: _clip(r["evidence"][0]["sentence"] if r["evidence"] else "", 70))],
    "quotes": [("speaker", lambda r: (r["speaker"] or {}).get("name") or r.get("speaker_text")),
               ("kind", lambda r: r["kind"]), ("cue", lambda r: r["cue"]), ("text", lambda r: _clip(r["text"])),
               ("doc", lambda r: r["doc_id"])],
    "citations": [("doc", lambda r: r["doc_id"]), ("source", lambda r: r["source"]["name"]),
                  ("kind", lambda r: r["kind"]), ("evidence", lambda r: _clip(r["evidence"], 70))],
    "actors": [("id", lambda r: r["id"]), ("name", lambda r: r["name"]), ("kind", lambda r: r["kind"]),
               ("role", lambda r: r["role"]), ("country", lambda r: r["country"]),
               ("mentions", lambda r: r["mentions"]), ("docs", lambda r: r.get("documents"))],
}


def print_records(kind: str, rows: Iterable[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(rows, sys.stdout)
    else:
        table = Table(show_lines=False)
        columns = COLUMNS[kind]
        for i, (header, _) in enumerate(columns):
            last = i == len(columns) - 1
            table.add_column(header, no_wrap=not last, overflow="fold" if last else "ellipsis",
                             min_width=None if last else min(len(header) + 2, 12))
        count = 0
        for row in rows:
            table.add_row(*("" if get(row) is None else str(get(row)) for _, get in columns))
            count += 1
        console = _console()
        console.print(table)
        console.print(f"{count} {kind}")


def _console() -> Console:
    """A console as wide as the terminal, or 160 columns when output goes to a file or pipe."""
    return Console() if sys.stdout.isatty() else Console(width=160)


def write_csv(rows: Iterable[dict[str, Any]], handle, delimiter: str = ",") -> int:
    """CSV with a header made of every flattened key seen in the first 1,000 rows (then fixed), in the order of
    the records' own fields ("recipient.*" where "recipient" stands, even when the first rows have none); a
    null object is blank cells under its columns."""
    records = iter(rows)
    raw = [r for _, r in zip(range(1000), records, strict=False)]
    head = [flatten(r) for r in raw]
    order = {key: i for i, key in enumerate(dict.fromkeys(k for r in raw for k in r))}
    seen = {key: i for i, key in enumerate(dict.fromkeys(k for r in head for k in r))}
    nested = {k.split(".", 1)[0] for k in seen if "." in k}
    fields = sorted((k for k in seen if k not in nested),
                    key=lambda k: (order.get(k.split(".", 1)[0], len(order)), seen[k]))
    iterator: Iterator[dict[str, Any]] = (flatten(r) for r in records)
    writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore", delimiter=delimiter)
    writer.writeheader()
    count = 0
    for row in (*head, *iterator):
        writer.writerow(row)
        count += 1
    return count


def print_summary_table(counts: dict[str, int], skipped: dict[str, int], *, ingested: int | None = None,
                        processed: int | None = None) -> None:
    table = Table(title="parley", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    if ingested is not None:
        table.add_row("new documents ingested", str(ingested))
    if processed is not None:
        table.add_row("documents processed now", str(processed))
    for name in ("documents", "ok", "skipped", "pending", "events", "quotes", "citations", "actors"):
        table.add_row(name, str(counts.get(name, 0)))
    console = _console()
    console.print(table)
    if skipped:
        reasons = Table(title="skipped by reason")
        reasons.add_column("reason")
        reasons.add_column("documents", justify="right")
        for reason, n in skipped.items():
            reasons.add_row(reason, str(n))
        console.print(reasons)
