"""The terminal redline: one block per change, unchanged clauses folded, words wrapped to a fixed width.

Plain text marks a deletion ``[-like this-]`` and an insertion ``{+like this+}`` (the markers of
``git diff --word-diff=plain``), so the redline survives a pipe, a log file or an e-mail.  With ``color``
the markers give way to ANSI styles: deletions red and struck through, insertions green and underlined
(the line style tells them apart without colour vision too).  A whitespace-only edit shows its spaces as
``␣`` so that it can be seen at all; a long unchanged stretch inside an edited clause is shortened to a
few words around each edit (``…``); control characters from a document are replaced, never sent to the
terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from versioning.diff.changes import Change, ChangeList
from versioning.model import Document
from versioning.render.footnote_marks import NO_MARKS, FootnoteMark, FootnoteMarks
from versioning.render.labels import (
    SECTION_TITLES,
    baseline_title,
    by_section,
    change_class_name,
    change_heading,
    change_labels,
    count_phrase,
    fold_unchanged,
    lead_phrase,
    match_phrase,
    summary_phrases,
    unchanged_range,
)
from versioning.render.segments import (
    DELETED,
    INSERTED,
    KEPT,
    Segment,
    SegmentKind,
    change_segments,
    elide_kept,
)

WIDTH = 100
"""Columns the redline is wrapped to (a fixed number: the output must not depend on the terminal)."""

_CLAUSE_INDENT = "  "
_TEXT_INDENT = "      "
_VISIBLE_SPACE = "\u2423"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_RESET = "\x1b[0m"
_STYLES: dict[str, str] = {
    DELETED: "\x1b[9;31m",  # struck through, red
    INSERTED: "\x1b[4;32m",  # underlined, green
    "heading": "\x1b[1m",
    "section": "\x1b[1;4m",
    "substantive": "\x1b[1;35m",
    "routine": "\x1b[36m",
    "editorial": "\x1b[2m",
    "quiet": "\x1b[2m",
}
_MARKERS: dict[SegmentKind, tuple[str, str]] = {KEPT: ("", ""), DELETED: ("[-", "-]"), INSERTED: ("{+", "+}")}


def render_text(
    changes: ChangeList,
    *,
    color: bool = False,
    old: Document | None = None,
    new: Document | None = None,
    width: int = WIDTH,
) -> str:
    """Render a change list as a terminal redline (ANSI styles when ``color``, plain markers otherwise).

    ``old`` and ``new`` are accepted for a uniform renderer signature; the text view needs only the
    change list.
    """
    paint = _Painter(color)
    marks = FootnoteMarks.of(changes)
    lines = [paint(baseline_title(changes), "heading"), *_summary_lines(changes)]
    for section, items in by_section(changes):
        lines.append("")
        lines.append(paint(SECTION_TITLES.get(section, section), "section"))
        for entry in fold_unchanged(items):
            if isinstance(entry, list):
                noun = "clause" if len(entry) == 1 else "clauses"
                lines.append(
                    paint(
                        f"{_CLAUSE_INDENT}... {len(entry)} unchanged {noun} ({unchanged_range(entry)})",
                        "quiet",
                    )
                )
            else:
                lines.extend(_change_lines(entry, paint, width, marks))
    return "\n".join(lines) + "\n"


def _summary_lines(changes: ChangeList) -> list[str]:
    summary = changes.summary()
    kinds, classes = summary_phrases(summary)
    total = count_phrase(summary["total"])
    if not kinds:
        return [total]
    return [printable(f"{total}: {kinds}"), printable(f"by class: {classes}")]


def _change_lines(change: Change, paint: _Painter, width: int, marks: FootnoteMarks = NO_MARKS) -> list[str]:
    """The heading line of a change (its clauses, kind, class and reason, lead shift, match) and, where
    words matter, its wrapped redline followed by its footnote marks."""
    parts = [
        paint(change_heading(change), "heading"),
        paint(", ".join(change_labels(change))),
        paint(change.reason, change_class_name(change)),
    ]
    parts.extend(paint(phrase) for phrase in (lead_phrase(change), match_phrase(change)) if phrase)
    lines = [_CLAUSE_INDENT + "  ".join(parts)]
    if change.kind == "renumbered" and not change.text_changed:
        return lines  # same words under a new number: the heading says it all
    words = _render_words(elide_kept(change_segments(change)), paint)
    words.extend(_mark_words(mark, paint) for mark in marks.of_change(change))
    lines.extend(_wrap(words, indent=_TEXT_INDENT, width=width))
    return lines


def _mark_words(mark: FootnoteMark, paint: _Painter) -> str:
    """A footnote mark as one unbreakable word: an insertion when added, a deletion when removed."""
    text = mark.text
    kind = INSERTED if mark.kind == "added" else DELETED if mark.kind == "removed" else None
    if kind is None:
        return paint(text)
    opening, closing = ("", "") if paint.color else _MARKERS[kind]
    return paint(opening + text + closing, kind)


@dataclass(frozen=True, slots=True)
class _Painter:
    """Applies a named style when colour is on; the identity otherwise."""

    color: bool

    def __call__(self, text: str, style: str | None = None) -> str:
        """``text`` made printable, in ``style`` when colour is on."""
        text = printable(text)
        code = _STYLES.get(style or "")
        if not self.color or not code or not text:
            return text
        return f"{code}{text}{_RESET}"


def printable(text: str) -> str:
    """Replace control characters (an escape sequence in a document must not drive the terminal) with
    U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def _render_words(segments: Iterable[Segment], paint: _Painter) -> list[str]:
    """Cut the segments into words that may not be broken across lines, each rendered on its own (so a
    line break never falls inside an open ANSI style).  Text glued across segments (``{+60/1+},``) stays
    one word; whitespace at a segment's edges is a break like any other."""
    words: list[str] = []
    current: list[str] = []

    def end_word() -> None:
        if current:
            words.append("".join(current))
            current.clear()

    for segment in segments:
        opening, closing = ("", "") if paint.color else _MARKERS[segment.kind]
        if segment.is_whitespace:
            if segment.kind == KEPT:
                end_word()
            else:
                visible = segment.text.replace(" ", _VISIBLE_SPACE)
                current.append(paint(opening + visible + closing, segment.kind))  # markers and all
            continue
        core = segment.text.strip()
        if segment.text[0].isspace():
            end_word()
        pieces = core.split()
        for index, piece in enumerate(pieces):
            if index > 0:
                end_word()
            text = (opening if index == 0 else "") + piece + (closing if index == len(pieces) - 1 else "")
            current.append(paint(text, segment.kind if segment.kind != KEPT else None))
        if segment.text[-1].isspace():
            end_word()
    end_word()
    return words


def _wrap(words: list[str], *, indent: str, width: int) -> list[str]:
    """Greedy line filling by visible width (ANSI codes take no room)."""
    lines: list[str] = []
    line: list[str] = []
    used = len(indent)
    for word in words:
        size = len(_ANSI.sub("", word))
        if line and used + 1 + size > width:
            lines.append(indent + " ".join(line))
            line, used = [], len(indent)
        used += size + (1 if line else 0)
        line.append(word)
    if line:
        lines.append(indent + " ".join(line))
    return lines
