"""The JSON view: the change list's canonical JSON, as ``schemas/changes.schema.json`` describes it."""

from __future__ import annotations

from versioning.canonical import canonical_json
from versioning.diff.changes import ChangeList
from versioning.model import Document


def render_json(
    changes: ChangeList,
    *,
    color: bool = False,
    old: Document | None = None,
    new: Document | None = None,
) -> str:
    """The canonical JSON of ``changes.to_dict()`` (UTF-8 text, fixed key order, newline at the end).

    ``color``, ``old`` and ``new`` are accepted for a uniform renderer signature and ignored: the JSON is
    the same wherever it is printed, and reads back with ``ChangeList.from_dict``.
    """
    return canonical_json(changes.to_dict())
