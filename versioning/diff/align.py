"""Clause alignment: pair the clauses of two editions by content, not by number.

Stages, each on what the previous one left:

1. **exact**: identical texts are paired (in order, when a text occurs more than once), by hash;
2. **normalised**: texts equal after editorial normalisation are paired the same way;
3. **similar, inside the gaps**: the paired clauses that keep their order (a longest increasing
   subsequence) cut both editions into gaps; a gap of as many old as new clauses, each very like its
   counterpart in order, is paired in order at once; otherwise clauses are paired by similarity, in order,
   maximising the total of what each pair is more alike than the similarity threshold (a small dynamic
   programme), so that one clearly right pair is not outweighed by two doubtful ones in its place; a
   clause cut down in its place (the shorter's words nearly all kept in the longer) counts as alike enough
   when other evidence backs it;
4. **similar, anywhere**: clauses still unpaired are paired across gaps (a clause both moved and reworded);
5. **split and merged**: an old clause whose words are spread over several consecutive new clauses (or the
   reverse) becomes one group rather than a removal and additions; so does a clause made of its partner and
   the free neighbour of that partner which gives what the partner leaves unexplained; a clause with
   sub-paragraphs is read with them (its ``wholes`` text) against parts that have none, its list having
   gone into their running text;
6. **rewritten in place**: where one old and one new clause are left between the same paired neighbours
   and open with the same lead, they are one clause rewritten in its place when they name something in
   common and at least ``min_similarity`` of their words are kept (half as many when they share names no
   other clause names); an unrelated clause in the same place ("Invites the United Nations and the ...
   Organization to continue their cooperation" -> "Invites Member States to contribute to the trust
   fund") names nothing the other does;
7. **moves**: of all pairs, those outside a longest increasing subsequence of positions are ``moved``; the
   others kept their place relative to their neighbours, even when their number changed.

Comparing by similarity only inside the gaps keeps the cost about linear in the number of clauses when two
editions differ in a few places.  The split and merge stage is :mod:`versioning.diff.align_groups`; what
the stages share (the pairs so far, the words and similarity of two clauses) is
:mod:`versioning.diff.align_state`.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Sequence

from versioning.diff.align_groups import GroupFinding
from versioning.diff.align_state import (
    Alignment,
    Bonus,
    Group,
    Pair,
    Similarity,
    increasing_subsequence,
)
from versioning.diff.normalise import editorial_key
from versioning.diff.options import DiffOptions

__all__ = ["Alignment", "Bonus", "Group", "Pair", "Similarity", "align_clauses", "increasing_subsequence"]


def align_clauses(
    old: Sequence[str],
    new: Sequence[str],
    similarity: Similarity,
    options: DiffOptions,
    *,
    detect_moves: bool = True,
    bonus: Bonus | None = None,
    same_lead: Callable[[int, int], bool] | None = None,
    wholes: tuple[Sequence[str | None], Sequence[str | None]] | None = None,
) -> Alignment:
    """Align two sequences of clause texts (see the module docstring for the stages).

    ``bonus`` adds other evidence than words (same lead, shared names) to the similarity by which clauses
    are paired, for pairs whose words are at least ``options.min_similarity`` alike; ``same_lead`` tells
    whether old clause ``i`` and new clause ``j`` open with the same lead (a variant of it), for the one
    clause rewritten in its place; ``wholes`` gives, for each old and each new clause, its words with its
    sub-paragraphs' (``None`` for a clause without any), which the split and merge stage reads.
    """
    state = _State(old, new, similarity, options, bonus, same_lead, wholes)
    state.pair_equal(lambda text: text, "exact")
    state.pair_equal(editorial_key, "normalised")
    state.pair_similar_in_gaps()
    state.pair_similar_anywhere()
    state.find_splits_and_merges()
    state.pair_rewritten_in_place()
    return state.result(detect_moves)


class _State(GroupFinding):
    """The alignment being built, stage by stage (see the module docstring)."""

    def pair_equal(self, key: Callable[[str], str], match: str) -> None:
        if self._one_side_paired():
            return  # nothing left to pair
        waiting: defaultdict[str, deque[int]] = defaultdict(deque)
        for index, text in enumerate(self.old):
            if index not in self.old_partner:
                waiting[key(text)].append(index)
        for index, text in enumerate(self.new):
            if index in self.new_partner:
                continue
            queue = waiting.get(key(text))
            if queue:
                self._add(Pair(queue.popleft(), index, match, None if match == "exact" else 1.0))

    def _one_side_paired(self) -> bool:
        return len(self.old_partner) in (len(self.old), len(self.new))

    def pair_similar_in_gaps(self) -> None:
        if self._one_side_paired():
            return
        for old_gap, new_gap in self._gaps():
            if old_gap and new_gap:
                self._pair_gap(old_gap, new_gap)

    def pair_similar_anywhere(self) -> None:
        if self._one_side_paired():
            return
        old_left = [i for i in range(len(self.old)) if i not in self.old_partner]
        new_left = [j for j in range(len(self.new)) if j not in self.new_partner]
        if not old_left or not new_left or len(old_left) * len(new_left) > self.options.max_move_comparisons:
            return
        candidates = []
        for i in old_left:
            for j in new_left:
                score, affinity = self._affinity(i, j)
                if affinity >= self.options.similar_threshold:
                    candidates.append((-affinity, -score, i, j))
        for _, negative_score, i, j in sorted(candidates):
            if i not in self.old_partner and j not in self.new_partner:
                self._add(Pair(i, j, "similar", round(-negative_score, 4)))

    def pair_rewritten_in_place(self) -> None:
        if self._one_side_paired():
            return
        for old_gap, new_gap in self._gaps():
            old_left = [i for i in old_gap if i not in self.grouped_old]
            new_left = [j for j in new_gap if j not in self.grouped_new]
            if len(old_left) == len(new_left) == 1:
                self._pair_rewritten_in_place(old_left[0], new_left[0])

    def result(self, detect_moves: bool) -> Alignment:
        pairs = sorted(self.old_partner.values(), key=lambda pair: pair.old)
        if detect_moves:
            kept = increasing_subsequence([pair.new for pair in pairs])
            pairs = [
                pair if position in kept else Pair(pair.old, pair.new, pair.match, pair.score, moved=True)
                for position, pair in enumerate(pairs)
            ]
        removed = tuple(
            i for i in range(len(self.old)) if i not in self.old_partner and i not in self.grouped_old
        )
        added = tuple(
            j for j in range(len(self.new)) if j not in self.new_partner and j not in self.grouped_new
        )
        return Alignment(tuple(pairs), tuple(self.groups), removed, added)

    def _pair_gap(self, old_gap: list[int], new_gap: list[int]) -> None:
        rows, columns = len(old_gap), len(new_gap)
        if rows == columns and self._pair_in_order(old_gap, new_gap):
            return
        banded = rows * columns > self.options.max_gap_comparisons
        threshold = self.options.similar_threshold
        # best[r][c]: the best total similarity pairing old_gap[:r] with new_gap[:c] in order.
        best = [[0.0] * (columns + 1) for _ in range(rows + 1)]
        scores: dict[tuple[int, int], tuple[float, float]] = {}
        similarity, band = self.similarity, self.options.gap_band
        hopeless = min(self.floor, threshold)  # below it, neither words nor other evidence can pair
        new_texts = [self.new[j] for j in new_gap]
        for r in range(1, rows + 1):
            old_text = self.old[old_gap[r - 1]]
            for c in range(1, columns + 1):
                value = max(best[r - 1][c], best[r][c - 1])
                if not banded or abs((r - 1) * columns / rows - (c - 1)) <= band:
                    score = similarity(old_text, new_texts[c - 1])
                    if score < hopeless:
                        best[r][c] = value
                        continue
                    score, affinity = self._affinity(old_gap[r - 1], new_gap[c - 1], score=score)
                    if affinity >= threshold:
                        gain = affinity - threshold + _PAIR_FLOOR
                        scores[r, c] = (score, gain)
                        value = max(value, best[r - 1][c - 1] + gain)
                best[r][c] = value
        r, c = rows, columns
        while r and c:
            cell = scores.get((r, c))
            if cell is not None and best[r][c] == best[r - 1][c - 1] + cell[1]:
                self._add(Pair(old_gap[r - 1], new_gap[c - 1], "similar", round(cell[0], 4)))
                r, c = r - 1, c - 1
            elif best[r][c] == best[r - 1][c]:
                r -= 1
            else:
                c -= 1

    def _pair_rewritten_in_place(self, i: int, j: int) -> bool:
        """Pair the one old and the one new clause of a gap when they open with the same lead, name something
        in common (a name, number or date of the evidence's) and keep at least ``min_similarity`` of their
        words: one clause rewritten in its place among unchanged
        neighbours ("Noting also the vision ... of the Paris 2024 ... Games" -> "Noting also that the vision
        of the Milano-Cortina 2026 ... Winter Games acknowledges ...", A/RES/78/10 pp12 against its
        successor, a held-back pair), as an editor reads it, not a removal and an unrelated addition."""
        if self.same_lead is None or not self.same_lead(i, j) or self.bonus is None:
            return False
        if self.bonus(i, j) <= self.options.lead_weight:  # the lead alone: they name nothing in common
            return False
        score = self._score(i, j)
        if score < self.options.min_similarity and not self._named_alike(i, j, score):
            return False
        self._add(Pair(i, j, "similar", round(score, 4)))
        return True

    def _named_alike(self, i: int, j: int, score: float) -> bool:
        """True when two clauses share, besides their lead, names no other clause names, in full weight (a
        symbol and its date: "Recalling also ... Council resolutions 1989/62 ..., 2013/38 ... and 2019/23
        of 23 July 2019 on ..." cut to "Recalling also ... Council resolution 2019/23 of 23 July 2019,
        entitled ..."), and keep at least ``named_min_similarity`` of their words: the list cut to the
        one document it still recalls, whose words the cut took."""
        if self.bonus is None or score < self.options.named_min_similarity:
            return False
        return self.bonus(i, j) >= self.options.max_bonus - 1e-9

    def _pair_in_order(self, old_gap: list[int], new_gap: list[int]) -> bool:
        """Pair a gap's clauses in order when each is at least ``in_order_threshold`` like its counterpart
        (the common case of paragraphs reworded in place), without comparing across; else pair nothing."""
        floor = max(self.options.in_order_threshold, self.options.similar_threshold)
        scores = []
        for i, j in zip(old_gap, new_gap, strict=True):
            score = self._score(i, j, filtered=len(old_gap) > 1)
            # The other evidence is read only when the words alone fall short: it can only add.
            if score < floor and self._affinity(i, j, score=score)[1] < floor:
                return False
            scores.append(score)
        for i, j, score in zip(old_gap, new_gap, scores, strict=True):
            self._add(Pair(i, j, "similar", round(score, 4)))
        return True


_PAIR_FLOOR = 0.01
"""What a pair at the similarity threshold itself gains in the alignment of a gap: a pair counts by how
much it is more alike than two unrelated clauses, so one clearly right pair is not outweighed by two
doubtful ones in its place."""
