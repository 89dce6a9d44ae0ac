"""Validation of documents against the schema and the document rules.

Problems are values with a JSON path (see :class:`versioning.errors.Problem`), in the manner of
``jsonschema.iter_errors``.  Two layers:

1. the JSON Schema ``schemas/resolution.schema.json`` (the public contract), and
2. the rules a schema cannot say: the session is written as an integer (JSON Schema counts ``67.0`` as one),
   dates lie within the Assembly's life (1946 to the end of next year), every footnote cited by a
   paragraph exists, clause ids follow document order, operative numbers run 1..N.

Valid documents are the common case (every edition ``add`` stores is validated), so validity is decided
first by ``jsonschema-rs`` (a compiled validator, about a hundred times faster); ``jsonschema`` then words
the problems of an invalid document, with their JSON paths, and a place only ``jsonschema-rs`` faults (the
two read some patterns differently) is reported with its message.  Both are imported on first use only, so
that commands which never validate start fast.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

from versioning.errors import DocumentInvalid, IdentifierError, Problem
from versioning.identifiers import ClauseId, Symbol
from versioning.inputs import assembly_date_range

RESOLUTION_SCHEMA = "resolution.schema.json"
CHANGES_SCHEMA = "changes.schema.json"


def load_schema(name: str = RESOLUTION_SCHEMA) -> dict[str, Any]:
    """Return a schema shipped with the package, by file name."""
    text = resources.files("versioning").joinpath("schemas", name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema  # deferred: costs ~100 ms at start-up

    schema = load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@functools.cache
def _fast_validator(name: str) -> Any:
    import jsonschema_rs  # deferred, like jsonschema

    return jsonschema_rs.validator_for(load_schema(name), validate_formats=True)


def iter_schema_problems(data: Any, schema: str = RESOLUTION_SCHEMA) -> Iterator[Problem]:
    """Yield every schema violation of ``data``, ordered by JSON path."""
    if _fast_validator(schema).is_valid(data):
        return
    problems = {
        (error.json_path, _worded(error, schema)): list(error.absolute_path)
        for error in _validator(schema).iter_errors(data)
    }
    # Where the two read a pattern differently (Python's "$" matches before a final line feed, Rust's does
    # not), the stricter decides: a place only jsonschema-rs faults is a problem too.
    reported = {path for path, _ in problems}
    for error in _fast_validator(schema).iter_errors(data):
        steps = list(error.instance_path)
        path = "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in steps)
        if path not in reported:
            problems[path, str(error.message)] = steps
    for (path, message), _ in sorted(problems.items(), key=lambda item: [str(step) for step in item[1]]):
        yield Problem(path, message)


_CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f\u2028\u2029]")
"""The characters the schema's ``plainText`` rule refuses in a text."""


@functools.cache
def _plain_text_rule(schema: str) -> Any:
    """The subschema a text must not match (``$defs/plainText/not``), to recognise its errors."""
    return load_schema(schema).get("$defs", {}).get("plainText", {}).get("not")


def _worded(error: Any, schema: str) -> str:
    """The message of a schema error; a control character in a text (the schema's ``plainText`` rule) is
    named, not shown as a pattern."""
    if error.validator == "not" and error.validator_value == _plain_text_rule(schema):
        found = _CONTROL.search(error.instance) if isinstance(error.instance, str) else None
        if found is not None:
            code = ord(found.group())
            kind = "separator" if code in (0x2028, 0x2029) else "control character"
            return f"holds the {kind} U+{code:04X} at character {found.start() + 1} (texts may hold none)"
    return str(error.message)


def _iter_metadata_problems(data: Mapping[str, Any]) -> Iterator[Problem]:
    session = data.get("session")
    if not isinstance(session, int) or isinstance(session, bool):
        yield Problem("$.session", f"{session!r} is not an integer (write 67, not 67.0)")
    earliest, latest = assembly_date_range()
    distribution = data.get("distribution")
    edition = data.get("edition")
    dates = [
        ("$.adopted", data.get("adopted")),
        ("$.distribution.date", distribution.get("date") if isinstance(distribution, Mapping) else None),
        ("$.edition.date", edition.get("date") if isinstance(edition, Mapping) else None),
    ]
    for json_path, value in dates:
        if not isinstance(value, str):
            continue
        try:
            day = _dt.date.fromisoformat(value)
        except ValueError:
            continue  # the schema's date format has reported it
        if not earliest <= day <= latest:
            yield Problem(json_path, f"{value} is outside the Assembly's life ({earliest} to {latest})")


def _iter_identity_problems(data: Mapping[str, Any]) -> Iterator[Problem]:
    """Symbol, number, session and draft must tell of one text: each is read, none is guessed from another."""
    try:
        symbol = Symbol.parse(str(data.get("symbol", "")))
    except IdentifierError:
        return  # the schema's pattern has reported it
    number, session = data.get("number"), data.get("session")
    if symbol.is_resolution and number != symbol.number:
        yield Problem("$.number", f"{number!r} disagrees with the symbol {symbol} (number {symbol.number})")
    if not symbol.is_resolution and number is not None:
        yield Problem("$.number", f"{number!r}: {symbol} is not a resolution's symbol, so it has no number")
    if isinstance(session, int) and not isinstance(session, bool) and session != symbol.session:
        yield Problem("$.session", f"{session} disagrees with the symbol {symbol} (session {symbol.session})")
    draft = data.get("draft")
    if isinstance(draft, str):
        try:
            draft_symbol = Symbol.parse(draft)
        except IdentifierError:
            return
        if not draft_symbol.is_draft:
            yield Problem("$.draft", f"{draft} is not a draft resolution's symbol")
        elif draft_symbol.session != symbol.session:
            yield Problem(
                "$.draft", f"{draft} is of session {draft_symbol.session}, {symbol} of {symbol.session}"
            )
    edition = data.get("edition")
    issued_as = edition.get("symbol") if isinstance(edition, Mapping) else None
    if isinstance(issued_as, str):
        try:
            issued = Symbol.parse(issued_as)
        except IdentifierError:
            return
        if issued.text_symbol != symbol.text_symbol:
            yield Problem("$.edition.symbol", f"{issued_as} is not an issue of {symbol}")


def _iter_rule_problems(data: Mapping[str, Any]) -> Iterator[Problem]:
    yield from _iter_metadata_problems(data)
    yield from _iter_identity_problems(data)
    markers = {note.get("marker") for note in data.get("footnotes", []) if isinstance(note, Mapping)}
    seen_markers: set[str] = set()
    for index, note in enumerate(data.get("footnotes", [])):
        marker = note.get("marker") if isinstance(note, Mapping) else None
        if marker in seen_markers:
            yield Problem(f"$.footnotes[{index}].marker", f"footnote {marker!r} appears more than once")
        seen_markers.add(str(marker))

    def walk(paragraphs: list[Any], path: str, expected_prefix: str) -> Iterator[Problem]:
        expected_ids = _positions_in_scope(paragraphs, expected_prefix) if expected_prefix else []
        for index, paragraph in enumerate(paragraphs):
            if not isinstance(paragraph, Mapping):
                continue
            here = f"{path}[{index}]"
            for position, marker in enumerate(paragraph.get("footnotes", [])):
                if marker not in markers:
                    yield Problem(f"{here}.footnotes[{position}]", f'marker "{marker}" has no footnote')
            ident = paragraph.get("id")
            if isinstance(ident, str) and expected_prefix in ("pp", "op"):
                expected = str(expected_ids[index])
                if ident != expected:
                    yield Problem(f"{here}.id", f"expected id {expected!r}, found {ident!r}")
            yield from walk(paragraph.get("subparagraphs", []), f"{here}.subparagraphs", "")

    for field in ("parts", "headings", "annexes"):  # each may cite notes in its title
        for index, titled in enumerate(data.get(field, [])):
            if isinstance(titled, Mapping):
                for position, marker in enumerate(titled.get("footnotes", [])):
                    if marker not in markers:
                        where = f"$.{field}[{index}].footnotes[{position}]"
                        yield Problem(where, f'marker "{marker}" has no footnote')
    yield from walk(data.get("preamble", []), "$.preamble", "pp")
    yield from walk(data.get("operative", []), "$.operative", "op")
    operative = [p for p in data.get("operative", []) if isinstance(p, Mapping)]
    by_scope: dict[tuple[str, ...], list[Any]] = {}
    for paragraph, ident in zip(operative, _positions_in_scope(operative, "op"), strict=True):
        by_scope.setdefault(ident.scope, []).append(paragraph.get("number"))
    for scope, numbers in by_scope.items():
        if len(numbers) > 1 and numbers != [str(n) for n in range(1, len(numbers) + 1)]:
            where = f" in {'.'.join(scope)}" if scope else ""
            message = f"operative paragraphs{where} must be numbered 1..{len(numbers)}, found {numbers}"
            yield Problem("$.operative", message)


def _positions_in_scope(paragraphs: list[Any], section: str) -> list[ClauseId]:
    """The id each top-level paragraph should have: its position counted within its own scope (a lettered
    part or numbered section numbers its paragraphs afresh: ``partB.op1``)."""
    counts: dict[tuple[str, ...], int] = {}
    expected: list[ClauseId] = []
    for paragraph in paragraphs:
        ident = paragraph.get("id") if isinstance(paragraph, Mapping) else None
        try:
            scope = ClauseId.parse(ident).scope if isinstance(ident, str) else ()
        except IdentifierError:
            scope = ()
        counts[scope] = counts.get(scope, 0) + 1
        expected.append(ClauseId(section, counts[scope], (), scope))
    return expected


def iter_problems(data: Any) -> Iterator[Problem]:
    """Yield every problem of a document in its dictionary (JSON) form: schema first, then rules."""
    problems = list(iter_schema_problems(data))
    yield from problems
    if not problems and isinstance(data, Mapping):
        yield from _iter_rule_problems(data)


def validate(document: Any, *, file: str | None = None) -> None:
    """Raise :class:`DocumentInvalid` (with every problem) unless ``document`` is valid.

    ``document`` is a :class:`versioning.model.Document` or its dictionary form.
    """
    data = document.to_dict() if hasattr(document, "to_dict") else document
    problems = list(iter_problems(data))
    if problems:
        raise DocumentInvalid(problems, file=file)
