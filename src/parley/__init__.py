"""Parley: clean, source-attributed records of diplomacy from news articles.

Python API::

    import parley
    analysis = parley.analyze_text(text, title="...", published="2022-01-21")
    analysis.events, analysis.quotes, analysis.to_json()

For many documents use ``parley.pipeline.analyze_sources`` (parallel) or the store (``parley.store.open_store``).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze_text"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import parley` (and the CLI's --help) does not load spaCy.
    if name == "analyze_text":
        from parley.pipeline import analyze_text

        return analyze_text
    raise AttributeError(name)
