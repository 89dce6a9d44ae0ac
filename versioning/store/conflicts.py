"""Telling two texts under one edition key apart: the same document, or a conflict and where it starts.

Two sources of one edition (three extractions of one PDF, the PDF itself) are the same edition when they
give the same document: every field but the ``source`` record, which names the bytes parsed.  Anything else
under a stored key is a different text, and the store must say where the two part.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from versioning.model import Document, Source

_NO_SOURCE = Source("", "")
_EXCERPT = 30
"""How many characters of each side a conflict message quotes around the first differing character."""


def same_text(one: Document, other: Document) -> bool:
    """True when two documents say the same, whatever sources they were parsed from."""
    return replace(one, source=_NO_SOURCE) == replace(other, source=_NO_SOURCE)


def first_difference(stored: Document, given: Document) -> str:
    """The first place where two documents differ, in document order: ``$.operative[4].text: "..." ->
    "..."`` (the source record aside); ``"none"`` when they say the same."""
    old = replace(stored, source=_NO_SOURCE).to_dict()
    new = replace(given, source=_NO_SOURCE).to_dict()
    return next(_differences(old, new, "$"), "none")


def _differences(old: Any, new: Any, path: str) -> Iterator[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            yield from _differences(old.get(key), new.get(key), f"{path}.{key}")
        return
    if isinstance(old, list) and isinstance(new, list):
        for index in range(max(len(old), len(new))):
            if index >= len(old) or index >= len(new):
                side = "the stored text has" if index < len(old) else "the new text has"
                yield f"{path}: {side} {abs(len(old) - len(new))} more item(s) from index {index}"
                return
            yield from _differences(old[index], new[index], f"{path}[{index}]")
        return
    if old != new:
        yield f"{path}: {_excerpt(old, new)}"


def _excerpt(old: Any, new: Any) -> str:
    if not (isinstance(old, str) and isinstance(new, str)):
        return f"{old!r} -> {new!r}"
    start = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new))
    )
    begin = max(0, start - 10)
    left = ("..." if begin else "") + old[begin : start + _EXCERPT]
    right = ("..." if begin else "") + new[begin : start + _EXCERPT]
    return f"{left!r} -> {right!r}"
