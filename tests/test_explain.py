"""``versioning parse --explain``: the furniture set aside (line and rule) and the source lines of every
part of the document, accounting for every line of every corpus text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import CORPUS, TEXTS, parsed

from versioning.cli import main
from versioning.parsing import parse_with_account
from versioning.parsing.lines import split_lines

LAYOUT = CORPUS / "csto" / "A-RES-79-10.pdftotext-layout.txt"


def test_explain_lists_furniture_and_paragraph_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--explain", str(LAYOUT)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{LAYOUT}: A/RES/79/10: every body word landed in the document or was set aside"
    assert "Set aside as page furniture (18):" in out
    assert "  line   116  '2/4': page number, agreeing with the document's other page numbers" in out
    assert "  line    53  '*2421660*': bar code" in out
    assert "  lines 1-23     header" in out
    assert "  lines 24-25    pp1" in out
    assert "  lines 176-179  op9" in out
    assert "  line 181       meeting" in out


def test_explain_with_output_still_writes_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "doc.json"
    assert main(["parse", "--explain", str(LAYOUT), "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["symbol"] == "A/RES/79/10"
    assert "header" in capsys.readouterr().out


def test_explain_of_a_json_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "doc.json"
    assert main(["parse", str(LAYOUT), "-o", str(target)]) == 0
    assert main(["parse", "--explain", str(target)]) == 0
    explained = capsys.readouterr().out
    assert "a JSON document: nothing was parsed from text" in explained
    assert "every body word landed" not in explained  # no check ran: it is not claimed


def test_explain_of_an_akoma_ntoso_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from versioning.interop.akn_write import write_akn

    target = tmp_path / "doc.xml"
    target.write_bytes(write_akn(parsed(LAYOUT)))
    assert main(["parse", "--explain", str(target)]) == 0
    assert "an Akoma Ntoso document: nothing was parsed from text" in capsys.readouterr().out


def test_explain_of_a_word_document_says_whose_lines_it_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from versioning.render.docx import write_document

    target = tmp_path / "doc.docx"
    target.write_bytes(write_document(parsed(LAYOUT)))
    assert main(["parse", "--explain", str(target)]) == 0
    assert "the text the parser renders from the Word document" in capsys.readouterr().out


def test_explain_of_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Hello\n", encoding="utf-8")
    assert main(["parse", "--explain", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not a General Assembly resolution" in err


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_every_line_of_every_corpus_text_is_accounted_for(path: Path) -> None:
    """Every line with a word on it is set aside or lies in the source range of a part of the document."""
    _, account = parse_with_account(path)
    covered = {piece.line for piece in account.furniture}
    for placement in account.placements:
        covered.update(range(placement.first, placement.last + 1))
    lines = split_lines(path.read_text(encoding="utf-8"))
    unaccounted = [
        line for line in lines if any(c.isalnum() for c in line.text) and line.number not in covered
    ]
    assert unaccounted == []


def test_explain_of_a_pdf_says_whose_lines_it_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--explain", str(CORPUS / "csto" / "A-RES-79-10.pdf")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "(line numbers are those of the text the parser renders from the PDF's pages)"
    assert "  line    53  'A/RES/79/10': document symbol" in out
