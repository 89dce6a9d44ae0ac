"""The bounded readers of :mod:`versioning.inputs`: the strict JSON loader, the file reader and the limits."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from versioning.errors import InputError
from versioning.inputs import InputLimits, assembly_date_range, load_json, read_input_file


def refusal(data: bytes | str, **limits: int) -> InputError:
    with pytest.raises(InputError) as caught:
        load_json(data, name="doc.json", limits=InputLimits(**limits))
    return caught.value


def test_load_json_accepts_an_ordinary_document() -> None:
    text = '{"session": 67, "text": "caf\u00e9 \\ud83d\\ude00", "n": [1.5, -2, null, true]}'
    assert load_json(text.encode()) == {"session": 67, "text": "café 😀", "n": [1.5, -2, None, True]}
    assert load_json(b"\xef\xbb\xbf{}") == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": [{"b": 1, "b": 2}]}', "doc.json: $.a[0].b: duplicate key"),
        ('{"odd key": {"x": 1, "x": 1}}', 'doc.json: $["odd key"].x: duplicate key'),
        ('{"a": [1, "\\udfff"]}', "doc.json: $.a[1]: a lone surrogate"),
        ('{"\\ud800": 1}', 'doc.json: $["\\ud800"]: a lone surrogate'),
        ('{"a": NaN}', "doc.json: $.a: NaN is not a JSON number"),
        ('{"a": [Infinity]}', "doc.json: $.a[0]: Infinity is not a JSON number"),
        ('{"a": -1e400}', "doc.json: $.a: number out of range (-1e400)"),
        ('{"a": 1234567890123456789012345}', "doc.json: $.a: number too long (25 characters"),
        ("[" * 65 + "]" * 65, "doc.json:1:65: nested more than 64 levels deep"),
        ('{"a":\n  [1,\n   2,]}', "doc.json:3:6: invalid JSON: Expecting value"),
    ],
)
def test_load_json_refuses_with_an_address(text: str, message: str) -> None:
    assert str(refusal(text.encode())).startswith(message)


def test_the_first_problem_in_document_order_is_reported() -> None:
    error = refusal('{"a": {"x": NaN}, "b": [1, 1, 1], "c": {"y": 1, "y": 2}, "d": NaN}')
    assert (error.file, error.json_path, error.line) == ("doc.json", "$.a.x", None)


def test_brackets_inside_strings_do_not_count_towards_the_depth() -> None:
    text = '{"a": "' + "[{" * 500 + '", "b": "\\"[[["}'
    assert load_json(text, limits=InputLimits(max_json_depth=1))["b"] == '"[[['


def test_depth_limit_and_unterminated_strings() -> None:
    assert load_json("[[[]]]", limits=InputLimits(max_json_depth=3)) == [[[]]]
    assert str(refusal("[[[[]]]]", max_json_depth=3)) == "doc.json:1:4: nested more than 3 levels deep"
    # An unterminated string is scanned once, then reported by the parser.
    assert "Unterminated string" in str(refusal('["' + '\\"' * 100_000))


def test_load_json_refuses_bytes_that_are_not_utf8_and_text_that_is_too_large() -> None:
    error = refusal(b'{\n  "a": "\xff"}')
    assert (error.line, error.column, error.reason) == (2, 9, "not UTF-8 (byte 0xff)")
    assert str(refusal(b"[" + b" " * 2000 + b"]", max_text_bytes=1024)).startswith(
        "doc.json: too large for a JSON document (2002 bytes; the limit is 1 KiB)"
    )


def test_read_input_file_reads_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"0123456789")
    assert read_input_file(path, limits=InputLimits(max_file_bytes=10)) == b"0123456789"
    with pytest.raises(InputError, match=r"a.txt: too large \(10 bytes; the limit is 9 bytes\)"):
        read_input_file(path, limits=InputLimits(max_file_bytes=9))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda path: path.mkdir(), "is a directory, not an edition file"),
        (lambda path: os.mkfifo(path), "is a FIFO, not an edition file"),
        (lambda path: None, "no such file"),
    ],
)
def test_read_input_file_refuses_what_is_not_a_regular_file(
    tmp_path: Path, make: Callable[[Path], object], reason: str
) -> None:
    path = tmp_path / "edition.txt"
    make(path)
    with pytest.raises(InputError) as caught:
        read_input_file(path)
    assert (caught.value.file, caught.value.reason) == (str(path), reason)


def test_read_input_file_refuses_a_device_and_a_nul_in_the_name() -> None:
    with pytest.raises(InputError, match=r"^/dev/zero: is a device, not an edition file$"):
        read_input_file("/dev/zero")
    with pytest.raises(InputError, match="NUL character"):
        read_input_file("a\0b")


def test_the_date_range_runs_from_1946_to_the_end_of_next_year() -> None:
    assert assembly_date_range(datetime.date(2026, 12, 1)) == (
        datetime.date(1946, 1, 1),
        datetime.date(2027, 12, 31),
    )


def test_an_input_error_names_file_line_column_or_json_path() -> None:
    assert str(InputError("bad", file="a.json", line=3, column=7)) == "a.json:3:7: bad"
    assert str(InputError("bad", file="a.json", json_path="$.operative[3].text")) == (
        "a.json: $.operative[3].text: bad"
    )
    assert str(InputError("bad", file="a.txt", line=3)) == "a.txt:3: bad"
    assert str(InputError("bad")) == "bad"
