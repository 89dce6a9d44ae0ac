"""``versioning diff`` driven in process: output, exit status, errors as one line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from versioning.cli import main
from versioning.validation import iter_schema_problems

CASES = Path(__file__).parent / "cases" / "diff"
LEFT = str(CASES / "word-change" / "left.json")
RIGHT = str(CASES / "word-change" / "right.json")
ROUTINE = str(CASES / "routine-update" / "right.json")


def test_json_output_is_the_change_list(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["diff", LEFT, RIGHT, "--format", "json"])
    output = capsys.readouterr().out
    assert status == 1
    data = json.loads(output)
    assert list(iter_schema_problems(data, schema="changes.schema.json")) == []
    expected = json.loads((CASES / "word-change" / "expected.json").read_text(encoding="utf-8"))
    # The baselines' sources are the files read (expected.json was made from the documents themselves).
    for side, path in (("old", LEFT), ("new", RIGHT)):
        expected[side] |= {"sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest()}
        expected[side] |= {"format": "application/json"}
    assert data == expected


def test_no_difference_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", LEFT, LEFT, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["total"] == 0


@pytest.mark.parametrize(("fail_on", "status"), [("editorial", 1), ("routine", 1), ("substantive", 0)])
def test_fail_on(fail_on: str, status: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", LEFT, ROUTINE, "--fail-on", fail_on, "--format", "json"]) == status


def test_all_lists_unchanged_clauses(capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", LEFT, RIGHT, "--format", "json", "--all"])
    kinds = [change["kind"] for change in json.loads(capsys.readouterr().out)["changes"]]
    assert kinds.count("unchanged") > 20 and kinds.count("modified") == 1


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_every_format_renders(format: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", LEFT, RIGHT, "--format", format]) == 1
    output = capsys.readouterr().out
    assert "strengthen" in output


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "changes.json"
    assert main(["diff", LEFT, RIGHT, "--format", "json", "-o", str(target)]) == 1
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["total"] == 1


def test_missing_file_is_one_line_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.txt")
    assert main(["diff", missing, RIGHT]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "missing.txt" in captured.err and "Traceback" not in captured.err


def test_invalid_json_document_is_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"symbol": "A/RES/67/6"}', encoding="utf-8")
    assert main(["diff", str(bad), RIGHT]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_unknown_stored_reference_is_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--store", str(tmp_path / "nostore"), "diff", "A/RES/67/6@2013-07-15", RIGHT])
    assert status == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_bad_fail_on_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["diff", LEFT, RIGHT, "--fail-on", "cosmetic"])
    assert exit_info.value.code == 2


CSTO = Path(__file__).parents[1].parent / "shared" / "corpus" / "csto"


def test_store_references(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from versioning.store import open_store

    store = tmp_path / "store"
    added = open_store(store, create=True).add(
        [CSTO / "A-RES-77-13.pymupdf.txt", CSTO / "A-RES-79-10.pymupdf.txt"]
    )
    old_ref, new_ref = (result.reference for result in added)
    status = main(["--store", str(store), "diff", old_ref, "A/RES/79/10", "--format", "json"])
    assert status == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["old"]["symbol"], data["new"]["symbol"]) == ("A/RES/77/13", "A/RES/79/10")
    operative = [(c["old_id"], c["class"]) for c in data["changes"] if c["section"] == "operative"]
    assert operative == [("op8", "routine"), ("op9", "routine")]
    assert main(["--store", str(store), "diff", new_ref, str(CSTO / "A-RES-79-10.pymupdf.txt")]) == 0
    assert main(["--store", str(store), "diff", old_ref, new_ref, "--fail-on", "substantive"]) == 0
