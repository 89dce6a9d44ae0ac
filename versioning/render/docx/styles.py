"""The paragraph styles of a resolution in Word, named so that a reader (and :mod:`versioning.interop`'s
.docx reader) can tell each part of the document by its style: title block, preambular and operative
paragraphs, sub-paragraphs, headings, annexes, footnotes.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

HEADER = "Resolution Header"
TITLE = "Resolution Title"
ASSEMBLY = "Resolution Assembly"
PREAMBULAR = "Preambular Paragraph"
OPERATIVE = "Operative Paragraph"
SUBPARAGRAPH = "Operative Subparagraph"
HEADING = "Resolution Heading"
MEETING = "Resolution Meeting"
ANNEX_LABEL = "Annex Label"
PART_LABEL = "Part Label"
ANNEX_PARAGRAPH = "Annex Paragraph"

CLAUSE_STYLES = (PREAMBULAR, OPERATIVE, SUBPARAGRAPH, ANNEX_PARAGRAPH)
"""The styles of the paragraphs that hold clauses (each clause is one paragraph)."""

_INDENTS: dict[str, tuple[float, float]] = {  # style -> (left indent, first-line indent), in points
    HEADER: (0, 0),
    TITLE: (0, 0),
    ASSEMBLY: (0, 36),
    PREAMBULAR: (0, 36),
    OPERATIVE: (0, 36),
    SUBPARAGRAPH: (36, 36),
    HEADING: (0, 0),
    MEETING: (180, 0),
    ANNEX_LABEL: (0, 0),
    PART_LABEL: (0, 0),
    ANNEX_PARAGRAPH: (0, 36),
}


def add_styles(document: WordDocument) -> None:
    """Add the resolution's styles (Times New Roman 10 pt, the UN's indents) and the footnote styles."""
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)
    for name, (left, first) in _INDENTS.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.paragraph_format.left_indent = Pt(left)
        style.paragraph_format.first_line_indent = Pt(first)
        style.paragraph_format.space_after = Pt(6)
        if name in (TITLE, HEADING, ANNEX_LABEL, PART_LABEL):
            style.font.bold = True
    footnote_text = document.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    footnote_text.base_style = normal
    footnote_text.font.size = Pt(8)
    reference = document.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    reference.font.superscript = True
