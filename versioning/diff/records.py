"""One change per pair, addition or removal of clauses, and what every clause comparison of one diff
shares (:class:`ClauseContext`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from versioning.diff.align import Pair
from versioning.diff.changes import Change, LeadShift
from versioning.diff.class_rules import structural_verdict
from versioning.diff.comparator import Comparator
from versioning.diff.judge import citation_changes, judge_clause
from versioning.diff.leads import compare_leads, detect_lead
from versioning.diff.names import NameEvidence
from versioning.diff.options import DiffOptions
from versioning.model import Paragraph


@dataclass(frozen=True, slots=True)
class ClauseContext:
    """What every clause comparison of one diff shares."""

    section: str
    options: DiffOptions
    comparator: Comparator
    footnote_map: Mapping[str, str]
    include_unchanged: bool
    names: NameEvidence | None = None


def _lead_of(paragraph: Paragraph, section: str) -> str | None:
    """The paragraph's lead; where the scale knows a longer opening that starts with it (a parser's
    ``Also`` of ``Also reaffirms``), that one, so that the shift is measured on whole phrases."""
    detected = detect_lead(paragraph.text, section)
    if paragraph.lead is None:
        return detected
    if detected is not None and len(detected) > len(paragraph.lead) and detected.startswith(paragraph.lead):
        return detected
    return paragraph.lead


def paired_change(old: Paragraph, new: Paragraph, pair: Pair, context: ClauseContext) -> list[Change]:
    text_changed = old.text != new.text
    lead: LeadShift | None = None
    if text_changed or old.lead != new.lead:  # else the opening words are the same
        old_lead, new_lead = _lead_of(old, context.section), _lead_of(new, context.section)
        if old_lead != new_lead:
            lead = compare_leads(old_lead, new_lead, context.section)
    cited = tuple(context.footnote_map.get(marker, marker) for marker in old.footnotes)
    citations_changed = cited != new.footnotes
    # A clause that keeps its number but moves into another part or section (pp1 -> partA.pp1) has
    # another id: it is renumbered.
    renumbered = old.number != new.number or old.id.label != new.id.label or old.id.scope != new.id.scope
    if pair.moved:
        kind = "moved"
    elif text_changed or lead is not None or citations_changed or old.lead != new.lead:
        kind = "modified"
    elif renumbered:
        kind = "renumbered"
    else:
        kind = "unchanged"
    if kind == "unchanged" and not context.include_unchanged:
        return []
    words = context.comparator.words(old.text, new.text) if text_changed else ()
    verdict = judge_clause(
        kind=kind,
        section=context.section,
        old_text=old.text,
        new_text=new.text,
        words=context.comparator.judged_words(old.text, new.text) if text_changed else (),
        lead=lead,
        word_diff=context.comparator.judged_words,
        citations=citation_changes(old.footnotes, new.footnotes, context.footnote_map),
        names=context.names,
    )
    return [
        Change(
            section=context.section,
            kind=kind,
            old_id=str(old.id),
            new_id=str(new.id),
            text_changed=text_changed,
            moved=pair.moved,
            change_class=verdict.change_class,
            reason=verdict.reason,
            lead=lead,
            words=words,
            old_text=old.text,
            new_text=new.text,
            match=pair.match,
            score=pair.score,
            old_number=old.number,
            new_number=new.number,
            old_lead=old.lead,
            new_lead=new.lead,
            old_footnotes=old.footnotes,
            new_footnotes=new.footnotes,
        )
    ]


def added_change(paragraph: Paragraph, context: ClauseContext) -> Change:
    verdict = structural_verdict("added", context.section)
    return Change(
        section=context.section,
        kind="added",
        old_id=None,
        new_id=str(paragraph.id),
        text_changed=True,
        change_class=verdict.change_class,
        reason=verdict.reason,
        new_text=paragraph.text,
        new_number=paragraph.number,
        new_lead=paragraph.lead,
        new_footnotes=paragraph.footnotes,
    )


def removed_change(paragraph: Paragraph, context: ClauseContext) -> Change:
    verdict = structural_verdict("removed", context.section)
    return Change(
        section=context.section,
        kind="removed",
        old_id=str(paragraph.id),
        new_id=None,
        text_changed=True,
        change_class=verdict.change_class,
        reason=verdict.reason,
        old_text=paragraph.text,
        old_number=paragraph.number,
        old_lead=paragraph.lead,
        old_footnotes=paragraph.footnotes,
    )
