"""Lines of the title block and the closing lines, old and new, as tracked revisions.

The lines are compared as sequences (``difflib``): lines both editions print stay plain; a line that
became another (a new symbol, a new date) shows the edit of its words; lines only one edition prints (a
draft's sponsors line, a resolution's adoption line) are whole inserted or deleted paragraphs.  So the
title block, too, reads as the new edition when every revision is accepted and as the old one when every
revision is rejected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from docx.oxml.xmlchemy import BaseOxmlElement

from versioning.render.docx.clauses import text_segments
from versioning.render.docx.ooxml import Revisions, revise_paragraph_mark, text_run
from versioning.render.segments import DELETED, INSERTED

NewParagraph = Callable[[], BaseOxmlElement]
"""Makes the next empty paragraph (its style set) and returns its ``w:p``."""


def write_lines(
    old: Sequence[str], new: Sequence[str], new_paragraph: NewParagraph, revisions: Revisions | None
) -> list[BaseOxmlElement]:
    """Write the lines, one paragraph each; without ``revisions`` only the new lines, plain.  Returns the
    paragraphs in order."""
    return [paragraph for paragraph, _, _ in write_line_pairs(old, new, new_paragraph, revisions)]


def write_line_pairs(
    old: Sequence[str], new: Sequence[str], new_paragraph: NewParagraph, revisions: Revisions | None
) -> list[tuple[BaseOxmlElement, int | None, int | None]]:
    """Write the lines as :func:`write_lines` does; returns each paragraph with the index of the old line
    and of the new line it shows (``None`` for a line only the other edition prints)."""
    if revisions is None:
        return [(_plain(new_paragraph(), line), None, index) for index, line in enumerate(new)]
    written: list[tuple[BaseOxmlElement, int | None, int | None]] = []
    for tag, old_start, old_end, new_start, new_end in SequenceMatcher(
        None, old, new, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            written += [
                (_plain(new_paragraph(), new[new_start + offset]), old_start + offset, new_start + offset)
                for offset in range(new_end - new_start)
            ]
            continue
        olds, news = list(old[old_start:old_end]), list(new[new_start:new_end])
        paired = min(len(olds), len(news)) if tag == "replace" else 0
        for offset, (before, after) in enumerate(zip(olds[:paired], news[:paired], strict=True)):
            paragraph = write_edit(new_paragraph(), before, after, revisions)
            written.append((paragraph, old_start + offset, new_start + offset))
        for offset, line in enumerate(olds[paired:], start=paired):
            written.append((_whole(new_paragraph(), line, "del", revisions), old_start + offset, None))
        for offset, line in enumerate(news[paired:], start=paired):
            written.append((_whole(new_paragraph(), line, "ins", revisions), None, new_start + offset))
    return written


def _plain(paragraph: BaseOxmlElement, line: str) -> BaseOxmlElement:
    paragraph.append(text_run(line))
    return paragraph


def write_edit(paragraph: BaseOxmlElement, old: str, new: str, revisions: Revisions) -> BaseOxmlElement:
    """Append the word-level edit from ``old`` to ``new`` to ``paragraph`` (kept, deleted and inserted
    runs, without italics) and return it."""
    for segment in text_segments(old, new):
        if segment.kind == DELETED:
            paragraph.append(revisions.wrap("del", [text_run(segment.text, deleted=True)]))
        elif segment.kind == INSERTED:
            paragraph.append(revisions.wrap("ins", [text_run(segment.text)]))
        else:
            paragraph.append(text_run(segment.text))
    return paragraph


def _whole(paragraph: BaseOxmlElement, line: str, tag: str, revisions: Revisions) -> BaseOxmlElement:
    deleted = tag == "del"
    paragraph.append(revisions.wrap("del" if deleted else "ins", [text_run(line, deleted=deleted)]))
    revise_paragraph_mark(paragraph, revisions.mark(tag))
    return paragraph
