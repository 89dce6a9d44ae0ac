"""Splits and merges as changes: one record per part, each shown against its piece of the other side's
clause where the clause can be cut (:mod:`versioning.diff.parts`)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from versioning.diff.align import Group
from versioning.diff.changes import Change, DiffOp
from versioning.diff.class_rules import judge, structural_verdict
from versioning.diff.classify import judge_words, word_findings
from versioning.diff.comparator import Comparator
from versioning.diff.parts import cut_other_side, joined
from versioning.diff.records import ClauseContext
from versioning.identifiers import ClauseId
from versioning.model import Paragraph


def grouped_changes(
    group: Group, old: Sequence[Paragraph], new: Sequence[Paragraph], context: ClauseContext
) -> list[Change]:
    """One change per part: for a split, per new part (each against the piece of the old clause that went
    to it); for a merge, per old part (each against its piece of the new clause).  Where the clause cannot
    be cut so (see :func:`_part_pieces`), each part is shown against the whole clause.  Every part has the
    class of the whole: of the edits of all its pieces, else of the old words against the new."""
    olds = [old[index] for index in group.old]
    news = [new[index] for index in group.new]
    whole_old = joined([paragraph.text for paragraph in olds])
    whole_new = joined([paragraph.text for paragraph in news])
    text_changed = whole_old != whole_new
    # the pieces are cut, and the whole judged, on the diff the classes read (see CleanedDiff)
    whole_words = context.comparator.judged_words(whole_old, whole_new) if text_changed else ()
    pieces = _part_pieces(group, olds, news, whole_words, context.comparator) if text_changed else {}
    records = []
    for before in olds:
        for after in news:
            old_text = pieces.get(after.id, before.text) if group.kind == "split" else before.text
            new_text = pieces.get(before.id, after.text) if group.kind == "merged" else after.text
            records.append((before, after, old_text, new_text, context.comparator.words(old_text, new_text)))
    if pieces:  # judged on what each part became: the whole's diff puts words across the joints
        findings = [
            finding
            for *_, old_text, new_text, _ in records
            for finding in word_findings(context.comparator.judged_words(old_text, new_text), context.names)
        ]
        verdict = judge(findings) or structural_verdict(group.kind, context.section)
    else:
        verdict = (judge_words(whole_words, context.names) if text_changed else None) or structural_verdict(
            group.kind, context.section
        )
    changes = []
    for before, after, old_text, new_text, words in records:
        related = (
            tuple(str(p.id) for p in news if p is not after)
            if group.kind == "split"
            else tuple(str(p.id) for p in olds if p is not before)
        )
        changes.append(
            Change(
                section=context.section,
                kind=group.kind,
                old_id=str(before.id),
                new_id=str(after.id),
                text_changed=text_changed,
                change_class=verdict.change_class,
                reason=verdict.reason,
                words=words,
                old_text=old_text,
                new_text=new_text,
                match="similar",
                score=group.score,
                related=related,
                old_number=before.number,
                new_number=after.number,
                old_lead=before.lead,
                new_lead=after.lead,
                old_footnotes=before.footnotes,
                new_footnotes=after.footnotes,
            )
        )
    return changes


def _part_pieces(
    group: Group,
    olds: Sequence[Paragraph],
    news: Sequence[Paragraph],
    whole_words: Sequence[DiffOp],
    comparator: Comparator,
) -> dict[ClauseId, str]:
    """For a split, the piece of the old clause that went to each new part (by the part's id); for a merge,
    the piece of the new clause each old part went to; empty when the clause cannot be cut so.

    The cut is where the diff of the whole puts the joints of the parts (:mod:`versioning.diff.parts`), and
    is kept only when each part keeps more of its words in its own piece than in any other, and no two
    pieces swapped would keep more words of their parts: where the parts' content crossed (the second old
    paragraph's words opening the merged one), the cut is not where the words went, and each part is shown
    against the whole clause."""
    splitting = group.kind == "split"
    parts, wholes = (news, olds) if splitting else (olds, news)
    if len(parts) < 2 or len(wholes) != 1:
        return {}
    whole = wholes[0]
    if not splitting and whole.lead and whole.lead != parts[0].lead and whole.lead in [p.lead for p in parts]:
        return {}  # it opens with a later part's lead: the first part's words were set inside that part
    texts = [part.text for part in parts]

    def kept(piece: str, part: str) -> float:
        return comparator.kept_words(piece, part)

    cut = cut_other_side(whole_words, texts, whole.text, parts_are_new=splitting, kept=kept)
    if len(set(cut)) < len(texts):  # none, or pieces alike: a merge's records could not say which they are
        return {}
    table = [[kept(piece, part) for piece in cut] for part in texts]
    for index, row in enumerate(table):  # each part's words are mostly in its own piece
        if row[index] <= max(kept for other, kept in enumerate(row) if other != index):
            return {}
    for one, other in itertools.combinations(range(len(texts)), 2):
        if table[one][other] + table[other][one] > table[one][one] + table[other][other]:
            return {}
    return {part.id: piece for part, piece in zip(parts, cut, strict=True)}
