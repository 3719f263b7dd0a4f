"""Exports: one file per table (documents, events, quotes, citations, actors), objects as in DESIGN.md §3.

JSONL keeps the nested objects; CSV and Parquet flatten them into dotted columns. Events carry the CAMEO
root code of their type (``cameo_root``) and the code their mode narrows it to (``cameo_code``: "ASSAULT" by
"heavy-weapons" is 194) for GDELT users. ``polecat`` and ``gdelt`` write one tab-separated events file in
the column layout users of those systems know (one row per event, first actor and first recipient).
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
    from parley.analyze.events import cameo_code, cameo_root

    for event in events:
        yield {**event, "cameo_root": cameo_root(event["type"]), "cameo_code": cameo_code(event["type"], event["mode"])}


def _first(value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        return value[0] if value else {}
    return value or {}


def _event_layout_rows(store, layout: str) -> Iterator[dict[str, Any]]:
    from parley.analyze.events import cameo_code
    from parley.analyze.events.lexicon import load_lexicon

    quad = load_lexicon().quad
    documents = {d["id"]: d for d in store.documents(with_text=False)}
    for event in store.events():
        actor, recipient = _first(event["actor"]), _first(event["recipient"])
        if not recipient and isinstance(event["actor"], list) and len(event["actor"]) > 1:
            recipient = event["actor"][1]  # "Lavrov and Blinken met": the second party is the counterpart
        evidence = event["evidence"][0] if event["evidence"] else {}
        doc = documents.get(evidence.get("doc_id"), {})
        date = event["date"] or doc.get("published") or ""
        location = event["location"] or {}
        if layout == "polecat":
            yield {
                "Event ID": event["id"], "Event Date": date, "Event Type": event["type"].lower(),
                "Event Mode": event["mode"] or "", "Event Status": event["status"],
                "Contexts": event.get("context") or "", "Actor Name": actor.get("name", ""),
                "Actor Country": actor.get("country") or "", "Actor Title": actor.get("role") or "",
                "Recipient Name": recipient.get("name", ""), "Recipient Country": recipient.get("country") or "",
                "Recipient Title": recipient.get("role") or "", "Placename": location.get("name") or "",
                "Country": location.get("country") or "", "Quad Code": quad.get(event["type"], ""),
                "Story ID": event.get("story_id") or "", "Source": ((doc.get("outlet") or {}).get("name") or ""),
                "URL": doc.get("url") or "", "Headline": doc.get("title") or "",
                "Evidence": evidence.get("sentence", ""), "Confidence": event["confidence"],
            }
        else:
            code = cameo_code(event["type"], event.get("mode"))
            yield {
                "GLOBALEVENTID": event["id"], "SQLDATE": date.replace("-", "")[:8],
                "Actor1Code": actor.get("country") or "", "Actor1Name": (actor.get("name") or "").upper(),
                "Actor1CountryCode": actor.get("country") or "",
                "Actor2Code": recipient.get("country") or "", "Actor2Name": (recipient.get("name") or "").upper(),
                "Actor2CountryCode": recipient.get("country") or "", "IsRootEvent": 1,
                "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2],
                "QuadClass": quad.get(event["type"], ""), "NumSources": event.get("n_sources") or 1,
                "ActionGeo_FullName": location.get("name") or "", "ActionGeo_CountryCode": location.get("country") or "",
                "DATEADDED": (doc.get("published") or "").replace("-", ""), "SOURCEURL": doc.get("url") or "",
                "ParleyType": event["type"], "ParleyStatus": event["status"],
            }


def export(store, out: str | Path, fmt: str) -> dict[str, int]:
    """Write every table to ``out``/<table>.<ext>, or the events in a POLECAT/GDELT layout; {path: rows}."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    if fmt in ("polecat", "gdelt"):
        path = folder / f"events.{fmt}.tsv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            written[str(path)] = write_csv(_event_layout_rows(store, fmt), handle, delimiter="\t")
        return written
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
