"""Footnotes paired by the paragraphs that cite them, where their words alone do not pair them.

A note rewritten in another citation style ("United Nations, Department of Economic and Social Affairs,
Population Division, World Population Prospects: 2024 Revision." becoming "World Population Prospects:
2024 Revision (United Nations publication, 2024).") keeps too few words to be paired by content, so the
alignment of the notes reads it as one note removed and another added, and the paragraph that cites it,
word for word the same, as citing another note.  The paragraph is the better witness: when a paragraph of
the old edition and one of the new have the same words (editorial variants aside) and cite, at the same
place in their list of markers, a note left over on each side, the two notes are one note reworded, if
their words still say so: at least ``min_similarity`` of their words (letters and digits, punctuation
not counted, order ignored) in common, one in four, the citing paragraph standing for the rest of the
evidence ``similar_threshold`` wants.  A note replaced by another that shares nothing with it
("Resolution 49/57, annex." becoming "See CTOC/COP/2024/11, sect. I.A.") stays a removal and an addition,
and the paragraph still reads as citing another note.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from versioning.diff.align_state import Alignment, Pair
from versioning.diff.normalise import editorial_key
from versioning.model import Footnote, Paragraph

_WORD = re.compile(r"\w+")


def word_share(first: str, second: str) -> float:
    """The words (letters and digits) two texts have in common, counted with repetition and in any order,
    over the words of both, halved: 1.0 for the same words, 0.0 for none in common."""
    one, two = Counter(_WORD.findall(first.lower())), Counter(_WORD.findall(second.lower()))
    total = one.total() + two.total()
    return 2 * (one & two).total() / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Citation:
    """A clause that cites notes: its text (as compared, editorial variants removed) and its markers."""

    key: str
    markers: tuple[str, ...]


def citations_of(paragraphs: Iterable[Paragraph]) -> tuple[Citation, ...]:
    """Every clause of ``paragraphs`` (sub-paragraphs included) that cites a note."""
    return tuple(
        Citation(editorial_key(clause.text), clause.footnotes)
        for paragraph in paragraphs
        for clause in paragraph.walk()
        if clause.footnotes
    )


def pair_by_citation(
    alignment: Alignment,
    old: Sequence[Footnote],
    new: Sequence[Footnote],
    paragraphs: tuple[Sequence[Paragraph], Sequence[Paragraph]],
    similarity: Callable[[str, str], float],
    floor: float,
) -> Alignment:
    """``alignment`` of the notes with the leftover notes that the same paragraph cites in the same place
    on both sides paired, when the share of words they have in common reaches ``floor`` (``similarity``
    scores the pair for the record); ``paragraphs`` are the old and the new edition's, whose citations
    are read only when a note is left over on each side.  A leftover note is paired only when every such
    witness names one and the same partner, and that partner no other note."""
    removed = {old[index].marker: index for index in alignment.removed}
    added = {new[index].marker: index for index in alignment.added}
    if not removed or not added:
        return alignment
    new_by_key: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for citation in citations_of(paragraphs[1]):
        new_by_key[citation.key].append(citation.markers)
    witnessed: dict[str, set[str]] = defaultdict(set)
    for citation in citations_of(paragraphs[0]):
        for markers in new_by_key.get(citation.key, ()):
            if len(markers) != len(citation.markers):
                continue
            for before, after in zip(citation.markers, markers, strict=True):
                if before in removed and after in added:
                    witnessed[before].add(after)
    claimed: dict[str, int] = defaultdict(int)
    for partners in witnessed.values():
        for partner in partners:
            claimed[partner] += 1
    found: dict[int, int] = {}
    scores: dict[int, float] = {}
    for before, partners in witnessed.items():
        after = next(iter(partners))
        if len(partners) != 1 or claimed[after] != 1:
            continue
        i, j = removed[before], added[after]
        if word_share(old[i].text, new[j].text) >= floor:
            found[i] = j
            scores[i] = similarity(old[i].text, new[j].text)
    if not found:
        return alignment
    pairs = [Pair(i, j, "similar", round(scores[i], 4)) for i, j in found.items()]
    return Alignment(
        tuple(sorted((*alignment.pairs, *pairs), key=lambda pair: pair.new)),
        alignment.groups,
        tuple(index for index in alignment.removed if index not in found),
        tuple(index for index in alignment.added if index not in found.values()),
    )
