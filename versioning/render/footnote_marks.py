"""Footnote markers in a changed clause: which were added, removed or renumbered, and whose note changed.

A clause's text carries no footnote markers (the document keeps them apart, in ``Paragraph.footnotes``),
so a change of citations alone would leave its redline without a mark.  Every renderer shows these marks
after the clause's words, from the same :class:`FootnoteMark` records: ``[footnote 3 added]``,
``[footnote 1 removed]``, ``[footnote 4 now 5]``, ``[footnote 2: note changed]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from versioning.diff.changes import GONE, Change, ChangeList

MarkKind = Literal["added", "removed", "renumbered", "note changed"]


@dataclass(frozen=True, slots=True)
class FootnoteMark:
    """One footnote marker of a clause that changed: how, and the words a reader sees."""

    kind: MarkKind
    text: str


@dataclass(frozen=True, slots=True)
class FootnoteMarks:
    """What the footnote changes of a change list say about markers: old marker -> new marker, and the
    (new) markers whose note's text changed."""

    marker_map: Mapping[str, str]
    changed_notes: frozenset[str]

    @classmethod
    def of(cls, changes: ChangeList) -> FootnoteMarks:
        """The marks of a change list (a note no footnote change names kept its marker and text; a removed
        note's marker maps to no marker)."""
        marker_map: dict[str, str] = {}
        changed: set[str] = set()
        for change in changes.changes:
            if change.section != "footnotes" or change.old_id is None:
                continue
            marker_map[change.old_id] = GONE if change.new_id is None else change.new_id
            if change.new_id is None:  # a removed note: its number, cited again, is another note
                continue
            if change.text_changed:
                changed.add(change.new_id)
        return cls(marker_map, frozenset(changed))

    def of_change(self, change: Change) -> tuple[FootnoteMark, ...]:
        """The marks to show after a paired clause's words (none for an added or removed clause, whose
        markers go with it)."""
        if change.section == "footnotes" or change.old_id is None or change.new_id is None:
            return ()
        old, new = change.old_footnotes, change.new_footnotes
        mapped = {marker: self.marker_map.get(marker, marker) for marker in old}
        marks = [FootnoteMark("removed", f"[footnote {m} removed]") for m in old if mapped[m] not in new]
        for marker in new:
            before = next((m for m in old if mapped[m] == marker), None)
            if before is None:
                marks.append(FootnoteMark("added", f"[footnote {marker} added]"))
            elif before != marker:
                marks.append(FootnoteMark("renumbered", f"[footnote {before} now {marker}]"))
            if before is not None and marker in self.changed_notes:
                marks.append(FootnoteMark("note changed", f"[footnote {marker}: note changed]"))
        return tuple(marks)


NO_MARKS = FootnoteMarks({}, frozenset())
"""For rendering one change on its own, without its change list."""
