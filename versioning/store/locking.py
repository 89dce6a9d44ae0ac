"""The store's write lock: one writer at a time, across processes.

An advisory ``flock`` on ``versioning.lock`` inside the repository.  The kernel releases it when the last
process holding its descriptor ends, even by ``kill -9``, so a crashed writer never leaves the store locked;
the git processes a writer starts inherit the descriptor, so they keep the lock until they finish even if
their parent was killed.  The file keeps the pid of the last holder, for the message a waiting writer gives
up with.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from versioning.errors import StoreError

LOCK_FILE = "versioning.lock"
STALE_AFTER = 5.0
"""Seconds after which a git lock file found by a writer holding the store's lock is taken as a leftover."""
DEFAULT_TIMEOUT = 120.0
"""Seconds a writer waits for another before giving up."""


class StoreLock:
    """A context manager that holds the store's write lock.

    Writers serialise on it; readers never take it (they read the branch, which moves atomically).
    """

    def __init__(self, git_dir: Path, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = git_dir / LOCK_FILE
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        """Wait for the lock (up to ``timeout`` seconds) and take it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "another process"
                    os.close(fd)
                    raise StoreError(
                        f"{self.path.parent}: the store is locked by pid {holder}; try again later",
                        store=str(self.path.parent),
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def fileno(self) -> int:
        """The descriptor that holds the lock (child processes that inherit it hold the lock too)."""
        if self._fd is None:
            raise StoreError(f"{self.path.parent}: the store's lock is not held", store=str(self.path.parent))
        return self._fd

    def release(self) -> None:
        """Let the lock go."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.release()


def remove_stale_git_locks(
    git_dir: Path, names: Iterable[str], *, older_than: float = STALE_AFTER
) -> list[str]:
    """Remove git's lock files (``<name>.lock`` under ``git_dir``) left by a killed writer; return them.

    Call only while holding the store's lock: every git process the store starts inherits that lock, so
    a git lock file found then belongs to a writer killed together with its git processes, or, if it is
    very recent, to a person's own git command, which ``older_than`` leaves alone.
    """
    removed = []
    now = time.time()
    for name in names:
        lock = git_dir / f"{name}.lock"
        try:
            if now - lock.stat().st_mtime >= older_than:
                lock.unlink()
                removed.append(name)
        except FileNotFoundError:
            continue
    return removed
