"""Running the stages: ingest -> clean -> analyze (parallel, per document) -> store.

The per-document work (clean + analyze) is a pure function of the raw bytes, so it runs in a process pool
with one spaCy pipeline per worker; only the parent process touches the database. Results are committed in
batches, and a document stays ``pending`` until its batch is committed, so an interrupted run resumes
exactly where it stopped.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice

from parley.records import Analysis, CleanDocument, RawDocument, SourceHints, error_reason, sha256_hex

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
CHUNK = 8  # documents per task sent to a worker: big enough for spaCy batching, small enough for progress
INGEST_BATCH = 200


@dataclass(frozen=True, slots=True)
class Options:
    workers: int = 0  # 0 = all cores
    all_languages: bool = False
    max_bytes: int = 20_000_000
    allow_private: bool = False

    @property
    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)


@dataclass
class RunReport:
    processed: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False


def clean_one(raw: RawDocument, options: Options) -> CleanDocument:
    """Clean one raw document (the clean stage never raises: problems come back as skips with a reason)."""
    from parley.clean import clean

    return clean(raw, all_languages=options.all_languages, max_bytes=options.max_bytes)


def process_chunk(raws: Sequence[RawDocument], options: Options) -> list[Analysis]:
    """Clean and analyze a chunk of documents (runs inside a worker). Never raises for one bad document."""
    from parley.analyze import analyze_many

    cleaned = [clean_one(raw, options) for raw in raws]
    try:
        return list(analyze_many(cleaned))
    except Exception:  # find the document at fault and keep the rest
        results = []
        for document in cleaned:
            try:
                results.extend(analyze_many([document]))
            except Exception as exc:
                results.append(Analysis(document=replace(document, status="skipped", reason=error_reason(exc))))
        return results


def clean_chunk(raws: Sequence[RawDocument], options: Options) -> list[CleanDocument]:
    return [clean_one(raw, options) for raw in raws]


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies: after a ``kill -9`` of the run, workers would
    otherwise hang forever on a result pipe nobody reads."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _init_worker(load_model: bool) -> None:
    _die_with_parent()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if load_model:
        _load_model()


def _load_model() -> None:
    from parley.analyze.nlp import load_nlp

    load_nlp()


def _chunks(items: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def parallel_map(
    work: Callable[[Sequence[RawDocument], Options], list], raws: Iterable[RawDocument], options: Options,
) -> Iterator[list]:
    """Apply ``work`` to chunks of ``raws`` over the worker pool, yielding results in input order.

    At most two chunks per worker are in flight, so memory stays flat whatever the input size. With one
    worker everything runs in this process (no pickling, easier debugging, same results).
    """
    if options.n_workers <= 1:
        if work is process_chunk:
            _load_model()
        for chunk in _chunks(raws, CHUNK):
            yield work(chunk, options)
        return
    with ProcessPoolExecutor(max_workers=options.n_workers, initializer=_init_worker,
                             initargs=(work is process_chunk,)) as pool:
        in_flight: deque[Future] = deque()
        try:
            for chunk in _chunks(raws, CHUNK):
                in_flight.append(pool.submit(work, chunk, options))
                if len(in_flight) >= 2 * options.n_workers:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        except BaseException:
            for future in in_flight:
                future.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def raw_from_text(text: str, *, doc_id: str | None = None, title: str | None = None, url: str | None = None,
                  published: str | None = None, outlet: str | None = None, html: bool = False) -> RawDocument:
    content = text.encode("utf-8", "surrogatepass")
    hints = SourceHints(id=doc_id, url=url, title=title, published=published, outlet=outlet,
                        media_type="text/html" if html else "text/plain")
    return RawDocument(sha256=sha256_hex(content), content=content, source=url or "text", hints=hints)


def analyze_text(text: str, *, all_languages: bool = False, **meta: str | bool | None) -> Analysis:
    """The Python API's one-call entry: clean + analyze one text (or HTML with ``html=True``) in this process.

    ``meta`` takes ``doc_id``, ``title``, ``url``, ``published``, ``outlet`` and ``html``.
    """
    (analysis,) = process_chunk([raw_from_text(text, **meta)], Options(workers=1, all_languages=all_languages))
    return analysis


def analyze_sources(sources: Sequence[str], options: Options) -> Iterator[Analysis]:
    """Database-free analysis of sources, in input order (``parley analyze``)."""
    from parley.ingest import iter_sources

    raws = iter_sources(sources, max_bytes=options.max_bytes, allow_private=options.allow_private)
    for results in parallel_map(process_chunk, raws, options):
        yield from results


def clean_sources(sources: Sequence[str], options: Options) -> Iterator[CleanDocument]:
    """Database-free cleaning of sources, in input order (``parley clean``)."""
    from parley.ingest import iter_sources

    raws = iter_sources(sources, max_bytes=options.max_bytes, allow_private=options.allow_private)
    for results in parallel_map(clean_chunk, raws, options):
        yield from results


def ingest(store, sources: Sequence[str], options: Options, run_id: int | None = None) -> int:
    """Store the raw bytes of every source (new ones only), committing every INGEST_BATCH documents."""
    from parley.ingest import iter_sources

    added = 0
    raws = iter_sources(sources, max_bytes=options.max_bytes, allow_private=options.allow_private)
    for batch in _chunks(raws, INGEST_BATCH):
        added += store.add_raw_batch(batch, run_id)
    return added


def process_pending(store, options: Options, run_id: int | None = None,
                    on_progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Clean + analyze every pending document, committing each chunk as it comes back from the pool."""
    report = RunReport()
    pending = store.pending_ids()
    total = len(pending)
    if on_progress:
        on_progress(0, total)

    def raws() -> Iterator[RawDocument]:
        for ids in _chunks_of_ids(pending, 64):
            yield from store.raw_documents(ids)

    try:
        for results in parallel_map(process_chunk, raws(), options):
            store.save_analyses(results, run_id)
            for analysis in results:
                report.processed += 1
                if analysis.document.status == "skipped":
                    reason = analysis.document.reason or "unknown"
                    report.skipped[reason] = report.skipped.get(reason, 0) + 1
            if on_progress:
                on_progress(report.processed, total)
    except KeyboardInterrupt:
        report.interrupted = True
    return report


def _chunks_of_ids(ids: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
