"""End to end through the CLI: `parley run` on the seeds and on a hostile corpus, resume after kill -9,
the database-free `clean`/`analyze` views, and the exports."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parley.cli import main
from parley.pipeline import Options, analyze_sources
from parley.store import open_store

PARLEY = [sys.executable, "-m", "parley.cli"]
ENGLISH = ("Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken in Geneva on Friday. "
           "The two diplomats discussed security guarantees in Europe for ninety minutes. ")


def _ok_run(*argv: str) -> None:
    assert main(["-q", *argv]) == 0


def test_run_twice_on_the_seeds_keeps_exactly_five_documents(tmp_path: Path, seeds_dir: Path, capsys) -> None:
    db = str(tmp_path / "seeds.db")
    _ok_run("--db", db, "run", str(seeds_dir), "--workers", "1")
    _ok_run("--db", db, "run", str(seeds_dir), "--workers", "1")
    with open_store(db) as store:
        counts = store.counts()
        assert counts["documents"] == 5 and counts["ok"] == 5 and counts["pending"] == 0
        assert store.duplicate_rows() == {"documents": 0, "mentions": 0, "citations": 0}
        doc_ids = [d["id"] for d in store.documents()]
    out = capsys.readouterr().out
    assert "documents" in out and "events" in out
    capsys.readouterr()
    _ok_run("--db", db, "docs", "--format", "json")
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(d["id"] for d in docs) == sorted(doc_ids) and all(d["text"] for d in docs)
    _ok_run("--db", db, "docs", "--search", "Lavrov", "--format", "csv")
    assert capsys.readouterr().out.startswith("id,")
    assert main(["--db", db, "summary", doc_ids[0]]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["--db", db, "summary", "no-such-doc"]) == 1


def _hostile_corpus(folder: Path) -> dict[str, str | None]:
    """Files of every bad kind plus good ones; maps file name -> expected reason prefix (None = ok)."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n\t ")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (folder / "huge.txt").write_bytes(ENGLISH.encode() * 400)
    (folder / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00 definitely not gzip")
    (folder / "french.txt").write_text(
        "Le ministre russe des Affaires étrangères a rencontré son homologue américain à Genève vendredi. "
        "Les deux diplomates ont discuté pendant une heure et demie de la sécurité en Europe et de l'Ukraine. " * 3)
    (folder / "latin1.txt").write_bytes((ENGLISH + "The café in Genève served crêpes to the délégation. ").encode("cp1252"))
    (folder / "utf16.txt").write_bytes(("\ufeff" + ENGLISH * 2).encode("utf-16-le"))
    (folder / "broken.html").write_bytes(
        b"<html><head><title>Talks in Geneva</title><body><div><p>" + ENGLISH.encode() * 3 + b"<p>unclosed <b>tags")
    (folder / "ok.txt").write_text("Talks in Geneva\n\n" + ENGLISH * 3)
    return {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "image.png": "binary",
            "huge.txt": "too_large", "broken.txt.gz": "unreadable", "french.txt": "language=fr",
            "latin1.txt": None, "utf16.txt": None, "broken.html": None, "ok.txt": None}


def test_hostile_corpus_runs_to_the_end_with_reasons(tmp_path: Path) -> None:
    expected = _hostile_corpus(tmp_path / "hostile")
    db = str(tmp_path / "hostile.db")
    _ok_run("--db", db, "run", str(tmp_path / "hostile"), "--max-bytes", "20000", "--workers", "2")
    with open_store(db) as store:
        docs = {Path(d["source"]).name: d for d in store.documents()}
        assert set(docs) == set(expected)
        for name, reason in expected.items():
            doc = docs[name]
            if reason is None:
                assert doc["status"] == "ok", (name, doc["reason"])
                assert "Lavrov" in doc["text"], name
            else:
                assert doc["status"] == "skipped" and doc["reason"].startswith(reason), (name, doc["reason"])
        assert "Genève" in docs["latin1.txt"]["text"]
        # what was stored survives a later run over the same corpus plus one more good document
        (tmp_path / "hostile" / "more.txt").write_text("More talks\n\n" + ENGLISH.replace("Friday", "Monday") * 2)
        before = store.counts()["ok"]
    _ok_run("--db", db, "run", str(tmp_path / "hostile"), "--max-bytes", "20000", "--workers", "1")
    with open_store(db) as store:
        assert store.counts()["ok"] == before + 1
    _ok_run("--db", db, "run", str(tmp_path / "hostile"), "--all-languages", "--workers", "1")  # nothing new


def _processes_mentioning(text: str) -> list[int]:
    """Live processes whose command line contains ``text`` (zombies excluded)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if text in (proc / "cmdline").read_bytes().decode(errors="replace") and \
                    "Z" not in (proc / "stat").read_text().split(") ")[-1][:1]:
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_kill_minus_nine_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "many.jsonl"
    n = 60
    with corpus.open("w") as handle:
        for i in range(n):
            text = f"Report {i}. " + ENGLISH * 4 + f"Officials said meeting number {i} would follow."
            handle.write(json.dumps({"id": f"doc{i:03d}", "text": text}) + "\n")
    db = tmp_path / "resume.db"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen([*PARLEY, "--db", str(db), "-q", "run", str(corpus), "--workers", "2"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as con:
                done = con.execute("SELECT count(*) FROM documents WHERE status='ok'").fetchone()[0]
        except sqlite3.Error:
            continue
        if done >= 8:
            break
    if proc.poll() is not None:
        pytest.fail("the run finished before it could be killed")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while _processes_mentioning(str(db)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _processes_mentioning(str(db)), "worker processes outlived the killed run"
    with open_store(str(db)) as store:
        partial = store.counts()
    assert 0 < partial["ok"] < n and partial["pending"] == n - partial["ok"]
    _ok_run("--db", str(db), "run", str(corpus), "--workers", "2")
    with open_store(str(db)) as store:
        counts = store.counts()
        assert counts["documents"] == n and counts["ok"] == n and counts["pending"] == 0
        assert store.duplicate_rows() == {"documents": 0, "mentions": 0, "citations": 0}
        stored = dict(store.db.execute("SELECT doc_id, count(*) FROM events GROUP BY doc_id").fetchall())
    # every document holds exactly the events a fresh, uninterrupted analysis gives it
    fresh = {a.document.id: len(a.events) for a in analyze_sources([str(corpus)], Options(workers=1))}
    assert {k: v for k, v in fresh.items() if v} == stored


def test_clean_and_analyze_read_jsonl_from_stdin() -> None:
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": ENGLISH * 2}) for i in range(3)) + "\n"
    for command in ("clean", "analyze"):
        result = subprocess.run([*PARLEY, command, "-", "--format", "jsonl", "--workers", "1"], input=lines,
                                capture_output=True, text=True, check=True, timeout=120)
        records = [json.loads(line) for line in result.stdout.splitlines()]
        ids = [r["id"] if command == "clean" else r["document"]["id"] for r in records]
        assert ids == ["s0", "s1", "s2"]
    assert set(records[0]) == {"document", "actors", "events", "quotes", "citations"}


def test_export_every_format(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "e.db")
    _ok_run("--db", db, "run", str(seeds_dir), "--workers", "1")
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / fmt
        assert main(["--db", db, "export", "--format", fmt, "--out", str(out)]) == 0
        for table in ("documents", "events", "quotes", "citations", "actors"):
            assert (out / f"{table}.{fmt}").exists()
    docs = [json.loads(line) for line in (tmp_path / "jsonl" / "documents.jsonl").read_text().splitlines()]
    assert len(docs) == 5
    assert {"id", "url", "outlet", "title", "published", "language", "text", "summary", "story_id", "status",
            "reason", "flags"} <= set(docs[0])
    events = [json.loads(line) for line in (tmp_path / "jsonl" / "events.jsonl").read_text().splitlines()]
    assert events and all(e["cameo_root"].isdigit() for e in events)
    for layout, column in (("polecat", "Event Type"), ("gdelt", "EventRootCode")):
        assert main(["--db", db, "export", "--format", layout, "--out", str(tmp_path / layout)]) == 0
        header, *rows = (tmp_path / layout / f"events.{layout}.tsv").read_text().splitlines()
        assert column in header.split("\t") and len(rows) == len(events)
    header, *rows = (tmp_path / "gdelt" / "events.gdelt.tsv").read_text().splitlines()
    gdelt = [dict(zip(header.split("\t"), row.split("\t"), strict=True)) for row in rows]
    assert all(r["EventCode"].startswith(r["EventBaseCode"]) and r["EventBaseCode"].startswith(r["EventRootCode"])
               for r in gdelt)
    assert any(r["EventCode"] == "044" for r in gdelt)  # the Geneva meeting: met at a third location
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "parquet" / "documents.parquet").num_rows == 5


def test_ingest_then_process_with_parley_db_from_the_environment(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "a.txt").write_text("Talks in Geneva\n\n" + ENGLISH * 2)
    db = tmp_path / "env.db"
    monkeypatch.setenv("PARLEY_DB", str(db))
    _ok_run("ingest", str(tmp_path / "a.txt"))
    with open_store(None) as store:
        assert store.path == db and store.counts()["pending"] == 1
    _ok_run("process", "--workers", "1")
    with open_store(None) as store:
        assert store.counts()["ok"] == 1
        store.db.execute("UPDATE documents SET status='skipped', reason='error: RuntimeError: boom'")
    _ok_run("process", "--retry-errors", "--workers", "1")
    with open_store(None) as store:
        assert store.counts()["ok"] == 1
    capsys.readouterr()
    assert main(["stats"]) == 0 and "documents" in capsys.readouterr().out


def test_python_api_analyzes_one_text() -> None:
    import parley

    analysis = parley.analyze_text(ENGLISH, title="Talks in Geneva", published="2022-01-21", doc_id="api1")
    assert analysis.document.id == "api1" and analysis.document.status == "ok"
    assert analysis.document.published == "2022-01-21"
    meeting = next(e for e in analysis.events if e.type == "CONSULT")
    assert meeting.location is not None and meeting.location.country == "CHE"
    assert {"Sergey Lavrov", "Antony Blinken"} & {a.name for a in analysis.actors}
