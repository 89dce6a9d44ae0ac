"""The notes of a Word document's footnotes part, as the parser reads a page's footnote block.

A note's text is its words: the note's own mark that opens it is left out, whether Word's field for it
(``w:footnoteRef``) or the mark typed out as text in a raised run, as Word and LibreOffice save a note
cited with a custom mark ("*", or "10" for a document that numbers its own notes).  Deleted and
moved-away text is left out (revisions read as accepted).
"""

from __future__ import annotations

from collections.abc import Iterator

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Styles
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

__all__ = ["footnote_texts", "style_chain"]

SKIPPED = frozenset({qn("w:del"), qn("w:moveFrom")})
"""Revisions whose text no longer stands."""
_SEPARATORS = ("separator", "continuationSeparator", "continuationNotice")


def footnote_texts(document: WordDocument) -> dict[str, str]:
    """Footnote id -> the note's words, white space collapsed (its own mark left out)."""
    try:
        part = document.part.part_related_by(RELATIONSHIP_TYPE.FOOTNOTES)
    except KeyError:
        return {}
    root = etree.fromstring(part.blob)
    styles = document.styles.element
    texts = {}
    for note in root.iter(qn("w:footnote")):
        if note.get(qn("w:type")) in _SEPARATORS:
            continue
        pieces = []
        opening = True  # no word of the note read yet: a raised run here is the note's mark
        for run in note.iter(qn("w:r")):
            if any(ancestor.tag in SKIPPED for ancestor in run.iterancestors()):
                continue
            if run.find(qn("w:footnoteRef")) is not None:
                continue
            text = run_text(run)
            if opening and text.strip() and _raised(run, styles):
                continue
            opening = opening and not text.strip()
            pieces.append(text)
        texts[note.get(qn("w:id")) or ""] = " ".join("".join(pieces).split())
    return texts


def run_text(run: BaseOxmlElement) -> str:
    """A run's text: ``w:t`` as written, tabs and breaks as spaces."""
    parts = []
    for node in run:
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag in (qn("w:tab"), qn("w:br"), qn("w:cr")):
            parts.append(" ")
        elif node.tag == qn("w:noBreakHyphen"):
            parts.append("\u2011")
    return "".join(parts)


def style_chain(styles: CT_Styles, style_id: str | None) -> Iterator[BaseOxmlElement]:
    """The style ``style_id`` names in the styles part ``styles``, then the styles it is based on, each
    once (a style based on itself, or a loop of them, ends the chain: Word does the same)."""
    seen: set[str] = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = styles.get_by_id(style_id)
        if style is None:
            return
        yield style
        based = style.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None


def _raised(run: BaseOxmlElement, styles: CT_Styles) -> bool:
    """True when the run is set as a superscript, by its own formatting or its character style's."""
    properties = run.find(qn("w:rPr"))
    if properties is None:
        return False
    align = properties.find(qn("w:vertAlign"))
    if align is not None:
        return bool(align.get(qn("w:val")) == "superscript")
    style = properties.find(qn("w:rStyle"))
    for link in style_chain(styles, style.get(qn("w:val")) if style is not None else None):
        align = link.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}")
        if align is not None:
            return bool(align.get(qn("w:val")) == "superscript")
    return False
