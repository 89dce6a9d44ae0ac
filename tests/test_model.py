"""The document model: dictionary round trip, canonical bytes, and the rules the schema cannot say."""

from __future__ import annotations

import datetime
import json
from dataclasses import replace

import pytest
from corpus import CORPUS, FOUNDING, parsed

from versioning.canonical import canonical_bytes, canonical_json
from versioning.errors import DocumentInvalid
from versioning.inputs import assembly_date_range
from versioning.model import Document
from versioning.validation import iter_problems


def test_dictionary_form_round_trips() -> None:
    for path in (
        FOUNDING,
        CORPUS / "editions" / "A-RES-80-3.pymupdf.txt",
        CORPUS / "editions" / "A-RES-80-11.pymupdf.txt",
    ):
        document = parsed(path)
        assert Document.from_dict(json.loads(canonical_json(document))) == document


def test_canonical_bytes_are_stable_and_end_with_a_newline() -> None:
    document = parsed(FOUNDING)
    data = canonical_bytes(document)
    assert data == canonical_bytes(Document.from_dict(json.loads(data)))
    assert data.endswith(b"}\n") and b"\\u" not in data  # UTF-8, no escapes
    assert list(json.loads(data)) == [
        "symbol", "number", "session", "title", "agenda_items", "adopted", "draft", "distribution", "edition",
        "meeting", "sponsors", "preamble", "operative", "headings", "annexes", "footnotes", "source",
    ]  # fmt: skip


def test_reference_and_walk() -> None:
    document = parsed(FOUNDING)
    assert document.reference == "A/RES/67/6@2013-07-15"
    assert [str(p.id) for p in document.paragraphs()][:2] == ["pp1", "pp2"]
    assert document.footnote("3") is not None and document.footnote("9") is None


def test_rules_beyond_the_schema() -> None:
    document = parsed(FOUNDING)
    data = document.to_dict()
    data["footnotes"].append(dict(data["footnotes"][1]))
    data["operative"][1]["number"] = "7"
    data["preamble"][0]["id"] = "pp9"
    problems = [str(problem) for problem in iter_problems(data)]
    assert "$.footnotes[7].marker: footnote '1' appears more than once" in problems
    assert "$.preamble[0].id: expected id 'pp1', found 'pp9'" in problems
    assert any(
        problem.startswith("$.operative: operative paragraphs must be numbered 1..9") for problem in problems
    )


def test_schema_problems_come_with_json_paths() -> None:
    data = replace(parsed(FOUNDING), session=0).to_dict()
    data["operative"][2]["id"] = "op 3"
    problems = [str(problem) for problem in iter_problems(data)]
    assert problems[0].startswith("$.operative[2].id: 'op 3' does not match")
    assert problems[1] == "$.session: 0 is less than the minimum of 1"


def test_every_place_either_validator_faults_is_a_problem() -> None:
    """jsonschema reads "$" as matching before a final line feed, jsonschema-rs does not: the stricter
    decides, beside the problems both see, in order of their paths."""
    data = parsed(FOUNDING).to_dict()
    data["symbol"] += "\n"
    data["operative"][0]["text"] += "\u0007"
    problems = [str(problem) for problem in iter_problems(data)]
    assert [problem.split(":")[0] for problem in problems] == ["$.operative[0].text", "$.symbol"]
    assert "U+0007" in problems[0] and "does not match" in problems[1]


def test_session_is_an_integer_and_dates_lie_within_the_assemblys_life() -> None:
    data = parsed(FOUNDING).to_dict()
    _, latest = assembly_date_range()
    data["session"] = 67.0  # JSON Schema counts 67.0 as an integer; the rules do not
    data["adopted"] = "1945-12-31"
    data["distribution"]["date"] = "1946-01-01"
    data["edition"]["date"] = (latest + datetime.timedelta(days=1)).isoformat()
    assert [str(problem) for problem in iter_problems(data)] == [
        "$.session: 67.0 is not an integer (write 67, not 67.0)",
        f"$.adopted: 1945-12-31 is outside the Assembly's life (1946-01-01 to {latest})",
        f"$.edition.date: {latest + datetime.timedelta(days=1)} is outside the Assembly's life "
        f"(1946-01-01 to {latest})",
    ]
    data["edition"]["date"] = latest.isoformat()
    data["adopted"] = "2012-11-19"
    data["session"] = 67
    assert list(iter_problems(data)) == []
    with pytest.raises(DocumentInvalid, match=r"^\$\.session: 67\.0 is not an integer$"):
        Document.from_dict({**data, "session": 67.0})
