"""Rows of a side-by-side view: each change as a pair of old and new clauses, in reading order.

Without the documents, the rows are the listed changes.  With both documents, the clauses no change
mentions are added as unchanged rows (a clause that no change names kept its id and its words: a new
number would have made it ``renumbered``), so the view shows the whole text; rows follow the new
document's order, and a clause only the old side has sits after the nearest earlier old clause that the
new side still holds in its place.  A moved clause is shown at its new place, and a *vacated* row marks
the place it left.
"""

from __future__ import annotations

from dataclasses import dataclass

from versioning.diff.changes import Change, ChangeList
from versioning.model import Document, Paragraph
from versioning.render.labels import by_section, new_ids, old_ids

_CLAUSE_SECTIONS = ("preamble", "operative")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the side-by-side view.

    Attributes:
        change: the change shown, or ``None`` for a clause the change list does not mention.
        old_id: the old clause id (``None`` when the clause is new).
        new_id: the new clause id (``None`` when the clause was removed).
        text: for an unmentioned clause, its (identical) words; else ``None`` (the change carries them).
        vacated: the row marks the old place of a moved clause, which is shown at its new place.
    """

    change: Change | None
    old_id: str | None
    new_id: str | None
    text: str | None = None
    vacated: bool = False

    @property
    def unchanged(self) -> bool:
        """True for a clause that did not change (unmentioned, or listed as ``unchanged``)."""
        return self.change is None or self.change.kind == "unchanged"


def side_by_side_rows(
    changes: ChangeList, old: Document | None = None, new: Document | None = None
) -> list[tuple[str, list[Row]]]:
    """The rows of each section, sections in document order.

    With both documents, every preambular and operative clause appears once; otherwise only the
    changes do.
    """
    grouped = dict(by_section(changes))
    if old is None or new is None:
        return [(section, [_change_row(change) for change in items]) for section, items in grouped.items()]
    sections: list[tuple[str, list[Row]]] = []
    for section in ("metadata", *_CLAUSE_SECTIONS, "footnotes", *grouped):
        if any(name == section for name, _ in sections):
            continue
        items = grouped.get(section, [])
        if section in _CLAUSE_SECTIONS:
            # a clause moved here from the other section (or from here to it) leaves its place there
            crossing = [
                change
                for other in _CLAUSE_SECTIONS
                if other != section
                for change in grouped.get(other, [])
                if _moved(change)
            ]
            rows = _whole_section(items, _clauses(old, section), _clauses(new, section), crossing)
        else:
            rows = [_change_row(change) for change in items]
        if rows:
            sections.append((section, rows))
    return sections


def _change_row(change: Change) -> Row:
    return Row(change, change.old_id, change.new_id)


def _moved(change: Change) -> bool:
    return change.kind == "moved" or change.moved


def _clauses(document: Document, section: str) -> list[Paragraph]:
    top = document.preamble if section == "preamble" else document.operative
    return [clause for paragraph in top for clause in paragraph.walk()]


def _whole_section(
    items: list[Change],
    old_clauses: list[Paragraph],
    new_clauses: list[Paragraph],
    crossing: list[Change] | None = None,
) -> list[Row]:
    """Merge the section's changes with its unmentioned clauses, in the new document's order.  A moved
    clause's vacated row stands in the section it left: ``crossing`` are the other section's moves, whose
    old clause may stand here (a decision recalled in the preamble leaves its place in the operative
    part)."""
    old_position = {str(clause.id): index for index, clause in enumerate(old_clauses)}
    new_position = {str(clause.id): index for index, clause in enumerate(new_clauses)}
    arriving = [change for change in crossing or () if change.old_id in old_position]
    mentioned_old = {name for change in (*items, *arriving) for name in old_ids(change)}
    mentioned_new = {name for change in items for name in new_ids(change)}
    counterpart: dict[str, str] = {}  # old id -> new id, for clauses that kept their place
    rows = [_change_row(change) for change in items]
    rows += [Row(change, change.old_id, None, vacated=True) for change in arriving]
    for change in items:
        if _moved(change):
            if change.old_id in old_position:
                rows.append(Row(change, change.old_id, None, vacated=True))
            continue
        for old_name in old_ids(change):
            if change.new_id is not None:
                counterpart[old_name] = change.new_id
    for clause in new_clauses:
        name = str(clause.id)
        if name not in mentioned_new and name in old_position and name not in mentioned_old:
            rows.append(Row(None, name, name, clause.text))
            counterpart[name] = name
    old_order = [str(clause.id) for clause in old_clauses]

    def sort_key(indexed: tuple[int, Row]) -> tuple[int, int, int]:
        listed, row = indexed
        if not row.vacated and row.new_id is not None and row.new_id in new_position:
            return (new_position[row.new_id], 0, listed)
        if row.old_id is not None and row.old_id in old_position:
            for earlier in reversed(old_order[: old_position[row.old_id]]):
                if earlier in counterpart and counterpart[earlier] in new_position:
                    return (new_position[counterpart[earlier]], 1, old_position[row.old_id])
            return (-1, 1, old_position[row.old_id])
        return (len(new_position), 2, listed)  # an id the documents do not hold: keep the list's order

    return [row for _, row in sorted(enumerate(rows), key=sort_key)]
