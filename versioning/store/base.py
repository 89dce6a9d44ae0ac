"""The interface every store offers, and the parts of it that do not depend on how editions are kept.

:class:`Store` is implemented by :class:`~versioning.store.gitstore.GitStore` (a git repository) and
:class:`~versioning.store.memory.MemoryStore` (dictionaries, for tests of code above the store).
"""

from __future__ import annotations

import abc
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from versioning.errors import EditionNotFound, InputError
from versioning.identifiers import EditionRef, Symbol
from versioning.model import Document
from versioning.store.ingest import (
    DEFAULT_INCLUDE,
    Candidate,
    Progress,
    StoredEdition,
    collect_directory,
    prepare,
)
from versioning.store.records import AddResult, EditionInfo, HistoryEntry, SyncResult


class Store(abc.ABC):
    """A store of editions: add them, resolve references, read documents and sources, list history.

    Every ``add`` is all or nothing: every input is parsed and validated before anything is written.
    """

    location: str
    """Where the store is (a path, or ``":memory:"``), for messages."""

    def add(self, sources: Sequence[Path | str | bytes]) -> list[AddResult]:
        """Add editions from files (paths) or bytes; return one result per input, in input order.

        Raises the first input's :class:`~versioning.errors.InputError`, ``ParseError`` or
        ``DocumentInvalid`` (and stores nothing) when any input is not a valid edition.
        """
        return self._store(prepare(sources), bulk=False, progress=None)

    def add_directory(
        self,
        path: str | os.PathLike[str],
        *,
        include: Sequence[str] = DEFAULT_INCLUDE,
        progress: Progress | None = None,
    ) -> list[AddResult]:
        """Add every edition file under a folder (names matching ``include``), all or nothing.

        Parsing is spread over the processors and the editions are written in one bulk import;
        ``progress(stage, done, total)`` is called as inputs are parsed, then as editions are written.
        """
        files = collect_directory(path, include)
        if not files:
            raise InputError(f"no edition files ({', '.join(include)}) in this folder", file=os.fspath(path))
        return self._store(prepare(files, progress=progress, parallel=True), bulk=True, progress=progress)

    def locate(self, reference: str | EditionRef) -> StoredEdition:
        """Resolve a reference to a stored edition: the latest, the one of a date, or the first of a kind."""
        ref = EditionRef.parse(reference) if isinstance(reference, str) else reference
        if ref.symbol is None:
            raise EditionNotFound(str(ref), store=self.location, reason="a file path names no stored edition")
        stored = sorted(self._stored_editions(str(ref.symbol)), key=lambda e: e.place.date)
        if not stored:
            reason = "no edition of this resolution is stored"
            raise EditionNotFound(str(ref), store=self.location, reason=reason)
        selector = ref.selector
        if selector is None:
            return stored[-1]
        matches = [e for e in stored if selector in (e.place.date, e.place.kind)]
        if not matches:
            held = ", ".join(f"{e.place.date} ({e.place.kind})" for e in stored)
            reason = f"no such edition; the store holds {held}"
            raise EditionNotFound(str(ref), store=self.location, reason=reason)
        return matches[0]

    def read(self, reference: str | EditionRef) -> Document:
        """The document of an edition (a stored one, or a file path parsed on the fly)."""
        ref = EditionRef.parse(reference) if isinstance(reference, str) else reference
        if ref.path is not None:
            from versioning.parsing import parse_edition

            return parse_edition(ref.path)
        return Document.from_dict(json.loads(self.read_document_bytes(ref)))

    def read_document_bytes(self, reference: str | EditionRef) -> bytes:
        """The canonical JSON bytes of a stored edition, exactly as stored."""
        return self._document_bytes(self.locate(reference))

    def read_source(self, reference: str | EditionRef) -> bytes:
        """The source bytes of an edition, exactly as they were given (or a file's bytes, for a path)."""
        ref = EditionRef.parse(reference) if isinstance(reference, str) else reference
        if ref.path is not None:
            from versioning.parsing import read_source

            return read_source(ref.path)
        return self._source_bytes(self.locate(ref))

    def read_latest(self, symbols: Iterable[str] | None = None) -> list[Document]:
        """The latest edition of every resolution (or of those named), in symbol order, read in one pass.

        Faster than one :meth:`read` per symbol on a large store.  Raises
        :class:`~versioning.errors.EditionNotFound` for a named symbol the store does not hold.
        """
        latest: dict[str, StoredEdition] = {}
        for edition in self._all_stored_editions():
            held = latest.get(edition.place.symbol)
            if held is None or held.place.date < edition.place.date:
                latest[edition.place.symbol] = edition
        wanted = sorted(latest, key=_symbol_order) if symbols is None else list(symbols)
        for symbol in wanted:
            if symbol not in latest:
                reason = "no edition of this resolution is stored"
                raise EditionNotFound(symbol, store=self.location, reason=reason)
        chosen = [latest[symbol] for symbol in wanted]
        return [Document.from_dict(json.loads(data)) for data in self._documents_bytes(chosen)]

    def symbols(self) -> list[str]:
        """The symbols of every resolution in the store, sorted."""
        return sorted({info.symbol for info in self.editions()}, key=_symbol_order)

    @abc.abstractmethod
    def editions(self, symbol: str | None = None) -> list[EditionInfo]:
        """Every stored edition (of one resolution, or of all), ordered by date, then symbol."""

    @abc.abstractmethod
    def history(self, symbol: str | None = None) -> list[HistoryEntry]:
        """The commits that touch a resolution's folder (or all commits), newest first, as ``git log``."""

    @abc.abstractmethod
    def verify(self) -> list[str]:
        """Check the store; return one line per problem (an empty list when all is well)."""

    @abc.abstractmethod
    def push(self, remote: str = "origin") -> SyncResult:
        """Send the store's editions to a remote (fast-forward only)."""

    @abc.abstractmethod
    def pull(self, remote: str = "origin") -> SyncResult:
        """Take a remote's new editions (fast-forward only; diverged histories are refused, never merged)."""

    @abc.abstractmethod
    def _store(
        self, candidates: Sequence[Candidate], *, bulk: bool, progress: Progress | None
    ) -> list[AddResult]:
        """Write the new editions among valid candidates, all or nothing, and report on every one."""

    @abc.abstractmethod
    def _stored_editions(self, symbol: str) -> list[StoredEdition]:
        """The stored editions of one resolution."""

    @abc.abstractmethod
    def _all_stored_editions(self) -> list[StoredEdition]:
        """Every stored edition."""

    @abc.abstractmethod
    def _document_bytes(self, edition: StoredEdition) -> bytes:
        """The stored canonical JSON of an edition."""

    def _documents_bytes(self, editions: Sequence[StoredEdition]) -> list[bytes]:
        """The stored canonical JSON of several editions (stores override this to read in one pass)."""
        return [self._document_bytes(edition) for edition in editions]

    @abc.abstractmethod
    def _source_bytes(self, edition: StoredEdition) -> bytes:
        """The stored source bytes of an edition."""


def _symbol_order(symbol: str) -> tuple[int, str, int, str]:
    # Numeric order (A/RES/67/6 before A/RES/67/10), drafts after resolutions of the same session.
    try:
        parsed = Symbol.parse(symbol)
    except ValueError:
        return (0, symbol, 0, "")
    tail = parsed.base.rsplit("/", 1)[-1].removeprefix("L.")
    return (parsed.session, "L" if parsed.is_draft else "", int(tail) if tail.isdigit() else 0, symbol)
