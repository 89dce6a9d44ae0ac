"""The WordprocessingML elements python-docx has no API for: runs inside tracked revisions, the revisions
themselves (``w:ins``, ``w:del``, ``w:moveFrom``, ``w:moveTo`` and their range marks), revised paragraph
marks and footnote references.

Every element is built with python-docx's ``OxmlElement`` (lxml underneath); nothing is written as a
string.  A :class:`Revisions` hands out the ids, the author and the date every revision carries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import count
from typing import Literal

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

RevisionTag = Literal["ins", "del", "moveFrom", "moveTo"]

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class Revisions:
    """Who made the revisions and when, and a counter for the ``w:id`` every revision mark needs."""

    author: str
    date: str | None
    """An ISO 8601 date-time (``2013-07-15T00:00:00Z``), or ``None`` for revisions without a date."""
    _ids: Iterator[int] = field(default_factory=lambda: count(1))

    def next_id(self) -> str:
        """A fresh revision id (unique in the document)."""
        return str(next(self._ids))

    def mark(self, tag: str) -> BaseOxmlElement:
        """An empty revision element (``w:ins``, ``w:del``, a move range start...) with id, author, date."""
        element = OxmlElement(f"w:{tag}")
        element.set(qn("w:id"), self.next_id())
        element.set(qn("w:author"), self.author)
        if self.date is not None:
            element.set(qn("w:date"), self.date)
        return element

    def wrap(self, tag: RevisionTag, runs: Iterable[BaseOxmlElement]) -> BaseOxmlElement:
        """``runs`` inside one revision element."""
        element = self.mark(tag)
        for run in runs:
            element.append(run)
        return element


def text_run(
    text: str, *, italic: bool = False, superscript: bool = False, deleted: bool = False
) -> BaseOxmlElement:
    """A ``w:r`` holding ``text`` (tabs as ``w:tab``); ``deleted`` writes ``w:delText``, as a run inside
    ``w:del`` or ``w:moveFrom`` must."""
    run = OxmlElement("w:r")
    if italic or superscript:
        properties = OxmlElement("w:rPr")
        if italic:
            properties.append(OxmlElement("w:i"))
        if superscript:
            align = OxmlElement("w:vertAlign")
            align.set(qn("w:val"), "superscript")
            properties.append(align)
        run.append(properties)
    for index, piece in enumerate(text.split("\t")):
        if index:
            run.append(OxmlElement("w:tab"))
        if piece:
            node = OxmlElement("w:delText" if deleted else "w:t")
            node.set(XML_SPACE, "preserve")
            node.text = piece
            run.append(node)
    return run


def footnote_reference(footnote_id: int, marker: str, *, deleted: bool = False) -> list[BaseOxmlElement]:
    """The run that cites footnote ``footnote_id`` with its printed ``marker`` (``1``, ``*``): a
    ``w:footnoteReference`` with a custom mark, the mark itself in the same run, as Word writes it (and
    as LibreOffice needs it to take the mark for the note's label).

    The mark is written one character to a ``w:t``: Word reads the pieces as one text, while LibreOffice
    (7.4) takes a mark of several characters written in one ``w:t`` for the label and prints it a second
    time as text ("Goals;1010" for note 10); character by character it takes them all for the label."""
    run = OxmlElement("w:r")
    run.append(_character_style("FootnoteReference"))
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:customMarkFollows"), "1")
    reference.set(qn("w:id"), str(footnote_id))
    run.append(reference)
    for character in marker:
        mark = OxmlElement("w:delText" if deleted else "w:t")
        mark.text = character
        run.append(mark)
    return [run]


def footnote_mark() -> BaseOxmlElement:
    """The run that opens a note's text with the note's own mark (``w:footnoteRef``)."""
    run = OxmlElement("w:r")
    run.append(_character_style("FootnoteReference"))
    run.append(OxmlElement("w:footnoteRef"))
    return run


def _character_style(style_id: str) -> BaseOxmlElement:
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), style_id)
    properties.append(style)
    return properties


def revise_paragraph_mark(paragraph: BaseOxmlElement, revision: BaseOxmlElement) -> None:
    """Mark a ``w:p``'s paragraph mark as inserted, deleted or moved (``w:pPr/w:rPr/<revision>``), so that
    accepting or rejecting the revision adds or removes the paragraph itself, not only its words."""
    properties = paragraph.get_or_add_pPr()
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        run_properties = OxmlElement("w:rPr")
        properties.append(run_properties)
    run_properties.append(revision)


def record_format_change(run: BaseOxmlElement, revisions: Revisions, *, italic: bool) -> None:
    """Record on ``run`` that it was formerly italic (or not): a ``w:rPrChange`` holding the old run
    properties, the last child of the run's ``w:rPr``."""
    properties = run.get_or_add_rPr()
    change = revisions.mark("rPrChange")
    former = OxmlElement("w:rPr")
    if italic:
        former.append(OxmlElement("w:i"))
    change.append(former)
    properties.append(change)
