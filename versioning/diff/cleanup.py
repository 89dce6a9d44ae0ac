"""The semantic clean-up of a diff, as diff-match-patch defines it, in one pass instead of many.

diff-match-patch's ``diff_cleanupSemantic`` has three stages: (1) an equality no longer than the edits on
each side of it is folded into them (deleted and inserted), which can make its neighbours foldable in turn;
(2) single edits are shifted sideways to word boundaries (``diff_cleanupSemanticLossless``); (3) where a
deletion ends with what the following insertion starts with (or the reverse), the overlap becomes an
equality.  Its stage 1 rescans the list after each fold and inserts into it, which is quadratic in the
number of edits: on a much rewritten paragraph it was the largest cost of the whole diff.

Stage 1 is a closure: folding an equality only lengthens the edits beside its neighbours, so the set of
folded equalities is the least one that leaves no foldable equality, whatever the order.  Here it is found
with a stack in one pass; stages 2 and 3 are diff-match-patch's own (stage 3 re-stated as a pass that builds
a new list).  The result is the same list of operations as ``diff_cleanupSemantic``'s, which the tests check
on every paragraph pair of the corpus and on generated diffs.  What people are shown differs in one point
(:func:`cleanups_for_people`): an equality between two deletions, or two insertions, is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import diff_match_patch

DELETE, EQUAL, INSERT = -1, 0, 1

Op = tuple[int, str]


@dataclass(slots=True)
class _Run:
    """The edits between two kept equalities, with the lengths stage 1 compares an equality to."""

    ops: list[Op] = field(default_factory=list)
    inserted: int = 0
    deleted: int = 0

    def add(self, op: int, text: str) -> None:
        self.ops.append((op, text))
        if op == INSERT:
            self.inserted += len(text)
        else:
            self.deleted += len(text)

    def longest(self) -> int:
        return max(self.inserted, self.deleted)

    def one_way(self) -> int:
        """``DELETE`` or ``INSERT`` when every edit of the run goes that way, else ``EQUAL``."""
        if self.inserted and not self.deleted:
            return INSERT
        if self.deleted and not self.inserted:
            return DELETE
        return EQUAL


def semantic_cleanup(diffs: list[Op], engine: diff_match_patch.diff_match_patch) -> list[Op]:
    """``diffs`` cleaned up as ``engine.diff_cleanupSemantic(diffs)`` would (``diffs`` itself may be
    changed); ``engine`` supplies the merge, the lossless shift and the overlap measure."""
    folded, changed, _ = _fold_small_equalities(diffs, keep_between_like_edits=False)
    return _finish(folded, changed, engine)


def cleanups_for_people(
    diffs: list[Op], engine: diff_match_patch.diff_match_patch
) -> tuple[list[Op], list[Op]]:
    """Two clean-ups of ``diffs`` (which is not changed): the one shown to people, and diff-match-patch's own
    (:func:`semantic_cleanup`), which the classes are calibrated on; the same list twice where they agree.

    The one shown never folds an equality between two deletions or two insertions: "[-A-] kept [-B-]"
    already reads as two cuts, and folding it would show kept words as deleted and inserted again ("[-A kept
    B-]{+kept+}"); the kept words stay visible ("Referring to {+the relevant resolutions of the +}Security
    Council{+, including+} resolution 1631 (2005)").  Folding only ever makes a run two-way, so the set it
    folds is still the least one, whatever the order."""
    folded, changed, held_back = _fold_small_equalities(list(diffs), keep_between_like_edits=True)
    shown = _finish(folded, changed, engine)
    if not held_back:
        return shown, shown
    return shown, semantic_cleanup(list(diffs), engine)


def _finish(folded: list[Op], changed: bool, engine: diff_match_patch.diff_match_patch) -> list[Op]:
    """Stages 2 and 3 after the folds of stage 1."""
    if changed:
        folded = merged(folded, engine)
    engine.diff_cleanupSemanticLossless(folded)
    return _split_overlaps(folded, engine)


def merged(diffs: list[Op], engine: diff_match_patch.diff_match_patch) -> list[Op]:
    """``diffs`` in diff-match-patch's normal form, as ``engine.diff_cleanupMerge`` gives it (``diffs``
    itself may be changed): each run of edits between equalities as one deletion then one insertion,
    adjacent equalities joined.

    Done here in one linear pass, then diff-match-patch's sideways shifts; where its first pass would do
    more than join (a deletion and an insertion that start or end alike, an empty text), its own merge is
    run, so that the result is always the same as its."""
    result: list[Op] = []
    deleted: list[str] = []
    inserted: list[str] = []
    edits = 0

    def close_run() -> bool:
        """Append the run of edits; False when diff-match-patch would factor a common prefix or suffix."""
        if edits > 1 and deleted and inserted:
            deletion, insertion = "".join(deleted), "".join(inserted)
            if deletion[0] == insertion[0] or deletion[-1] == insertion[-1]:
                return False
            result.append((DELETE, deletion))
            result.append((INSERT, insertion))
        elif deleted:
            result.append((DELETE, "".join(deleted)))
        elif inserted:
            result.append((INSERT, "".join(inserted)))
        return True

    for op, text in diffs:
        if not text:
            return _merged_by(engine, diffs)
        if op == EQUAL:
            if edits:
                if not close_run():
                    return _merged_by(engine, diffs)
                deleted, inserted, edits = [], [], 0
                result.append((op, text))
            elif result:
                result[-1] = (EQUAL, result[-1][1] + text)
            else:
                result.append((op, text))
        else:
            (inserted if op == INSERT else deleted).append(text)
            edits += 1
    if edits and not close_run():
        return _merged_by(engine, diffs)
    return merged(result, engine) if _shift_sideways(result) else result


def _shift_sideways(diffs: list[Op]) -> bool:
    """diff-match-patch's second merge pass, step for step: a single edit between two equalities that ends
    with the first (or starts with the second) is shifted over it, ``A<ins>BA</ins>C`` ->
    ``<ins>AB</ins>AC``, which removes an equality.  True when something moved (the list then needs
    merging again)."""
    changes = False
    pointer = 1
    while pointer < len(diffs) - 1:
        (before_op, before), (op, text), (after_op, after) = diffs[pointer - 1 : pointer + 2]
        if before_op == EQUAL and after_op == EQUAL:
            if text.endswith(before):
                if before:
                    diffs[pointer] = (op, before + text[: -len(before)])
                    diffs[pointer + 1] = (EQUAL, before + after)
                del diffs[pointer - 1]
                changes = True
            elif text.startswith(after):
                diffs[pointer - 1] = (EQUAL, before + after)
                diffs[pointer] = (op, text[len(after) :] + after)
                del diffs[pointer + 1]
                changes = True
        pointer += 1
    return changes


def _merged_by(engine: diff_match_patch.diff_match_patch, diffs: list[Op]) -> list[Op]:
    engine.diff_cleanupMerge(diffs)
    return diffs


def _fold_small_equalities(diffs: list[Op], *, keep_between_like_edits: bool) -> tuple[list[Op], bool, bool]:
    """Stage 1: every equality no longer than the longest side of the edits before it and of those after
    it, counting equalities already folded as both deleted and inserted, folded into its edits (but, with
    ``keep_between_like_edits``, not one between runs that only delete, or only insert).  Returns the list,
    whether anything was folded, and whether ``keep_between_like_edits`` kept back a fold."""
    stack: list[tuple[str, _Run]] = []  # kept equalities, each with the edits just before it
    current = _Run()
    changed = held_back = False

    def settle(run: _Run) -> _Run:
        nonlocal changed, held_back
        while stack:
            text, before = stack[-1]
            if not (text and len(text) <= before.longest() and len(text) <= run.longest()):
                break
            if keep_between_like_edits and before.one_way() != EQUAL and before.one_way() == run.one_way():
                held_back = True
                break
            stack.pop()
            merged = before
            merged.add(DELETE, text)
            merged.add(INSERT, text)
            for op, chars in run.ops:
                merged.add(op, chars)
            run = merged
            changed = True
        return run

    for op, text in diffs:
        if op == EQUAL:
            current = settle(current)
            stack.append((text, current))
            current = _Run()
        else:
            current.add(op, text)
    current = settle(current)
    if not changed:
        return diffs, False, held_back
    result: list[Op] = []
    for text, before in stack:
        result.extend(before.ops)
        result.append((EQUAL, text))
    result.extend(current.ops)
    return result, True, held_back


def _split_overlaps(diffs: list[Op], engine: diff_match_patch.diff_match_patch) -> list[Op]:
    """Stage 3: a deletion followed by an insertion that overlap by at least half of either (the end of
    one is the start of the other) keep the overlap as an equality."""
    result: list[Op] = []
    index = 0
    while index < len(diffs):
        first = diffs[index]
        second = diffs[index + 1] if index + 1 < len(diffs) else None
        if second is None or first[0] != DELETE or second[0] != INSERT:
            result.append(first)
            index += 1
            continue
        deletion, insertion = first[1], second[1]
        forward = engine.diff_commonOverlap(deletion, insertion)
        backward = engine.diff_commonOverlap(insertion, deletion)
        if forward >= backward and _half_of_either(forward, deletion, insertion):
            result += [
                (DELETE, deletion[: len(deletion) - forward]),
                (EQUAL, insertion[:forward]),
                (INSERT, insertion[forward:]),
            ]
        elif forward < backward and _half_of_either(backward, deletion, insertion):
            result += [
                (INSERT, insertion[: len(insertion) - backward]),
                (EQUAL, deletion[:backward]),
                (DELETE, deletion[backward:]),
            ]
        else:
            result += [first, second]
        index += 2
    return result


def _half_of_either(overlap: int, deletion: str, insertion: str) -> bool:
    return overlap >= len(deletion) / 2 or overlap >= len(insertion) / 2
