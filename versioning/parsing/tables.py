"""Tables as extractors give them inside a paragraph: figures one a line ("954", "1 140", "(1 323 600)"),
which the parser keeps in the paragraph that announces them rather than reading them as paragraphs or
headings."""

from __future__ import annotations

import re

from versioning.parsing.draft_paragraphs import plain_text
from versioning.parsing.lines import Line

_CELL = re.compile(r"^\(?[\d\s.,%–—-]+\)?$")
"""A table cell of figures as an extractor gives it, one a line: "954", "1 140", "11.1", "–", or an amount
set in parentheses as financial tables print a deduction, "(1 323 600)"."""
_MIN_CELLS = 4


def is_cell(text: str) -> bool:
    """True when a line is a table's figure: digits, an amount in parentheses, a percentage, a dash."""
    return bool(_CELL.match(text.strip()))


def is_table(lines: list[Line], *, share: int = 2) -> bool:
    """True when the lines are a table's: figures alone on their lines make at least one line in ``share``
    (half, unless the caller knows more), and the last line is one (prose never stands one number a line
    for long)."""
    cells = sum(1 for line in lines if _CELL.match(line.text.strip()))
    return bool(_CELL.match(lines[-1].text.strip())) and cells >= _MIN_CELLS and share * cells >= len(lines)


def after_announced_table(lines: list[Line], cut: int) -> int:
    """Where a heading may begin in a paragraph's last lines, ``lines[cut:]`` being those that end no clause:
    after the table that the line above them announces with its colon ("... shall be as follows:" and the
    scale of assessments, a name and a figure a line, A/RES/79/249), for the table is the paragraph's, kept
    in it, not a heading over the paragraph that follows.  The colon vouches for the table, so a third of
    its lines being figures is enough (a two-column table whose column heads repeat on each page has a
    little under half)."""
    if cut == 0 or not plain_text(lines[cut - 1]).endswith(":"):
        return cut
    last = max((i for i in range(cut, len(lines)) if is_cell(lines[i].text)), default=None)
    if last is not None and is_table(lines[cut : last + 1], share=3):
        return last + 1
    return cut
