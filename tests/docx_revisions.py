"""Reading a .docx back as Word would show it after accepting or rejecting every tracked revision.

Independent of the writer: it walks the WordprocessingML with lxml and knows only the standard's
revision elements (``w:ins``, ``w:del``, ``w:moveFrom``, ``w:moveTo`` and a paragraph mark's revision).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Literal

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

View = Literal["accept", "reject"]

_GONE = {"accept": ("del", "moveFrom"), "reject": ("ins", "moveTo")}


@dataclass(frozen=True)
class ShownParagraph:
    """A paragraph as shown: its style, its text (label included, markers apart), the italic text that
    opens it (after the label), and the footnote markers it cites."""

    style: str
    text: str
    italic: str
    footnotes: tuple[str, ...]


def shown_paragraphs(data: bytes, view: View) -> list[ShownParagraph]:
    """Every body paragraph left after accepting (or rejecting) all revisions."""
    document = docx.Document(io.BytesIO(data))
    gone = {qn(f"w:{tag}") for tag in _GONE[view]}
    shown = []
    for paragraph in document.element.body.iter(qn("w:p")):
        mark = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
        if mark is not None and any(child.tag in gone for child in mark):
            continue
        style_element = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        style_id = style_element.get(qn("w:val")) if style_element is not None else "Normal"
        style = document.styles.get_by_id(style_id, 1).name if style_id else "Normal"  # 1: paragraph
        shown.append(_read(paragraph, style, gone, reject=view == "reject"))
    return shown


def _read(paragraph, style: str, gone: set[str], *, reject: bool) -> ShownParagraph:  # type: ignore[no-untyped-def]
    text: list[str] = []
    italic: list[str] = []
    markers: list[str] = []
    italic_open = True
    after_label = False
    for run in paragraph.iter(qn("w:r")):
        if any(ancestor.tag in gone for ancestor in run.iterancestors()):
            continue
        properties = run.find(qn("w:rPr"))
        raised = properties is not None and properties.find(qn("w:vertAlign")) is not None
        if reject and properties is not None and properties.find(qn("w:rPrChange")) is not None:
            properties = properties.find(f"{qn('w:rPrChange')}/{qn('w:rPr')}")
        is_italic = properties is not None and properties.find(qn("w:i")) is not None
        if run.find(qn("w:commentReference")) is not None:
            continue
        piece = "".join(
            "\t" if node.tag == qn("w:tab") else (node.text or "")
            for node in run
            if node.tag in (qn("w:t"), qn("w:delText"), qn("w:tab"))
        )
        if raised or run.find(qn("w:footnoteReference")) is not None:
            markers.append(piece)
            continue
        text.append(piece)
        if "\t" in piece and not after_label:
            after_label = True
            continue
        if italic_open and is_italic:
            italic.append(piece)
        elif piece:
            italic_open = False
    return ShownParagraph(style, "".join(text), "".join(italic), tuple(markers))


def shown_footnotes(data: bytes, view: View) -> set[tuple[str, str]]:
    """``(marker, text)`` of every note a reference left in the body cites, after accepting (or
    rejecting) all revisions; the marker is the reference's custom mark, the text the note's."""
    document = docx.Document(io.BytesIO(data))
    gone = {qn(f"w:{tag}") for tag in _GONE[view]}
    part = document.part.part_related_by(RT.FOOTNOTES)
    root = etree.fromstring(part.blob)
    texts = {}
    for note in root.iter(qn("w:footnote")):
        pieces = [
            node.text or ""
            for run in note.iter(qn("w:r"))
            if not any(ancestor.tag in gone for ancestor in run.iterancestors())
            for node in run
            if node.tag in (qn("w:t"), qn("w:delText"))
        ]
        texts[note.get(qn("w:id"))] = "".join(pieces).strip()
    cited = set()
    for reference in document.element.body.iter(qn("w:footnoteReference")):
        run = reference.getparent()
        if any(ancestor.tag in gone for ancestor in run.iterancestors()):
            continue
        mark = "".join(node.text or "" for node in run if node.tag in (qn("w:t"), qn("w:delText")))
        cited.add((mark, texts[reference.get(qn("w:id"))]))
    return cited
