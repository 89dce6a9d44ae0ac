"""Store commands: ``init``, ``add``, ``editions``, ``log``, ``show``, ``verify``, ``push``, ``pull``.

Each handler opens the store named by ``--store``, calls one library function, prints, and returns an
exit code; the store (and with it GitPython and the parser) is imported only inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from versioning.store import AddResult, GitStore, SyncResult

EXIT_OK = 0
EXIT_PROBLEMS = 1


def register(subparsers: Any) -> None:
    """Add the store's sub-commands to the ``versioning`` parser."""
    init = subparsers.add_parser(
        "init",
        help="create an empty store",
        description="Create an empty store: a git repository at --store (with a work tree, or --bare).",
    )
    init.add_argument("--bare", action="store_true", help="make a bare repository (no work tree)")
    init.set_defaults(handler=run_init)

    add = subparsers.add_parser(
        "add",
        help="add editions to the store",
        description=(
            "Parse, validate and commit editions (text, PDF, Word .docx or JSON), one commit and one tag "
            "each. Nothing is stored when any input is invalid. An edition already stored is left as it is; "
            "another extraction of a stored edition that gives the same document does not make a new one. "
            "A different text under the key of a stored edition (same symbol and date) is a conflict: "
            "nothing is stored and the exit status is 2, unless --as-reissue or --replace says what it is. "
            "Given one folder, adds every edition file in it through git's bulk import."
        ),
    )
    add.add_argument(
        "--as-reissue",
        metavar="DATE",
        help="the one input is a reissue of this date (YYYY-MM-DD), whatever its own date line says",
    )
    add.add_argument(
        "--replace",
        action="store_true",
        help="a different text under a stored key replaces it: a new commit, the old one kept in history",
    )
    add.add_argument("inputs", nargs="+", metavar="FILE|DIR", help="edition files, or one folder of them")
    add.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="with a folder: the file names to take (repeatable; default *.txt, *.pdf, *.docx, *.json)",
    )
    add.set_defaults(handler=run_add)

    editions = subparsers.add_parser(
        "editions",
        help="list the editions the store holds",
        description="A table of the stored editions (of one resolution, or all): date, kind, commit, source.",
    )
    editions.add_argument("symbol", nargs="?", metavar="SYMBOL", help="only this resolution (A/RES/67/6)")
    editions.set_defaults(handler=run_editions)

    log = subparsers.add_parser(
        "log",
        help="show the history of a resolution (or of the store)",
        description="The commits that touch a resolution's folder, newest first (never following copies).",
    )
    log.add_argument("symbol", nargs="?", metavar="SYMBOL", help="the resolution (A/RES/67/6)")
    log.set_defaults(handler=run_log)

    show = subparsers.add_parser(
        "show",
        help="print an edition's canonical JSON (or its source)",
        description="Print the canonical JSON of an edition: A/RES/67/6, A/RES/67/6@2013-07-15, "
        "A/RES/67/6@original, or a file path (parsed on the fly).",
    )
    show.add_argument("reference", metavar="REF", help="an edition reference or a file path")
    show.add_argument("--source", action="store_true", help="print the stored source bytes instead")
    show.set_defaults(handler=run_show)

    verify = subparsers.add_parser(
        "verify",
        help="check every edition, tag and object of the store",
        description="Re-validate every document, re-check and re-parse every source, check the tags and "
        "run git fsck; exit 1 with one line per problem.",
    )
    verify.set_defaults(handler=run_verify)

    for name, verb in (("push", "send the store's editions to"), ("pull", "take new editions from")):
        command = subparsers.add_parser(
            name,
            help=f"{verb} a remote (fast-forward only)",
            description=f"{verb.capitalize()} a git remote (a name, path or URL); histories that diverged "
            "are refused, never merged.",
        )
        command.add_argument("remote", nargs="?", default="origin", metavar="REMOTE", help="default: origin")
        command.set_defaults(handler=run_push if name == "push" else run_pull)


def _open(args: argparse.Namespace, *, create: bool = False) -> GitStore:
    from versioning.store import open_store

    return open_store(args.store, create=create)


def run_init(args: argparse.Namespace) -> int:
    """``versioning init``."""
    from versioning.store import init_store

    store, created = init_store(args.store, bare=args.bare)
    print(
        f"created an empty store at {store.location}"
        if created
        else f"a store already exists at {store.location}"
    )
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    """``versioning add FILE... | DIR``."""
    from versioning.errors import InputError

    inputs = [Path(name) for name in args.inputs]
    folders = [path for path in inputs if path.is_dir()]
    if folders and len(inputs) > 1:
        raise InputError("give one folder, or edition files, not both", file=str(folders[0]))
    if folders and (args.as_reissue or args.replace):
        raise InputError("--as-reissue and --replace take edition files, not a folder", file=str(folders[0]))
    from versioning.store.ingest import DEFAULT_INCLUDE, prepare, prepare_directory

    # Every input is parsed and validated before the store is opened, so that a rejected input does not
    # even create a store where there was none.
    if folders:
        bar = _ProgressBar() if sys.stderr.isatty() else None
        candidates = prepare_directory(folders[0], include=args.include or DEFAULT_INCLUDE, progress=bar)
        results = _open(args, create=True).add_prepared(candidates, bulk=True, progress=bar)
        if bar is not None:
            bar.close()
        print(_summary(results))
    else:
        candidates = prepare(inputs, as_reissue=args.as_reissue)
        for result in _open(args, create=True).add_prepared(candidates, replace=args.replace):
            print(result)
    return EXIT_OK


def _summary(results: Sequence[AddResult]) -> str:
    from versioning.store import AddStatus

    counts = {status: sum(1 for r in results if r.status is status) for status in AddStatus}
    return (
        f"{len(results)} file(s): {counts[AddStatus.ADDED]} edition(s) added, "
        f"{counts[AddStatus.ALREADY_STORED]} already stored, "
        f"{counts[AddStatus.OTHER_SOURCE]} other source(s) of stored editions (same documents)"
    )


class _ProgressBar:
    """A one-line progress bar on standard error (used only on a terminal)."""

    width = 30

    def __call__(self, stage: str, done: int, total: int) -> None:
        filled = self.width * done // max(total, 1)
        bar = "#" * filled + "-" * (self.width - filled)
        sys.stderr.write(f"\r{stage:<8} [{bar}] {done}/{total}")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")


def run_editions(args: argparse.Namespace) -> int:
    """``versioning editions [SYMBOL]``."""
    store = _open(args)
    listed = [
        (e.date, str(e.symbol), (e.reference, e.kind, e.commit[:10], e.source_name or "-"))
        for e in store.editions(args.symbol)
    ]
    listed += [
        (
            k.edition.date,
            str(k.edition.symbol),
            (k.reference, k.edition.kind or "", "-", f"known, not held ({k.reason})"),
        )
        for k in store.known_editions(args.symbol)
    ]
    rows = [("EDITION", "KIND", "COMMIT", "SOURCE")]
    rows += [row for _, _, row in sorted(listed)]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])
    return EXIT_OK


def run_log(args: argparse.Namespace) -> int:
    """``versioning log [SYMBOL]``."""
    store = _open(args)
    for entry in store.history(args.symbol):
        print(f"{entry.commit[:10]}  {entry.date}  {entry.subject}")
    if args.symbol is not None:
        for known in store.known_editions(args.symbol):
            what = f"{known.reference}: {known.edition.kind}, known, not held ({known.reason})"
            print(f"{'-':<10}  {known.edition.date}  {what}")
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    """``versioning show REF [--source]``."""
    from versioning.identifiers import EditionRef

    reference = EditionRef.parse(args.reference)
    if reference.is_path:
        from versioning.canonical import canonical_bytes
        from versioning.parsing import parse_edition, read_source

        assert reference.path is not None
        data = read_source(reference.path) if args.source else canonical_bytes(parse_edition(reference.path))
    else:
        store = _open(args)
        data = store.read_source(reference) if args.source else store.read_document_bytes(reference)
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    """``versioning verify``."""
    store = _open(args)
    problems = store.verify()
    for problem in problems:
        print(problem)
    if problems:
        return EXIT_PROBLEMS
    print(f"ok: {store.location} is sound")
    return EXIT_OK


def run_push(args: argparse.Namespace) -> int:
    """``versioning push [REMOTE]``."""
    print(_sync_line("pushed", "to", _open(args).push(args.remote)))
    return EXIT_OK


def run_pull(args: argparse.Namespace) -> int:
    """``versioning pull [REMOTE]``."""
    print(_sync_line("pulled", "from", _open(args).pull(args.remote)))
    return EXIT_OK


def _sync_line(verb: str, preposition: str, result: SyncResult) -> str:
    if result.old == result.new:
        return f"{result.remote}: already up to date"
    span = f"{(result.old or '(empty)')[:10]}..{(result.new or '')[:10]}"
    return f"{verb} {result.editions} edition(s) {preposition} {result.remote} ({span})"
