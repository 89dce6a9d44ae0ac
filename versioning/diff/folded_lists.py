"""The sub-paragraphs of a clause split into (or merged from) clauses without any: a list whose words went
into the running text of the parts.  :func:`wholes` gives the text the split and merge stage reads for such a
clause; :func:`folded_changes` the records of its sub-paragraphs, each saying which paragraphs took (or gave)
its words -- only where they did: a sub-paragraph dropped while its paragraph's opening was split (or new in a
merged paragraph) is a plain removal (addition).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from versioning.diff.align import Group
from versioning.diff.changes import Change
from versioning.diff.records import ClauseContext, added_change, removed_change
from versioning.model import Paragraph

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
"""A word of four letters or more: what a sub-paragraph's words taken into other text are told by (the short
ones, "of", "the", "and", are in any paragraph)."""

TAKEN_SHARE = 0.5
"""The share of a sub-paragraph's long words (distinct, case folded) the parts must hold for its words to
count as taken into them."""


def wholes(paragraphs: Sequence[Paragraph]) -> list[str | None]:
    """Each clause's words with its sub-paragraphs' (``None`` for a clause without any)."""
    return [
        " ".join(clause.text for clause in paragraph.walk()) if paragraph.subparagraphs else None
        for paragraph in paragraphs
    ]


def folded_changes(
    group: Group, old: Sequence[Paragraph], new: Sequence[Paragraph], context: ClauseContext
) -> list[Change]:
    """The records of the sub-paragraphs of the one clause of a split (or merge) whose parts have none: a
    sub-paragraph whose words the parts hold says which paragraphs took (or gave) them; others are removed
    (added) as any paragraph is."""
    if group.kind == "split":
        whole, parts = old[group.old[0]], [new[j] for j in group.new]
        made, went = removed_change, "its words taken into"
    else:
        whole, parts = new[group.new[0]], [old[i] for i in group.old]
        made, went = added_change, "its words taken from"
    held = _long_words(" ".join(part.text for part in parts))
    named = " and ".join(str(part.id) for part in parts)
    changes = []
    for paragraph in whole.walk():
        if paragraph is whole:
            continue
        change = made(paragraph, context)
        if _taken(paragraph.text, held):
            change = replace(
                change, reason=f"{change.change_class}: {went} {named} ({whole.id} {group.kind})"
            )
        changes.append(change)
    return changes


def _taken(text: str, held: frozenset[str]) -> bool:
    """True when at least :data:`TAKEN_SHARE` of the long words of ``text`` are among ``held``."""
    words = _long_words(text)
    return bool(words) and len(words & held) >= TAKEN_SHARE * len(words)


def _long_words(text: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in _LONG_WORD.findall(text))
