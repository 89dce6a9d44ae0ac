"""The class of a text change: ``editorial`` < ``routine`` < ``substantive``.

* ``editorial``: only spacing, line breaks, quotation marks, dashes or hyphenation differ (see
  :mod:`versioning.diff.normalise`).
* ``routine``: besides editorial differences, only dates, years, session numbers and ordinals
  (``sixty-ninth`` -> ``seventy-first``, ``79th``), and document symbols (``65/122`` -> ``67/6``,
  ``A/67/280`` -> ``A/69/...``) differ -- the updates every new resolution of a series makes.
* ``substantive``: anything else.

A text change is cut into its edits (each run of deletions and insertions between kept text); an edit is
routine when every character it deletes or inserts that is not editorial lies inside a routine span of its
own text (a date, a symbol, an ordinal, found in the whole text so that ``18`` counts as part of ``18
November 2024``).  The class of the change is the highest class of its edits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from versioning.diff.changes import CLASSES, DiffOp
from versioning.diff.normalise import editorial_key

EDITORIAL, ROUTINE, SUBSTANTIVE = CLASSES

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_UNIT_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_TEEN_ORDINAL = (
    r"(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ROUTINE_PATTERNS = (
    # dates: "18 November 2024", "November 2024", "November 18, 2024", "3 to 5 November"
    rf"\b\d{{1,2}}(?:\s*(?:-|\u2013|to|and)\s*\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?\b",
    rf"\b{_MONTH}\s+(?:\d{{1,2}},?\s+)?\d{{4}}\b",
    # years and year ranges: "2024", "2015-2030", "2024/25"
    r"\b(?:1[89]|2[01])\d\d(?:\s*[-\u2013/]\s*(?:\d{4}|\d\d))?\b",
    # document symbols: "A/67/280", "A/67/280-S/2012/614", "A/RES/79/10", "A/79/L.11", and "65/122"
    r"\b[A-Z][A-Za-z0-9.]*/(?:[A-Za-z0-9.]+/)*[A-Za-z0-9.]*\d[A-Za-z0-9.]*"
    r"(?:-[A-Z][A-Za-z0-9./]*\d[A-Za-z0-9.]*)?",
    r"\b\d{1,3}/\d{1,4}\b",
    # ordinals: "seventy-first", "eightieth", "79th", and simple ordinals of a session or meeting
    rf"\b{_TENS}[-\u2010\u2011]{_UNIT_ORDINAL}\b",
    r"\b(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b",
    r"\b\d+(?:st|nd|rd|th)\b",
    rf"\b(?:{_UNIT_ORDINAL}|{_TEEN_ORDINAL})(?=\s+(?:(?:regular|special|emergency\s+special)\s+)?(?:session|meeting|plenary))",
)
_ROUTINE = re.compile("|".join(f"(?:{pattern})" for pattern in _ROUTINE_PATTERNS), re.IGNORECASE)
_MAYBE_ROUTINE = re.compile(rf"\d|th\b|first|second|third|{_MONTH}", re.IGNORECASE)
"""Every routine span holds one of these: a cheap test before the full pattern."""


_CONTEXT = 40
"""Characters of context on each side of an edit in which routine spans are looked for (a date, a year
range or a symbol is shorter)."""


def routine_mask(text: str, near: list[tuple[int, int]] | None = None) -> bytearray:
    """One flag per character of ``text``: 1 inside a date, year, ordinal or document symbol.  With
    ``near``, only the spans around those character ranges are looked for (the rest stays 0)."""
    mask = bytearray(len(text))
    windows = [(0, len(text))] if near is None else [(max(0, a - _CONTEXT), b + _CONTEXT) for a, b in near]
    for start, end in windows:
        if near is not None and not _MAYBE_ROUTINE.search(text, start, end):
            continue
        for match in _ROUTINE.finditer(text, start, min(end, len(text))):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return mask


def classify_edit(deleted: str, inserted: str, old_rest: str, new_rest: str) -> str:
    """The class of one edit, given what it deletes and inserts and the same with routine spans removed."""
    if editorial_key(deleted) == editorial_key(inserted):
        return EDITORIAL
    if editorial_key(old_rest) == editorial_key(new_rest):
        return ROUTINE
    return SUBSTANTIVE


def classify_words(words: Sequence[DiffOp]) -> str | None:
    """The class of a word-level change (``None`` when nothing changed)."""
    old = "".join(text for op, text in words if op <= 0)
    new = "".join(text for op, text in words if op >= 0)
    if old == new:
        return None
    if editorial_key(old) == editorial_key(new):
        return EDITORIAL
    highest = EDITORIAL
    old_at = new_at = 0
    deleted: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []

    def close_edit() -> str:
        deleted_text = "".join(old[a:b] for a, b in deleted)
        inserted_text = "".join(new[a:b] for a, b in inserted)
        if editorial_key(deleted_text) == editorial_key(inserted_text):
            return EDITORIAL
        # No date, symbol or ordinal in the edit: it can be routine only as a list's connectives.
        maybe_routine = _MAYBE_ROUTINE.search(deleted_text) or _MAYBE_ROUTINE.search(inserted_text)
        if not maybe_routine and (
            _CONNECTIVE.sub("", deleted_text).strip() or _CONNECTIVE.sub("", inserted_text).strip()
        ):
            return SUBSTANTIVE
        old_mask, new_mask = routine_mask(old, deleted), routine_mask(new, inserted)
        old_rest = "".join(old[i] for a, b in deleted for i in range(a, b) if not old_mask[i])
        new_rest = "".join(new[i] for a, b in inserted for i in range(a, b) if not new_mask[i])
        if _touches(old_mask, old, deleted) or _touches(new_mask, new, inserted):
            # "64/256 and 65/122" -> "64/256, 65/122 and 67/6": the list's own connectives go with it.
            old_rest, new_rest = _CONNECTIVE.sub("", old_rest), _CONNECTIVE.sub("", new_rest)
        return classify_edit(deleted_text, inserted_text, old_rest, new_rest)

    for op, text in words:
        if op == 0:
            if deleted or inserted:
                highest = max(highest, close_edit(), key=CLASSES.index)
                deleted, inserted = [], []
            old_at += len(text)
            new_at += len(text)
        elif op < 0:
            deleted.append((old_at, old_at + len(text)))
            old_at += len(text)
        else:
            inserted.append((new_at, new_at + len(text)))
            new_at += len(text)
    if deleted or inserted:
        highest = max(highest, close_edit(), key=CLASSES.index)
    return highest


_CONNECTIVE = re.compile(r"\b(?:and|of)\b|[,;]")


def _touches(mask: bytearray, text: str, spans: list[tuple[int, int]]) -> bool:
    """True when the spans hold or border (across white space) a routine span of ``text``."""
    for start, end in spans:
        if any(mask[start:end]):
            return True
        before = start - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        if (before >= 0 and mask[before]) or (after < len(text) and mask[after]):
            return True
    return False


def highest_class(*classes: str | None) -> str | None:
    """The highest of some classes (``None`` counts lowest)."""
    present = [name for name in classes if name is not None]
    return max(present, key=CLASSES.index) if present else None
