"""Exports: one file per table (documents, events, quotes, citations, actors), objects as in DESIGN.md §3.

JSONL keeps the nested objects; CSV and Parquet flatten them into dotted columns. Events carry the CAMEO
root code (``cameo_root``) for GDELT users.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from parley.render import flatten, write_csv

TABLES = ("documents", "events", "quotes", "citations", "actors")


def _rows(store, table: str) -> Iterator[dict[str, Any]]:
    if table == "documents":
        return store.documents()
    if table == "events":
        return _with_cameo(store.events())
    return getattr(store, table)()


def _with_cameo(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    from parley.analyze.events import cameo_root

    for event in events:
        yield {**event, "cameo_root": cameo_root(event["type"])}


def export(store, out: str | Path, fmt: str) -> dict[str, int]:
    """Write every table to ``out``/<table>.<ext>; returns {path: rows written}."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for table in TABLES:
        path = folder / f"{table}.{fmt}"
        rows = _rows(store, table)
        if fmt == "jsonl":
            with path.open("w", encoding="utf-8") as handle:
                n = write_jsonl(rows, handle)
        elif fmt == "csv":
            with path.open("w", encoding="utf-8", newline="") as handle:
                n = write_csv(rows, handle)
        elif fmt == "parquet":
            n = _write_parquet(rows, path)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
        written[str(path)] = n
    return written


def write_jsonl(rows: Iterable[dict[str, Any]], handle) -> int:
    lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return sum(handle.write(line) > 0 for line in lines)


def _write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pyarrow is the `parquet` extra
        raise SystemExit("Parquet export needs pyarrow: pip install 'parley[parquet]'") from exc
    flat = [flatten(r) for r in rows]
    fields = list(dict.fromkeys(k for r in flat for k in r))
    columns = {f: [_cell(r.get(f)) for r in flat] for f in fields}
    pq.write_table(pa.table(columns) if flat else pa.table({}), path)
    return len(flat)


def _cell(value: Any) -> Any:
    """Parquet columns need one type: numbers and booleans stay, everything else becomes text."""
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)
