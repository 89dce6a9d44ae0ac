"""The class scale and its rules, read from ``versioning/data/class_rules.json``, and the verdicts they give.

A :class:`Verdict` is what every change record carries: a class and a short reason that starts with it
(``routine: session numbers and dates only``).  A change of words is judged from its *findings*, one per
edit, each a category of the data file with an optional detail (the words, the lead shift); a change of
structure from its kind.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from versioning.diff.changes import CLASSES

RULES_FILE = "class_rules.json"

_WHAT = {
    "preamble": "paragraph",
    "operative": "paragraph",
    "annexes": "paragraph",
    "footnotes": "footnote",
    "headings": "heading",
    "metadata": "field",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """A class and the reason for it."""

    change_class: str
    reason: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One edit's category (a key of the data file's ``word_categories``) and its detail, if any."""

    category: str
    detail: str = ""
    words: int = 0
    """How many words the edit takes out and puts in (a changed word counts twice): what the reason of a
    substantive change heads with, the heaviest edit."""


@dataclass(frozen=True, slots=True)
class ClassRules:
    """The data file, indexed."""

    classes: tuple[str, ...]
    category_class: Mapping[str, str]
    category_reason: Mapping[str, str]
    category_order: Mapping[str, int]
    kind_rules: Mapping[str, tuple[str, str]]
    edition_note: tuple[str, str]
    metadata: tuple[str, str]
    ordinal_nouns: frozenset[str]
    recurrence_words: frozenset[str] = frozenset()
    time_pointers: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()


@functools.cache
def load_rules() -> ClassRules:
    """The rules of the shipped data file (checked against :data:`versioning.diff.changes.CLASSES`)."""
    raw: dict[str, Any] = json.loads(
        resources.files("versioning").joinpath("data", RULES_FILE).read_text(encoding="utf-8")
    )
    if tuple(raw["classes"]) != CLASSES:
        raise ValueError(f"{RULES_FILE}: classes {raw['classes']} are not {list(CLASSES)}")
    categories = raw["word_categories"]
    rules = ClassRules(
        classes=tuple(raw["classes"]),
        category_class={row["category"]: row["class"] for row in categories},
        category_reason={row["category"]: row["reason"] for row in categories},
        category_order={row["category"]: index for index, row in enumerate(categories)},
        kind_rules={row["kind"]: (row["class"], row["reason"]) for row in raw["structural"]},
        edition_note=(raw["edition_notes"]["class"], raw["edition_notes"]["reason"]),
        metadata=(raw["metadata"]["class"], raw["metadata"]["reason"]),
        ordinal_nouns=frozenset(raw["ordinal_context"]["nouns"]),
        recurrence_words=frozenset(raw["ordinal_context"].get("recurrence", ())),
        time_pointers=frozenset(raw.get("time_pointers", {}).get("words", ())),
        negations=frozenset(raw.get("negations", {}).get("words", ())),
    )
    used = [*rules.category_class.values(), *(c for c, _ in rules.kind_rules.values())]
    unknown = sorted({name for name in used if name not in CLASSES})
    if unknown:
        raise ValueError(f"{RULES_FILE}: unknown classes {unknown}")
    return rules


_WORD_EDITS = frozenset({"replaced", "inserted", "deleted"})
"""The categories of a substantive edit of words (:func:`versioning.diff.classify.word_findings`)."""


def judge(findings: Iterable[Finding]) -> Verdict | None:
    """The verdict on a change of words from the findings of its edits (``None`` without findings).

    The class is the highest of the findings'; the reason names the findings of that class, in the
    order of the data file, each once: ``routine: session numbers and dates only``, or for a substantive
    change its change of lead or section, else an edit that puts in or takes out a negation ("not"), else
    its heaviest edit of words (the first of the heaviest), and how many more there are: a paragraph that
    drops an "and" before adding two requests reads "new words ', including those ...' (and 1 more)", not
    "words removed 'and' (and 1 more)"."""
    rules = load_rules()
    findings = list(findings)
    if not findings:
        return None
    top = max((rules.category_class[f.category] for f in findings), key=CLASSES.index)
    chosen = [f for f in findings if rules.category_class[f.category] == top]
    if top == CLASSES[-1]:
        # A finding of structure (the lead, the section) heads as before; among edits of words, the
        # heaviest (the first of the heaviest).
        structural = [f for f in chosen if f.category not in _WORD_EDITS]
        negating = [f for f in chosen if f.category in _WORD_EDITS and _negates(f.detail, rules.negations)]
        heads = structural or negating
        first = heads[0] if heads else max(chosen, key=lambda f: f.words)
        reason = rules.category_reason[first.category].format(detail=first.detail)
        more = len(chosen) - 1
        return Verdict(top, f"{top}: {reason}" + (f" (and {more} more)" if more else ""))
    phrases: list[str] = []
    for finding in sorted(chosen, key=lambda f: rules.category_order[f.category]):
        phrase = rules.category_reason[finding.category].format(detail=finding.detail)
        if phrase not in phrases:
            phrases.append(phrase)
    only = "" if all(f.category.startswith("lead-") for f in chosen) else " only"
    return Verdict(top, f"{top}: {_join(phrases)}{only}")


def _negates(detail: str, negations: frozenset[str]) -> bool:
    """The edit's words (``'not'``, ``'no longer'``) are a negation of the data file's, whole."""
    words = " ".join(detail.strip("'\u2018\u2019\" ").split()).casefold()
    return words in negations


def structural_verdict(kind: str, section: str) -> Verdict:
    """The verdict on a change of structure without a change of words (by its kind)."""
    change_class, reason = load_rules().kind_rules[kind]
    return Verdict(change_class, f"{change_class}: {reason.format(what=_WHAT.get(section, 'clause'))}")


def edition_note_verdict(kind: str) -> Verdict:
    """The verdict on a note about the edition (marked ``*``) added or removed."""
    change_class, reason = load_rules().edition_note
    return Verdict(change_class, f"{change_class}: {reason.format(what=kind)}")


def metadata_verdict(field_label: str, *, editorial: bool) -> Verdict:
    """The verdict on a metadata field read whole (a date, a symbol, a list): routine, or editorial when
    only its spacing or punctuation changed."""
    if editorial:
        return judge([Finding("layout")]) or Verdict(
            CLASSES[0], f"{CLASSES[0]}: spacing and punctuation only"
        )
    change_class, reason = load_rules().metadata
    return Verdict(change_class, f"{change_class}: {reason.format(what=field_label)}")


def _join(phrases: list[str]) -> str:
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]
