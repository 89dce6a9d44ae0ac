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
   the free neighbour of that partner which gives what the partner leaves unexplained;
6. **rewritten in place**: where one old and one new clause are left between the same paired neighbours
   and open with the same lead, they are one clause rewritten in its place when they name something in
   common and at least ``min_similarity`` of their words are kept (half as many when they share names no
   other clause names); an unrelated clause in the same place ("Invites the United Nations and the ...
   Organization to continue their cooperation" -> "Invites Member States to contribute to the trust
   fund") names nothing the other does;
7. **moves**: of all pairs, those outside a longest increasing subsequence of positions are ``moved``; the
   others kept their place relative to their neighbours, even when their number changed.

Comparing by similarity only inside the gaps keeps the cost about linear in the number of clauses when two
editions differ in a few places.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from versioning.diff.normalise import editorial_key
from versioning.diff.options import DiffOptions
from versioning.diff.tokens import word_tokens

Similarity = Callable[[str, str], float]
"""A similarity function of two texts, in [0, 1] (see :class:`DiffOptions`)."""

Bonus = Callable[[int, int], float]
"""What other evidence than words adds to the similarity of old clause ``i`` and new clause ``j``
(:mod:`versioning.diff.evidence`)."""


@dataclass(frozen=True, slots=True)
class Pair:
    """Old clause ``old`` (an index) paired with new clause ``new``; how, and whether it moved."""

    old: int
    new: int
    match: str
    score: float | None = None
    moved: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """A split (one old clause, several new) or a merge (several old, one new), with its similarity."""

    kind: str
    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result: pairs and groups, and the indices left over on each side (removed and added)."""

    pairs: tuple[Pair, ...]
    groups: tuple[Group, ...]
    removed: tuple[int, ...]
    added: tuple[int, ...]


def align_clauses(
    old: Sequence[str],
    new: Sequence[str],
    similarity: Similarity,
    options: DiffOptions,
    *,
    detect_moves: bool = True,
    bonus: Bonus | None = None,
    same_lead: Callable[[int, int], bool] | None = None,
) -> Alignment:
    """Align two sequences of clause texts (see the module docstring for the stages).

    ``bonus`` adds other evidence than words (same lead, shared names) to the similarity by which clauses
    are paired, for pairs whose words are at least ``options.min_similarity`` alike; ``same_lead`` tells
    whether old clause ``i`` and new clause ``j`` open with the same lead (a variant of it), for the one
    clause rewritten in its place.
    """
    state = _State(old, new, similarity, options, bonus, same_lead)
    state.pair_equal(lambda text: text, "exact")
    state.pair_equal(editorial_key, "normalised")
    state.pair_similar_in_gaps()
    state.pair_similar_anywhere()
    state.find_splits_and_merges()
    state.pair_rewritten_in_place()
    return state.result(detect_moves)


def increasing_subsequence(values: Sequence[int]) -> set[int]:
    """The positions (in ``values``) of one longest strictly increasing subsequence, chosen
    deterministically."""
    tails: list[int] = []
    tail_positions: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_positions.append(position)
        else:
            tails[slot] = value
            tail_positions[slot] = position
        previous[position] = tail_positions[slot - 1] if slot else -1
    chosen: set[int] = set()
    position = tail_positions[-1] if tail_positions else -1
    while position >= 0:
        chosen.add(position)
        position = previous[position]
    return chosen


class _State:
    """The alignment being built: partners on both sides, plus groups."""

    def __init__(
        self,
        old: Sequence[str],
        new: Sequence[str],
        similarity: Similarity,
        options: DiffOptions,
        bonus: Bonus | None = None,
        same_lead: Callable[[int, int], bool] | None = None,
    ):
        self.old, self.new = old, new
        self.similarity = similarity
        self.options = options
        self.bonus = bonus
        self.same_lead = same_lead
        # Word similarity below this cannot reach the pairing threshold, even with the other evidence.
        reach = options.similar_threshold - (options.max_bonus if bonus is not None else 0.0)
        self.floor = max(reach, options.min_similarity if bonus is not None else 0.0)
        self.old_partner: dict[int, Pair] = {}
        self.new_partner: dict[int, Pair] = {}
        self.grouped_old: set[int] = set()
        self.grouped_new: set[int] = set()
        self.groups: list[Group] = []
        self._bags: dict[tuple[int, int], Counter[str]] = {}
        self._word_lists: dict[tuple[int, int], list[str]] = {}

    # -- stages ------------------------------------------------------------------------------------------

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

    def find_splits_and_merges(self) -> None:
        if self.options.max_split_parts < 2:
            return
        if len(self.new_partner) < len(self.new):  # a split leaves a new clause to take
            for i in range(len(self.old)):
                self._try_group(i, split=True)
        if len(self.old_partner) < len(self.old):  # a merge, an old one
            for j in range(len(self.new)):
                self._try_group(j, split=False)

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

    # -- helpers -----------------------------------------------------------------------------------------

    def _add(self, pair: Pair) -> None:
        self.old_partner[pair.old] = pair
        self.new_partner[pair.new] = pair

    def _remove(self, pair: Pair) -> None:
        del self.old_partner[pair.old]
        del self.new_partner[pair.new]

    def _in_order_pairs(self) -> list[Pair]:
        pairs = sorted(self.old_partner.values(), key=lambda pair: pair.old)
        kept = increasing_subsequence([pair.new for pair in pairs])
        return [pair for position, pair in enumerate(pairs) if position in kept]

    def _gaps(self) -> Iterable[tuple[list[int], list[int]]]:
        previous_old = previous_new = -1
        for pair in [*self._in_order_pairs(), Pair(len(self.old), len(self.new), "end")]:
            old_gap = [i for i in range(previous_old + 1, pair.old) if i not in self.old_partner]
            new_gap = [j for j in range(previous_new + 1, pair.new) if j not in self.new_partner]
            yield old_gap, new_gap
            previous_old, previous_new = pair.old, pair.new

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

    def _bag(self, side: int, index: int) -> Counter[str]:
        bag = self._bags.get((side, index))
        if bag is None:
            bag = Counter(self._words(side, index))
            self._bags[side, index] = bag
        return bag

    def _words(self, side: int, index: int) -> list[str]:
        """The word tokens of a clause (side 0 old, 1 new), cut once."""
        words = self._word_lists.get((side, index))
        if words is None:
            words = word_tokens(self.old[index] if side == 0 else self.new[index])
            self._word_lists[side, index] = words
        return words

    def _score(self, i: int, j: int, *, filtered: bool = True) -> float:
        # The similarity is a bit-parallel LCS (see Comparator): cheaper than any filter in front of it.
        return self.similarity(self.old[i], self.new[j])

    def _affinity(
        self, i: int, j: int, *, filtered: bool = True, score: float | None = None
    ) -> tuple[float, float]:
        """The word similarity of two clauses (``score``, when already known), and that similarity with
        the other evidence added."""
        if score is None:
            score = self._score(i, j, filtered=filtered)
        if self.bonus is None or score < self.floor:
            return score, score
        bonus = self.bonus(i, j)
        affinity = score + bonus
        threshold = self.options.similar_threshold
        if affinity < threshold and bonus >= self.options.lead_weight and self._cut_down(i, j, score):
            affinity = threshold  # alike enough, and no more: any pair alike by its words wins over it
        return score, affinity

    def _cut_down(self, i: int, j: int, score: float) -> bool:
        """True when one clause is the other cut down (or grown) in its place: the shorter, a clause of its
        own (``_CUT_DOWN_WORDS`` words at least), keeps ``_CUT_DOWN_SHARE`` of its words in order in the
        longer ("Calls upon all States that have not yet done so to consider signing and ratifying ...,
        ideally before ..." cut to "... to consider becoming Parties to the Agreement"), which the
        similarity of the two, weighed down by the words the cut took, does not show."""
        old_words, new_words = len(self._words(0, i)), len(self._words(1, j))
        shorter = min(old_words, new_words)
        if shorter < _CUT_DOWN_WORDS:
            return False
        kept = score * (old_words + new_words) / 2  # the similarity is twice the words kept over both
        return kept >= _CUT_DOWN_SHARE * shorter

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
        here = self.old[index] if split else self.new[index]
        far = self.new if split else self.old
        baseline = (current.score or 0.0) if current is not None else 0.0
        needed = max(self.options.similar_threshold, baseline + self.options.split_gain)
        if needed > 1.0:
            return False
        here_bag = self._bag(0 if split else 1, index)
        best: tuple[float, tuple[int, ...]] | None = None
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
                    far_bag.update(self._bag(1 if split else 0, position))
                if _bag_bound(here_bag, far_bag) < needed:
                    continue
                joined = " ".join(far[position] for position in window)
                score = self.similarity(here, joined) if split else self.similarity(joined, here)
                score = max(score, self._parts_similarity(index, window, split, here_bag, far_bag))
                if best is None or score > best[0]:
                    best = (score, window)
        if best is None:
            return False
        score, window = best
        if score < needed:
            return False
        self._make_group(index, split, current, window, score)
        return True

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


_PAIR_FLOOR = 0.01
"""What a pair at the similarity threshold itself gains in the alignment of a gap: a pair counts by how
much it is more alike than two unrelated clauses, so one clearly right pair is not outweighed by two
doubtful ones in its place."""


_CUT_DOWN_WORDS = 12
"""The fewest words of the shorter clause for a cut to count: a formula of a few words ("Decides to remain
seized of the matter") is kept in many a longer paragraph."""
_CUT_DOWN_SHARE = 0.85
"""How much of the shorter clause the longer must keep, in order, for the two to be one clause cut down."""


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
