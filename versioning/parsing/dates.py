"""Dates and ordinals as UN documents print them ("19 November 2012", "Sixty-seventh session")."""

from __future__ import annotations

import datetime as _dt
import re

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

DATE_PATTERN = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
"""A date as printed: day, month name, year."""

LOOSE_DATE_PATTERN = re.compile(r"\b(\d{1,2}) ?(" + "|".join(MONTHS) + r") ?(\d{4})\b")
"""A date as an extractor may give it: :data:`DATE_PATTERN` with a space lost on either side of the month
("4 December2024"), which no printed word is; for a line whose place says it is a date (under the closing
meeting line), not for finding dates in running text."""

_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_TENS = {
    "twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90,
}  # fmt: skip
_TENS_CARDINAL = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def iso_date(day: str, month: str, year: str) -> str | None:
    """The ISO form of a printed date, or ``None`` when it is not a real day."""
    try:
        return _dt.date(int(year), MONTHS.index(month) + 1, int(day)).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first printed date in ``text``, in ISO form."""
    match = DATE_PATTERN.search(text)
    return iso_date(*match.groups()) if match else None


def ordinal_value(word: str) -> int | None:
    """The number an English ordinal spells: ``"Sixty-seventh"`` -> 67, ``"Eightieth"`` -> 80."""
    word = word.lower().strip()
    if word in _UNITS:
        return _UNITS[word]
    if word.endswith("ieth") and word[:-4] in _TENS:
        return _TENS[word[:-4]]
    tens, _, unit = word.partition("-")
    if tens in _TENS_CARDINAL and unit in _UNITS and _UNITS[unit] < 10:
        return _TENS_CARDINAL[tens] + _UNITS[unit]
    return None


ORDINAL_UNITS = tuple(_UNITS)
"""The ordinals first to nineteenth, lower case."""
ORDINAL_TENS_STEMS = tuple(_TENS)
"""What the tens' ordinals and cardinals start with: ``twent`` (twentieth, twenty-first) ... ``ninet``."""
_ORDINAL_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNIT_WORDS = "|".join(word for word, value in _UNITS.items() if value < 10)
_DASH = "[-\u2010\u2011\u2013]"

SIMPLE_ORDINAL = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
"""A regular expression for the ordinals first to nineteenth (lower case; compile with ``re.IGNORECASE``
or use inside ``(?i:...)``)."""

COMPOUND_ORDINAL = (
    rf"(?:(?:{'|'.join(_ORDINAL_TENS)}){_DASH}\s*(?:{_UNIT_WORDS})"
    rf"|(?:{'|'.join(_TENS)})ieth|hundredth|\d+(?:st|nd|rd|th))"
)
"""A regular expression for the ordinals from twentieth up (``seventy-ninth``, ``eightieth``, ``79th``),
also across a line-break hyphen (``ninety- third``); lower case, as :data:`SIMPLE_ORDINAL`."""
