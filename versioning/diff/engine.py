"""The diff of two editions: metadata, then preamble, operative part and annexes clause by clause, then
headings and footnotes.

Stages: align the clauses of each section by content, pair what one section lost with what the other
gained when it is the same clause (a decision recalled as a recital), derive one change per pair, group or
leftover, and clean each word-level edit up for people (see :mod:`versioning.diff.align`,
:mod:`versioning.diff.clauses`, :mod:`versioning.diff.words`).  The result is a :class:`ChangeList` of
frozen records: no strings to parse, the same records for every renderer.
"""

from __future__ import annotations

from collections.abc import Iterable

from versioning.diff.across import pair_across_sections
from versioning.diff.changes import Baseline, Change, ChangeList
from versioning.diff.clauses import diff_footnotes, diff_paragraphs
from versioning.diff.comparator import Comparator
from versioning.diff.headings import diff_headings
from versioning.diff.metadata import diff_metadata
from versioning.diff.names import NameEvidence
from versioning.diff.normalise import editorial_key
from versioning.diff.options import DiffOptions
from versioning.diff.records import ClauseContext
from versioning.model import Document, Paragraph


def baseline_of(document: Document) -> Baseline:
    """The baseline that names ``document`` in a change list."""
    return Baseline(
        symbol=str(document.symbol),
        date=document.edition_date,
        kind=document.edition.kind,
        sha256=document.source.sha256,
        format=document.source.format,
    )


def diff_editions(
    old: Document, new: Document, options: DiffOptions | None = None, *, include_unchanged: bool = False
) -> ChangeList:
    """Compare two editions clause by clause.

    Args:
        old: the earlier edition (or the earlier resolution of a series).
        new: the later one.
        options: the alignment's thresholds (defaults: :class:`DiffOptions`).
        include_unchanged: also list the clauses that did not change, as ``unchanged``.

    Returns:
        The change list: metadata changes, then preamble, operative, annex, heading and footnote changes,
        each section in the order of the new edition.  Two editions with the same content give no change
        (the source records, which name the bytes parsed, are in the baselines, not compared).
    """
    options = options or DiffOptions()
    editorial_key.cache_clear()  # each diff starts cold: no result or timing depends on an earlier one
    comparator = Comparator()
    names = NameEvidence.of(text for document in (old, new) for text in _texts(document))

    def context(section: str, footnote_map: dict[str, str]) -> ClauseContext:
        return ClauseContext(section, options, comparator, footnote_map, include_unchanged, names)

    footnote_map, footnote_changes = diff_footnotes(
        old.footnotes, new.footnotes, context("footnotes", {}), (_citing(old), _citing(new))
    )
    contexts = {section: context(section, footnote_map) for section in ("preamble", "operative")}
    old_parts = {"preamble": old.preamble, "operative": old.operative}
    new_parts = {"preamble": new.preamble, "operative": new.operative}
    by_section = pair_across_sections(
        old_parts,
        new_parts,
        {
            section: diff_paragraphs(old_parts[section], new_parts[section], contexts[section])
            for section in contexts
        },
        contexts,
    )
    clause_changes = [*by_section["preamble"], *by_section["operative"]]
    for position in range(max(len(old.annexes), len(new.annexes))):
        old_paragraphs = old.annexes[position].paragraphs if position < len(old.annexes) else ()
        new_paragraphs = new.annexes[position].paragraphs if position < len(new.annexes) else ()
        clause_changes += diff_paragraphs(old_paragraphs, new_paragraphs, context("annexes", footnote_map))
    heading_changes = diff_headings(
        old.headings, new.headings, clause_id_map(clause_changes), context("headings", footnote_map)
    )
    metadata = diff_metadata(old, new, footnote_map)
    changes = [*metadata, *clause_changes, *heading_changes, *footnote_changes]
    return ChangeList(baseline_of(old), baseline_of(new), tuple(changes))


def _citing(document: Document) -> tuple[Paragraph, ...]:
    """The paragraphs of a document that may cite notes: preamble, operative part, annexes."""
    annexed = (paragraph for annex in document.annexes for paragraph in annex.paragraphs)
    return (*document.preamble, *document.operative, *annexed)


def _texts(document: Document) -> Iterable[str]:
    """Every text of a document in which a name may be written out: title, paragraphs, headings, notes."""
    yield document.title
    for paragraph in (*document.preamble, *document.operative):
        yield from (clause.text for clause in paragraph.walk())
    for annex in document.annexes:
        yield from (clause.text for paragraph in annex.paragraphs for clause in paragraph.walk())
    yield from (heading.text for heading in document.headings)
    yield from (note.text for note in document.footnotes)


def clause_id_map(changes: Iterable[Change]) -> dict[str, str | None]:
    """Old id -> new id of every top-level clause a change names (``None`` when removed); a clause no
    change names kept its id."""
    mapping: dict[str, str | None] = {}
    for change in changes:
        if change.old_id and change.old_clause is not None and change.old_clause.is_top_level:
            if change.new_id is None or change.kind == "split":
                mapping.setdefault(change.old_id, change.new_id)
            else:
                mapping[change.old_id] = change.new_id
    return mapping
