"""``versioning parse`` and ``versioning validate``: one edition in, its structured document out.

``parse`` exits 0 with the canonical JSON (with ``--explain``, the account of the parse instead: see
:mod:`versioning.parsing.explain`), 2 for input that cannot be read or parsed, or holds a word the parse
cannot account for.  ``validate`` exits 0
when every file is valid, 1 when a document breaks the schema (each problem printed as ``FILE:
$.json.path: message``), 2 when a file cannot be read or parsed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from versioning.cli import EXIT_BAD_INPUT, EXIT_DIFFERENT, EXIT_OK
from versioning.errors import DocumentInvalid, InputError


def register(subparsers: Any) -> None:
    """Add ``parse`` and ``validate`` to the ``versioning`` parser."""
    parse = subparsers.add_parser(
        "parse",
        help="parse an edition (text, PDF, Word .docx, JSON or Akoma Ntoso) into its canonical JSON document",
        description=(
            "Parse one edition of a resolution -- text as a PDF extractor gives it, the PDF itself, a JSON "
            "document or an Akoma Ntoso file -- into the structured document of "
            "schemas/resolution.schema.json, printed as canonical JSON. Exit status: 0 parsed, 2 unreadable "
            "or not a resolution."
        ),
    )
    parse.add_argument("file", metavar="FILE", help="the edition to parse (text, PDF, .docx, JSON or AKN)")
    parse.add_argument("-o", "--output", metavar="OUT", help="write the JSON to OUT instead of stdout")
    parse.add_argument(
        "--explain",
        action="store_true",
        help=(
            "print the account of the parse instead of the JSON: the page furniture set aside (line and "
            "rule) and the source lines of each paragraph (with -o the JSON is still written to OUT)"
        ),
    )
    parse.set_defaults(handler=run_parse)

    validate = subparsers.add_parser(
        "validate",
        help="check documents against the schema",
        description=(
            "Check JSON documents against schemas/resolution.schema.json and the document rules; text and "
            "PDF files are parsed first. Each problem is printed as FILE: $.json.path: message. Exit "
            "status: 0 all valid, 1 a document is invalid, 2 a file cannot be read or parsed."
        ),
    )
    validate.add_argument("files", metavar="FILE", nargs="+", help="documents or editions to check")
    validate.set_defaults(handler=run_validate)


def run_parse(args: argparse.Namespace) -> int:
    """Parse one file and print or write its canonical JSON (or, with ``--explain``, print the account of
    the parse)."""
    from versioning.canonical import canonical_json
    from versioning.parsing import parse_with_account
    from versioning.parsing.explain import explain

    document, account = parse_with_account(Path(args.file))
    text = canonical_json(document)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as error:
            raise InputError(error.strerror or str(error), file=args.output) from None
    if args.explain:
        sys.stdout.write(explain(document, account, name=args.file))
    elif not args.output:
        sys.stdout.write(text)
    return EXIT_OK


def run_validate(args: argparse.Namespace) -> int:
    """Validate each file; print every problem; the worst outcome decides the exit status."""
    from versioning.parsing import parse_edition

    status = EXIT_OK
    for name in args.files:
        try:
            parse_edition(Path(name))
        except DocumentInvalid as invalid:
            for problem in invalid.problems:
                print(f"{name}: {problem}")
            status = max(status, EXIT_DIFFERENT)
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            status = EXIT_BAD_INPUT
        else:
            print(f"{name}: valid")
    return status
