"""The clause-level diff engine: what changed between two editions, clause by clause.

* :func:`diff_editions` -- two :class:`~versioning.model.Document` -> a :class:`ChangeList`;
* :class:`DiffOptions` -- the alignment's thresholds, in one frozen object;
* :func:`apply_changes` -- a change list applied to the old edition gives the new one;
* :func:`diff_words` -- the word-level edit of two texts (diff-match-patch over word tokens).

The diff knows nothing of the store or of rendering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from versioning.lazy import lazy_exports

if TYPE_CHECKING:  # the names resolve lazily (below), so that the change vocabulary loads without the engine
    from versioning.diff.apply import apply_changes
    from versioning.diff.changes import Baseline, Change, ChangeList, LeadShift
    from versioning.diff.engine import diff_editions
    from versioning.diff.options import DiffOptions
    from versioning.diff.words import diff_words

_EXPORTS = {
    "Baseline": "versioning.diff.changes",
    "Change": "versioning.diff.changes",
    "ChangeList": "versioning.diff.changes",
    "DiffOptions": "versioning.diff.options",
    "LeadShift": "versioning.diff.changes",
    "apply_changes": "versioning.diff.apply",
    "diff_editions": "versioning.diff.engine",
    "diff_words": "versioning.diff.words",
}

__all__ = [
    "Baseline",
    "Change",
    "ChangeList",
    "DiffOptions",
    "LeadShift",
    "apply_changes",
    "diff_editions",
    "diff_words",
]


# ``show`` and ``log`` import the change vocabulary (for --fail-on's choices) but never diff: the engine, its
# class rules and the parser's grammars load only when a name that needs them is used.
__getattr__ = lazy_exports(__name__, _EXPORTS)
