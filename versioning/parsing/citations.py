"""Footnote markers in the running text: find them, record them, take them out.

A marker is looked for only where a note with that marker exists, and first citations are looked for in
order (note 3 is cited after note 2, on the page whose foot holds note 3), which keeps ordinary numbers
("13 January", "resolution 1631 (2005)") from being taken for markers.  The forms met in the corpus:

* glued to a word or a closing quote: ``Security4``, ``Agenda”,4`` (but not inside a name:
  ``Health4Life``);
* glued to punctuation: ``organizations,1``, ``Strategy;5``;
* glued to a year: ``13 January 20103`` (2010 and note 3);
* after a space: ``Strategy 5 and``, ``2010, 3  which``, ``problem, 7 and`` (never after words such as
  "paragraph" or "No.", never before a month name);
* beside another marker, after a space, when two notes are cited at one place: ``organizations,1 2``;
* glued to a number, when the note is cited in no other form and the place is the only one that fits:
  ``at least 56514 humanitarian workers`` (565 and note 14), ``COVID-1916`` (see
  :func:`_find_glued_to_number`).

A number followed by a comma and three digits is the first group of an amount (``Force, 4,101,000``), and
one followed by a full stop and a digit is part of a paragraph number (``paragraph IS2.4``): never a
marker, even where it is the number of a note.

A later citation of a note already given (``Secretary-General,1`` in an operative paragraph) is accepted
in the glued forms only.  Found markers are replaced by a sentinel (``MARK_OPEN + "3" + MARK_CLOSE``) that
the paragraph reader turns into the paragraph's ``footnotes`` list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from versioning.parsing.dates import MONTHS
from versioning.parsing.footnotes import FootnoteBlock
from versioning.parsing.lines import Line

MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
MARK_PATTERN = re.compile(MARK_OPEN + r"([^" + MARK_CLOSE + r"]+)" + MARK_CLOSE)

_NUMBERED_NOUNS = frozenset(
    [
        "no", "nos", "vol", "vols", "resolution", "resolutions", "paragraph", "paragraphs", "para", "paras",
        "item", "items", "article", "articles", "art", "chap", "chapter", "chapters", "section", "sections",
        "sect", "goal", "goals", "target", "targets", "rule", "rules", "annex", "annexes", "page", "pages",
        "p", "pp", "decision", "decisions", "principle", "principles", "part", "parts", "protocol", "level",
        "phase", "nos.", "sdg", "number", "numbers", "cycle",
    ]
)  # fmt: skip
"""The nouns a reference number follows ("resolution 2216", "paragraph 15", "Goals 1 to 17"): the number after
one is never a footnote marker, spaced or glued."""
_NOT_BEFORE_SPACED = _NUMBERED_NOUNS | frozenset(
    [
        "and", "or", "to", "of", "from", "between", "than", "about", "over", "under", "some", "least", "by",
        "with", "the", "a", "an", "its", "their", "all", "those", "these", "at", "in", "on", "for",
    ]
)  # fmt: skip
# A spaced number is no marker before a month, a unit (a time of day too: "25 October 2025, 1015 hours", note
# 15) or another number ("5 000", "2, 4 and 5"); a number
# followed by a slash and digits is a document symbol, and one followed by a month the day of a date, which
# a marker may stand before ("24 March 2016, 5 34/32 of 24 March 2017", A/C.3/80/L.25; "of 18 October 2022,
# 26  15 March 2023, 27", A/RES/79/184).
_NOT_AFTER_SPACED = re.compile(
    r"^\s*(?:" + "|".join(MONTHS) + r"|per\b|percent|%|million|billion|hours\b|[-–]\d"
    r"|\d{1,3}\b(?!/\d)(?!\s+(?:" + "|".join(MONTHS) + r")\b))"
)
_NOT_BEFORE_DOT = frozenset(
    {"add", "corr", "rev", "no", "nos", "vol", "vols", "para", "paras", "chap", "art", "p", "pp", "sect"}
)


_NUMBERED_BY_ROMAN = re.compile(r"\b[A-Z][a-z]+ [IVX]$")
"""A one-letter roman numeral after a capitalised word, "Protocol I" or "Annex V": the number after it is a
marker ("Protocol I4": note 4), as it is after any word; a letter standing alone is part of a name ("G20")."""


@functools.lru_cache(maxsize=4096)
def _marker_patterns(marker: str, spaced: bool) -> tuple[re.Pattern[str], ...]:
    # Compiled once per marker: a long resolution has hundreds of notes, more patterns than the re
    # module's own cache keeps.
    escaped = re.escape(marker)
    patterns = [
        rf"(?<=[A-Za-z\)\]”’\"])({escaped})(?![\d/A-Za-z])",  # not inside a name: "Health4Life"
        rf"(?<=[,;:.])({escaped})(?![\d/.,])",
        rf"(?<=\b(?:19|20)\d\d)({escaped})\b",
    ]
    if spaced:
        patterns.append(rf"(?<=[A-Za-z\)\]”’\",;:.\d{MARK_CLOSE}]) ({escaped})(?=[\s,;.:]|$)")
        patterns.append(rf"^({escaped})(?=\s+[a-z])")
    return tuple(re.compile(pattern) for pattern in patterns)


def _candidates(text: str, marker: str, *, spaced: bool) -> Iterable[tuple[int, int]]:
    """(start, end) spans where ``marker`` may stand in ``text``; the span covers the marker and, for a
    spaced marker, the space before it."""
    spans: list[tuple[int, int, int]] = []
    for kind, pattern in enumerate(_marker_patterns(marker, spaced)):
        for match in pattern.finditer(text):
            if _acceptable(text, match.start(), match.end(), kind):
                spans.append((match.start(), match.end(), kind))
    for start, end, _kind in sorted(spans):
        yield start, end


_NUMBER_GOES_ON = re.compile(r"^(?:,\d{3}(?!\d)|\.\d)")
"""A number goes on after these: a comma and three digits are its thousands ("4,101,000"), a full stop and
a digit its decimals or subparagraph ("IS2.4", "1.5"); the number is no marker."""


def _acceptable(text: str, start: int, end: int, kind: int) -> bool:
    before = text[:start]
    after = text[end:]
    if _NUMBER_GOES_ON.match(after):
        return False  # "the Force, 4,101,000 dollars", "paragraph IS2.4": a longer number, whatever note 4 is
    if kind == 0:
        word = re.search(r"([A-Za-z]+)$", before)
        if word is not None and len(word.group(1)) < 2 and not _NUMBERED_BY_ROMAN.search(before):
            return False  # "G20", "S-30/1": a letter and a number, not a marker
        return not re.match(r"^[-–]\d", after)
    if kind == 1:
        abbreviation = re.search(r"([A-Za-z]+)\.$", before)
        if re.search(r"\d\.$", before) or (abbreviation and abbreviation.group(1).lower() in _NOT_BEFORE_DOT):
            return False  # a decimal ("1.5") or a number after "No.", "vol.", "Add."
        return not re.match(r"^[-–]?\d", after)
    if kind in (2, 4):
        return True
    previous = re.search(r"(\S+)$", before)
    raw_token = previous.group(1) if previous else ""
    token = raw_token.lower().strip(".,;:()")
    if re.fullmatch(r"\d{1,3}", raw_token):
        return False
    if re.fullmatch(r"\d{1,3}[,;]", raw_token) and re.match(r"^\s*(?:,|and|or|to)\s*\d", after):
        return False  # a list of numbers ("2, 4 and 5"), unlike "Agenda 21, 6 and"
    closed = raw_token.endswith((",", ";", ":", ")")) or (
        raw_token.endswith(".") and token not in _NOT_BEFORE_DOT
    )
    if token in _NOT_BEFORE_SPACED and not closed:
        return False
    if before.endswith(MARK_CLOSE) and re.match(rf"^ {int(text[start:end]) + 1}(?=[\s,;.:]|$)", after):
        return True  # the next of several notes cited at one place: "organizations,1 2 3"
    return not _NOT_AFTER_SPACED.match(after)


def mark_citations(body: list[Line], blocks: list[FootnoteBlock]) -> list[Line]:
    """Return the body lines with every footnote citation replaced by a sentinel."""
    texts = [line.text for line in body]
    defined_before: list[tuple[int, str]] = []  # (body index where defined, marker)
    previous_end = 0
    for block in blocks:
        cursor = (previous_end, 0)
        for position, note in enumerate(block.notes):
            if not note.marker.isdigit():
                continue
            found = _find_first(texts, note.marker, cursor, block.body_index)
            if found is None:
                following = next((n.marker for n in block.notes[position + 1 :] if n.marker.isdigit()), None)
                until = _find_first(texts, following, cursor, block.body_index) if following else None
                found = _find_glued_to_number(texts, note.marker, cursor, block.body_index, until)
            if found is None:
                continue
            line_index, start, end = found
            texts[line_index] = (
                texts[line_index][:start] + MARK_OPEN + note.marker + MARK_CLOSE + texts[line_index][end:]
            )
            cursor = (line_index, start + len(note.marker) + 2)
            defined_before.append((line_index, note.marker))
        previous_end = block.body_index
    _mark_repeats(texts, defined_before)
    return [Line(line.number, text, text) for line, text in zip(body, texts, strict=True)]


def _find_first(
    texts: list[str], marker: str, cursor: tuple[int, int], stop: int
) -> tuple[int, int, int] | None:
    line_index, offset = cursor
    while line_index < min(stop, len(texts)):
        for start, end in _candidates(texts[line_index], marker, spaced=True):
            if start >= offset and MARK_OPEN not in texts[line_index][start:end]:
                return line_index, start, end
        line_index += 1
        offset = 0
    return None


# The word that heads the number, over the numbers of a list before it ("resolutions 1325 (2000) and").
_LIST_HEAD = re.compile(r"(\S+)\s+(?:(?:and|or|to|\d[\d/.]*[,;]?|\((?:19|20)\d\d\)[,;]?)\s+)*$")
_YEAR_IN_BRACKETS = re.compile(r"\s*\((?:19|20)\d\d\)")


def _find_glued_to_number(
    texts: list[str],
    marker: str,
    cursor: tuple[int, int],
    stop: int,
    until: tuple[int, int, int] | None = None,
) -> tuple[int, int, int] | None:
    """The place of a note's first citation glued to the end of a number ("at least 56514 humanitarian
    workers", A/C.4/80/L.16 note 14; "COVID-1916", A/RES/80/150 note 16; "Agenda 212", A/C.2/80/L.40 note
    2), looked for only when the note is cited in no other form between the previous note's citation and
    the page's notes (or ``until``, the next note's citation).

    Any number may end in a note's digits, so the place must be the only one in that stretch, a one-digit
    marker is looked for only up to the next note's citation, the number left must have two digits or more
    ("the 193 Member States" is no "1" and note 93), and the number must not be a year (but
    "COVID-1916": a name's number, after a hyphen), nor glued to a word ("G77"), nor part of a document
    symbol, a decimal, a day, an amount or a numbered reference ("resolution 2216", "resolutions 1325 (2000)
    and 2417", "2417 (2018)")."""
    if len(marker) < 2 and until is None:
        return None
    pattern = re.compile(rf"(?<![\w/.,])(\d{{2,}}?)({re.escape(marker)})(?=[\s,;:)]|\.(?!\d)|$)")
    found: list[tuple[int, int, int]] = []
    line_index, offset = cursor
    while line_index < min(stop, len(texts)):
        text = texts[line_index]
        found.extend((line_index, start, end) for start, end in _glued_to_symbol(text, marker, offset))
        for match in pattern.finditer(text, offset):
            whole = match.group(1) + marker
            if MARK_OPEN in text[match.start() : match.end()]:
                continue
            if re.fullmatch(r"(?:19|20)\d\d", whole) and not re.search(r"[A-Za-z]-$", text[: match.start()]):
                continue  # a year ends in the note's digits ("2016", note 16), unlike a name's "COVID-19"
            previous = _LIST_HEAD.search(text[: match.start()])
            if previous and previous.group(1).lower().strip(".,;:(") in _NUMBERED_NOUNS:
                continue  # "resolution 2216", also down a list: "resolutions 2334 (2016) and 2417"
            if _NOT_AFTER_SPACED.match(text[match.end() :]) or _YEAR_IN_BRACKETS.match(text[match.end() :]):
                continue  # a day, an amount or a numbered text: "22 September", "15 per cent", "2417 (2018)"
            found.append((line_index, match.start(2), match.end(2)))
        line_index += 1
        offset = 0
    if until is not None:
        found = [place for place in found if place[:2] < until[:2]]
    return found[0] if len(found) == 1 else None


def _glued_to_symbol(text: str, marker: str, offset: int) -> Iterable[tuple[int, int]]:
    """Where ``marker`` may be glued to the end of a resolution's symbol: "its resolution 59/3009 and"
    (A/RES/80/160 note 9), "78/22127 and 79/184" (A/C.3/80/L.33 note 27).  A resolution of the Assembly, the
    Human Rights Council or a special session is numbered within its session, never beyond three digits, so
    a session's symbol whose number runs to four digits or more ends in a marker -- the only reading of a
    symbol that a glued note may take (a symbol of three digits, "79/184", is a resolution of its own)."""
    pattern = _SYMBOL_GLUED.get(marker)
    if pattern is None:
        pattern = re.compile(
            rf"(?<![\w/.-])(?:(?:ES|S)-)?\d{{1,2}}/(\d{{1,3}}?)({re.escape(marker)})(?=[\s,;:)]|\.(?!\d)|$)"
        )
        _SYMBOL_GLUED[marker] = pattern
    for match in pattern.finditer(text, offset):
        if len(match.group(1)) + len(marker) >= 4 and MARK_OPEN not in match.group(0):
            yield match.start(2), match.end(2)


_SYMBOL_GLUED: dict[str, re.Pattern[str]] = {}


_REPEAT = re.compile(
    r"(?<=[A-Za-z\)\]”’\"])(\d{1,3})(?![\d/A-Za-z])"  # glued to a word: "Secretary-General1"
    r"|(?<=[,;:.])(\d{1,3})(?![\d/.,])"  # glued to punctuation: "Secretary-General,1"
    r"|(?<=[A-Za-z\)”’],) (\d{1,3})(?= [a-z]|[;,.]|$)"  # after a word's comma: "organizations, 1 and"
)
# A second note cited at the same place, after the first's marker: "organizations,1 2".
_BESIDE_MARK = re.compile("(?<=" + MARK_CLOSE + r") (\d{1,3})(?= [a-z]|[;,.]|$| (\d{1,3})(?=[ ;,.]|$))")


def _mark_repeats(texts: list[str], defined: list[tuple[int, str]]) -> None:
    """Mark later citations of notes already given: glued forms, and a spaced marker after a word's comma."""
    first_line = {marker: where for where, marker in reversed(defined)}
    for index, text in enumerate(texts):
        spans: list[tuple[int, int, str]] = []
        for match in _REPEAT.finditer(text):
            group = next(g for g in (1, 2, 3) if match.group(g))
            kind = {1: 0, 2: 1, 3: 3}[group]
            marker = match.group(group)
            if first_line.get(marker, len(texts)) >= index:
                continue
            start, end = match.span(group)
            if kind == 3:
                start -= 1  # the space before a spaced marker goes with it
            if (
                MARK_OPEN in text[max(0, start - 1) : end + 1]
                or MARK_CLOSE in text[max(0, start - 1) : end + 1]
            ):
                continue
            if _acceptable(text, start, end, kind):
                spans.append((start, end, marker))
        for start, end, marker in reversed(spans):
            text = text[:start] + MARK_OPEN + marker + MARK_CLOSE + text[end:]
        given = {marker for marker, where in first_line.items() if where < index}
        texts[index] = _mark_beside_marks(text, given)


def _mark_beside_marks(text: str, given: set[str]) -> str:
    """Mark each number that stands, after a space, right beside a marker already found when it is the
    marker of a note already given: several notes cited at one place ("organizations,1 2")."""

    def beside(match: re.Match[str]) -> bool:
        following = match.group(2)  # a number after it must be the next note cited at the same place
        return match.group(1) in given and (following is None or int(following) == int(match.group(1)) + 1)

    while True:
        match = next((m for m in _BESIDE_MARK.finditer(text) if beside(m)), None)
        if match is None:
            return text
        text = text[: match.start()] + MARK_OPEN + match.group(1) + MARK_CLOSE + text[match.end() :]


def take_markers(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove the sentinels from a paragraph's text; return the text and the markers in citation order."""
    markers = tuple(MARK_PATTERN.findall(text))
    return MARK_PATTERN.sub("", text), markers
