"""The mark that makes a git repository a store: a file ``versioning-store`` in its git directory.

``--store`` may name any path, and a project's own checkout is a git repository too: without a mark the
store would commit editions into it.  ``init`` (and the first ``add`` into a path that holds nothing yet)
writes the mark; opening a repository without it is refused, unless it is a store made before the mark
existed, which is recognised by its tip (a commit the store wrote, with an ``Edition`` trailer) and marked
then.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from versioning.errors import StoreError

MARKER_FILE = "versioning-store"
MARKER_TEXT = "versioning edition store, format 1\n"


def write_marker(git_dir: Path) -> None:
    """Mark the repository at ``git_dir`` as a store (durably: written, flushed, then renamed in place)."""
    temporary = git_dir / f"{MARKER_FILE}.tmp{os.getpid()}"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(MARKER_TEXT)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, git_dir / MARKER_FILE)


def is_marked(git_dir: Path) -> bool:
    """True when the repository carries the store's mark."""
    return (git_dir / MARKER_FILE).is_file()


def check_marked(git_dir: Path, location: str) -> None:
    """Refuse a repository that is not a store; mark a store made before marks existed."""
    if is_marked(git_dir):
        return
    if _written_by_versioning(git_dir):
        write_marker(git_dir)
        return
    raise StoreError(
        f"{location}: a git repository, but not a versioning store; run `versioning --store {location} init`"
        " to make it one on purpose",
        store=location,
    )


def _written_by_versioning(git_dir: Path) -> bool:
    # A store made before the mark: its tip is an edition commit that the store itself wrote.
    completed = subprocess.run(
        ["git", "--git-dir", str(git_dir), "log", "-1", "--format=%ae%n%(trailers:key=Edition,valueonly)"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GIT_NO_REPLACE_OBJECTS": "1", "LC_ALL": "C"},
    )
    lines = completed.stdout.split("\n")
    return (
        completed.returncode == 0 and len(lines) > 1 and lines[0] == "versioning@localhost" and bool(lines[1])
    )
