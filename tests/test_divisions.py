"""Resolutions in lettered parts (A, B, ...) and in numbered sections (I, II, ...), each numbering its
paragraphs afresh.

The corpus holds no such resolution, so the inputs are made from real texts of ``../shared/corpus/sessions``
by the fewest edits that give the shape, each listed where it is made: the lines that open a part or a
section, the page header that a new page carries, and the footnote number that a second text's note takes
when it follows the first text's notes.
"""

from __future__ import annotations

import re

import pytest
from corpus import CORPUS, parsed
from divided_texts import SESSIONS, edited, in_parts, in_sections

from versioning.diff import apply_changes, diff_editions
from versioning.identifiers import ClauseId
from versioning.model import Document, Part
from versioning.parsing import parse_edition
from versioning.validation import iter_problems, iter_schema_problems


def ids(document: Document) -> list[str]:
    return [str(paragraph.id) for paragraph in document.paragraphs()]


@pytest.fixture(scope="module")
def parts_document() -> Document:
    return parse_edition(in_parts(), name="A-RES-80-27.in-parts")


@pytest.fixture(scope="module")
def sections_document() -> Document:
    return parse_edition(in_sections(), name="A-RES-80-245.in-sections")


def test_each_part_has_its_own_preamble_and_operative_part(parts_document: Document) -> None:
    document = parts_document
    assert list(iter_problems(document.to_dict())) == []
    assert document.title == "Regional disarmament", "the part's letter and title are not the title's"
    assert document.parts == (
        Part(("partA",), "A", "Regional disarmament", "52nd plenary meeting"),
        Part(
            ("partB",),
            "B",
            "Unforeseen and extraordinary expenses for 2026",
            "69th (resumed) plenary meeting",
        ),
    )
    assert [str(p.id) for p in document.preamble] == [f"partA.pp{n}" for n in range(1, 10)]
    assert [str(p.id) for p in document.operative] == [
        *(f"partA.op{n}" for n in range(1, 7)), "partB.op1", "partB.op2", "partB.op3",
    ]  # fmt: skip
    assert [p.number for p in document.operative] == ["1", "2", "3", "4", "5", "6", "1", "2", "3"]
    assert "partB.op1.b.v" in ids(document)
    assert document.operative[5].text.endswith("the sub-item entitled “Regional disarmament”.")
    assert document.operative[6].lead == "Authorizes"
    assert document.operative[6].footnotes == ("3",)
    assert document.meeting == "69th (resumed) plenary meeting"
    assert Document.from_dict(document.to_dict()) == document


def test_a_part_matches_its_undivided_text(parts_document: Document) -> None:
    """Part A's paragraphs are 80/27's, word for word; part B's are 80/245's."""
    alone = parsed(SESSIONS / "first" / "A-RES-80-27.pymupdf.txt")
    budget = parsed(SESSIONS / "fifth" / "A-RES-80-245.pymupdf.txt")
    part_a = [p for p in parts_document.paragraphs() if p.id.scope == ("partA",)]
    part_b = [p for p in parts_document.paragraphs() if p.id.scope == ("partB",)]
    assert [p.text for p in part_a] == [p.text for p in alone.paragraphs()]
    assert [p.text for p in part_b] == [p.text for p in budget.paragraphs()]


def test_sections_number_their_paragraphs_afresh(sections_document: Document) -> None:
    document = sections_document
    assert list(iter_problems(document.to_dict())) == []
    assert document.parts == (
        Part(("secI",), "I", "Commitments for 2026"),
        Part(("secII",), "II", "Commitments for 2025"),
    )
    assert [str(p.id) for p in document.operative] == [
        "secI.op1", "secI.op2", "secI.op3", "secII.op1", "secII.op2", "secII.op3",
    ]  # fmt: skip
    assert document.operative[3].text.startswith("Authorizes the Secretary-General")
    assert "in the year 2025" in document.operative[3].text
    assert document.operative[2].text.endswith("to consider the matter.")
    assert [str(sub.id) for sub in document.operative[3].subparagraphs] == [
        "secII.op1.a", "secII.op1.b", "secII.op1.c",
    ]  # fmt: skip


def test_a_section_in_lettered_parts() -> None:
    document = parse_edition(in_sections(parts_in_section_two=True), name="sections-and-parts")
    assert list(iter_problems(document.to_dict())) == []
    assert [part.id for part in document.parts] == ["secI", "secII", "secII.partA", "secII.partB"]
    assert [part.title for part in document.parts] == [
        "Commitments for 2026", "Commitments for 2025", "Authorizations", "Reports and decisions",
    ]  # fmt: skip
    assert [str(p.id) for p in document.operative][3:] == [
        "secII.partA.op1",
        "secII.partB.op1",
        "secII.partB.op2",
    ]
    assert document.operative[4].lead == "Resolves"
    assert ClauseId.parse("secII.partB.op2") == document.operative[5].id


def test_roman_headings_over_running_numbers_stay_headings() -> None:
    """A/RES/80/3 heads its paragraphs "I.", "II.", "III." but numbers them on: no sections."""
    document = parsed(CORPUS / "editions" / "A-RES-80-3.pymupdf.txt")
    assert document.parts == ()
    assert all(not paragraph.id.scope for paragraph in (*document.preamble, *document.operative))
    assert len(document.headings) >= 3
    assert "parts" not in document.to_dict()


def test_diff_between_a_resolution_and_its_parts(parts_document: Document) -> None:
    """The diff from 80/27 to the same text as part A of a resolution in parts round-trips; the diff of
    a divided resolution with itself is empty; the part titles are compared as metadata."""
    alone = parsed(SESSIONS / "first" / "A-RES-80-27.pymupdf.txt")
    changes = diff_editions(alone, parts_document)
    assert apply_changes(alone, changes) == parts_document
    assert apply_changes(parts_document, diff_editions(parts_document, alone)) == alone
    assert diff_editions(parts_document, parts_document).changes == ()
    assert list(iter_schema_problems(changes.to_dict(), schema="changes.schema.json")) == []
    metadata = {c.new_id for c in changes.differences if c.section == "metadata"}
    assert {"partA.label", "partA.title", "partB.label", "partB.title"} <= metadata


def test_diff_between_sections_pairs_them_in_order(sections_document: Document) -> None:
    nested = parse_edition(in_sections(parts_in_section_two=True), name="sections-and-parts")
    changes = diff_editions(sections_document, nested)
    assert apply_changes(sections_document, changes) == nested
    assert apply_changes(nested, diff_editions(nested, sections_document)) == sections_document
    unchanged = diff_editions(sections_document, nested, include_unchanged=True)
    first_section = {c.new_id for c in unchanged.changes if c.kind == "unchanged"}
    assert {"secI.op1", "secI.op2", "secI.op3"} <= first_section


def annex_in_sections() -> str:
    """A/RES/80/117, whose annexed declaration is made of two sections numbered afresh: "I" and a title
    before its paragraph 1, "II" before the heading "Create health-promoting environments through action
    across government", and the forty paragraphs after it (42 to 81) numbered 1 to 40."""
    text = (CORPUS / "editions" / "A-RES-80-117.pymupdf.txt").read_text(encoding="utf-8")
    heading = "Create health-promoting environments through action across government \n"
    before, _, after = text.partition(heading)
    renumbered, count = re.subn(r"(?m)^(\d{1,2})\.(?= |$)", lambda m: f"{int(m.group(1)) - 41}.", after)
    assert count == 40
    before = edited(before, ("1. \nStrongly reaffirm", "I \nCommitments \n \n1. \nStrongly reaffirm"))
    return f"{before}II \n{heading}{renumbered}"


def test_an_annex_in_sections() -> None:
    document = parse_edition(annex_in_sections(), name="A-RES-80-117.annex-in-sections")
    assert list(iter_problems(document.to_dict())) == []
    assert [(part.id, part.label, part.title) for part in document.parts] == [
        ("annex1.secI", "I", "Commitments"),
        ("annex1.secII", "II", "Create health-promoting environments through action across government"),
    ]
    paragraphs = document.annexes[0].paragraphs
    assert [str(p.id) for p in paragraphs[:2]] == ["annex1.p1", "annex1.secI.p1"]
    assert paragraphs[0].text.startswith("We, Heads of State and Government")
    assert [str(p.id) for p in paragraphs[41:43]] == ["annex1.secI.p41", "annex1.secII.p1"]
    assert (paragraphs[-1].id, paragraphs[-1].number) == (ClauseId.parse("annex1.secII.p40"), "40")
    assert paragraphs[42].text.startswith("Address key social, economic and environmental determinants")
    assert ClauseId.parse("annex1.secII.p6") in {heading.before for heading in document.headings}
    original = parsed(CORPUS / "editions" / "A-RES-80-117.pymupdf.txt")
    assert [p.text for p in paragraphs] == [p.text for p in original.annexes[0].paragraphs]
    changes = diff_editions(original, document)
    assert apply_changes(original, changes) == document
    assert apply_changes(document, diff_editions(document, original)) == original
    assert Document.from_dict(document.to_dict()) == document
