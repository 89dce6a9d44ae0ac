"""Identity is read, never guessed: the header's symbol, the number before the title, the session and the
draft must agree, in text and in JSON input; a header that does not agree is refused (exit 2) naming both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import FOUNDING

from versioning.canonical import canonical_json
from versioning.cli import main
from versioning.parsing import parse_edition


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = FOUNDING.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "edited.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        # a header saying 67/7 over a body numbered "67/6."
        ("A/RES/67/6* ", "A/RES/67/7* ", "'67/6' disagrees with the symbol A/RES/67/7"),
        # a look-alike slash: the header's symbol does not read, and the draft's is not taken instead
        ("A/RES/67/6* ", "A/RES\u22156/6* ", "A/67/L.5 is not a resolution's symbol"),
        # a Cyrillic "А" in the symbol
        ("A/RES/67/6* ", "\u0410/RES/67/6* ", "A/67/L.5 is not a resolution's symbol"),
        # the session line of another session
        ("Sixty-seventh session", "Sixty-eighth session", "68 disagrees with the symbol A/RES/67/6"),
    ],
)
def test_a_header_that_disagrees_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, says: str
) -> None:
    path = _edited(tmp_path, old, new)
    status, out, err = run(capsys, "parse", str(path))
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1 and says in err and str(path) in err


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("number", "67/7", "$.number: '67/7' disagrees with the symbol A/RES/67/6"),
        ("session", 68, "$.session: 68 disagrees with the symbol A/RES/67/6"),
        ("draft", "A/68/L.5", "$.draft: A/68/L.5 is of session 68, A/RES/67/6 of 67"),
        ("draft", "A/67/408", "$.draft: A/67/408 is not a draft resolution's symbol"),
    ],
)
def test_json_input_is_held_to_the_same_agreement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: object, says: str
) -> None:
    data = json.loads(canonical_json(parse_edition(FOUNDING)))
    data[field] = value
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = run(capsys, "parse", str(path))
    assert status == 2 and says in err
