"""The store's commands, driven in process: exact output and exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from store_documents import edition_bytes, stored_document

from versioning.canonical import canonical_json
from versioning.cli import build_parser, main

STORE_COMMANDS = ("init", "add", "editions", "log", "show", "verify", "push", "pull")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def edition_files(tmp_path: Path) -> list[Path]:
    files = []
    for symbol, date, kind in [
        ("A/RES/67/6", "2013-07-15", "reissue"),
        ("A/RES/73/331", "2019-07-25", "original"),
    ]:
        path = tmp_path / f"{symbol.replace('/', '-')}.json"
        path.write_bytes(edition_bytes(symbol, date, kind))
        files.append(path)
    return files


def test_every_store_command_has_help() -> None:
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in STORE_COMMANDS:
        assert choices[name].description, name
        assert choices[name].format_help()


def test_init_add_editions_log_show(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, edition_files: list[Path]
) -> None:
    store = str(tmp_path / "store")
    assert run(capsys, "--store", store, "init") == (0, f"created an empty store at {store}\n", "")
    assert run(capsys, "--store", store, "init")[1] == f"a store already exists at {store}\n"

    status, out, err = run(capsys, "--store", store, "add", *map(str, edition_files))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("added: A/RES/67/6@2013-07-15 (reissue, commit ")
    assert lines[0].endswith(f"from {edition_files[0]}")

    status, out, _ = run(capsys, "--store", store, "add", str(edition_files[0]))
    assert out.startswith("already stored: A/RES/67/6@2013-07-15 (reissue, commit ")

    status, out, _ = run(capsys, "--store", store, "editions")
    assert status == 0
    header, first, second = out.splitlines()
    assert header.split() == ["EDITION", "KIND", "COMMIT", "SOURCE"]
    assert first.split()[0::3] == ["A/RES/67/6@2013-07-15", "A-RES-67-6.json"]
    assert second.split()[:2] == ["A/RES/73/331@2019-07-25", "original"]

    status, out, _ = run(capsys, "--store", store, "log", "A/RES/67/6")
    assert status == 0
    [line] = out.splitlines()
    assert line.split()[1:] == ["2013-07-15", "A/RES/67/6:", "reissue", "of", "2013-07-15"]

    status, out, _ = run(capsys, "--store", store, "show", "A/RES/73/331@original")
    shown = canonical_json(stored_document(edition_bytes("A/RES/73/331", "2019-07-25", "original")))
    assert (status, out) == (0, shown)
    status, out, _ = run(capsys, "--store", store, "show", "--source", "A/RES/67/6")
    assert out == edition_files[0].read_text()
    status, out, _ = run(capsys, "--store", store, "show", str(edition_files[1]))
    assert out == shown

    assert run(capsys, "--store", store, "verify") == (0, f"ok: {store} is sound\n", "")


@pytest.mark.parametrize("bare", [False, True], ids=["with a work tree", "bare"])
def test_a_new_store_at_a_relative_path(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    edition_files: list[Path],
    bare: bool,
) -> None:
    monkeypatch.chdir(tmp_path)
    init = ["init", "--bare"] if bare else ["init"]
    assert run(capsys, "--store", "nested/st", *init)[0] == 0
    status, out, err = run(capsys, "--store", "st2", "add", str(edition_files[0]))
    assert (status, err) == (0, "")
    assert out.startswith("added: A/RES/67/6@2013-07-15")
    status, out, _ = run(capsys, "--store", "st2", "verify")
    assert (status, out) == (0, f"ok: {tmp_path / 'st2'} is sound\n")
    assert not list(tmp_path.glob("**/*.creating-*"))


def test_add_dir_prints_a_summary_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, edition_files: list[Path]
) -> None:
    store = str(tmp_path / "store")
    status, out, err = run(capsys, "--store", store, "add", str(tmp_path))
    assert (status, err) == (0, "")
    expected = "2 file(s): 2 edition(s) added, 0 already stored, 0 other source(s) of stored editions"
    assert out == expected + " (same documents)\n"


def test_add_dir_on_a_terminal_shows_a_progress_bar(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    edition_files: list[Path],
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status, out, err = run(capsys, "--store", str(tmp_path / "store"), "add", str(tmp_path))
    assert status == 0
    assert out.startswith("2 file(s): 2 edition(s) added")
    assert "\rparsing  [###############---------------] 1/2" in err
    assert err.endswith("\rwriting  [##############################] 2/2\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["show", "A/RES/67/6@2099-01-01"],
            "A/RES/67/6@2099-01-01: no such edition; the store holds 2013-07-15",
        ),
        (["show", "A/RES/99/1"], "A/RES/99/1: no edition of this resolution is stored"),
        (["show", "A/RES/67/6@someday"], "not a valid edition reference date"),
        (["log", "A/RES/../6"], "not a valid symbol"),
        (["add", "missing.txt"], "missing.txt: no such file"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    edition_files: list[Path],
    argv: list[str],
    message: str,
) -> None:
    store = str(tmp_path / "store")
    run(capsys, "--store", store, "add", str(edition_files[0]))
    status, out, err = run(capsys, "--store", store, *argv)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("error: ")
    assert message in err


def test_a_rejected_add_stores_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, edition_files: list[Path]
) -> None:
    store = str(tmp_path / "store")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    status, _, err = run(capsys, "--store", store, "add", str(edition_files[0]), str(bad))
    assert status == 2
    assert "bad.json:1:2: invalid JSON" in err
    assert run(capsys, "--store", store, "editions")[1].splitlines()[1:] == []


def test_verify_exits_1_with_one_line_per_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, edition_files: list[Path]
) -> None:
    store = tmp_path / "store"
    run(capsys, "--store", str(store), "add", *map(str, edition_files))
    subprocess.run(
        ["git", "-C", str(store), "tag", "-f", "A/RES/67/6@2013-07-15", "HEAD"],
        check=True,
        capture_output=True,
    )
    status, out, _ = run(capsys, "--store", str(store), "verify")
    assert status == 1
    [line] = out.splitlines()
    assert line.startswith("A/RES/67/6@2013-07-15 (commit ")
    assert "): tag A/RES/67/6@2013-07-15 points at " in line


def test_push_and_pull_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, edition_files: list[Path]
) -> None:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    run(capsys, "--store", str(tmp_path / "a"), "add", *map(str, edition_files))
    status, out, _ = run(capsys, "--store", str(tmp_path / "a"), "push", str(remote))
    assert status == 0 and out.startswith(f"pushed 2 edition(s) to {remote} ((empty)..")
    run(capsys, "--store", str(tmp_path / "b"), "init")
    status, out, _ = run(capsys, "--store", str(tmp_path / "b"), "pull", str(remote))
    assert status == 0 and out.startswith(f"pulled 2 edition(s) from {remote} ((empty)..")
    assert (
        run(capsys, "--store", str(tmp_path / "b"), "pull", str(remote))[1]
        == f"{remote}: already up to date\n"
    )


@pytest.mark.parametrize("command", ["show A/RES/67/6", "log A/RES/67/6"])
def test_the_command_starts_without_git_jsonschema_the_diff_engine_or_the_exchange_formats(
    tmp_path: Path, edition_files: list[Path], command: str
) -> None:
    store = tmp_path / "store"
    main(["--store", str(store), "add", str(edition_files[0])])
    heavy = (
        "git", "jsonschema", "docx", "lxml", "starlette", "diff_match_patch", "rapidfuzz",
        "versioning.diff.engine", "versioning.render.html", "versioning.parsing",
    )  # fmt: skip
    probe = (
        f"import sys; from versioning.cli import main; main(['--store', sys.argv[1], *{command.split()!r}]);"
        f"sys.stdout.flush(); print([m for m in {heavy!r} if m in sys.modules], file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(store)], capture_output=True, text=True, check=True
    )
    assert done.stderr.strip() == "[]"
