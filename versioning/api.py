"""The library facade above the store and the renderers: what editorial tools and the CLI call.

* :func:`resolve_edition` -- an edition reference (a stored ``A/RES/67/6@2013-07-15``, or a file path) to
  a :class:`~versioning.model.Document`;
* :func:`compare_editions` -- two references to their documents and the change list between them;
* :func:`render_changes` -- a change list in one of the formats of :data:`versioning.render.FORMATS`;
* :func:`render_changes_bytes` -- a comparison as a file, in one of
  :data:`versioning.render.BINARY_FORMATS` (``docx``: the Word redline);
* :func:`export_edition` -- an edition in one of the exchange formats of :data:`EXPORT_FORMATS`.

For callers that hold an open store and take references from elsewhere than their user's shell (the HTTP
service): :func:`stored_reference`, :func:`list_resolutions`, :func:`describe_resolution`,
:func:`edition_commit`, :func:`compare_stored`, :func:`compare_sources`, :func:`series_with_steps`,
:func:`blame_edition` and :func:`add_edition`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from versioning.diff import ChangeList, DiffOptions
from versioning.errors import InputError
from versioning.identifiers import EditionRef, Symbol
from versioning.model import Document

if TYPE_CHECKING:
    from versioning.series import Lineage, Series, SeriesStep
    from versioning.store import AddResult, EditionInfo, KnownEdition, Store
    from versioning.store.ingest import Candidate

DEFAULT_STORE = "store"
"""The store used when none is named: ``./store``."""


def _akn(document: Document) -> bytes:
    from versioning.interop.akn_write import write_akn  # deferred: lxml is needed for AKN output only

    return write_akn(document)


EXPORT_FORMATS: dict[str, Callable[[Document], bytes]] = {"akn": _akn}
"""The exchange formats an edition can be exported to, by name: ``akn`` (Akoma Ntoso 3.0, AKN4UN)."""


def _diff_editions(
    old: Document, new: Document, options: DiffOptions | None = None, *, include_unchanged: bool = False
) -> ChangeList:
    """:func:`versioning.diff.diff_editions`, whose engine (its grammars and scales) loads on the first
    comparison, not when a command that never compares (``show``, ``log``, ``export``) starts."""
    from versioning.diff.engine import diff_editions

    return diff_editions(old, new, options, include_unchanged=include_unchanged)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two editions and the changes between them."""

    old: Document
    new: Document
    changes: ChangeList


def resolve_edition(reference: str, *, store: str | os.PathLike[str] | None = None) -> Document:
    """The document an edition reference names.

    A path to a file is parsed on the fly (text, PDF, Word .docx or JSON); a symbol, optionally with
    ``@DATE`` or ``@KIND``, is read from the store at ``store`` (default ``./store``).  Raises
    :class:`~versioning.errors.IdentifierError` for a malformed reference,
    :class:`~versioning.errors.InputError` or :class:`~versioning.errors.ParseError` for a bad file, and
    :class:`~versioning.errors.StoreError` (:class:`~versioning.errors.EditionNotFound`) for the store.
    """
    ref = EditionRef.parse(reference)
    if ref.path is not None:
        from versioning.parsing import parse_edition

        return parse_edition(ref.path)
    from versioning.store import open_store

    return open_store(store if store is not None else DEFAULT_STORE).read(ref)


def compare_editions(
    old: str,
    new: str,
    *,
    store: str | os.PathLike[str] | None = None,
    options: DiffOptions | None = None,
    include_unchanged: bool = False,
) -> Comparison:
    """Resolve two references and diff them (see :func:`versioning.diff.diff_editions`)."""
    old_document = resolve_edition(old, store=store)
    new_document = resolve_edition(new, store=store)
    changes = _diff_editions(old_document, new_document, options, include_unchanged=include_unchanged)
    return Comparison(old_document, new_document, changes)


def render_changes(comparison: Comparison, format: str = "text", *, color: bool = False) -> str:
    """The comparison's change list rendered in ``format`` (``text``, ``json``, ``markdown``, ``html``)."""
    from versioning.render import render

    return render(comparison.changes, format, color=color, old=comparison.old, new=comparison.new)


def render_changes_bytes(comparison: Comparison, format: str = "docx") -> bytes:
    """The comparison as the bytes of a file in a binary ``format`` (``docx``: the Word redline, the new
    edition with every change as a tracked revision)."""
    from versioning.render import render_bytes

    return render_bytes(comparison.changes, format, old=comparison.old, new=comparison.new)


def stored_reference(reference: str) -> EditionRef:
    """A reference to a stored edition, validated (never a file path): raises
    :class:`~versioning.errors.IdentifierError` for anything else."""
    return EditionRef.parse_stored(reference)


def list_resolutions(
    store: Store,
    *,
    session: int | None = None,
    words: str | None = None,
    agenda_item: str | None = None,
) -> list[Document]:
    """The latest edition of every resolution (and draft) in ``store``, in symbol order, filtered.

    ``session`` keeps one session's; ``words`` keeps those whose title holds every word (case is ignored,
    accents are not); ``agenda_item`` keeps those on that agenda item, or on one of
    its sub-items (``121`` matches ``121 (f)``).
    """
    wanted = [word.casefold() for word in (words or "").split()]
    item = " ".join((agenda_item or "").split()).casefold()

    def matches(document: Document) -> bool:
        if session is not None and document.session != session:
            return False
        title = document.title.casefold()
        if any(word not in title for word in wanted):
            return False
        items = [" ".join(entry.split()).casefold() for entry in document.agenda_items]
        return not item or any(entry == item or entry.startswith(item + " ") for entry in items)

    return [document for document in store.read_latest() if matches(document)]


@dataclass(frozen=True, slots=True)
class ResolutionOverview:
    """A resolution as a reader first sees it.

    Attributes:
        latest: its latest held edition.
        editions: the editions held, by date.
        known_editions: the editions the held ones tell of but the store lacks.
        series: its series with the gaps, or ``None`` for a draft (drafts belong to no series).
    """

    latest: Document
    editions: tuple[EditionInfo, ...]
    known_editions: tuple[KnownEdition, ...]
    series: Series | None


def describe_resolution(store: Store, symbol: str | Symbol) -> ResolutionOverview:
    """A resolution's editions (held and known) and its series.  Raises
    :class:`~versioning.errors.EditionNotFound` when the store holds no edition of it."""
    from versioning.series import load_series

    parsed = symbol if isinstance(symbol, Symbol) else Symbol.parse(symbol)
    latest = store.read(parsed)  # EditionNotFound, in the store's words, before anything else
    series = None if parsed.is_draft else load_series(store, str(parsed))
    return ResolutionOverview(
        latest, tuple(store.editions(parsed)), tuple(store.known_editions(parsed)), series
    )


def series_with_steps(store: Store, reference: str | EditionRef) -> tuple[Series, tuple[SeriesStep, ...]]:
    """The series of a stored resolution and the diff of each successive pair of its held members (what
    ``versioning series --diff`` prints)."""
    from versioning.series import load_series, successive_diffs

    series = load_series(store, str(reference))
    return series, successive_diffs(series)


def blame_edition(store: Store, reference: str | EditionRef) -> Lineage:
    """The lineage of each paragraph of a stored edition along its series (what ``versioning blame``
    prints)."""
    from versioning.series import load_series, trace_lineage

    ref = reference if isinstance(reference, EditionRef) else stored_reference(reference)
    assert ref.symbol is not None  # a stored reference always names a symbol
    return trace_lineage(load_series(store, str(ref)), ref.symbol.base)


def edition_commit(store: Store, reference: str | EditionRef) -> str | None:
    """The commit that added the edition ``reference`` names (its identity for caches), or ``None`` in a
    store without commits.  Raises :class:`~versioning.errors.EditionNotFound` like a read."""
    located = store.locate(reference)
    for info in store.editions(located.edition.symbol):
        if info.edition == located.edition:
            return info.commit
    return located.commit


def compare_stored(
    store: Store, old: str | EditionRef, new: str | EditionRef, *, include_unchanged: bool = False
) -> Comparison:
    """Diff two editions of an open store (references already validated, see :func:`stored_reference`)."""
    old_document, new_document = store.read(old), store.read(new)
    changes = _diff_editions(old_document, new_document, include_unchanged=include_unchanged)
    return Comparison(old_document, new_document, changes)


def compare_sources(
    old: bytes, new: bytes, *, names: tuple[str, str] = ("old", "new"), include_unchanged: bool = False
) -> Comparison:
    """Parse two editions given as bytes (text, PDF, Word, JSON or Akoma Ntoso) and diff them; nothing is
    stored."""
    from versioning.parsing import parse_bytes

    old_document = parse_bytes(old, name=names[0])
    new_document = parse_bytes(new, name=names[1])
    changes = _diff_editions(old_document, new_document, include_unchanged=include_unchanged)
    return Comparison(old_document, new_document, changes)


_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


def prepare_upload(data: bytes, *, name: str | None = None, as_reissue: str | None = None) -> Candidate:
    """Parse and validate one edition given as bytes, ready to store (see :func:`add_prepared_edition`).

    ``name`` (a file name, recorded as the source's name) is kept only when it is a plain file name;
    anything else (a path, a line break) is dropped and the source is named by its hash.  ``as_reissue``
    (an ISO date) declares the edition a reissue of that date, whatever its text says (``add
    --as-reissue``).
    """
    from versioning.store.ingest import make_candidate

    safe = name.rsplit("/", 1)[-1] if name else None
    if safe is not None and not _SAFE_NAME.match(safe):
        safe = None
    return make_candidate(data, safe, as_reissue=as_reissue)


def add_prepared_edition(store: Store, candidate: Candidate, *, replace: bool = False) -> AddResult:
    """Store one prepared edition, all or nothing: added, already stored, or
    :class:`~versioning.errors.EditionConflict` for a different text under a stored key; with ``replace``,
    such a text becomes the edition's new text (a new commit, the old text kept in the history)."""
    return store.add_prepared([candidate], replace=replace)[0]


def add_edition(store: Store, data: bytes, *, name: str | None = None) -> AddResult:
    """Parse, validate and store one edition given as bytes (see :func:`prepare_upload`)."""
    return add_prepared_edition(store, prepare_upload(data, name=name))


def export_edition(
    reference: str, format: str = "akn", *, store: str | os.PathLike[str] | None = None
) -> bytes:
    """The bytes of an edition (a reference, as :func:`resolve_edition` takes it) in an exchange format.

    Raises :class:`~versioning.errors.InputError` for a format not in :data:`EXPORT_FORMATS`, and what
    :func:`resolve_edition` raises.
    """
    writer = EXPORT_FORMATS.get(format)
    if writer is None:
        raise InputError(f"unknown export format {format!r} (expected one of: {', '.join(EXPORT_FORMATS)})")
    return writer(resolve_edition(reference, store=store))
