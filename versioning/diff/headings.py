"""Headings printed above clauses ("I. Global context and shared commitments"): paired by their words,
and placed by the clause they stand above.

A heading's id in a change is the id of that clause (``op5``), with ``#2``, ``#3`` for further headings
above the same clause.  A heading whose clause was only renumbered is not a change; one that now stands
above another clause is ``moved``; one whose words or cited notes changed is ``modified``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from versioning.diff.align import align_clauses
from versioning.diff.changes import Change
from versioning.diff.class_rules import Finding, judge, structural_verdict
from versioning.diff.classify import judge_words
from versioning.diff.judge import citation_changes
from versioning.diff.records import ClauseContext
from versioning.identifiers import ClauseId
from versioning.model import Heading

_ANCHOR_SEPARATOR = "#"


def heading_ids(headings: Sequence[Heading]) -> list[str]:
    """The change ids of headings: the clause each stands above, ``#n`` for the n-th above one clause."""
    seen: dict[ClauseId, int] = {}
    ids = []
    for heading in headings:
        seen[heading.before] = seen.get(heading.before, 0) + 1
        count = seen[heading.before]
        before = str(heading.before)
        ids.append(before if count == 1 else f"{before}{_ANCHOR_SEPARATOR}{count}")
    return ids


def anchor_of(heading_id: str) -> tuple[str, int]:
    """The clause id a heading id names, and the heading's rank above that clause (1 for the first)."""
    clause, _, count = heading_id.partition(_ANCHOR_SEPARATOR)
    return clause, int(count) if count else 1


def diff_headings(
    old: Sequence[Heading],
    new: Sequence[Heading],
    clause_map: Mapping[str, str | None],
    context: ClauseContext,
) -> list[Change]:
    """The heading changes; ``clause_map`` gives each old clause id its new id (``None`` when removed)."""
    options = replace(context.options, max_split_parts=1)
    alignment = align_clauses(
        [h.text for h in old],
        [h.text for h in new],
        context.comparator.similarity,
        options,
        detect_moves=False,
    )
    old_ids, new_ids = heading_ids(old), heading_ids(new)
    blocks: list[tuple[float, Change]] = []
    for pair in alignment.pairs:
        before, after = old[pair.old], new[pair.new]
        placed_elsewhere = clause_map.get(str(before.before), str(before.before)) != str(after.before)
        text_changed = before.text != after.text
        citations = citation_changes(before.footnotes, after.footnotes, context.footnote_map)
        kind = "moved" if placed_elsewhere else "modified" if text_changed or citations else "unchanged"
        if kind == "unchanged" and not context.include_unchanged:
            continue
        words = context.comparator.words(before.text, after.text) if text_changed else ()
        verdict = (
            (
                judge_words(context.comparator.judged_words(before.text, after.text), context.names)
                if text_changed
                else None
            )
            or (judge([Finding("citation", ", ".join(citations))]) if citations else None)
            or structural_verdict(kind, "headings")
        )
        change = Change(
            section="headings",
            kind=kind,
            old_id=old_ids[pair.old],
            new_id=new_ids[pair.new],
            text_changed=text_changed,
            moved=placed_elsewhere,
            change_class=verdict.change_class,
            reason=verdict.reason,
            words=words,
            old_text=before.text,
            new_text=after.text,
            match=pair.match,
            score=pair.score,
            old_footnotes=before.footnotes,
            new_footnotes=after.footnotes,
        )
        blocks.append((pair.new, change))
    added, removed = structural_verdict("added", "headings"), structural_verdict("removed", "headings")
    for index in alignment.added:
        change = Change(
            "headings", "added", None, new_ids[index], True, new_text=new[index].text,
            change_class=added.change_class, reason=added.reason, new_footnotes=new[index].footnotes,
        )  # fmt: skip
        blocks.append((index, change))
    for index in alignment.removed:
        change = Change(
            "headings", "removed", old_ids[index], None, True, old_text=old[index].text,
            change_class=removed.change_class, reason=removed.reason, old_footnotes=old[index].footnotes,
        )  # fmt: skip
        blocks.append((index - 0.5, change))
    blocks.sort(key=lambda entry: entry[0])
    return [change for _, change in blocks]


def apply_headings(
    old: Sequence[Heading],
    records: Iterable[Change],
    clause_map: Mapping[str, str | None],
    clause_order: Mapping[str, int],
    marker_map: Mapping[str, str] | None = None,
) -> tuple[Heading, ...]:
    """The new headings: old ones no change names, moved with their clause, plus those the changes give;
    in the order of the clauses they stand above (``clause_order``: clause id -> position). The notes an
    old heading cites take their new markers from ``marker_map``."""
    markers = marker_map or {}
    records = list(records)
    named = {change.old_id for change in records if change.old_id}
    placed: list[tuple[int, int, int, Heading]] = []
    for sequence, (heading_id, heading) in enumerate(zip(heading_ids(old), old, strict=True)):
        if heading_id in named:
            continue
        target = clause_map.get(str(heading.before), str(heading.before))
        if target is not None:
            placed.append(
                (
                    clause_order.get(target, -1),
                    anchor_of(heading_id)[1],
                    sequence,
                    replace(
                        heading,
                        before=ClauseId.parse(target),
                        footnotes=tuple(markers.get(marker, marker) for marker in heading.footnotes),
                    ),
                )
            )
    for change in records:
        if change.new_id:
            clause, rank = anchor_of(change.new_id)
            heading = Heading(ClauseId.parse(clause), change.new_text or "", change.new_footnotes)
            placed.append((clause_order.get(clause, -1), rank, 0, heading))
    placed.sort(key=lambda entry: entry[:3])
    return tuple(entry[3] for entry in placed)
