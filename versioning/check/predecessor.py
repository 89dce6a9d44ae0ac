"""Which edition a new edition follows.

The predecessor of an edition is, in this order:

1. the previous edition of the same resolution: the latest one dated on or before it.  An edition that is
   not yet held and is dated before the latest held one follows that latest one (and the
   ``edition-later`` policy then says so);
2. else the previous held member of its series (see :mod:`versioning.series`); for a draft, the latest held
   member of the series it continues, adopted before the draft was issued (the resolution it updates).

Candidates are the editions of the store and the other files checked in the same run.  A candidate with
the same content as the edition checked (another extraction of it, or the edition itself already stored)
is the edition itself, not its predecessor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from versioning.model import Document
from versioning.series import Series, continued_series

EDITION = "edition"
SERIES = "series"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An edition a new edition may follow, and where it came from.

    Attributes:
        document: the edition.
        held: it is in the store (accepted history), not merely another file of the same run.
    """

    document: Document
    held: bool


@dataclass(frozen=True, slots=True)
class Predecessor:
    """The edition a new edition follows: an earlier edition of the same text, or the previous member of
    its series (``relation`` is :data:`EDITION` or :data:`SERIES`); ``series`` is set for the latter."""

    document: Document
    relation: str
    series: Series | None = None


def same_content(one: Document, other: Document) -> bool:
    """True when two documents say the same thing, whatever bytes they were parsed from."""
    return _content(one) == _content(other)


def _content(document: Document) -> dict[str, Any]:
    data = document.to_dict()
    del data["source"]
    return data


def find_predecessor(document: Document, candidates: Sequence[Candidate]) -> Predecessor | None:
    """The predecessor of ``document`` among ``candidates`` (see the module's rules), or ``None``."""
    own = [c for c in candidates if c.document.symbol == document.symbol]
    itself = [c for c in own if same_content(c.document, document)]
    others = [c for c in own if not same_content(c.document, document)]
    date = document.edition.date or ""
    earlier = [c for c in others if (c.document.edition.date or "") <= date]
    if earlier:
        return Predecessor(_latest(earlier).document, EDITION)
    later_held = [c for c in others if c.held]
    if later_held and not any(c.held for c in itself):
        return Predecessor(_latest(later_held).document, EDITION)
    return _series_predecessor(document, candidates)


def find_series(document: Document, candidates: Sequence[Candidate]) -> Series | None:
    """The series of ``document`` among the candidates (their latest edition per resolution): for a draft,
    the series it continues, or ``None`` when it continues none."""
    latest: dict[str, Document] = {}
    for candidate in candidates:
        symbol = str(candidate.document.symbol)
        if symbol == str(document.symbol) or candidate.document.number is None:
            continue
        if symbol not in latest or _date(candidate.document) > _date(latest[symbol]):
            latest[symbol] = candidate.document
    return continued_series(document, latest.values())


def _series_predecessor(document: Document, candidates: Sequence[Candidate]) -> Predecessor | None:
    series = find_series(document, candidates)
    if series is None:
        return None
    held = series.held
    own = str(document.symbol)
    position = next((i for i, member in enumerate(held) if member.symbol == own), len(held))  # a draft: last
    previous = held[position - 1].document if position > 0 else None
    return Predecessor(previous, SERIES, series) if previous is not None else None


def _latest(candidates: Sequence[Candidate]) -> Candidate:
    # The latest date wins; on a tie, the held edition (accepted history) before another file of the run.
    return max(candidates, key=lambda c: (_date(c.document), c.held))


def _date(document: Document) -> str:
    return document.edition.date or ""
