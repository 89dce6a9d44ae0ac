"""Changes of clauses: preambular and operative paragraphs (with their sub-paragraphs) and footnotes.

Each list is aligned by content (:mod:`versioning.diff.align`), a clause by its own words; each pair, group
and leftover becomes a :class:`Change`.  Sub-paragraphs are aligned inside their paired parent, so that
renumbering ``op3`` to ``op4`` does not list its unchanged sub-paragraphs (``op3.a`` is ``op4.a``).
Changes are listed in the order of the new edition, a removed clause where it stood, each clause followed
by its sub-paragraphs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz.distance import Indel

from versioning.diff.align import Alignment, Group, Pair, align_clauses
from versioning.diff.changes import Change, DiffOp, LeadShift
from versioning.diff.class_rules import Finding, Verdict, edition_note_verdict, judge, structural_verdict
from versioning.diff.classify import judge_words, word_findings
from versioning.diff.evidence import ClauseEvidence, lead_stem
from versioning.diff.judge import citation_changes, judge_clause
from versioning.diff.leads import compare_leads, detect_lead
from versioning.diff.names import NameEvidence
from versioning.diff.options import DiffOptions
from versioning.diff.parts import cut_other_side, joined
from versioning.diff.tokens import TokenCodec, tokenize, word_tokens
from versioning.diff.words import clean_up_for_people, diff_encoded, diff_words
from versioning.identifiers import ClauseId
from versioning.model import Footnote, Paragraph


class Comparator:
    """Word diffs and similarities of texts within one comparison, each pair of texts diffed once.

    Similarities are computed by rapidfuzz's bit-parallel LCS (``Indel``) over the texts' word tokens, each
    token encoded as one character: the same measure as a word diff's kept tokens (twice the words kept in
    order over the words of both), tens of times faster than diffing, so that many candidate pairs can be
    compared; the word diff itself is computed only for the pairs that are reported.
    """

    def __init__(self) -> None:
        self._codec = TokenCodec()
        self._cache: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self._words: dict[str, str] = {}
        self._tokens: dict[str, str] = {}

    def _encoded(self, old: str, new: str) -> list[tuple[int, str]]:
        encoded = self._cache.get((old, new))
        if encoded is None:
            encoded = diff_encoded(self._encoded_tokens(old), self._encoded_tokens(new))
            self._cache[old, new] = encoded
        return encoded

    def similarity(self, old: str, new: str) -> float:
        """The similarity of two texts (see :class:`DiffOptions`)."""
        return float(Indel.normalized_similarity(self._encoded_words(old), self._encoded_words(new)))

    def kept_words(self, old: str, new: str) -> float:
        """How many word tokens a word diff of the two texts keeps (their longest common subsequence)."""
        return float(Indel.similarity(self._encoded_words(old), self._encoded_words(new))) / 2

    def _encoded_tokens(self, text: str) -> str:
        """All the tokens of ``text`` (white space too), encoded: what a word diff compares."""
        return self._encoded_once(self._tokens, text, tokenize)

    def _encoded_words(self, text: str) -> str:
        """The word tokens of ``text``, encoded: what a similarity counts (its tokens without white space,
        so that a text compared and then diffed is cut into tokens once)."""
        encoded = self._words.get(text)
        if encoded is None:
            encoded = self._codec.without_spaces(self._encoded_tokens(text))
            self._words[text] = encoded
        return encoded

    def _encoded_once(self, cache: dict[str, str], text: str, split: Callable[[str], list[str]]) -> str:
        encoded = cache.get(text)
        if encoded is None:
            encoded = self._codec.encode(split(text))
            cache[text] = encoded
        return encoded

    def words(self, old: str, new: str) -> tuple[DiffOp, ...]:
        """The word-level edit from ``old`` to ``new``, cleaned up for people."""
        if old == new:
            return diff_words(old, new)
        return clean_up_for_people(list(self._encoded(old, new)), self._codec)


@dataclass(frozen=True, slots=True)
class ClauseContext:
    """What every clause comparison of one diff shares."""

    section: str
    options: DiffOptions
    comparator: Comparator
    footnote_map: Mapping[str, str]
    include_unchanged: bool
    names: NameEvidence | None = None


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
        ),
        old,
        new,
    )
    blocks: list[tuple[tuple[float, int], list[Change]]] = []
    for pair in alignment.pairs:
        block = _paired(old[pair.old], new[pair.new], pair, context)
        block.extend(diff_paragraphs(old[pair.old].subparagraphs, new[pair.new].subparagraphs, context))
        blocks.append(((pair.new, 0), block))
    for index in alignment.added:
        blocks.append(((index, 0), [_added(p, context) for p in new[index].walk()]))
    for group in alignment.groups:
        blocks.append(((group.new[0], 0), _grouped(group, old, new, context)))
    after = _removal_positions(alignment)
    for index in alignment.removed:
        blocks.append(((after[index], index), [_removed(p, context) for p in old[index].walk()]))
    blocks.sort(key=lambda entry: entry[0])
    return [change for _, block in blocks for change in block]


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
    displaced = _displace_across_sections(result, old_by_id, new_by_id, contexts)
    _claim_across_sections(result, old_by_id, new_by_id, contexts)
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
        merged = _grouped(group, old, new, context)
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
            if _word_count(after.text) < _OVERRULE_WORDS:
                continue
            best: tuple[float, str, Change, Paragraph, Paragraph] | None = None
            for old_section, section_changes in result.items():
                if old_section == new_section:
                    continue
                context = contexts[new_section]
                for partner in section_changes:
                    own_old = old_by_id.get(partner.old_id or "")
                    own_new = new_by_id.get(partner.new_id or "")
                    if partner.kind not in ("modified", "moved") or own_old is None or own_new is None:
                        continue
                    if own_new[0] != old_section:
                        continue
                    if _word_count(own_old[1].text) < _OVERRULE_WORDS:
                        continue
                    score = context.comparator.similarity(own_old[1].text, after.text)
                    own = context.comparator.similarity(own_old[1].text, own_new[1].text)
                    alike = max(context.options.similar_threshold, own + context.options.split_gain)
                    if score >= alike and (best is None or score > best[0]):
                        best = (score, old_section, partner, own_old[1], own_new[1])
            if best is None:
                continue
            score, old_section, partner, before, freed = best
            moved = _moved_across(before, after, old_section, round(score, 4), contexts[new_section])
            result[new_section] = [moved if c is change else c for c in result[new_section]]
            result[old_section] = [
                _added(freed, contexts[old_section]) if c is partner else c for c in result[old_section]
            ]


_OVERRULE_WORDS = 12
"""The fewest words a clause must have for its likeness to a clause of the other section to overrule that
clause's partner in its own: a formula of a few words ("Taking note of the report of the Secretary-General")
is like too many clauses for a few points of likeness to tell."""


def _word_count(text: str) -> int:
    """The words of ``text`` (its tokens with a letter or digit: ``Secretary-General`` is two)."""
    return sum(1 for token in word_tokens(text) if any(character.isalnum() for character in token))


def _displace_across_sections(
    result: dict[str, list[Change]],
    old_by_id: Mapping[str, tuple[str, Paragraph]],
    new_by_id: Mapping[str, tuple[str, Paragraph]],
    contexts: Mapping[str, ClauseContext],
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
            if _word_count(before.text) < _OVERRULE_WORDS:
                continue
            best: tuple[float, str, Change, Paragraph, Paragraph] | None = None
            for new_section, section_changes in result.items():
                if new_section == old_section:
                    continue
                context = contexts[new_section]
                for partner in section_changes:
                    own_old = old_by_id.get(partner.old_id or "")
                    own_new = new_by_id.get(partner.new_id or "")
                    if partner.kind not in ("modified", "moved") or own_old is None or own_new is None:
                        continue
                    if own_old[0] != new_section:
                        continue
                    if _word_count(own_new[1].text) < _OVERRULE_WORDS:
                        continue
                    score = context.comparator.similarity(before.text, own_new[1].text)
                    own = context.comparator.similarity(own_old[1].text, own_new[1].text)
                    alike = max(context.options.similar_threshold, own + context.options.split_gain)
                    if score >= alike and (best is None or score > best[0]):
                        best = (score, new_section, partner, own_old[1], own_new[1])
            if best is None:
                continue
            score, new_section, partner, freed, after = best
            context = contexts[new_section]
            moved = _moved_across(before, after, old_section, round(score, 4), context)
            result[old_section] = [c for c in result[old_section] if c is not change]
            result[new_section] = [
                replacement
                for c in result[new_section]
                for replacement in ((moved, _removed(freed, context)) if c is partner else (c,))
            ]
            displaced.add(str(freed.id))
    return displaced


def _moved_across(
    old: Paragraph, new: Paragraph, old_section: str, score: float, context: ClauseContext
) -> Change:
    """A clause moved from ``old_section`` into ``context.section``: its change, substantive, the crossing
    named first in the reason and the change of words after it."""
    (change,) = _paired(old, new, Pair(-1, -1, "similar", score, moved=True), context)
    crossing = Finding("section", f"from {_PART_NAMES[old_section]} to {_PART_NAMES[context.section]}")
    words = word_findings(change.words, context.names) if change.text_changed else []
    verdict = judge([crossing, *words])
    assert verdict is not None
    return replace(change, change_class=verdict.change_class, reason=verdict.reason)


def diff_footnotes(
    old: Sequence[Footnote], new: Sequence[Footnote], context: ClauseContext
) -> tuple[dict[str, str], list[Change]]:
    """Footnotes paired by content: the marker map (old marker -> new marker) and the changes.

    A footnote whose marker changed but whose text did not is ``renumbered``, which is not a change of
    substance (editorial).  A note marked with an asterisk speaks of the edition, not of the text (the
    reissue note, a draft's sponsors note): adding or removing one is ``routine``, like the edition
    metadata it goes with; adding or removing another note is substantive."""
    options = replace(context.options, max_split_parts=1)
    alignment = align_clauses(
        [note.text for note in old], [note.text for note in new], context.comparator.similarity, options,
        detect_moves=False,
    )  # fmt: skip
    marker_map = {old[pair.old].marker: new[pair.new].marker for pair in alignment.pairs}
    blocks: list[tuple[tuple[float, int], Change]] = []
    for pair in alignment.pairs:
        before, after = old[pair.old], new[pair.new]
        text_changed = before.text != after.text
        kind = "modified" if text_changed else "renumbered" if before.marker != after.marker else "unchanged"
        if kind == "unchanged" and not context.include_unchanged:
            continue
        words = context.comparator.words(before.text, after.text) if text_changed else ()
        verdict = (judge_words(words, context.names) if text_changed else None) or structural_verdict(
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


# -- one change per pair, addition, removal or group ----------------------------------------------------


def _lead_of(paragraph: Paragraph, section: str) -> str | None:
    """The paragraph's lead; where the scale knows a longer opening that starts with it (a parser's
    ``Also`` of ``Also reaffirms``), that one, so that the shift is measured on whole phrases."""
    detected = detect_lead(paragraph.text, section)
    if paragraph.lead is None:
        return detected
    if detected is not None and len(detected) > len(paragraph.lead) and detected.startswith(paragraph.lead):
        return detected
    return paragraph.lead


def _paired(old: Paragraph, new: Paragraph, pair: Pair, context: ClauseContext) -> list[Change]:
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
        words=words,
        lead=lead,
        word_diff=context.comparator.words,
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


def _added(paragraph: Paragraph, context: ClauseContext) -> Change:
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


def _removed(paragraph: Paragraph, context: ClauseContext) -> Change:
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


def _grouped(
    group: Group, old: Sequence[Paragraph], new: Sequence[Paragraph], context: ClauseContext
) -> list[Change]:
    """One change per part: for a split, per new part (each against the piece of the old clause that went
    to it); for a merge, per old part (each against its piece of the new clause).  Where the clause cannot
    be cut so (see :func:`_pieces`), each part is shown against the whole clause.  Every part has the
    class of the whole: of the edits of all its pieces, else of the old words against the new."""
    olds = [old[index] for index in group.old]
    news = [new[index] for index in group.new]
    whole_old = joined([paragraph.text for paragraph in olds])
    whole_new = joined([paragraph.text for paragraph in news])
    text_changed = whole_old != whole_new
    whole_words = context.comparator.words(whole_old, whole_new) if text_changed else ()
    pieces = _pieces(group, olds, news, whole_words, context.comparator) if text_changed else {}
    records = []
    for before in olds:
        for after in news:
            old_text = pieces.get(after.id, before.text) if group.kind == "split" else before.text
            new_text = pieces.get(before.id, after.text) if group.kind == "merged" else after.text
            records.append((before, after, old_text, new_text, context.comparator.words(old_text, new_text)))
    if pieces:  # judged on what each part became: the whole's diff puts words across the joints
        findings = [finding for *_, words in records for finding in word_findings(words, context.names)]
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


MAX_PIECES = 4
"""The most parts a clause is cut into for display (beyond, each part is shown against the whole clause)."""


def _pieces(
    group: Group,
    olds: Sequence[Paragraph],
    news: Sequence[Paragraph],
    whole_words: Sequence[DiffOp],
    comparator: Comparator,
) -> dict[ClauseId, str]:
    """For a split, the piece of the old clause that went to each new part (by the part's id); for a merge,
    the piece of the new clause each old part went to; empty when the clause cannot be cut so.

    The cut is where the diff of the whole puts the joints of the parts (:mod:`versioning.diff.parts`), and
    is kept only when each part keeps more of its words in its own piece than in any other, and the pieces
    in order keep more words of the parts than in any other order: where the parts' content crossed (the
    second old paragraph's words opening the merged one), the cut is not where the words went, and each
    part is shown against the whole clause."""
    splitting = group.kind == "split"
    parts, wholes = (news, olds) if splitting else (olds, news)
    if not 2 <= len(parts) <= MAX_PIECES or len(wholes) != 1:
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
    in_order = sum(table[index][index] for index in range(len(texts)))
    for order in itertools.permutations(range(len(texts))):
        if sum(table[index][piece] for index, piece in enumerate(order)) > in_order:
            return {}
    return {part.id: piece for part, piece in zip(parts, cut, strict=True)}


def _without_structured_groups(
    alignment: Alignment, old: Sequence[Paragraph], new: Sequence[Paragraph]
) -> Alignment:
    """Splits and merges are reported only for clauses without sub-paragraphs; others fall back to
    removals and additions."""
    kept, removed, added = [], list(alignment.removed), list(alignment.added)
    for group in alignment.groups:
        if any(old[i].subparagraphs for i in group.old) or any(new[j].subparagraphs for j in group.new):
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
