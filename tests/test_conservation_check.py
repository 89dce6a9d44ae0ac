"""The conservation check: every body word of an input lands in the document or is set aside as furniture,
with its line and rule; a word that does neither fails the parse (exit 2), naming its line."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from corpus import CORPUS, FOUNDING, TEXTS

from versioning.errors import ParseError
from versioning.model import Document, Source
from versioning.parsing.account import Account
from versioning.parsing.conservation import check_conservation, tokens
from versioning.parsing.lines import Line, split_lines
from versioning.parsing.resolution import parse_text_with_account


def _parse(text: str) -> tuple[Document, Account]:
    return parse_text_with_account(
        text, source=Source(hashlib.sha256(text.encode()).hexdigest(), "text/plain")
    )


def test_tokens_are_letters_or_digits_case_folded() -> None:
    assert tokens("Health4Life Fund; “Secretary-General”,1") == [
        "health", "4", "life", "fund", "secretary", "general", "1"
    ]  # fmt: skip


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_every_corpus_text_is_accounted_for(path: Path) -> None:
    """Every corpus text parses with the check on, and what it set aside is page furniture with a rule."""
    document, account = _parse(path.read_text(encoding="utf-8"))
    assert account.placements[0].target == "header"
    assert all(piece.rule and piece.line > 0 for piece in account.furniture)
    ids = {placement.target for placement in account.placements}
    assert {str(paragraph.id) for paragraph in document.operative} <= ids


def test_furniture_is_what_the_pages_carry_with_its_rule() -> None:
    _, account = _parse((CORPUS / "csto" / "A-RES-79-10.pdftotext-layout.txt").read_text(encoding="utf-8"))
    found = {(piece.line, piece.text, piece.rule) for piece in account.furniture}
    assert (52, "24-21660 (E)", "job number") in found
    assert (53, "*2421660*", "bar code") in found
    assert (55, "A/RES/79/10", "document symbol") in found
    assert (116, "2/4", "page number, agreeing with the document's other page numbers") in found
    assert (116, "24-21660", "job number") in found
    title = "running title: repeats the document's title"
    assert (117, "Cooperation between the United Nations and the Collective", title) in found
    assert (182, "18 November 2024", "the date of the closing meeting") in found
    assert len(found) == 18


def test_a_word_in_no_place_fails_naming_its_line() -> None:
    text = FOUNDING.read_text(encoding="utf-8")
    document, account = _parse(text)
    lines = split_lines(text)
    start = next(index for index, line in enumerate(lines) if line.text.startswith("The General Assembly"))
    body = [*lines[start + 1 :], Line(9999, "Zanzibarian quokkas", "Zanzibarian quokkas")]
    with pytest.raises(ParseError) as caught:
        check_conservation(body, document, account, name="edition.txt")
    assert caught.value.line == 9999
    assert "'zanzibarian'" in str(caught.value)


def test_a_dropped_paragraph_fails() -> None:
    """The document without one of its paragraphs does not account for the input."""
    text = FOUNDING.read_text(encoding="utf-8")
    document, account = _parse(text)
    lines = split_lines(text)
    start = next(index for index, line in enumerate(lines) if line.text.startswith("The General Assembly"))
    dropped = dataclasses.replace(document, preamble=document.preamble[1:])
    first = next(p for p in account.placements if p.target == str(document.preamble[0].id))
    with pytest.raises(ParseError) as caught:
        check_conservation(lines[start + 1 :], dropped, account, cited=[])
    assert caught.value.line is not None
    assert first.first <= caught.value.line <= first.last


def test_documented_repairs_are_allowed() -> None:
    """A split word joined ("Gene ral") and a hyphen put back ("highlevel") lose no word."""
    text = FOUNDING.read_text(encoding="utf-8")
    document, account = _parse(text)
    lines = split_lines(text)
    start = next(index for index, line in enumerate(lines) if line.text.startswith("The General Assembly"))
    paragraph = document.operative[0]
    mended = dataclasses.replace(paragraph, text=paragraph.text + " the General high-level")
    repaired = dataclasses.replace(document, operative=(mended, *document.operative[1:]))
    body = [*lines[start + 1 :], Line(9999, "the Gene ral highlevel", "the Gene ral highlevel")]
    check_conservation(body, repaired, account, cited=_cited(document))


def _cited(document: Document) -> list[str]:
    paragraphs = [*document.preamble, *document.operative]
    return [marker for paragraph in paragraphs for marker in paragraph.footnotes]


def test_a_line_placed_nowhere_is_the_line_named() -> None:
    """Common words lost with a whole line: the error names that line, not another line that holds the
    same words."""
    text = FOUNDING.read_text(encoding="utf-8")
    document, account = _parse(text)
    lines = split_lines(text)
    start = next(index for index, line in enumerate(lines) if line.text.startswith("The General Assembly"))
    body = [*lines[start + 1 :], Line(9999, "of the United Nations", "of the United Nations")]
    with pytest.raises(ParseError) as caught:
        check_conservation(body, document, account, cited=_cited(document))
    assert caught.value.line == 9999
