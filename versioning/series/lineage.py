"""Paragraph lineage ("blame"): where each paragraph of an edition first appears along its series, and
where it changed since.

Each paragraph of the edition is followed back through the successive diffs of the held members, by the
clause pairing the diff engine made (so a renumbered or moved paragraph keeps its lineage).  Its *origin*
is the earliest held member where it appears; when that is the first held member, the paragraph may be
older still (the store holds nothing earlier).  A change found between two held members happened in the
later one or in one of the known gaps between them, and the lineage says which gaps those are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from versioning.diff.changes import CLAUSE_SECTIONS, Change, LeadShift
from versioning.errors import InputError
from versioning.identifiers import ClauseId
from versioning.series.discovery import Series
from versioning.series.successive import SeriesStep, successive_diffs


@dataclass(frozen=True, slots=True)
class LineageChange:
    """A change of one paragraph between two successive held members.

    Attributes:
        member: the symbol of the later member (where the change is first seen).
        previous: the symbol of the held member before it.
        gaps: the symbols of the members between them that the store does not hold.
        kind: the change kind (``modified``, ``moved``, ``split``, ``merged``; ``renumbered`` with a
            text change).
        old_id: the paragraph's id in ``previous``.
        new_id: its id in ``member``.
        change_class: the class of the change of words, or ``None`` when the words did not change.
        reason: the change record's reason for its class (``routine: session numbers only``).
        lead: the shift of the opening phrase, when it changed.
        words: the word-level edit (diff-match-patch pairs).
    """

    member: str
    previous: str
    gaps: tuple[str, ...]
    kind: str
    old_id: str | None
    new_id: str | None
    change_class: str | None
    lead: LeadShift | None
    words: tuple[tuple[int, str], ...]
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "member": self.member,
            "previous": self.previous,
            "gaps": list(self.gaps),
            "kind": self.kind,
            "old_id": self.old_id,
            "new_id": self.new_id,
            "class": self.change_class,
            "reason": self.reason,
            "lead": self.lead.to_dict() if self.lead else None,
            "words": [[op, text] for op, text in self.words],
        }


@dataclass(frozen=True, slots=True)
class ParagraphLineage:
    """The lineage of one paragraph of the blamed edition.

    Attributes:
        clause: its id in the blamed edition (``op2``).
        lead: its opening phrase.
        text: its words.
        origin: the symbol of the earliest held member where it appears.
        origin_id: its id there.
        before_held: the origin is the first held member, so the paragraph may be older still.
        origin_gaps: the members just before the origin that the store does not hold: the paragraph may
            have first appeared in one of them.
        changes: the changes it went through since its origin, oldest first.
    """

    clause: str
    lead: str | None
    text: str
    origin: str
    origin_id: str
    before_held: bool
    origin_gaps: tuple[str, ...]
    changes: tuple[LineageChange, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "clause": self.clause,
            "lead": self.lead,
            "text": self.text,
            "origin": self.origin,
            "origin_id": self.origin_id,
            "before_held": self.before_held,
            "origin_gaps": list(self.origin_gaps),
            "changes": [change.to_dict() for change in self.changes],
        }


@dataclass(frozen=True, slots=True)
class Lineage:
    """The lineage of every paragraph of one edition.

    Attributes:
        reference: the blamed edition (``A/RES/79/10@2024-11-19``).
        title: the series' title.
        members: the symbols of the held members followed, oldest first.
        paragraphs: one entry per top-level paragraph, in document order.
    """

    reference: str
    title: str
    members: tuple[str, ...]
    paragraphs: tuple[ParagraphLineage, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "reference": self.reference,
            "title": self.title,
            "members": list(self.members),
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
        }


def trace_lineage(series: Series, symbol: str, steps: tuple[SeriesStep, ...] | None = None) -> Lineage:
    """The lineage of the paragraphs of member ``symbol`` along the held members up to it.

    ``steps`` may pass the series' successive diffs already made with ``include_unchanged=True`` (without
    the unchanged clauses, an unchanged paragraph would look new); they are made otherwise.

    Raises:
        InputError: ``symbol`` is not a held member of ``series``.
    """
    member = series.member(symbol)
    if member is None or member.document is None:
        raise InputError(f"{symbol} is not a held member of the series {series.title!r}")
    if steps is None:
        steps = successive_diffs(series, include_unchanged=True)
    held = [m.symbol for m in series.held]
    upto = held.index(symbol)
    chain = [step for step in steps if held.index(step.new.symbol) <= upto]
    document = member.document
    paragraphs = tuple(
        _trace(str(paragraph.id), paragraph.lead, paragraph.text, symbol, chain)
        for section in (document.preamble, document.operative, *(a.paragraphs for a in document.annexes))
        for paragraph in section
    )
    return Lineage(document.reference, series.title, tuple(held[: upto + 1]), paragraphs)


def _trace(
    clause: str, lead: str | None, text: str, symbol: str, chain: list[SeriesStep]
) -> ParagraphLineage:
    current_id, current_member = clause, symbol
    changes: list[LineageChange] = []
    for step in reversed(chain):
        change = _change_for(step, current_id)
        if change is None or change.old_id is None or change.kind == "added":
            gaps = tuple(gap.symbol for gap in step.gaps)
            history = tuple(reversed(changes))
            return ParagraphLineage(clause, lead, text, current_member, current_id, False, gaps, history)
        if change.text_changed or change.kind in ("moved", "split", "merged"):
            changes.append(
                LineageChange(
                    member=step.new.symbol,
                    previous=step.old.symbol,
                    gaps=tuple(gap.symbol for gap in step.gaps),
                    kind=change.kind,
                    old_id=change.old_id,
                    new_id=change.new_id,
                    change_class=change.change_class if change.text_changed else None,
                    lead=change.lead,
                    words=change.words,
                    reason=change.reason,
                )
            )
        current_id, current_member = change.old_id, step.old.symbol
    history = tuple(reversed(changes))
    return ParagraphLineage(clause, lead, text, current_member, current_id, True, (), history)


def _change_for(step: SeriesStep, clause: str) -> Change | None:
    for change in step.changes.changes:
        # A split clause has one record per new piece; a merged one is found by its first piece.
        if (
            change.section in CLAUSE_SECTIONS
            and change.new_id == clause
            and ClauseId.parse(clause).is_top_level
        ):
            return change
    return None
