"""The .docx reader on Word documents built here as a drafter would make them: automatic numbering from a
style or from the paragraph, italic leads, real footnotes, tracked revisions; and what it refuses."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from corpus import CORPUS, FOUNDING, parsed
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from versioning.cli import main
from versioning.errors import InputError
from versioning.inputs import DEFAULT_LIMITS
from versioning.interop.docx_numbering import format_number
from versioning.interop.docx_reader import DOCX, FOOTNOTE_RULE, is_docx, read_docx
from versioning.parsing import detect_format, parse_bytes
from versioning.render.docx import write_document
from versioning.render.docx.footnotes import FIRST_NOTE_ID, add_footnotes
from versioning.render.docx.ooxml import Revisions, footnote_reference, text_run
from versioning.store import open_store

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
VML = "urn:schemas-microsoft-com:vml"

HEADER = [
    "A/80/L.99",
    "Distr.: Limited",
    "3 October 2025",
    "Agenda item 12",
    "Ruritania: draft resolution",
    "Cooperation between the United Nations and the Example Organization",
    "The General Assembly,",
]


def _letter_list(word: docx.document.Document) -> str:
    """Add a two-level list (``1.`` then ``(a)``) to the numbering part; its numId."""
    numbering = word.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for level, number_format, text in ((0, "decimal", "%1."), (1, "lowerLetter", "(%2)")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", number_format), ("w:lvlText", text)):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            lvl.append(element)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    number = OxmlElement("w:num")
    number.set(qn("w:numId"), "90")
    reference = OxmlElement("w:abstractNumId")
    reference.set(qn("w:val"), "90")
    number.append(reference)
    numbering.append(number)
    return "90"


def _number(paragraph: docx.text.paragraph.Paragraph, number_id: str, level: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    numbered = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(level)), ("w:numId", number_id)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        numbered.append(element)
    properties.append(numbered)


def _lead(paragraph: docx.text.paragraph.Paragraph, lead: str, rest: str) -> None:
    paragraph.add_run(lead).italic = True
    paragraph.add_run(rest)


def draft() -> bytes:
    """A small draft as Word would save it: numbered by Word, italic leads, one footnote, one tracked
    deletion."""
    word = docx.Document()
    for line in HEADER:
        word.add_paragraph(line)
    first = word.add_paragraph()
    _lead(first, "Recalling", " its resolution 77/1 of 1 December 2022,")
    for run in footnote_reference(FIRST_NOTE_ID, "1"):
        first._p.append(run)
    _lead(word.add_paragraph(), "Noting with appreciation", " the work of the Organization,")
    numbered = _letter_list(word)
    for level, lead, rest in (
        (0, "Welcomes", " the report of the Secretary-General;"),
        (0, "Encourages", " the Organization:"),
        (1, "", "to continue its work;"),
        (1, "", "to report on it;"),
        (0, "Decides", " to include the item in its provisional agenda."),
    ):
        paragraph = word.add_paragraph()
        _number(paragraph, numbered, level)
        if lead:
            _lead(paragraph, lead, rest)
        else:
            paragraph.add_run(rest)
    revisions = Revisions("someone", None)
    welcome = word.paragraphs[len(HEADER) + 2]._p
    welcome.append(revisions.wrap("del", [text_run(" with regret", deleted=True)]))
    add_footnotes(word, [(FIRST_NOTE_ID, "A/77/1.")])
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def test_automatic_numbers_are_written_out_as_word_shows_them() -> None:
    lines = read_docx(draft()).text.splitlines()
    assert "1. Welcomes the report of the Secretary-General;" in lines
    assert "2. Encourages the Organization:" in lines
    assert "(a) to continue its work;" in lines
    assert "(b) to report on it;" in lines
    assert "3. Decides to include the item in its provisional agenda." in lines


def test_footnote_markers_are_glued_and_notes_follow_a_rule() -> None:
    text = read_docx(draft()).text
    assert "Recalling its resolution 77/1 of 1 December 2022,1\n" in text
    assert text.rstrip().endswith(f"{FOOTNOTE_RULE}\n1 A/77/1.")


def test_italic_openings_are_the_leads() -> None:
    assert read_docx(draft()).italic_openings == (
        "Recalling",
        "Noting with appreciation",
        "Welcomes",
        "Encourages",
        "Decides",
    )


def test_tracked_deletions_are_read_as_accepted() -> None:
    assert "with regret" not in read_docx(draft()).text


def test_a_word_draft_parses_into_a_document() -> None:
    data = draft()
    assert detect_format(data) == DOCX
    document = parse_bytes(data, name="draft.docx")
    assert str(document.symbol) == "A/80/L.99"
    assert document.source.format == DOCX
    assert [p.lead for p in document.preamble] == ["Recalling", "Noting with appreciation"]
    assert document.preamble[0].footnotes == ("1",)
    assert [p.number for p in document.operative] == ["1", "2", "3"]
    assert [sub.number for sub in document.operative[1].subparagraphs] == ["a", "b"]
    assert document.footnotes[0].text == "A/77/1."


def test_roman_and_letter_formats() -> None:
    assert [format_number(n, "lowerRoman") for n in (1, 4, 9, 14)] == ["i", "iv", "ix", "xiv"]
    assert format_number(27, "lowerLetter") == "aa"
    assert format_number(3, "upperLetter") == "C"
    assert format_number(12, "decimal") == "12"


def test_a_zip_without_a_word_document_is_not_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    assert not is_docx(buffer.getvalue())
    assert not is_docx(b"PK\x03\x04 not a zip at all")


def test_a_broken_word_document_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-word/>")
    with pytest.raises(InputError):
        read_docx(buffer.getvalue(), name="broken.docx")
    path = tmp_path / "broken.docx"
    path.write_bytes(buffer.getvalue())
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.docx" in err and "Traceback" not in err


def test_the_store_keeps_a_word_source_as_source_docx(tmp_path: Path) -> None:
    path = tmp_path / "A-RES-67-6.docx"
    data = write_document(parsed(FOUNDING))
    path.write_bytes(data)
    store = open_store(tmp_path / "store", create=True)
    [result] = store.add([path])
    stored = Path(store.location) / "A/RES/67/6/2013-07-15.reissue/source.docx"
    assert stored.read_bytes() == data
    assert result is not None


def test_markers_side_by_side_are_spread_over_the_words_before_them() -> None:
    word = docx.Document()
    for line in HEADER:
        word.add_paragraph(line)
    paragraph = word.add_paragraph()
    _lead(paragraph, "Recalling", " the Convention and the Protocol,")
    for note in (FIRST_NOTE_ID, FIRST_NOTE_ID + 1):
        for run in footnote_reference(note, str(note - FIRST_NOTE_ID + 1)):
            paragraph._p.append(run)
    word.add_paragraph("1. Decides to remain seized of the matter.")
    add_footnotes(word, [(FIRST_NOTE_ID, "First note."), (FIRST_NOTE_ID + 1, "Second note.")])
    buffer = io.BytesIO()
    word.save(buffer)
    assert "Recalling the Convention and the Protocol,1 2\n" not in read_docx(buffer.getvalue()).text
    assert "Recalling the Convention and the1 Protocol,2\n" in read_docx(buffer.getvalue()).text
    document = parse_bytes(buffer.getvalue())
    assert document.preamble[0].text == "Recalling the Convention and the Protocol,"
    assert document.preamble[0].footnotes == ("1", "2")


def test_a_text_box_is_read_once_as_its_own_line() -> None:
    """A text box (the symbol in a frame, say) is a paragraph of its own, not words of the paragraph it is
    anchored in, and the fallback copy Word writes for older readers is not read again."""
    word = docx.Document()
    anchor = word.add_paragraph("United Nations")
    run = OxmlElement("w:r")
    choice = etree.SubElement(run, f"{{{MC}}}AlternateContent")
    for branch in ("Choice", "Fallback"):
        box = etree.SubElement(etree.SubElement(choice, f"{{{MC}}}{branch}"), f"{{{VML}}}textbox")
        content = etree.SubElement(box, qn("w:txbxContent"))
        paragraph = etree.SubElement(content, qn("w:p"))
        paragraph.append(text_run("A/80/L.99"))
    anchor._p.append(run)
    buffer = io.BytesIO()
    word.save(buffer)
    lines = [line for line in read_docx(buffer.getvalue()).text.splitlines() if line]
    assert lines == ["United Nations", "A/80/L.99"]


def test_a_package_that_unpacks_too_large_is_refused_before_reading() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (DEFAULT_LIMITS.max_text_bytes + 1))
    with pytest.raises(InputError, match="unpacks to"):
        read_docx(buffer.getvalue(), name="bomb.docx")


def _with_part(data: bytes, part: str, edit: Callable[[bytes], bytes]) -> bytes:
    """The package ``data`` with one part's bytes changed by ``edit``."""
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with source, zipfile.ZipFile(target, "w") as archive:
        for item in source.infolist():
            content = source.read(item)
            archive.writestr(item, edit(content) if item.filename == part else content)
    return target.getvalue()


@pytest.mark.parametrize(
    ("part", "edit"),
    [
        ("word/document.xml", lambda xml: xml[: len(xml) // 2]),  # cut short: not well-formed XML
        ("word/numbering.xml", lambda xml: xml.replace(b'w:ilvl="0"', b'w:ilvl="zero"')),
        ("word/document.xml", lambda xml: xml.replace(b'w:ilvl w:val="0"', b'w:ilvl w:val="zero"')),
    ],
    ids=["truncated XML", "numbering level not a number", "paragraph level not a number"],
)
def test_a_damaged_part_is_one_line_error(
    part: str, edit: Callable[[bytes], bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = zipfile.ZipFile(io.BytesIO(draft())).read(part)
    assert edit(original) != original  # the damage is there to be found
    damaged = _with_part(draft(), part, edit)
    path = tmp_path / "damaged.docx"
    path.write_bytes(damaged)
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}") and err.count("\n") == 1 and "Traceback" not in err


def test_a_style_based_on_itself_ends_its_chain() -> None:
    word = docx.Document(io.BytesIO(draft()))
    looped = word.styles.add_style("Looped", 1)  # 1: a paragraph style
    based_on = OxmlElement("w:basedOn")
    based_on.set(qn("w:val"), looped.style_id)
    looped.element.append(based_on)
    word.add_paragraph("Decides to remain seized of the matter.", style="Looped")
    buffer = io.BytesIO()
    word.save(buffer)
    read = read_docx(buffer.getvalue(), name="looped.docx")  # returns: the loop is walked once
    assert "Decides to remain seized of the matter." in read.text


def test_a_draft_laid_out_as_the_un_template_parses_like_its_text() -> None:
    """The Secretariat's Word template sets the masthead in a table (the symbol beside "United Nations",
    the distribution beside "General Assembly"); the body follows as paragraphs, leads in italics, notes
    as real footnotes.  Built from a real draft's parse, it reads back to the same document."""
    text = parsed(CORPUS / "sessions" / "third" / "A-C.3-80-L.15.pymupdf.txt")
    word = docx.Document()
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "United Nations", str(text.symbol)
    table.cell(1, 0).text = "General Assembly"
    table.cell(1, 1).text = "Distr.: Limited"
    table.cell(1, 1).add_paragraph("14 October 2025")
    table.cell(1, 1).add_paragraph("Original: English")
    for line in (
        "Eightieth session",
        "Third Committee",
        "Agenda item 25 (b)",
        "Social development: social development, including questions relating to the world social "
        "situation and to youth, ageing, persons with disabilities and the family",
        "Côte d’Ivoire and Mongolia: draft resolution",
        text.title,
        "The General Assembly,",
    ):
        word.add_paragraph(line)
    notes: list[tuple[int, str]] = []
    for clause in (*text.preamble, *text.operative):
        assert not clause.subparagraphs  # (this draft has none: the reader's numbering is tested above)
        paragraph = word.add_paragraph(f"{clause.number}.\t" if clause.number else "")
        lead = clause.lead or ""
        paragraph.add_run(lead).italic = True
        paragraph.add_run(clause.text[len(lead) :])
        for marker in clause.footnotes:
            note_id = FIRST_NOTE_ID + len(notes)
            for run in footnote_reference(note_id, marker):
                paragraph._p.append(run)
            notes.append((note_id, next(note.text for note in text.footnotes if note.marker == marker)))
    add_footnotes(word, notes)
    buffer = io.BytesIO()
    word.save(buffer)
    from_word = parse_bytes(buffer.getvalue(), name="A-C.3-80-L.15.docx")
    assert from_word.source.format == DOCX
    assert dataclasses.replace(from_word, source=text.source) == text


def _archive(**members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in members.items():
            archive.writestr(member.replace("__", "/"), content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # a ZIP signature and then no NUL byte: it was read as a text and refused as "not a resolution"
        (b"PK\x03\x04 and some words that are not an archive", "a damaged ZIP archive"),
        (write_document(parsed(FOUNDING))[:2000], "a damaged ZIP archive"),
        (
            _archive(content_xml="<office:document/>", mimetype="application/x"),
            "without a Word document part",
        ),
    ],
    ids=["a signature and words", "a Word document cut short", "another kind of archive"],
)
def test_a_zip_archive_that_is_no_word_document_is_refused_as_such(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_bytes(data, name="upload.docx")
    text = str(caught.value)
    assert message in text and text.startswith("upload.docx") and "\n" not in text


def test_a_text_that_opens_with_the_letters_pk_is_still_a_text() -> None:
    with pytest.raises(InputError) as caught:
        parse_bytes(b"PK mission report\nnot a resolution\n", name="pk.txt")
    assert "not a General Assembly resolution" in str(caught.value)
    assert parse_bytes(write_document(parsed(FOUNDING)), name="whole.docx").symbol == parsed(FOUNDING).symbol


def test_an_archive_beyond_a_texts_size_is_refused_as_an_archive() -> None:
    # a large workbook or OpenDocument file was refused as "too large for a text, JSON or AKN edition"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", bytes(DEFAULT_LIMITS.max_text_bytes + 1))
    with pytest.raises(InputError) as caught:
        parse_bytes(buffer.getvalue(), name="big.ods")
    assert "without a Word document part" in str(caught.value)
