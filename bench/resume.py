"""Resume after kill -9: start `parley run` on N articles, kill it halfway, run again, check the database.

Done-criterion of issue 2: killing a run of 2,000 articles halfway and re-running finishes with 2,000
documents and no duplicate rows.

usage: python bench/resume.py [--n 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import subprocess
import time

from _common import OUT, PARLEY, all_ukraine_media, run_measured, write_jsonl
from parley.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    docs = all_ukraine_media()[: args.n]
    path = write_jsonl(OUT / "resume.jsonl", docs)
    db = OUT / "resume.db"
    for suffix in ("", "-wal", "-shm"):
        (OUT / f"resume.db{suffix}").unlink(missing_ok=True)

    start = time.perf_counter()
    proc = subprocess.Popen([*PARLEY, "--db", str(db), "-q", "run", str(path), "--workers", str(args.workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = 0
    while proc.poll() is None and done < len(docs) // 2:
        time.sleep(1)
        try:
            with sqlite3.connect(db, timeout=1) as con:
                done = con.execute("SELECT count(*) FROM documents WHERE status!='pending'").fetchone()[0]
        except sqlite3.Error:
            pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = time.perf_counter() - start
    with open_store(str(db)) as store:
        before = store.counts()
    wall, peak, _ = run_measured([*PARLEY, "--db", str(db), "-q", "run", str(path), "--workers", str(args.workers)])
    with open_store(str(db)) as store:
        after = store.counts()
        dups = store.duplicate_rows()
    print(f"killed after {killed_at:.0f} s with {before['ok'] + before['skipped']} of {len(docs)} documents done "
          f"({before['pending']} pending); re-run took {wall:.0f} s (peak {peak} MiB)")
    print(f"after re-run: {after['documents']} documents ({after['ok']} ok, {after['skipped']} skipped, "
          f"{after['pending']} pending), {after['events']} events; duplicate rows: {dups}")
    assert after["documents"] == len(docs) and after["pending"] == 0 and not any(dups.values())


if __name__ == "__main__":
    main()
