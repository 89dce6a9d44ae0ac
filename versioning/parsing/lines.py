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
        "\u2060": None,  # word joiner: "22\u2060\u201323 September" (A/RES/80/150) prints as "22\u201323"
        "\ufeff": None,  # byte-order mark
        "\t": " ",
    }
)
# The other C0 control characters (U+0000-U+001F but tab, line feed, form feed and carriage return) print
# nothing on a page. The vertical tab (a manual line break inside a paragraph) and the four information
# separators U+001C-U+001F separate what stands on either side, and are read as a space; the rest, which
# an extractor emits for a glyph it could not map, are noise, taken out. XML can carry none of them. The
# parse's account records each, with its line (see :func:`control_characters`).
SPACING_CONTROLS = "\v\x1c\x1d\x1e\x1f"
NOISE_CONTROLS = "".join(chr(code) for code in range(0x20) if chr(code) not in "\t\n\f\r" + SPACING_CONTROLS)
_CHARACTER_MAP.update(dict.fromkeys(map(ord, SPACING_CONTROLS), " "))
_CHARACTER_MAP.update(dict.fromkeys(map(ord, NOISE_CONTROLS)))

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


def control_characters(text: str) -> list[tuple[int, str, bool]]:
    """The control characters :func:`split_lines` reads as a space or takes out as noise: (line number,
    character, True when read as a space) in the order of the text, numbered as :func:`split_lines`
    numbers lines."""
    controls = SPACING_CONTROLS + NOISE_CONTROLS
    if not any(char in text for char in controls):
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [
        (number, char, char in SPACING_CONTROLS)
        for number, raw in enumerate(lines, start=1)
        for char in raw
        if char in controls
    ]


def layout_cells(raw_line: str) -> list[str]:
    """Split a ``pdftotext -layout`` line into the cells its runs of three or more spaces separate."""
    return [cell for cell in re.split(r"\s{3,}", raw_line.strip()) if cell]
