"""An in-memory store with the interface of the git store, for tests of the code above the store.

It keeps the same rules (validation first, all or nothing, one edition per symbol and date, other
extractions reported and not stored) and makes a pseudo commit id per edition; it cannot be shared.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from versioning.errors import StoreError
from versioning.identifiers import EditionId, Symbol
from versioning.model import Document
from versioning.store.base import Store, _symbol
from versioning.store.ingest import Candidate, Progress, StoredEdition, plan_additions, results
from versioning.store.records import AddResult, EditionInfo, HistoryEntry, SyncResult


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class _Kept:
    candidate: Candidate
    commit: str
    parser_version: str

    def info(self) -> EditionInfo:
        return EditionInfo(
            edition=self.candidate.edition,
            commit=self.commit,
            source_name=self.candidate.source_name,
            source_sha256=_sha256(self.candidate.source),
            parser_version=self.parser_version,
        )


class MemoryStore(Store):
    """A store held in dictionaries; ``push`` and ``pull`` raise :class:`StoreError`."""

    def __init__(self) -> None:
        self.location = ":memory:"
        self._kept: dict[EditionId, _Kept] = {}
        self._order: list[EditionId] = []

    def _store(
        self, candidates: Sequence[Candidate], *, bulk: bool, progress: Progress | None, replace: bool
    ) -> list[AddResult]:
        from versioning import __version__

        stored = {key: self._stored(kept) for key, kept in self._kept.items()}
        plan = plan_additions(
            candidates, stored, _sha256, self._read_stored, replace=replace, location=self.location
        )
        commits: dict[EditionId, str | None] = {}
        for candidate in plan.new:
            key = candidate.edition
            commit = hashlib.sha1(f"{len(self._order)}:{key}".encode(), usedforsecurity=False).hexdigest()
            self._kept.pop(key, None)  # a replaced text (the key is symbol and date; the kind may differ)
            self._kept[key] = _Kept(candidate, commit, __version__)
            self._order.append(key)
            commits[key] = commit
        return results(plan, commits)

    def _read_stored(self, edition: StoredEdition) -> Document:
        return self._kept[edition.edition].candidate.document

    @staticmethod
    def _stored(kept: _Kept) -> StoredEdition:
        candidate = kept.candidate
        source_id, document_id = _sha256(candidate.source), _sha256(candidate.document_bytes)
        return StoredEdition(candidate.edition, source_id, document_id, kept.commit)

    def _stored_editions(self, symbol: Symbol) -> list[StoredEdition]:
        return [self._stored(kept) for key, kept in self._kept.items() if key.symbol == symbol]

    def _all_stored_editions(self) -> list[StoredEdition]:
        return [self._stored(kept) for kept in self._kept.values()]

    def _document_bytes(self, edition: StoredEdition) -> bytes:
        return self._kept[edition.edition].candidate.document_bytes

    def _source_bytes(self, edition: StoredEdition) -> bytes:
        return self._kept[edition.edition].candidate.source

    def editions(self, symbol: str | Symbol | None = None) -> list[EditionInfo]:
        """Every stored edition (of one resolution, or of all), ordered by date, then symbol."""
        wanted = _symbol(symbol) if symbol is not None else None
        found = [kept.info() for key, kept in self._kept.items() if wanted is None or key.symbol == wanted]
        return sorted(found, key=lambda info: (info.date, str(info.symbol)))

    def history(self, symbol: str | Symbol | None = None) -> list[HistoryEntry]:
        """The pseudo commits of a resolution (or of all), newest first."""
        wanted = _symbol(symbol) if symbol is not None else None
        entries = []
        for key in reversed(self._order):
            if wanted is not None and key.symbol != wanted:
                continue
            edition = self._kept[key].candidate.edition
            entries.append(
                HistoryEntry(
                    self._kept[key].commit,
                    edition.date,
                    f"{edition.symbol}: {edition.kind} of {edition.date}",
                    str(edition),
                    edition.kind,
                )
            )
        return entries

    def verify(self) -> list[str]:
        """Re-validate every document and re-check every source hash."""
        from versioning.validation import iter_problems

        problems = []
        for key in self._order:
            candidate = self._kept[key].candidate
            for problem in iter_problems(json.loads(candidate.document_bytes)):
                problems.append(f"{key}: document: {problem}")
        return problems

    def push(self, remote: str = "origin") -> SyncResult:
        """An in-memory store cannot be shared."""
        raise StoreError("an in-memory store cannot be pushed", store=self.location)

    def pull(self, remote: str = "origin") -> SyncResult:
        """An in-memory store cannot be shared."""
        raise StoreError("an in-memory store cannot be pulled into", store=self.location)
