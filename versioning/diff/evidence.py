"""What besides their words says that two clauses are one clause reworded: the same lead, shared names.

An editor who reads a paragraph that kept its opening phrase and still speaks of the same bodies, documents
and dates takes it for the same paragraph, reworded, even when half its words changed.  This module turns
that reading into a bonus added to the word similarity of two clauses when they are aligned
(:mod:`versioning.diff.align`):

* **lead**: both clauses open with the same phrase (:attr:`Paragraph.lead`, the phrase the document sets
  in italics);
* **names**: the salient tokens they share -- capitalised words inside the sentence (names of bodies,
  programmes, places), numbers, symbols and dates -- weighted by how rare each is among the clauses of the
  two editions (a name every paragraph repeats, such as the organization the resolution is about, says
  nothing; a programme or a date that two clauses alone name says much), so that two unrelated paragraphs
  that only repeat the resolution's own subject get no bonus.

Weights and the floor below which no bonus is given live in :class:`~versioning.diff.options.DiffOptions`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from versioning.diff.options import DiffOptions

_SALIENT = re.compile(r"[A-Z][\w-]*|\d[\d/.-]*")
"""A capitalised word or a number (with the slashes, dots and hyphens of symbols and dates)."""


def salient_tokens(text: str) -> frozenset[str]:
    """The names, numbers, symbols and dates of a clause: its capitalised words after the first, and its
    numbers."""
    found = _SALIENT.findall(text)
    opening = _SALIENT.match(text)
    if opening is not None and found and found[0] == opening.group(0):
        found = found[1:]  # the lead's own capital is not a name
    return frozenset(found)


class ClauseEvidence:
    """The evidence of one alignment: leads and salient tokens of the clauses on both sides.

    Build it with :meth:`lazily` where most alignments pair every clause by its text alone: the names are
    then read only when a similarity is first asked for.
    """

    @classmethod
    def lazily(
        cls,
        old_leads: Sequence[str | None],
        new_leads: Sequence[str | None],
        old_texts: Sequence[str],
        new_texts: Sequence[str],
        options: DiffOptions,
    ) -> Callable[[int, int], float]:
        """A bonus function that builds the evidence on its first call."""
        built: list[ClauseEvidence] = []

        def bonus(old: int, new: int) -> float:
            if not built:
                built.append(cls(old_leads, new_leads, old_texts, new_texts, options))
            return built[0].bonus(old, new)

        return bonus

    def __init__(
        self,
        old_leads: Sequence[str | None],
        new_leads: Sequence[str | None],
        old_texts: Sequence[str],
        new_texts: Sequence[str],
        options: DiffOptions,
    ) -> None:
        self.options = options
        self.old_stems = [None if lead is None else lead_stem(lead) for lead in old_leads]
        self.new_stems = [None if lead is None else lead_stem(lead) for lead in new_leads]
        self.old_names = [salient_tokens(text) for text in old_texts]
        self.new_names = [salient_tokens(text) for text in new_texts]
        clauses = len(old_texts) + len(new_texts)
        frequency: Counter[str] = Counter()
        for names in (*self.old_names, *self.new_names):
            frequency.update(names)
        # Inverse document frequency over the clauses of both editions: rare names weigh most.
        self.weight = {name: math.log((1 + clauses) / (1 + count)) for name, count in frequency.items()}
        self.rarest_shared = math.log((1 + clauses) / 3)
        """The weight of a name that two clauses alone name (the most a shared name can weigh)."""

    def bonus(self, old: int, new: int) -> float:
        """What the lead and the shared names add to the word similarity of ``old`` and ``new``."""
        lead = self.old_stems[old]
        same_lead = lead is not None and lead == self.new_stems[new]
        return self.options.lead_weight * same_lead + self.options.names_weight * self.shared_names(old, new)

    def shared_names(self, old: int, new: int) -> float:
        """The salient tokens the two clauses share, weighted by rarity, in [0, 1]: 1 when they share at
        least ``options.names_for_full_weight`` names that no other clause of either edition names."""
        shared = self.old_names[old] & self.new_names[new]
        if not shared or self.rarest_shared <= 0:
            return 0.0
        # Each name counts by the square of its rarity relative to the rarest: the resolution's own
        # subject, which most paragraphs name, counts next to nothing, however many words its name has.
        counted = sum((self.weight[name] / self.rarest_shared) ** 2 for name in shared)
        return min(1.0, counted / self.options.names_for_full_weight)


_SEQUENCE_WORDS = frozenset({"also", "further", "again", "once", "moreover", "furthermore", "additionally"})
"""Words that only place a lead in a sequence of like paragraphs ("Recalling also", "Recalling further",
"Once again urges"): the same paragraph keeps its lead family when they come or go."""


def lead_stem(lead: str) -> str:
    """A lead without its sequence words: ``Recalling further`` -> ``recalling``."""
    return " ".join(word for word in lead.casefold().split() if word not in _SEQUENCE_WORDS)
