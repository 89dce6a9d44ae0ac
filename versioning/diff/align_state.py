"""The state of one alignment of clauses (:mod:`versioning.diff.align`): what it pairs and groups, and what
its stages read about two clauses (their words, their similarity and the other evidence).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

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


class AlignmentState:
    """The alignment being built: partners on both sides, plus groups; and the measures of two clauses."""

    def __init__(
        self,
        old: Sequence[str],
        new: Sequence[str],
        similarity: Similarity,
        options: DiffOptions,
        bonus: Bonus | None = None,
        same_lead: Callable[[int, int], bool] | None = None,
        wholes: tuple[Sequence[str | None], Sequence[str | None]] | None = None,
    ):
        self.old, self.new = old, new
        self.wholes = wholes
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


_CUT_DOWN_WORDS = 12
"""The fewest words of the shorter clause for a cut to count: a formula of a few words ("Decides to remain
seized of the matter") is kept in many a longer paragraph."""
_CUT_DOWN_SHARE = 0.85
"""How much of the shorter clause the longer must keep, in order, for the two to be one clause cut down."""
