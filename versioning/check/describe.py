"""Change records told in words, for the messages of findings."""

from __future__ import annotations

from versioning.diff.changes import Change
from versioning.identifiers import ClauseId

_SECTION_NAMES = {"preamble": "preambular paragraph", "operative": "operative paragraph"}
_MAX_EDITS = 3
_MAX_WORDS = 12


def clause_label(change: Change) -> str:
    """``operative paragraph 3 (op3)``, ``preambular paragraph 4 (pp4)``, ``footnote 2``, ``title``."""
    clause = change.new_id or change.old_id or "?"
    if change.section == "footnotes":
        return f"footnote {clause}"
    if change.section in _SECTION_NAMES:
        parsed = ClauseId.parse(clause)
        number = ".".join((str(parsed.position), *parsed.path))
        return f"{_SECTION_NAMES[change.section]} {number} ({clause})"
    return clause


def clause_id(change: Change) -> str:
    """The id a finding names: the clause id, ``footnote N``, or the metadata field."""
    clause = change.new_id or change.old_id or "?"
    return f"footnote {clause}" if change.section == "footnotes" else clause


def describe_edit(change: Change) -> str:
    """The words changed: ``"efforts" replaced by "endeavours"; "and" deleted``; or the kind of change."""
    if change.kind in ("added", "removed") and not change.words:
        return f"{change.kind}"
    edits: list[str] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted and inserted:
            edits.append(f"{_quote(''.join(deleted))} replaced by {_quote(''.join(inserted))}")
        elif deleted:
            edits.append(f"{_quote(''.join(deleted))} deleted")
        elif inserted:
            edits.append(f"{_quote(''.join(inserted))} inserted")
        deleted.clear()
        inserted.clear()

    for op, text in change.words:
        if op == 0:
            flush()
        elif op < 0:
            deleted.append(text)
        else:
            inserted.append(text)
    flush()
    if not edits:
        return change.kind
    shown = "; ".join(edits[:_MAX_EDITS])
    return shown + (f"; and {len(edits) - _MAX_EDITS} more" if len(edits) > _MAX_EDITS else "")


def _quote(text: str) -> str:
    words = text.split()
    short = " ".join(words[:_MAX_WORDS]) + (" ..." if len(words) > _MAX_WORDS else "")
    return f"\u201c{short or text}\u201d"
