"""The diffs of each successive pair of held members of a series, and their summary table."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from versioning.diff import ChangeList, diff_editions
from versioning.diff.changes import CLASSES, CLAUSE_SECTIONS, SHIFTS, Change
from versioning.series.discovery import Series, SeriesMember

"""The sections whose entries are clauses (paragraphs), as the summary counts them."""


@dataclass(frozen=True, slots=True)
class StepSummary:
    """What changed from one held member to the next, in figures.

    Attributes:
        added: clauses added.
        removed: clauses removed.
        moved: clauses moved relative to their neighbours.
        renumbered: clauses whose number changed only because of an insertion or deletion before them.
        split_or_merged: clauses split in two or merged into one.
        modified: clauses whose words changed, by class (``editorial``, ``routine``, ``substantive``).
        lead_shifts: changes of a clause's opening phrase, by shift (``stronger``, ``weaker``, ...).
        footnotes: footnotes added, removed or changed.
        metadata: metadata fields changed (symbol, dates, agenda item, ...).
        highest_class: the highest class among all the differences, or ``None`` for none.
    """

    added: int
    removed: int
    moved: int
    renumbered: int
    split_or_merged: int
    modified: dict[str, int]
    lead_shifts: dict[str, int]
    footnotes: int
    metadata: int
    highest_class: str | None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "added": self.added,
            "removed": self.removed,
            "moved": self.moved,
            "renumbered": self.renumbered,
            "split_or_merged": self.split_or_merged,
            "modified": dict(self.modified),
            "lead_shifts": dict(self.lead_shifts),
            "footnotes": self.footnotes,
            "metadata": self.metadata,
            "highest_class": self.highest_class,
        }


@dataclass(frozen=True, slots=True)
class SeriesStep:
    """One successive pair of held members and the diff between them.

    Attributes:
        old: the earlier held member.
        new: the next held member.
        gaps: the members between them that the store does not hold (the changes happened in one of them
            or in ``new``).
        changes: the change list from ``old`` to ``new``.
    """

    old: SeriesMember
    new: SeriesMember
    gaps: tuple[SeriesMember, ...]
    changes: ChangeList = field(repr=False)

    @property
    def label(self) -> str:
        """``67/6 -> 73/331``."""
        return f"{self.old.number} -> {self.new.number}"

    def summary(self) -> StepSummary:
        """The step's figures (see :class:`StepSummary`)."""
        return summarise_changes(self.changes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: the two members, the gaps between them, the summary and the change list."""
        return {
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "gaps": [gap.symbol for gap in self.gaps],
            "summary": self.summary().to_dict(),
            "changes": self.changes.to_dict(),
        }


def successive_diffs(series: Series, *, include_unchanged: bool = False) -> tuple[SeriesStep, ...]:
    """Diff each successive pair of held members (the members' documents must be loaded)."""
    held = [member for member in series.held if member.document is not None]
    steps = []
    for old, new in itertools.pairwise(held):
        assert old.document is not None and new.document is not None  # filtered above
        changes = diff_editions(old.document, new.document, include_unchanged=include_unchanged)
        steps.append(SeriesStep(old, new, series.gaps_between(old, new), changes))
    return tuple(steps)


def summarise_changes(changes: ChangeList) -> StepSummary:
    """Count a change list's differences the way the series summary table shows them."""
    clauses = [change for change in changes.differences if change.section in CLAUSE_SECTIONS]
    kinds = Counter(change.kind for change in clauses)
    modified = Counter(  # changes of words: an added or removed clause is counted by its kind
        change.change_class
        for change in clauses
        if change.text_changed and change.kind not in ("added", "removed")
    )
    shifts = Counter(change.lead.shift for change in clauses if change.lead is not None)
    return StepSummary(
        added=kinds["added"],
        removed=kinds["removed"],
        moved=kinds["moved"],
        renumbered=kinds["renumbered"],
        split_or_merged=kinds["split"] + kinds["merged"],
        modified={name: modified[name] for name in CLASSES},
        lead_shifts={name: shifts[name] for name in SHIFTS if shifts[name]},
        footnotes=sum(1 for change in changes.differences if change.section == "footnotes"),
        metadata=sum(1 for change in changes.differences if change.section == "metadata"),
        highest_class=changes.highest_class,
    )


def clause_changes(changes: ChangeList) -> tuple[Change, ...]:
    """The differences of a change list that concern clauses (preamble, operative part, annexes)."""
    return tuple(change for change in changes.differences if change.section in CLAUSE_SECTIONS)
