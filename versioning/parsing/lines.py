"""Lines of an extracted text: normalised characters, original line numbers, page breaks.

Everything later in the parser works on :class:`Line` records, so that errors can name the line of the
source they come from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that PDF extractors emit for what is, in the document, an ordinary space or hyphen.
_CHARACTER_MAP = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u2011": "-",  # non-breaking hyphen: drafts and adopted texts differ by it, the words do not
        "\u2010": "-",  # hyphen
        "\u00ad": None,  # soft hyphen: invisible in the document
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # byte-order mark
        "\t": " ",
    }
)

PAGE_BREAK = "\f"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the source: its 1-based number, its text (stripped, spaces collapsed) and ``raw``, the
    stripped line with its inner spacing kept (``pdftotext -layout`` separates columns by runs of spaces)."""

    number: int
    text: str
    raw: str = ""

    @property
    def blank(self) -> bool:
        """True for an empty line (page breaks are not blank)."""
        return not self.text

    @property
    def is_page_break(self) -> bool:
        """True for the page-break pseudo-line an extractor's form feed produces."""
        return self.text == PAGE_BREAK


def split_lines(text: str) -> list[Line]:
    """Split extracted text into normalised lines; a form feed becomes a page-break line of its own."""
    result: list[Line] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        pieces = raw.split(PAGE_BREAK)
        for position, piece in enumerate(pieces):
            if position:
                result.append(Line(number, PAGE_BREAK))
            normalised = piece.translate(_CHARACTER_MAP)
            stripped = normalised.strip()
            result.append(Line(number, re.sub(r"\s+", " ", stripped), stripped))
    return result


def layout_cells(raw_line: str) -> list[str]:
    """Split a ``pdftotext -layout`` line into the cells its runs of three or more spaces separate."""
    return [cell for cell in re.split(r"\s{3,}", raw_line.strip()) if cell]
