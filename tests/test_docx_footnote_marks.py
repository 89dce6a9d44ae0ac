"""Footnote marks and notes as Word and LibreOffice save them (a field test of December 2026: redlines of
real pairs opened in LibreOffice showed "Goals;1010" for note 10, and a renumbered note printed with
another note's words).

Written: a custom mark of several characters goes one character to a ``w:t``; every ``w:footnote`` is
cited by one reference (a note cited again gets a copy).  Read: the mark that opens a note's text as a
raised run (LibreOffice's and Word's way of saving a custom mark) is not the note's words, and copies of
one note under one mark are one note.  Made texts and documents built here; no real document."""

from __future__ import annotations

import io

import docx
from corpus import made_header, parse_made
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_revisions import shown_footnotes, shown_paragraphs
from lxml import etree

from versioning.diff import diff_editions
from versioning.interop.docx_reader import read_docx
from versioning.model import Document
from versioning.parsing import parse_bytes
from versioning.render.docx import render_docx, write_document
from versioning.render.docx.footnotes import FIRST_NOTE_ID, add_footnotes
from versioning.render.docx.ooxml import footnote_reference

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLE = "Cooperation with the Example Organization"
CLOSING = "46th plenary meeting\n18 November 2024\n__________________\n"


def made(recitals: list[tuple[str, str]], notes: list[str], operative: str = "") -> Document:
    """A made resolution: ``(text, marker)`` recitals (a recital citing ``marker``, empty for none), a
    first operative paragraph, then the notes ``1 text``, ``2 text``... in order."""
    lines = [f"{text}{marker}" for text, marker in recitals]
    body = "\n".join(lines) + "\n" + (operative or "1. Welcomes the work of the Organization.") + "\n"
    block = "".join(f"{index} {note}\n" for index, note in enumerate(notes, 1))
    return parse_made(made_header(TITLE) + body + CLOSING + block)


def ten_notes() -> Document:
    notes = [f"A/79/{100 + index}." for index in range(1, 11)]
    recitals = [(f"Recalling also the report numbered {index},", str(index)) for index in range(1, 11)]
    return made([("Recalling its resolution 77/1,", ""), *recitals[:-1]], notes, _op_citing("10"))


def _op_citing(marker: str) -> str:
    return f"1. Welcomes the work of the Organization;{marker}\n2. Decides to remain seized of the matter."


def renumbered_pair() -> tuple[Document, Document]:
    """A recital added before a cited one: the old note 2 is the new note 3, with its words changed."""
    old = made(
        [("Recalling its resolution 77/1,", "1"), ("Noting the report of the Secretary-General,", "2")],
        ["Resolution 77/1, annex.", "A/79/100."],
    )
    new = made(
        [
            ("Recalling its resolution 77/1,", "1"),
            ("Recalling also its resolution 78/1,", "2"),
            ("Noting the report of the Secretary-General,", "3"),
        ],
        ["Resolution 77/1, annex.", "Resolution 78/1, annex.", "A/80/100."],
    )
    return old, new


def _body(data: bytes) -> etree._Element:
    return docx.Document(io.BytesIO(data)).element.body


def _references(data: bytes) -> list[str]:
    return [reference.get(f"{W}id") or "" for reference in _body(data).iter(f"{W}footnoteReference")]


def _notes(data: bytes) -> list[str]:
    part = docx.Document(io.BytesIO(data)).part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    )
    root = etree.fromstring(part.blob)
    return [note.get(f"{W}id") or "" for note in root.iter(f"{W}footnote") if note.get(f"{W}type") is None]


# ---- written


def test_a_mark_of_several_characters_is_written_one_character_to_a_text() -> None:
    [run] = footnote_reference(12, "10")
    texts = [node.text for node in run.iter(qn("w:t"))]
    assert texts == ["1", "0"]
    [deleted] = footnote_reference(12, "10", deleted=True)
    assert [node.text for node in deleted.iter(qn("w:delText"))] == ["1", "0"]
    [single] = footnote_reference(3, "*")
    assert [node.text for node in single.iter(qn("w:t"))] == ["*"]


def test_a_document_with_ten_notes_reads_back_with_its_marks() -> None:
    document = ten_notes()
    assert document.operative[0].footnotes == ("10",)
    back = parse_bytes(write_document(document), name="ten.docx")
    assert back.operative[0].footnotes == ("10",)
    assert [note.text for note in back.footnotes] == [note.text for note in document.footnotes]


def test_a_renumbered_note_has_a_footnote_for_each_reference() -> None:
    old, new = renumbered_pair()
    data = render_docx(diff_editions(old, new), old=old, new=new)
    references = _references(data)
    assert len(references) == len(set(references)), "a footnote cited by two references"
    assert sorted(references) == sorted(_notes(data))
    assert shown_footnotes(data, "accept") == {(note.marker, note.text) for note in new.footnotes}
    assert shown_footnotes(data, "reject") == {(note.marker, note.text) for note in old.footnotes}
    tags = ("ins", "del", "moveFrom", "moveTo", "rPrChange")
    part = docx.Document(io.BytesIO(data)).part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    )
    everywhere = [_body(data), etree.fromstring(part.blob)]
    ids = [e.get(f"{W}id") for root in everywhere for tag in tags for e in root.iter(f"{W}{tag}")]
    assert len(ids) == len(set(ids)), "two revisions share an id"
    assert parse_bytes(data, name="redline.docx").to_dict() | {"source": None} == new.to_dict() | {
        "source": None
    }


def test_notes_cited_once_are_not_copied() -> None:
    _, new = renumbered_pair()
    for data in (write_document(new), render_docx(diff_editions(new, new), old=new, new=new)):
        assert len(_notes(data)) == len(new.footnotes)
        assert sorted(_references(data)) == sorted(_notes(data))


def test_a_note_cited_twice_is_two_footnotes_that_read_back_as_one_note() -> None:
    document = made(
        [("Recalling its resolution 77/1,", "1"), ("Recalling also the annex to resolution 77/1,", "1")],
        ["Resolution 77/1, annex."],
    )
    assert [p.footnotes for p in document.preamble] == [("1",), ("1",)]
    data = write_document(document)
    assert len(set(_references(data))) == 2 == len(_notes(data))
    back = parse_bytes(data, name="twice.docx")
    assert back.footnotes == document.footnotes
    assert [p.footnotes for p in back.preamble] == [("1",), ("1",)]


# ---- read


def _word_with_note(opening_runs: list[tuple[str, dict[str, str]]], style_raised: bool = True) -> bytes:
    """A draft whose one recital cites note ``7`` (a custom mark), the note's paragraph made of
    ``(text, properties)`` runs: ``{"vertAlign": "superscript"}`` or ``{"rStyle": "FootnoteCharacters"}``."""
    word = docx.Document()
    for line in ("A/80/L.99", "Distr.: Limited", "3 October 2025", "Agenda item 12"):
        word.add_paragraph(line)
    word.add_paragraph("Ruritania: draft resolution")
    word.add_paragraph("Cooperation between the United Nations and the Example Organization")
    word.add_paragraph("The General Assembly,")
    recital = word.add_paragraph()
    recital.add_run("Recalling").italic = True
    recital.add_run(" its resolution 77/1,")
    for run in footnote_reference(FIRST_NOTE_ID, "7"):
        recital._p.append(run)
    word.add_paragraph("1. Welcomes the work of the Organization.")
    if style_raised:  # a character style that raises its text, as LibreOffice names it
        style = word.styles.add_style("Footnote Characters", 2)  # 2: character
        style.font.superscript = True
    add_footnotes(word, [(FIRST_NOTE_ID, "placeholder")])
    part = word.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    )
    note = next(n for n in part.element.iter(qn("w:footnote")) if n.get(qn("w:id")) == str(FIRST_NOTE_ID))
    paragraph = note.find(qn("w:p"))
    for run in paragraph.findall(qn("w:r")):
        paragraph.remove(run)
    for text, properties in opening_runs:
        run = OxmlElement("w:r")
        if properties:
            rpr = OxmlElement("w:rPr")
            for name, value in properties.items():
                element = OxmlElement(f"w:{name}")
                element.set(qn("w:val"), value)
                rpr.append(element)
            run.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
        paragraph.append(run)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _note_line(data: bytes) -> str:
    return read_docx(data).text.rstrip().splitlines()[-1]


def test_the_raised_mark_that_opens_a_note_is_not_its_words() -> None:
    styled = _word_with_note([("7", {"rStyle": "FootnoteCharacters"}), (" ", {}), ("A/79/100.", {})])
    assert _note_line(styled) == "7 A/79/100."
    direct = _word_with_note([("7", {"vertAlign": "superscript"}), ("\tA/79/100.", {})])
    assert _note_line(direct) == "7 A/79/100."
    document = parse_bytes(styled, name="saved.docx")
    assert [(note.marker, note.text) for note in document.footnotes] == [("7", "A/79/100.")]


def test_a_note_that_opens_with_a_number_on_the_line_keeps_it() -> None:
    plain = _word_with_note([("10 December 2024 is the date of ", {}), ("A/79/100.", {})])
    assert _note_line(plain) == "7 10 December 2024 is the date of A/79/100."
    lowered = _word_with_note([("7", {"vertAlign": "subscript"}), (" A/79/100.", {})])
    assert _note_line(lowered) == "7 7 A/79/100."
    later = _word_with_note([("See A/79/100, p. 3", {}), ("2", {"vertAlign": "superscript"})])
    assert _note_line(later) == "7 See A/79/100, p. 32"


def test_each_view_shows_a_clauses_marks_in_its_own_order() -> None:
    # A clause that cited notes 3 and 4 now cites 3 only: the dropped 4 was written before the kept 3, and
    # rejecting every revision showed "4 3" (a field-test pair read backwards, A/C.1/80/L.28 -> 77/33).
    platform = ("Welcoming the web platform,1 as well as the reporting tool,", "2")
    old = made([platform, ("Noting the annual report,", "3")], ["See the platform.", "See the tool.", "A/1."])
    recitals = [("Welcoming the web platform,", "1"), ("Noting the annual report,", "2")]
    new = made(recitals, ["See the platform.", "A/1."])
    assert old.preamble[0].footnotes == ("1", "2") and new.preamble[0].footnotes == ("1",)
    data = render_docx(diff_editions(old, new), old=old, new=new)
    for view, document in (("accept", new), ("reject", old)):
        shown = [p.footnotes for p in shown_paragraphs(data, view) if p.style == "Preambular Paragraph"]
        assert shown == [p.footnotes for p in document.preamble], view
    # the same marks in a new order: each view has its own
    swapped = made([("Welcoming the web platform,2 as well as the reporting tool,", "1")], ["A.", "B."])
    kept = made([("Welcoming the web platform,1 as well as the reporting tool,", "2")], ["B.", "A."])
    data = render_docx(diff_editions(kept, swapped), old=kept, new=swapped)
    for view, document in (("accept", swapped), ("reject", kept)):
        shown = [p.footnotes for p in shown_paragraphs(data, view) if p.style == "Preambular Paragraph"]
        assert shown == [p.footnotes for p in document.preamble], view
