"""From inputs to editions ready to store: read, parse and validate everything first, then sort out which
inputs are new editions.

Nothing here touches git: the same steps serve the git store and the in-memory store.  Parsing all inputs
before writing anything is what makes one ``add`` all or nothing.
"""

from __future__ import annotations

import fnmatch
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from versioning.canonical import canonical_bytes
from versioning.errors import EditionConflict, IdentifierError, InputError
from versioning.identifiers import EditionId, parse_iso_date
from versioning.model import Document
from versioning.store.conflicts import first_difference, same_text
from versioning.store.records import AddResult, AddStatus

Progress = Callable[[str, int, int], None]
"""A progress callback: ``progress(stage, done, total)``, stage ``"parsing"`` then ``"writing"``."""

DEFAULT_INCLUDE = ("*.txt", "*.pdf", "*.docx", "*.json")
"""The file names ``add DIR`` takes by default."""

PDF = "application/pdf"

PARALLEL_THRESHOLD = 64
"""From how many inputs parsing is spread over the machine's processors."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One parsed, valid input, ready to be stored.

    Attributes:
        document: the parsed document.
        document_bytes: its canonical JSON.
        source: the input's exact bytes.
        source_name: the input's file name, or ``None`` for bytes given directly.
        media_type: the source's media type (``text/plain``, ``application/pdf``, ``application/json``).
        edition: the edition's identity, which says where it goes in the store.
    """

    document: Document
    document_bytes: bytes
    source: bytes
    source_name: str | None
    media_type: str
    edition: EditionId

    @property
    def label(self) -> str:
        """The input as messages name it: its file name, or the SHA-256 of bytes given directly."""
        return self.source_name or f"source {self.document.source.sha256[:12]}"


def make_candidate(data: bytes, name: str | None, *, as_reissue: str | None = None) -> Candidate:
    """Parse and validate one input (raises the parser's errors, which name the file).

    ``as_reissue`` (an ISO date) declares the input a reissue of that date, whatever its text says: the
    way to store a reissue whose own date line is missing or damaged.
    """
    from versioning.parsing import detect_format, parse_bytes  # deferred: reading the store needs no parser

    document = parse_bytes(data, name=name)
    if as_reissue is not None:
        document = declare_reissue(document, as_reissue, name=name)
    try:
        edition = document.edition_id
    except IdentifierError as error:
        raise InputError(f"cannot store this edition: {error}", file=name) from None
    return Candidate(document, canonical_bytes(document), data, name, detect_format(data), edition)


def declare_reissue(document: Document, date: str, *, name: str | None = None) -> Document:
    """``document`` as the reissue of ``date`` (the caller's word, for a text whose date line is damaged)."""
    from dataclasses import replace

    try:
        parse_iso_date(date, what="reissue date")
    except IdentifierError as error:
        raise InputError(str(error), file=name) from None
    return replace(document, edition=replace(document.edition, kind="reissue", date=date))


def _candidate_from_path(path: str) -> Candidate:
    from versioning.parsing import read_source

    return make_candidate(read_source(path), path)


def prepare(
    sources: Sequence[Path | str | bytes],
    *,
    progress: Progress | None = None,
    parallel: bool = False,
    as_reissue: str | None = None,
) -> list[Candidate]:
    """Parse every input (a path or bytes) into a :class:`Candidate`; raise the first input's error.

    With ``parallel``, large batches are parsed by a pool of processes (parsing is pure CPU work).
    ``as_reissue`` declares the one input a reissue of that date (see :func:`make_candidate`).
    """
    if as_reissue is not None:
        if len(sources) != 1:
            raise InputError("--as-reissue names the date of one edition: give exactly one input")
        source = sources[0]
        name = None if isinstance(source, bytes) else os.fspath(source)
        if name is not None:
            from versioning.parsing import read_source

            return [make_candidate(read_source(name), name, as_reissue=as_reissue)]
        assert isinstance(source, bytes)
        return [make_candidate(source, None, as_reissue=as_reissue)]
    total = len(sources)
    paths = [os.fspath(source) for source in sources if not isinstance(source, bytes)]
    workers = min(os.cpu_count() or 1, 8)
    # Forking a process that runs other threads can deadlock the child: parse serially there.
    alone = threading.active_count() == 1 and hasattr(os, "fork")
    if parallel and alone and workers > 1 and len(paths) == total and total >= PARALLEL_THRESHOLD:
        return _prepare_in_pool(paths, workers, progress)
    candidates = []
    for done, source in enumerate(sources, 1):
        if isinstance(source, bytes):
            candidates.append(make_candidate(source, None))
        else:
            candidates.append(_candidate_from_path(os.fspath(source)))
        if progress is not None:
            progress("parsing", done, total)
    return candidates


def prepare_directory(
    path: str | os.PathLike[str],
    *,
    include: Sequence[str] = DEFAULT_INCLUDE,
    progress: Progress | None = None,
) -> list[Candidate]:
    """Parse every edition file under a folder (names matching ``include``), spread over the processors;
    raise the first input's error, or :class:`InputError` for a folder without edition files."""
    files = collect_directory(path, include)
    if not files:
        raise InputError(f"no edition files ({', '.join(include)}) in this folder", file=os.fspath(path))
    return prepare(files, progress=progress, parallel=True)


def _prepare_in_pool(paths: list[str], workers: int, progress: Progress | None) -> list[Candidate]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(paths) // (workers * 8)))
    context = multiprocessing.get_context("fork")
    candidates = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for done, candidate in enumerate(pool.map(_candidate_from_path, paths, chunksize=chunk), 1):
            candidates.append(candidate)
            if progress is not None and (done % chunk == 0 or done == len(paths)):
                progress("parsing", done, len(paths))
    return candidates


def collect_directory(path: str | os.PathLike[str], include: Sequence[str] = DEFAULT_INCLUDE) -> list[Path]:
    """The edition files under a folder (recursively, hidden entries skipped), sorted by path."""
    root = Path(path)
    if not root.is_dir():
        raise InputError("not a directory", file=os.fspath(path))
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in files:
            if not name.startswith(".") and any(fnmatch.fnmatch(name, pattern) for pattern in include):
                found.append(Path(folder) / name)
    return sorted(found)


@dataclass(frozen=True, slots=True)
class StoredEdition:
    """An edition already in a store, as far as deciding about a new input needs to know.

    Attributes:
        edition: its identity (symbol, date, kind: its folder).
        source_id: an id of its source bytes, in the store's own terms (a git blob id, a hash).
        document_id: an id of its document bytes, in the same terms.
        commit: the commit holding it, if the store knows it cheaply.
        source_file: the name of its source file in its folder (``source.pdf``), if the store has files.
    """

    edition: EditionId
    source_id: str
    document_id: str = ""
    commit: str | None = None
    source_file: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """What an ``add`` will do: the new editions to write, in commit order, and for every input its status
    and the edition that holds it (a stored one, or a new one whose commit is not made yet).

    ``replaced`` maps each new edition that replaces a stored text (``--replace``) to the stored edition.
    """

    new: list[Candidate]
    outcomes: list[tuple[Candidate, AddStatus, Candidate | StoredEdition]]
    replaced: dict[EditionId, StoredEdition]


def _preference(candidate: Candidate) -> int:
    # Of several extractions of one edition given together, the official PDF is the best source to keep.
    return 0 if candidate.media_type == PDF else 1


def plan_additions(
    candidates: Sequence[Candidate],
    stored: Mapping[EditionId, StoredEdition],
    source_id: Callable[[bytes], str],
    read_stored: Callable[[StoredEdition], Document],
    *,
    replace: bool = False,
    location: str | None = None,
) -> Plan:
    """Decide, for every candidate, whether it is a new edition, the stored one, or another source of one.

    An edition is its :class:`EditionId` (symbol and date).  A second source of an edition (other bytes)
    that gives the same document is not a new edition; one that gives a different document is a conflict:
    :class:`~versioning.errors.EditionConflict` is raised (and nothing is written), unless ``replace`` says
    the new text replaces the stored one.  Two inputs of one call that disagree conflict likewise.  New
    editions are ordered by date, so the store's history reads chronologically.
    """
    chosen: dict[EditionId, Candidate] = {}
    replaced: dict[EditionId, StoredEdition] = {}
    documents: dict[EditionId, Document] = {}
    for candidate in sorted(candidates, key=_preference):
        key = candidate.edition
        existing = stored.get(key)
        if existing is not None and key not in chosen:
            if existing.source_id == source_id(candidate.source):
                continue
            if key not in documents:  # read once, however many inputs share the key
                documents[key] = read_stored(existing)
            held = documents[key]
            if same_text(held, candidate.document):
                continue
            if not replace:
                raise _conflict(key, existing, held, candidate, location)
            replaced[key] = existing
        winner = chosen.setdefault(key, candidate)
        if winner is not candidate and not same_text(winner.document, candidate.document):
            raise EditionConflict(
                str(key),
                stored_source=winner.label,
                new_source=candidate.label,
                difference=first_difference(winner.document, candidate.document),
                store=location,
            )
    outcomes: list[tuple[Candidate, AddStatus, Candidate | StoredEdition]] = []
    for candidate in candidates:
        key = candidate.edition
        kept = chosen.get(key)
        if kept is None:
            existing = stored[key]
            same = existing.source_id == source_id(candidate.source)
            outcomes.append(
                (candidate, AddStatus.ALREADY_STORED if same else AddStatus.OTHER_SOURCE, existing)
            )
        elif kept is candidate:
            outcomes.append(
                (candidate, AddStatus.REPLACED if key in replaced else AddStatus.ADDED, candidate)
            )
        elif kept.source == candidate.source:
            outcomes.append((candidate, AddStatus.ALREADY_STORED, kept))
        else:
            outcomes.append((candidate, AddStatus.OTHER_SOURCE, kept))
    new = sorted(chosen.values(), key=lambda c: (c.edition.date, str(c.edition.symbol)))
    return Plan(new, outcomes, replaced)


def _conflict(
    key: EditionId, existing: StoredEdition, held: Document, candidate: Candidate, location: str | None
) -> EditionConflict:
    return EditionConflict(
        str(key),
        stored_source=f"source {held.source.sha256[:12]}"
        + (f" (commit {existing.commit[:10]})" if existing.commit else ""),
        new_source=candidate.label,
        difference=first_difference(held, candidate.document),
        store=location,
    )


def results(plan: Plan, commits: Mapping[EditionId, str | None]) -> list[AddResult]:
    """The :class:`AddResult` of every input, once the new editions have their commits."""
    made = []
    for candidate, status, holder in plan.outcomes:
        if isinstance(holder, StoredEdition):
            commit = holder.commit or commits.get(holder.edition)
            edition = holder.edition
        else:
            commit = commits.get(holder.edition)
            edition = holder.edition
        made.append(AddResult(candidate.source_name, edition, status, commit))
    return made
