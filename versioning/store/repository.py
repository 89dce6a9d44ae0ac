"""Finding, creating and opening a store's git repository.

``--store PATH`` names the repository itself, bare or not: ``PATH/.git`` for a store with a work tree a
person can browse, or ``PATH`` holding ``HEAD``, ``objects`` and ``refs`` for a bare one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from versioning.errors import StoreError
from versioning.store.durability import fsync_directory, fsync_tree
from versioning.store.gitcmd import DURABLE_CONFIG, Git
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
    """Make a new repository for a store at ``path`` (a folder that may already hold other files).

    Many processes may do this at once (the first ``add`` of many writers on a store that does not exist
    yet): each builds a complete repository in a temporary folder beside its place and renames it into
    place, which is atomic; the first rename wins and the others use the winner's repository.  So no
    process ever sees half a repository.
    """
    target = (path if bare else path / ".git").absolute()  # git runs in other folders: no relative paths
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not bare:
            path.mkdir(exist_ok=True)
        made = Path(tempfile.mkdtemp(prefix=f".{target.name}.creating-", dir=target.parent))
    except OSError as error:
        raise StoreError(f"{path}: cannot create a store: {error.strerror}", store=str(path)) from None
    try:
        _initialise(made, bare=bare)
        try:
            os.rename(made, target)  # atomic; fails when another process's repository is already there
        except OSError:
            found = find_repository(path)
            if found is not None:
                return found
            if not bare or not target.is_dir():
                raise
            _initialise(target, bare=True)  # a folder already holding other files becomes the repository
        else:
            fsync_directory(target.parent)
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError(f"{path}: cannot create a store: {reason}", store=str(path)) from None
    finally:
        shutil.rmtree(made, ignore_errors=True)
    found = find_repository(path)
    if found is None:
        raise StoreError(f"{path}: git made no repository here", store=str(path))
    return found


def _initialise(git_dir: Path, *, bare: bool) -> None:
    """Make a repository in ``git_dir`` with the store's branch and configuration, flushed to disk."""
    git = Git(git_dir, None)
    git.run("init", "--quiet", "--bare", f"--initial-branch={DEFAULT_BRANCH}")
    settings = [*DURABLE_CONFIG]
    if not bare:  # the work tree is the folder that will hold ``git_dir`` as ``.git``
        settings += [("core.bare", "false"), ("core.logAllRefUpdates", "true")]
    for key, value in settings:
        git.run("config", key, value)
    write_marker(git_dir)  # before the rename: no process ever sees the new store unmarked
    fsync_tree(git_dir)


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
