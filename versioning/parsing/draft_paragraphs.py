"""A paragraph as the body reader reads it, before it becomes a :class:`~versioning.model.Paragraph`: its
number, source lines and sub-paragraphs; the sequences of sub-paragraph labels; and the one repair made on a
read paragraph, a list written inline put back into its text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from versioning.parsing.citations import MARK_PATTERN
from versioning.parsing.lines import Line

ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
          "xvi", "xvii", "xviii", "xix", "xx")  # fmt: skip
"""The labels of the sub-paragraphs of a lettered clause, in order: "(i)", "(ii)", ..."""

# A question mark ends a sentence as a full stop does: the question a request for an advisory opinion puts
# to the Court closes its paragraph (and a heading never ends with one).
_CLAUSE_MARKS = (",", ";", ":", ".", "?")
_CLOSING_QUOTES = ("\u201d", "\u2019", '"', "'", "\u2019\u201d")
ENDS_CLAUSE = (*_CLAUSE_MARKS, *(mark + quote for mark in _CLAUSE_MARKS for quote in _CLOSING_QUOTES))
"""The punctuation a clause ends with: a paragraph always ends with one of these, a heading never does.  A
clause quoted whole ends inside its closing quotation mark ("... at the lower level.\u201d", the last of the
staff rules a paragraph quotes, A/RES/79/280): the mark closes the quotation, the full stop the clause."""


@dataclass
class DraftParagraph:
    """A paragraph being read: its number, its lines, its sub-paragraphs, the heading above it,
    ``marks``, the source lines of its number and heading (which are not among its text's lines), and
    ``table``, true for a table the reader kept whole as a paragraph (its last cell ends no sentence)."""

    part: str
    number: str | None
    lines: list[Line] = field(default_factory=list)
    subparagraphs: list[DraftParagraph] = field(default_factory=list)
    heading: str | None = None
    marks: list[int] = field(default_factory=list)
    table: bool = False

    def deepest(self) -> DraftParagraph:
        """The paragraph that receives continuation lines: the last sub-paragraph, recursively."""
        return self.subparagraphs[-1].deepest() if self.subparagraphs else self

    def last_text(self) -> str:
        """The text of the last line read into this paragraph or its sub-paragraphs."""
        deepest = self.deepest()
        return plain_text(deepest.lines[-1]) if deepest.lines else ""


def plain_text(line: Line) -> str:
    """A line's text without footnote-marker sentinels."""
    return MARK_PATTERN.sub("", line.text).rstrip()


def fold_inline_lists(paragraph: DraftParagraph) -> None:
    """Put back into ``paragraph``'s text a list written inline that a line break made look like a
    sub-paragraph: "... on: / (i) modalities on the participation ...; (ii) dedicated thematic groups ...;
    and (iii) other elements as required;" (A/RES/79/237, op2 (b)), where only "(i)" opens a line.  The one
    clause read under the paragraph holds the label that would follow it inline, after a semicolon (and
    "and" or "or"), as a list's items end: items set out as sub-paragraphs each open their own line, and a
    reference to another clause ("sub-items (a) and (b) of the item") follows no semicolon."""
    for sub in paragraph.subparagraphs:
        fold_inline_lists(sub)
    if len(paragraph.subparagraphs) != 1:
        return
    only = paragraph.subparagraphs[0]
    if only.subparagraphs or not only.lines or only.number is None or only.marks != [only.lines[0].number]:
        return
    text = " ".join(plain_text(line) for line in only.lines)
    following = "|".join(re.escape(label) for label in next_labels(only.number) if label)
    if not re.search(rf";\s+(?:(?:and|or)\s+)?\((?:{following})\)\s", text):
        return
    first = only.lines[0]
    opened = f"({only.number}) {first.text}"
    paragraph.lines.extend([Line(first.number, opened, first.raw), *only.lines[1:]])
    paragraph.subparagraphs = []


def next_labels(label: str) -> tuple[str, str]:
    """The labels that may follow ``label``: the next letter, and the next roman numeral ("(i)" is both)."""
    roman = ROMANS[ROMANS.index(label) + 1] if label in ROMANS[:-1] else ""
    return next_letter(label), roman


def next_letter(label: str) -> str:
    """The letter label after ``label``: "b" after "a", then, as UN documents go on past "(z)", the letters
    doubled: "aa" after "z", "bb" after "aa" (A/C.3/80/L.33 op7 runs to "(dd)")."""
    if label == "z":
        return "aa"
    if len(label) == 2:
        return chr(ord(label[0]) + 1) * 2
    return chr(ord(label) + 1)
