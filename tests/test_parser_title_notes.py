"""Footnote markers on headings, annex labels and titles, and part titles: taken out of the text and kept
as the ``footnotes`` of the heading, annex or part (the schema's optional field), never lost or left in
the words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from akn_schema import schema_errors
from corpus import CORPUS, comparable, made_header, parse_made, parsed
from docx_revisions import ShownParagraph, shown_paragraphs

from versioning.diff import apply_changes, diff_editions
from versioning.identifiers import ClauseId
from versioning.interop.akn_read import read_akn
from versioning.interop.akn_write import write_akn
from versioning.model import Document, Footnote, Heading
from versioning.parsing import parse_bytes
from versioning.render.docx import render_docx, write_document
from versioning.render.docx.styles import HEADING
from versioning.validation import iter_problems

DECLARATION = CORPUS / "editions" / "A-RES-80-5.pymupdf.txt"
HEADER = made_header("Adoption of the Test Declaration")


def heading_with_note() -> Document:
    """A/RES/80/5 with its annex's heading "Follow-up" citing a sixteenth note, printed at the foot of that
    page (the text ends the page at "responsibility for the follow-up and the review of the World Summit
    for Social")."""
    text = DECLARATION.read_text(encoding="utf-8")
    page_end = "responsibility for the follow-up and the review of the World Summit for Social \n"
    assert text.count("\nFollow-up \n") == 1 and text.count(page_end) == 1
    text = text.replace("\nFollow-up \n", "\nFollow-up16 \n").replace(
        page_end, page_end + "__________________ \n \n16 Resolution 80/1. \n"
    )
    return parse_made(text)


def test_a_heading_keeps_the_note_it_cites() -> None:
    document = heading_with_note()
    assert list(iter_problems(document.to_dict())) == []
    (heading,) = [heading for heading in document.headings if heading.text == "Follow-up"]
    assert heading.footnotes == ("16",)
    assert heading.to_dict() == {"before": str(heading.before), "text": "Follow-up", "footnotes": ["16"]}
    assert document.footnotes[-1].marker == "16"
    original, changed = comparable(parsed(DECLARATION)), comparable(document)
    for record in (original, changed):
        del record["footnotes"], record["headings"]
    assert changed == original


def annex_with_notes() -> Document:
    return parse_made(
        HEADER
        + """Recalling its resolution 70/1,
1. Adopts the Test Declaration annexed to the present resolution.
28th plenary meeting
18 November 2024
Annex*

Test Declaration1

I. Context2

1. We, Heads of State and Government, have gathered.
2. We commit ourselves to the Declaration.
_______________
* The annex is issued without formal editing.
1 A/79/302.
2 A/79/303.
"""
    )


def test_an_annex_label_and_title_and_a_section_title_keep_their_notes() -> None:
    document = annex_with_notes()
    assert list(iter_problems(document.to_dict())) == []
    (annex,) = document.annexes
    assert (annex.label, annex.title, annex.footnotes) == ("Annex", "Test Declaration", ("*", "1"))
    assert annex.to_dict()["footnotes"] == ["*", "1"]
    (heading,) = document.headings
    assert (heading.text, heading.footnotes) == ("I. Context", ("2",))


def test_documents_whose_titles_cite_no_note_write_no_footnotes_field() -> None:
    record = parsed(DECLARATION).to_dict()
    assert all("footnotes" not in heading for heading in record["headings"])
    assert all("footnotes" not in annex for annex in record["annexes"])


def part_with_note() -> Document:
    opening = "79/99. Adoption of the Test Declaration\n"
    return parse_made(
        HEADER.replace(opening, opening + "A\nThe first part\n")
        + """Recalling its resolution 70/1,1
1. Decides to adopt the first part.
27th plenary meeting
18 November 2024
B
The second part2
The General Assembly,
Recalling its resolution 70/2,
1. Decides to adopt the second part.
28th plenary meeting
18 November 2024
_______________
1 A/79/302.
2 A/79/303.
"""
    )


def test_a_part_title_keeps_its_note() -> None:
    document = part_with_note()
    assert list(iter_problems(document.to_dict())) == []
    first, second = document.parts
    assert (first.title, first.footnotes) == ("The first part", ())
    assert (second.title, second.footnotes) == ("The second part", ("2",))
    assert "footnotes" not in first.to_dict() and second.to_dict()["footnotes"] == ["2"]


@pytest.mark.parametrize("make", [heading_with_note, annex_with_notes, part_with_note])
def test_title_notes_go_through_akoma_ntoso_and_back(make: Callable[[], Document]) -> None:
    document = make()
    data = write_akn(document)
    assert schema_errors(data) == []
    assert read_akn(data).with_source(document.source) == document


def test_a_note_cited_only_by_a_heading_the_export_places_nowhere_is_kept() -> None:
    # A heading before a clause the document does not hold is kept in the proprietary block; its note is
    # then written with the notes no clause cites.
    document = annex_with_notes()
    ghost = Heading(ClauseId.parse("annex1.p9"), "Ghost heading", ("2",))
    document = replace(document, headings=(*document.headings[:0], ghost))
    back = read_akn(write_akn(document)).with_source(document.source)
    assert back == document


def test_a_note_added_to_a_heading_is_a_change_of_the_heading_and_patches_back() -> None:
    old, new = parsed(DECLARATION), heading_with_note()
    changes = diff_editions(old, new)
    (heading,) = [change for change in changes.changes if change.section == "headings"]
    assert (heading.kind, heading.old_footnotes, heading.new_footnotes) == ("modified", (), ("16",))
    assert "footnote 16 added" in heading.reason
    assert apply_changes(old, changes) == new
    assert apply_changes(new, diff_editions(new, old)) == old


def test_word_cites_a_heading_note_from_the_heading_and_reads_back_the_same() -> None:
    document = heading_with_note()
    data = write_document(document)
    headings = [p for p in shown_paragraphs(data, "accept") if p.style == HEADING]
    assert ShownParagraph(HEADING, "Follow-up", "", ("16",)) in headings
    back = parse_bytes(data, name="A-RES-80-5.heading-note.docx")
    assert comparable(back) == comparable(document)


def test_a_word_redline_shows_a_heading_note_added_as_a_revision() -> None:
    old, new = parsed(DECLARATION), heading_with_note()
    data = render_docx(diff_editions(old, new), old=old, new=new)
    for view, document in (("accept", new), ("reject", old)):
        shown = [(p.text, p.footnotes) for p in shown_paragraphs(data, view) if p.style == HEADING]  # type: ignore[arg-type]
        assert shown == [(heading.text, heading.footnotes) for heading in document.headings]


@pytest.mark.parametrize(
    ("make", "field"), [(annex_with_notes, "annex1.footnotes"), (part_with_note, "partB.footnotes")]
)
def test_a_note_added_to_an_annex_or_a_part_title_is_a_change_and_patches_back(
    make: Callable[[], Document], field: str
) -> None:
    new = make()
    old = replace(
        new,
        annexes=tuple(replace(annex, footnotes=()) for annex in new.annexes),
        parts=tuple(replace(part, footnotes=()) for part in new.parts),
    )
    changes = diff_editions(old, new)
    (change,) = [change for change in changes.changes if change.section == "metadata"]
    assert (change.new_id, change.kind) == (field, "added")
    assert "added" in change.reason
    assert apply_changes(old, changes) == new
    assert apply_changes(new, diff_editions(new, old)) == old


def test_notes_renumbered_with_their_footnotes_are_no_change_of_an_annex() -> None:
    # Note 1 of the annex's title becomes note 3 (a note on the resolution's own paragraph, 1, cited
    # first in the new edition, and another, 2): the annex still cites the same note.
    old = annex_with_notes()
    notes = {note.marker: note for note in old.footnotes}
    new = replace(
        old,
        operative=(replace(old.operative[0], footnotes=("1",)),),
        footnotes=(
            notes["*"],
            Footnote("1", "A/79/1."),
            replace(notes["1"], marker="3"),
            replace(notes["2"], marker="4"),
        ),
        annexes=(replace(old.annexes[0], footnotes=("*", "3")),),
        headings=tuple(replace(heading, footnotes=("4",)) for heading in old.headings),
    )
    assert list(iter_problems(new.to_dict())) == []
    changes = diff_editions(old, new)
    assert not [change for change in changes.changes if change.section in ("metadata", "headings")]
    assert apply_changes(old, changes) == new
