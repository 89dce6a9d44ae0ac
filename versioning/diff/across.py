"""Clauses moved between the preamble and the operative part: a decision restated as a recital, or the
reverse, paired across the two sections after each was aligned on its own."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from versioning.diff.align import Group, Pair
from versioning.diff.changes import Change
from versioning.diff.class_rules import Finding, judge
from versioning.diff.classify import word_findings
from versioning.diff.groups import grouped_changes
from versioning.diff.records import ClauseContext, added_change, paired_change, removed_change
from versioning.model import Paragraph

_PART_NAMES = {"preamble": "the preamble", "operative": "the operative part"}


def pair_across_sections(
    old: Mapping[str, Sequence[Paragraph]],
    new: Mapping[str, Sequence[Paragraph]],
    changes: Mapping[str, list[Change]],
    contexts: Mapping[str, ClauseContext],
) -> dict[str, list[Change]]:
    """The changes of the preamble and the operative part, with a clause removed from one and a clause
    added to the other paired when their words are alike (at least ``similar_threshold``): a decision
    restated as a recital ("Encourages Member States to finalize ..." -> "Recalling that, in its
    resolution 79/186, it encouraged Member States to finalize ..."), or the reverse.

    Such a pair is ``moved`` and listed in the new clause's section, where the addition stood; it is
    substantive, since the clause now does something else.  Only clauses without sub-paragraphs are
    paired so (their sub-paragraphs would be aligned in one section's terms).  ``old``, ``new``,
    ``changes`` and ``contexts`` are keyed by section (``preamble``, ``operative``)."""
    result = {section: list(section_changes) for section, section_changes in changes.items()}
    old_by_id = {str(p.id): (section, p) for section in old for p in old[section] if not p.subparagraphs}
    new_by_id = {str(p.id): (section, p) for section in new for p in new[section] if not p.subparagraphs}
    removed = [
        (section, old_by_id[c.old_id][1]) for section in result for c in result[section]
        if c.kind == "removed" and c.old_id is not None and c.old_id in old_by_id
    ]  # fmt: skip
    added = [
        (section, new_by_id[c.new_id][1]) for section in result for c in result[section]
        if c.kind == "added" and c.new_id is not None and c.new_id in new_by_id
    ]  # fmt: skip
    candidates = []
    for old_section, before in removed:
        for new_section, after in added:
            if old_section == new_section:
                continue
            score = contexts[new_section].comparator.similarity(before.text, after.text)
            if score >= contexts[new_section].options.similar_threshold:
                candidates.append((-score, str(before.id), str(after.id)))
    taken_old: set[str] = set()
    taken_new: set[str] = set()
    for negative_score, old_id, new_id in sorted(candidates):
        if old_id in taken_old or new_id in taken_new:
            continue
        taken_old.add(old_id)
        taken_new.add(new_id)
        (old_section, before), (new_section, after) = old_by_id[old_id], new_by_id[new_id]
        moved = _moved_across(before, after, old_section, round(-negative_score, 4), contexts[new_section])
        result[old_section] = [
            c for c in result[old_section] if not (c.kind == "removed" and c.old_id == old_id)
        ]
        result[new_section] = [
            moved if c.kind == "added" and c.new_id == new_id else c for c in result[new_section]
        ]
    words = _WordCounts()
    displaced = _displace_across_sections(result, old_by_id, new_by_id, contexts, words)
    _claim_across_sections(result, old_by_id, new_by_id, contexts, words)
    for section in result:
        _merge_the_displaced(result, section, old[section], new[section], displaced, contexts[section])
    return result


def _merge_the_displaced(
    result: dict[str, list[Change]],
    section: str,
    old: Sequence[Paragraph],
    new: Sequence[Paragraph],
    displaced: set[str],
    context: ClauseContext,
) -> None:
    """A clause the cross-section pass took a partner from (now removed) may be part of what its neighbour's
    partner became, as an in-section merge would have found had it been free: 79/186 pp8 and pp9 (both
    recalling resolution 78/223) -> the draft's one pp6, whose pp9 had been paired with the recital that
    op11 then took.  Merged when the two old clauses together are ``split_gain`` more like the new one than
    the neighbour alone."""
    position = {str(paragraph.id): index for index, paragraph in enumerate(old)}
    new_position = {str(paragraph.id): index for index, paragraph in enumerate(new)}
    for change in list(result[section]):
        if change.kind != "removed" or change.old_id not in displaced or change.old_id not in position:
            continue
        index = position[change.old_id]
        best: tuple[float, int, Change] | None = None
        for neighbour in (index - 1, index + 1):
            if not 0 <= neighbour < len(old):
                continue
            partner = next(
                (
                    c
                    for c in result[section]
                    if c.old_id == str(old[neighbour].id) and c.kind in ("modified", "moved")
                ),
                None,
            )
            if partner is None or partner.new_id not in new_position:
                continue
            after = new[new_position[partner.new_id]]
            if after.subparagraphs or old[neighbour].subparagraphs or old[index].subparagraphs:
                continue
            joined = " ".join(old[i].text for i in sorted((index, neighbour)))
            score = context.comparator.similarity(joined, after.text)
            own = context.comparator.similarity(old[neighbour].text, after.text)
            needed = max(context.options.similar_threshold, own + context.options.split_gain)
            if score >= needed and (best is None or score > best[0]):
                best = (score, neighbour, partner)
        if best is None:
            continue
        score, neighbour, partner = best
        assert partner.new_id is not None
        group = Group(
            "merged", tuple(sorted((index, neighbour))), (new_position[partner.new_id],), round(score, 4)
        )
        merged = grouped_changes(group, old, new, context)
        result[section] = [
            replacement
            for c in result[section]
            if c is not change
            for replacement in (merged if c is partner else [c])
        ]


def _claim_across_sections(
    result: dict[str, list[Change]],
    old_by_id: Mapping[str, tuple[str, Paragraph]],
    new_by_id: Mapping[str, tuple[str, Paragraph]],
    contexts: Mapping[str, ClauseContext],
    words: _WordCounts,
) -> None:
    """The other way round from :func:`_displace_across_sections`: a clause added to one section that is
    clearly more like an old clause of the other section than that clause's own partner is takes the old
    clause, whose partner becomes an addition: "Decides to elaborate and conclude a legally binding
    instrument ..." (op4) is recalled as "Recalling that, in its resolution 79/128, it decided to elaborate
    and conclude ..." (pp10), which the engine had left added while pairing op4 with the new op1, a
    decision to convene the conference that only ends so (A/RES/79/128 against its successor, a held-back
    pair)."""
    for new_section in list(result):
        for change in list(result[new_section]):
            if change.kind != "added" or change.new_id is None or change.new_id not in new_by_id:
                continue
            after = new_by_id[change.new_id][1]
            if words.of(after.text) < contexts[new_section].options.overrule_words:
                continue
            best = _overruled_partner(
                after, new_section, result, old_by_id, new_by_id, contexts, words, free_is_old=False
            )
            if best is None:
                continue
            score, old_section, partner, before, freed = best
            moved = _moved_across(before, after, old_section, round(score, 4), contexts[new_section])
            result[new_section] = [moved if c is change else c for c in result[new_section]]
            result[old_section] = [
                added_change(freed, contexts[old_section]) if c is partner else c for c in result[old_section]
            ]


_Overrule = tuple[float, str, Change, Paragraph, Paragraph]
"""A clause's better partner in the other section: the likeness, that section, the in-section change that
pairs its clauses, and their old and new clause."""


def _overruled_partner(
    free: Paragraph,
    free_section: str,
    result: Mapping[str, list[Change]],
    old_by_id: Mapping[str, tuple[str, Paragraph]],
    new_by_id: Mapping[str, tuple[str, Paragraph]],
    contexts: Mapping[str, ClauseContext],
    words: _WordCounts,
    *,
    free_is_old: bool,
) -> _Overrule | None:
    """The pair of the other section whose clause facing ``free`` (its new clause when ``free`` is an old
    clause left removed, its old clause when ``free`` is a new one left added) is clearly more like ``free``
    than its own partner is (by ``split_gain``, and alike enough to pair at all), both clauses of at least
    ``overrule_words`` words; the likeliest, or ``None``."""
    best: _Overrule | None = None
    for section, section_changes in result.items():
        if section == free_section:
            continue
        context = contexts[section if free_is_old else free_section]  # the section of the new clause
        for partner in section_changes:
            own_old = old_by_id.get(partner.old_id or "")
            own_new = new_by_id.get(partner.new_id or "")
            if partner.kind not in ("modified", "moved") or own_old is None or own_new is None:
                continue
            if own_old[0] != section:  # an in-section pair; not one the first pass made across
                continue
            facing = own_new[1] if free_is_old else own_old[1]
            if words.of(facing.text) < context.options.overrule_words:
                continue
            old_text, new_text = (free.text, facing.text) if free_is_old else (facing.text, free.text)
            score = context.comparator.similarity(old_text, new_text)
            own = context.comparator.similarity(own_old[1].text, own_new[1].text)
            alike = max(context.options.similar_threshold, own + context.options.split_gain)
            if score >= alike and (best is None or score > best[0]):
                best = (score, section, partner, own_old[1], own_new[1])
    return best


_WORD = re.compile(r"\w*[^\W_]\w*")
"""A word: a run of word characters (a token of :func:`~versioning.diff.tokens.word_tokens`) with a letter or
digit in it."""


class _WordCounts:
    """The words of each text (its tokens with a letter or digit: ``Secretary-General`` is two), counted
    once per diff."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def of(self, text: str) -> int:
        """How many words ``text`` has."""
        count = self._counts.get(text)
        if count is None:
            count = len(_WORD.findall(text))
            self._counts[text] = count
        return count


def _displace_across_sections(
    result: dict[str, list[Change]],
    old_by_id: Mapping[str, tuple[str, Paragraph]],
    new_by_id: Mapping[str, tuple[str, Paragraph]],
    contexts: Mapping[str, ClauseContext],
    words: _WordCounts,
) -> set[str]:
    """A clause removed from one section that is clearly more like a clause of the other section than that
    clause's own partner is (by ``split_gain`` at least, and alike enough to pair at all) takes its place:
    "Decides that the Commission ... will give due consideration to the report" (op11) is recalled as
    "Recalling also that, in its resolution 79/186, it decided that the Commission ... would give due
    consideration to the report" (pp9), which the engine had paired with the old pp9 that only ended so.
    The displaced partner is removed; the ids of the displaced are returned."""
    displaced: set[str] = set()
    for old_section in list(result):
        for change in list(result[old_section]):
            if change.kind != "removed" or change.old_id is None or change.old_id not in old_by_id:
                continue
            before = old_by_id[change.old_id][1]
            if words.of(before.text) < contexts[old_section].options.overrule_words:
                continue
            best = _overruled_partner(
                before, old_section, result, old_by_id, new_by_id, contexts, words, free_is_old=True
            )
            if best is None:
                continue
            score, new_section, partner, freed, after = best
            context = contexts[new_section]
            moved = _moved_across(before, after, old_section, round(score, 4), context)
            result[old_section] = [c for c in result[old_section] if c is not change]
            result[new_section] = [
                replacement
                for c in result[new_section]
                for replacement in ((moved, removed_change(freed, context)) if c is partner else (c,))
            ]
            displaced.add(str(freed.id))
    return displaced


def _moved_across(
    old: Paragraph, new: Paragraph, old_section: str, score: float, context: ClauseContext
) -> Change:
    """A clause moved from ``old_section`` into ``context.section``: its change, substantive, the crossing
    named first in the reason and the change of words after it."""
    (change,) = paired_change(old, new, Pair(-1, -1, "similar", score, moved=True), context)
    crossing = Finding("section", f"from {_PART_NAMES[old_section]} to {_PART_NAMES[context.section]}")
    judged = context.comparator.judged_words(old.text, new.text)
    words = word_findings(judged, context.names) if change.text_changed else []
    verdict = judge([crossing, *words])
    assert verdict is not None
    return replace(change, change_class=verdict.change_class, reason=verdict.reason)
