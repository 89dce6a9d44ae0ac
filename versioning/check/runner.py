"""Running the check over files: parse and validate each, find its predecessor, apply the policies."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from versioning.check.findings import CheckReport, FileResult, Finding
from versioning.check.locate import SourceText
from versioning.check.policies import POLICIES, CheckContext
from versioning.check.predecessor import Candidate, find_predecessor, find_series
from versioning.diff import diff_editions
from versioning.errors import StoreError, VersioningError
from versioning.model import Document
from versioning.store import Store


def check_files(
    paths: Sequence[str | os.PathLike[str]], *, store: Store | None = None, fail_on: str | None = None
) -> CheckReport:
    """Check each file against the policies; predecessors are looked for in ``store`` (when given) and
    among the other files of the run.

    A file that cannot be read, parsed or validated gives a result with its one-line error (exit 2); it
    never stops the run.
    """
    loaders = [(os.fspath(path), functools.partial(_read, os.fspath(path))) for path in paths]
    return _check_loaded(loaders, store, fail_on)


def check_sources(
    sources: Sequence[tuple[str, bytes]], *, store: Store | None = None, fail_on: str | None = None
) -> CheckReport:
    """Check editions given as ``(name, bytes)`` pairs (an upload), as :func:`check_files` checks files."""
    return _check_loaded([(name, functools.partial(bytes, data)) for name, data in sources], store, fail_on)


def _check_loaded(
    loaders: Sequence[tuple[str, Callable[[], bytes]]], store: Store | None, fail_on: str | None
) -> CheckReport:
    """Load and parse each named edition (a failure is that edition's one-line error), then check them."""
    parsed: list[tuple[str, Document | None, str | None, bytes | None]] = []
    for name, load in loaders:
        try:
            data = load()
            parsed.append((name, _parse(data, name), None, data))
        except VersioningError as error:
            parsed.append((name, None, str(error), None))
    return _check_parsed(parsed, store, fail_on)


def _check_parsed(
    parsed: list[tuple[str, Document | None, str | None, bytes | None]],
    store: Store | None,
    fail_on: str | None,
) -> CheckReport:
    run = [Candidate(document, held=False) for _, document, _, _ in parsed if document is not None]
    held = _held_candidates(store, {str(candidate.document.symbol) for candidate in run})
    results = []
    for name, document, problem, source in parsed:
        if document is None:
            results.append(FileResult(name, None, error=problem))
            continue
        others = [candidate for candidate in run if candidate.document is not document]
        results.append(check_document(document, [*held, *others], path=name, source=source))
    return CheckReport(tuple(results), fail_on, store.location if store is not None else None)


def check_document(
    document: Document, candidates: Sequence[Candidate], *, path: str, source: bytes | None = None
) -> FileResult:
    """Apply every policy to one parsed edition, given the editions it may follow."""
    predecessor = find_predecessor(document, candidates)
    changes = diff_editions(predecessor.document, document) if predecessor is not None else None
    series = predecessor.series if predecessor is not None else None
    if series is None:
        series = find_series(document, candidates)
    context = CheckContext(document, predecessor, changes, series, _source_text(source))
    findings: list[Finding] = []
    for policy in POLICIES:
        findings.extend(policy.rule(context))
    return FileResult(
        path=path,
        reference=document.reference,
        predecessor=predecessor.document.reference if predecessor is not None else None,
        relation=predecessor.relation if predecessor is not None else None,
        findings=tuple(findings),
        notes=tuple(context.notes),
        rules=tuple(policy.name for policy in POLICIES),
    )


def _read(name: str) -> bytes:
    from versioning.parsing import read_source

    return read_source(name)


def _parse(data: bytes, name: str) -> Document:
    from versioning.parsing import parse_bytes

    return parse_bytes(data, name=name)


def _source_text(data: bytes | None) -> SourceText | None:
    from versioning.parsing import TEXT, detect_format

    if data is None or detect_format(data) != TEXT:
        return None
    return SourceText.of(data.decode("utf-8-sig", errors="replace"))


def _held_candidates(store: Store | None, checked_symbols: set[str]) -> list[Candidate]:
    """Every stored edition of the resolutions checked; of the others, the latest edition only (which is
    all that finding a series needs)."""
    if store is None:
        return []
    try:
        infos = store.editions()
    except StoreError:
        return []
    latest = {info.symbol: info for info in infos}  # editions() is ordered by date: the last one wins
    wanted = [info for info in infos if str(info.symbol) in checked_symbols or latest[info.symbol] is info]
    latest_read = {document.reference: document for document in store.read_latest()}  # one pass
    return [
        Candidate(latest_read.get(info.reference) or store.read(info.reference), held=True) for info in wanted
    ]


def open_store_if_any(path: str | os.PathLike[str]) -> Store | None:
    """The store at ``path``, or ``None`` when there is none there (a check needs no store)."""
    from versioning.store import open_store

    if not Path(path).exists():
        return None
    try:
        return open_store(path)
    except StoreError:
        return None
