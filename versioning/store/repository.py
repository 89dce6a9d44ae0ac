"""Finding, creating and opening a store's git repository.

``--store PATH`` names the repository itself, bare or not: ``PATH/.git`` for a store with a work tree a
person can browse, or ``PATH`` holding ``HEAD``, ``objects`` and ``refs`` for a bare one.
"""

from __future__ import annotations

import os
from pathlib import Path

from versioning.errors import StoreError
from versioning.store.marker import check_marked, write_marker

DEFAULT_BRANCH = "main"


def find_repository(path: Path) -> tuple[Path, Path | None] | None:
    """``(git_dir, work_tree)`` of the repository at ``path`` (``work_tree`` is ``None`` when bare)."""
    dot_git = path / ".git"
    if dot_git.is_dir():
        return dot_git.resolve(), path.resolve()
    if dot_git.is_file():  # a linked work tree or submodule: ".git" holds "gitdir: <path>"
        target = dot_git.read_text(encoding="utf-8").strip().removeprefix("gitdir:").strip()
        return (path / target).resolve(), path.resolve()
    if (path / "HEAD").is_file() and (path / "objects").is_dir() and (path / "refs").is_dir():
        return path.resolve(), None
    return None


def create_repository(path: Path, *, bare: bool = False) -> tuple[Path, Path | None]:
    """Make a new repository for a store at ``path`` (a folder that may already hold other files)."""
    import git  # GitPython, deferred: it costs ~100 ms to import

    try:
        git.Repo.init(path, bare=bare, mkdir=True, initial_branch=DEFAULT_BRANCH)
    except (git.GitError, OSError) as error:
        raise StoreError(f"{path}: cannot create a store: {error}", store=str(path)) from None
    found = find_repository(path)
    if found is None:
        raise StoreError(f"{path}: git made no repository here", store=str(path))
    write_marker(found[0])
    return found


def branch_of(git_dir: Path) -> str:
    """The branch the repository's ``HEAD`` names (``refs/heads/main``), read without running git."""
    try:
        head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
    except OSError as error:
        raise StoreError(f"{git_dir}: cannot read HEAD: {error.strerror}", store=str(git_dir)) from None
    if not head.startswith("ref: refs/heads/"):
        raise StoreError(f"{git_dir}: HEAD is detached; check out the store's branch", store=str(git_dir))
    return head.removeprefix("ref: ")


def locate(
    path: str | os.PathLike[str], *, create: bool, bare: bool = False, adopt: bool = False
) -> tuple[Path, Path | None]:
    """The repository of the store at ``path``; make it when ``create`` and there is none.

    A repository that is not a store (no mark, see :mod:`versioning.store.marker`) is refused, unless
    ``adopt`` (``versioning init`` on it) makes it one on purpose.
    """
    where = Path(path)
    found = find_repository(where)
    if found is not None:
        if adopt:
            write_marker(found[0])
        else:
            check_marked(found[0], str(where))
        return found
    if not create:
        raise StoreError(f"{where}: no store here (run `versioning init` first)", store=str(where))
    return create_repository(where, bare=bare)
