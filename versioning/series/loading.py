"""Reading a series out of a store: the documents it holds, and the series of one of them."""

from __future__ import annotations

from versioning.model import Document
from versioning.series.discovery import Series, discover_series
from versioning.store import Store


def latest_documents(store: Store) -> list[Document]:
    """The latest stored edition of every resolution and draft in the store, read in one pass."""
    return store.read_latest()


def load_series(store: Store, reference: str) -> Series:
    """The series of the resolution ``reference`` names (a symbol, or ``SYMBOL@DATE``), with the
    documents of its held members loaded (their latest editions; the named edition for the target).

    Raises:
        EditionNotFound: the store holds no such edition.
        InputError: the reference names a draft.
    """
    target = store.read(reference)
    candidates = [doc for doc in latest_documents(store) if doc.symbol != target.symbol]
    return discover_series(target, candidates)
