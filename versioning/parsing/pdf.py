"""Text out of a resolution's PDF, laid out the way plain text extractors lay it out.

Why pdfminer.six rather than pypdf: pdfminer gives every character with its font name, size and box, which
is where the PDF keeps the italics of the lead phrases (``TimesNewRomanPS-ItalicMT``) and the small raised
digits of the footnote markers; its layout analysis groups characters into lines and lines into blocks, so
reading order survives justified text and page furniture.  pypdf's text extraction returns strings only,
without fonts or geometry.  pdfminer.six is MIT licensed, pure Python and maintained (releases every year).

The text has the shape of ``pdftotext``'s and PyMuPDF's output, which the text parser already reads:

* one line of the page per line, in reading order (the running header first, the page number and job number
  last), a form feed ``"\\f"`` after every page (as ``pdftotext`` writes it), a blank line between blocks
  and between paragraphs (as PyMuPDF writes it);
* a printed line is one line even where pdfminer splits it (justified text; an operative number set apart
  from its text comes out as ``"1. Takes note with appreciation ..."``);
* words separated by one space (justification gaps collapsed);
* a footnote marker stays where it stands, glued to the word or number before it (``"Security4"``,
  ``"20103"``, ``"organizations,1"``), as PyMuPDF gives it; with ``superscript_markers=True`` the markers
  come out as Unicode superscript digits instead (``"2010³"``), which no digit of the text can be mistaken
  for;
* the footnote block of a page keeps its rule of underscores on a line of its own, then one line per line
  of notes, each note starting with its marker and a space (``"3 S/PRST/2010/1; see ..."``).

:func:`read_pdf_pages` gives the same lines with their geometry and italics, for tools (the lead lexicon
builder) that need the typography.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from versioning.errors import InputError

__all__ = [
    "PageLine",
    "PdfPage",
    "TextRun",
    "extract_pdf_text",
    "italic_openings",
    "read_pdf_pages",
    "render_pdf_text",
]

_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# A footnote marker is set at about 60 % of the body size and raised; anything below this share of the
# line's size (and raised) is taken for one.
_SUPERSCRIPT_SIZE_RATIO = 0.8
# Fragments of one printed line that pdfminer leaves in separate boxes (justified text, a paragraph number
# apart from its text) are joined when the horizontal gap between them is under this many times the font
# size; a running title and the symbol at the other end of the header stay apart.
_JOIN_GAP_RATIO = 2.5
# A gap wider than this share of the font size between two characters is a space even where the PDF
# draws no space glyph; letter spacing in justified lines reaches about 0.12.
_WORD_GAP_RATIO = 0.25
# A vertical gap wider than this share of the font size between two lines ends a block or a paragraph
# (lines of a paragraph stand about 0.2 apart, paragraphs about 0.8).
_BLOCK_GAP_RATIO = 0.5
# A paragraph's number or letter, set upright before its italic lead: "3.", "(a)", "(ii)".
_PARAGRAPH_LABEL = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]{1,6})\))$")
# Two fragments are on the same printed line when their vertical extents overlap by this share.
_SAME_LINE_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class TextRun:
    """A stretch of one line set in one style."""

    text: str
    italic: bool
    superscript: bool


@dataclass(frozen=True, slots=True)
class PageLine:
    """One printed line of a page.

    ``x0``/``x1`` are its left and right edges, ``top`` its upper edge, in PDF points from the page's
    lower-left corner; ``size`` is the font size of most of its characters.
    """

    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    runs: tuple[TextRun, ...]

    @property
    def text(self) -> str:
        """The line's text, markers glued to the word before them."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One page: its 1-based number and its lines in reading order."""

    number: int
    lines: tuple[PageLine, ...]


def extract_pdf_text(data: bytes, *, name: str | None = None, superscript_markers: bool = False) -> str:
    """The text of a PDF edition: one printed line per line, a form feed after every page.

    ``name`` is used in error messages only.  Raises :class:`~versioning.errors.InputError` for bytes that
    are not a readable PDF (damaged, truncated, encrypted, not a PDF, no text layer).
    """
    return render_pdf_text(read_pdf_pages(data, name=name), superscript_markers=superscript_markers)


def render_pdf_text(pages: Sequence[PdfPage], *, superscript_markers: bool = False) -> str:
    """The text of pages read by :func:`read_pdf_pages`, as :func:`extract_pdf_text` gives it."""
    return "".join(_render_page(page, superscript_markers) for page in pages)


def italic_openings(pages: Sequence[PdfPage]) -> list[str]:
    """The italic runs that open printed lines (after a paragraph number such as "3." or "(a)"), in
    reading order, whitespace collapsed and closing punctuation dropped: the lead phrases of the paragraphs
    ("Having considered", "Takes note with appreciation"), among other italics (titles, "The General
    Assembly").  A run that fills its line goes on with the italics that open the next line ("Expresses its
    continued serious" / "concern")."""
    lines = [line for page in pages for line in page.lines]
    openings: list[str] = []
    index = 0
    while index < len(lines):
        runs = [run for run in lines[index].runs if run.text.strip()]
        if runs and not runs[0].italic and _PARAGRAPH_LABEL.match(runs[0].text.strip()):
            runs = runs[1:]
        italic = ""
        while runs and runs[0].italic:
            italic += runs[0].text
            if len(runs) > 1 or index + 1 >= len(lines) or italic.rstrip()[-1:] in ",.;:":
                break
            index += 1  # the whole line is italic: the phrase may go on at the start of the next
            runs = [run for run in lines[index].runs if run.text.strip()]
            italic += " "
        phrase = " ".join(italic.split()).rstrip(" ,;:.")
        if phrase:
            openings.append(phrase)
        index += 1
    return openings


def read_pdf_pages(data: bytes, *, name: str | None = None) -> list[PdfPage]:
    """The pages of a PDF, each as its printed lines in reading order, with italics and superscripts."""
    if not data.lstrip()[:1024].startswith(b"%PDF-"):
        raise InputError("not a PDF file (no %PDF- header)", file=name)
    pages = _read_layout(data, name=name)
    if not any(page.lines for page in pages):
        raise InputError("PDF has no text layer (a scanned image?)", file=name)
    return pages


def _read_layout(data: bytes, *, name: str | None) -> list[PdfPage]:
    # deferred: pdfminer takes a noticeable time to import and only PDF input needs it
    from io import BytesIO

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError

    try:
        return [
            PdfPage(number, tuple(_page_lines(layout)))
            for number, layout in enumerate(extract_pages(BytesIO(data), laparams=LAParams()), start=1)
        ]
    except PDFEncryptionError as error:  # also a wrong password, or extraction forbidden by the owner
        raise InputError(f"encrypted PDF, cannot be read ({type(error).__name__})", file=name) from None
    except Exception as error:  # pdfminer raises many unrelated types for damaged files; none may escape
        detail = str(error).strip().splitlines()[0][:120] if str(error).strip() else type(error).__name__
        raise InputError(f"damaged or truncated PDF: {detail}", file=name) from None


@dataclass(slots=True)
class _Fragment:
    """A pdfminer text line: a piece of a printed line, with its place in pdfminer's reading order."""

    order: tuple[int, int]
    x0: float
    x1: float
    y0: float
    y1: float
    chars: list[tuple[str, Any]]  # (text, LTChar), in the line's order


def _page_lines(layout: Any) -> Iterator[PageLine]:
    fragments = list(_fragments(layout))
    for group in _join_same_line(fragments):
        line = _build_line(group)
        if line is not None:
            yield line


def _fragments(layout: Any) -> Iterator[_Fragment]:
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    boxes = [item for item in layout if isinstance(item, LTTextBox)]
    # Blocks from top to bottom, left to right at equal height: the running header, the body, the
    # footnote block, the footer, as every extractor of the corpus orders them.
    boxes.sort(key=lambda box: (-round(box.y1, 1), box.x0))
    for box_index, box in enumerate(boxes):
        for line_index, line in enumerate(item for item in box if isinstance(item, LTTextLine)):
            # pdfminer's inferred spaces (LTAnno) are left out: it infers one wherever letters stand
            # apart by a tenth of the font size, which splits justified words ("sign ed",
            # "Secretary -General"); the spaces are the PDF's own space glyphs and the gaps measured below.
            chars = [(item.get_text(), item) for item in line if isinstance(item, LTChar)]
            if "".join(text for text, _ in chars).strip():
                yield _Fragment((box_index, line_index), line.x0, line.x1, line.y0, line.y1, chars)


def _join_same_line(fragments: list[_Fragment]) -> list[list[_Fragment]]:
    """Group the fragments of each printed line (chains of adjacent fragments), in reading order."""
    parent = list(range(len(fragments)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for i, first in enumerate(fragments):
        for j in range(i + 1, len(fragments)):
            if _adjacent(first, fragments[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[_Fragment]] = {}
    for index, fragment in enumerate(fragments):
        groups.setdefault(root(index), []).append(fragment)
    ordered = sorted(groups.values(), key=lambda group: min(item.order for item in group))
    for group in ordered:
        group.sort(key=lambda item: item.x0)
    return ordered


def _adjacent(a: _Fragment, b: _Fragment) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    if overlap < _SAME_LINE_OVERLAP * min(a.y1 - a.y0, b.y1 - b.y0):
        return False
    gap = max(a.x0, b.x0) - min(a.x1, b.x1)
    return gap < _JOIN_GAP_RATIO * min(a.y1 - a.y0, b.y1 - b.y0)


def _build_line(group: Sequence[_Fragment]) -> PageLine | None:
    chars: list[tuple[str, Any]] = []
    for fragment in group:
        previous = None
        if chars:
            chars.append((" ", None))
        for text, char in fragment.chars:
            if previous is not None and char.x0 - previous.x1 > _WORD_GAP_RATIO * char.size:
                chars.append((" ", None))
            chars.append((text, char))
            previous = char
    printed = [char for text, char in chars if char is not None and text.strip()]
    sizes = [char.size for char in printed]
    if not sizes:
        return None
    size = statistics.median_high(sizes)
    baseline = statistics.median_high([char.y0 for char in printed if char.size >= size * 0.9])
    styled: list[tuple[str, bool, bool]] = []  # one entry a character: (text, italic, superscript)
    for text, char in chars:
        if char is None or not text.strip():
            styled.append((" ", styled[-1][1] if styled else False, False))
            continue
        superscript = (
            (text.isdigit() or text in "*†‡")
            and char.size < _SUPERSCRIPT_SIZE_RATIO * size
            and char.y0 > baseline + 0.15 * size
        )
        styled.append((text, _is_italic(char.fontname), superscript))
    runs = _runs(_normalise_spaces(styled))
    if not runs:
        return None
    return PageLine(
        min(item.x0 for item in group),
        max(item.x1 for item in group),
        max(item.y1 for item in group),
        min(item.y0 for item in group),
        float(size),
        runs,
    )


def _is_italic(fontname: str) -> bool:
    return "italic" in fontname.lower() or "oblique" in fontname.lower()


def _normalise_spaces(styled: list[tuple[str, bool, bool]]) -> list[tuple[str, bool, bool]]:
    """One space between words, none at the ends, none before a footnote marker (glued, as PyMuPDF)."""
    result: list[tuple[str, bool, bool]] = []
    for entry in styled:
        if entry[0] == " ":
            if result and result[-1][0] != " ":
                result.append(entry)
        elif entry[2] and result and result[-1][0] == " " and not result[-1][2]:
            if len(result) > 1 and result[-2][2]:  # a space between two markers ("1, 2") stays
                result.append(entry)
            else:
                result[-1] = entry
        else:
            result.append(entry)
    while result and result[-1][0] == " ":
        result.pop()
    return result


def _runs(styled: list[tuple[str, bool, bool]]) -> tuple[TextRun, ...]:
    runs: list[TextRun] = []
    for text, italic, superscript in styled:
        if runs and runs[-1].italic == italic and runs[-1].superscript == superscript:
            runs[-1] = TextRun(runs[-1].text + text, italic, superscript)
        else:
            runs.append(TextRun(text, italic, superscript))
    return tuple(runs)


def _render_page(page: PdfPage, superscript_markers: bool) -> str:
    rendered: list[str] = []
    previous: PageLine | None = None
    for line in page.lines:
        if previous is not None and previous.bottom - line.top > _BLOCK_GAP_RATIO * line.size:
            rendered.append("")  # a blank line between blocks and paragraphs, as PyMuPDF and pdftotext
        rendered.append("".join(map(_superscript, line.runs)) if superscript_markers else line.text)
        previous = line
    return "".join(line + "\n" for line in rendered) + "\f"


def _superscript(run: TextRun) -> str:
    return run.text.translate(_SUPERSCRIPT_DIGITS) if run.superscript else run.text
