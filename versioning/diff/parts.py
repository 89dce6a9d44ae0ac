"""Cutting one clause into the parts a split (or a merge) made of it.

A clause split in two is diffed, as a whole, against its two new parts joined by a space; where the joint
falls in that diff says which words of the old clause went to which part.  The old clause is cut there, at
the nearest space, and each piece is then diffed against its own part: "op11 kept its first half and
gained a new ending; its second half became op12" instead of each part showing the other part's words as
deleted.  A merge is the same with the sides swapped: the new clause is cut where the joint of the old
parts falls.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from versioning.diff.changes import DiffOp

DELETE, EQUAL, INSERT = -1, 0, 1

JOINT = " "
"""What the parts are joined with to be diffed as a whole."""


def joined(texts: Sequence[str]) -> str:
    """The parts as one text (see :data:`JOINT`)."""
    return JOINT.join(texts)


def cut_other_side(
    ops: Sequence[DiffOp],
    parts: Sequence[str],
    other: str,
    *,
    parts_are_new: bool,
    kept: Callable[[str, str], float],
) -> list[str]:
    """``other`` (the side of the diff that is one clause) cut into one piece per text of ``parts`` (the
    side that is several, joined with :data:`JOINT`), where the diff ``ops`` puts each joint; ``[]`` when
    it cannot be cut so (no space near a joint, or a piece that would be empty), and the caller keeps the
    whole clause for each part.

    Inside words both sides keep, a joint has one place in ``other``.  Inside an edit it may fall where the
    edit begins or where it ends ("activities, [-emphasizes-]{+as it contributes ...; Emphasizes+} that":
    does "emphasizes" end the first part or begin the second?): the cut is the one whose pieces keep the
    most words of their parts (``kept(piece, part)``, the words a word diff keeps), the earlier on a tie.
    Each cut is a space of ``other``, left out of the pieces: :func:`rejoin` gives ``other`` back, byte for
    byte.
    """
    joints, at = [], 0
    for text in parts[:-1]:
        at += len(text)
        joints.append(at)
        at += len(JOINT)
    choices = [_spaces_near(other, span) for span in _spans_across(ops, joints, parts_are_new)]
    best: tuple[float, list[str]] | None = None
    for cuts in itertools.product(*choices):
        pieces = _pieces(other, cuts)
        if pieces:
            score = sum(kept(piece, part) for piece, part in zip(pieces, parts, strict=True))
            if best is None or score > best[0]:
                best = (score, pieces)
    return best[1] if best is not None else []


def rejoin(pieces: Sequence[str]) -> str:
    """The clause that :func:`cut_other_side` cut into ``pieces``."""
    return JOINT.join(pieces)


def _spans_across(ops: Sequence[DiffOp], joints: Sequence[int], parts_are_new: bool) -> list[tuple[int, int]]:
    """For each joint (a position in the joined side's text), where the diff puts it in the other side's
    text: inside text both sides keep, one position (twice); inside an edit, the edit's beginning and end
    there."""
    found: list[tuple[int, int]] = []
    here = there = 0  # positions on the joined side and on the other side
    edit_start: int | None = None  # where the current run of edits began on the other side
    inside: list[int] = []  # joints that fell inside the current run of edits
    pending = list(joints)
    for op, text in ops:
        if op == EQUAL:
            found.extend((edit_start if edit_start is not None else there, there) for _ in inside)
            inside, edit_start = [], None
            while pending and here <= pending[0] < here + len(text):
                position = there + pending.pop(0) - here
                found.append((position, position))
            here += len(text)
            there += len(text)
            continue
        if edit_start is None:
            edit_start = there
        if (op == INSERT) == parts_are_new:  # text of the joined side only
            while pending and here <= pending[0] < here + len(text):
                inside.append(pending.pop(0))
            here += len(text)
        else:
            there += len(text)
    found.extend((edit_start if edit_start is not None else there, there) for _ in inside)
    found.extend((there, there) for _ in pending)
    return found


def _spaces_near(text: str, span: tuple[int, int]) -> list[int]:
    """The spaces of ``text`` where a joint in ``span`` may fall: the first and the last space from just
    before the span's start to its end (one when they coincide), none when the span holds none (a joint
    set inside a word, or beside a no-break space, is no place to cut)."""
    start, end = span
    if any(character.isspace() and character != JOINT for character in text[start:end]):
        return []  # words joined by no-break spaces: cut at the space beside them would split a phrase
    first = text.find(JOINT, max(start - 1, 0), end + 1)
    if first < 0:
        return []
    return sorted({first, text.rfind(JOINT, max(start - 1, 0), end + 1)})


def _pieces(text: str, cuts: Sequence[int]) -> list[str]:
    """``text`` cut at the spaces ``cuts`` (left out); ``[]`` unless every piece has words."""
    pieces, start = [], 0
    for cut in cuts:
        if cut < start:
            return []
        pieces.append(text[start:cut])
        start = cut + len(JOINT)
    pieces.append(text[start:])
    return pieces if all(piece.strip() for piece in pieces) else []
