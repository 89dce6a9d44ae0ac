"""Word's automatic paragraph numbering, written out as Word shows it: ``3.``, ``(a)``, ``(iv)``.

A paragraph is numbered by a ``w:numPr`` (list instance ``w:numId``, level ``w:ilvl``) of its own or of
its style; the numbering part gives each level its start, its format (``decimal``, ``lowerLetter``,
``lowerRoman``...) and its text (``%1.``, ``(%2)``).  Counting goes in document order: a level counts up,
and the levels below it start again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list: its first number, its number format and its text pattern."""

    start: int
    format: str
    text: str


def format_number(value: int, number_format: str) -> str:
    """``value`` in a Word number format: ``decimal`` 3, ``lowerLetter`` c, ``lowerRoman`` iii..."""
    if number_format in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("lowerRoman", "upperRoman"):
        roman = ""
        for size, numeral in _ROMAN:
            while value >= size:
                roman += numeral
                value -= size
        return roman.upper() if number_format == "upperRoman" else roman
    if number_format in ("bullet", "none"):
        return ""
    return str(value)


@dataclass
class Numbering:
    """The lists of a document and the counters of each, advanced paragraph by paragraph."""

    levels: dict[str, dict[int, Level]]
    """numId -> level -> its definition."""
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: WordDocument) -> Numbering:
        """The lists a document's numbering part defines (none without one)."""
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return cls({})
        abstract = {
            node.get(qn("w:abstractNumId")): _levels(node) for node in root.findall(qn("w:abstractNum"))
        }
        levels: dict[str, dict[int, Level]] = {}
        for number in root.findall(qn("w:num")):
            reference = number.find(qn("w:abstractNumId"))
            if reference is None:
                continue
            definition = dict(abstract.get(reference.get(qn("w:val")), {}))
            for override in number.findall(qn("w:lvlOverride")):
                level = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if start is not None and level in definition:
                    old = definition[level]
                    definition[level] = Level(int(start.get(qn("w:val"), "1")), old.format, old.text)
            levels[number.get(qn("w:numId")) or ""] = definition
        return cls(levels)

    def label(self, paragraph: BaseOxmlElement, style_numbering: BaseOxmlElement | None) -> str:
        """The number Word shows before ``paragraph`` (empty when it is not numbered), counting it."""
        own = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        number_id, level = _reference(own)
        if number_id is None and style_numbering is not None:
            number_id, level = _reference(style_numbering)
        if not number_id or number_id == "0" or number_id not in self.levels:
            return ""
        definition = self.levels[number_id]
        if level not in definition:
            return ""
        counters = self.counters.setdefault(number_id, {})
        counters[level] = counters.get(level, definition[level].start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        text = definition[level].text
        for index in range(level, -1, -1):  # %10 cannot occur: Word has nine levels
            if index in definition:
                shown = counters.get(index, definition[index].start)
                text = text.replace(f"%{index + 1}", format_number(shown, definition[index].format))
        return text.strip()


def _levels(abstract: BaseOxmlElement) -> dict[int, Level]:
    levels = {}
    for node in abstract.findall(qn("w:lvl")):
        start = node.find(qn("w:start"))
        number_format = node.find(qn("w:numFmt"))
        text = node.find(qn("w:lvlText"))
        levels[int(node.get(qn("w:ilvl"), "0"))] = Level(
            int(start.get(qn("w:val"), "1")) if start is not None else 1,
            number_format.get(qn("w:val"), "decimal") if number_format is not None else "decimal",
            text.get(qn("w:val"), "") if text is not None else "",
        )
    return levels


def _reference(number: BaseOxmlElement | None) -> tuple[str | None, int]:
    if number is None:
        return None, 0
    identifier = number.find(qn("w:numId"))
    level = number.find(qn("w:ilvl"))
    return (
        identifier.get(qn("w:val")) if identifier is not None else None,
        int(level.get(qn("w:val"), "0")) if level is not None else 0,
    )
