"""Real Word footnotes: a footnotes part (``word/footnotes.xml``) related to the main document.

python-docx reads and writes documents with footnotes but has no API to make them, so the part is built
here from lxml elements (python-docx's ``OxmlElement``) and added to the package through python-docx's own
part and relationship API.  Each note is a ``w:footnote`` whose mark is written out (the document's own
marker, ``1`` or ``*``), as the references cite it with ``w:customMarkFollows``.

Each ``w:footnote`` is cited by one reference, as Word expects: a note the body cites again (a
renumbered note, its old reference deleted and its new one inserted; a note two clauses cite) is
written once more for each further reference.  LibreOffice gives a second reference to one footnote a
note of its own with another note's words.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from versioning.render.docx.lines import write_edit
from versioning.render.docx.ooxml import Revisions, footnote_mark, text_run

FOOTNOTE_TEXT_STYLE = "FootnoteText"
FIRST_NOTE_ID = 2
"""Ids 0 and 1 are the separator and continuation separator every footnotes part starts with."""


def add_footnotes(
    document: WordDocument,
    notes: Iterable[tuple[int, str] | tuple[int, str, str]],
    revisions: Revisions | None = None,
) -> None:
    """Add a footnotes part to ``document`` holding ``(id, text)`` notes, or ``(id, old text, new text)``
    notes whose change of words is written as tracked revisions (each note's mark is the custom mark of
    the reference that cites it)."""
    root = OxmlElement("w:footnotes")
    for note_id, kind in ((0, "separator"), (1, "continuationSeparator")):
        root.append(_separator(note_id, kind))
    for note_id, *texts in notes:
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(note_id))
        paragraph = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), FOOTNOTE_TEXT_STYLE)
        properties.append(style)
        paragraph.append(properties)
        paragraph.append(footnote_mark())
        paragraph.append(text_run(" "))
        if len(texts) == 2 and revisions is not None:
            write_edit(paragraph, texts[0], texts[1], revisions)
        else:
            paragraph.append(text_run(texts[-1]))
        note.append(paragraph)
        root.append(note)
    _cite_each_note_once(root, document.element.body, revisions)
    part = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, root, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    _declare_separators(document)


def _cite_each_note_once(root: BaseOxmlElement, body: BaseOxmlElement, revisions: Revisions | None) -> None:
    """Give every reference after a note's first one a copy of the note under a fresh id (its revision
    marks with fresh ids too: Word refuses two revisions with one id)."""
    notes = {note.get(qn("w:id")): note for note in root.iter(qn("w:footnote"))}
    next_id = max(int(note_id or 0) for note_id in notes) + 1
    cited: set[str | None] = set()
    for reference in body.iter(qn("w:footnoteReference")):
        note_id = reference.get(qn("w:id"))
        if note_id not in cited or note_id not in notes:
            cited.add(note_id)
            continue
        twin = copy.deepcopy(notes[note_id])
        twin.set(qn("w:id"), str(next_id))
        for element in twin.iterdescendants():
            if element.get(qn("w:id")) is not None and revisions is not None:
                element.set(qn("w:id"), revisions.next_id())
        root.append(twin)
        reference.set(qn("w:id"), str(next_id))
        next_id += 1


def _separator(note_id: int, kind: str) -> BaseOxmlElement:
    note = OxmlElement("w:footnote")
    note.set(qn("w:type"), kind)
    note.set(qn("w:id"), str(note_id))
    paragraph = OxmlElement("w:p")
    run = OxmlElement("w:r")
    run.append(OxmlElement(f"w:{kind}"))
    paragraph.append(run)
    note.append(paragraph)
    return note


def _declare_separators(document: WordDocument) -> None:
    """Name the separators in the settings part, as Word expects of a document with footnotes."""
    settings = document.settings.element
    properties = OxmlElement("w:footnotePr")
    for note_id in (0, 1):
        reference = OxmlElement("w:footnote")
        reference.set(qn("w:id"), str(note_id))
        properties.append(reference)
    settings.insert_element_before(
        properties,
        *(
            f"w:{tag}"
            for tag in (
                "endnotePr",
                "compat",
                "docVars",
                "rsids",
                "mathPr",
                "attachedSchema",
                "themeFontLang",
                "clrSchemeMapping",
                "doNotIncludeSubdocsInStats",
                "doNotAutoCompressPictures",
                "forceUpgrade",
                "captions",
                "readModeInkLockDown",
                "smartTagType",
                "schemaLibrary",
                "shapeDefaults",
                "doNotEmbedSmartTags",
                "decimalSymbol",
                "listSeparator",
            )
        ),
    )
