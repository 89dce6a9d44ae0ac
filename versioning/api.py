"""The library facade above the store and the renderers: what editorial tools and the CLI call.

* :func:`resolve_edition` -- an edition reference (a stored ``A/RES/67/6@2013-07-15``, or a file path) to
  a :class:`~versioning.model.Document`;
* :func:`compare_editions` -- two references to their documents and the change list between them;
* :func:`render_changes` -- a change list in one of the formats of :data:`versioning.render.FORMATS`;
* :func:`export_edition` -- an edition in one of the exchange formats of :data:`EXPORT_FORMATS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from versioning.diff import ChangeList, DiffOptions, diff_editions
from versioning.errors import InputError
from versioning.identifiers import EditionRef
from versioning.interop.akn_write import write_akn
from versioning.model import Document

DEFAULT_STORE = "store"
"""The store used when none is named: ``./store``."""

EXPORT_FORMATS: dict[str, Callable[[Document], bytes]] = {"akn": write_akn}
"""The exchange formats an edition can be exported to, by name: ``akn`` (Akoma Ntoso 3.0, AKN4UN)."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two editions and the changes between them."""

    old: Document
    new: Document
    changes: ChangeList


def resolve_edition(reference: str, *, store: str | os.PathLike[str] | None = None) -> Document:
    """The document an edition reference names.

    A path to a file is parsed on the fly (text, PDF or JSON); a symbol, optionally with ``@DATE`` or
    ``@KIND``, is read from the store at ``store`` (default ``./store``).  Raises
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
    changes = diff_editions(old_document, new_document, options, include_unchanged=include_unchanged)
    return Comparison(old_document, new_document, changes)


def render_changes(comparison: Comparison, format: str = "text", *, color: bool = False) -> str:
    """The comparison's change list rendered in ``format`` (``text``, ``json``, ``markdown``, ``html``)."""
    from versioning.render import render

    return render(comparison.changes, format, color=color, old=comparison.old, new=comparison.new)


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
