"""A text adopted in the body of the resolution: "Adopts the following political declaration ...:" followed
by the declaration itself, with its own title, preamble ("We, Heads of State and Government ..."),
headings and numbered paragraphs, down to the closing line.

The corpus holds the same declaration adopted as an annex (A/RES/80/117: "Adopts the following political
declaration, ..., held on 25 September 2025." then the closing line, then "Annex").  The input here is
made from that real text by two edits that give the other shape: the adopting sentence ends with a colon
and the closing line and "Annex" between it and the declaration move to the end of the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import CORPUS, parsed

from versioning.diff import apply_changes, diff_editions
from versioning.model import Document
from versioning.parsing import parse_edition
from versioning.validation import iter_problems, iter_schema_problems

ANNEXED = CORPUS / "editions" / "A-RES-80-117.pymupdf.txt"
CLOSING = "64th plenary meeting \n15 December 2025 \n"


def adopted_in_body() -> str:
    text = ANNEXED.read_text(encoding="utf-8")
    adopting_end = f"held on 25 September 2025. \n \n{CLOSING} \nAnnex \n"
    assert text.count(adopting_end) == 1
    text = text.replace(adopting_end, "held on 25 September 2025: \n \n")
    return f"{text.rstrip()}\n \n{CLOSING}"


@pytest.fixture(scope="module")
def in_body() -> Document:
    return parse_edition(adopted_in_body(), name="A-RES-80-117.in-body")


def test_the_adopted_text_is_held_apart_and_marked(in_body: Document) -> None:
    assert list(iter_problems(in_body.to_dict())) == []
    (adopting,) = in_body.operative
    assert adopting.lead == "Adopts"
    assert adopting.text.endswith("held on 25 September 2025:")
    (text,) = in_body.annexes
    assert (text.id, text.placement, text.label) == ("annex1", "body", None)
    assert text.title is not None and text.title.startswith("Political declaration of the fourth high-level")
    assert text.paragraphs[0].text.startswith("We, Heads of State and Government")
    assert text.paragraphs[0].number is None
    assert [p.number for p in text.paragraphs[1:]] == [str(n) for n in range(1, len(text.paragraphs))]
    assert text.paragraphs[-1].text.endswith("to be convened in 2031.")
    assert in_body.meeting == "64th plenary meeting"
    data = in_body.to_dict()["annexes"][0]
    assert (data["placement"], data["label"]) == ("body", None)
    assert Document.from_dict(in_body.to_dict()) == in_body


def test_annexed_declarations_keep_their_shape() -> None:
    annexed = parsed(ANNEXED)
    assert [(a.placement, a.label) for a in annexed.annexes] == [("annex", "Annex")]
    assert "placement" not in annexed.to_dict()["annexes"][0]


def test_the_same_declaration_in_the_body_and_in_an_annex(in_body: Document) -> None:
    """Word for word the same paragraphs and headings; the diff names the placement and the label, and
    round-trips both ways."""
    annexed = parsed(ANNEXED)
    assert [p.text for p in in_body.annexes[0].paragraphs] == [p.text for p in annexed.annexes[0].paragraphs]
    assert in_body.headings == annexed.headings
    changes = diff_editions(annexed, in_body)
    named = {(c.kind, c.old_id or c.new_id) for c in changes.differences}
    assert ("added", "annex1.placement") in named
    assert ("removed", "annex1.label") in named
    assert not [c for c in changes.differences if c.section == "annexes"]
    assert apply_changes(annexed, changes) == in_body
    assert apply_changes(in_body, diff_editions(in_body, annexed)) == annexed
    assert list(iter_schema_problems(changes.to_dict(), schema="changes.schema.json")) == []


@pytest.mark.parametrize(
    "other",
    [CORPUS / "cooperation" / "A-RES-79-14.pymupdf.txt", CORPUS / "editions" / "A-RES-80-5.pymupdf.txt"],
    ids=["no-annex", "annexed-declaration"],
)
def test_a_text_in_the_body_added_and_removed_round_trips(in_body: Document, other: Path) -> None:
    unrelated = parsed(other)
    assert apply_changes(unrelated, diff_editions(unrelated, in_body)) == in_body
    assert apply_changes(in_body, diff_editions(in_body, unrelated)) == unrelated
