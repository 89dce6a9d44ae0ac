"""The clauses of two editions as one sequence, in the order a redline shows them.

A redline is the new text with the old one folded into it: every clause of either side appears once,
except a moved clause, which appears twice (where it left, where it arrived).  The change list says which
old clause became which new one; a clause no change names kept its id.  Of the pairs, the longest run
that keeps its order on both sides stays in place (an edit of words, perhaps of number); the other pairs
are moves.  A clause without a partner was removed or added.

By construction, dropping the new-only entries of :func:`merge_clauses` gives the old clauses in order,
and dropping the old-only ones gives the new clauses: that is what makes rejecting and accepting every
revision of the Word redline give back each edition.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from versioning.diff.changes import Change
from versioning.model import Paragraph

EntryKind = Literal["kept", "removed", "added", "moved-from", "moved-to"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One clause of the redline.

    Attributes:
        kind: ``kept`` (on both sides, in place), ``removed``, ``added``, ``moved-from`` (the old place
            of a moved clause) or ``moved-to`` (its new place).
        old: the clause on the old side (``None`` for ``added`` and ``moved-to``).
        new: the clause on the new side (``None`` for ``removed`` and ``moved-from``).
        change: the change that names the clause, if any.
        move: for the two entries of a move, their shared number (``1``, ``2``...); else ``0``.
    """

    kind: EntryKind
    old: Paragraph | None
    new: Paragraph | None
    change: Change | None
    move: int = 0


def merge_clauses(
    old: Sequence[Paragraph], new: Sequence[Paragraph], changes: Sequence[Change], *, first_move: int = 1
) -> list[Entry]:
    """The redline sequence of one section's clauses (sub-paragraphs included, flattened in order).

    ``changes`` are the section's changes; moves are numbered from ``first_move``."""
    old_index = {str(clause.id): index for index, clause in enumerate(old)}
    new_index = {str(clause.id): index for index, clause in enumerate(new)}
    by_old: dict[int, Change] = {}
    by_new: dict[int, Change] = {}
    pairs: dict[int, int] = {}  # new index -> old index
    for change in changes:
        o = old_index.get(change.old_id) if change.old_id else None
        n = new_index.get(change.new_id) if change.new_id else None
        if o is not None:
            by_old.setdefault(o, change)
        if n is not None:
            by_new.setdefault(n, change)
        if o is not None and n is not None and n not in pairs and o not in pairs.values():
            pairs[n] = o
    paired_old = set(pairs.values())
    for name, n in new_index.items():
        o = old_index.get(name)
        if o is not None and n not in pairs and o not in paired_old and n not in by_new and o not in by_old:
            pairs[n] = o
            paired_old.add(o)
    in_place = _longest_increasing(sorted(pairs.items()))
    moves = {n: first_move + number for number, n in enumerate(sorted(set(pairs) - set(in_place)))}
    old_moves = {pairs[n]: number for n, number in moves.items()}

    entries: list[Entry] = []
    old_cursor = 0
    anchors = [*sorted(in_place.items()), (len(new), len(old))]
    new_cursor = 0
    for anchor_new, anchor_old in anchors:
        for o in range(old_cursor, anchor_old):
            if o in old_moves:
                entries.append(Entry("moved-from", old[o], None, by_old.get(o), old_moves[o]))
            elif o not in paired_old:
                entries.append(Entry("removed", old[o], None, by_old.get(o)))
        for n in range(new_cursor, anchor_new):
            if n in moves:
                entries.append(Entry("moved-to", None, new[n], by_new.get(n), moves[n]))
            elif n not in pairs:
                entries.append(Entry("added", None, new[n], by_new.get(n)))
        if anchor_new < len(new):
            entries.append(Entry("kept", old[anchor_old], new[anchor_new], by_new.get(anchor_new)))
        old_cursor, new_cursor = anchor_old + 1, anchor_new + 1
    return entries


def _longest_increasing(pairs: Sequence[tuple[int, int]]) -> dict[int, int]:
    """The longest subsequence of ``(new, old)`` pairs (sorted by new) whose old indexes increase."""
    tails: list[int] = []  # tails[k]: position in pairs of the smallest tail of a run of length k + 1
    previous: list[int] = [-1] * len(pairs)
    for position, (_, old_position) in enumerate(pairs):
        k = bisect_left([pairs[t][1] for t in tails], old_position)
        previous[position] = tails[k - 1] if k else -1
        if k == len(tails):
            tails.append(position)
        else:
            tails[k] = position
    chosen: dict[int, int] = {}
    position = tails[-1] if tails else -1
    while position >= 0:
        chosen[pairs[position][0]] = pairs[position][1]
        position = previous[position]
    return chosen
