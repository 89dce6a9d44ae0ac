"""The Markdown view, for a pull-request comment: a summary table, then each change with its redline.

GitHub-safe: words are HTML-escaped and Markdown-escaped (no stray emphasis, links, headings, mentions or
issue references out of a resolution's text), deletions and insertions use ``<del>`` and ``<ins>``, which
GitHub keeps, and the comment stays under GitHub's size limit by listing the rest of the changes in the
summary table only.
"""

from __future__ import annotations

import html
import re

from versioning.diff.changes import Change, ChangeList
from versioning.model import Document
from versioning.render.footnote_marks import NO_MARKS, FootnoteMarks
from versioning.render.labels import (
    SECTION_TITLES,
    by_section,
    change_class_name,
    change_heading,
    change_labels,
    count_phrase,
    fold_unchanged,
    lead_phrase,
    match_phrase,
    reason_detail,
    summary_phrases,
    unchanged_range,
)
from versioning.render.segments import DELETED, INSERTED, KEPT, change_segments, elide_kept

MAX_CHARS = 60_000
"""Budget of a comment (GitHub refuses bodies over 65,536 characters); details past it are left out."""

ARROW = "\u2192"
_VISIBLE_SPACE = "\u2423"
# Characters that start Markdown syntax inside a line (emphasis, code, links, tables, strikethrough,
# autolinks), plus the two that GitHub turns into mentions and issue links.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_GITHUB_REFERENCE = {"@": "&#64;", "#": "&#35;"}


def render_markdown(
    changes: ChangeList,
    *,
    color: bool = False,
    old: Document | None = None,
    new: Document | None = None,
    max_chars: int = MAX_CHARS,
) -> str:
    """Render a change list as Markdown for a pull-request comment.

    ``color``, ``old`` and ``new`` are accepted for a uniform renderer signature and ignored.
    """
    summary = changes.summary()
    kinds, classes = summary_phrases(summary)
    lines = [f"### Redline: {_code(changes.old.reference)} {ARROW} {_code(changes.new.reference)}", ""]
    total = f"**{count_phrase(summary['total'])}**"
    lines.append(f"{total}: {kinds} (by class: {classes})" if kinds else total)
    if not changes.changes:
        return "\n".join(lines) + "\n"
    lines.extend(["", *_summary_table(changes)])
    used = sum(len(line) + 1 for line in lines)
    shown = 0
    marks = FootnoteMarks.of(changes)
    for section, items in by_section(changes):
        heading = ["", f"#### {SECTION_TITLES.get(section, section)}"]  # goes out with the first entry
        for entry in fold_unchanged(items):
            if isinstance(entry, list):
                noun = "clause" if len(entry) == 1 else "clauses"
                block = ["", f"*{len(entry)} unchanged {noun} ({_escape(unchanged_range(entry))})*"]
            else:
                block = _change_block(entry, marks)
            block, heading = heading + block, []
            size = sum(len(line) + 1 for line in block)
            if used + size > max_chars:
                left = len(changes.differences) - shown
                lines.extend(
                    ["", f"*{left} more changes are listed in the table above only (comment size limit).*"]
                )
                return "\n".join(lines) + "\n"
            lines.extend(block)
            used += size
            shown += 0 if isinstance(entry, list) else 1
    return "\n".join(lines) + "\n"


def _summary_table(changes: ChangeList) -> list[str]:
    rows = ["| Clause | Change | Class | Reason | Note |", "| --- | --- | --- | --- | --- |"]
    for change in changes.differences:
        notes = [phrase for phrase in (lead_phrase(change, arrow=ARROW), match_phrase(change)) if phrase]
        cells = (
            _code(change_heading(change, arrow=ARROW)),
            _escape(", ".join(change_labels(change))),
            _escape(change_class_name(change)),
            _escape(reason_detail(change)),
            _escape("; ".join(notes)),
        )
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def _change_block(change: Change, marks: FootnoteMarks = NO_MARKS) -> list[str]:
    """A change's heading line (with its class and reason) and, where its words matter, its redline as a
    quotation, footnote marks last."""
    head = [f"**{_code(change_heading(change, arrow=ARROW))}**", _escape(", ".join(change_labels(change)))]
    head.append(f"*{_escape(change_class_name(change))}*: {_escape(reason_detail(change))}")
    head.extend(_escape(p) for p in (lead_phrase(change, arrow=ARROW), match_phrase(change)) if p)
    block = ["", " · ".join(head)]
    if change.kind == "renumbered" and not change.text_changed:
        return block
    redline = " ".join(part for part in (_redline(change), *_marks(change, marks)) if part)
    if redline:
        block.extend(["", f"> {redline}"])
    return block


def _redline(change: Change) -> str:
    """The clause's words with ``<del>`` and ``<ins>`` marks, on one line (a rendered comment collapses
    runs of spaces, so each run keeps at most one space at either edge)."""
    parts = []
    for segment in elide_kept(change_segments(change)):
        if segment.is_whitespace and segment.kind != KEPT:
            visible = _escape(segment.text.replace(" ", _VISIBLE_SPACE))
            parts.append(f"<del>{visible}</del>" if segment.kind == DELETED else f"<ins>{visible}</ins>")
            continue
        core = _escape(" ".join(segment.text.split()))
        if segment.kind == DELETED:
            core = f"<del>{core}</del>"
        elif segment.kind == INSERTED:
            core = f"<ins>{core}</ins>"
        parts.append(_with_edges(segment.text, core))
    return re.sub(" {2,}", " ", "".join(parts)).strip()


def _marks(change: Change, marks: FootnoteMarks) -> list[str]:
    """The clause's footnote marks: ``<ins>[footnote 3 added]</ins>``, ``<del>...</del>``, or plain."""
    shown = []
    for mark in marks.of_change(change):
        text = _escape(mark.text)
        tag = "ins" if mark.kind == "added" else "del" if mark.kind == "removed" else ""
        shown.append(f"<{tag}>{text}</{tag}>" if tag else text)
    return shown


def _with_edges(raw: str, core: str) -> str:
    """Surround ``core`` with one space where ``raw`` starts or ends with whitespace."""
    if not raw.strip():
        return " "
    return (" " if raw[0].isspace() else "") + core + (" " if raw[-1].isspace() else "")


def _code(text: str) -> str:
    """An identifier as inline code, or escaped text when it holds what would break out of a code span
    (a backtick) or out of a table cell (a pipe)."""
    if "`" in text or "|" in text or "\n" in text:
        return _escape(text)
    return f"`{text}`"


def _escape(text: str) -> str:
    """Escape text for GitHub Markdown: HTML entities, inline syntax, mentions and issue references, and
    what would start a block (heading, list, quotation) at the start of the text."""
    text = html.escape(text, quote=False)
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = "".join(_GITHUB_REFERENCE.get(char, char) for char in text)
    text = re.sub(r"^(\s*)([-+=])", r"\1\\\2", text)  # a list item or a setext heading underline
    return re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", text)  # an ordered list item
