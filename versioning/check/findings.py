"""The records a check produces: findings, the result for one file, and the report for a run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from versioning.diff.changes import class_rank

PASS = "pass"
FAIL = "fail"
ERROR = "error"
"""The outcomes of checking one file: every policy passed; a policy failed; the file could not be read,
parsed or validated."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One breach of a policy.

    Attributes:
        rule: the policy's name (``reissue-editorial-only``).
        message: one sentence for a reader, naming the clause and the words.
        clause: the clause concerned (``op3``, ``footnote 2``, a metadata field), if any.
        line: the 1-based line of the source text where the clause (or its changed words) stands, if known.
        change_class: the class the breach counts as for ``--fail-on`` (the offending change's class;
            ``substantive`` for breaches that are not text changes).
    """

    rule: str
    message: str
    clause: str | None = None
    line: int | None = None
    change_class: str = "substantive"

    def fails(self, fail_on: str | None) -> bool:
        """True when the finding fails the check at the ``--fail-on`` threshold (``None``: any finding)."""
        return class_rank(self.change_class) >= class_rank(fail_on)

    def to_dict(self, fail_on: str | None = None) -> dict[str, Any]:
        """The JSON form; ``severity`` is ``error`` for a failing finding and ``warning`` below the
        threshold."""
        return {
            "rule": self.rule,
            "severity": "error" if self.fails(fail_on) else "warning",
            "clause": self.clause,
            "line": self.line,
            "class": self.change_class,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class FileResult:
    """The result of checking one file.

    Attributes:
        path: the file as given.
        reference: the edition it holds (``A/RES/67/6@2013-07-15``), or ``None`` when unreadable.
        predecessor: the edition it was compared with, or ``None``.
        relation: ``edition`` (an earlier edition of the same resolution) or ``series`` (the previous
            member of its series), or ``None``.
        findings: every breach found.
        notes: what a reader should know (a policy that could not be applied, and why).
        rules: the policies applied, in order (all of them, for a readable file).
        error: the one-line error of an unreadable or invalid file.
    """

    path: str
    reference: str | None
    predecessor: str | None = None
    relation: str | None = None
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    error: str | None = None

    def outcome(self, fail_on: str | None = None) -> str:
        """``pass``, ``fail`` or ``error``."""
        if self.error is not None:
            return ERROR
        return FAIL if any(finding.fails(fail_on) for finding in self.findings) else PASS

    def to_dict(self, fail_on: str | None = None) -> dict[str, Any]:
        """The JSON form."""
        return {
            "file": self.path,
            "outcome": self.outcome(fail_on),
            "reference": self.reference,
            "predecessor": self.predecessor,
            "relation": self.relation,
            "findings": [finding.to_dict(fail_on) for finding in self.findings],
            "notes": list(self.notes),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The results of one run over several files.

    Attributes:
        results: one per file, in the order given.
        fail_on: the ``--fail-on`` threshold, or ``None`` (any finding fails).
        store: the store predecessors were looked for in, or ``None`` when there was none.
    """

    results: tuple[FileResult, ...]
    fail_on: str | None = None
    store: str | None = field(default=None)

    @property
    def exit_status(self) -> int:
        """0 when every file passes, 1 when a policy fails, 2 when a file is unreadable or invalid."""
        outcomes = {result.outcome(self.fail_on) for result in self.results}
        if ERROR in outcomes:
            return 2
        return 1 if FAIL in outcomes else 0

    def counts(self) -> dict[str, int]:
        """How many files passed, failed, and could not be read."""
        outcomes = [result.outcome(self.fail_on) for result in self.results]
        return {name: outcomes.count(name) for name in (PASS, FAIL, ERROR)}

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "fail_on": self.fail_on,
            "store": self.store,
            "files": [result.to_dict(self.fail_on) for result in self.results],
            "summary": {**self.counts(), "exit_status": self.exit_status},
        }
