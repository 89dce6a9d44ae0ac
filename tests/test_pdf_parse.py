"""A PDF parses to the same document as its text extractions (source hash and format aside)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from versioning.parsing import PDF, parse_edition

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
PDFS = sorted(CORPUS.glob("*/*.pdf"))


def comparable(document: Any) -> dict[str, Any]:
    record: dict[str, Any] = document.to_dict()
    record.pop("source")
    return record


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PDFS, ids=lambda path: path.stem)
def test_pdf_gives_the_document_of_its_pymupdf_text(pdf: Path) -> None:
    from_pdf = parse_edition(pdf)
    assert from_pdf.source.format == PDF
    assert comparable(from_pdf) == comparable(parse_edition(pdf.with_suffix(".pymupdf.txt")))


@pytest.mark.parametrize("extraction", ["pymupdf", "pdftotext-raw", "pdftotext-layout"])
def test_founding_series_member_pdf_equals_each_extraction(extraction: str) -> None:
    pdf = CORPUS / "csto" / "A-RES-79-10.pdf"
    assert comparable(parse_edition(pdf)) == comparable(parse_edition(pdf.with_suffix(f".{extraction}.txt")))
