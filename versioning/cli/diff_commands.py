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
    from versioning.render import FORMATS  # the registry's keys are the --format choices

    parser = subparsers.add_parser(
        "diff",
        help="compare two editions clause by clause",
        description=(
            "Compare two editions clause by clause: which preambular and operative paragraphs were added, "
            "removed, moved, renumbered or reworded, with the words changed and a class for each change "
            "(editorial < routine < substantive). OLD and NEW are store references (A/RES/67/6, "
            "A/RES/67/6@2013-07-15, A/RES/67/6@original) or files (text, PDF or JSON). Exit status: 0 no "
            "difference, 1 differences, 2 bad input."
        ),
    )
    parser.add_argument("old", metavar="OLD", help="the earlier edition: a store reference or a file")
    parser.add_argument("new", metavar="NEW", help="the later edition: a store reference or a file")
    parser.add_argument(
        "--format", choices=tuple(FORMATS), default="text", help="output format (default: text)"
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
    from versioning.api import compare_editions, render_changes

    comparison = compare_editions(args.old, args.new, store=args.store, include_unchanged=args.all)
    to_terminal = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    output = render_changes(comparison, args.format, color=to_terminal)
    if not output.endswith("\n"):
        output += "\n"
    if args.output is None:
        sys.stdout.write(output)
    else:
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as error:
            raise InputError(f"cannot write: {error.strerror or error}", file=args.output) from None
    return EXIT_DIFFERENT if comparison.changes.has_differences(args.fail_on) else EXIT_OK
