"""Sharing a store through any git server: ``push`` and ``pull``, fast-forward only.

Two stores that each added editions on their own have two different edition histories; merging them would
make a history that neither store had, so both directions refuse with a clear message instead.  ``pull``
fetches into a scratch ref, moves the branch only by fast-forward (the same journal and compare-and-swap
as ``add``), and makes the tags of the new editions from their commits' trailers, so a remote's tags are
never taken on trust.
"""

from __future__ import annotations

import re

from versioning.errors import StoreError
from versioning.store.gitcmd import Git
from versioning.store.history import read_log
from versioning.store.layout import TAG_PREFIX
from versioning.store.records import SyncResult
from versioning.store.transaction import Update, apply_update

FETCHED_REF = "refs/versioning/fetched"
"""Where ``pull`` puts the remote's branch before deciding what to do with it."""


_REMOTE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def check_remote(remote: str, *, store: str) -> str:
    """``remote`` if it can only name a remote (a configured name, a path or a URL), never a git option.

    git reads an argument that starts with ``-`` as an option even where a remote is expected
    (``--upload-pack=CMD`` runs CMD), and ``ext::`` URLs run commands, so both are refused here, before any
    git process sees them.
    """
    looks_like_url = "://" in remote or remote.startswith(("/", "./", "../", "file:"))
    scp_like = re.match(r"^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+:[^-]", remote) is not None
    if remote.startswith("-") or remote.lower().startswith("ext::") or "\0" in remote or "\n" in remote:
        raise StoreError(f"{remote!r}: not a remote name, path or URL", store=store)
    if not (_REMOTE_NAME.match(remote) or looks_like_url or scp_like):
        raise StoreError(f"{remote!r}: not a remote name, path or URL", store=store)
    return remote


def push(git: Git, branch: str, remote: str) -> SyncResult:
    """Send the branch and every edition tag to ``remote`` in one atomic push; refuse a non-fast-forward."""
    check_remote(remote, store=str(git.git_dir))
    tip = git.resolve(branch)
    if tip is None:
        raise StoreError(f"{git.git_dir}: the store is empty; nothing to push", store=str(git.git_dir))
    before = _remote_tip(git, branch, remote)
    completed = git.completed(
        "push", "--atomic", "--porcelain", remote, f"{branch}:{branch}", f"{TAG_PREFIX}*:{TAG_PREFIX}*"
    )
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).decode("utf-8", "replace")
        if "non-fast-forward" in output or "fetch first" in output:
            raise StoreError(
                f"push to {remote} refused: the remote has editions this store lacks; "
                "`versioning pull` first (histories that diverged cannot be pushed)",
                store=str(git.git_dir),
            )
        if "already exists" in output:
            raise StoreError(
                f"push to {remote} refused: the remote has a tag of the same name on another commit",
                store=str(git.git_dir),
            )
        raise git.error(["push", remote], completed.stderr)
    sent = len(git.run("rev-list", tip, *([f"^{before}"] if before else [])).split())
    return SyncResult(remote, before, tip, sent)


def _remote_tip(git: Git, branch: str, remote: str) -> str | None:
    output = git.run("ls-remote", "--", remote, branch).decode().split()
    return output[0] if output else None


def pull(git: Git, branch: str, remote: str) -> SyncResult:
    """Fast-forward the branch to ``remote``'s; refuse when the histories diverged, or when any incoming
    commit is not an edition as ``add`` would make it.  Call under the lock."""
    check_remote(remote, store=str(git.git_dir))
    fetched = git.completed("fetch", "--no-tags", "--quiet", "--", remote, f"+{branch}:{FETCHED_REF}")
    if fetched.returncode != 0:
        raise git.error(["fetch", remote], fetched.stderr)
    theirs = git.resolve(FETCHED_REF)
    ours = git.resolve(branch)
    try:
        if theirs is None or theirs == ours:
            return SyncResult(remote, ours, ours, 0)
        if ours is not None and _is_ancestor(git, theirs, ours):
            return SyncResult(remote, ours, ours, 0)  # the remote is behind: nothing to take
        if ours is not None and not _is_ancestor(git, ours, theirs):
            raise StoreError(
                f"pull from {remote} refused: the store and the remote hold different edition histories "
                "(each added editions the other lacks); no merge was made",
                store=str(git.git_dir),
            )
        span = f"{ours}..{theirs}" if ours else theirs
        _check_incoming(git, span, remote)
        new = [record.edition() for record in read_log(git, span)]
        tags = {info.tag: info.commit for info in new if info is not None}
        apply_update(git, Update(branch, ours, theirs, tags, reason=f"versioning pull {remote}"))
        return SyncResult(remote, ours, theirs, len(tags))
    finally:
        git.completed("update-ref", "-d", FETCHED_REF)


def _is_ancestor(git: Git, commit: str, descendant: str) -> bool:
    return git.completed("merge-base", "--is-ancestor", commit, descendant).returncode == 0


def _check_incoming(git: Git, span: str, remote: str) -> None:
    """Refuse the pull (nothing moved) unless every incoming commit is one ``add`` would make: one new
    edition folder, a valid document that its source re-parses to, hashes matching the trailers, and no
    change to an edition already held."""
    from versioning.store.verify import check_incoming

    problems = check_incoming(git, span)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise StoreError(
            f"pull from {remote} refused: {problems[0]}{more}; nothing was taken", store=str(git.git_dir)
        )
