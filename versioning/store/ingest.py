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
from versioning.errors import InputError
from versioning.model import Document
from versioning.store.layout import EditionKey, EditionPlace
from versioning.store.records import AddResult, AddStatus

Progress = Callable[[str, int, int], None]
"""A progress callback: ``progress(stage, done, total)``, stage ``"parsing"`` then ``"writing"``."""

DEFAULT_INCLUDE = ("*.txt", "*.pdf", "*.json")
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
        place: where the edition goes in the store.
    """

    document: Document
    document_bytes: bytes
    source: bytes
    source_name: str | None
    media_type: str
    place: EditionPlace

    @property
    def key(self) -> EditionKey:
        """The edition's identity (symbol and date)."""
        return self.place.key


def edition_date(document: Document, *, name: str | None = None) -> str:
    """The date that identifies a document's edition: the edition date, else the distribution date, else
    the adoption date."""
    date = document.edition.date or document.distribution.date or document.adopted
    if date is None:
        reason = "the edition has no date (edition, distribution or adoption); cannot store it"
        raise InputError(reason, file=name)
    return date


def make_candidate(data: bytes, name: str | None) -> Candidate:
    """Parse and validate one input (raises the parser's errors, which name the file)."""
    from versioning.parsing import detect_format, parse_bytes  # deferred: reading the store needs no parser

    document = parse_bytes(data, name=name)
    place = EditionPlace(document.symbol, edition_date(document, name=name), document.edition.kind)
    return Candidate(document, canonical_bytes(document), data, name, detect_format(data), place)


def _candidate_from_path(path: str) -> Candidate:
    from versioning.parsing import read_source

    return make_candidate(read_source(path), path)


def prepare(
    sources: Sequence[Path | str | bytes], *, progress: Progress | None = None, parallel: bool = False
) -> list[Candidate]:
    """Parse every input (a path or bytes) into a :class:`Candidate`; raise the first input's error.

    With ``parallel``, large batches are parsed by a pool of processes (parsing is pure CPU work).
    """
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
        place: its folder (symbol, date, kind).
        source_id: an id of its source bytes, in the store's own terms (a git blob id, a hash).
        document_id: an id of its document bytes, in the same terms.
        commit: the commit holding it, if the store knows it cheaply.
    """

    place: EditionPlace
    source_id: str
    document_id: str = ""
    commit: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """What an ``add`` will do: the new editions to write, in commit order, and for every input its status
    and the edition that holds it (a stored one, or a new one whose commit is not made yet)."""

    new: list[Candidate]
    outcomes: list[tuple[Candidate, AddStatus, Candidate | StoredEdition]]


def _preference(candidate: Candidate) -> int:
    # Of several extractions of one edition given together, the official PDF is the best source to keep.
    return 0 if candidate.media_type == PDF else 1


def plan_additions(
    candidates: Sequence[Candidate],
    stored: Mapping[EditionKey, StoredEdition],
    source_id: Callable[[bytes], str],
) -> Plan:
    """Decide, for every candidate, whether it is a new edition, the stored one, or another source of one.

    An edition is its symbol and date: a second extraction of the same edition (other bytes) does not make
    a new edition.  New editions are ordered by date, so the store's history reads chronologically.
    """
    chosen: dict[EditionKey, Candidate] = {}
    for candidate in sorted(candidates, key=_preference):
        if candidate.key not in stored:
            chosen.setdefault(candidate.key, candidate)
    outcomes: list[tuple[Candidate, AddStatus, Candidate | StoredEdition]] = []
    for candidate in candidates:
        existing = stored.get(candidate.key)
        if existing is not None:
            same = existing.source_id == source_id(candidate.source)
            status = AddStatus.ALREADY_STORED if same else AddStatus.OTHER_SOURCE
            outcomes.append((candidate, status, existing))
            continue
        winner = chosen[candidate.key]
        if winner is candidate:
            outcomes.append((candidate, AddStatus.ADDED, candidate))
        elif winner.source == candidate.source:
            outcomes.append((candidate, AddStatus.ALREADY_STORED, winner))
        else:
            outcomes.append((candidate, AddStatus.OTHER_SOURCE, winner))
    new = sorted(chosen.values(), key=lambda c: (c.key.date, c.key.symbol))
    return Plan(new, outcomes)


def results(plan: Plan, commits: Mapping[EditionKey, str | None]) -> list[AddResult]:
    """The :class:`AddResult` of every input, once the new editions have their commits."""
    made = []
    for candidate, status, holder in plan.outcomes:
        if isinstance(holder, StoredEdition):
            commit = holder.commit or commits.get(holder.place.key)
            kind = holder.place.kind
        else:
            commit = commits.get(holder.key)
            kind = holder.place.kind
        made.append(
            AddResult(candidate.source_name, candidate.key.reference, kind, status, commit, candidate.key.tag)
        )
    return made
