"""The tunables of the diff engine, in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """Thresholds of the clause alignment.  Every similarity is a ratio in [0, 1]: twice the word tokens
    the two texts share in order, over the word tokens of both (white space does not count).

    Attributes:
        similar_threshold: the lowest similarity at which two clauses that are not equal (even after
            editorial normalisation) are paired as one reworded clause; below it they are a removal and an
            addition.  0.5 means at least half of the words are kept.
        in_order_threshold: the similarity at or above which the clauses of a gap between identical
            clauses, as many on each side, are paired in order without being compared across (paragraphs
            reworded in place); 0.8 means four words in five kept.
        split_gain: how much more similar (in similarity points) an old clause must be to several
            consecutive new clauses taken together than to its best single partner before it is reported
            as split (and, the other way round, merged); the same margin lets a clause of the other section
            (preamble or operative part) take a clause from its partner, and a clause so freed merge into
            its neighbour's partner (:mod:`versioning.diff.across`).  0.1 is ten points.
        max_split_parts: the most clauses one clause may be split into or merged from (a count).
        max_gap_comparisons: the most clause-to-clause similarity computations made inside one gap between
            identical clauses (a count); a larger gap is compared only near its diagonal, in a band of
            ``gap_band`` clauses, so that the cost stays linear in the number of clauses.
        gap_band: the half-width of that band (a count of clauses).
        max_move_comparisons: the most similarity computations made to find clauses that were both moved
            and reworded, among the clauses left unpaired after the gaps (a count).
        min_similarity: the lowest word similarity at which the other evidence of
            :mod:`versioning.diff.evidence` (same lead, shared names) counts at all; below it two clauses
            are never paired on that evidence (but see ``named_min_similarity``); at it, the one old and the
            one new clause left between paired neighbours, with the same lead and a name in common, are one
            clause rewritten in its place.  0.25 is one word in four kept.
        named_min_similarity: the lowest word similarity at which that one old and one new clause are
            still one clause rewritten in its place when the names they share weigh the whole
            ``names_weight`` (a list of resolutions cut to the one it still recalls, whose words the cut
            took).  0.125 is one word in eight.
        lead_weight: what the same opening phrase adds to the similarity of two clauses (points of
            similarity, as ``similar_threshold``).
        names_weight: what sharing rare names adds at most (names, numbers and dates that few other clauses
            name; see :mod:`versioning.diff.evidence`).
        names_for_full_weight: how many names that no other clause names two clauses must share for the
            whole ``names_weight`` (a count; commoner names count for less).
        overrule_words: the fewest words a clause must have for its likeness to a clause of the other
            section to overrule that clause's partner in its own: a formula of a few words ("Taking note of
            the report of the Secretary-General") is like too many clauses for a few points of likeness to
            tell (a count).

    ``similar_threshold`` and ``in_order_threshold`` apply to the word similarity plus that evidence.  The
    values are calibrated on the labelled real pairs of ``tests/labelled_pairs`` (``scripts/score_pairs.py``).
    """

    similar_threshold: float = 0.5
    in_order_threshold: float = 0.8
    split_gain: float = 0.1
    max_split_parts: int = 3
    max_gap_comparisons: int = 10_000
    gap_band: int = 8
    max_move_comparisons: int = 10_000
    min_similarity: float = 0.25
    named_min_similarity: float = 0.125
    lead_weight: float = 0.1
    names_weight: float = 0.15
    names_for_full_weight: int = 3
    overrule_words: int = 12

    @property
    def max_bonus(self) -> float:
        """The most the evidence besides words can add to a similarity."""
        return self.lead_weight + self.names_weight

    def __post_init__(self) -> None:
        for name in ("similar_threshold", "in_order_threshold", "min_similarity", "named_min_similarity"):
            if not 0.0 < getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be in (0, 1]")
        if self.max_split_parts < 1 or self.gap_band < 0:
            raise ValueError("max_split_parts must be at least 1 and gap_band at least 0")
