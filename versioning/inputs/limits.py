"""The limits on inputs, in one place.

Real editions are small: the longest resolution in the corpus (A/RES/80/110) is 700 KB as a PDF, 200 KB
as text and 400 KB as JSON, which nests eight levels deep.  The limits leave a wide margin above that and
still stop an input that would exhaust memory, time or the interpreter's stack before it does.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class InputLimits:
    """Bounds on what an input may be.

    Attributes:
        max_file_bytes: the largest file read at all, in bytes (a PDF may be this large).
        max_text_bytes: the largest text or JSON edition, in bytes (text is a tenth of its PDF or less).
        max_json_depth: the deepest nesting of JSON arrays and objects (a document needs about eight:
            the document, its operative part, a paragraph, its sub-paragraphs, theirs, ...).
        max_number_length: the most characters of one JSON number literal (a 64-bit integer has 20).
    """

    max_file_bytes: int = 64 * MIB
    max_text_bytes: int = 16 * MIB
    max_json_depth: int = 64
    max_number_length: int = 24


DEFAULT_LIMITS = InputLimits()
"""The limits used when none are given."""

EARLIEST_DATE = _dt.date(1946, 1, 1)
"""No edition is older than the year of the Assembly's first session (opened in London, 10 January 1946)."""


def assembly_date_range(today: _dt.date | None = None) -> tuple[_dt.date, _dt.date]:
    """The dates an edition may carry, inclusive: from 1 January 1946 to the end of next year.

    The upper bound moves with the calendar (a draft may be dated for the coming session; a date further
    out is a typing error); ``today`` defaults to the system's date.  This is the one place that reads it.
    """
    today = today or _dt.date.today()
    return EARLIEST_DATE, _dt.date(today.year + 1, 12, 31)
