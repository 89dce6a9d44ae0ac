"""The ``versioning`` command: a thin adapter over the library.

Each command module registers its sub-commands (``register(subparsers)``) and binds a handler that opens
what it needs, calls one library function, renders, and returns an exit code.  This module maps the
library's exceptions to one line on stderr and an exit code (0 success, 1 differences or failed check,
2 bad usage or bad input), so that no input can produce a traceback.

Heavy modules (git, jsonschema, pdfminer) are imported inside handlers, never here.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from versioning.errors import VersioningError

COMMAND_MODULES = (
    "versioning.cli.document_commands",
    "versioning.cli.store_commands",
    "versioning.cli.diff_commands",
    "versioning.cli.series_commands",
    "versioning.cli.export_commands",
    "versioning.cli.serve_commands",
)
"""Modules that contribute sub-commands, in the order their commands are listed in ``--help``."""

EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="versioning",
        description="Parse, store and diff editions of UN General Assembly resolutions, clause by clause.",
    )
    parser.add_argument(
        "--store",
        metavar="PATH",
        default=os.environ.get("VERSIONING_STORE", "store"),
        help="the store's git repository (default: $VERSIONING_STORE or ./store)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as missing:  # a command group not built yet
            if missing.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _show_warnings()
    try:
        status: int = args.handler(args)
    except VersioningError as error:
        print(f"error: {error}", file=sys.stderr)
        return getattr(error, "exit_status", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``versioning show ... | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return status


def _show_warnings() -> None:
    """Print the library's warnings (a dead writer's lock cleared, a work tree left for later) on stderr."""
    logger = logging.getLogger("versioning")
    if not any(getattr(handler, "versioning_cli", False) for handler in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("warning: %(message)s"))
        handler.versioning_cli = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
