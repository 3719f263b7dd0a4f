"""Shared fixtures. Third-party texts (seeds, benchmarks) are read from ../shared, never copied here."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("PARLEY_SHARED", ROOT.parent / "shared"))
SEEDS_DIR = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS_DIR}")
    return SEEDS_DIR


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` ("000" .. "004")."""
    matches = sorted(SEEDS_DIR.glob(f"{prefix}_*"))
    if not matches:
        pytest.skip(f"seed {prefix} not found in {SEEDS_DIR}")
    return matches[0]


@pytest.fixture(scope="session")
def seed_analyses(seeds_dir):
    """Every seed cleaned and analyzed once per test session: {"000": Analysis, ...}."""
    from parley.analyze import analyze_many
    from parley.clean import clean
    from parley.ingest import read_path

    raws = sorted(read_path(seeds_dir), key=lambda r: r.source)
    analyses = list(analyze_many(clean(raw) for raw in raws))
    return {Path(a.document.source).name[:3]: a for a in analyses}
