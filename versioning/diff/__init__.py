"""The clause-level diff engine: what changed between two editions, clause by clause.

* :func:`diff_editions` -- two :class:`~versioning.model.Document` -> a :class:`ChangeList`;
* :class:`DiffOptions` -- the alignment's thresholds, in one frozen object;
* :func:`apply_changes` -- a change list applied to the old edition gives the new one;
* :func:`diff_words` -- the word-level edit of two texts (diff-match-patch over word tokens).

The diff knows nothing of the store or of rendering.
"""

from __future__ import annotations

from versioning.diff.apply import apply_changes
from versioning.diff.changes import Baseline, Change, ChangeList, LeadShift
from versioning.diff.engine import diff_editions
from versioning.diff.options import DiffOptions
from versioning.diff.words import diff_words

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
