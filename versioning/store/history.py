"""Commit messages in, editions and history out.

Every edition is one commit whose message names it and carries trailers that ``git log`` (and this module)
read back::

    A/RES/67/6: reissue of 2013-07-15

    Cooperation between the United Nations and the Collective Security Treaty Organization

    Edition: A/RES/67/6@2013-07-15
    Edition-Kind: reissue
    Source-SHA256: 0b6f...
    Source-File: A-RES-67-6.reissue-2013-07-15.txt
    Parser-Version: 0.1.0

The history of a resolution is the commits that touch its folder (``git log -- A/RES/67/6/``), never
``git log --follow``, whose copy detection would link a resolution to a near-identical other one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePath

from versioning.errors import IdentifierError
from versioning.identifiers import EditionId, Symbol
from versioning.store.gitcmd import Git
from versioning.store.layout import symbol_folder
from versioning.store.records import EditionInfo, HistoryEntry

TRAILER_KEYS = ("Edition", "Edition-Kind", "Source-SHA256", "Source-File", "Parser-Version", "Replaces")
"""The trailers of an edition's commit, in the order they are written."""

_FIELD = "%x00"
_RECORD = "%x1e"
_TRAILER_FIELDS = [f"%(trailers:key={key},valueonly,separator=%x1f)" for key in TRAILER_KEYS]
_LOG_FORMAT = _FIELD.join(["%H", "%as", "%s", *_TRAILER_FIELDS]) + _RECORD


def commit_message(
    *,
    edition: EditionId,
    title: str,
    source: bytes,
    source_name: str | None,
    parser_version: str,
    replaces: str | None = None,
) -> str:
    """The message of the commit that adds an edition (subject, title, trailers); ``replaces`` names the
    commit of the text this one replaces under the same key (``--replace``)."""
    kind = edition.kind or ""
    trailers = {
        "Edition": str(edition),
        "Edition-Kind": kind,
        "Source-SHA256": hashlib.sha256(source).hexdigest(),
        "Source-File": _one_line(PurePath(source_name).name) if source_name else "",
        "Parser-Version": parser_version,
        "Replaces": replaces or "",
    }
    lines = "\n".join(f"{key}: {value}" for key, value in trailers.items() if value)
    verb = "replaced text of" if replaces else "of"
    return f"{edition.symbol}: {kind} {verb} {edition.date}\n\n{_one_line(title)}\n\n{lines}\n"


def _one_line(text: str) -> str:
    return "".join(char if char.isprintable() else " " for char in text).strip() or "-"


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One commit as ``git log`` shows it: id, author date, subject and the edition trailers."""

    commit: str
    date: str
    subject: str
    trailers: dict[str, str]

    def edition(self) -> EditionInfo | None:
        """The edition the commit added, or ``None`` for a commit without edition trailers."""
        try:
            edition = EditionId.parse(
                self.trailers.get("Edition", ""), kind=self.trailers.get("Edition-Kind") or None
            )
        except IdentifierError:
            return None
        return EditionInfo(
            edition=edition,
            commit=self.commit,
            source_name=self.trailers.get("Source-File") or None,
            source_sha256=self.trailers.get("Source-SHA256", ""),
            parser_version=self.trailers.get("Parser-Version", ""),
        )

    def entry(self) -> HistoryEntry:
        """The commit as a history entry."""
        return HistoryEntry(
            commit=self.commit,
            date=self.date,
            subject=self.subject,
            reference=self.trailers.get("Edition") or None,
            kind=self.trailers.get("Edition-Kind") or None,
        )


def read_log(
    git: Git, revision: str, *, symbol: Symbol | None = None, extra: tuple[str, ...] = ()
) -> list[LogRecord]:
    """The commits of ``revision`` (those touching one resolution's folder, if ``symbol``), newest first."""
    paths = ("--", f"{symbol_folder(symbol)}/") if symbol else ()
    output = git.run("log", f"--format={_LOG_FORMAT}", *extra, revision, *paths)
    return parse_log(output)


def parse_log(output: bytes) -> list[LogRecord]:
    """Parse the output of ``git log`` in this module's format."""
    records = []
    for chunk in output.decode("utf-8", "replace").split("\x1e"):
        fields = chunk.strip("\n").split("\x00")
        if len(fields) != 3 + len(TRAILER_KEYS):
            continue
        commit, date, subject, *values = fields
        trailers = {
            key: value.strip().split("\x1f")[-1].strip()
            for key, value in zip(TRAILER_KEYS, values, strict=True)
            if value.strip()
        }
        records.append(LogRecord(commit, date, subject, trailers))
    return records
