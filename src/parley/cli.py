"""The ``parley`` command line: the stages (run, ingest, process, clean, analyze) and the views over the store.

Views only read the store; the stages write it through ``parley.pipeline``. Output formats: ``table`` for
people (rich), ``json`` (one object per line) and ``csv`` for pipes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from parley import __version__
from parley.pipeline import Options
from parley.render import print_records, print_summary_table


def _options(args: argparse.Namespace) -> Options:
    return Options(workers=args.workers, all_languages=args.all_languages, max_bytes=args.max_bytes,
                   allow_private=args.allow_private)


def _store(args: argparse.Namespace):
    from parley.store import open_store

    return open_store(args.db)


def _stage_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=int, default=0, help="worker processes (default: all cores)")
    parser.add_argument("--all-languages", action="store_true", help="analyse non-English documents too")
    parser.add_argument("--max-bytes", type=int, default=20_000_000, help="skip documents larger than this")
    parser.add_argument("--allow-private", action="store_true", help="allow URLs on private/loopback addresses")
    parser.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="no progress bar")


def _filter_arguments(parser: argparse.ArgumentParser, *, recipient: bool = False, status: bool = False) -> None:
    parser.add_argument("--actor", "--speaker", dest="actor", help="actor id, name or alias (substring)")
    if recipient:
        parser.add_argument("--recipient", help="recipient id, name or alias (substring)")
    parser.add_argument("--type", help="event type, quote kind, actor kind or citation kind")
    if status:
        parser.add_argument("--status", help="status (events: occurred|intended|conditional|denied|hypothetical)")
    parser.add_argument("--since", help="on or after this date (YYYY-MM-DD; an event dated by month, week or year "
                        "counts when its span reaches the range)")
    parser.add_argument("--until", help="on or before this date (YYYY-MM-DD)")
    parser.add_argument("--outlet", help="outlet name or domain (substring)")
    parser.add_argument("--search", help="full-text search of the documents")
    parser.add_argument("--limit", type=int, help="at most this many rows")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parley", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    parser.add_argument("--db", help="database file (default: $PARLEY_DB or ./parley.db)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="ingest + clean + analyze sources into the database (resumes pending work)")
    p.add_argument("sources", nargs="*", help="files, folders, URLs, feeds, or - for standard input")
    _stage_arguments(p)
    p = sub.add_parser("ingest", help="store raw documents only")
    p.add_argument("sources", nargs="+")
    _stage_arguments(p)
    p = sub.add_parser("process", help="clean + analyze every pending document")
    p.add_argument("--retry-errors", action="store_true", help="also redo documents skipped with an error")
    p.add_argument("--redo-all", action="store_true", help="re-analyze every document (after an upgrade)")
    _stage_arguments(p)

    for name, text in (("clean", "clean text and metadata, one JSON line per document (no database)"),
                       ("analyze", "full per-document analysis, one JSON line per document (no database)")):
        p = sub.add_parser(name, help=text)
        p.add_argument("sources", nargs="+", help="files, folders, URLs, or - (JSONL lines or one document)")
        p.add_argument("--format", choices=("jsonl",), default="jsonl")
        _stage_arguments(p)

    p = sub.add_parser("docs", help="list documents")
    _filter_arguments(p, status=True)
    p = sub.add_parser("events", help="list events")
    _filter_arguments(p, recipient=True, status=True)
    p.add_argument("--mode", help="PLOVER mode (visit, phone, heavy-weapons, arrest, military, ...)")
    p.add_argument("--context", help="PLOVER context (military, diplomatic, economic, cbrn, ...)")
    p = sub.add_parser("quotes", help="list quotes")
    _filter_arguments(p)
    p = sub.add_parser("citations", help="list the sources articles cite")
    _filter_arguments(p)
    p = sub.add_parser("actors", help="list actors with mention counts")
    _filter_arguments(p)
    p = sub.add_parser("summary", help="a document's summary")
    p.add_argument("doc_id")
    p.add_argument("--sentences", type=int, default=None, help="length of the summary (default: stored, 3)")
    p = sub.add_parser("stats", help="counts of what the database holds")
    p = sub.add_parser("export", help="write every table to files")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet", "polecat", "gdelt"), default="jsonl",
                   help="jsonl/csv/parquet: every table; polecat/gdelt: the events in that system's layout")
    p.add_argument("--out", required=True, help="output folder")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # `parley events | head`
        sys.stderr.close()
        return 0


# -- stages -------------------------------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace, *, analyze: bool = True, ingest: bool = True) -> int:
    from parley import pipeline
    from parley.progress import progress_bar

    options = _options(args)
    with _store(args) as store:
        run_id = store.start_run(args.command, {k: v for k, v in vars(args).items() if k != "func"})
        ingested = 0
        report = pipeline.RunReport()
        if getattr(args, "redo_all", False) or getattr(args, "retry_errors", False):
            store.requeue(errors_only=not args.redo_all)
        try:
            if ingest and getattr(args, "sources", None):
                ingested = pipeline.ingest(store, args.sources, options, run_id)
            if analyze:
                with progress_bar(enabled=not args.quiet) as on_progress:
                    report = pipeline.process_pending(store, options, run_id, on_progress)
        except KeyboardInterrupt:
            report.interrupted = True
        status = "interrupted" if report.interrupted else "done"
        skipped = store.skipped_reasons(run_id)
        store.finish_run(run_id, status, ingested=ingested, processed=report.processed,
                         skipped=sum(skipped.values()))
        print_summary_table(store.counts(), skipped, ingested=ingested, processed=report.processed)
        if report.interrupted:
            print("interrupted: run `parley process` (or `parley run` again) to finish the pending documents",
                  file=sys.stderr)
            return 130
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    return cmd_run(args, analyze=False)


def cmd_process(args: argparse.Namespace) -> int:
    return cmd_run(args, ingest=False)


def _write_jsonl(objects: Iterable[dict[str, Any]]) -> None:
    from parley.export import write_jsonl

    write_jsonl(objects, sys.stdout)
    sys.stdout.flush()


def cmd_clean(args: argparse.Namespace) -> int:
    from parley.pipeline import clean_sources

    _write_jsonl(doc.to_json() for doc in clean_sources(args.sources, _options(args)))
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from parley.pipeline import analyze_sources

    _write_jsonl(analysis.to_json() for analysis in analyze_sources(args.sources, _options(args)))
    return 0


# -- views --------------------------------------------------------------------------------------------------
def _filters(args: argparse.Namespace):
    from parley.store.sqlite import Filters

    return Filters(actor=getattr(args, "actor", None), recipient=getattr(args, "recipient", None),
                   type=args.type, status=getattr(args, "status", None), mode=getattr(args, "mode", None),
                   context=getattr(args, "context", None), since=args.since, until=args.until,
                   outlet=args.outlet, search=args.search, limit=args.limit)


def _view(kind: str):
    def command(args: argparse.Namespace) -> int:
        with _store(args) as store:
            f = _filters(args)
            rows = {"docs": lambda: store.documents(f, with_text=args.format != "table"),
                    "events": lambda: store.events(f), "quotes": lambda: store.quotes(f),
                    "citations": lambda: store.citations(f), "actors": lambda: store.actors(f)}[kind]()
            print_records(kind, rows, args.format)
        return 0

    return command


def cmd_summary(args: argparse.Namespace) -> int:
    with _store(args) as store:
        doc = store.document(args.doc_id)
    if doc is None:
        print(f"no document {args.doc_id!r}", file=sys.stderr)
        return 1
    if doc["status"] != "ok":
        print(f"document {doc['id']} was skipped: {doc['reason']}", file=sys.stderr)
        return 1
    if args.sentences is None and doc["summary"]:
        summary = doc["summary"]
    else:
        from parley.analyze.summary import summarize

        summary = " ".join(summarize([doc["text"]], n_sentences=args.sentences or 3))
    if doc["title"]:
        print(doc["title"])
        print()
    print(summary)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _store(args) as store:
        print_summary_table(store.counts(), store.skipped_reasons())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from parley.export import export

    with _store(args) as store:
        written = export(store, args.out, args.format)
    for path, n in written.items():
        print(f"{n:>8}  {path}")
    return 0


COMMANDS = {
    "run": cmd_run, "ingest": cmd_ingest, "process": cmd_process, "clean": cmd_clean, "analyze": cmd_analyze,
    "docs": _view("docs"), "events": _view("events"), "quotes": _view("quotes"), "citations": _view("citations"),
    "actors": _view("actors"), "summary": cmd_summary, "stats": cmd_stats, "export": cmd_export,
}

if __name__ == "__main__":
    raise SystemExit(main())
