"""A progress bar for long runs: documents done, documents per second, and time left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callable[[int, int], None]]:
    """Yields ``update(done, total)``; draws nothing when disabled or when stderr is not a terminal."""
    if not enabled:
        yield lambda done, total: None
        return
    columns = (TextColumn("[bold]analyzing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task("analyze", total=None, rate=0.0)

        def update(done: int, total: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            progress.update(task, completed=done, total=total, rate=done / elapsed if elapsed > 0 else 0.0)

        yield update
