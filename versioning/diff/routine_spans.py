"""Where the routine spans of a text stand: dates, years, session numbers, document symbols, ordinals of
numbered events and bodies, and the numbers of paragraphs cited in a document (``paragraph 180 (a) of its
report``).  :func:`routine_mask` marks a whole text; :class:`RoutineMasks` marks both sides of one change of
words only around the edits that need it.  The classes of :mod:`versioning.diff.classify` read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from versioning.diff.class_rules import load_rules
from versioning.parsing.dates import (
    COMPOUND_ORDINAL,
    MONTHS,
    ORDINAL_TENS_STEMS,
    ORDINAL_UNITS,
    SIMPLE_ORDINAL,
)

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_MONTHS = rf"{_MONTH}(?:(?:\s*[,\u2013-]\s*|\s+(?:and|to|or)\s+){_MONTH})*"
"""A month or a run of months sharing the year after them: "July and August 2014", "May to July 2025"."""
_SESSION_NOUN = r"\s+(?:(?:regular|special|emergency\s+special|resumed)\s+)?sessions?\b"
_ORDINAL_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|to|or)\s+)"


_PINPOINT_AFTER = (
    r"(?:(?<=\b(?i:paragraph)\s)|(?<=\b(?i:paragraphs)\s)|(?<=\b(?i:para)\.\s)|(?<=\b(?i:paras)\.\s))"
)
"""Where a cited paragraph's number starts: just after ``paragraph``, ``paragraphs``, ``para.`` or
``paras.`` and one space (fixed-width look-behinds, one per spelling)."""
_PINPOINT_NUMBER = r"\d{1,4}(?:\s?\((?:[a-z]{1,2}|[ivx]{1,5})\))*(?!\w|/)"
"""A paragraph number with its subparagraphs: ``180``, ``174 (a)``, ``65 (d) (ii)``; not a symbol."""
_PINPOINT_END = r"(?=\s*(?:[,;:.)]|$|(?:of|above|below|thereof|hereof|and|to)\b))"
"""What follows a cited paragraph: the document it is in ("of its report", "above"), or punctuation."""
_PINPOINT_JOIN = r"(?:\s*(?:-|\u2013|,)\s*(?:and\s+)?|\s+(?:and|to)\s+)"


def _ordinal_run(ordinal: str) -> str:
    return rf"(?i:{ordinal})(?:{_ORDINAL_LIST_JOIN}(?i:{SIMPLE_ORDINAL}|{COMPOUND_ORDINAL}))*"


def _ordinal_context() -> str:
    rules = load_rules()
    nouns = "|".join(sorted(rules.ordinal_nouns, key=len, reverse=True))
    recurrence = "|".join(sorted(rules.recurrence_words, key=len, reverse=True)) or "(?!)"
    return rf"(?=\s+(?:[A-Z]|(?:[\w'-]+\s+)?(?i:{nouns})\b|(?i:{recurrence})\b))"


_ROUTINE_PATTERNS = (
    # dates: "18 November 2024", "November 2024", "November 18, 2024", "3 to 5 November", "July and
    # August 2014"
    ("date", rf"\b\d{{1,2}}(?:\s*(?:-|\u2013|to|and)\s*\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?\b"),
    ("date", rf"\b{_MONTHS}\s+(?:\d{{1,2}},?\s+)?\d{{4}}\b"),
    # session numbers: "seventy-ninth session", "forty-fifth and forty-sixth sessions", "79th session"
    ("session", rf"\b{_ordinal_run(f'{SIMPLE_ORDINAL}|{COMPOUND_ORDINAL}')}(?={_SESSION_NOUN})"),
    # document symbols: "A/67/280", "A/67/280-S/2012/614", "A/RES/79/10", "A/79/L.11", and "65/122"; a
    # segment may carry its session in parentheses, as other bodies number theirs: "GC(69)/RES/15" (IAEA
    # General Conference), "ICCD/COP(16)/23"
    (
        "symbol",
        r"\b[A-Z][A-Za-z0-9.]*(?:\([A-Za-z0-9.]+\))?/(?:[A-Za-z0-9.]+(?:\([A-Za-z0-9.]+\))?/)*"
        r"[A-Za-z0-9.]*\d[A-Za-z0-9.]*(?:-[A-Z][A-Za-z0-9./]*\d[A-Za-z0-9.]*)?",
    ),
    ("symbol", r"\b\d{1,3}/\d{1,4}\b"),
    # Security Council resolutions, numbered with their year: "resolution 2719 (2023)"
    ("symbol", r"\b\d{3,4}\s\((?:19|20)\d\d\)"),
    # years and year ranges: "2024", "2015-2030", "2024/25"
    ("year", r"\b(?:1[89]|2[01])\d\d(?:\s*[-\u2013/]\s*(?:\d{4}|\d\d))?\b"),
    # the years since an event, which grow with the calendar: "31 years ago", "25 years since"
    ("year", r"\b\d{1,3}(?=\s+years?\s+(?:ago|since)\b)"),
    # ordinals: compound ones anywhere; first to nineteenth where they number an event or a body
    ("ordinal", rf"\b{_ordinal_run(COMPOUND_ORDINAL)}\b"),
    ("ordinal", rf"\b{_ordinal_run(SIMPLE_ORDINAL)}{_ordinal_context()}"),
    ("ordinal", rf"\b(?=[A-Z])(?i:{SIMPLE_ORDINAL})\b"),
    # the number of a paragraph cited in a document, with its subparagraph: "paragraph 180 of its report",
    # "paragraph 146 (p) of its previous report", "paragraphs 422 to 425", "paras. 24-76"; the document
    # cited is another edition's (the next report), so its paragraphs are numbered anew
    (
        "pinpoint",
        rf"{_PINPOINT_AFTER}{_PINPOINT_NUMBER}(?:{_PINPOINT_JOIN}{_PINPOINT_NUMBER})*{_PINPOINT_END}",
    ),
)
ROUTINE_CATEGORIES = ("date", "session", "symbol", "year", "ordinal", "pinpoint")
"""The categories of routine spans, in the order of their codes in a :func:`routine_mask` (code 1 is
the first)."""

_ORDINAL_STEMS = sorted({*ORDINAL_UNITS, *ORDINAL_TENS_STEMS, "hundredth"}, key=len, reverse=True)
_ROUTINE_FIRST = (
    r"\b(?=[\dA-Z]|[fstenh](?i:"
    + "|".join(sorted({stem[1:] for stem in _ORDINAL_STEMS}, key=len, reverse=True))
    + "))"
)
"""What every routine span starts with: a word boundary before a digit, a capital (a month, a symbol, a
capitalised ordinal) or a lower-case ordinal's opening (first ... nineteenth, twent(y/ieth) ... ninet(y/ieth),
hundredth; any of their first letters with any of their rests, a little wider than the ordinals themselves).
Tested once at each position before the alternatives, it makes the scan several times faster;
:data:`_UNGUARDED_ROUTINE` is the same pattern without it, which the tests compare on the whole corpus."""

_ALTERNATIVES = "|".join(
    f"(?P<{name}{index}>{pattern})" for index, (name, pattern) in enumerate(_ROUTINE_PATTERNS)
)
_ORDINAL_FIRST = "(?=[\\d" + "".join(sorted({stem[0] for stem in _ORDINAL_STEMS})) + "])"
"""What an ordinal (and so a session number) starts with, in either case; the alternatives that read
ordinals are tried only there, not at every capitalised name."""
_ORDINAL_CATEGORIES = ("session", "ordinal")
_GUARDED_ALTERNATIVES = "|".join(
    f"(?P<{name}{index}>{'(?i:' + _ORDINAL_FIRST + ')' if name in _ORDINAL_CATEGORIES else ''}{pattern})"
    for index, (name, pattern) in enumerate(_ROUTINE_PATTERNS)
)
_ROUTINE = re.compile(f"{_ROUTINE_FIRST}(?:{_GUARDED_ALTERNATIVES})")
_UNGUARDED_ROUTINE = re.compile(_ALTERNATIVES)
MAYBE_ROUTINE = re.compile(rf"\d|th\b|first|second|third|{_MONTH}", re.IGNORECASE)
"""Every routine span holds one of these: a cheap test before the full pattern."""


def routine_mask(text: str) -> bytearray:
    """One code per character of ``text``: 0 outside routine spans, else 1 + the index of the span's
    category in :data:`ROUTINE_CATEGORIES` (an edit reads it only around itself: :class:`_RoutineMasks`)."""
    mask = bytearray(len(text))
    for match in _ROUTINE.finditer(text):
        _mark(mask, match)
    return mask


def _mark(mask: bytearray, match: re.Match[str]) -> None:
    """Write the code of a routine span's category over the span."""
    code = 1 + ROUTINE_CATEGORIES.index((match.lastgroup or "").rstrip("0123456789"))
    mask[match.start() : match.end()] = bytes([code]) * (match.end() - match.start())


_SYNC_CHARACTERS = ';:"\u201c\u201d'
"""Characters no routine span holds (a span is made of letters, digits, white space and ``, . ( ) / -``):
the scan of a text for routine spans finds the same spans after one of them whether it started at the
beginning of the text or just after it."""


@dataclass(slots=True)
class _Scan:
    """A scan of one text for routine spans, started at ``start``, with its mask of codes so far: the
    spans it has met (up to ``reached``) are written, the next one waits in ``waiting``."""

    mask: bytearray
    start: int
    reached: int
    matches: Iterator[re.Match[str]]
    waiting: re.Match[str] | None = None


class RoutineMasks:
    """The routine masks of both sides of one change of words, each read only around the edits that need
    it (most edits hold no digit, ordinal or month and never need one).

    A side's scan starts just after the last :data:`_SYNC_CHARACTERS` before the first edit that needs it (or
    at the text's start) and goes on from there edit by edit, or starts again after a later such character,
    skipping the text between: the codes it writes are those of a scan of the whole text
    (``tests/test_diff_classify.py`` compares them)."""

    __slots__ = ("_scans", "new", "old")

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self._scans: dict[bool, _Scan] = {}

    def around(self, old_side: bool, spans: list[tuple[int, int]]) -> bytearray:
        """The mask of one side, exact at the spans and at the first character beyond white space on each
        side of them (what :func:`_codes` and the rest of an edit read); 0 where it was not read."""
        text = self.old if old_side else self.new
        scan = self._scans.get(old_side)
        if not spans:
            return scan.mask if scan is not None else bytearray(len(text))
        low, high = spans[0][0], spans[-1][1]
        while low > 0 and text[low - 1].isspace():
            low -= 1
        while high < len(text) and text[high].isspace():
            high += 1
        sync = max(text.rfind(char, 0, max(low - 1, 0)) for char in _SYNC_CHARACTERS) + 1
        if scan is None or sync < scan.start or sync > scan.reached:
            mask = scan.mask if scan is not None else bytearray(len(text))
            scan = _Scan(mask, sync, sync, _ROUTINE.finditer(text, sync))
            self._scans[old_side] = scan
        mask = scan.mask
        while True:
            match = scan.waiting or next(scan.matches, None)
            scan.waiting = None
            if match is None:
                scan.reached = len(text)
                break
            if match.start() > high:
                scan.waiting, scan.reached = match, match.start()
                break
            _mark(mask, match)
            scan.reached = match.end()
        return mask
