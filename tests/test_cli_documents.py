"""``versioning parse`` and ``versioning validate``, driven in process: exact output and exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import CORPUS, FOUNDING

from versioning.cli import build_parser, main

GOLDEN = Path(__file__).parent / "golden" / "A-RES-67-6.reissue-2013-07-15.json"


def test_parse_prints_the_canonical_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FOUNDING)]) == 0
    assert capsys.readouterr().out == GOLDEN.read_text(encoding="utf-8")


def test_parse_writes_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "doc.json"
    assert main(["parse", str(FOUNDING), "-o", str(out)]) == 0
    assert out.read_bytes() == GOLDEN.read_bytes()


def test_parse_of_a_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(CORPUS / "csto" / "A-RES-79-10.pdf")]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["source"]["format"] == "application/pdf"
    assert len(document["operative"]) == 9


def test_validate_reports_each_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(GOLDEN.read_bytes())
    assert main(["validate", str(good), str(FOUNDING)]) == 0
    assert capsys.readouterr().out == f"{good}: valid\n{FOUNDING}: valid\n"


def test_validate_prints_problems_with_json_paths(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))
    document["operative"][3]["footnotes"] = ["7"]
    document["adopted"] = "19 November 2012"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{bad}: $.adopted: '19 November 2012' is not a 'date'"]
    document["adopted"] = "2012-11-19"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    assert capsys.readouterr().out == f'{bad}: $.operative[3].footnotes[0]: marker "7" has no footnote\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data"),
        ("caf\xe9\n".encode("latin-1"), "unknown encoding"),
        (b"Minutes of a meeting\n", "not a General Assembly resolution"),
        (b"%PDF-1.7\n%broken", "PDF"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    assert main(["parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {path}")
    assert message in lines[0]


def test_directory_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path}: is a directory, not an edition file\n"
    assert main(["validate", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'missing.txt'}: no such file\n"


def test_truncated_resolution_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.txt"
    path.write_text(
        "\n".join(FOUNDING.read_text(encoding="utf-8").splitlines()[:20]) + "\n", encoding="utf-8"
    )
    assert main(["parse", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {path}:21: truncated or not a resolution")


def test_every_command_has_help_and_is_documented() -> None:
    parser = build_parser()
    subparsers = next(action for action in parser._actions if action.dest == "command")
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name, command in subparsers.choices.items():  # type: ignore[attr-defined]
        assert command.description, name
        assert f"versioning {name}" in readme, f"README does not document `versioning {name}`"
