"""The split and merge stage of an alignment (:mod:`versioning.diff.align`): an old clause whose words are
spread over several consecutive new clauses (or the reverse) becomes one group rather than a removal and
additions; so does a clause made of its partner and the free neighbour of that partner which gives what the
partner leaves unexplained.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from versioning.diff.align_state import AlignmentState, Group, Pair
from versioning.diff.tokens import word_tokens


class GroupFinding(AlignmentState):
    """The alignment's split and merge stage."""

    def find_splits_and_merges(self) -> None:
        if self.options.max_split_parts < 2:
            return
        if len(self.new_partner) < len(self.new):  # a split leaves a new clause to take
            for i in range(len(self.old)):
                self._try_group(i, split=True)
        if len(self.old_partner) < len(self.old):  # a merge, an old one
            for j in range(len(self.new)):
                self._try_group(j, split=False)

    def _parts_similarity(
        self, index: int, window: tuple[int, ...], split: bool, here_bag: Counter[str], far_bag: Counter[str]
    ) -> float:
        """The similarity of a clause to several clauses taken as parts in any order (a merge may put the
        second part's words first): the words each part shares in order with the clause, added up, and
        bounded by the words they share at all.  0 unless every part, on its own, is like the clause enough
        to be paired with it (its words and the other evidence: a part must be a part, not a neighbour)."""
        matched = 0.0
        for position in window:
            i, j = (index, position) if split else (position, index)
            part, affinity = self._affinity(i, j, filtered=False)
            if affinity < self.options.similar_threshold:
                return 0.0
            part_bag = self._bag(1 if split else 0, position)
            matched += part * (here_bag.total() + part_bag.total()) / 2
        total = here_bag.total() + far_bag.total()
        shared = (here_bag & far_bag).total()
        return 2 * min(matched, shared) / total if total else 0.0

    def _free_run(self, center: int, split: bool) -> list[int]:
        """The indices on the far side around ``center``'s partner (or gap) that a group may take."""
        side_partner = self.new_partner if split else self.old_partner
        side_grouped = self.grouped_new if split else self.grouped_old
        size = len(self.new) if split else len(self.old)
        here_partner = self.old_partner.get(center) if split else self.new_partner.get(center)
        if here_partner is not None:
            anchor = here_partner.new if split else here_partner.old
        else:
            anchor = self._expected_position(center, split)
        run: list[int] = []
        for step in (-1, 1):
            position = anchor if step == 1 else anchor - 1
            while 0 <= position < size and len(run) < 2 * self.options.max_split_parts:
                pair = side_partner.get(position)
                own = pair is not None and (pair.old if split else pair.new) == center
                if position in side_grouped or (pair is not None and not own):
                    break
                run.append(position)
                position += step
        return sorted(run)

    def _expected_position(self, index: int, split: bool) -> int:
        """Where ``index`` would sit on the other side: just after the partner of its nearest paired
        predecessor."""
        near = self.old_partner if split else self.new_partner
        for previous in range(index - 1, -1, -1):
            pair = near.get(previous)
            if pair is not None:
                return (pair.new if split else pair.old) + 1
        return 0

    def _try_group(self, index: int, split: bool) -> None:
        if index in (self.grouped_old if split else self.grouped_new):
            return
        current = self.old_partner.get(index) if split else self.new_partner.get(index)
        if current is not None and current.match != "similar":
            return
        run = self._free_run(index, split)
        if len(run) < 2:
            return
        if not self._group_by_similarity(index, split, current, run) and current is not None:
            self._group_absorbed(index, split, current, run)

    def _group_by_similarity(self, index: int, split: bool, current: Pair | None, run: list[int]) -> bool:
        """Group ``index`` with a window of ``run`` when the window is more like it, taken together, than
        its partner alone by ``split_gain``; True when it did."""
        here_side, far_side = (0, 1) if split else (1, 0)
        here = self.old[index] if split else self.new[index]
        far = self.new if split else self.old
        baseline = (current.score or 0.0) if current is not None else 0.0
        needed = max(self.options.similar_threshold, baseline + self.options.split_gain)
        whole = self._whole(here_side, index)
        whole_needed = needed
        if whole is not None and current is not None:
            partner = far[current.new if split else current.old]
            whole_needed = max(needed, self._similarity(here_side, whole, partner) + self.options.split_gain)
        if min(needed, whole_needed) > 1.0:
            return False
        here_bag = self._bag(here_side, index)
        whole_bag = Counter(word_tokens(whole)) if whole is not None else None
        best: tuple[float, float, tuple[int, ...]] | None = None
        anchor = None if current is None else (current.new if split else current.old)
        for start in range(len(run)):
            for length in range(2, self.options.max_split_parts + 1):
                window = tuple(run[start : start + length])
                if len(window) < length or window[-1] - window[0] != length - 1:
                    break
                if anchor is not None and anchor not in window:
                    continue
                far_bag: Counter[str] = Counter()
                for position in window:
                    far_bag.update(self._bag(far_side, position))
                joined = " ".join(far[position] for position in window)
                if (
                    whole is not None
                    and whole_bag is not None
                    and self._without_lists(far_side, window)
                    and _bag_bound(whole_bag, far_bag) >= whole_needed
                ):
                    # its list went into their running text: the clause is read with its sub-paragraphs
                    score = self._similarity(here_side, whole, joined)
                    if best is None or score - whole_needed > best[0]:
                        best = (score - whole_needed, score, window)
                if _bag_bound(here_bag, far_bag) < needed:
                    continue
                score = self._similarity(here_side, here, joined)
                score = max(score, self._parts_similarity(index, window, split, here_bag, far_bag))
                if best is None or score - needed > best[0]:
                    best = (score - needed, score, window)
        if best is None or best[0] < 0:
            return False
        _, score, window = best
        self._make_group(index, split, current, window, score)
        return True

    def _without_lists(self, side: int, window: tuple[int, ...]) -> bool:
        """True when no clause of ``window`` (of side ``side``) has sub-paragraphs."""
        return all(self._whole(side, position) is None for position in window)

    def _whole(self, side: int, index: int) -> str | None:
        """A clause's words with its sub-paragraphs' (``None`` when it has none)."""
        return None if self.wholes is None else self.wholes[side][index]

    def _similarity(self, here_side: int, here: str, other: str) -> float:
        """The similarity of a clause of side ``here_side`` and a text of the other side, old first."""
        return self.similarity(here, other) if here_side == 0 else self.similarity(other, here)

    def _group_absorbed(self, index: int, split: bool, current: Pair, run: list[int]) -> None:
        """Group ``index`` with its partner and the free clause next to the partner whose words make up what
        the partner leaves unexplained: a short paragraph folded into its reworded neighbour ("Recalling also
        the applicable provisions of its resolution 56/119" becoming ", as well as the applicable provisions
        of its resolution 56/119" at the end of the paragraph before), which the similarity of the whole
        cannot show when the neighbour is long, or whose own dropped words weigh against it ("Reiterates
        its invitation to Member States to be represented ... at the highest possible level, for example,
        by Heads of State ..." joining the next invitation).  The part must give, in order, at least
        ``split_gain`` of the clause's words and ``_ABSORBED_SHARE`` of the words the partner leaves
        unexplained (the clause is its partner and this part), and a quarter of its own words at least (a
        long neighbour that only repeats a name the clause keeps is not a part of it)."""
        here_bag = self._bag(0 if split else 1, index)
        anchor = current.new if split else current.old
        minimum = self.options.split_gain * here_bag.total()
        candidates = [
            position
            for position in (anchor - 1, anchor + 1)
            if position in run and (self._bag(1 if split else 0, position) & here_bag).total() >= minimum
        ]
        if not candidates:
            return
        far = self.new if split else self.old
        here_words = self._words(0 if split else 1, index)
        matched = _lcs_positions(here_words, self._words(1 if split else 0, anchor))
        if len(here_words) - len(matched) < minimum:
            return
        window = [anchor]
        for position in candidates:
            residue = [at for at in range(len(here_words)) if at not in matched]
            part = self._words(1 if split else 0, position)
            taken = _lcs_positions([here_words[at] for at in residue], part)
            if len(taken) >= max(minimum, _ABSORBED_SHARE * len(residue), len(part) / 4):
                matched |= {residue[at] for at in taken}
                window.append(position)
        if len(window) < 2:
            return
        window.sort()
        joined = " ".join(far[position] for position in window)
        here = self.old[index] if split else self.new[index]
        score = self.similarity(here, joined) if split else self.similarity(joined, here)
        self._make_group(index, split, current, tuple(window), score)

    def _make_group(
        self, index: int, split: bool, current: Pair | None, window: tuple[int, ...], score: float
    ) -> None:
        if current is not None:
            self._remove(current)
        if split:
            self.groups.append(Group("split", (index,), window, round(score, 4)))
            self.grouped_old.add(index)
            self.grouped_new.update(window)
        else:
            self.groups.append(Group("merged", window, (index,), round(score, 4)))
            self.grouped_new.add(index)
            self.grouped_old.update(window)


_ABSORBED_SHARE = 0.8
"""How much of what a clause's partner leaves unexplained a neighbour must give for the three to be one
merge (or split): four words in five.  On the real pairs, a paragraph folded into its neighbour gives 0.82
and 1.0 of it; a neighbour that only shares a formula with it, 0.67 and less
(``tests/test_diff_align.py``)."""


def _lcs_positions(first: Sequence[str], second: Sequence[str]) -> set[int]:
    """The positions in ``first`` of one longest common subsequence of the two token lists (rapidfuzz's
    bit-parallel ``Indel``)."""
    return {
        position
        for block in Indel.opcodes(first, second)
        if block.tag == "equal"
        for position in range(block.src_start, block.src_end)
    }


def _bag_bound(first: Counter[str], second: Counter[str]) -> float:
    """An upper bound of the similarity of two texts from their bags of words (order ignored)."""
    total = first.total() + second.total()
    if total == 0:
        return 1.0
    return 2 * (first & second).total() / total
