"""A resolution drafted in Word (.docx) as the text the parser reads, with the italics Word shows.

A draft in Word is a sequence of paragraphs: its title block, "The General Assembly,", preambular
paragraphs opening with an italic lead, operative paragraphs numbered by hand or by Word's automatic
numbering (``w:numPr``, from the paragraph or its style), footnotes as real footnotes.  The reader gives
what a PDF gives the parser:

* :attr:`DocxText.text` -- one line per paragraph and a blank line between paragraphs (as PyMuPDF writes
  a page), each automatic number written out as Word shows it (``3.``, ``(a)``), each footnote marker glued
  to the word before it (``organizations,1``), and the notes after a rule of underscores, one per line
  (``1 A/67/280-S/2012/614.``), as a page's footnote block;
* :attr:`DocxText.italic_openings` -- the italic runs that open paragraphs (after their number), the lead
  phrases, in reading order.

Tracked revisions are read as accepted (the text as it stands); comments are not text.  Reading uses
python-docx for the package, the styles and the numbering part, and lxml for the elements.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

from versioning.errors import InputError
from versioning.interop.docx_footnotes import SKIPPED, footnote_texts, run_text, style_chain
from versioning.interop.docx_numbering import Numbering
from versioning.interop.docx_package import DOCX, check_unpacked_size, is_docx

__all__ = ["DOCX", "DocxText", "is_docx", "read_docx"]

FOOTNOTE_RULE = "_______________"

# The fallback of a drawing (a text box written twice, for Word and for older readers) repeats its text.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_CLOSING_PUNCTUATION = ",;:. "


@dataclass(frozen=True, slots=True)
class DocxText:
    """What a .docx gives the parser: its text in the shape of a PDF's, and its italic openings."""

    text: str
    italic_openings: tuple[str, ...] = field(default=())


def read_docx(data: bytes, *, name: str | None = None) -> DocxText:
    """Read a Word document's paragraphs, numbers, italics and footnotes (see the module docstring).

    Raises:
        InputError: the bytes are not a Word document python-docx can open (one line, naming ``name``).
    """
    check_unpacked_size(data, name=name)
    try:
        return _read(docx.Document(io.BytesIO(data)))
    except (PackageNotFoundError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError) as error:
        # A package python-docx cannot open, a part that is not well-formed XML, or a value that is not
        # what the standard says (a level "zero"): the document is damaged, whatever part it is in.
        reason = " ".join(str(error).split())[:200]
        raise InputError(f"not a readable Word document ({reason})", file=name) from None


def _read(document: WordDocument) -> DocxText:
    reader = _Reader(document)
    lines: list[str] = []
    openings: list[str] = []
    for paragraph in _body_paragraphs(document):
        text, opening = reader.paragraph(paragraph)
        if not text.strip():
            continue
        lines += [text, ""]
        if opening:
            openings.append(opening)
    notes = reader.notes()
    if notes:
        lines += [FOOTNOTE_RULE, *notes]
    return DocxText("\n".join(lines) + "\n", tuple(openings))


def _body_paragraphs(document: WordDocument) -> Iterator[BaseOxmlElement]:
    """The body's paragraphs in reading order, those in table cells and text boxes included, deleted ones
    and a drawing's fallback copy left out."""
    for paragraph in document.element.body.iter(qn("w:p")):
        if any(ancestor.tag == _FALLBACK for ancestor in paragraph.iterancestors()):
            continue
        mark = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
        if mark is not None and any(child.tag in SKIPPED for child in mark):
            continue
        yield paragraph


class _Reader:
    """Reads paragraphs in order, numbering them and collecting the footnotes they cite."""

    def __init__(self, document: WordDocument) -> None:
        self._document = document
        self._numbering = Numbering.of(document)
        self._notes = footnote_texts(document)
        self._cited: list[tuple[str, str]] = []  # (marker, note text) in order of citation
        self._seen: set[str] = set()
        self._auto = 0

    def paragraph(self, paragraph: BaseOxmlElement) -> tuple[str, str]:
        """The paragraph's line (number written out, markers glued) and its italic opening, if any."""
        label = self._numbering.label(paragraph, self._style_numbering(paragraph))
        pieces: list[str | _Marker] = [f"{label} "] if label else []
        italic: list[str] = []
        opening = True
        for run in paragraph.iter(qn("w:r")):
            if not _stands_in(run, paragraph):
                continue
            marker = self._footnote(run)
            if marker is not None:
                pieces.append(_Marker(marker))
                opening = False
                continue
            text = run_text(run)
            if not text:
                continue
            if opening and not "".join(str(piece) for piece in pieces).strip() and _is_label(text):
                pieces.append(text)
                continue
            if opening and self._italic(run, paragraph):
                italic.append(text)
            elif text.strip():
                opening = False
            pieces.append(text)
        line = " ".join(_spread_markers(pieces).split())
        lead = " ".join("".join(italic).split()).rstrip(_CLOSING_PUNCTUATION)
        return line, lead

    def notes(self) -> list[str]:
        """The footnote block: each cited note once, ``marker text``, in order of first citation."""
        return [f"{marker} {' '.join(text.split())}" for marker, text in self._cited]

    def _footnote(self, run: BaseOxmlElement) -> str | None:
        reference = run.find(qn("w:footnoteReference"))
        if reference is None:
            return None
        note_id = reference.get(qn("w:id")) or ""
        if reference.get(qn("w:customMarkFollows")) in ("1", "true", "on"):
            marker = run_text(run).strip()
        else:
            self._auto += 1
            marker = str(self._auto)
        cited = (marker, self._notes.get(note_id, ""))
        if note_id not in self._seen and cited not in self._cited:
            # a note cited again is one note, whether the reference names the same footnote or a copy
            # of it (a writer that gives each reference its own footnote, as Word expects)
            self._seen.add(note_id)
            self._cited.append(cited)
        return marker

    def _style_numbering(self, paragraph: BaseOxmlElement) -> BaseOxmlElement | None:
        """The ``w:numPr`` the paragraph's style (or a style it is based on) carries, if any."""
        for style in self._style_chain(paragraph.style):
            number: BaseOxmlElement | None = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if number is not None:
                return number
        return None

    def _italic(self, run: BaseOxmlElement, paragraph: BaseOxmlElement) -> bool:
        properties = run.find(qn("w:rPr"))
        if properties is not None:
            flag = properties.find(qn("w:i"))
            if flag is not None:
                return flag.get(qn("w:val"), "true") not in ("0", "false", "off")
            style = properties.find(qn("w:rStyle"))
            if style is not None and self._style_italic(style.get(qn("w:val"))):
                return True
        return self._style_italic(paragraph.style)

    def _style_italic(self, style_id: str | None) -> bool:
        for style in self._style_chain(style_id):
            flag = style.find(f"{qn('w:rPr')}/{qn('w:i')}")
            if flag is not None:
                return flag.get(qn("w:val"), "true") not in ("0", "false", "off")
        return False

    def _style_chain(self, style_id: str | None) -> Iterator[BaseOxmlElement]:
        return style_chain(self._document.styles.element, style_id)


def _stands_in(run: BaseOxmlElement, paragraph: BaseOxmlElement) -> bool:
    """True when ``run`` is text of ``paragraph`` itself: not deleted or moved away, and not in a text
    box anchored in it (a paragraph of its own)."""
    for ancestor in run.iterancestors():
        if ancestor is paragraph:
            return True
        if ancestor.tag in SKIPPED or ancestor.tag == qn("w:p"):
            return False
    return False


class _Marker(str):
    """A footnote marker among a paragraph's pieces of text."""

    __slots__ = ()


# Where a marker can be glued in the text the parser reads: after a word's last letter and the punctuation
# that closes it, before a space.
_WORD_END = re.compile(r"[^\W\d_][,;:.]?(?=\s)")


def _spread_markers(pieces: list[str | _Marker]) -> str:
    """The paragraph's text with each marker glued where it stands, except that markers set side by side
    (``organizations,34``, which no reader of plain text can split) are glued to the ends of the words
    before them, one each, the last staying in place: the note each cites, and their order, are kept."""
    text = ""
    group: list[_Marker] = []
    for piece in [*pieces, ""]:
        if isinstance(piece, _Marker):
            group.append(piece)
            continue
        if group and not piece.strip() and piece:
            continue  # spacing between two references keeps them side by side
        if len(group) > 1:
            ends = [match.end() for match in _WORD_END.finditer(text)][-(len(group) - 1) :]
            if len(ends) == len(group) - 1:
                for position, marker in reversed(list(zip(ends, group, strict=False))):
                    text = text[:position] + marker + text[position:]
                group = group[-1:]
        text += "".join(group) + piece
        group = []
    return text


def _is_label(text: str) -> bool:
    """A paragraph number typed by hand, ``3.`` or ``(a)``, which comes before the italic lead."""
    word = text.strip()
    return bool(word) and (
        (word.endswith(".") and word[:-1].isdigit()) or (word.startswith("(") and word.endswith(")"))
    )
