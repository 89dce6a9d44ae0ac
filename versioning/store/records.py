"""The records the store hands back: what an ``add`` did, what an edition is, what a commit says.

All are frozen values, so that callers (the CLI, editorial tools, tests) can compare and keep them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from versioning.identifiers import EditionId, Symbol


class AddStatus(enum.Enum):
    """What ``add`` did with one input."""

    ADDED = "added"
    """A new edition: one commit and one tag were made for it."""

    ALREADY_STORED = "already stored"
    """The same edition from the same source bytes is already in the store: nothing was done."""

    OTHER_SOURCE = "already stored from another source"
    """Another source (another extraction, the PDF) of an edition already stored (or added by the same
    call) that gives the very same document: nothing new to store.  A source that gives a different
    document under a stored key is a :class:`~versioning.errors.EditionConflict`, never this."""

    REPLACED = "replaced"
    """A different text under a stored key, stored on purpose (``--replace``): a new commit that keeps the
    replaced one in the history, and the edition's tag moved to it."""


@dataclass(frozen=True, slots=True)
class AddResult:
    """The outcome of adding one input.

    Attributes:
        source_name: the input's file name (``None`` for bytes given directly).
        edition: the edition's identity (symbol, date, kind).
        status: what was done.
        commit: the commit that holds the edition (new or already there), or ``None`` in a store
            without commits of its own (never for a git store).
    """

    source_name: str | None
    edition: EditionId
    status: AddStatus
    commit: str | None

    @property
    def reference(self) -> str:
        """The edition reference (``A/RES/67/6@2013-07-15``), which is also its tag."""
        return str(self.edition)

    @property
    def kind(self) -> str:
        """The edition kind (``reissue``)."""
        return self.edition.kind or ""

    def __str__(self) -> str:
        name = f" from {self.source_name}" if self.source_name else ""
        commit = f", commit {self.commit[:10]}" if self.commit else ""
        return f"{self.status.value}: {self.reference} ({self.kind}{commit}){name}"


@dataclass(frozen=True, slots=True)
class EditionInfo:
    """One stored edition, as the store's history records it.

    Attributes:
        edition: the edition's identity (symbol, date -- the commit's author date -- and kind).
        commit: the commit that added it.
        source_name: the file name the source was given under, if known.
        source_sha256: the SHA-256 of the stored source bytes.
        parser_version: the version of ``versioning`` that parsed it.
    """

    edition: EditionId
    commit: str
    source_name: str | None
    source_sha256: str
    parser_version: str

    @property
    def symbol(self) -> Symbol:
        """The resolution's symbol (``A/RES/67/6``)."""
        return self.edition.symbol

    @property
    def date(self) -> str:
        """The edition's ISO date."""
        return self.edition.date

    @property
    def kind(self) -> str:
        """``original``, ``reissue``, ``corrigendum``, ``revision`` or ``draft``."""
        return self.edition.kind or ""

    @property
    def reference(self) -> str:
        """The edition reference, ``SYMBOL@DATE``, which is also its tag."""
        return str(self.edition)

    @property
    def tag(self) -> str:
        """The edition's tag (without ``refs/tags/``): the reference."""
        return str(self.edition)


@dataclass(frozen=True, slots=True)
class KnownEdition:
    """An edition that a held one says existed, but that the store does not hold (like a series gap).

    Attributes:
        edition: its identity (``A/RES/67/6@2013-01-31``, kind ``original``).
        known_from: the held edition that tells of it (the reissue of 2013-07-15).
        reason: how it is known, in words.
    """

    edition: EditionId
    known_from: EditionId
    reason: str

    @property
    def reference(self) -> str:
        """The edition reference, ``SYMBOL@DATE``."""
        return str(self.edition)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One commit in the history of a resolution (or of the whole store).

    Attributes:
        commit: the commit id.
        date: the author date, which is the edition's date (ISO ``YYYY-MM-DD``).
        subject: the first line of the commit message (``A/RES/67/6: reissue of 2013-07-15``).
        reference: the edition the commit added, from its ``Edition`` trailer (``None`` if it has none).
        kind: the edition kind from its ``Edition-Kind`` trailer (``None`` if it has none).
    """

    commit: str
    date: str
    subject: str
    reference: str | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class SyncResult:
    """The outcome of ``push`` or ``pull``.

    Attributes:
        remote: the remote as given (a name, a path or a URL).
        old: the branch tip before (``None`` for an empty branch).
        new: the branch tip after.
        editions: how many editions were sent or received.
    """

    remote: str
    old: str | None
    new: str | None
    editions: int

    def __str__(self) -> str:
        if self.old == self.new:
            return f"{self.remote}: already up to date"
        span = f"{(self.old or '(empty)')[:10]}..{(self.new or '')[:10]}"
        return f"{self.remote}: {self.editions} edition(s), {span}"
