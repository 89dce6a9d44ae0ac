"""No silent drop: a different text under the key of a stored edition is a conflict (exit 2, store unchanged)
unless the user says what it is; the same document from another source is "already stored"."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from corpus import CORPUS, FOUNDING

from versioning.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def refs(store: Path) -> str:
    return subprocess.run(
        ["git", "-C", str(store), "for-each-ref"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "store"
    assert run(capsys, "--store", str(path), "add", str(FOUNDING))[0] == 0
    return path


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = FOUNDING.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_reworded_text_under_a_stored_key_is_refused_naming_both_sources(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reworded = _variant(tmp_path, "reworded.txt", "areas of cooperation", "areas of partnership")
    before = refs(store)
    status, out, err = run(capsys, "--store", str(store), "add", str(reworded))
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith(f"error: {reworded}: A/RES/67/6@2013-07-15 is already stored from source ")
    assert "first difference: $.preamble[14].text: " in err and "partnership" in err and "cooperation" in err
    assert refs(store) == before


def test_the_user_can_replace_the_text_and_the_old_one_stays_in_history(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reworded = _variant(tmp_path, "reworded.txt", "areas of cooperation", "areas of partnership")
    status, out, _ = run(capsys, "--store", str(store), "add", "--replace", str(reworded))
    assert status == 0 and out.startswith("replaced: A/RES/67/6@2013-07-15 (reissue, commit ")
    status, out, _ = run(capsys, "--store", str(store), "show", "A/RES/67/6@2013-07-15")
    assert "areas of partnership" in out
    status, out, _ = run(capsys, "--store", str(store), "log", "A/RES/67/6")
    assert len(out.strip().splitlines()) >= 2
    assert run(capsys, "--store", str(store), "verify")[0] == 0


def test_a_reissue_with_a_damaged_date_line_is_stored_as_the_user_says(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _variant(
        tmp_path,
        "damaged.txt",
        "Reissued for technical reasons on 15 July 2013.",
        "Reissued for technical reasons.",
    )
    reworded = _variant(tmp_path, "damaged-reworded.txt", "areas of cooperation", "areas of partnership")
    reworded.write_text(
        reworded.read_text(encoding="utf-8").replace(
            "Reissued for technical reasons on 15 July 2013.", "Reissued for technical reasons."
        ),
        encoding="utf-8",
    )
    # Without its date line, the reissue reads as the original of its distribution date: a new key.
    status, out, _ = run(capsys, "--store", str(store), "add", str(damaged))
    assert status == 0 and out.startswith("added: A/RES/67/6@2013-01-31 (original")
    status, _, err = run(capsys, "--store", str(store), "add", str(reworded))
    assert status == 2 and "A/RES/67/6@2013-01-31 is already stored" in err
    status, out, _ = run(capsys, "--store", str(store), "add", "--as-reissue", "2013-09-02", str(reworded))
    assert status == 0 and out.startswith("added: A/RES/67/6@2013-09-02 (reissue")


def test_another_extraction_of_the_same_edition_is_already_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(tmp_path / "store")
    assert run(capsys, "--store", store, "add", str(CORPUS / "csto" / "A-RES-79-10.pymupdf.txt"))[0] == 0
    status, out, _ = run(
        capsys, "--store", store, "add", str(CORPUS / "csto" / "A-RES-79-10.pdftotext-layout.txt")
    )
    assert status == 0 and out.startswith("already stored from another source: A/RES/79/10@")


def test_as_reissue_takes_one_file_and_a_date(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--store", str(store), "add", "--as-reissue", "15 July", str(FOUNDING))
    assert status == 2 and "expected YYYY-MM-DD" in err and len(err.splitlines()) == 1
    status, _, err = run(
        capsys, "--store", str(store), "add", "--as-reissue", "2013-09-02", str(FOUNDING), str(FOUNDING)
    )
    assert status == 2 and "exactly one input" in err


def test_the_original_a_reissue_tells_of_is_known_not_held(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "--store", str(store), "editions")
    assert status == 0
    assert out.splitlines()[1].split()[:4] == ["A/RES/67/6@2013-01-31", "original", "-", "known,"]
    assert out.splitlines()[2].split()[:2] == ["A/RES/67/6@2013-07-15", "reissue"]
    status, out, _ = run(capsys, "--store", str(store), "log", "A/RES/67/6")
    assert out.splitlines()[-1].endswith(
        "2013-01-31  A/RES/67/6@2013-01-31: original, known, not held"
        " (the reissue of 2013-07-15 was first distributed on 2013-01-31)"
    )
    status, _, err = run(capsys, "--store", str(store), "show", "A/RES/67/6@original")
    assert status == 2 and "known, not held" in err
    # Once the original is held, it is no longer listed as known only.
    original = FOUNDING.read_text(encoding="utf-8").replace(
        "* Reissued for technical reasons on 15 July 2013.", ""
    )
    path = store.parent / "original.txt"
    path.write_text(original, encoding="utf-8")
    assert run(capsys, "--store", str(store), "add", str(path))[0] == 0
    status, out, _ = run(capsys, "--store", str(store), "editions")
    assert "known, not held" not in out


def test_a_rejected_add_creates_no_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"symbol": "A/RES/1/1"}', encoding="utf-8")
    store = tmp_path / "store"
    status, out, err = run(capsys, "--store", str(store), "add", str(bad))
    assert (status, out) == (2, "") and len(err.splitlines()) == 1
    assert not store.exists()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.json").write_bytes(bad.read_bytes())
    assert run(capsys, "--store", str(store), "add", str(folder))[0] == 2
    assert not store.exists()
