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

from versioning.errors import EditionNotFound
from versioning.identifiers import EditionId, EditionRef, Symbol
from versioning.model import Document
from versioning.store.ingest import (
    DEFAULT_INCLUDE,
    Candidate,
    Progress,
    StoredEdition,
    prepare,
    prepare_directory,
)
from versioning.store.records import AddResult, EditionInfo, HistoryEntry, KnownEdition, SyncResult

Reference = str | Symbol | EditionId | EditionRef
"""What names an edition: a reference string (``A/RES/67/6@2013-07-15``, ``A/RES/67/6``, a path), a symbol
(its latest edition), an :class:`~versioning.identifiers.EditionId` or a parsed
:class:`~versioning.identifiers.EditionRef`."""


def as_reference(reference: Reference) -> EditionRef:
    """The :class:`EditionRef` a reference names."""
    if isinstance(reference, EditionRef):
        return reference
    if isinstance(reference, EditionId):
        return EditionRef.for_edition(reference)
    if isinstance(reference, Symbol):
        return EditionRef(symbol=reference)
    return EditionRef.parse(reference)


class Store(abc.ABC):
    """A store of editions: add them, resolve references, read documents and sources, list history.

    Every ``add`` is all or nothing: every input is parsed and validated before anything is written.
    """

    location: str
    """Where the store is (a path, or ``":memory:"``), for messages."""

    def add(
        self,
        sources: Sequence[Path | str | bytes],
        *,
        replace: bool = False,
        as_reissue: str | None = None,
    ) -> list[AddResult]:
        """Add editions from files (paths) or bytes; return one result per input, in input order.

        Raises the first input's :class:`~versioning.errors.InputError`, ``ParseError`` or
        ``DocumentInvalid`` (and stores nothing) when any input is not a valid edition, and
        :class:`~versioning.errors.EditionConflict` (storing nothing) when an input gives a different text
        under the key of a stored edition.  ``replace`` stores such a text as the edition's new text (a new
        commit; the replaced one stays in the history); ``as_reissue`` (an ISO date) declares the one input
        a reissue of that date.
        """
        return self.add_prepared(prepare(sources, as_reissue=as_reissue), replace=replace)

    def add_prepared(
        self,
        candidates: Sequence[Candidate],
        *,
        replace: bool = False,
        bulk: bool = False,
        progress: Progress | None = None,
    ) -> list[AddResult]:
        """Store inputs already parsed and validated (:func:`~versioning.store.ingest.prepare`), all or
        nothing; ``bulk`` also brings the repository's indexes up to date at once (after many editions)."""
        return self._store(candidates, bulk=bulk, progress=progress, replace=replace)

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
        candidates = prepare_directory(path, include=include, progress=progress)
        return self.add_prepared(candidates, bulk=True, progress=progress)

    def locate(self, reference: Reference) -> StoredEdition:
        """Resolve a reference to a stored edition: the latest, the one of a date, or the first of a kind."""
        ref = as_reference(reference)
        if ref.symbol is None:
            raise EditionNotFound(str(ref), store=self.location, reason="a file path names no stored edition")
        stored = sorted(self._stored_editions(ref.symbol), key=lambda e: e.edition.date)
        if not stored:
            reason = "no edition of this resolution is stored"
            raise EditionNotFound(str(ref), store=self.location, reason=reason)
        selector = ref.selector
        if selector is None:
            return stored[-1]
        matches = [e for e in stored if selector in (e.edition.date, e.edition.kind)]
        if not matches:
            held = ", ".join(f"{e.edition.date} ({e.edition.kind})" for e in stored)
            reason = f"no such edition; the store holds {held}"
            known = [
                k for k in self.known_editions(ref.symbol) if selector in (k.edition.date, k.edition.kind)
            ]
            if known:
                reason = f"known, not held: {known[0].reason}; the store holds {held}"
            raise EditionNotFound(str(ref), store=self.location, reason=reason)
        return matches[0]

    def read(self, reference: Reference) -> Document:
        """The document of an edition (a stored one, or a file path parsed on the fly)."""
        ref = as_reference(reference)
        if ref.path is not None:
            from versioning.parsing import parse_edition

            return parse_edition(ref.path)
        return Document.from_dict(json.loads(self.read_document_bytes(ref)))

    def read_document_bytes(self, reference: Reference) -> bytes:
        """The canonical JSON bytes of a stored edition, exactly as stored."""
        return self._document_bytes(self.locate(reference))

    def read_source(self, reference: Reference) -> bytes:
        """The source bytes of an edition, exactly as they were given (or a file's bytes, for a path)."""
        ref = as_reference(reference)
        if ref.path is not None:
            from versioning.parsing import read_source

            return read_source(ref.path)
        return self._source_bytes(self.locate(ref))

    def read_latest(self, symbols: Iterable[str | Symbol] | None = None) -> list[Document]:
        """The latest edition of every resolution (or of those named), in symbol order, read in one pass.

        Faster than one :meth:`read` per symbol on a large store.  Raises
        :class:`~versioning.errors.EditionNotFound` for a named symbol the store does not hold.
        """
        latest: dict[Symbol, StoredEdition] = {}
        for edition in self._all_stored_editions():
            held = latest.get(edition.edition.symbol)
            if held is None or held.edition.date < edition.edition.date:
                latest[edition.edition.symbol] = edition
        wanted = sorted(latest, key=symbol_order) if symbols is None else [_symbol(s) for s in symbols]
        for symbol in wanted:
            if symbol not in latest:
                reason = "no edition of this resolution is stored"
                raise EditionNotFound(str(symbol), store=self.location, reason=reason)
        chosen = [latest[symbol] for symbol in wanted]
        return [Document.from_dict(json.loads(data)) for data in self._documents_bytes(chosen)]

    def symbols(self) -> list[Symbol]:
        """The symbols of every resolution in the store, sorted."""
        return sorted({info.symbol for info in self.editions()}, key=symbol_order)

    @abc.abstractmethod
    def editions(self, symbol: str | Symbol | None = None) -> list[EditionInfo]:
        """Every stored edition (of one resolution, or of all), ordered by date, then symbol."""

    def known_editions(self, symbol: str | Symbol | None = None) -> list[KnownEdition]:
        """Editions the held ones tell of but the store does not hold, ordered by date, then symbol.

        A reissue prints the distribution date of the text it reissues ("Distr.: General 31 January 2013"
        over "Reissued for technical reasons on 15 July 2013"): the original of that date existed.
        """
        held = self.editions(symbol)
        held_ids = {info.edition for info in held}
        known: dict[EditionId, KnownEdition] = {}
        for info in held:
            if info.kind != "reissue":
                continue
            distributed = self.read(info.edition).distribution.date
            if distributed is None or distributed >= info.date:
                continue
            original = EditionId(info.symbol, distributed, "original")
            if original not in held_ids and original not in known:
                reason = f"the reissue of {info.date} was first distributed on {distributed}"
                known[original] = KnownEdition(original, info.edition, reason)
        return sorted(known.values(), key=lambda k: (k.edition.date, str(k.edition.symbol)))

    @abc.abstractmethod
    def history(self, symbol: str | Symbol | None = None) -> list[HistoryEntry]:
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
        self, candidates: Sequence[Candidate], *, bulk: bool, progress: Progress | None, replace: bool
    ) -> list[AddResult]:
        """Write the new editions among valid candidates, all or nothing, and report on every one."""

    @abc.abstractmethod
    def _stored_editions(self, symbol: Symbol) -> list[StoredEdition]:
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


def _symbol(value: str | Symbol) -> Symbol:
    return value if isinstance(value, Symbol) else Symbol.parse(value)


def symbol_order(symbol: Symbol) -> tuple[int, int, int, int, str]:
    """Numeric order of symbols (A/RES/67/6 before A/RES/67/10), drafts after resolutions of a session."""
    return symbol.sort_key
