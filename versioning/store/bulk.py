"""Writing editions as commits through ``git fast-import``: git's own bulk path.

One ``fast-import`` process writes every new edition of an ``add`` (one or ten thousand) as a chain of
commits on a scratch ref, ``refs/versioning/incoming``; it never touches the branch, the tags, the index or
the work tree.  Publishing the chain is a separate, atomic step (:mod:`versioning.store.transaction`), so a
process killed during the import leaves only unreachable objects behind.
"""

from __future__ import annotations

import calendar
import datetime as dt
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence

from versioning.errors import StoreError
from versioning.identifiers import EditionId
from versioning.store.gitcmd import IDENTITY, Git
from versioning.store.history import commit_message
from versioning.store.ingest import Candidate, Progress, StoredEdition
from versioning.store.layout import document_path, edition_folder, source_path

PROGRESS_STEP = 100
"""Report writing progress every this many commits."""

INCOMING_REF = "refs/versioning/incoming"
"""The scratch ref fast-import writes to (removed when the editions are published)."""


def author_timestamp(date: str) -> int:
    """Midnight UTC of an ISO date, in seconds since the epoch: the author date of an edition's commit.

    git cannot record a date before 1970 (its timestamps are unsigned), so an older edition is dated
    1970-01-01; its ``Edition`` trailer and its folder keep the true date.
    """
    return max(0, calendar.timegm(dt.date.fromisoformat(date).timetuple()))


def author_date(date: str) -> str:
    """The author date (``YYYY-MM-DD``) that ``git log`` shows for an edition of this date."""
    return dt.datetime.fromtimestamp(author_timestamp(date), dt.UTC).date().isoformat()


def _data(payload: bytes) -> bytes:
    return b"data %d\n%s\n" % (len(payload), payload)


def _commit_command(
    candidate: Candidate, mark: int, now: int, parser_version: str, replaces: StoredEdition | None
) -> bytes:
    edition = candidate.edition
    message = commit_message(
        edition=edition,
        title=candidate.document.title,
        source=candidate.source,
        source_name=candidate.source_name,
        parser_version=parser_version,
        replaces=replaces.commit if replaces is not None else None,
    )
    who = f"{IDENTITY[0]} <{IDENTITY[1]}>"
    head = (
        f"commit {INCOMING_REF}\nmark :{mark}\n"
        f"author {who} {author_timestamp(edition.date)} +0000\ncommitter {who} {now} +0000\n"
    ).encode()
    # A replaced text leaves its folder (its kind, or its source's format, may differ from the new one's).
    removal = f"D {edition_folder(replaces.edition)}\n".encode() if replaces is not None else b""
    return b"".join(
        [
            head,
            _data(message.encode("utf-8")),
            removal,
            f"M 100644 inline {document_path(edition)}\n".encode(),
            _data(candidate.document_bytes),
            f"M 100644 inline {source_path(edition, candidate.media_type)}\n".encode(),
            _data(candidate.source),
            b"\n",
        ]
    )


def import_editions(
    git: Git,
    parent: str | None,
    editions: Sequence[Candidate],
    parser_version: str,
    *,
    replaced: Mapping[EditionId, StoredEdition] | None = None,
    progress: Progress | None = None,
) -> list[str]:
    """Write one commit per edition, in order, on top of ``parent``; return the commit ids in that order.

    An edition in ``replaced`` takes the place of the stored edition it maps to (``--replace``).
    """
    replaced = replaced or {}
    marks = git.git_dir / "versioning-import.marks"
    now = int(time.time())
    command = ["git", "fast-import", "--quiet", "--force", "--done", f"--export-marks={marks}"]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stderr=errors, env=git.env, cwd=git.cwd, pass_fds=git.pass_fds
        )
        assert process.stdin is not None
        try:
            process.stdin.write(f"reset {INCOMING_REF}\n".encode())
            if parent is not None:
                process.stdin.write(f"from {parent}\n".encode())
            process.stdin.write(b"\n")
            for mark, edition in enumerate(editions, 1):
                replaces = replaced.get(edition.edition)
                process.stdin.write(_commit_command(edition, mark, now, parser_version, replaces))
                if progress is not None and (mark % PROGRESS_STEP == 0 or mark == len(editions)):
                    progress("writing", mark, len(editions))
            process.stdin.write(b"done\n")
            process.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            status = process.wait()
        if status != 0:
            errors.seek(0)
            raise git.error(["fast-import"], errors.read())
    commits = {}
    for line in marks.read_text().splitlines():
        label, _, commit = line.partition(" ")
        commits[int(label.lstrip(":"))] = commit
    marks.unlink()
    try:
        return [commits[mark] for mark in range(1, len(editions) + 1)]
    except KeyError:
        missing = f"{git.git_dir}: fast-import did not report every commit"
        raise StoreError(missing, store=str(git.git_dir)) from None
