"""Hostile inputs: every one is refused with exit status 2 and one line on stderr naming the file, and a
store it was offered to is left exactly as it was (refs, objects and files), with nothing written beside it.

Inputs that would block or never end (a FIFO, ``/dev/zero``) run the command in a child process with a
timeout, so that a regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from store_documents import edition_bytes

from versioning.cli import main

CHILD_TIMEOUT = 60
"""Seconds a child process may take before the test fails (a refused input takes well under one)."""

VALID = json.loads(edition_bytes())


def _with(**fields: object) -> bytes:
    """The valid document with some fields replaced; non-ASCII characters as ``\\u`` escapes."""
    return json.dumps({**VALID, **fields}, indent=2).encode()


def _appending(member: str) -> bytes:
    """The valid document with one more member written at its end, as raw JSON text."""
    text = json.dumps(VALID, indent=2)
    return (text[: text.rindex("}")].rstrip() + f",\n  {member}\n}}\n").encode()


# name -> (file name, bytes): each a JSON edition (or text) that must be refused.
HOSTILE_FILES: dict[str, tuple[str, bytes]] = {
    "lone surrogate in the title": ("title.json", _with(title="\ud800")),
    "lone surrogate in a key": ("key.json", _appending('"\\udc00": 1')),
    "5,000-digit integer": ("huge.json", _appending('"x": ' + "9" * 5000)),
    "nesting 1,000 deep": ("deep.json", _appending('"x": ' + "[" * 1000 + "]" * 1000)),
    "duplicate key": ("duplicate.json", _appending('"title": "Another title"')),
    "float session": ("session.json", _with(session=67.0)),
    "NaN": ("nan.json", _appending('"x": NaN')),
    "Infinity": ("infinity.json", _appending('"x": -Infinity')),
    "number out of range": ("range.json", _appending('"x": 1e999')),
    "adopted in year 1": ("year1.json", _with(adopted="0001-01-01")),
    "edition in year 9999": ("year9999.json", _with(edition={**VALID["edition"], "date": "9999-12-31"})),
    "not JSON": ("broken.json", b'{"symbol": "A/RES/67/6",\n  "session": 67,,\n}'),
    "bell in a paragraph": (
        "bell.json",
        _with(operative=[{**VALID["operative"][0], "text": "Bell\u0007 " + VALID["operative"][0]["text"]}]),
    ),
    "line feed after the symbol": ("symbol.json", _with(symbol=VALID["symbol"] + "\n")),
    "line separator in a paragraph": (
        "separator.json",
        _with(preamble=[{**VALID["preamble"][0], "text": "Line\u2028" + VALID["preamble"][0]["text"]}]),
    ),
    "C1 control in the title": ("c1.json", _with(title=VALID["title"] + "\u0085")),
    "not UTF-8 JSON": ("latin1.json", _with(title="Coop\u00e9ration").replace(b"\\u00e9", b"\xe9")),
    "binary garbage as text": ("garbage.txt", bytes(range(256)) * 64),
    "Latin-1 text": ("latin1.txt", "R\u00e9solution adopt\u00e9e par l'Assembl\u00e9e".encode("latin-1")),
    "empty file": ("empty.txt", b""),
}
"""Each case's expected reason is not fixed here: only that the one line names the file."""


def _last_line(case: str) -> int:
    return HOSTILE_FILES[case][1].count(b"\n") - 1


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_child(*argv: str) -> tuple[int, str, str]:
    """The command in a child process that cannot outlive :data:`CHILD_TIMEOUT`."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "versioning", *argv],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"versioning {' '.join(argv)} still running after {CHILD_TIMEOUT} s")
    return done.returncode, done.stdout, done.stderr


def assert_refused(result: tuple[int, str, str], name: str) -> str:
    """Exit 2, nothing on stdout, one line on stderr that names the file; returns that line."""
    status, out, err = result
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert (status, out, len(lines)) == (2, "", 1), err
    assert lines[0].startswith(f"error: {name}"), lines[0]
    return lines[0]


def _snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` (with the store's git directory), by path, with its content hash."""
    files = {}
    for folder, _, names in os.walk(root):
        for file_name in names:
            path = Path(folder) / file_name
            mode = path.lstat().st_mode
            # A FIFO or a device among the inputs is recorded by its mode: reading it would block.
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if stat.S_ISREG(mode) else oct(mode)
            files[str(path.relative_to(root))] = digest
    return files


def _refs(store: Path) -> str:
    return subprocess.run(
        ["git", "-C", str(store), "for-each-ref"], capture_output=True, text=True, check=True
    ).stdout


class Workspace:
    """A folder holding a store with one edition, and a folder of inputs beside it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.store = root / "store"
        self.inputs = root / "inputs"
        self.inputs.mkdir()
        first = self.inputs / "first.json"
        first.write_bytes(edition_bytes())
        assert main(["--store", str(self.store), "add", str(first)]) == 0
        first.unlink()
        self.refs = _refs(self.store)
        self.files = _snapshot(root)

    def assert_unchanged(self) -> None:
        """The store's refs and files, and every file beside it, are as they were."""
        assert _refs(self.store) == self.refs
        assert _snapshot(self.root) == self.files

    def path(self, name: str) -> str:
        return str(self.inputs / name)


@pytest.fixture
def workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Workspace:
    made = Workspace(tmp_path)
    capsys.readouterr()
    return made


@pytest.mark.parametrize("case", HOSTILE_FILES)
def test_a_hostile_file_is_refused_by_parse_and_add(
    case: str, workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    file_name, data = HOSTILE_FILES[case]
    path = workspace.inputs / file_name
    path.write_bytes(data)
    workspace.files = _snapshot(workspace.root)
    assert_refused(run(capsys, "parse", "--", str(path)), str(path))
    assert_refused(run(capsys, "--store", str(workspace.store), "add", "--", str(path)), str(path))
    assert_refused(run(capsys, "diff", "--", str(path), str(path)), str(path))
    workspace.assert_unchanged()


def test_the_line_names_the_json_path_or_the_line_and_column(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = {
        "lone surrogate in the title": ": $.title: ",
        "5,000-digit integer": ": $.x: number too long",
        "duplicate key": ": $.title: duplicate key",
        "float session": ": $.session: 67.0 is not an integer",
        "NaN": ": $.x: NaN is not a JSON number",
        "adopted in year 1": ": $.adopted: 0001-01-01 is outside the Assembly's life",
        "edition in year 9999": ": $.edition.date: 9999-12-31 is outside the Assembly's life",
        "nesting 1,000 deep": f":{_last_line('nesting 1,000 deep')}:71: nested more than 64 levels deep",
        "not JSON": ":2:17: invalid JSON: ",
        "bell in a paragraph": ": $.operative[0].text: holds the control character U+0007 at character 5",
        "line feed after the symbol": ": $.symbol: ",
        "line separator in a paragraph": ": $.preamble[0].text: holds the separator U+2028 at character 5",
        "C1 control in the title": ": $.title: holds the control character U+0085",
    }
    for case, address in expected.items():
        file_name, data = HOSTILE_FILES[case]
        path = workspace.inputs / file_name
        path.write_bytes(data)
        line = assert_refused(run(capsys, "parse", str(path)), str(path))
        assert line.startswith(f"error: {path}{address}"), line


def test_a_document_invalid_only_by_a_rule_fails_validate_like_a_schema_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "session.json"
    path.write_bytes(HOSTILE_FILES["float session"][1])
    status, out, err = run(capsys, "validate", str(path))
    assert (status, err) == (1, "")
    assert out.startswith(f"{path}: $.session: 67.0 is not an integer")


def test_a_json_edition_does_not_choose_its_own_source_hash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _with(source={"sha256": "0" * 64, "format": "application/pdf"})
    path = tmp_path / "forged.json"
    path.write_bytes(data)
    status, out, _ = run(capsys, "parse", str(path))
    assert status == 0
    source = json.loads(out)["source"]
    assert source == {"sha256": hashlib.sha256(data).hexdigest(), "format": "application/json"}


def test_names_that_look_like_options_are_files(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workspace.inputs)  # so that each name is given bare, as a user would type it
    store = str(workspace.store)
    for file_name in ("--help", "-o", "--store=elsewhere"):
        (workspace.inputs / file_name).write_bytes(HOSTILE_FILES["duplicate key"][1])
        workspace.files = _snapshot(workspace.root)
        assert_refused(run(capsys, "parse", "--", file_name), file_name)
        assert_refused(run(capsys, "--store", store, "add", "--", file_name), file_name)
        assert_refused(run(capsys, "diff", "--", file_name, file_name), file_name)
        workspace.assert_unchanged()
    assert not (workspace.root / "elsewhere").exists()


def test_a_missing_file(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    missing = workspace.path("missing.json")
    line = assert_refused(run(capsys, "--store", str(workspace.store), "add", missing), missing)
    assert line.endswith("no such file")
    assert_refused(run(capsys, "parse", "--", "-missing"), "-missing")
    workspace.assert_unchanged()


def test_a_directory_is_not_an_edition(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    folder = workspace.inputs / "folder.json"
    folder.mkdir()
    workspace.files = _snapshot(workspace.root)
    line = assert_refused(run(capsys, "parse", str(folder)), str(folder))
    assert "is a directory, not an edition file" in line
    assert_refused(run(capsys, "diff", str(folder), str(folder)), str(folder))
    assert_refused(run(capsys, "--store", str(workspace.store), "add", str(folder)), str(folder))
    workspace.assert_unchanged()


def test_a_fifo_is_refused_at_once(workspace: Workspace) -> None:
    fifo = workspace.inputs / "edition.txt"
    os.mkfifo(fifo)
    workspace.files = _snapshot(workspace.root)
    line = assert_refused(run_child("parse", str(fifo)), str(fifo))
    assert "is a FIFO, not an edition file" in line
    assert_refused(run_child("--store", str(workspace.store), "add", str(fifo)), str(fifo))
    workspace.assert_unchanged()


def test_a_fifo_in_a_folder_is_refused_at_once(workspace: Workspace) -> None:
    folder = workspace.inputs / "batch"
    folder.mkdir()
    (folder / "a.json").write_bytes(edition_bytes("A/RES/73/331", "2019-07-25", "original"))
    os.mkfifo(folder / "b.txt")
    workspace.files = _snapshot(workspace.root)
    assert_refused(run_child("--store", str(workspace.store), "add", str(folder)), str(folder / "b.txt"))
    workspace.assert_unchanged()


def test_a_device_is_refused_at_once(workspace: Workspace) -> None:
    line = assert_refused(run_child("--store", str(workspace.store), "add", "/dev/zero"), "/dev/zero")
    assert "is a device, not an edition file" in line
    assert_refused(run_child("show", "--source", "/dev/zero"), "/dev/zero")
    workspace.assert_unchanged()


@pytest.mark.parametrize(
    ("file_name", "size", "limit"),
    [("huge.pdf", 65 * 1024 * 1024, "64 MiB"), ("huge.txt", 17 * 1024 * 1024, "16 MiB")],
)
def test_an_oversize_file_is_refused_with_the_limit(
    file_name: str, size: int, limit: str, workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workspace.inputs / file_name
    with open(path, "wb") as handle:  # sparse: no disk space, no time to write
        handle.truncate(size)
    workspace.files = _snapshot(workspace.root)
    line = assert_refused(run(capsys, "--store", str(workspace.store), "add", str(path)), str(path))
    assert f"the limit is {limit}" in line
    workspace.assert_unchanged()


def test_a_rejected_input_among_good_ones_stores_nothing(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    good = workspace.inputs / "good.json"
    good.write_bytes(edition_bytes("A/RES/73/331", "2019-07-25", "original"))
    bad = workspace.inputs / "bad.json"
    bad.write_bytes(HOSTILE_FILES["nesting 1,000 deep"][1])
    workspace.files = _snapshot(workspace.root)
    assert_refused(run(capsys, "--store", str(workspace.store), "add", str(good), str(bad)), str(bad))
    workspace.assert_unchanged()
