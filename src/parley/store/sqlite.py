"""SQLite backend: the schema, its migrations, and every SQL statement Parley runs against SQLite.

Design notes:
- WAL mode and one transaction per batch, so a run killed at any moment (even ``kill -9``) leaves every
  committed batch intact and every uncommitted document still ``pending`` for the next run to finish.
- Raw bytes live in ``raw`` keyed by sha256 and are never rewritten; ``documents`` holds what clean and
  analyze made of them, so any stage can be re-run from the raw copy.
- Analysis rows of a document are replaced as a whole (delete + insert in one transaction): re-processing
  never duplicates rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parley.outlets import outlet_ids
from parley.records import Actor, ActorRef, Analysis, RawDocument, SourceHints

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE raw (
        sha256 TEXT PRIMARY KEY,
        content BLOB NOT NULL,
        size INTEGER NOT NULL
    );
    CREATE TABLE provenance (
        sha256 TEXT NOT NULL REFERENCES raw(sha256),
        source TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (sha256, source)
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        command TEXT NOT NULL,
        args TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        n_ingested INTEGER NOT NULL DEFAULT 0,
        n_processed INTEGER NOT NULL DEFAULT 0,
        n_skipped INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE REFERENCES raw(sha256),
        source TEXT NOT NULL,
        hints TEXT NOT NULL DEFAULT '{}',
        url TEXT,
        title TEXT,
        published TEXT,
        published_source TEXT,
        outlet_name TEXT,
        outlet_domain TEXT,
        language TEXT,
        byline TEXT,
        text TEXT NOT NULL DEFAULT '',
        summary TEXT,
        story_id TEXT,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ok', 'skipped')),
        reason TEXT,
        flags TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL,
        processed_at TEXT,
        run_id INTEGER REFERENCES runs(id)
    );
    CREATE INDEX documents_status ON documents(status);
    CREATE INDEX documents_published ON documents(published);
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        role TEXT,
        country TEXT,
        aliases TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id),
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        via TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        mode TEXT,
        status TEXT NOT NULL,
        date TEXT,
        date_precision TEXT,
        location_name TEXT,
        location_country TEXT,
        confidence REAL NOT NULL DEFAULT 0,
        context TEXT,
        story_id TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_type ON events(type);
    CREATE TABLE event_parties (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id),
        role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
        position INTEGER NOT NULL,
        PRIMARY KEY (event_id, role, position)
    );
    CREATE INDEX event_parties_actor ON event_parties(actor_id);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        speaker_id TEXT REFERENCES actors(id),
        speaker_text TEXT,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        cue TEXT
    );
    CREATE INDEX quotes_doc ON quotes(doc_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL,
        source_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        evidence TEXT NOT NULL,
        start_char INTEGER NOT NULL DEFAULT 0,
        end_char INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX citations_doc ON citations(doc_id);
    """,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Filters:
    """Query filters shared by the list views (CLI, API). Empty fields filter nothing."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    status: str | None = None
    mode: str | None = None  # events only
    context: str | None = None  # events only
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    search: str | None = None
    limit: int | None = None


class SQLiteStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.migrate()

    # -- schema -------------------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (taken at once, so concurrent writers queue instead of deadlocking)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def migrate(self) -> None:
        version = self.schema_version
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------------------------
    def start_run(self, command: str, args: dict[str, Any]) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs(command, args, started_at) VALUES (?, ?, ?)", (command, json.dumps(args), _now())
        )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, *, ingested: int, processed: int, skipped: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at=?, status=?, n_ingested=?, n_processed=?, n_skipped=? WHERE id=?",
            (_now(), status, ingested, processed, skipped, run_id),
        )

    # -- ingest -------------------------------------------------------------------------------------------
    def add_raw_batch(self, raws: Sequence[RawDocument], run_id: int | None = None) -> int:
        """Store raw documents not seen before (by sha256) as pending; returns how many were new."""
        with self.transaction():
            return sum(self._add_raw(raw, run_id) for raw in raws)

    def _add_raw(self, raw: RawDocument, run_id: int | None) -> int:
        self.db.execute(
            "INSERT OR IGNORE INTO raw(sha256, content, size) VALUES (?, ?, ?)",
            (raw.sha256, raw.content, len(raw.content)),
        )
        self.db.execute(
            "INSERT OR IGNORE INTO provenance(sha256, source, ingested_at) VALUES (?, ?, ?)",
            (raw.sha256, raw.source, raw.ingested_at or _now()),
        )
        if self.db.execute("SELECT 1 FROM documents WHERE sha256=?", (raw.sha256,)).fetchone():
            return 0
        doc_id = raw.doc_id
        if self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone():
            doc_id = f"{doc_id}-{raw.sha256[:8]}"  # same user id, different bytes: keep both
        status, reason = ("skipped", raw.problem) if raw.problem else ("pending", None)
        self.db.execute(
            "INSERT INTO documents(id, sha256, source, hints, url, title, status, reason, ingested_at, run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, raw.sha256, raw.source, json.dumps(_hints_json(raw.hints)), raw.hints.url, raw.hints.title,
             status, reason, raw.ingested_at or _now(), run_id),
        )
        return 1

    def requeue(self, *, errors_only: bool = True) -> int:
        """Mark documents pending again: those that failed with an error, or every one (to re-analyze all)."""
        sql = "UPDATE documents SET status='pending', reason=NULL WHERE sha256 IN (SELECT sha256 FROM raw WHERE size > 0)"
        if errors_only:
            sql += " AND status='skipped' AND reason LIKE 'error:%'"
        return self.db.execute(sql).rowcount

    def pending_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents WHERE status='pending' ORDER BY seq")]

    def raw_documents(self, doc_ids: Sequence[str]) -> list[RawDocument]:
        """Rebuild the RawDocuments of stored documents (their id becomes the hint id, so it is kept)."""
        rows = self.db.execute(
            f"SELECT d.id, d.sha256, d.source, d.hints, d.ingested_at, r.content FROM documents d"
            f" JOIN raw r ON r.sha256 = d.sha256 WHERE d.id IN ({','.join('?' * len(doc_ids))})",
            tuple(doc_ids),
        ).fetchall()
        by_id = {row["id"]: row for row in rows}
        out = []
        for doc_id in doc_ids:
            row = by_id.get(doc_id)
            if row is None:
                continue
            hints = {**json.loads(row["hints"]), "id": row["id"]}
            out.append(RawDocument(sha256=row["sha256"], content=bytes(row["content"]), source=row["source"],
                                   hints=SourceHints(**hints), ingested_at=row["ingested_at"]))
        return out

    # -- analysis results ---------------------------------------------------------------------------------
    def save_analyses(self, analyses: Iterable[Analysis], run_id: int | None = None) -> int:
        """Write a batch of analyses in one transaction; each document's old rows are replaced."""
        with self.transaction():
            return sum(self._save(analysis, run_id) for analysis in analyses)

    def _save(self, analysis: Analysis, run_id: int | None) -> int:
        doc = analysis.document
        doc_id = doc.id
        for table in ("mentions", "quotes", "citations", "events"):
            self.db.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
        for actor in analysis.actors:
            self._upsert_actor(actor)
        for ref in _refs(analysis):
            self._ensure_actor(ref)
        self.db.executemany(
            "INSERT INTO mentions(doc_id, actor_id, start_char, end_char, text, via) VALUES (?, ?, ?, ?, ?, ?)",
            [(doc_id, m.actor_id, m.start, m.end, m.text, m.via) for m in analysis.mentions],
        )
        for event in analysis.events:
            data = event.to_json()
            self.db.execute(
                "INSERT OR REPLACE INTO events(id, doc_id, type, mode, status, date, date_precision, location_name,"
                " location_country, confidence, context, story_id, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (event.id, doc_id, event.type, event.mode, event.status, event.date, event.date_precision,
                 event.location.name if event.location else None,
                 event.location.country if event.location else None,
                 event.confidence, event.context, event.story_id, json.dumps(data)),
            )
            parties = [("actor", i, r) for i, r in enumerate(event.actor)]
            parties += [("recipient", i, r) for i, r in enumerate(event.recipient)]
            self.db.executemany(
                "INSERT OR IGNORE INTO event_parties(event_id, actor_id, role, position) VALUES (?, ?, ?, ?)",
                [(event.id, ref.id, role, i) for role, i, ref in parties],
            )
        self.db.executemany(
            "INSERT OR REPLACE INTO quotes(id, doc_id, text, kind, speaker_id, speaker_text, start_char, end_char, cue)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(q.id, doc_id, q.text, q.kind, q.speaker.id if q.speaker else None, q.speaker_text, q.start, q.end,
              q.cue) for q in analysis.quotes],
        )
        self.db.executemany(
            "INSERT INTO citations(doc_id, source_id, source_name, kind, evidence, start_char, end_char)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, c.source_id, c.source_name, c.kind, c.evidence, c.start, c.end) for c in analysis.citations],
        )
        flags = [f.to_json() for f in (*doc.flags, *analysis.flags)]
        self.db.execute(
            "UPDATE documents SET title=?, url=?, published=?, published_source=?, outlet_name=?, outlet_domain=?,"
            " language=?, byline=?, text=?, summary=?, status=?, reason=?, flags=?, processed_at=?,"
            " run_id=COALESCE(?, run_id) WHERE id=?",
            (doc.title, doc.url, doc.published, doc.published_source,
             doc.outlet.name if doc.outlet else None, doc.outlet.domain if doc.outlet else None,
             doc.language, doc.byline, doc.text, " ".join(analysis.summary) or None, doc.status, doc.reason,
             json.dumps(flags), _now(), run_id, doc_id),
        )
        return 1

    def _upsert_actor(self, actor: Actor) -> None:
        row = self.db.execute("SELECT * FROM actors WHERE id=?", (actor.id,)).fetchone()
        if row is None:
            self.db.execute(
                "INSERT INTO actors(id, name, kind, role, country, aliases) VALUES (?, ?, ?, ?, ?, ?)",
                (actor.id, actor.name, actor.kind, actor.role, actor.country, json.dumps(sorted(set(actor.aliases)))),
            )
            return
        aliases = sorted(set(json.loads(row["aliases"])) | set(actor.aliases) | ({row["name"]} - {actor.name}))
        self.db.execute(
            "UPDATE actors SET role=COALESCE(role, ?), country=COALESCE(country, ?), aliases=? WHERE id=?",
            (actor.role, actor.country, json.dumps(aliases), actor.id),
        )

    def _ensure_actor(self, ref: ActorRef) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO actors(id, name, kind, role, country) VALUES (?, ?, ?, ?, ?)",
            (ref.id, ref.name, "organization" if ref.id in outlet_ids() or ref.id.startswith("outlet:") else "person",
             ref.role, ref.country),
        )

    # -- views --------------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for name, sql in (
            ("documents", "SELECT count(*) FROM documents"),
            ("ok", "SELECT count(*) FROM documents WHERE status='ok'"),
            ("skipped", "SELECT count(*) FROM documents WHERE status='skipped'"),
            ("pending", "SELECT count(*) FROM documents WHERE status='pending'"),
            ("events", "SELECT count(*) FROM events"),
            ("quotes", "SELECT count(*) FROM quotes"),
            ("citations", "SELECT count(*) FROM citations"),
            ("actors", "SELECT count(DISTINCT actor_id) FROM mentions"),
        ):
            out[name] = int(self.db.execute(sql).fetchone()[0])
        return out

    def skipped_reasons(self, run_id: int | None = None) -> dict[str, int]:
        sql = "SELECT reason, count(*) FROM documents WHERE status='skipped'"
        params: tuple[Any, ...] = ()
        if run_id is not None:
            sql += " AND run_id=?"
            params = (run_id,)
        return {row[0] or "unknown": row[1] for row in self.db.execute(sql + " GROUP BY reason ORDER BY 2 DESC", params)}

    def documents(self, f: Filters = Filters(), *, with_text: bool = True) -> Iterator[dict[str, Any]]:
        where, params = ["1=1"], []
        _equal(where, params, "d.status", f.status)
        where_docs, params_docs = _doc_filters(f)
        sql = f"SELECT d.* FROM documents d WHERE {' AND '.join(where + where_docs)} ORDER BY d.published, d.seq"
        for row in self._select(sql, params + params_docs, f.limit):
            yield _document_json(row, with_text=with_text)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            row = self.db.execute("SELECT * FROM documents WHERE id LIKE ? ORDER BY seq", (doc_id + "%",)).fetchone()
        return _document_json(row) if row else None

    def events(self, f: Filters = Filters()) -> Iterator[dict[str, Any]]:
        where, params = _doc_filters(f, date_column="COALESCE(e.date, d.published)", end_column=_EVENT_END)
        _equal(where, params, "e.type", f.type.upper() if f.type else None)
        _equal(where, params, "e.status", f.status)
        _equal(where, params, "e.mode", f.mode.lower() if f.mode else None)
        _equal(where, params, "e.context", f.context.lower() if f.context else None)
        for role, value in (("actor", f.actor), ("recipient", f.recipient)):
            if value:
                where.append(
                    "e.id IN (SELECT p.event_id FROM event_parties p JOIN actors a ON a.id=p.actor_id"
                    f" WHERE p.role=? AND {_ACTOR_MATCH})"
                )
                params += [role, *_actor_params(value)]
        sql = (f"SELECT e.data FROM events e JOIN documents d ON d.id=e.doc_id WHERE {' AND '.join(where) or '1=1'}"
               " ORDER BY COALESCE(e.date, d.published), e.doc_id, e.id")
        for row in self._select(sql, params, f.limit):
            yield json.loads(row["data"])

    def quotes(self, f: Filters = Filters()) -> Iterator[dict[str, Any]]:
        where, params = _doc_filters(f)
        if f.actor:
            where.append(f"q.speaker_id IN (SELECT a.id FROM actors a WHERE {_ACTOR_MATCH})")
            params += _actor_params(f.actor)
        _equal(where, params, "q.kind", f.type)
        sql = ("SELECT q.*, a.name AS speaker_name, a.country AS speaker_country, a.role AS speaker_role FROM quotes q"
               " JOIN documents d ON d.id=q.doc_id LEFT JOIN actors a ON a.id=q.speaker_id"
               f" WHERE {' AND '.join(where) or '1=1'} ORDER BY d.published, q.doc_id, q.start_char")
        for row in self._select(sql, params, f.limit):
            speaker = None
            if row["speaker_id"]:
                speaker = {"id": row["speaker_id"], "name": row["speaker_name"], "country": row["speaker_country"],
                           "role": row["speaker_role"]}
            yield {"id": row["id"], "text": row["text"], "kind": row["kind"], "speaker": speaker,
                   "speaker_text": row["speaker_text"], "doc_id": row["doc_id"], "start": row["start_char"],
                   "end": row["end_char"], "cue": row["cue"]}

    def citations(self, f: Filters = Filters()) -> Iterator[dict[str, Any]]:
        where, params = _doc_filters(f)
        _equal(where, params, "c.kind", f.type)
        sql = (f"SELECT c.* FROM citations c JOIN documents d ON d.id=c.doc_id WHERE {' AND '.join(where) or '1=1'}"
               " ORDER BY c.doc_id, c.start_char")
        for row in self._select(sql, params, f.limit):
            yield {"doc_id": row["doc_id"], "source": {"id": row["source_id"], "name": row["source_name"]},
                   "kind": row["kind"], "evidence": row["evidence"], "start": row["start_char"], "end": row["end_char"]}

    def actors(self, f: Filters = Filters()) -> Iterator[dict[str, Any]]:
        where, params = ["1=1"], []
        if f.actor or f.search:
            where.append(_ACTOR_MATCH)
            params += _actor_params(f.actor or f.search or "")
        _equal(where, params, "a.kind", f.type)
        sql = ("SELECT a.*, (SELECT count(*) FROM mentions m WHERE m.actor_id=a.id) AS n_mentions,"
               " (SELECT count(DISTINCT m.doc_id) FROM mentions m WHERE m.actor_id=a.id) AS n_documents"
               f" FROM actors a WHERE {' AND '.join(where)} ORDER BY n_mentions DESC, a.name")
        for row in self._select(sql, params, f.limit):
            yield {"id": row["id"], "name": row["name"], "aliases": json.loads(row["aliases"]), "role": row["role"],
                   "country": row["country"], "kind": row["kind"], "mentions": row["n_mentions"],
                   "documents": row["n_documents"]}

    def _select(self, sql: str, params: Sequence[Any], limit: int | None) -> Iterator[sqlite3.Row]:
        if limit:
            sql += f" LIMIT {int(limit)}"
        yield from self.db.execute(sql, tuple(params))

    def duplicate_rows(self) -> dict[str, int]:
        """Rows that would be duplicates of others (used by the resume checks): should always be zero."""
        checks = {
            "documents": "SELECT count(*) - count(DISTINCT sha256) FROM documents",
            "mentions": "SELECT count(*) FROM (SELECT 1 FROM mentions GROUP BY doc_id, actor_id, start_char,"
                        " end_char HAVING count(*) > 1)",
            "citations": "SELECT count(*) FROM (SELECT 1 FROM citations GROUP BY doc_id, source_id, start_char,"
                         " evidence HAVING count(*) > 1)",
        }
        return {name: int(self.db.execute(sql).fetchone()[0]) for name, sql in checks.items()}


_ACTOR_MATCH = "(a.id = ? OR a.name LIKE ? OR a.aliases LIKE ?)"


def _equal(where: list[str], params: list[Any], column: str, value: str | None) -> None:
    """Add ``column = value`` to a WHERE clause when a filter value was given."""
    if value:
        where.append(f"{column}=?")
        params.append(value)


def _actor_params(value: str) -> list[str]:
    return [value, f"%{value}%", f"%{value}%"]


# the last day an event's date covers, as text that sorts after every day of it: a week runs to its Sunday, and a
# month or a year ("2022-03") followed by U+FFFF sorts after each of its days ("2022-03-31")
_EVENT_END = ("COALESCE(CASE WHEN e.date_precision = 'week' THEN date(e.date, '+6 days') ELSE e.date END, d.published)"
              " || char(65535)")


def _doc_filters(f: Filters, date_column: str = "d.published", end_column: str | None = None) -> tuple[list[str], list[Any]]:
    """Filters on documents; ``date_column`` is compared with --until and ``end_column`` (the last day the date
    covers, by default the same) with --since, so that a date of month, week or year precision is kept when its
    span overlaps the range ("2022-03" is within --since 2022-03-10)."""
    where: list[str] = []
    params: list[Any] = []
    if f.since:
        where.append(f"{end_column or date_column} >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{date_column} <= ?")
        params.append(f.until + "\uffff" if len(f.until) <= 10 else f.until)
    if f.outlet:
        where.append("(d.outlet_name LIKE ? OR d.outlet_domain LIKE ?)")
        params += [f"%{f.outlet}%", f"%{f.outlet}%"]
    if f.search:
        where.append("d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
        params.append(_fts_query(f.search))
    return where, params


def _fts_query(text: str) -> str:
    """Plain words become an AND of quoted terms, so user input never breaks FTS5 syntax."""
    terms = [t.replace('"', '""') for t in text.split() if t.strip()]
    return " ".join(f'"{t}"' for t in terms) or '""'


def _refs(analysis: Analysis) -> Iterator[ActorRef]:
    for event in analysis.events:
        yield from event.actor
        yield from event.recipient
    for quote in analysis.quotes:
        if quote.speaker:
            yield quote.speaker


def _hints_json(hints: SourceHints) -> dict[str, Any]:
    return {k: getattr(hints, k) for k in ("url", "title", "published", "outlet", "media_type") if getattr(hints, k)}


def _document_json(row: sqlite3.Row, *, with_text: bool = True) -> dict[str, Any]:
    outlet = None
    if row["outlet_name"] or row["outlet_domain"]:
        outlet = {"name": row["outlet_name"], "domain": row["outlet_domain"]}
    doc = {
        "id": row["id"], "url": row["url"], "source": row["source"], "outlet": outlet, "title": row["title"],
        "published": row["published"], "language": row["language"], "byline": row["byline"],
        "summary": row["summary"], "story_id": row["story_id"], "status": row["status"], "reason": row["reason"],
        "flags": json.loads(row["flags"]), "sha256": row["sha256"],
    }
    if with_text:
        doc["text"] = row["text"]
    return doc


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements, keeping trigger bodies (which contain ';') whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
