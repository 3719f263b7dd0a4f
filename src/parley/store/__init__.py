"""The store stage: owns the schema and all SQL. One module per backend; SQLite is the default.

``open_store`` picks the backend from the location: a file path (SQLite) today; a ``postgresql://`` URL
selects Postgres once that backend exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from parley.store.sqlite import SQLiteStore

DEFAULT_DB = "parley.db"

__all__ = ["DEFAULT_DB", "SQLiteStore", "open_store", "resolve_location"]


def resolve_location(location: str | None) -> str:
    return location or os.environ.get("PARLEY_DB") or DEFAULT_DB


def open_store(location: str | None = None) -> SQLiteStore:
    location = resolve_location(location)
    if location.startswith(("postgresql://", "postgres://")):
        raise NotImplementedError("the Postgres backend is not written yet; use a SQLite file path")
    return SQLiteStore(Path(location))
