"""From a change's word-level edit to the runs a reader sees: kept, deleted, inserted.

Every renderer draws a clause the same way, so the reading of ``Change.words`` lives here once:

* adjacent deletions and insertions between two kept runs are gathered into one deletion followed by one
  insertion (``[-United Nations-]{+Member States+}``, not an interleaving of single words);
* whitespace that both sides of a replacement share at their edges is moved out into the kept text, so
  that markers hug words (``the [-old-]{+new+} text``, not ``the [-old -]{+new +}text``);
* a clause without a word-level edit is drawn from its texts: an added clause is one insertion, a removed
  clause one deletion, an unchanged, moved or renumbered one a single kept run.

:func:`elide_kept` shortens the unchanged stretches of a long clause to a few words around each edit.

Display only: the segments keep every character of the edit, but the clean-up of whitespace means that
joining them is not guaranteed to reproduce the exact spacing of either side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from versioning.diff.changes import Change, DiffOp

SegmentKind = Literal["kept", "deleted", "inserted"]

KEPT: SegmentKind = "kept"
DELETED: SegmentKind = "deleted"
INSERTED: SegmentKind = "inserted"

CONTEXT_WORDS = 12
"""Words of unchanged text kept on either side of an edit when a long clause is shortened."""

MIN_ELIDED_WORDS = 40
"""A stretch of unchanged text is shortened only if that leaves out at least this many words (about four
lines), so that a paragraph of ordinary length always reads whole."""

ELLIPSIS = "\u2026"

_KIND_OF_OP: dict[int, SegmentKind] = {0: KEPT, -1: DELETED, 1: INSERTED}


@dataclass(frozen=True, slots=True)
class Segment:
    """One run of text as a reader sees it.

    Attributes:
        kind: ``kept``, ``deleted`` or ``inserted``.
        text: the words of the run (never empty).
    """

    kind: SegmentKind
    text: str

    @property
    def is_whitespace(self) -> bool:
        """True when the run is only spacing (an editorial change a renderer must make visible)."""
        return not self.text.strip()


def change_segments(change: Change) -> tuple[Segment, ...]:
    """The runs to draw for one change, from its word-level edit or, without one, from its texts."""
    if change.words:
        return word_segments(change.words)
    old, new = change.old_text, change.new_text
    if old is None and new is None:
        return ()
    if old is None or change.kind == "added":
        return _single(INSERTED, new or "")
    if new is None or change.kind == "removed":
        return _single(DELETED, old)
    if old == new:
        return _single(KEPT, new)
    return (*_single(DELETED, old), *_single(INSERTED, new))


def word_segments(words: Sequence[DiffOp]) -> tuple[Segment, ...]:
    """Turn diff-match-patch pairs into display runs (see the module docstring for the clean-up)."""
    segments: list[Segment] = []
    for kind, deleted, inserted, kept in _runs(words):
        if kind == KEPT:
            _append(segments, KEPT, kept)
            continue
        leading = _common_edge(deleted, inserted, leading=True)
        trailing = _common_edge(deleted[len(leading) :], inserted[len(leading) :], leading=False)
        core_deleted = deleted[len(leading) : len(deleted) - len(trailing)]
        core_inserted = inserted[len(leading) : len(inserted) - len(trailing)]
        if not core_deleted and not core_inserted:  # a whitespace-only edit: keep it whole and visible
            leading = trailing = ""
            core_deleted, core_inserted = deleted, inserted
        _append(segments, KEPT, leading)
        _append(segments, DELETED, core_deleted)
        _append(segments, INSERTED, core_inserted)
        _append(segments, KEPT, trailing)
    return tuple(segments)


def elide_kept(
    segments: Sequence[Segment], *, context: int = CONTEXT_WORDS, at_least: int = MIN_ELIDED_WORDS
) -> tuple[Segment, ...]:
    """Shorten the long kept runs of an edited clause to ``context`` words either side of each edit,
    with ``…`` for the words left out.  A run is shortened only when that leaves out at least
    ``at_least`` words; a clause without an edit is returned whole."""
    if all(segment.kind == KEPT for segment in segments):
        return tuple(segments)
    shortened: list[Segment] = []
    for index, segment in enumerate(segments):
        if segment.kind != KEPT:
            shortened.append(segment)
            continue
        keep_head = index > 0  # words after the previous edit
        keep_tail = index < len(segments) - 1  # words before the next edit
        text = _elide(segment.text, context, at_least, keep_head=keep_head, keep_tail=keep_tail)
        shortened.append(Segment(KEPT, text))
    return tuple(shortened)


def side_text(segments: Iterable[Segment], side: Literal["old", "new"]) -> tuple[Segment, ...]:
    """The segments one side shows in a side-by-side view: the old side drops insertions, the new side
    drops deletions."""
    hidden = INSERTED if side == "old" else DELETED
    return tuple(segment for segment in segments if segment.kind != hidden)


def _runs(words: Sequence[DiffOp]) -> Iterable[tuple[SegmentKind, str, str, str]]:
    """Yield ``(kept, "", "", text)`` for kept runs and ``(edit, deleted, inserted, "")`` for each maximal
    run of deletions and insertions."""
    deleted: list[str] = []
    inserted: list[str] = []
    for op, text in words:
        kind = _KIND_OF_OP[op]
        if kind == KEPT:
            if deleted or inserted:
                yield DELETED, "".join(deleted), "".join(inserted), ""
                deleted, inserted = [], []
            yield KEPT, "", "", text
        elif kind == DELETED:
            deleted.append(text)
        else:
            inserted.append(text)
    if deleted or inserted:
        yield DELETED, "".join(deleted), "".join(inserted), ""


def _common_edge(deleted: str, inserted: str, *, leading: bool) -> str:
    """The whitespace both non-empty sides share at their start (``leading``) or end."""
    sides = [side for side in (deleted, inserted) if side]
    if not sides:
        return ""
    edges = []
    for side in sides:
        stripped = side.lstrip() if leading else side.rstrip()
        edges.append(side[: len(side) - len(stripped)] if leading else side[len(stripped) :])
    edge = edges[0]
    for other in edges[1:]:
        edge = _shared(edge, other, leading=leading)
    return edge


def _shared(first: str, second: str, *, leading: bool) -> str:
    """The longest common prefix (``leading``) or suffix of two strings."""
    if not leading:
        return _shared(first[::-1], second[::-1], leading=True)[::-1]
    size = 0
    while size < min(len(first), len(second)) and first[size] == second[size]:
        size += 1
    return first[:size]


def _elide(text: str, context: int, at_least: int, *, keep_head: bool, keep_tail: bool) -> str:
    """``text`` with its middle words (or its start, or its end) replaced by an ellipsis."""
    leading = text[: len(text) - len(text.lstrip())]
    words = re.findall(r"\S+\s*", text.lstrip())
    head = words[:context] if keep_head else []
    tail = words[-context:] if keep_tail else []
    if len(words) - len(head) - len(tail) < at_least:
        return text
    middle = f" {ELLIPSIS} " if head and tail else (f"{ELLIPSIS} " if tail else f" {ELLIPSIS}")
    return leading + "".join(head).rstrip() + middle + "".join(tail)


def _single(kind: SegmentKind, text: str) -> tuple[Segment, ...]:
    return (Segment(kind, text),) if text else ()


def _append(segments: list[Segment], kind: SegmentKind, text: str) -> None:
    """Append a run, merging it into the previous one of the same kind."""
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1] = Segment(kind, segments[-1].text + text)
    else:
        segments.append(Segment(kind, text))
