"""``versioning export``: an edition in an exchange format (Akoma Ntoso), for the tools that edit and publish
resolutions.

``export REF`` resolves REF as ``show`` does (a stored edition, or a file parsed on the fly) and prints or
writes its bytes; exit 0, or 2 for a reference or file that cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from versioning.cli import EXIT_OK
from versioning.errors import InputError


def register(subparsers: Any) -> None:
    """Add ``export`` to the ``versioning`` parser."""
    from versioning.api import EXPORT_FORMATS  # the registry's keys are the --format choices

    export = subparsers.add_parser(
        "export",
        help="write an edition as Akoma Ntoso",
        description=(
            "Write an edition (a store reference such as A/RES/67/6@2013-07-15, or a file parsed on the "
            "fly) in an exchange format: akn is Akoma Ntoso 3.0 with the UN's naming conventions (AKN4UN), "
            "which parse, add and diff read back. Exit status: 0 written, 2 bad reference or input."
        ),
    )
    export.add_argument("reference", metavar="REF", help="an edition reference or a file path")
    export.add_argument(
        "--format", choices=tuple(EXPORT_FORMATS), default="akn", help="exchange format (default: akn)"
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    """``versioning export REF [--format akn] [-o FILE]``."""
    from versioning.api import export_edition

    data = export_edition(args.reference, args.format, store=args.store)
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as error:
            raise InputError(error.strerror or str(error), file=args.output) from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK
