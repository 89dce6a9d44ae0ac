"""PDF text extraction: the corpus PDFs give the text a plain extractor gives, bad bytes an InputError."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from versioning.errors import InputError
from versioning.parsing.pdf import (
    PageLine,
    PdfPage,
    TextRun,
    extract_pdf_text,
    italic_openings,
    read_pdf_pages,
)

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
CSTO_79_10 = CORPUS / "csto" / "A-RES-79-10.pdf"
PDFS_WITH_PYMUPDF_TEXT = sorted([CSTO_79_10, *(CORPUS / "cooperation").glob("*.pdf")])

# Page furniture: symbol, job number (with its "(E)" and date), bar code, page "2/4", "Please recycle".
FURNITURE = re.compile(
    r"^(A/(RES/)?\d+/(L\.)?\d+\*?|\d\d-\d{5}\*?( \(E\))?( \d{6})?|\*\d{7}\*|\d+/\d+|Please recycle)$"
)


@cache
def text_of(path: Path) -> str:
    return extract_pdf_text(path.read_bytes(), name=path.name)


def test_founding_series_member_has_title_numbers_and_footnotes() -> None:
    text = text_of(CSTO_79_10)
    lines = text.splitlines()
    assert (
        "79/10. Cooperation between the United Nations and the Collective\nSecurity Treaty Organization"
        in text
    )
    assert [line.split(".")[0] for line in lines if re.match(r"^\d\. [A-Z]", line)] == [
        str(n) for n in range(1, 10)
    ]
    assert text.count("\f") == 4 and text.endswith("\f")
    assert sorted(_footnote_markers(text), key=int) == [str(n) for n in range(1, 8)]


def test_footnote_markers_are_glued_to_the_word_before_them() -> None:
    text = text_of(CSTO_79_10)
    assert "13 January 20103 and 6 August 2013,4 which underline" in text
    assert "regional and other organizations,1\n" in text
    assert "Global Counter-Terrorism Strategy5 and relevant" in text


def test_superscript_markers_can_come_out_as_superscript_digits() -> None:
    text = extract_pdf_text(CSTO_79_10.read_bytes(), superscript_markers=True)
    assert "13 January 2010³ and 6 August 2013,⁴ which underline" in text
    assert "\n¹ A/79/302-S/2024/600.\n" in text


def test_footnote_block_follows_its_rule_of_underscores() -> None:
    page_one = [line for line in text_of(CSTO_79_10).split("\f")[0].splitlines() if line]
    rule = page_one.index("_______________")
    assert page_one[rule - 1].endswith("and the relevant statements by its")
    assert page_one[rule + 1 : rule + 3] == ["1 A/79/302-S/2024/600.", "2 Resolution 49/57, annex."]


def test_blank_line_between_paragraphs_none_inside() -> None:
    text = text_of(CSTO_79_10)
    assert (
        "\n\nReferring to the Articles of the Charter of the United Nations that encourage\nmeasures" in text
    )
    assert "organizations,1\n\nReferring to the Articles" in text


def test_justified_line_split_by_pdfminer_is_one_line_again() -> None:
    text = text_of(CSTO_79_10)
    assert "\nWelcoming the signing on 17 January 2017 of the memorandum of\n" in text
    assert "\n4. Invites the Secretary-General of the United Nations to continue regular\n" in text
    assert "\nconsultations with the Secretary-General of the Collective Security Treaty\n" in text


@pytest.mark.parametrize("pdf", PDFS_WITH_PYMUPDF_TEXT, ids=lambda path: path.stem)
def test_same_text_as_pymupdf_furniture_and_spacing_aside(pdf: Path) -> None:
    mine = _content(text_of(pdf))
    theirs = _content(pdf.with_suffix(".pymupdf.txt").read_text(encoding="utf-8"))
    # the running title, repeated at the head of each page, stands before or after the symbol
    repeated = {line for line in mine if mine.count(line) > 1 and theirs.count(line) == mine.count(line)}
    body_of_mine = "".join(line for line in mine if line not in repeated)
    body_of_theirs = "".join(line for line in theirs if line not in repeated)
    assert body_of_mine == body_of_theirs


def test_italics_are_read_from_font_names() -> None:
    lines = [line for page in read_pdf_pages(CSTO_79_10.read_bytes()) for line in page.lines]
    leads = [line.runs[0].text.strip() for line in lines if line.runs[0].italic]
    assert "Having considered" in leads and "Noting with satisfaction" in leads
    operative = [line for line in lines if line.text.startswith("1. Takes note")]
    assert [run.italic for run in operative[0].runs[:3]] == [False, True, False]
    assert operative[0].runs[1].text == "Takes note with appreciation "


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, world\n", b"\x00\x01\x02garbage" * 100, b"%PDF-1.7\n% nothing else"],
    ids=["empty", "text", "garbage", "header-only"],
)
def test_bytes_that_are_not_a_pdf_give_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError) as raised:
        extract_pdf_text(data, name="bad.pdf")
    assert raised.value.file == "bad.pdf"
    assert str(raised.value).startswith("bad.pdf: ")


@pytest.mark.parametrize("share", [0.1, 0.5, 0.9])
def test_truncated_pdf_gives_an_input_error(share: float) -> None:
    data = CSTO_79_10.read_bytes()
    with pytest.raises(InputError, match=r"truncated\.pdf: "):
        extract_pdf_text(data[: int(len(data) * share)], name="truncated.pdf")


def test_damaged_pdf_gives_an_input_error() -> None:
    data = bytearray(CSTO_79_10.read_bytes())
    for offset in range(2000, len(data), 997):
        data[offset] ^= 0x5A
    with pytest.raises(InputError):
        extract_pdf_text(bytes(data), name="damaged.pdf")


def _footnote_markers(text: str) -> list[str]:
    """The markers that open lines after the rule of underscores, page by page."""
    markers = []
    for page in text.split("\f"):
        lines = page.splitlines()
        rules = [index for index, line in enumerate(lines) if re.fullmatch(r"_{5,}", line)]
        if rules:
            markers += [
                m.group(1) for line in lines[rules[0] + 1 :] if (m := re.match(r"^(\d{1,3}) \S", line))
            ]
    return markers


def _content(text: str) -> list[str]:
    """Lines without furniture or spaces."""
    lines = ["".join(line.split()) for line in text.splitlines() if not FURNITURE.match(line.strip())]
    return [line for line in lines if line]


def minimal_pdf(content: bytes, *, encrypted: bool = False) -> bytes:
    """A one-page PDF drawing ``content`` in Times-Italic; ``encrypted`` adds a password it does not know."""
    stream = b"BT /F1 12 Tf 72 700 Td " + content + b" ET" if content else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    encryption = b" /Encrypt 6 0 R /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">]" if encrypted else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        encryption,
        xref,
    )
    return bytes(out)


def test_minimal_pdf_is_read_with_its_italics() -> None:
    data = minimal_pdf(b"(Hello world) Tj")
    assert extract_pdf_text(data) == "Hello world\n\f"
    [page] = read_pdf_pages(data)
    assert [(run.text, run.italic) for line in page.lines for run in line.runs] == [("Hello world", True)]


def test_encrypted_pdf_gives_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^locked\.pdf: encrypted PDF"):
        extract_pdf_text(minimal_pdf(b"(Hello world) Tj", encrypted=True), name="locked.pdf")


def test_pdf_without_text_gives_an_input_error() -> None:
    with pytest.raises(InputError, match="no text layer"):
        extract_pdf_text(minimal_pdf(b""), name="scan.pdf")


def test_italic_openings_are_the_leads_in_reading_order() -> None:
    openings = italic_openings(read_pdf_pages(CSTO_79_10.read_bytes()))
    leads = [phrase for phrase in openings if phrase[0].isupper() and phrase != "The General Assembly"]
    assert leads[:4] == ["Having considered", "Referring", "Referring also", "Referring further"]
    assert "Takes note with appreciation" in leads  # after its upright number "1."
    assert leads.index("Takes note with appreciation") < leads.index("Decides")


def _line(top: float, *runs: tuple[str, bool]) -> PageLine:
    return PageLine(72, 500, top, top - 12, 12, tuple(TextRun(text, italic, False) for text, italic in runs))


def test_an_italic_lead_that_fills_its_line_goes_on_at_the_next() -> None:
    page = PdfPage(
        1,
        (
            _line(700, ("The General Assembly,", True)),
            _line(680, ("Recalling", True), (" its resolution,", False)),
            _line(660, ("12. ", False), ("Expresses its continued serious", True)),
            _line(640, ("concern", True), (" at the decline,", False)),
        ),
    )
    assert italic_openings([page]) == [
        "The General Assembly",
        "Recalling",
        "Expresses its continued serious concern",
    ]
