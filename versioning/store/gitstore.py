"""The git-backed store: one commit and one tag per edition, in an ordinary git repository.

Writes run under the store's lock (:mod:`versioning.store.locking`), parse and validate every input first
(:mod:`versioning.store.ingest`), write commits through ``git fast-import`` (:mod:`versioning.store.bulk`)
and publish them with a compare-and-swap ref transaction (:mod:`versioning.store.transaction`).  Reads go
straight to the branch through the ``git`` binary, which is faster than parsing objects in Python.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from versioning.errors import StoreError
from versioning.identifiers import EditionId, Symbol
from versioning.model import Document
from versioning.store.base import Store, _symbol
from versioning.store.bulk import import_editions
from versioning.store.catalogue import read_catalogue
from versioning.store.gitcmd import Git, blob_id
from versioning.store.history import LogRecord, read_log
from versioning.store.ingest import Candidate, Progress, StoredEdition, plan_additions, results
from versioning.store.layout import DOCUMENT_FILE, TAG_PREFIX, edition_folder, symbol_folder, tag_name
from versioning.store.locking import StoreLock
from versioning.store.records import AddResult, EditionInfo, HistoryEntry, SyncResult
from versioning.store.repository import branch_of
from versioning.store.transaction import Update, apply_update, recover

MAINTENANCE_INTERVAL = 100
"""How many commits may gather outside the commit-graph before an add brings it up to date."""

SMALL_ADD = 64
"""Up to how many inputs an add lists only their resolutions' folders rather than the whole tree."""


class GitStore(Store):
    """A store kept in a git repository (see the package's description for the layout)."""

    def __init__(self, git_dir: Path, work_tree: Path | None) -> None:
        self.git = Git(git_dir, work_tree)
        self.branch = branch_of(git_dir)
        self.location = str(work_tree or git_dir)

    @property
    def git_dir(self) -> Path:
        """The repository's git directory."""
        return self.git.git_dir

    @property
    def work_tree(self) -> Path | None:
        """The work tree, or ``None`` for a bare store."""
        return self.git.work_tree

    def tip(self) -> str | None:
        """The commit at the tip of the store's branch (``None`` while the store is empty)."""
        return self.git.resolve(self.branch)

    @contextlib.contextmanager
    def lock(self) -> Iterator[StoreLock]:
        """Hold the store's write lock (shared with every git process started meanwhile)."""
        with StoreLock(self.git_dir) as lock:
            self.git.pass_fds = (lock.fileno(),)
            try:
                yield lock
            finally:
                self.git.pass_fds = ()

    def recover(self) -> bool:
        """Complete or undo a write interrupted by a crash; return True if there was one."""
        with self.lock():
            return recover(self.git, self.branch)

    # -- writing -----------------------------------------------------------------------------------

    def _store(
        self, candidates: Sequence[Candidate], *, bulk: bool, progress: Progress | None, replace: bool
    ) -> list[AddResult]:
        with self.lock():
            recover(self.git, self.branch)
            tip = self.tip()
            folders = sorted({symbol_folder(candidate.edition.symbol) for candidate in candidates})
            catalogue = read_catalogue(self.git, tip, folders if len(candidates) <= SMALL_ADD else None)
            stored = {key: edition.stored() for key, edition in catalogue.editions.items()}
            stored_commits = self._commits_of(stored)
            stored = {
                key: dataclasses.replace(held, commit=stored_commits.get(key)) for key, held in stored.items()
            }
            plan = plan_additions(
                candidates, stored, blob_id, self._read_stored, replace=replace, location=self.location
            )
            commits: dict[EditionId, str | None] = {}
            if plan.new:
                from versioning import __version__

                made = import_editions(
                    self.git, tip, plan.new, __version__, replaced=plan.replaced, progress=progress
                )
                commits = {
                    candidate.edition: commit for candidate, commit in zip(plan.new, made, strict=True)
                }
                tags = {
                    tag_name(candidate.edition): commit
                    for candidate, commit in zip(plan.new, made, strict=True)
                }
                apply_update(self.git, Update(self.branch, tip, made[-1], tags))
                self._maintain(len(made), now=bulk)
        return results(plan, commits)

    def _commits_of(self, editions: Iterable[EditionId]) -> dict[EditionId, str | None]:
        """The commit each edition's tag names (``None`` for a missing tag)."""
        keys = sorted(set(editions))
        if not keys:
            return {}
        refs = [f"{TAG_PREFIX}{tag_name(key)}" for key in keys]
        output = self.git.completed("rev-parse", *(f"{ref}^{{commit}}" for ref in refs))
        ids = output.stdout.decode().split()
        if output.returncode != 0 or len(ids) != len(keys):
            return {key: self.git.resolve(f"{TAG_PREFIX}{tag_name(key)}") for key in keys}
        return dict(zip(keys, ids, strict=True))

    def _read_stored(self, edition: StoredEdition) -> Document:
        return Document.from_dict(json.loads(self._document_bytes(edition)))

    def _maintain(self, new_commits: int, *, now: bool) -> None:
        # Path history stays fast on large stores with a packed repository and a commit-graph carrying
        # changed-path Bloom filters.  Writing them costs tens of milliseconds, so after small adds it is
        # done once MAINTENANCE_INTERVAL commits have gathered outside the graph; after ``add DIR``, always.
        # It runs after the editions are published, so nothing here may make the add fail.
        counter = self.git_dir / "versioning-unmaintained"
        try:
            pending = int(counter.read_text() or "0") + new_commits
        except (OSError, ValueError):
            pending = new_commits
        done = False
        if pending >= MAINTENANCE_INTERVAL or now:
            try:
                self.git.run("-c", "gc.autoDetach=false", "gc", "--auto", "--quiet")
                self.git.run("commit-graph", "write", "--reachable", "--changed-paths", "--split")
                done = True
            except StoreError:
                pass  # an optimisation only: the editions are stored; retry later
        with contextlib.suppress(OSError):
            counter.write_text("0" if done else str(pending))

    # -- reading -----------------------------------------------------------------------------------

    def _stored_editions(self, symbol: Symbol) -> list[StoredEdition]:
        try:
            catalogue = read_catalogue(self.git, self.branch, [symbol_folder(symbol)])
        except StoreError:
            if self.tip() is None:  # an empty store has no branch to list yet
                return []
            catalogue = read_catalogue(self.git, self.branch, [symbol_folder(symbol)])  # made meanwhile
        return [edition.stored() for key, edition in catalogue.editions.items() if key.symbol == symbol]

    def _all_stored_editions(self) -> list[StoredEdition]:
        try:
            catalogue = read_catalogue(self.git, self.branch)
        except StoreError:
            if self.tip() is None:
                return []
            catalogue = read_catalogue(self.git, self.branch)  # the first add made the branch meanwhile
        return [edition.stored() for edition in catalogue.editions.values()]

    # An edition is read from its own commit, never from the tip's tree: a commit that altered an edition's
    # files after the fact (a hostile remote, a hand-made commit) changes nothing that ``show``, ``diff`` or
    # ``series`` serve, and ``verify`` reports it.  The tag names that commit; it is trusted only when the
    # commit's Edition trailer names the edition and the commit is on the branch, otherwise (a tag moved by
    # hand) the commit is found from the branch itself: the last one that touched the edition's folder.

    def _documents_bytes(self, editions: Sequence[StoredEdition]) -> list[bytes]:
        commits = self._own_commits([edition.edition for edition in editions])
        names = [_file_in(commits[e.edition], e.edition, DOCUMENT_FILE) for e in editions]
        blobs = self.git.read_blobs(names)
        try:
            return [blobs[name] for name in names]
        except KeyError as missing:
            raise StoreError(
                f"{self.location}: {missing} is missing (run `versioning verify`)", store=self.location
            ) from None

    def _document_bytes(self, edition: StoredEdition) -> bytes:
        return self._documents_bytes([edition])[0]

    def _source_bytes(self, edition: StoredEdition) -> bytes:
        commit = self._own_commits([edition.edition])[edition.edition]
        name = _file_in(commit, edition.edition, edition.source_file or "")
        blobs = self.git.read_blobs([name])
        if name not in blobs:
            raise StoreError(
                f"{self.location}: {name} is missing; run `versioning verify`", store=self.location
            )
        return blobs[name]

    def _own_commits(self, editions: Sequence[EditionId]) -> dict[EditionId, str]:
        """The commit that holds each edition's current text (see the comment above)."""
        wanted = sorted(set(editions))
        tagged = self._commits_of(wanted)
        objects = self.git.read_blobs(commit for commit in tagged.values() if commit)
        on_branch = self._on_branch([commit for commit in tagged.values() if commit])
        found: dict[EditionId, str] = {}
        for edition in wanted:
            commit = tagged.get(edition)
            if commit and commit in on_branch and _records(objects.get(commit, b""), edition):
                found[edition] = commit
            else:
                found[edition] = self._last_commit_of(edition)
        return found

    def _on_branch(self, commits: list[str]) -> set[str]:
        if len(commits) <= 8:
            return {
                commit
                for commit in commits
                if self.git.completed("merge-base", "--is-ancestor", commit, self.branch).returncode == 0
            }
        return set(self.git.text("rev-list", self.branch).split())

    def _last_commit_of(self, edition: EditionId) -> str:
        output = self.git.text("log", "-1", "--format=%H", self.branch, "--", f"{edition_folder(edition)}/")
        if not output:
            raise StoreError(f"{self.location}: {edition} has no commit on the branch", store=self.location)
        return output.strip()

    def editions(self, symbol: str | Symbol | None = None) -> list[EditionInfo]:
        """Every stored edition (of one resolution, or of all), ordered by date, then symbol."""
        latest: dict[EditionId, EditionInfo] = {}
        for record in self._log(symbol):  # newest first: a replaced text's later commit wins
            info = record.edition()
            if info is not None:
                latest.setdefault(info.edition, info)
        return sorted(latest.values(), key=lambda info: (info.date, str(info.symbol)))

    def history(self, symbol: str | Symbol | None = None) -> list[HistoryEntry]:
        """The commits that touch a resolution's folder (or every commit), newest first, as ``git log``."""
        return [record.entry() for record in self._log(symbol)]

    def _log(self, symbol: str | Symbol | None) -> list[LogRecord]:
        parsed = _symbol(symbol) if symbol is not None else None  # a bad symbol is an error even when empty
        try:
            return read_log(self.git, self.branch, symbol=parsed)
        except StoreError:
            if self.tip() is None:  # an empty store has no branch to read yet
                return []
            return read_log(self.git, self.branch, symbol=parsed)  # the first add made it meanwhile

    # -- checking and sharing ----------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Check every commit, document, source and tag, and ``git fsck``; one line per problem.

        The refs are read once, under the lock; the editions they name are checked without it, so writers
        go on meanwhile; ``git fsck`` runs under the lock again, so that no writer's packing or half-made
        ref is taken for damage.
        """
        from versioning.store.verify import check_objects, read_snapshot, verify_store

        with self.lock():
            recover(self.git, self.branch)
            snapshot = read_snapshot(self.git, self.branch)
        problems = verify_store(self.git, snapshot)
        with self.lock():
            problems.extend(check_objects(self.git))
        return problems

    def push(self, remote: str = "origin") -> SyncResult:
        """Send the branch and the edition tags to ``remote`` (fast-forward only)."""
        from versioning.store.sharing import push

        return push(self.git, self.branch, remote)

    def pull(self, remote: str = "origin") -> SyncResult:
        """Fast-forward to ``remote``'s branch, or refuse with a clear error when the histories diverged."""
        from versioning.store.sharing import pull

        with self.lock():
            recover(self.git, self.branch)
            result = pull(self.git, self.branch, remote)
            if result.editions:
                self._maintain(result.editions, now=result.editions >= MAINTENANCE_INTERVAL)
            return result


def _file_in(commit: str, edition: EditionId, name: str) -> str:
    """The object name of a file of an edition in a commit (``COMMIT:FOLDER/NAME``)."""
    return f"{commit}:{edition_folder(edition)}/{name}"


def _records(commit_object: bytes, edition: EditionId) -> bool:
    """True when a raw commit object carries the trailer ``Edition: <edition>``."""
    return f"\nEdition: {edition}\n".encode() in commit_object
