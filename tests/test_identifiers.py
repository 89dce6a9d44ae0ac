"""Symbols, edition references and clause ids: one grammar each, a parser, and a canonical ``str()``."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import FOUNDING

from versioning.errors import IdentifierError
from versioning.identifiers import ClauseId, EditionRef, Symbol, parse_iso_date


@pytest.mark.parametrize(
    ("text", "base", "suffixes", "number", "session", "draft", "kind"),
    [
        ("A/RES/67/6", "A/RES/67/6", (), "67/6", 67, False, None),
        ("A/RES/67/6*", "A/RES/67/6", (), "67/6", 67, False, None),
        (" A/RES/79/10 ", "A/RES/79/10", (), "79/10", 79, False, None),
        ("A/RES/67/6/Corr.1", "A/RES/67/6", ("Corr.1",), "67/6", 67, False, "corrigendum"),
        ("A/RES/45/58P", "A/RES/45/58P", (), "45/58P", 45, False, None),
        ("A/80/L.7", "A/80/L.7", (), None, 80, True, None),
        ("A/79/L.9/Rev.1", "A/79/L.9", ("Rev.1",), None, 79, True, "revision"),
    ],
)
def test_symbols(
    text: str,
    base: str,
    suffixes: tuple[str, ...],
    number: str | None,
    session: int,
    draft: bool,
    kind: str | None,
) -> None:
    symbol = Symbol.parse(text)
    assert (symbol.base, symbol.suffixes, symbol.number, symbol.session, symbol.is_draft) == (
        base, suffixes, number, session, draft,
    )  # fmt: skip
    assert symbol.edition_kind == kind
    assert str(Symbol.parse(str(symbol))) == str(symbol)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "A/RES/67",
        "A/RES/45/58PQ",
        "A/RES/45/58p",
        "S/RES/2231",
        "A/RES/../../etc",
        "A/RES/67/6; rm -rf",
        "67/6",
    ],
)
def test_bad_symbols(text: str) -> None:
    with pytest.raises(IdentifierError) as caught:
        Symbol.parse(text)
    assert caught.value.value == text and caught.value.kind == "symbol"


@pytest.mark.parametrize(
    ("text", "symbol", "selector"),
    [
        ("A/RES/67/6", "A/RES/67/6", None),
        ("A/RES/67/6@2013-07-15", "A/RES/67/6", "2013-07-15"),
        ("A/RES/67/6@original", "A/RES/67/6", "original"),
        ("A/RES/67/6@latest", "A/RES/67/6", None),
        ("A/80/L.7@draft", "A/80/L.7", "draft"),
    ],
)
def test_edition_references(text: str, symbol: str, selector: str | None) -> None:
    reference = EditionRef.parse(text)
    assert (str(reference.symbol), reference.selector, reference.is_path) == (symbol, selector, False)
    assert str(EditionRef.parse(str(reference))) == str(reference)


def test_a_file_path_is_a_reference_too(tmp_path: Path) -> None:
    assert EditionRef.parse(str(FOUNDING)).path == FOUNDING
    assert EditionRef.parse("edition.txt").is_path


@pytest.mark.parametrize("text", ["A/RES/67/6@2013-13-01", "A/RES/67/6@yesterday", "A/RES/67@2013-07-15"])
def test_bad_edition_references(text: str) -> None:
    with pytest.raises(IdentifierError):
        EditionRef.parse(text)


@pytest.mark.parametrize(
    ("text", "section", "position", "path"),
    [
        ("pp1", "pp", 1, ()),
        ("op12", "op", 12, ()),
        ("op3.a", "op", 3, ("a",)),
        ("op3.a.iv", "op", 3, ("a", "iv")),
        ("annex1.p4", "p", 4, ()),
        ("annex2.p10.b", "p", 10, ("b",)),
    ],
)
def test_clause_ids(text: str, section: str, position: int, path: tuple[str, ...]) -> None:
    clause = ClauseId.parse(text)
    assert (clause.section, clause.position, clause.path) == (section, position, path)
    assert str(clause) == text


@pytest.mark.parametrize(
    ("text", "section", "annex", "top", "parent", "order"),
    [
        ("pp12", "preamble", None, "pp12", None, 12),
        ("op3.b", "operative", None, "op3", "op3", 2),
        ("op3.a.iv", "operative", None, "op3", "op3.a", 4),
        ("op3.aa", "operative", None, "op3", "op3", 27),
        ("annex2.p10.b", "annexes", "annex2", "annex2.p10", "annex2.p10", 2),
        ("partB.op2", "operative", None, "partB.op2", None, 2),
        ("secII.partA.pp1", "preamble", None, "secII.partA.pp1", None, 1),
    ],
)
def test_clause_id_structure(
    text: str, section: str, annex: str | None, top: str, parent: str | None, order: int
) -> None:
    clause = ClauseId.parse(text)
    assert (clause.document_section, clause.annex, str(clause.top)) == (section, annex, top)
    assert (str(clause.parent) if clause.parent else None, clause.sibling_order) == (parent, order)
    assert clause.is_top_level == (clause.parent is None)


def test_clause_ids_are_rebased_under_a_new_parent() -> None:
    moved = ClauseId.parse("op3.a.ii").rebased(ClauseId.parse("op3"), ClauseId.parse("op4"))
    assert str(moved) == "op4.a.ii"
    with pytest.raises(IdentifierError):
        ClauseId.parse("op3.a").rebased(ClauseId.parse("op5"), ClauseId.parse("op6"))


def test_clause_child() -> None:
    assert str(ClauseId.parse("op3").child("a").child("ii")) == "op3.a.ii"


@pytest.mark.parametrize(
    "text", ["p1", "op", "op3.A", "op3..a", "pp1.a.b.c", "annex.p1", "annex1.op1", "partb.op1", "op0"]
)
def test_bad_clause_ids(text: str) -> None:
    with pytest.raises(IdentifierError):
        ClauseId.parse(text)


def test_iso_dates() -> None:
    assert str(parse_iso_date("2013-07-15")) == "2013-07-15"
    with pytest.raises(IdentifierError):
        parse_iso_date("15 July 2013")


def test_a_cited_number_names_its_resolution_part_letter_included() -> None:
    assert str(Symbol.for_resolution("64/256")) == "A/RES/64/256"
    part = Symbol.for_resolution("45/58 P")
    assert (str(part), part.number, part.session, part.serial) == ("A/RES/45/58P", "45/58P", 45, 58)
    assert sorted([part, Symbol.for_resolution("45/6")], key=lambda s: s.sort_key)[0] == Symbol.parse(
        "A/RES/45/6"
    )


def test_doubled_part_letters_come_after_the_alphabet() -> None:
    """Parts of a resolution adopted in many parts are lettered A to Z, then AA, BB ... (53/77 AA)."""
    symbols = ["A/RES/53/77AA", "A/RES/53/77B", "A/RES/53/77Z", "A/RES/53/77", "A/RES/53/8", "A/RES/53/77BB"]
    ordered = sorted((Symbol.parse(symbol) for symbol in symbols), key=lambda symbol: symbol.sort_key)
    assert [str(symbol) for symbol in ordered] == [
        "A/RES/53/8",
        "A/RES/53/77",
        "A/RES/53/77B",
        "A/RES/53/77Z",
        "A/RES/53/77AA",
        "A/RES/53/77BB",
    ]
