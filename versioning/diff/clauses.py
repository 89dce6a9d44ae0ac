"""Changes of clauses: preambular and operative paragraphs (with their sub-paragraphs) and footnotes.

Each list is aligned by content (:mod:`versioning.diff.align`), a clause by its own words; each pair, group
and leftover becomes a :class:`Change`.  Sub-paragraphs are aligned inside their paired parent, so that
renumbering ``op3`` to ``op4`` does not list its unchanged sub-paragraphs (``op3.a`` is ``op4.a``).
Changes are listed in the order of the new edition, a removed clause where it stood, each clause followed
by its sub-paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from versioning.diff.align import Alignment, align_clauses
from versioning.diff.changes import GONE, Change, class_rank
from versioning.diff.class_rules import Verdict, edition_note_verdict, structural_verdict
from versioning.diff.classify import judge_words
from versioning.diff.evidence import ClauseEvidence, lead_stem
from versioning.diff.folded_lists import folded_changes, wholes
from versioning.diff.groups import grouped_changes
from versioning.diff.note_context import pair_by_citation
from versioning.diff.records import ClauseContext, added_change, paired_change, removed_change
from versioning.diff.tokens import word_tokens
from versioning.model import Footnote, Paragraph


def diff_paragraphs(
    old: Sequence[Paragraph], new: Sequence[Paragraph], context: ClauseContext
) -> list[Change]:
    """The changes from the paragraphs ``old`` to ``new`` (a section, or the sub-paragraphs of a pair)."""
    if not old and not new:
        return []
    old_texts = [paragraph.text for paragraph in old]  # a clause's own words: its sub-paragraphs are
    new_texts = [paragraph.text for paragraph in new]  # aligned in their turn, inside the pair
    bonus = ClauseEvidence.lazily(
        [paragraph.lead for paragraph in old], [paragraph.lead for paragraph in new], old_texts, new_texts,
        context.options,
    )  # fmt: skip
    old_stems = [None if p.lead is None else lead_stem(p.lead) for p in old]
    new_stems = [None if p.lead is None else lead_stem(p.lead) for p in new]
    alignment = _without_structured_groups(
        align_clauses(
            old_texts,
            new_texts,
            context.comparator.similarity,
            context.options,
            bonus=bonus,
            same_lead=lambda i, j: old_stems[i] is not None and old_stems[i] == new_stems[j],
            wholes=(wholes(old), wholes(new)),
        ),
        old,
        new,
    )
    blocks: list[tuple[tuple[float, int], list[Change]]] = []
    listing = replace(context, include_unchanged=True)
    for pair in alignment.pairs:
        children = diff_paragraphs(old[pair.old].subparagraphs, new[pair.new].subparagraphs, context)
        changed = any(child.kind not in ("unchanged", "renumbered") for child in children)
        # an unchanged clause is made a record only when a changed sub-paragraph makes it one (or when
        # asked for): most clauses of a long resolution are unchanged, and their records cost time
        made = paired_change(old[pair.old], new[pair.new], pair, listing if changed else context)
        if not made:
            blocks.append(((pair.new, 0), children))
            continue
        parent = _with_subparagraphs(made[0], children)
        keep = parent.kind != "unchanged" or context.include_unchanged
        blocks.append(((pair.new, 0), [parent, *children] if keep else children))
    for index in alignment.added:
        blocks.append(((index, 0), [added_change(p, context) for p in new[index].walk()]))
    for group in alignment.groups:
        blocks.append(
            (
                (group.new[0], 0),
                [*grouped_changes(group, old, new, context), *folded_changes(group, old, new, context)],
            )
        )
    after = _removal_positions(alignment)
    for index in alignment.removed:
        blocks.append(((after[index], index), [removed_change(p, context) for p in old[index].walk()]))
    blocks.sort(key=lambda entry: entry[0])
    return [change for _, block in blocks for change in block]


def _with_subparagraphs(parent: Change, children: Sequence[Change]) -> Change:
    """A paired clause with its sub-paragraphs' changes: they are part of it (an editor reads ``5. Urges
    ... by providing: (a) ... (c) ...`` as one paragraph), so a clause whose own words are the same but one
    of whose sub-paragraphs changed is ``modified``, not ``unchanged`` or ``renumbered only``, and a
    clause's class is the highest of its own and its sub-paragraphs'; the reason names first the
    sub-paragraph whose change gave the class (the first of them, and how many more of that class there
    are; a sub-paragraph modified only by its own sub-paragraphs gives way to them), then the class of the
    clause's own words when they changed too ("substantive: op8.b modified (new words ...); its own words
    routine: session numbers only"), or of the clause itself when it changed otherwise ("...; itself
    routine: paragraph moved, same words").

    When the clause's own words are of the same class, the heavier edit heads, as within a clause (see
    :func:`versioning.diff.class_rules.judge`): the sub-paragraphs when they put in or take out more words
    than the clause's own edit ("Demands that Israel comply ... as [-set out-]{+stipulated+} by the Court
    {+by, inter alia:+}" with seven sub-paragraphs added reads "substantive: op5.a added, as are 6 more
    sub-paragraphs; its own words substantive: ...", not "';' replaced by 'by, inter alia:'"), else the
    clause's own reason, as does a change of its lead."""
    changed = [child for child in children if child.kind not in ("unchanged", "renumbered")]
    if not changed:
        return parent
    changed = [child for child in changed if not _changed_by_its_own(child, changed)] or changed
    top = max(changed, key=lambda child: class_rank(child.change_class))
    if parent.kind not in ("unchanged", "renumbered"):
        rank, own = class_rank(top.change_class), class_rank(parent.change_class)
        if rank < own or (rank == own and not _subparagraphs_outweigh(parent, changed, top.change_class)):
            return parent
    part = _subparagraph_part(top, [child for child in changed if child.change_class == top.change_class])
    if parent.kind in ("unchanged", "renumbered"):
        return replace(
            parent, kind="modified", change_class=top.change_class, reason=f"{top.change_class}: {part}"
        )
    # "; its own words routine: session numbers only", or for a clause whose own change is no change of its
    # words, "; itself routine: paragraph moved, same words"
    whose = "its own words" if parent.text_changed else "itself"
    reason = f"{top.change_class}: {part}; {whose} {parent.reason}"
    return replace(parent, change_class=top.change_class, reason=reason)


def _changed_by_its_own(child: Change, changed: Sequence[Change]) -> bool:
    """True when ``child`` is modified only because sub-paragraphs of its own changed (they are in
    ``changed``, and named in its stead: ``op1.a.ii added``, not ``op1.a modified (op1.a.ii added)`` and one
    more)."""
    if child.kind != "modified" or child.text_changed or child.old_footnotes != child.new_footnotes:
        return False
    if child.old_lead != child.new_lead:
        return False
    new, old = f"{child.new_id}.", f"{child.old_id}."  # a sub-paragraph of its own, on either side
    return any(
        (other.new_id or "").startswith(new) or (other.old_id or "").startswith(old) for other in changed
    )


def _subparagraph_part(top: Change, alike: Sequence[Change]) -> str:
    """The sub-paragraph ``top`` and its change, as a paragraph's reason names it, with how many more of
    ``alike`` (those of its class) there are: ``op5.a added, as are 6 more sub-paragraphs``, ``op8.b
    modified (new words '...', and 1 more edit), and 2 more sub-paragraphs changed``.  A detail that only
    restates the kind (``paragraph added``) is left out, and the sub-paragraph's own count of edits, ``(and 1
    more)``, is not put in a parenthesis of its own inside the detail's."""
    detail = _detail(top.reason)
    restated = f"paragraph {top.kind}"
    if detail.startswith(restated):
        detail = detail.removeprefix(restated)  # "", or ", same words" of a move
        part = f"{top.new_id or top.old_id} {top.kind}{detail}"
    else:
        detail = re.sub(
            r" \(and (\d+) more\)$", lambda m: f", and {m[1]} more edit{_plural(int(m[1]))}", detail
        )
        part = f"{top.new_id or top.old_id} {top.kind} ({detail})"
    more = len(alike) - 1
    if not more:
        return part
    if all(child.kind == top.kind for child in alike):
        return part + (
            ", as is 1 more sub-paragraph" if more == 1 else f", as are {more} more sub-paragraphs"
        )
    return part + f", and {more} more sub-paragraph{_plural(more)} changed"


def _plural(count: int) -> str:
    return "s" if count > 1 else ""


def _subparagraphs_outweigh(parent: Change, changed: Sequence[Change], change_class: str) -> bool:
    """True when the sub-paragraph changes of ``change_class`` put in or take out more words than the
    clause's own edit, and the clause's lead did not change (a change of lead heads a reason)."""
    if parent.lead is not None and parent.lead.shift != "same":
        return False
    theirs = sum(_edited_words(child) for child in changed if child.change_class == change_class)
    return theirs > _edited_words(parent)


def _edited_words(change: Change) -> int:
    """How many words a change puts in and takes out: all the words of a clause added or removed."""
    if change.kind == "added":
        return len(word_tokens(change.new_text or ""))
    if change.kind == "removed":
        return len(word_tokens(change.old_text or ""))
    return sum(len(word_tokens(text)) for operation, text in change.words if operation)


def _detail(reason: str | None) -> str:
    """A reason without its class (``substantive: new words ...`` -> ``new words ...``)."""
    return (reason or "").split(": ", 1)[-1]


def diff_footnotes(
    old: Sequence[Footnote],
    new: Sequence[Footnote],
    context: ClauseContext,
    cited_by: tuple[Sequence[Paragraph], Sequence[Paragraph]] = ((), ()),
) -> tuple[dict[str, str], list[Change]]:
    """Footnotes paired by content: the marker map (old marker -> new marker) and the changes.

    A footnote whose marker changed but whose text did not is ``renumbered``, which is not a change of
    substance (editorial).  A note marked with an asterisk speaks of the edition, not of the text (the
    reissue note, a draft's sponsors note): adding or removing one is ``routine``, like the edition
    metadata it goes with; adding or removing another note is substantive.  Notes left over on both sides
    are paired when the same paragraph cites them in the same place (``cited_by``: the paragraphs of
    the old and the new edition; see
    :mod:`versioning.diff.note_context`)."""
    options = replace(context.options, max_split_parts=1)
    alignment = align_clauses(
        [note.text for note in old], [note.text for note in new], context.comparator.similarity, options,
        detect_moves=False,
    )  # fmt: skip
    alignment = pair_by_citation(
        alignment, old, new, cited_by, context.comparator.similarity, context.options.min_similarity
    )
    marker_map = {old[pair.old].marker: new[pair.new].marker for pair in alignment.pairs}
    # A removed note's marker maps to no marker: a clause still citing its number cites another note.
    marker_map.update((old[index].marker, GONE) for index in alignment.removed)
    blocks: list[tuple[tuple[float, int], Change]] = []
    for pair in alignment.pairs:
        before, after = old[pair.old], new[pair.new]
        text_changed = before.text != after.text
        kind = "modified" if text_changed else "renumbered" if before.marker != after.marker else "unchanged"
        if kind == "unchanged" and not context.include_unchanged:
            continue
        words = context.comparator.words(before.text, after.text) if text_changed else ()
        judged = context.comparator.judged_words(before.text, after.text) if text_changed else ()
        verdict = (judge_words(judged, context.names) if text_changed else None) or structural_verdict(
            kind, "footnotes"
        )
        change = Change(
            section="footnotes",
            kind=kind,
            old_id=before.marker,
            new_id=after.marker,
            text_changed=text_changed,
            change_class=verdict.change_class,
            reason=verdict.reason,
            words=words,
            old_text=before.text,
            new_text=after.text,
            match=pair.match,
            score=pair.score,
        )
        blocks.append(((pair.new, 0), change))
    for index in alignment.added:
        note = new[index]
        verdict = _note_verdict(note, "added")
        change = Change(
            "footnotes", "added", None, note.marker, text_changed=True, new_text=note.text,
            change_class=verdict.change_class, reason=verdict.reason,
        )  # fmt: skip
        blocks.append(((index, 0), change))
    after_positions = _removal_positions(alignment)
    for index in alignment.removed:
        note = old[index]
        verdict = _note_verdict(note, "removed")
        change = Change(
            "footnotes", "removed", note.marker, None, text_changed=True, old_text=note.text,
            change_class=verdict.change_class, reason=verdict.reason,
        )  # fmt: skip
        blocks.append(((after_positions[index], index), change))
    blocks.sort(key=lambda entry: entry[0])
    return marker_map, [change for _, change in blocks]


def _note_verdict(note: Footnote, kind: str) -> Verdict:
    """Routine for an asterisk note (about the edition), else the class of an added or removed note."""
    return (
        edition_note_verdict(kind) if note.marker.startswith("*") else structural_verdict(kind, "footnotes")
    )


def _without_structured_groups(
    alignment: Alignment, old: Sequence[Paragraph], new: Sequence[Paragraph]
) -> Alignment:
    """Splits and merges are reported only where the parts have no sub-paragraphs (the one clause split or
    merged into may have some, which its parts took into their text); others fall back to removals and
    additions."""
    kept, removed, added = [], list(alignment.removed), list(alignment.added)
    for group in alignment.groups:
        parts = [new[j] for j in group.new] if group.kind == "split" else [old[i] for i in group.old]
        if any(part.subparagraphs for part in parts):
            removed.extend(group.old)
            added.extend(group.new)
        else:
            kept.append(group)
    return Alignment(alignment.pairs, tuple(kept), tuple(sorted(removed)), tuple(sorted(added)))


def _removal_positions(alignment: Alignment) -> dict[int, float]:
    """For each removed old index, where it is listed among the new clauses: just after the new partner
    of the nearest old clause before it."""
    partner: dict[int, int] = {pair.old: pair.new for pair in alignment.pairs}
    for group in alignment.groups:
        for index in group.old:
            partner[index] = group.new[-1]
    positions = {}
    for index in alignment.removed:
        before = next((partner[i] for i in range(index - 1, -1, -1) if i in partner), -1)
        positions[index] = before + 0.5
    return positions
