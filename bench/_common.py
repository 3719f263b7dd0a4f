"""Helpers shared by the bench scripts: where the public data lives and how to run Parley on it."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARLEY_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "bench"
OUT = ROOT / "bench" / "out"
PARLEY = [sys.executable, "-m", "parley.cli"]

csv.field_size_limit(sys.maxsize)


def ukraine_media(name: str = "bbc.csv", limit: int | None = None) -> list[dict[str, str]]:
    """Rows of a ukraine_media CSV with non-empty text, in file order."""
    rows = []
    with (BENCH / "news" / "ukraine_media" / name).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if (row.get("Text") or "").strip():
                rows.append(row)
                if limit and len(rows) >= limit:
                    break
    return rows


def all_ukraine_media() -> list[dict[str, str]]:
    """Every article of the four ukraine_media CSVs (about 2,000), as input documents for scale runs."""
    rows = [row for name in ("bbc.csv", "guardian.csv", "HuffPost.csv", "DailyMail.csv") for row in ukraine_media(name)]
    return [{"id": f"um{i}", "text": r["Text"], "title": r["Title"], "url": r["URL"], "published": r["Date"]}
            for i, r in enumerate(rows)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (KiB)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_measured(cmd: list[str], **kwargs) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run a command; return (wall seconds, peak RSS of its process tree in MiB, result)."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", **kwargs.pop("env", {})}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=kwargs.pop("stdout", subprocess.PIPE), stderr=subprocess.PIPE,
                            **kwargs)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    stop.set()
    sampler.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {(err or b'')[-2000:]!r}")
    return wall, peak // 1024, subprocess.CompletedProcess(cmd, proc.returncode, out, err)
