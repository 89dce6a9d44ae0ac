"""``versioning series``, ``blame`` and ``check``: a resolution along its series, and the gate on new
editions.

Exit status: ``series`` and ``blame`` 0, or 2 for bad input; ``check`` 0 when every file passes, 1 when a
policy fails, 2 when a file cannot be read, parsed or validated.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from versioning.cli import EXIT_OK
from versioning.diff.changes import CLASSES
from versioning.errors import InputError

SERIES_FORMATS = ("text", "json", "markdown", "html")
BLAME_FORMATS = ("text", "json")
CHECK_FORMATS = ("text", "json", "github")


def register(subparsers: Any) -> None:
    """Add ``series``, ``blame`` and ``check`` to the ``versioning`` parser."""
    series = subparsers.add_parser(
        "series",
        help="list the series of a resolution, or diff its successive members",
        description=(
            "List the series a resolution belongs to (found from the titles, the agenda sub-item and the "
            "citations of earlier resolutions), held members and known gaps with their dates. With --diff, "
            "diff each successive pair of held members and print the summary table (per pair: clauses "
            "added, removed, moved, modified by class, lead shifts); --format html writes the whole report."
        ),
    )
    series.add_argument("symbol", metavar="SYMBOL", help="a resolution of the series (A/RES/79/10)")
    series.add_argument("--diff", action="store_true", help="diff each successive pair of held members")
    series.add_argument(
        "--format", choices=SERIES_FORMATS, default="text", help="output format (default: text)"
    )
    series.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout")
    series.set_defaults(handler=run_series)

    blame = subparsers.add_parser(
        "blame",
        help="show where each paragraph of an edition first appears along its series",
        description=(
            "For each paragraph of an edition, the earliest held member of its series where it appears, and "
            "the members where it changed since and how (class, lead shift)."
        ),
    )
    blame.add_argument("symbol", metavar="SYMBOL", help="a held resolution (A/RES/79/10)")
    blame.add_argument(
        "--format", choices=BLAME_FORMATS, default="text", help="output format (default: text)"
    )
    blame.set_defaults(handler=run_blame)

    report = subparsers.add_parser(
        "report",
        help="write the HTML report of a series and of the draft -> adopted pairs",
        description=(
            "Print the series of a resolution, the summary of its successive diffs and the summary of every "
            "draft -> adopted pair in the store, and write one self-contained HTML page with the series "
            "timeline and its gaps, each successive diff and each draft -> adopted diff as a redline, and "
            "the paragraph lineage of the latest member."
        ),
    )
    report.add_argument(
        "symbol",
        nargs="?",
        metavar="SYMBOL",
        help="a resolution of the series (default: the longest series held)",
    )
    report.add_argument(
        "-o", "--output", metavar="FILE", default="series-report.html", help="default: series-report.html"
    )
    report.set_defaults(handler=run_report)

    check = subparsers.add_parser(
        "check",
        help="check new editions against the policies (for CI)",
        description=(
            "Parse and validate each file, find the edition it follows (an earlier edition of the same "
            "resolution in the store or among the files, else the previous member of its series; for a "
            "draft, the latest member of the series it continues) and apply "
            "the policies: reissue-editorial-only, corrigendum-as-stated, edition-later, "
            "series-cites-predecessors. Exit status: 0 all pass, 1 a policy fails, 2 unreadable input."
        ),
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="edition files (text, PDF, Word .docx or JSON)"
    )
    check.add_argument(
        "--format", choices=CHECK_FORMATS, default="text", help="output format (default: text)"
    )
    check.add_argument("--junit", metavar="FILE", help="also write a JUnit XML report to FILE")
    check.add_argument(
        "--fail-on",
        choices=CLASSES,
        metavar="CLASS",
        help="fail only for breaches of this class or above (editorial, routine, substantive); "
        "others are warnings",
    )
    check.set_defaults(handler=run_check)


def run_series(args: argparse.Namespace) -> int:
    """List a series, or its successive diffs and their summary."""
    from versioning.series import formatting as views
    from versioning.series import load_series, successive_diffs
    from versioning.store import open_store

    series = load_series(open_store(args.store), args.symbol)
    if args.format == "html":
        from versioning.series.report import render_series_report

        _emit(render_series_report(series), args.output)  # the series alone; `report` adds the drafts
        return EXIT_OK
    if not args.diff:
        listing = {"json": views.series_json, "markdown": views.series_markdown}.get(
            args.format, views.series_text
        )
        _emit(listing(series), args.output)
        return EXIT_OK
    steps = successive_diffs(series)
    if args.format == "json":
        output = views.series_json(series, steps)
    elif args.format == "markdown":
        output = views.series_markdown(series) + "\n" + views.steps_markdown(series, steps)
    else:
        output = views.series_text(series) + "\n" + views.steps_text(series, steps)
    _emit(output, args.output)
    return EXIT_OK


def run_blame(args: argparse.Namespace) -> int:
    """Print the lineage of every paragraph of an edition."""
    from versioning.series import formatting as views
    from versioning.series import load_series, trace_lineage
    from versioning.store import open_store

    series = load_series(open_store(args.store), args.symbol)
    lineage = trace_lineage(series, _symbol_of(args.symbol))
    _emit(views.lineage_json(lineage) if args.format == "json" else views.lineage_text(lineage), None)
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    """Print the summaries and write the HTML report."""
    from versioning.series import formatting as views
    from versioning.series.drafts import draft_summary_text
    from versioning.series.report import build_series_report
    from versioning.store import open_store

    report = build_series_report(open_store(args.store), args.symbol)
    _write(args.output, report.html)
    sys.stdout.write(views.series_text(report.series) + "\n")
    sys.stdout.write(views.steps_text(report.series, report.steps) + "\n")
    sys.stdout.write(draft_summary_text(report.drafts) + "\n")
    sys.stdout.write(f"HTML report written to {Path(args.output).resolve()}\n")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Check the files; print the report; write the JUnit file when asked."""
    from versioning.check import FORMATS, check_files, junit_xml, open_store_if_any

    report = check_files(args.files, store=open_store_if_any(args.store), fail_on=args.fail_on)
    sys.stdout.write(FORMATS[args.format](report))
    if args.junit:
        _write(args.junit, junit_xml(report))
    return report.exit_status


def _symbol_of(reference: str) -> str:
    from versioning.identifiers import EditionRef

    ref = EditionRef.parse(reference)
    if ref.symbol is None:
        raise InputError("name a stored resolution (A/RES/79/10), not a file", file=reference)
    return ref.symbol.base


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        _write(output, text)


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", file=path) from None
