"""A list that is a series' history by its shape and by the words of its subject.

The phrase rules of :mod:`versioning.series.subjects` read a subject named after a list ("its resolutions ...
on <subject>") or before it ("its relevant resolutions on <subject>, including its resolutions ...") as the
series' when it begins with the title or one of its short forms.  A drafter also names it with the words of
the title in another arrangement: abbreviations in brackets inserted ("the United Nations Conferences on
Human Settlements (Habitat II) and on Housing and Sustainable Urban Development (Habitat III) ...",
A/RES/79/214), words moved or a preposition changed.  Two signals together take such a list:

* its *shape* is an item's history (:func:`regular_history`): three resolutions or more of the Assembly, one a
  session, oldest first, the last of them adopted in one of the three sessions before the text's, and the
  last steps of one to three sessions each (an annual, biennial or triennial item; an item's early texts may
  be years apart: "32/162 ..., 56/206 ..., 65/165 ..., 66/207 ...");
* the *words* of the subject it names are the words of the title (:func:`same_subject_words`): the same set
  of content words, the words in brackets, articles, prepositions and conjunctions left out, three words or
  more; conjuncts joined by "and" may change places, the words inside one keep the title's order (words
  swapped inside one make another subject: "social inclusion through social integration").  Another item's
  subject ("on the girl child" under "Child, early and forced marriage", "on the rights
  of the child" under "Rights of the child: the girl child") has other words, whatever its shape.
"""

from __future__ import annotations

import itertools
import re

from versioning.identifiers import Symbol
from versioning.series.bases import opens_paragraph
from versioning.series.citation_lists import CitationGroup
from versioning.series.subjects import normalise

_CONNECTIVE = r"(?:on|concerning|regarding|relating\s+to|entitled)"
_SUBJECT_AFTER = re.compile(rf"^\s*,?\s*{_CONNECTIVE}\s+(?P<subject>[^,;]+)", flags=re.IGNORECASE)
"""The subject named right after the list, up to the clause's end."""
_SUBJECT_BEFORE = re.compile(
    rf"\bresolutions\s+{_CONNECTIVE}\s+(?P<subject>[^,;]+),\s+(?:including|in\s+particular)"
    r"(?:\s+(?:its|General\s+Assembly))?\s+$",
    flags=re.IGNORECASE,
)
"""The subject of the resolutions the list is some of: "its relevant resolutions on ..., including its"."""
_BEFORE_SPAN = 600
_SECOND_LIST = re.compile(r"^\s+and\s+(?:also\s+)?its\s+$")
"""The words between a list and a second list of the Assembly's, without a comma: "Recalling its resolutions
69/32 ..., ... and 76/23 of 6 December 2021 and its resolutions 45/55 B ... and 48/74 B ..., which, inter
alia, confirm ..." (A/RES/77/42)."""
_BRACKETS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "against",
        "with",
        "by",
        "at",
        "from",
        "between",
        "into",
        "its",
        "their",
    ]
)
_CONJUNCTIONS = frozenset({"and", "or"})
_MIN_WORDS = 3
_MIN_RESOLUTIONS = 3
_LAST_STEPS = 3
_MAX_STEP = 3
_LATEST_WITHIN = 3


def regular_history(group: CitationGroup, session: int) -> bool:
    """The resolutions of ``group`` have the shape of an item's history before a text of ``session`` (see the
    module's docstring)."""
    resolutions = dict.fromkeys(item.number.split()[0] for item in group.items)
    sessions = [Symbol.for_resolution(number).session for number in resolutions]
    if len(sessions) < _MIN_RESOLUTIONS or any(a >= b for a, b in itertools.pairwise(sessions)):
        return False
    if not session - _LATEST_WITHIN <= sessions[-1] < session:
        return False
    steps = [b - a for a, b in itertools.pairwise(sessions)][-_LAST_STEPS:]
    return all(step <= _MAX_STEP for step in steps)


def content_words(text: str) -> frozenset[str]:
    """The words of a subject that name it (:func:`~versioning.series.subjects.normalise`: case-folded,
    years made alike), those in brackets and the function words left out."""
    return frozenset(word for segment in _conjuncts(text) for word in segment)


def _conjuncts(text: str) -> list[list[str]]:
    """The content words of ``text`` (see :func:`content_words`), in order, in runs split where "and" or "or"
    joins two conjuncts."""
    segments: list[list[str]] = [[]]
    for word in _WORD.findall(normalise(_BRACKETS.sub(" ", text))):
        if word in _CONJUNCTIONS:
            segments.append([])
        elif word not in _FUNCTION_WORDS:
            segments[-1].append(word)
    return [segment for segment in segments if segment]


def _in_order(segment: list[str], reference: list[str]) -> bool:
    """The words of ``segment`` come in ``reference`` in the same order (not necessarily side by side)."""
    remaining = iter(reference)
    return all(word in remaining for word in segment)


def same_subject_words(subject: str, phrases: tuple[str, ...]) -> bool:
    """``subject`` has the content words of one of ``phrases`` (the series' names), and no others, each of its
    conjuncts in the phrase's order: conjuncts joined by "and" may change places ("strengthening of the
    Programme and the implementation of ..."), words inside one may not, which would make another subject
    ("promoting social inclusion through social integration" is not "Promoting social integration through
    social inclusion", nor "the sea and the law of oceans" "Oceans and the law of the sea")."""
    words = content_words(subject)
    if len(words) < _MIN_WORDS:
        return False
    conjuncts = _conjuncts(subject)
    for phrase in phrases:
        if words != content_words(phrase):
            continue
        reference = [word for segment in _conjuncts(phrase) for word in segment]
        if all(_in_order(segment, reference) for segment in conjuncts):
            return True
    return False


def history_by_shape_and_words(group: CitationGroup, phrases: tuple[str, ...], session: int) -> bool:
    """``group`` is a history by its shape, and the subject named after it or before it has the title's words
    (see the module's docstring)."""
    if not group.first or not regular_history(group, session):
        return False
    after = _SUBJECT_AFTER.match(group.qualifier)
    before = _SUBJECT_BEFORE.search(group.before, max(0, len(group.before) - _BEFORE_SPAN))
    return any(
        match is not None and same_subject_words(match.group("subject"), phrases) for match in (after, before)
    )


def history_before_second_list(group: CitationGroup, lead: str, session: int) -> bool:
    """``group`` opens its paragraph, has the shape of a history, and only a second list of the Assembly's
    follows it, joined by "and its" without a comma: the first list is the item's history whatever the
    second's words say of the second (the rule of a bare list, :func:`~versioning.series.bases.is_bare_list`,
    reads ", and its" so; without the comma the shape decides)."""
    return (
        group.first
        and bool(_SECOND_LIST.match(group.qualifier))
        and opens_paragraph(group, lead)
        and regular_history(group, session)
    )


__all__ = [
    "content_words",
    "history_before_second_list",
    "history_by_shape_and_words",
    "regular_history",
    "same_subject_words",
]
