"""The edition store: every valid edition committed to a git repository, one commit and one tag each.

::

    from versioning.store import open_store

    store = open_store("store", create=True)
    store.add([Path("A-RES-67-6.reissue-2013-07-15.txt")])     # -> [AddResult(...)]
    store.read("A/RES/67/6@2013-07-15")                        # -> Document
    store.editions("A/RES/67/6")                               # -> [EditionInfo(...)]

Layout, commit messages and tags are described in :mod:`versioning.store.layout` and
:mod:`versioning.store.history`; safety (lock, compare-and-swap, journal) in
:mod:`versioning.store.transaction`.  :class:`MemoryStore` has the same interface, kept in memory.
"""

from __future__ import annotations

import os
from pathlib import Path

from versioning.store.base import Store
from versioning.store.gitstore import GitStore
from versioning.store.memory import MemoryStore
from versioning.store.records import AddResult, AddStatus, EditionInfo, HistoryEntry, KnownEdition, SyncResult
from versioning.store.repository import find_repository, locate

__all__ = [
    "AddResult",
    "AddStatus",
    "EditionInfo",
    "GitStore",
    "HistoryEntry",
    "KnownEdition",
    "MemoryStore",
    "Store",
    "SyncResult",
    "init_store",
    "open_store",
]


def open_store(path: str | os.PathLike[str], *, create: bool = False) -> GitStore:
    """Open the store whose git repository is at ``path`` (bare or not); make one there when ``create``."""
    git_dir, work_tree = locate(path, create=create)
    return GitStore(git_dir, work_tree)


def init_store(path: str | os.PathLike[str], *, bare: bool = False) -> tuple[GitStore, bool]:
    """Make a store at ``path`` (a repository with a work tree, or bare); return it and whether it is new.

    An existing git repository at ``path`` is made a store on purpose (marked, see
    :mod:`versioning.store.marker`); its own files stay as they are.
    """
    existed = find_repository(Path(path)) is not None
    git_dir, work_tree = locate(path, create=True, bare=bare, adopt=True)
    return GitStore(git_dir, work_tree), not existed
