"""Apply a change list to the old edition to get the new one: the proof that a change list says
everything.

The round trip ``apply_changes(old, diff_editions(old, new)) == new`` holds for any two documents, and the
tests check it (on real editions and on generated ones).  Clauses that no change names are carried over
unchanged (a sub-paragraph of a renumbered paragraph takes its parent's new id; a cited footnote takes its
new marker); every other clause is built from its change record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from versioning.diff.changes import Change, ChangeList
from versioning.diff.engine import clause_id_map
from versioning.diff.headings import apply_headings
from versioning.diff.metadata import apply_metadata
from versioning.diff.parts import rejoin
from versioning.identifiers import ClauseId
from versioning.model import Document, Footnote, Paragraph, Source

_PAIRED = ("modified", "moved", "renumbered", "unchanged")


def apply_changes(old: Document, changes: ChangeList) -> Document:
    """The document ``changes`` describes, built from ``old`` (the document it was computed from)."""
    sections: defaultdict[str, list[Change]] = defaultdict(list)
    for change in changes.changes:
        sections[change.section].append(change)
    document = apply_metadata(old, sections["metadata"])
    marker_map = {c.old_id: c.new_id for c in sections["footnotes"] if c.old_id and c.new_id}
    written = {change.new_id or change.old_id for change in sections["metadata"]}
    document = _renumber_title_notes(document, marker_map, written)
    old_annexes = {annex.id: annex.paragraphs for annex in old.annexes}
    annexes = tuple(
        replace(
            annex,
            paragraphs=_apply_paragraphs(
                old_annexes.get(annex.id, ()),
                [c for c in sections["annexes"] if _annex_of(c) == annex.id],
                marker_map,
            ),
        )
        for annex in document.annexes
    )
    # a clause moved between the preamble and the operative part is listed in its new section only: its
    # old place is left out of the other
    crossed = frozenset(
        change.old_id for change in (*sections["preamble"], *sections["operative"]) if change.old_id
    )
    source = old.source
    if changes.new.sha256 is not None and changes.new.format is not None:
        source = Source(changes.new.sha256, changes.new.format)
    document = replace(
        document,
        preamble=_apply_paragraphs(old.preamble, sections["preamble"], marker_map, crossed),
        operative=_apply_paragraphs(old.operative, sections["operative"], marker_map, crossed),
        annexes=annexes,
        footnotes=_apply_footnotes(old.footnotes, sections["footnotes"]),
        source=source,
    )
    clause_changes = [*sections["preamble"], *sections["operative"], *sections["annexes"]]
    order = {str(paragraph.id): position for position, paragraph in enumerate(_top_level(document))}
    headings = apply_headings(
        old.headings, sections["headings"], clause_id_map(clause_changes), order, marker_map
    )
    return replace(document, headings=headings)


def _annex_of(change: Change) -> str | None:
    return ClauseId.parse(change.new_id or change.old_id or "").annex


def _top_level(document: Document) -> list[Paragraph]:
    return [
        *document.preamble,
        *document.operative,
        *(p for annex in document.annexes for p in annex.paragraphs),
    ]


def _apply_paragraphs(
    old: Sequence[Paragraph],
    records: Sequence[Change],
    marker_map: Mapping[str, str],
    named_elsewhere: frozenset[str] = frozenset(),
) -> tuple[Paragraph, ...]:
    named_old = {change.old_id for change in records if change.old_id} | named_elsewhere
    new_by_parent: defaultdict[ClauseId | None, dict[ClauseId, Change]] = defaultdict(dict)
    merged_pieces: defaultdict[ClauseId, list[str]] = defaultdict(list)
    for change in records:
        if change.new_id:
            new_id = ClauseId.parse(change.new_id)
            new_by_parent[new_id.parent].setdefault(new_id, change)
            if change.kind == "merged":
                merged_pieces[new_id].append(change.new_text or "")
    old_by_id = {str(paragraph.id): paragraph for top in old for paragraph in top.walk()}

    def build(
        items: Sequence[Paragraph], old_parent: ClauseId | None, new_parent: ClauseId | None
    ) -> tuple[Paragraph, ...]:
        built: dict[ClauseId, Paragraph] = {}
        for item in items:
            if str(item.id) in named_old:
                continue
            new_id = item.id
            if old_parent is not None and new_parent is not None:
                new_id = item.id.rebased(old_parent, new_parent)
            built[new_id] = replace(
                item,
                id=new_id,
                footnotes=tuple(marker_map.get(marker, marker) for marker in item.footnotes),
                subparagraphs=build(item.subparagraphs, item.id, new_id),
            )
        for new_id, change in new_by_parent[new_parent].items():
            source = old_by_id.get(change.old_id or "") if change.kind in _PAIRED else None
            merged = change.kind == "merged"
            built[new_id] = Paragraph(
                id=new_id,
                text=_merged_text(merged_pieces[new_id]) if merged else change.new_text or "",
                lead=change.new_lead,
                footnotes=change.new_footnotes,
                number=change.new_number,
                subparagraphs=build(
                    source.subparagraphs if source else (), source.id if source else None, new_id
                ),
            )
        order = sorted(built, key=lambda clause: (clause.scope_order, clause.sibling_order))
        return tuple(built[key] for key in order)

    return build(old, None, None)


def _merged_text(pieces: Sequence[str]) -> str:
    """The text of a merged clause from the records of its parts: each holds the piece its old part went
    to, in order (see :mod:`versioning.diff.parts`), or, where the clause was not cut, the whole text."""
    if len(set(pieces)) == 1:
        return pieces[0]
    return rejoin(pieces)


def _renumber_title_notes(
    document: Document, marker_map: Mapping[str, str], written: set[str | None]
) -> Document:
    """The notes an annex or a part cites, renumbered with the notes, where no change wrote them anew."""

    def renumbered(markers: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(marker_map.get(marker, marker) for marker in markers)

    annexes = tuple(
        annex if f"{annex.id}.footnotes" in written else replace(annex, footnotes=renumbered(annex.footnotes))
        for annex in document.annexes
    )
    parts = tuple(
        part if f"{part.id}.footnotes" in written else replace(part, footnotes=renumbered(part.footnotes))
        for part in document.parts
    )
    return replace(document, annexes=annexes, parts=parts)


def _apply_footnotes(old: Sequence[Footnote], records: Iterable[Change]) -> tuple[Footnote, ...]:
    records = list(records)
    named_old = {change.old_id for change in records if change.old_id}
    notes = {note.marker: note for note in old if note.marker not in named_old}
    for change in records:
        if change.new_id:
            notes[change.new_id] = Footnote(change.new_id, change.new_text or "")
    return tuple(notes[marker] for marker in sorted(notes, key=marker_position))


def marker_position(marker: str) -> tuple[int, int, str]:
    """The order of footnotes: symbols (``*``) first, then numbers in numeric order."""
    return (1, int(marker), "") if marker.isdigit() else (0, 0, marker)
