"""The divisions of a resolution: lettered parts (A, B, ...) and numbered sections (I, II, ...).

A resolution in parts prints, after its numbered title, the letter "A" alone on its line, the part's title
and the part's own "The General Assembly,", preamble and operative part, usually its own closing lines;
then "B" and the next part.  A resolution in sections (the Fifth Committee's omnibus resolutions) prints
"I" or "I.", the section's title, and paragraphs numbered afresh from 1; a section may hold lettered parts
of its own.  A roman heading above paragraphs whose numbers run on ("II. Implementation of ..." in
A/RES/80/3) is a heading and stays one: a division is recognised by its numbering starting again, never by
its label alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from versioning.identifiers import part_scope, roman_value, section_scope
from versioning.parsing.leads import Lexicon
from versioning.parsing.lines import Line
from versioning.parsing.textjoin import join_lines

BODY_START = re.compile(r"^The General Assembly,?$")
_PART_LETTER = re.compile(r"^([A-Z])\.?$")
_SECTION_MARK = re.compile(r"^([IVXL]+)\.?(?:\s+(\S.*))?$")
_PART_MARK = re.compile(r"^([A-H])\.?(?:\s+(\S.*))?$")
_NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s|$)")
_ENDS_SENTENCE = (";", ":", ".")
_MAX_TITLE_LINES = 6
"""A division's title is a few lines at most; more lines before a paragraph are not a title."""


@dataclass
class Division:
    """A stretch of the body that numbers its paragraphs on its own: the whole body of an undivided
    resolution, a part or a section.

    Attributes:
        scope: the scope of its clause ids (``()`` for an undivided body or the text before section I).
        label: the label as printed ("A", "II"), ``None`` for an undivided body.
        title: the division's title, or ``None``.
        lines: its lines (closing lines included for a part).
    """

    scope: tuple[str, ...]
    label: str | None
    title: str | None
    lines: list[Line] = field(default_factory=list)


def split_part_opening(header: list[Line]) -> tuple[list[Line], str | None]:
    """Cut the opening of part A from the end of the header: the letter "A" alone on its line and the
    part's title, between the resolution's title and the first "The General Assembly,".  Returns the
    header without them and the part's title: ``""`` for a part A without a title of its own ("United
    Nations common system" / "A" / "The General Assembly,", A/C.5/80/L.17), ``None`` (and the header
    unchanged) when there is no part."""
    for index in range(len(header) - 1, 0, -1):
        if _PART_LETTER.match(header[index].text) and header[index].text.rstrip(".") == "A":
            title = [line.text for line in header[index + 1 :] if line.text and not line.is_page_break]
            if len(title) <= _MAX_TITLE_LINES and any(line.text for line in header[:index]):
                return header[:index], join_lines(title)
    return header, None


def split_parts(lines: list[Line], first_title: str | None) -> list[Division]:
    """Split the body of a resolution in parts (its part A's title is ``first_title``, ``""`` for none) at
    each further part's opening: the next letter alone on its line, the part's title, "The General
    Assembly,".  A part A without a title is a part only when a part B follows."""
    parts = [Division((part_scope("A"),), "A", first_title or None)]
    start = 0
    expected = "B"
    for index, line in enumerate(lines):
        if not BODY_START.match(line.text) or index == 0:
            continue
        opening = _part_opening_before(lines, index, expected)
        if opening is None:
            continue
        letter_index, title = opening
        parts[-1].lines = lines[start:letter_index]
        parts.append(Division((part_scope(expected),), expected, title))
        start = index + 1
        expected = chr(ord(expected) + 1)
    parts[-1].lines = lines[start:]
    if first_title == "" and len(parts) == 1:
        # A lone "A" above "The General Assembly," with neither a title nor a part B after it marks no part
        return [Division((), None, None, lines)]
    return parts


def _part_opening_before(lines: list[Line], body_start: int, letter: str) -> tuple[int, str | None] | None:
    title: list[str] = []
    position = body_start - 1
    while position >= 0:
        text = lines[position].text
        if text and not lines[position].is_page_break:
            if text.rstrip(".") == letter and _PART_LETTER.match(text):
                return position, join_lines(title) or None
            if len(title) == _MAX_TITLE_LINES:
                return None
            title.insert(0, text)
        position -= 1
    return None


def split_sections(lines: list[Line], scope: tuple[str, ...], lexicon: Lexicon) -> list[Division]:
    """Split a body (or a part) into numbered sections and, inside each, lettered parts, where their
    paragraph numbers start again at 1.  Text before section I (a preamble common to the sections) is a
    division of its own with the enclosing scope.  Without such sections the body is one division."""
    sections = _split_marked(lines, scope, _SECTION_MARK, _roman, section_scope, lexicon)
    if sections is None:
        return [Division(scope, None, None, lines)]
    result: list[Division] = []
    for section in sections:
        parts = (
            _split_marked(section.lines, section.scope, _PART_MARK, _letter, part_scope, lexicon)
            if section.label is not None
            else None
        )
        if parts is None:
            result.append(section)
            continue
        lead, *lettered = parts
        result.append(Division(section.scope, section.label, section.title, lead.lines))
        result.extend(lettered)
    return result


def _roman(label: str) -> int:
    return roman_value(label.lower())


def _letter(label: str) -> int:
    return ord(label) - ord("A") + 1


def _split_marked(
    lines: list[Line],
    scope: tuple[str, ...],
    mark: re.Pattern[str],
    value: Callable[[str], int],
    scope_of: Callable[[str], str],
    lexicon: Lexicon,
) -> list[Division] | None:
    """Split at the marks (I, II, ... or A, B, ...) that run in sequence from the first, each after a
    complete paragraph; ``None`` unless there are two or more and the paragraphs after the second are
    numbered afresh (or open with a preamble of their own)."""
    marks: list[tuple[int, str, str | None]] = []
    previous = ""
    for index, line in enumerate(lines):
        text = line.text
        if not text or line.is_page_break:
            continue
        match = mark.match(text)
        if (
            match
            and value(match.group(1)) == len(marks) + 1
            # the first mark may follow a title (an annex's); the others end a paragraph
            and (not marks or not previous or previous.endswith(_ENDS_SENTENCE))
        ):
            marks.append((index, match.group(1), match.group(2)))
        previous = text
    if len(marks) < 2 or not _starts_afresh(lines[marks[1][0] + 1 :], lexicon):
        return None
    divisions = [Division(scope, None, None, lines[: marks[0][0]])]
    for position, (index, label, inline) in enumerate(marks):
        end = marks[position + 1][0] if position + 1 < len(marks) else len(lines)
        title, body = _title_and_body(lines[index + 1 : end], inline, lexicon)
        divisions.append(Division((*scope, scope_of(label)), label, title, body))
    return divisions


def _starts_afresh(lines: list[Line], lexicon: Lexicon) -> bool:
    """True when the first paragraph number after a mark is 1, or a preamble of its own comes first."""
    for line in lines:
        numbered = _NUMBERED.match(line.text)
        if numbered:
            return numbered.group(1) == "1"
        if lexicon.match(line.text, "preamble"):
            return True
    return False


def _title_and_body(lines: list[Line], inline: str | None, lexicon: Lexicon) -> tuple[str | None, list[Line]]:
    title = [inline] if inline else []
    for index, line in enumerate(lines):
        if not line.text or line.is_page_break:
            continue
        opens = lexicon.starts(line.text, "preamble") or lexicon.starts(line.text, "operative")
        opens = opens or bool(_PART_LETTER.match(line.text))  # a part of the section opens
        if _NUMBERED.match(line.text) or opens or len(title) == _MAX_TITLE_LINES:
            return join_lines(title) or None, lines[index:]
        title.append(line.text)
    return join_lines(title) or None, []
