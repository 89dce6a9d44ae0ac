"""The diff of two editions: metadata, then preamble and operative part clause by clause, then footnotes.

Stages: align the clauses of each section by content, derive one change per pair, group or leftover, and
clean each word-level edit up for people (see :mod:`versioning.diff.align`, :mod:`versioning.diff.clauses`,
:mod:`versioning.diff.words`).  The result is a :class:`ChangeList` of frozen records: no strings to parse,
the same records for every renderer.
"""

from __future__ import annotations

from versioning.diff.changes import Baseline, ChangeList
from versioning.diff.clauses import ClauseContext, Comparator, diff_footnotes, diff_paragraphs
from versioning.diff.metadata import diff_metadata
from versioning.diff.options import DiffOptions
from versioning.model import Document


def baseline_of(document: Document) -> Baseline:
    """The baseline that names ``document`` in a change list."""
    return Baseline(
        symbol=document.symbol,
        date=document.edition.date,
        kind=document.edition.kind,
        sha256=document.source.sha256,
        format=document.source.format,
    )


def diff_editions(
    old: Document, new: Document, options: DiffOptions | None = None, *, include_unchanged: bool = False
) -> ChangeList:
    """Compare two editions clause by clause.

    Args:
        old: the earlier edition (or the earlier resolution of a series).
        new: the later one.
        options: the alignment's thresholds (defaults: :class:`DiffOptions`).
        include_unchanged: also list the clauses that did not change, as ``unchanged``.

    Returns:
        The change list: metadata changes, then preamble, operative and footnote changes, each section in
        the order of the new edition.  Two editions with the same content give no change.
    """
    options = options or DiffOptions()
    comparator = Comparator()

    def context(section: str, footnote_map: dict[str, str]) -> ClauseContext:
        return ClauseContext(section, options, comparator, footnote_map, include_unchanged)

    footnote_map, footnote_changes = diff_footnotes(old.footnotes, new.footnotes, context("footnotes", {}))
    changes = [
        *diff_metadata(old, new),
        *diff_paragraphs(old.preamble, new.preamble, context("preamble", footnote_map)),
        *diff_paragraphs(old.operative, new.operative, context("operative", footnote_map)),
        *footnote_changes,
    ]
    return ChangeList(baseline_of(old), baseline_of(new), tuple(changes))
