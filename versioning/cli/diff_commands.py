"""``versioning diff``: compare two editions clause by clause.

Exit status, as diff(1): 0 when there is no difference (or none at or above ``--fail-on``), 1 when there
are, 2 for bad usage or bad input (mapped by :func:`versioning.cli.main`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from versioning.cli import EXIT_DIFFERENT, EXIT_OK
from versioning.diff.changes import CLASSES
from versioning.errors import InputError


def register(subparsers: Any) -> None:
    """Add the ``diff`` command to the ``versioning`` parser."""
    from versioning.render import BINARY_FORMATS, FORMATS  # the registries' keys are the --format choices

    parser = subparsers.add_parser(
        "diff",
        help="compare two editions clause by clause",
        description=(
            "Compare two editions clause by clause: which preambular and operative paragraphs were added, "
            "removed, moved, renumbered or reworded, with the words changed and a class for each change "
            "(editorial < routine < substantive). OLD and NEW are store references (A/RES/67/6, "
            "A/RES/67/6@2013-07-15, A/RES/67/6@original) or files (text, PDF, Word .docx or JSON). "
            "--format docx writes a Word redline with tracked changes to the file named by -o. Exit "
            "status: 0 no difference, 1 differences, 2 bad input."
        ),
    )
    parser.add_argument("old", metavar="OLD", help="the earlier edition: a store reference or a file")
    parser.add_argument("new", metavar="NEW", help="the later edition: a store reference or a file")
    parser.add_argument(
        "--format",
        choices=(*FORMATS, *BINARY_FORMATS),
        default="text",
        help="output format (default: text; docx, a Word redline, needs -o)",
    )
    parser.add_argument(
        "--fail-on",
        choices=CLASSES,
        metavar="CLASS",
        help="exit 1 only for changes of this class or above (editorial, routine, substantive)",
    )
    parser.add_argument("--all", action="store_true", help="also list the clauses that did not change")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout")
    parser.set_defaults(handler=run_diff)


def run_diff(args: argparse.Namespace) -> int:
    """Resolve both editions, diff them, render, and return the exit status."""
    from versioning.api import compare_editions, render_changes, render_changes_bytes
    from versioning.render import BINARY_FORMATS

    binary = args.format in BINARY_FORMATS
    if binary and args.output is None:
        raise InputError(f"--format {args.format} writes a file: name it with -o FILE")
    comparison = compare_editions(args.old, args.new, store=args.store, include_unchanged=args.all)
    if binary:
        _write(args.output, render_changes_bytes(comparison, args.format))
        return EXIT_DIFFERENT if comparison.changes.has_differences(args.fail_on) else EXIT_OK
    to_terminal = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    output = render_changes(comparison, args.format, color=to_terminal)
    if not output.endswith("\n"):
        output += "\n"
    if args.output is None:
        sys.stdout.write(output)
    else:
        _write(args.output, output.encode("utf-8"))
    return EXIT_DIFFERENT if comparison.changes.has_differences(args.fail_on) else EXIT_OK


def _write(path: str, data: bytes) -> None:
    """Write the output file, or fail with one line naming it."""
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", file=path) from None
