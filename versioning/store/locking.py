"""The store's write lock: one writer at a time, across processes; and git's lock files a dead writer left.

An advisory ``flock`` on ``versioning.lock`` inside the repository.  The kernel releases it when the last
process holding its descriptor ends, even by ``kill -9``, so a crashed writer never leaves the store locked;
the git processes a writer starts inherit the descriptor, so they keep the lock until they finish even if
their parent was killed.

The file holds the pid of its holder while the lock is held, and is emptied when a writer lets the lock go
after finishing its work.  So a writer that takes the lock and finds a pid in the file knows that writer
died (or failed) while holding it, *and* that every git process it had started is gone too (they held the
lock).  Git's own lock files (``index.lock``, ``refs/heads/main.lock``, ``packed-refs.lock``...) found then
have no live owner: they are removed at once, with a message.  When the file is empty, the last writer
finished cleanly and left no git lock, so a git lock file found then belongs to a git command run outside
versioning (a person's own ``git`` in the store), which may be alive: it is waited for, and if it is still
there after ``git_lock_timeout`` seconds the write stops with a one-line error before writing anything.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from pathlib import Path
from types import TracebackType

from versioning.errors import StoreError, VersioningError

LOCK_FILE = "versioning.lock"
DEFAULT_TIMEOUT = 120.0
"""Seconds a writer waits for another before giving up."""
GIT_LOCK_TIMEOUT = 10.0
"""Seconds a writer waits for a git lock file held by a git command outside versioning (the environment
variable ``VERSIONING_GIT_LOCK_TIMEOUT`` overrides it)."""

GIT_LOCK_FOLDERS = (
    "",
    "refs/heads",
    "refs/versioning",
    "objects/info",
    "objects/info/commit-graphs",
)
"""Where the git commands a write runs put their lock files (besides the tags, which only a ref
transaction locks, and only for milliseconds: a dead writer's are found by a scan of ``refs``)."""

logger = logging.getLogger("versioning.store")


class StoreLock:
    """A context manager that holds the store's write lock.

    Writers serialise on it; readers never take it (they read refs, which move atomically).  On entry the
    git lock files a dead writer left are removed and those of a live git command waited for (see the
    module's description).
    """

    def __init__(
        self, git_dir: Path, *, timeout: float = DEFAULT_TIMEOUT, git_lock_timeout: float | None = None
    ) -> None:
        self.path = git_dir / LOCK_FILE
        self.timeout = timeout
        if git_lock_timeout is None:
            try:
                git_lock_timeout = float(os.environ.get("VERSIONING_GIT_LOCK_TIMEOUT", GIT_LOCK_TIMEOUT))
            except ValueError:
                git_lock_timeout = GIT_LOCK_TIMEOUT
        self.git_lock_timeout = git_lock_timeout
        self.dead_holder: str | None = None
        """The pid of a writer that held the lock and did not finish (killed, or stopped by an error)."""
        self._fd: int | None = None

    @property
    def git_dir(self) -> Path:
        """The repository the lock guards."""
        return self.path.parent

    def acquire(self) -> None:
        """Wait for the lock (up to ``timeout`` seconds), take it, and clear or wait for git's lock files."""
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
                        f"{self.git_dir}: the store is locked by pid {holder}; try again later",
                        store=str(self.git_dir),
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        previous = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        self.dead_holder = previous or None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        try:
            if self.dead_holder is not None:
                remove_dead_git_locks(self.git_dir, self.dead_holder)
            else:
                wait_for_git_locks(self.git_dir, self.git_lock_timeout)
        except BaseException:
            self.release(finished=self.dead_holder is None)  # leave what is still to clear to the next
            raise

    def fileno(self) -> int:
        """The descriptor that holds the lock (child processes that inherit it hold the lock too)."""
        if self._fd is None:
            raise StoreError(f"{self.git_dir}: the store's lock is not held", store=str(self.git_dir))
        return self._fd

    def release(self, *, finished: bool = True) -> None:
        """Let the lock go; ``finished`` empties the file, telling the next writer nothing was left behind."""
        if self._fd is not None:
            if finished:
                os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        # A writer stopped by something other than one of the library's own errors (an interrupt, a bug)
        # may have left git lock files (its git processes have all ended: they run to completion before
        # control returns here), so it leaves its pid for the next one.  A library error is raised either
        # before git runs or after a git command failed, and a failing git command removes its own locks.
        self.release(finished=kind is None or issubclass(kind, VersioningError))


def git_lock_files(git_dir: Path, *, everywhere: bool = False) -> list[Path]:
    """Git's lock files in the repository: in :data:`GIT_LOCK_FOLDERS`, or ``everywhere`` under ``refs``."""
    found: list[Path] = []
    for folder in GIT_LOCK_FOLDERS:
        try:
            names = os.listdir(git_dir / folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        locks = (name for name in names if name.endswith(".lock") and name != LOCK_FILE)
        found.extend(git_dir / folder / name for name in locks)
    if everywhere:
        found.extend(path for path in (git_dir / "refs").rglob("*.lock") if path not in found)
    return sorted(found)


def remove_dead_git_locks(git_dir: Path, dead_holder: str) -> list[str]:
    """Remove the git lock files of a writer that died holding the store's lock; return their names."""
    removed = []
    for lock in git_lock_files(git_dir, everywhere=True):
        try:
            lock.unlink()
        except FileNotFoundError:
            continue
        name = lock.relative_to(git_dir).as_posix()
        removed.append(name)
        logger.warning(
            "%s: removed %s, left by versioning writer pid %s, which stopped without finishing"
            " (the store's lock was free, so none of its git processes is running)",
            git_dir,
            name,
            dead_holder,
        )
    return removed


def wait_for_git_locks(git_dir: Path, timeout: float) -> None:
    """Wait until no git lock file is left (a git command outside versioning holds them), or give up."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        locks = git_lock_files(git_dir)
        if not locks:
            return
        if time.monotonic() >= deadline:
            name = locks[0].relative_to(git_dir).as_posix()
            raise StoreError(
                f"{git_dir}: {name} is held by a git command outside versioning (waited {timeout:g} s);"
                " if no git command is running in the store, remove it",
                store=str(git_dir),
            )
        time.sleep(delay)
        delay = min(delay * 2, 0.2)
