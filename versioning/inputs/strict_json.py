"""Strict JSON: the standard parser, with the limits an input from outside needs.

``json.loads`` alone accepts what a document must not carry and fails on what it cannot handle: a repeated
key silently keeps its last value, ``NaN`` and ``Infinity`` pass, a 5,000-digit integer raises a
``ValueError``, a thousand nested arrays exhaust the stack, and ``"\\ud800"`` gives a string that cannot be
written as UTF-8.  :func:`load_json` refuses each of them with an :class:`~versioning.errors.InputError`
that names the file and the JSON path (or the line and column).

The depth is checked first, from the brackets outside strings, so that the parser never recurses deeply.
The hooks of the parser do not raise (they cannot know where they are): they leave a marker, and a walk of
the parsed value, done only when a marker was left or a surrogate escape appears in the text, finds the
first one in document order and reports its path.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from itertools import accumulate, islice
from typing import Any

from versioning.errors import InputError
from versioning.inputs.files import size_text
from versioning.inputs.limits import DEFAULT_LIMITS, InputLimits

_BRACKET = re.compile(rb"[\[\]{}]")
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
_NOT_SKELETON = bytes(set(range(256)) - set(b'"[]{}'))
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class _Refused:
    """Stands in the parsed value for a literal that was refused; ``reason`` says why."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


class _RepeatedKey(dict[str, Any]):
    """An object in which ``key`` appeared more than once."""

    key: str = ""


def load_json(data: bytes | str, *, name: str | None = None, limits: InputLimits | None = None) -> Any:
    """Parse a JSON text (UTF-8 bytes, a byte-order mark allowed, or a ``str``) within ``limits``.

    Raises :class:`~versioning.errors.InputError` (``file``, ``line`` and ``column``, or ``json_path``) for
    text that is too large, not UTF-8, not JSON, nested deeper than ``limits.max_json_depth``, or that holds
    a repeated key, ``NaN`` or ``Infinity``, a number literal longer than ``limits.max_number_length`` or
    out of range, or a lone surrogate.
    """
    limits = limits or DEFAULT_LIMITS
    if len(data) > limits.max_text_bytes:
        reason = f"too large for a JSON document ({size_text(len(data))}; the limit is "
        raise InputError(f"{reason}{size_text(limits.max_text_bytes)})", file=name)
    text = _decode(data, name) if isinstance(data, bytes) else data
    raw = data if isinstance(data, bytes) else data.encode("utf-8", errors="surrogatepass")
    _check_depth(raw, limits.max_json_depth, name)
    marked: list[bool] = []

    def refuse(reason: str) -> _Refused:
        marked.append(True)
        return _Refused(reason)

    def number(literal: str, convert: type[int] | type[float]) -> Any:
        if len(literal) > limits.max_number_length:
            return refuse(
                f"number too long ({len(literal)} characters; the limit is {limits.max_number_length})"
            )
        value = convert(literal)
        if isinstance(value, float) and not math.isfinite(value):
            return refuse(f"number out of range ({literal})")
        return value

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) == len(items):
            return result
        marked.append(True)
        repeated = _RepeatedKey(result)
        repeated.key = _first_repeated(items)
        return repeated

    try:
        value = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_int=lambda literal: number(literal, int),
            parse_float=lambda literal: number(literal, float),
            parse_constant=lambda literal: refuse(f"{literal} is not a JSON number"),
        )
    except json.JSONDecodeError as error:
        raise InputError(
            f"invalid JSON: {error.msg}", file=name, line=error.lineno, column=error.colno
        ) from None
    except RecursionError:  # not reached past the depth check; kept so that no input gives a traceback
        raise InputError("invalid JSON: nested too deeply", file=name) from None
    if marked or _SURROGATE_ESCAPE.search(text):
        for json_path, reason in _problems(value, "$"):
            raise InputError(reason, file=name, json_path=json_path)
    return value


def json_path_of(parent: str, key: str | int) -> str:
    """The JSON path of a member: ``$.operative[3]``, ``$.source.sha256``, ``$["odd key"]``."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if _PLAIN_KEY.match(key):
        return f"{parent}.{key}"
    return f"{parent}[{json.dumps(key)}]"  # escaped: the key may hold what a terminal cannot show


def _decode(data: bytes, name: str | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start].decode("utf-8-sig", errors="replace")
        line, column = _position(before, len(before))
        reason = f"not UTF-8 (byte 0x{data[error.start]:02x})"
        raise InputError(reason, file=name, line=line, column=column) from None


def _check_depth(data: bytes, limit: int, name: str | None) -> None:
    # On the UTF-8 bytes, where quotes, backslashes and brackets are single bytes and every step runs in
    # C: blank the escapes (same length, so that offsets hold), keep only quotes and brackets, and drop
    # what lies between quotes (the odd pieces of a split at the quotes are strings).
    blanked = data.replace(b"\\\\", b"__").replace(b'\\"', b"__") if b"\\" in data else data
    skeleton = blanked.translate(None, _NOT_SKELETON)
    brackets = b"".join(skeleton.split(b'"')[::2])
    if max(accumulate(map(_STEP.__getitem__, brackets)), default=0) <= limit:
        return
    depths = accumulate(map(_STEP.__getitem__, brackets))
    too_deep = next(index for index, depth in enumerate(depths) if depth > limit)
    before = data[: _offset_of_bracket(blanked.split(b'"'), too_deep)].decode("utf-8-sig", errors="replace")
    line, column = _position(before, len(before))
    raise InputError(f"nested more than {limit} levels deep", file=name, line=line, column=column)


def _offset_of_bracket(pieces: list[bytes], wanted: int) -> int:
    """The offset of the ``wanted``-th bracket outside strings (from 0), given the text split at quotes."""
    offset = 0
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            found = len(piece.translate(None, _NOT_BRACKETS))
            if wanted < found:
                match = next(islice(_BRACKET.finditer(piece), wanted, None))
                return offset + match.start()
            wanted -= found
        offset += len(piece) + 1  # and the quote after it
    return offset


def _position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of an offset, as ``json`` counts them."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _first_repeated(items: list[tuple[str, Any]]) -> str:
    seen: set[str] = set()
    for key, _ in items:
        if key in seen:
            return key
        seen.add(key)
    return ""


def _problems(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, _Refused):
        yield path, value.reason
    elif isinstance(value, str):
        if _SURROGATE.search(value):
            yield path, "a lone surrogate (\\ud800 to \\udfff) is not a character"
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _problems(item, json_path_of(path, index))
    elif isinstance(value, dict):
        if isinstance(value, _RepeatedKey):
            yield json_path_of(path, value.key), "duplicate key (each key may appear once in an object)"
        for key, item in value.items():
            if _SURROGATE.search(key):
                yield json_path_of(path, key), "a lone surrogate (\\ud800 to \\udfff) in a key"
            yield from _problems(item, json_path_of(path, key))
