"""A PDF parses to the same document as its text extractions (source hash and format aside), except that
a PDF shows its leads in italics, which the PDF path reads where the text parser can only use its grammar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus import CORPUS, parsed

from versioning.parsing import PDF

PDFS = sorted(CORPUS.glob("*/*.pdf"))

# Paragraphs whose italics are shorter than the grammar's phrase (tests/test_parser_leads.py gives why):
# (document, clause) -> (the text parser's lead, the PDF's italics).
LEADS_FROM_ITALICS = {
    ("A-RES-80-111", "pp2"): ("Reaffirming also", "Reaffirming"),
    ("A-80-L.27", "pp2"): ("Reaffirming also", "Reaffirming"),
    ("A-RES-80-3", "op2"): ("Expresses its profound gratitude", "Expresses"),
    ("A-80-L.4", "op2"): ("Expresses its profound gratitude", "Expresses"),
}


def comparable(document: Any, stem: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = document.to_dict()
    record.pop("source")
    for section in ("preamble", "operative"):
        for paragraph in record[section]:
            text_lead, italics = LEADS_FROM_ITALICS.get((stem, paragraph["id"]), (None, None))
            if text_lead is not None and paragraph["lead"] == text_lead:
                paragraph["lead"] = italics
    return record


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PDFS, ids=lambda path: path.stem)
def test_pdf_gives_the_document_of_its_pymupdf_text(pdf: Path) -> None:
    from_pdf = parsed(pdf)
    assert from_pdf.source.format == PDF
    assert comparable(from_pdf) == comparable(parsed(pdf.with_suffix(".pymupdf.txt")), pdf.stem)


def test_pdf_leads_differ_from_the_texts_only_where_listed() -> None:
    pdf = CORPUS / "editions" / "A-RES-80-111.pdf"
    text_leads = [p.lead for p in parsed(pdf.with_suffix(".pymupdf.txt")).preamble]
    pdf_leads = [p.lead for p in parsed(pdf).preamble]
    assert [(a, b) for a, b in zip(text_leads, pdf_leads, strict=True) if a != b] == [
        ("Reaffirming also", "Reaffirming")
    ]


@pytest.mark.parametrize("extraction", ["pymupdf", "pdftotext-raw", "pdftotext-layout"])
def test_founding_series_member_pdf_equals_each_extraction(extraction: str) -> None:
    pdf = CORPUS / "csto" / "A-RES-79-10.pdf"
    assert comparable(parsed(pdf)) == comparable(parsed(pdf.with_suffix(f".{extraction}.txt")))
