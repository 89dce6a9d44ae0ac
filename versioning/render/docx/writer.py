"""A resolution as a Word document: the new edition in the resolution's layout with the old one folded in
as tracked revisions (:func:`write_redline`), or one edition alone (:func:`write_document`).

The document is built with python-docx (styles, paragraphs, comments, the package) and lxml for the
revision marks and footnotes python-docx has no API for (:mod:`.ooxml`, :mod:`.footnotes`).  Revisions
are authored ``versioning`` and dated with the new edition's date; each change's class and reason is a
comment on its clause.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from collections.abc import Callable, Sequence

import docx
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from versioning.diff.changes import CLAUSE_SECTIONS, Change, ChangeList
from versioning.errors import InputError
from versioning.identifiers import ClauseId
from versioning.model import Document, Heading, Paragraph
from versioning.render.docx import styles
from versioning.render.docx.clauses import CommentWriter, FootnoteIds, write_entry
from versioning.render.docx.footnotes import FIRST_NOTE_ID, add_footnotes
from versioning.render.docx.lines import write_line_pairs, write_lines
from versioning.render.docx.merge import merge_clauses
from versioning.render.docx.ooxml import Revisions, footnote_reference
from versioning.render.docx.title_block import adoption_lines, closing_lines, header_lines, title_line
from versioning.render.footnote_marks import NO_MARKS, FootnoteMarks

AUTHOR = "versioning"
"""The author of every revision and comment: the store that compared the editions."""


def write_document(document: Document) -> bytes:
    """One edition as a .docx file, without revisions."""
    revisions = Revisions(AUTHOR, _timestamp(document.edition_date))
    return _xml_safe(lambda: _build(document, document, None, revisions=revisions), document)


def write_redline(changes: ChangeList, old: Document, new: Document) -> bytes:
    """The Word redline of ``changes``: ``new`` with every change from ``old`` as a tracked revision and
    a comment giving its class and reason.  Accepting every revision gives ``new``'s clauses, rejecting
    every one gives ``old``'s.

    Raises :class:`~versioning.errors.InputError` (one line) for a text holding a character XML cannot
    carry (a control character a text input let through), as the Akoma Ntoso export does.
    """
    revisions = Revisions(AUTHOR, _timestamp(changes.new.date or new.edition_date))
    return _xml_safe(lambda: _build(old, new, changes, revisions=revisions), new)


def _xml_safe(build: Callable[[], bytes], document: Document) -> bytes:
    try:
        return build()
    except ValueError as error:  # lxml: "All strings must be XML compatible"
        raise InputError(f"{document.reference}: cannot be written as a Word document: {error}") from None


def _build(old: Document, new: Document, change_list: ChangeList | None, *, revisions: Revisions) -> bytes:
    """The document: title block, clauses section by section, closing lines, footnotes; with a change
    list, the old edition folded in as revisions and the changes as comments."""
    word = docx.Document()
    styles.add_styles(word)
    _set_properties(word, new)
    changes = change_list.changes if change_list is not None else ()
    footnotes = _footnote_ids(old, new, change_list)
    tracked = revisions if change_list is not None else None
    add_comment = _comment_writer(word, revisions) if change_list is not None else None

    title = _write_title_block(word, old, new, footnotes, tracked)
    if add_comment is not None:
        _comment_other_changes(title, changes, add_comment)
    old_headings, new_headings = _headings(old), _headings(new)
    move = 1
    division = ""
    for section, chunk in _chunks(old, new):
        if chunk != division:  # divisions end and begin: their closing lines, labels, titles, openings
            _enter_division(word, old, new, division, chunk, footnotes, tracked)
            division = chunk
        if section == "annexes":  # annexes follow the closing line
            write_lines(closing_lines(old), closing_lines(new), _maker(word, styles.MEETING), tracked)
        section_changes = [
            change for change in changes if change.section == section and chunk in _divisions_of(change)
        ]
        entries = merge_clauses(
            _clauses(old, section, chunk), _clauses(new, section, chunk), section_changes, first_move=move
        )
        move += sum(1 for entry in entries if entry.kind == "moved-to")
        annex_shown: set[str] = set()
        for entry in entries:
            clause = entry.new or entry.old
            assert clause is not None
            if section == "annexes":
                _annex_label(word, old, new, clause, annex_shown, footnotes, tracked)
            above_old = (
                old_headings.pop(str(entry.old.id), []) if entry.old and entry.kind != "moved-to" else []
            )
            above_new = (
                new_headings.pop(str(entry.new.id), []) if entry.new and entry.kind != "moved-from" else []
            )
            _write_headings(word, above_old, above_new, footnotes, tracked)
            write_entry(_paragraph(word, _style(section, clause)), entry, revisions, footnotes, add_comment)
    add_footnotes(word, _notes(old, new, footnotes, tracked), tracked)
    buffer = io.BytesIO()
    word.save(buffer)
    return _reproducible(buffer.getvalue())


_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _reproducible(package: bytes) -> bytes:
    """The package with every member stamped with one fixed time, in the same order: python-docx stamps
    members with the time of writing, and the same editions should give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            stamped = zipfile.ZipInfo(member.filename, date_time=_ZIP_EPOCH)
            stamped.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stamped, source.read(member))
    return out.getvalue()


def _write_title_block(
    word: WordDocument, old: Document, new: Document, footnotes: FootnoteIds, tracked: Revisions | None
) -> BaseOxmlElement:
    """Symbol (citing the notes no clause cites), distribution, agenda, adoption or sponsors, title and
    "The General Assembly,"; returns the title's paragraph."""
    header = _maker(word, styles.HEADER)
    [symbol] = write_lines([str(old.symbol)], [str(new.symbol)], header, tracked)
    _cite_uncited(symbol, _uncited(old), _uncited(new), footnotes, tracked)
    write_lines(
        header_lines(old) + adoption_lines(old), header_lines(new) + adoption_lines(new), header, tracked
    )
    [title] = write_lines([title_line(old)], [title_line(new)], _maker(word, styles.TITLE), tracked)
    # A resolution in lettered parts opens each part with its own "The General Assembly,".
    write_lines(_opening(old), _opening(new), _maker(word, styles.ASSEMBLY), tracked)
    return title


def _opening(document: Document) -> list[str]:
    """The opening line of the whole resolution, unless its text starts inside a lettered part."""
    first = next(iter((*document.preamble, *document.operative)), None)
    lettered = first is not None and first.id.scope[:1] != () and first.id.scope[0].startswith("part")
    return [] if lettered else [ASSEMBLY_LINE]


ASSEMBLY_LINE = "The General Assembly,"


# -- divisions: lettered parts and numbered sections ---------------------------------------------------


def _division_of(clause_id: ClauseId) -> str:
    """The division a clause stands in (``partB``, ``secII.partA``), ``""`` for none; an annex is not a
    division here (annexes are written after the closing line)."""
    return ".".join(scope for scope in clause_id.scope if not scope.startswith("annex"))


def _divisions_of(change: Change) -> set[str]:
    """The divisions of the clauses a change names (two for a clause moved from one part to another)."""
    return {_division_of(ClauseId.parse(name)) for name in (change.old_id, change.new_id) if name}


def _body_order(document: Document) -> list[tuple[str, str]]:
    """(section, division) of the document's clauses in the order it prints them: each division's
    preamble, then its operative part, the divisions in their order; then the annexes."""
    rank = {part.id: index for index, part in enumerate(document.parts)}
    keys = {
        (section, _division_of(paragraph.id))
        for section, paragraphs in (("preamble", document.preamble), ("operative", document.operative))
        for paragraph in paragraphs
    }
    return sorted(keys, key=lambda key: (rank.get(key[1], -1), key[0] != "preamble"))


def _chunks(old: Document, new: Document) -> list[tuple[str, str]]:
    """The (section, division) runs of the redline: the new edition's order, a run only the old edition
    has placed after the run before it there.  A resolution without divisions gives its preamble, its
    operative part and its annexes."""
    chunks = _body_order(new)
    previous: tuple[str, str] | None = None
    for key in _body_order(old):
        if key not in chunks:
            chunks.insert(chunks.index(previous) + 1 if previous is not None else 0, key)
        previous = key
    return [*chunks, ("annexes", "")]


def _enter_division(
    word: WordDocument,
    old: Document,
    new: Document,
    left: str,
    entered: str,
    footnotes: FootnoteIds,
    tracked: Revisions | None,
) -> None:
    """Close the divisions of ``left`` that ``entered`` is not inside (innermost first), then open those
    of ``entered`` not yet open (outermost first): ``secI`` -> ``secII.partA`` closes I, opens II and A."""
    before, after = _enclosing(left), _enclosing(entered)
    shared = 0
    while shared < min(len(before), len(after)) and before[shared] == after[shared]:
        shared += 1
    for division in reversed(before[shared:]):
        _division_end(word, old, new, division, tracked)
    for division in after[shared:]:
        _division_start(word, old, new, division, footnotes, tracked)


def _enclosing(division: str) -> list[str]:
    """``secII.partA`` -> ``["secII", "secII.partA"]``; ``""`` -> ``[]``."""
    scopes = division.split(".") if division else []
    return [".".join(scopes[: end + 1]) for end in range(len(scopes))]


def _division_lines(document: Document, division: str) -> tuple[list[Cited], list[str]]:
    """What a division prints before its first clause: its label and title (with the title's notes), and
    (a lettered part) its own opening line."""
    part = next((part for part in document.parts if part.id == division), None)
    if part is None:
        return [], []
    head = _titled(part.label, part.title, part.footnotes)
    lettered = len(part.scope) == 1 and part.scope[0].startswith("part")  # not a section's own parts
    return head, [ASSEMBLY_LINE] if lettered else []


def _division_start(
    word: WordDocument,
    old: Document,
    new: Document,
    division: str,
    footnotes: FootnoteIds,
    tracked: Revisions | None,
) -> None:
    """A division's label and title, then its opening line (as revisions where the editions differ)."""
    (old_head, old_opening), (new_head, new_opening) = (
        _division_lines(old, division),
        _division_lines(new, division),
    )
    _write_cited(word, old_head, new_head, styles.PART_LABEL, footnotes, tracked)
    write_lines(old_opening, new_opening, _maker(word, styles.ASSEMBLY), tracked)


def _division_end(
    word: WordDocument, old: Document, new: Document, division: str, tracked: Revisions | None
) -> None:
    """The closing line of a part adopted at its own meeting."""
    if not division:
        return

    def meeting(document: Document) -> list[str]:
        part = next((part for part in document.parts if part.id == division), None)
        if part is None or not part.meeting:
            return []
        last = part == document.parts[-1] and part.meeting == document.meeting
        return [] if last else [part.meeting]  # the last part's is the resolution's closing line

    write_lines(meeting(old), meeting(new), _maker(word, styles.MEETING), tracked)


def _notes(
    old: Document, new: Document, footnotes: FootnoteIds, tracked: Revisions | None
) -> list[tuple[int, str] | tuple[int, str, str]]:
    """The footnotes part's notes: each new note (with its old words where they changed and revisions
    are tracked), then the old notes the new edition dropped."""
    old_texts = {footnotes.counterpart(note.marker): note.text for note in old.footnotes}
    notes: list[tuple[int, str] | tuple[int, str, str]] = []
    for note in new.footnotes:
        before = old_texts.get(note.marker) if tracked is not None else None
        if before is None or before == note.text:
            notes.append((footnotes.new[note.marker], note.text))
        else:
            notes.append((footnotes.new[note.marker], before, note.text))
    notes += [
        (footnotes.old[note.marker], note.text) for note in old.footnotes if note.marker in footnotes.old
    ]
    return notes


def _maker(word: WordDocument, style: str) -> Callable[[], BaseOxmlElement]:
    """A function that adds the next paragraph of ``style``."""
    return lambda: _paragraph(word, style)


def _headings(document: Document) -> dict[str, list[Heading]]:
    """Clause id -> the headings printed above it, in order."""
    above: dict[str, list[Heading]] = {}
    for heading in document.headings:
        above.setdefault(str(heading.before), []).append(heading)
    return above


Cited = tuple[str, tuple[str, ...]]
"""A line and the markers of the notes it cites (a heading; an annex's or a part's title)."""


def _write_headings(
    word: WordDocument,
    old: list[Heading],
    new: list[Heading],
    footnotes: FootnoteIds,
    tracked: Revisions | None,
) -> None:
    """The headings above a clause (as revisions where they changed), each with its notes."""
    old_lines = [(heading.text, heading.footnotes) for heading in old]
    new_lines = [(heading.text, heading.footnotes) for heading in new]
    _write_cited(word, old_lines, new_lines, styles.HEADING, footnotes, tracked)


def _write_cited(
    word: WordDocument,
    old: list[Cited],
    new: list[Cited],
    style: str,
    footnotes: FootnoteIds,
    tracked: Revisions | None,
) -> None:
    """Lines of ``style`` (as revisions where they changed), each followed by the references to the notes
    it cites."""
    written = write_line_pairs(
        [text for text, _ in old], [text for text, _ in new], _maker(word, style), tracked
    )
    for paragraph, old_index, new_index in written:
        old_markers = old[old_index][1] if old_index is not None and tracked is not None else ()
        new_markers = new[new_index][1] if new_index is not None else ()
        kept = {footnotes.counterpart(marker) for marker in old_markers}  # renumbered with its note
        for marker in old_markers:
            note = footnotes.of_old(marker)
            if tracked is not None and footnotes.counterpart(marker) not in new_markers and note is not None:
                paragraph.append(tracked.wrap("del", footnote_reference(note, marker, deleted=True)))
        for marker in new_markers:
            runs = footnote_reference(footnotes.new[marker], marker)
            if tracked is None or marker in kept:
                paragraph.extend(runs)
            else:
                paragraph.append(tracked.wrap("ins", runs))


def _titled(label: str | None, title: str | None, markers: tuple[str, ...]) -> list[Cited]:
    """A label and a title as lines with the notes they cite: an asterisk note (about the text as issued,
    "Annex*") after the label, as the Organization prints it, the others after the title."""
    if not (label and title):
        return [(line, markers) for line in (label, title) if line]
    edition_notes = tuple(marker for marker in markers if marker.startswith("*"))
    others = tuple(marker for marker in markers if not marker.startswith("*"))
    return [(label, edition_notes), (title, others)]


def _clauses(document: Document, section: str, division: str = "") -> list[Paragraph]:
    if section == "preamble":
        top: Sequence[Paragraph] = document.preamble
    elif section == "operative":
        top = document.operative
    else:
        top = [paragraph for annex in document.annexes for paragraph in annex.paragraphs]
    if section != "annexes":
        top = [paragraph for paragraph in top if _division_of(paragraph.id) == division]
    return [clause for paragraph in top for clause in paragraph.walk()]


def _style(section: str, clause: Paragraph) -> str:
    if section == "preamble":
        return styles.PREAMBULAR
    if section == "annexes":
        return styles.ANNEX_PARAGRAPH
    return styles.OPERATIVE if clause.id.is_top_level else styles.SUBPARAGRAPH


def _annex_label(
    word: WordDocument,
    old: Document,
    new: Document,
    clause: Paragraph,
    shown: set[str],
    footnotes: FootnoteIds,
    tracked: Revisions | None,
) -> None:
    """The annex's label and title before its first paragraph (as revisions where they changed)."""
    annex_id = next((scope for scope in clause.id.scope if scope.startswith("annex")), None)
    if annex_id is None or annex_id in shown:
        return
    shown.add(annex_id)

    def lines(document: Document) -> list[Cited]:
        annex = next((annex for annex in document.annexes if annex.id == annex_id), None)
        return _titled(annex.label, annex.title, annex.footnotes) if annex is not None else []

    _write_cited(word, lines(old), lines(new), styles.ANNEX_LABEL, footnotes, tracked)


def _paragraph(word: WordDocument, style: str) -> BaseOxmlElement:
    """A new empty paragraph of ``style`` at the end of the body, as its ``w:p`` element."""
    return word.add_paragraph(style=style)._p


def _footnote_ids(old: Document, new: Document, change_list: ChangeList | None) -> FootnoteIds:
    """Ids in the footnotes part: the new edition's notes, then the old notes the new one dropped."""
    marks = FootnoteMarks.of(change_list) if change_list is not None else NO_MARKS
    changes = change_list.changes if change_list is not None else ()
    removed = frozenset(
        change.old_id
        for change in changes
        if change.section == "footnotes" and change.old_id is not None and change.new_id is None
    )
    new_ids = {note.marker: FIRST_NOTE_ID + index for index, note in enumerate(new.footnotes)}
    partial = FootnoteIds(new_ids, {}, marks.marker_map, removed)
    old_only = [note.marker for note in old.footnotes if partial.counterpart(note.marker) is None]
    start = FIRST_NOTE_ID + len(new_ids)
    old_ids = {marker: start + index for index, marker in enumerate(old_only)}
    return FootnoteIds(new_ids, old_ids, marks.marker_map, removed)


def _cite_uncited(
    symbol: BaseOxmlElement,
    old: list[str],
    new: list[str],
    footnotes: FootnoteIds,
    revisions: Revisions | None,
) -> None:
    """Cite the notes no clause cites from the symbol line (``A/RES/67/6*``), those of one edition only
    as revisions."""
    for marker in old:
        if marker not in new and revisions is not None:
            note = footnotes.of_old(marker)
            if note is not None:
                symbol.append(revisions.wrap("del", footnote_reference(note, marker, deleted=True)))
    for marker in new:
        runs = footnote_reference(footnotes.new[marker], marker)
        if marker in old or revisions is None:
            for run in runs:
                symbol.append(run)
        else:
            symbol.append(revisions.wrap("ins", runs))


def _uncited(document: Document) -> list[str]:
    """Notes no clause cites (the reissue note, a draft's sponsors note): cited from the symbol."""
    cited = {marker for clause in document.paragraphs() for marker in clause.footnotes}
    cited.update(marker for heading in document.headings for marker in heading.footnotes)
    cited.update(marker for annex in document.annexes for marker in annex.footnotes)
    cited.update(marker for part in document.parts for marker in part.footnotes)
    return [note.marker for note in document.footnotes if note.marker not in cited]


def _comment_writer(word: WordDocument, revisions: Revisions) -> CommentWriter:
    """Adds each change's comment (class, kind, clause, reason), authored and dated as the revisions."""

    def add(change: Change) -> int:
        comment = word.comments.add_comment(_comment_text(change), author=AUTHOR, initials="V")
        element = comment._comment_elm  # python-docx dates a comment "now"; ours is the edition's date
        if revisions.date is not None:
            element.set(qn("w:date"), revisions.date)
        else:
            element.attrib.pop(qn("w:date"), None)
        return int(comment.comment_id)

    return add


def _comment_text(change: Change) -> str:
    names = " \u2192 ".join(name for name in (change.old_id, change.new_id) if name)
    if change.old_id == change.new_id:
        names = change.new_id or ""
    return f"{change.change_class}: {change.kind} ({change.section} {names})\n{change.reason}"


def _comment_other_changes(
    title: BaseOxmlElement, changes: Sequence[Change], add_comment: CommentWriter
) -> None:
    """Changes that are not of one clause (metadata, headings, footnotes) as comments on the title."""
    for change in changes:
        if change.section in CLAUSE_SECTIONS or change.kind == "unchanged":
            continue
        comment_id = str(add_comment(change))
        start = OxmlElement("w:commentRangeStart")
        start.set(qn("w:id"), comment_id)
        title.insert(1 if title.pPr is not None else 0, start)
        end = OxmlElement("w:commentRangeEnd")
        end.set(qn("w:id"), comment_id)
        title.append(end)
        run = OxmlElement("w:r")
        reference = OxmlElement("w:commentReference")
        reference.set(qn("w:id"), comment_id)
        run.append(reference)
        title.append(run)


def _set_properties(word: WordDocument, document: Document) -> None:
    properties = word.core_properties
    properties.title = _property_text(document.title)
    properties.subject = str(document.symbol)
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    if document.edition_date:
        moment = _dt.datetime.fromisoformat(document.edition_date).replace(tzinfo=_dt.UTC)
        properties.created = properties.modified = moment
    properties.revision = 1


_PROPERTY_LIMIT = 255
"""The most characters a core property of a Word package may hold (the OPC schema's limit, which python-docx
enforces): a long title (A/80/L.26, 261 characters) is cut there; the document's body holds it whole."""


def _property_text(text: str) -> str:
    """``text`` as a core property: whole when it fits, else cut at the last word that fits, with ``…``."""
    if len(text) <= _PROPERTY_LIMIT:
        return text
    cut = text[: _PROPERTY_LIMIT - 1]
    if " " in cut and not text[_PROPERTY_LIMIT - 1].isspace():  # else the last word fits whole
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "\u2026"


def _timestamp(date: str | None) -> str | None:
    return f"{date}T00:00:00Z" if date else None
