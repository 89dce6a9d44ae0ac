"""A PDF parses to the same document as its text extractions (source hash and format aside)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from versioning.parsing import PDF, parse_edition

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
PDFS = sorted(CORPUS.glob("*/*.pdf"))

# Where the two documents differ today because the *text* parser misreads the PyMuPDF extraction: a
# footnote marker standing after a space stays in the paragraph text (80/110: "2003 (No. 185) 54 and",
# "Agenda 21, 6" then the next paragraph joined to it; the declarations' annexes: "Paris Principles. 13 We",
# "held in 2011, 1 2014"), or a heading taken from such a line (80/5).  The PDF's own document is right in
# each case: its markers are glued, as in the PDF.  Not strict, as the text parser is being fixed right now:
# an XPASS in pytest's summary (``-ra``) says which entry to remove.
TEXT_PARSER_MISREADS = {
    "A-80-L.22.pdf",
    "A-80-L.34.pdf",
    "A-80-L.5.pdf",
    "A-80-L.8.pdf",
    "A-RES-80-110.pdf",
    "A-RES-80-117.pdf",
    "A-RES-80-9.pdf",
}


def comparable(document: Any) -> dict[str, Any]:
    record: dict[str, Any] = document.to_dict()
    record.pop("source")
    return record


def cases() -> list[Any]:
    misread = pytest.mark.xfail(strict=False, reason="text parser misreads the PyMuPDF extraction")
    return [
        pytest.param(
            pdf,
            id=pdf.stem,
            marks=[pytest.mark.slow, *([misread] if pdf.name in TEXT_PARSER_MISREADS else [])],
        )
        for pdf in PDFS
    ]


@pytest.mark.parametrize("pdf", cases())
def test_pdf_gives_the_document_of_its_pymupdf_text(pdf: Path) -> None:
    from_pdf = parse_edition(pdf)
    assert from_pdf.source.format == PDF
    assert comparable(from_pdf) == comparable(parse_edition(pdf.with_suffix(".pymupdf.txt")))


@pytest.mark.parametrize("extraction", ["pymupdf", "pdftotext-raw", "pdftotext-layout"])
def test_founding_series_member_pdf_equals_each_extraction(extraction: str) -> None:
    pdf = CORPUS / "csto" / "A-RES-79-10.pdf"
    assert comparable(parse_edition(pdf)) == comparable(parse_edition(pdf.with_suffix(f".{extraction}.txt")))
