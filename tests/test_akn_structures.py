"""Shapes the corpus texts do not all show, exported and read back: lettered parts and numbered sections,
annexes (and a text adopted in the body) with divisions of their own, headings before sub-paragraphs,
preambular sub-paragraphs, a lead that does not open its text, a footnote cited twice, an edition issued
under its own symbol and one with no date of its own."""

from __future__ import annotations

from dataclasses import replace

import pytest
from akn_schema import schema_errors

from versioning.canonical import canonical_bytes
from versioning.errors import InputError
from versioning.identifiers import ClauseId, Symbol
from versioning.interop.akn_read import read_akn
from versioning.interop.akn_write import write_akn
from versioning.model import (
    Annex,
    Distribution,
    Document,
    Edition,
    Footnote,
    Heading,
    Paragraph,
    Part,
    Report,
    Source,
)


def paragraph(clause: str, text: str, **fields: object) -> Paragraph:
    return Paragraph(ClauseId.parse(clause), text, **fields)  # type: ignore[arg-type]


def divided_document() -> Document:
    """A resolution in two lettered parts, the second in two sections, with an annex and a body text."""
    sub = (
        paragraph("partA.op2.a", "the first point;", number="a"),
        paragraph(
            "partA.op2.b",
            "the second point, in two:",
            number="b",
            subparagraphs=(
                paragraph("partA.op2.b.i", "one;", number="i"),
                paragraph("partA.op2.b.ii", "two;", number="ii"),
            ),
        ),
    )
    return Document(
        symbol=Symbol.parse("A/RES/79/100"),
        number="79/100",
        session=79,
        title="Questions relating to information",
        agenda_items=("40",),
        adopted="2024-12-06",
        draft=None,
        distribution=Distribution("General", "2024-12-12"),
        edition=Edition(
            "corrigendum",
            "2025-01-10",
            "Corrected for technical reasons.",
            Symbol.parse("A/RES/79/100/Corr.1"),
        ),
        preamble=(
            paragraph("partA.pp1", "Recalling its resolution 78/100,", lead="Recalling", footnotes=("1",)),
            paragraph(
                "partA.pp2",
                "Having considered the following:",
                lead="Having considered",
                subparagraphs=(paragraph("partA.pp2.a", "the report;", number="a"),),
            ),
            paragraph("partB.pp1", "Noting the report of the Secretary-General,", lead="Noting with concern"),
        ),
        operative=(
            paragraph("partA.op1", "Requests the Department to continue;", lead="Requests", number="1"),
            paragraph(
                "partA.op2",
                "Decides as follows:",
                lead="Decides",
                number="2",
                footnotes=("1", "2"),
                subparagraphs=sub,
            ),
            paragraph("partB.secI.op1", "Welcomes the work done;", lead="Welcomes", number="1"),
            paragraph("partB.secII.op1", "Adopts the text annexed to the present resolution;", number=None),
        ),
        footnotes=(
            Footnote("*", "Reissued for technical reasons."),
            Footnote("1", "A/79/21."),
            Footnote("2", "A/79/22."),
        ),
        source=Source("0" * 64, "text/plain"),
        meeting="50th plenary meeting",
        sponsors=(),
        headings=(
            Heading(ClauseId.parse("partA.op2.b"), "Second point"),
            Heading(ClauseId.parse("partB.secI.op1"), "Welcome"),
            Heading(ClauseId.parse("annex1.p2"), "Commitments"),
        ),
        annexes=(
            Annex(
                "annex1",
                "Annex",
                "Declaration",
                (
                    paragraph("annex1.p1", "We, the Heads of State,", lead="We"),
                    paragraph("annex1.p2", "Commit ourselves to act;", number="1", footnotes=("2",)),
                    paragraph("annex1.secII.p1", "Call for action;", number="1"),
                ),
            ),
            Annex(
                "annex2",
                None,
                None,
                (paragraph("annex2.p1", "An outcome text adopted in the body."),),
                "body",
            ),
        ),
        committee="Special Political and Decolonization Committee (Fourth Committee)",
        report=Report(Symbol.parse("A/79/400"), "12"),
        parts=(
            Part(("partA",), "A", "Information in the service of humanity", "50th plenary meeting"),
            Part(("partB",), "B", "United Nations public information policies and activities"),
            Part(("partB", "secI"), "I", "General activities"),
            Part(("partB", "secII"), "II", None),
            Part(("annex1", "secII"), "II", "Action"),
        ),
    )


@pytest.mark.parametrize(
    "document",
    [
        divided_document(),
        replace(divided_document(), edition=Edition("original", None), annexes=(), parts=(), headings=()),
        replace(divided_document(), operative=(), parts=divided_document().parts[:1], headings=()),
        replace(divided_document(), footnotes=tuple(reversed(divided_document().footnotes))),
        replace(
            divided_document(),
            headings=(
                Heading(ClauseId.parse("partB.secI.op1"), "Listed first, printed second"),
                Heading(ClauseId.parse("op9"), "Before a clause the document does not hold"),
                Heading(ClauseId.parse("partA.pp2.a"), "Before a preambular sub-paragraph"),
                Heading(ClauseId.parse("partA.op1"), "Listed last, printed first"),
            ),
        ),
    ],
    ids=[
        "divided",
        "undated-edition",
        "part-without-paragraphs",
        "footnotes-in-another-order",
        "headings-in-another-order-or-unplaced",
    ],
)
def test_structures_export_valid_and_read_back(document: Document) -> None:
    data = write_akn(document)
    assert schema_errors(data) == []
    assert canonical_bytes(read_akn(data)) == canonical_bytes(document)


def test_where_the_structures_go() -> None:
    data = write_akn(divided_document()).decode()
    assert '<hcontainer name="part" eId="partB">' in data
    assert '<hcontainer name="section" eId="partB__secII">' in data
    assert '<subparagraph eId="partA__op2__b__i">' in data
    assert '<crossHeading eId="hdg_1">Second point</crossHeading>' in data
    assert '<attachment eId="annex2">' in data and '<doc name="body">' in data
    assert '<uv:lead eId="partB__pp1">Noting with concern</uv:lead>' in data
    assert data.count("<authorialNote") == 3 and '<noteRef href="#fn_2" marker="1"/>' in data
    assert '<inline name="editionSymbol">A/RES/79/100/Corr.1</inline>' in data
    assert "footnoteOrder" not in data  # the notes are listed in the order the document cites them


def test_a_text_xml_cannot_carry_is_an_input_error() -> None:
    document = replace(divided_document(), title="Questions\x0brelating to information")
    with pytest.raises(InputError, match=r"^A/RES/79/100@2025-01-10: cannot be written as XML: "):
        write_akn(document)
