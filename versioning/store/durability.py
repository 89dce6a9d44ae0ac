"""Flushing to disk what an acknowledged write depends on.

Git flushes the files it writes (objects, packs, refs, the index) when ``core.fsync`` says so, which every
git process of the store does (:data:`~versioning.store.gitcmd.DURABLE_CONFIG`).  It does not flush the
directories those files were renamed into, and a name a power cut loses is a file lost.  So once a write is
published, the store flushes the directories that received new names: the repository itself
(``packed-refs``, ``HEAD``), the folders of the refs it moved, ``objects/pack`` and the loose-object folders
written since the write began.  On Linux one ``syncfs`` of the store's file system does all of it in one
journal commit (git has already flushed the files' bytes, so little is left to write); elsewhere each of
those folders is flushed.  The files the store writes itself (the journal, a new repository) are flushed the
same way: the file, then its folder.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
from collections.abc import Callable, Iterable
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush one file's bytes to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    """Flush a folder's entries (the names of the files in it) to disk; a missing folder is skipped."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except (FileNotFoundError, NotADirectoryError):
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot flush a folder; their renames are durable without it
        pass
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Flush every file and folder under ``root`` (a new repository: a few dozen small files)."""
    for folder, _, files in os.walk(root):
        for name in files:
            fsync_file(Path(folder, name))
        fsync_directory(Path(folder))


def flush_published(git_dir: Path, refs: Iterable[str], since: float) -> None:
    """Flush the folders a write that began at ``since`` (a ``time.time()``) gave new names to.

    ``refs`` are the full names of the refs it moved (``refs/heads/main``, ``refs/tags/...``).
    """
    if sync_file_system(git_dir):
        return
    folders = {git_dir, git_dir / "refs", git_dir / "objects" / "pack", git_dir / "objects" / "info"}
    folders.update((git_dir / ref).parent for ref in refs)
    objects = git_dir / "objects"
    try:
        entries = list(os.scandir(objects))
    except FileNotFoundError:
        entries = []
    for entry in entries:
        # A loose-object folder is named by two hex digits; its time changes when an object is added.
        if len(entry.name) == 2 and entry.is_dir() and entry.stat().st_mtime >= since - 1:
            folders.add(Path(entry.path))
    for folder in sorted(folders):
        fsync_directory(folder)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        function = ctypes.CDLL(name, use_errno=True).syncfs
    except (OSError, AttributeError, TypeError):  # not Linux
        return None
    function.argtypes = [ctypes.c_int]
    return function


def sync_file_system(path: Path) -> bool:
    """Flush the whole file system holding ``path`` (Linux ``syncfs``); False where that is not possible."""
    function = _syncfs()
    if function is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return function(fd) == 0
    finally:
        os.close(fd)
