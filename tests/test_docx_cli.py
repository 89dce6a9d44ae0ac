"""``versioning diff OLD NEW --format docx -o FILE`` driven in process: the file, the exit status, and
one-line errors for a docx without ``-o`` or a file that cannot be written."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from corpus import CORPUS, parsed
from docx_revisions import shown_paragraphs

from versioning.cli import main
from versioning.errors import InputError
from versioning.render.docx import write_document

OLD = CORPUS / "csto" / "A-RES-77-13.pymupdf.txt"
NEW = CORPUS / "csto" / "A-RES-79-10.pymupdf.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_docx_is_written_to_the_named_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "redline.docx"
    assert main(["diff", str(OLD), str(NEW), "--format", "docx", "-o", str(target)]) == 1
    assert capsys.readouterr().out == ""
    data = target.read_bytes()
    accepted = [p.text for p in shown_paragraphs(data, "accept") if p.style == "Preambular Paragraph"]
    assert accepted == [clause.text for clause in parsed(NEW).preamble]
    assert any(True for _ in docx.Document(io.BytesIO(data)).element.body.iter(f"{W}ins"))


def test_docx_of_one_edition_with_itself_has_no_revision(tmp_path: Path) -> None:
    target = tmp_path / "same.docx"
    assert main(["diff", str(NEW), str(NEW), "--format", "docx", "-o", str(target)]) == 0
    body = docx.Document(io.BytesIO(target.read_bytes())).element.body
    assert not [e for tag in ("ins", "del", "moveFrom", "moveTo") for e in body.iter(f"{W}{tag}")]


def test_docx_without_output_file_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(NEW), "--format", "docx"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "-o FILE" in captured.err
    assert "Traceback" not in captured.err


def test_an_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "redline.docx"
    assert main(["diff", str(OLD), str(NEW), "--format", "docx", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(target) in err


def test_help_names_the_docx_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    assert "docx" in capsys.readouterr().out


def test_a_json_edition_with_a_control_character_is_refused_before_any_word_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A JSON input may try to carry a C0 control character into a paragraph (the text parser takes such
    # characters out, see tests/test_parser_controls.py); XML cannot hold it, and the schema refuses it
    # before any Word document is begun.
    record = parsed(CORPUS / "csto" / "A-RES-79-10.pymupdf.txt").to_dict()
    record["preamble"][1]["text"] = record["preamble"][1]["text"].replace(" the ", " the\x01", 1)
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(record), "utf-8")
    out = tmp_path / "redline.docx"
    old = str(CORPUS / "csto" / "A-RES-77-13.pymupdf.txt")
    assert main(["diff", old, str(damaged), "--format", "docx", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"error: {damaged}: $.preamble[1].text: holds the control character U+0001 at character 17 "
        "(texts may hold none)\n"
    )
    assert not out.exists()


def test_a_document_built_in_code_with_a_control_character_is_refused_in_one_line() -> None:
    """A library caller may build a document without the schema's check: the Word writer still refuses a
    character XML cannot hold, in one line naming the edition."""
    document = parsed(CORPUS / "csto" / "A-RES-79-10.pymupdf.txt")
    first = document.preamble[0]
    damaged = replace(document, preamble=(replace(first, text=first.text + "\x01"), *document.preamble[1:]))
    with pytest.raises(InputError, match=r"^A/RES/79/10@[\d-]+: cannot be written as a Word document: "):
        write_document(damaged)
