"""The SQLite store: schema, idempotent ingest, replace-on-reprocess, filters, full-text search."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from parley.records import (
    Actor,
    ActorRef,
    Analysis,
    Citation,
    CleanDocument,
    Event,
    Evidence,
    Flag,
    Mention,
    Outlet,
    Place,
    Quote,
    RawDocument,
    SourceHints,
    sha256_hex,
)
from parley.store import open_store
from parley.store.sqlite import MIGRATIONS, Filters

TEXT = "Sergey Lavrov met Antony Blinken in Geneva on Friday. “Frank and substantive,” Blinken said."


def _raw(text: str, doc_id: str | None = None) -> RawDocument:
    content = text.encode()
    return RawDocument(sha256=sha256_hex(content), content=content, source="mem", hints=SourceHints(id=doc_id))


def _analysis(doc_id: str, sha: str) -> Analysis:
    lavrov = Actor(id="Q155001", name="Sergey Lavrov", kind="person", role="Minister of Foreign Affairs",
                   country="RUS", aliases=("Sergei Lavrov",), mentions=1)
    blinken = Actor(id="Q2845462", name="Antony Blinken", kind="person", role="Secretary of State", country="USA",
                    mentions=2)
    event = Event(id=f"ev_{doc_id}", type="CONSULT", actor=(lavrov.ref(), blinken.ref()), recipient=(),
                  status="occurred", evidence=(Evidence(doc_id, TEXT[:52], 0, 52),), mode="meeting",
                  location=Place("Geneva", "CHE"), date="2022-01-21", date_precision="day", confidence=0.9,
                  context="diplomatic")
    quote = Quote(id=f"qt_{doc_id}", text="Frank and substantive,", kind="direct",
                  speaker=ActorRef("Q2845462", "Antony Blinken", "USA"), doc_id=doc_id, start=54, end=78, cue="said")
    return Analysis(
        document=CleanDocument(id=doc_id, sha256=sha, source="mem", text=TEXT, title="Geneva talks",
                               published="2022-01-21", outlet=Outlet("TASS", "tass.com"), language="en"),
        summary=("Sergey Lavrov met Antony Blinken in Geneva on Friday.",),
        actors=(lavrov, blinken),
        mentions=(Mention("Q155001", 0, 12, "Sergey Lavrov", "registry"),
                  Mention("Q2845462", 17, 31, "Antony Blinken", "registry")),
        events=(event,), quotes=(quote,),
        citations=(Citation(doc_id, "Q223799", "TASS", "news_agency", "(TASS)"),),
        flags=(Flag("name_mismatch", "x"),),
    )


def test_schema_is_versioned_and_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with open_store(str(path)) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with open_store(str(path)) as store:
        assert store.schema_version == len(MIGRATIONS)


def test_ingest_is_idempotent_by_content_hash(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "p.db")) as store:
        assert store.add_raw_batch([_raw(TEXT), _raw("Another article.")]) == 2
        assert store.add_raw_batch([_raw(TEXT), _raw("Another article.")]) == 0
        assert store.counts()["documents"] == 2
        assert len(store.pending_ids()) == 2
        # the same user id with different bytes keeps both documents
        assert store.add_raw_batch([_raw("Text A", "dup"), _raw("Text B", "dup")]) == 2
        ids = sorted(d["id"] for d in store.documents())
        assert "dup" in ids and any(i.startswith("dup-") for i in ids)


def test_saving_twice_replaces_rows_and_views_filter(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "p.db")) as store:
        raw = _raw(TEXT, "d1")
        store.add_raw_batch([raw])
        for _ in range(2):
            store.save_analyses([_analysis("d1", raw.sha256)])
        counts = store.counts()
        assert (counts["ok"], counts["events"], counts["quotes"], counts["citations"], counts["actors"]) == (1, 1, 1, 1, 2)
        assert store.duplicate_rows() == {"documents": 0, "mentions": 0, "citations": 0}
        (event,) = store.events(Filters(actor="Lavrov"))
        assert event["type"] == "CONSULT" and [a["name"] for a in event["actor"]] == ["Sergey Lavrov", "Antony Blinken"]
        assert not list(store.events(Filters(actor="Lavrov", type="ACCUSE")))
        assert not list(store.events(Filters(since="2022-02-01")))
        assert list(store.events(Filters(until="2022-01-21", status="occurred", outlet="tass")))
        assert list(store.events(Filters(mode="Meeting", context="diplomatic")))
        assert not list(store.events(Filters(mode="phone"))) and not list(store.events(Filters(context="military")))
        (quote,) = store.quotes(Filters(actor="Blinken"))
        assert quote["speaker"]["id"] == "Q2845462" and quote["cue"] == "said"
        assert [d["id"] for d in store.documents(Filters(search="Geneva"))] == ["d1"]
        assert not list(store.documents(Filters(search='"unbalanced')))
        actors = {a["id"]: a for a in store.actors()}
        assert actors["Q2845462"]["mentions"] == 1 and actors["Q155001"]["aliases"] == ["Sergei Lavrov"]
        doc = store.document("d1")
        assert doc["summary"].startswith("Sergey Lavrov met") and doc["flags"][0]["kind"] == "name_mismatch"


def test_an_outlet_named_only_as_a_speaker_is_an_organisation(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "p.db")) as store:
        raw = _raw(TEXT, "d1")
        store.add_raw_batch([raw])
        analysis = _analysis("d1", raw.sha256)
        quote = replace(analysis.quotes[0], speaker=ActorRef("Q130879", "Reuters", "GBR"))  # an outlet with a QID
        store.save_analyses([replace(analysis, quotes=(quote,))])
        actors = {a["id"]: a for a in store.actors()}
        assert actors["Q130879"]["kind"] == "organization"  # (was a person: only "outlet:" ids were told apart)


@pytest.mark.parametrize(("date", "precision"), [("2022-03", "month"), ("2022-03-07", "week"), ("2022", "year")])
def test_since_and_until_keep_an_event_whose_date_span_overlaps(tmp_path: Path, date: str, precision: str) -> None:
    with open_store(str(tmp_path / "p.db")) as store:
        raw = _raw(TEXT, "d1")
        store.add_raw_batch([raw])
        analysis = _analysis("d1", raw.sha256)
        store.save_analyses([replace(analysis, events=(replace(analysis.events[0], date=date, date_precision=precision),))])
        assert list(store.events(Filters(since="2022-03-10")))  # the month, week or year runs past the 10th
        assert list(store.events(Filters(until="2022-03-10")))
        assert not list(store.events(Filters(since="2023-01-01")))
        assert not list(store.events(Filters(until="2021-12-31")))
