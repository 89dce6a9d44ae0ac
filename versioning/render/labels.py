"""How a change is named for a reader: its heading, its labels, and the summary sentence.

Shared by every human-facing renderer so that the terminal, the pull-request comment and the HTML page
call the same change by the same words.

Split and merged clauses: a ``split`` change names the old clause in ``old_id`` and the first new clause in
``new_id``, the other new clauses in ``related``; a ``merged`` change names the new clause in ``new_id``,
the first old clause in ``old_id`` and the other old clauses in ``related``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from versioning.diff.changes import CLASSES, KINDS, Change, ChangeList

SECTION_TITLES: Mapping[str, str] = {
    "metadata": "Metadata",
    "preamble": "Preamble",
    "operative": "Operative part",
    "footnotes": "Footnotes",
}
"""The heading of each section, in the order sections are shown."""


def clause_name(section: str, clause_id: str) -> str:
    """What a reader calls a clause: its id (``op3``), ``footnote 3``, or a metadata field name."""
    if section == "footnotes":
        return f"footnote {clause_id}"
    return clause_id


def old_ids(change: Change) -> tuple[str, ...]:
    """Every clause id the change touches on the old side."""
    ids = (change.old_id,) if change.old_id is not None else ()
    return (*ids, *change.related) if change.kind == "merged" else ids


def new_ids(change: Change) -> tuple[str, ...]:
    """Every clause id the change touches on the new side."""
    ids = (change.new_id,) if change.new_id is not None else ()
    return (*ids, *change.related) if change.kind == "split" else ids


def change_heading(change: Change, *, arrow: str = "->") -> str:
    """The clauses a change concerns: ``op3``, ``op3 -> op4``, ``op3 -> op3, op4`` (a split)."""
    before = ", ".join(clause_name(change.section, name) for name in old_ids(change))
    after = ", ".join(clause_name(change.section, name) for name in new_ids(change))
    if not before or not after:
        return before or after
    if before == after:
        return before
    return f"{before} {arrow} {after}"


def change_labels(change: Change) -> tuple[str, ...]:
    """The words that say what happened: the kind first, then ``reworded`` for a moved, renumbered, split
    or merged clause whose words also changed, and ``moved`` for a modified clause that also moved."""
    labels = [change.kind]
    if change.kind in ("moved", "renumbered", "split", "merged") and change.text_changed:
        labels.append("reworded")
    if change.kind == "modified" and change.moved:
        labels.append("moved")
    return tuple(labels)


def lead_phrase(change: Change, *, arrow: str = "->") -> str | None:
    """``lead Invites -> Encourages (stronger)``, or ``None`` when the opening phrase did not change."""
    if change.lead is None:
        return None
    old = change.lead.old or "(none)"
    new = change.lead.new or "(none)"
    return f"lead {old} {arrow} {new} ({change.lead.shift})"


def match_phrase(change: Change) -> str | None:
    """``matched by similarity 0.82`` for a clause paired by resemblance, else ``None``."""
    if change.match != "similar":
        return None
    return (
        f"matched by similarity {change.score:.2f}" if change.score is not None else "matched by similarity"
    )


def change_class_name(change: Change) -> str:
    """The class to show beside a change (every record has one)."""
    return change.change_class


def reason_detail(change: Change) -> str:
    """The reason without its leading class: ``session numbers and dates only``."""
    prefix = f"{change.change_class}: "
    return change.reason.removeprefix(prefix)


def summary_phrases(summary: Mapping[str, Any]) -> tuple[str, str]:
    """The summary as two phrases: ``3 modified, 1 added`` and ``2 substantive, 2 editorial`` (highest
    class first); empty strings when there is no difference."""
    by_kind = summary.get("by_kind", {})
    by_class = summary.get("by_class", {})
    kinds = ", ".join(f"{by_kind[kind]} {kind}" for kind in KINDS if by_kind.get(kind))
    classes = ", ".join(f"{by_class[name]} {name}" for name in reversed(CLASSES) if by_class.get(name))
    return kinds, classes


def count_phrase(total: int) -> str:
    """``no differences``, ``1 difference``, ``7 differences``."""
    if total == 0:
        return "no differences"
    return f"{total} difference" if total == 1 else f"{total} differences"


def baseline_title(changes: ChangeList, *, arrow: str = "->") -> str:
    """``A/RES/67/6@2013-07-15 -> A/RES/73/331@2019-07-25``."""
    return f"{changes.old.reference} {arrow} {changes.new.reference}"


def by_section(changes: ChangeList) -> list[tuple[str, list[Change]]]:
    """The changes grouped by section, sections in document order, empty sections left out; changes keep
    their order within a section."""
    groups: dict[str, list[Change]] = {section: [] for section in SECTION_TITLES}
    for change in changes.changes:
        groups.setdefault(change.section, []).append(change)
    return [(section, items) for section, items in groups.items() if items]


def fold_unchanged(changes: list[Change]) -> list[Change | list[Change]]:
    """Group each run of consecutive ``unchanged`` records into one list, so a renderer can fold it."""
    folded: list[Change | list[Change]] = []
    for change in changes:
        if change.kind == "unchanged":
            if folded and isinstance(folded[-1], list):
                folded[-1].append(change)
            else:
                folded.append([change])
        else:
            folded.append(change)
    return folded


def unchanged_range(run: list[Change]) -> str:
    """``pp4`` or ``pp4 .. pp9``: the first and last clause of a folded run."""
    first = run[0].new_id or run[0].old_id or "?"
    last = run[-1].new_id or run[-1].old_id or "?"
    return first if len(run) == 1 else f"{first} .. {last}"
