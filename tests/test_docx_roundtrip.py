"""A .docx written from each corpus document (one edition alone, by the redline's writer) parses back to
the same document: title block, clauses, numbers, leads, footnotes.

One extraction of each edition is enough (the others parse to the same document, which the parser's own
tests check)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from corpus import TEXTS, comparable, parsed
from divided_texts import in_parts, in_sections
from test_parser_title_notes import annex_with_notes, heading_with_note, part_with_note

from versioning.interop.docx_reader import DOCX
from versioning.model import Document
from versioning.parsing import detect_format, parse_bytes, parse_edition
from versioning.render.docx import write_document

TEXT_CASES = [
    pytest.param(path, id=path.name)
    for path in TEXTS
    if path.name.endswith((".pymupdf.txt", ".reissue-2013-07-15.txt"))
]


@pytest.mark.parametrize("path", TEXT_CASES)
def test_a_written_docx_parses_back_to_the_same_document(path: Path) -> None:
    document = parsed(path)
    data = write_document(document)
    assert detect_format(data) == DOCX
    again = parse_bytes(data, name=f"{path.name}.docx")
    assert again.source.format == DOCX
    assert comparable(again) == comparable(document)


def test_clauses_citing_several_notes_are_among_the_cases() -> None:
    """The writer sets a clause's references side by side at its end; documents with such clauses are
    among the round trips above, so reading them back is tested, not assumed."""
    assert any(
        len(clause.footnotes) > 1 for case in TEXT_CASES for clause in parsed(case.values[0]).paragraphs()
    )


DIVIDED = {
    "lettered parts": in_parts,
    "numbered sections": in_sections,
    "a section in lettered parts": lambda: in_sections(parts_in_section_two=True),
}


@pytest.mark.parametrize("shape", DIVIDED)
def test_a_divided_resolution_written_to_docx_parses_back_with_its_divisions(shape: str) -> None:
    """Each part or section in its place: its label and title, a lettered part's own "The General
    Assembly,", its preamble and operative paragraphs, a part's own closing line."""
    document = parse_edition(DIVIDED[shape](), name=f"{shape}.txt")
    assert document.parts, "the input is divided"
    again = parse_bytes(write_document(document), name=f"{shape}.docx")
    assert comparable(again) == comparable(document)


@pytest.mark.parametrize(
    "build", [annex_with_notes, part_with_note, heading_with_note], ids=["annex", "part", "heading"]
)
def test_notes_cited_by_titles_and_headings_round_trip_through_docx(build: Callable[[], Document]) -> None:
    """An annex's label and title ("Annex*", "Test Declaration1"), a part's title and a heading cite their
    notes in the file, and reading it back gives the same markers."""
    document = build()
    again = parse_bytes(write_document(document), name="titles.docx")
    assert comparable(again) == comparable(document)
