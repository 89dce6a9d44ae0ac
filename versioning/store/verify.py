"""``verify``: check that the store is what its history says it is.

For every commit of the branch: it adds exactly one edition folder (document and source) named by its
trailers (or, with a ``Replaces`` trailer, replaces the text of an edition recorded before it); the document
re-validates against the schema and agrees with its folder; the source matches its recorded SHA-256 and
re-parses to the stored document; the edition's tag points at its last commit.  Then: the
tip's tree holds nothing outside the layout, every tag names an edition of the branch, and ``git fsck`` is
clean.  Each problem is one line, addressed by edition reference or commit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from versioning.errors import StoreError
from versioning.identifiers import EditionId
from versioning.store.bulk import author_date
from versioning.store.catalogue import read_catalogue
from versioning.store.gitcmd import Git, blob_id
from versioning.store.history import LogRecord, read_log
from versioning.store.layout import (
    DOCUMENT_FILE,
    TAG_PREFIX,
    edition_folder,
    is_source_file,
    split_stored_path,
)
from versioning.store.transaction import list_tags

BLOB_BATCH = 500
"""How many editions' blobs are read from git at once."""


@dataclass(slots=True)
class _Change:
    status: str
    blob: str
    path: str


@dataclass(slots=True)
class _Commit:
    record: LogRecord
    changes: list[_Change] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The refs ``verify`` checks, read once."""

    branch: str
    tip: str | None
    """What the branch named (a commit, unless the store is damaged); ``None`` when it names nothing."""
    tags: dict[str, str]
    """Each tag (name without ``refs/tags/``) and the object it names, peeled."""
    replacements: dict[str, str]
    """``refs/replace`` refs: the object replaced -> its replacement."""
    grafts: bool
    """Whether the repository has a graft file."""


def read_snapshot(git: Git, branch: str) -> Snapshot:
    """Read every ref of the repository at once (``git for-each-ref``)."""
    refs: dict[str, str] = {}
    for line in git.text("for-each-ref", "--format=%(objectname) %(refname)").splitlines():
        oid, _, name = line.partition(" ")
        refs[name] = oid
    tip = refs.get(branch)
    if tip is None:  # for-each-ref leaves out a ref whose object is missing
        completed = git.completed("rev-parse", "--verify", "--quiet", branch)
        tip = (completed.stdout.decode().strip() or None) if completed.returncode == 0 else None
    tags = {name.removeprefix(TAG_PREFIX): oid for name, oid in refs.items() if name.startswith(TAG_PREFIX)}
    peeled = _annotated(git, tags.values())
    tags = {name: peeled.get(oid, oid) for name, oid in tags.items()}
    prefix = "refs/replace/"
    replacements = {name.removeprefix(prefix): oid for name, oid in refs.items() if name.startswith(prefix)}
    return Snapshot(branch, tip, tags, replacements, (git.git_dir / "info" / "grafts").exists())


def _annotated(git: Git, ids: Iterable[str]) -> dict[str, str]:
    """The annotated tag objects among ``ids`` and the object each names at the end of its chain."""
    unique = sorted(set(ids))
    if not unique:
        return {}
    output = git.run("cat-file", "--batch-check", input="".join(f"{oid}\n" for oid in unique).encode())
    peeled = {}
    for line in output.decode().splitlines():
        oid, *rest = line.split()
        if rest and rest[0] == "tag":
            target = git.completed("rev-parse", "--verify", "--quiet", f"{oid}^{{}}").stdout.decode().strip()
            peeled[oid] = target or oid
    return peeled


def verify_store(git: Git, snapshot: Snapshot) -> list[str]:
    """Every problem of the editions the snapshot names, one line each (empty when they are sound).

    ``git fsck`` is left to :func:`check_objects`.
    """
    problems: list[str] = list(_check_rewrites(snapshot))
    try:
        if snapshot.tip is not None and git.resolve(snapshot.tip) is not None:
            commits = _read_commits(git, snapshot.tip)
            problems.extend(_check_commits(git, commits, snapshot.tags))
            problems.extend(_check_tip(git, snapshot.tip))
        elif snapshot.tip is not None:
            problems.append(f"{snapshot.branch}: points at a missing or corrupt commit")
        else:
            problems.extend(_check_commits(git, [], snapshot.tags))
    except StoreError as error:  # git could not read the history at all: fsck says why
        problems.append(f"cannot read the store's history: {error}")
    return problems


def _check_rewrites(snapshot: Snapshot) -> Iterator[str]:
    for replaced, replacement in sorted(snapshot.replacements.items()):
        yield (
            f"refs/replace/{replaced}: replaces object {replaced[:10]} with {replacement[:10]} for plain git"
            f" (versioning reads the original; remove it with git replace -d {replaced})"
        )
    if snapshot.grafts:
        yield "info/grafts: rewrites the parents plain git shows (versioning ignores it; remove the file)"


def _read_commits(git: Git, branch: str) -> list[_Commit]:
    records = read_log(git, branch)
    commits = {record.commit: _Commit(record) for record in records}
    ids = "".join(f"{record.commit}\n" for record in records).encode()
    output = git.run("diff-tree", "--stdin", "-r", "--root", "--no-renames", "-z", input=ids)
    fields = output.split(b"\0")
    current: _Commit | None = None
    index = 0
    while index < len(fields):
        item = fields[index].decode("utf-8", "replace")
        index += 1
        if not item:
            continue
        if item.startswith(":"):
            meta = item.split()
            path = fields[index].decode("utf-8", "replace")
            index += 1
            if current is not None:
                current.changes.append(_Change(meta[4], meta[3], path))
        else:
            current = commits.get(item.strip())
    return list(reversed(list(commits.values())))  # oldest first


def check_incoming(git: Git, span: str) -> list[str]:
    """The problems of the commits of ``span`` (``ours..theirs``) as editions a pull would take: each must
    add one new edition, as ``add`` would; replacing or altering an edition this store holds is refused."""
    commits = _read_commits(git, span)
    expected = {c.record.trailers.get("Edition", ""): c.record.commit for c in commits}
    problems = list(_check_commits(git, commits, expected))
    held = set(list_tags(git))
    for commit in commits:
        reference = commit.record.trailers.get("Edition", "")
        if reference in held:
            problems.append(f"commit {commit.record.commit[:10]}: {reference} is already held by this store")
        if "Replaces" in commit.record.trailers:
            problems.append(
                f"commit {commit.record.commit[:10]}: replaces the text of an edition this store holds"
            )
    return problems


def _check_commits(git: Git, commits: Sequence[_Commit], tags: dict[str, str]) -> Iterator[str]:
    """The problems of a run of commits (oldest first), against the tags (name -> commit) they have.

    An edition is recorded by one commit, or by one and the commits that replaced its text, each naming the
    one before in its ``Replaces`` trailer; its tag must name the last of them (a tag naming any other
    commit has moved).
    """
    last: dict[str, str] = {}
    for start in range(0, len(commits), BLOB_BATCH):
        batch = commits[start : start + BLOB_BATCH]
        blobs = git.read_blobs(
            change.blob for commit in batch for change in commit.changes if change.status in ("A", "M")
        )
        for commit in batch:
            reference = commit.record.trailers.get("Edition")
            replaces = commit.record.trailers.get("Replaces")
            if reference and reference in last and replaces != last[reference]:
                yield (
                    f"{reference} (commit {commit.record.commit[:10]}): also recorded by commit"
                    f" {last[reference][:10]}"
                )
            elif reference and reference not in last and replaces is not None:
                yield (
                    f"{reference} (commit {commit.record.commit[:10]}): replaces {replaces[:10]}, which"
                    " records no earlier text of this edition"
                )
            if reference:
                last[reference] = commit.record.commit
            yield from _check_commit(commit, blobs)
    for reference, commit_id in last.items():
        found = tags.get(reference)
        if found != commit_id:
            where = f"{reference} (commit {commit_id[:10]})"
            yield f"{where}: tag {reference} " + (
                f"points at {found[:10]} (the tag moved)" if found else "is missing"
            )
    for name, target in sorted(tags.items()):
        if name not in last:
            yield f"tag {name} ({target[:10]}): names no edition of the branch"


def _check_commit(commit: _Commit, blobs: dict[str, bytes]) -> Iterator[str]:
    record = commit.record
    short = record.commit[:10]
    reference = record.trailers.get("Edition")
    if not reference:
        yield f"commit {short}: not an edition commit (no Edition trailer)"
        return
    where = f"{reference} (commit {short})"
    replacing = "Replaces" in record.trailers
    editions: set[tuple[EditionId, str]] = set()
    document_change = source_change = None
    for change in commit.changes:
        split = split_stored_path(change.path)
        own = split is not None and str(split[0]) == reference
        if own and replacing and change.status == "D":
            continue  # the replaced text leaves its folder
        if split is None or not (change.status == "A" or (own and replacing and change.status == "M")):
            verb = "changes" if change.status != "A" else "adds"
            yield f"{where}: {verb} {change.path} outside its edition"
            continue
        edition, name = split
        editions.add((edition, edition.kind or ""))
        if name == DOCUMENT_FILE:
            document_change = change
        elif is_source_file(name):
            source_change = change
    if len(editions) != 1 or document_change is None or source_change is None:
        yield f"{where}: does not add exactly one edition folder with its document and source"
        return
    edition = editions.pop()[0]
    if str(edition) != reference or edition.kind != record.trailers.get("Edition-Kind"):
        yield f"{where}: folder {edition_folder(edition)} does not match the commit's trailers"
    if record.date != author_date(edition.date):
        yield f"{where}: author date {record.date} is not the edition's date"
    document = blobs.get(document_change.blob)
    source = blobs.get(source_change.blob)
    if document is None or source is None:
        yield f"{where}: the document or the source is missing from the repository"
        return
    for change, data in ((document_change, document), (source_change, source)):
        if blob_id(data) != change.blob:
            yield f"{where}: {change.path} does not hash to its object id {change.blob[:10]}"
            return
    yield from _check_document(where, edition, document)
    if hashlib.sha256(source).hexdigest() != record.trailers.get("Source-SHA256"):
        yield f"{where}: source does not match its recorded SHA-256"
    yield from _check_reparse(where, source_change.path, source, document, record)


def _check_document(where: str, edition: EditionId, document: bytes) -> Iterator[str]:
    from versioning.validation import iter_problems

    try:
        data = json.loads(document)
    except ValueError as error:
        yield f"{where}: document is not JSON: {error}"
        return
    problems = list(iter_problems(data))
    for problem in problems:
        yield f"{where}: document: {problem}"
    if not problems and (data["symbol"], data["edition"]["kind"]) != (str(edition.symbol), edition.kind):
        yield f"{where}: document is {data['symbol']} ({data['edition']['kind']}), not what its folder says"


def _check_reparse(where: str, path: str, source: bytes, document: bytes, record: LogRecord) -> Iterator[str]:
    from versioning.canonical import canonical_bytes
    from versioning.errors import VersioningError
    from versioning.parsing import parse_bytes

    try:
        reparsed = canonical_bytes(parse_bytes(source, name=path))
    except VersioningError as error:
        yield f"{where}: source no longer parses: {error}"
        return
    if reparsed != document:
        version = record.trailers.get("Parser-Version", "an unknown version")
        yield f"{where}: source re-parses to a different document (stored by parser {version})"


def _check_tip(git: Git, tip: str) -> Iterator[str]:
    catalogue = read_catalogue(git, tip)
    for path in catalogue.strays:
        yield f"{path}: not part of the store's layout"
    for key in catalogue.duplicates:
        yield f"{key}: stored in more than one folder"
    for edition in catalogue.editions.values():
        if edition.document_id is None or edition.source_id is None:
            yield f"{edition.edition}: edition folder lacks its document or its source"


def check_objects(git: Git) -> list[str]:
    """What ``git fsck`` finds wrong with the repository's objects and refs, one line each.

    Run it under the store's lock: a writer packing objects meanwhile could make fsck miss one.
    """
    return list(_check_fsck(git))


def _check_fsck(git: Git) -> Iterator[str]:
    completed = git.completed("fsck", "--no-progress", "--no-dangling")
    lines = [line for line in completed.stdout.decode("utf-8", "replace").splitlines() if line.strip()]
    lines += [line for line in completed.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    for line in lines:
        if not line.startswith("notice:"):  # "HEAD points to an unborn branch" in an empty store
            yield f"git fsck: {line}"
    if completed.returncode != 0 and not any(not line.startswith("notice:") for line in lines):
        yield f"git fsck: failed with status {completed.returncode}"
