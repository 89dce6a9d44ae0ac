"""Publishing new commits safely: a journal, one atomic ref transaction, then the work tree.

The branch is the truth of the store; tags and the work tree are derived from it.  A write goes:

1. the journal (``versioning-journal.json`` in the repository) records the old tip, the new tip and the
   tags to make, written to a temporary file and renamed into place;
2. one ``git update-ref --stdin`` transaction moves the branch from the old tip to the new one
   (compare-and-swap: it fails if the branch is not where the writer read it) and sets the tags;
3. the index and work tree are brought to the new tip (non-bare stores);
4. the journal is removed.

A writer killed at any moment leaves the branch either at the old tip or at the new one: never half an
edition.  The next writer (or ``verify``) finds the journal and completes or undoes steps 2-3
(:func:`recover`), so no manual repair is ever needed.  All of this runs under the store's lock.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from versioning.errors import StoreError
from versioning.store.bulk import INCOMING_REF
from versioning.store.durability import flush_published, fsync_directory
from versioning.store.gitcmd import ZERO_ID, Git
from versioning.store.layout import TAG_PREFIX

JOURNAL_FILE = "versioning-journal.json"

logger = logging.getLogger("versioning.store")


@dataclass(frozen=True, slots=True)
class Update:
    """A move of the branch from ``old`` to ``new`` and the tags (name -> commit) that go with it."""

    branch: str
    old: str | None
    new: str
    tags: dict[str, str] = field(default_factory=dict)
    reason: str = "versioning add"


def apply_update(git: Git, update: Update) -> None:
    """Publish ``update`` (see the module's description); raise :class:`StoreError` if the branch moved.

    Once the refs have moved the editions are stored, and nothing after that makes this fail: a work tree
    that cannot be brought up to date (a git command outside versioning holding ``index.lock``) is left to
    the next command, with a warning.  When git reports the ref transaction failed, the refs are read
    again, since a transaction can be committed and still report an error (writing the reflog, say).
    """
    started = time.time()
    _write_journal(git.git_dir, update)
    try:
        _update_refs(git, update, compare=True)
    except StoreError:
        if not _landed(git, update):
            (git.git_dir / JOURNAL_FILE).unlink(missing_ok=True)
            raise
    flush_published(git.git_dir, [update.branch, *(TAG_PREFIX + name for name in update.tags)], started)
    try:
        sync_work_tree(git, update.old, update.new)
    except StoreError as error:
        logger.warning("%s; the editions are stored, the next command will update the work tree", error)
        return
    (git.git_dir / JOURNAL_FILE).unlink(missing_ok=True)


def _landed(git: Git, update: Update) -> bool:
    """True when the branch and every tag of ``update`` are where it would put them."""
    if git.resolve(update.branch) != update.new:
        return False
    tags = list_tags(git)
    return all(tags.get(name) == commit for name, commit in update.tags.items())


def _update_refs(git: Git, update: Update, *, compare: bool) -> None:
    lines = ["start"]
    if compare:
        lines.append(f"update {update.branch} {update.new} {update.old or ZERO_ID}")
    lines.extend(f"update {TAG_PREFIX}{name} {commit}" for name, commit in sorted(update.tags.items()))
    if (git.git_dir / INCOMING_REF).exists() or git.resolve(INCOMING_REF):
        lines.append(f"delete {INCOMING_REF}")
    lines.extend(["prepare", "commit", ""])
    completed = git.completed("update-ref", "-m", update.reason, "--stdin", input="\n".join(lines).encode())
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace")
        if compare and update.branch in message and ("expected" in message or "exists" in message):
            raise StoreError(
                f"{git.git_dir}: the branch moved while editions were being added"
                " (a writer outside versioning?); nothing was added: try again",
                store=str(git.git_dir),
            )
        raise git.error(["update-ref"], completed.stderr)


def sync_work_tree(git: Git, old: str | None, new: str) -> None:
    """Bring the index and the work tree from ``old`` to ``new`` (nothing to do in a bare store)."""
    if git.work_tree is None:
        return
    merged = git.completed("read-tree", "-m", "-u", *([old] if old else []), new)
    if merged.returncode != 0:  # the index was not at ``old`` (a crash, or a person's edits): reset it
        git.run("read-tree", "--reset", "-u", new)


def recover(git: Git, branch: str) -> bool:
    """Complete or undo a write that was interrupted; return True if there was one.  Call under the lock.

    The git lock files a killed writer left were removed when the lock was taken
    (:class:`~versioning.store.locking.StoreLock`).
    """
    journal = _read_journal(git.git_dir)
    if journal is None:
        return False
    tip = git.resolve(branch)
    published = tip is not None and (tip == journal.new or _is_ancestor(git, journal.new, tip))
    existing = list_tags(git)
    keep: dict[str, str] = {}
    drop: list[str] = []
    for name, commit in journal.tags.items():
        if published or (tip is not None and tip != journal.old and _is_ancestor(git, commit, tip)):
            keep[name] = commit
        elif existing.get(name) == commit:
            drop.append(name)
    if keep:
        _update_refs(git, Update(branch, None, tip or "", keep), compare=False)
    if drop:
        commands = "".join(f"delete {TAG_PREFIX}{name}\n" for name in drop)
        git.run("update-ref", "--stdin", input=commands.encode())
    if tip is not None and git.work_tree is not None:
        git.run("read-tree", "--reset", "-u", tip)
    (git.git_dir / JOURNAL_FILE).unlink(missing_ok=True)
    return True


def list_tags(git: Git) -> dict[str, str]:
    """Every tag of the repository (name without ``refs/tags/``) and the commit it names."""
    output = git.text("for-each-ref", "--format=%(refname) %(*objectname) %(objectname)", TAG_PREFIX)
    tags = {}
    for line in output.splitlines():
        name, *ids = line.split()
        tags[name.removeprefix(TAG_PREFIX)] = ids[0]
    return tags


def _is_ancestor(git: Git, commit: str, descendant: str) -> bool:
    return git.completed("merge-base", "--is-ancestor", commit, descendant).returncode == 0


def _write_journal(git_dir: Path, update: Update) -> None:
    path = git_dir / JOURNAL_FILE
    temporary = path.with_suffix(".tmp")
    data = {"branch": update.branch, "old": update.old, "new": update.new, "tags": update.tags}
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_directory(git_dir)


def _read_journal(git_dir: Path) -> Update | None:
    path = git_dir / JOURNAL_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        path.unlink(missing_ok=True)  # a journal cut short was written before any ref moved
        return None
    return Update(data["branch"], data["old"], data["new"], dict(data["tags"]))


def journal_pending(git_dir: Path) -> bool:
    """True when an interrupted write awaits :func:`recover`."""
    return (git_dir / JOURNAL_FILE).exists()
