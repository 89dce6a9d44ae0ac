"""Akoma Ntoso identifiers: FRBR IRIs from an edition's identity (AKN4UN form) and eIds from clause ids."""

from __future__ import annotations

import pytest

from versioning.errors import IdentifierError
from versioning.identifiers import ClauseId, EditionId, Symbol
from versioning.interop.akn_ids import (
    clause_eid,
    clause_of_eid,
    division_eid,
    frbr_uris,
    parse_expression_uri,
    symbol_of_work_number,
    work_number,
)


def test_frbr_uris_of_a_reissue() -> None:
    uris = frbr_uris(EditionId.parse("A/RES/67/6@2013-07-15"), "2012-11-19")
    assert uris.work == "/akn/un/statement/deliberation/unga/2012-11-19/67-6"
    assert uris.expression == "/akn/un/statement/deliberation/unga/2012-11-19/67-6/eng@2013-07-15"
    assert uris.manifestation == "/akn/un/statement/deliberation/unga/2012-11-19/67-6/eng@2013-07-15.akn"
    assert uris.work_this == uris.work + "/!main"
    assert uris.expression_this == uris.expression + "/!main"
    assert uris.manifestation_this == uris.expression + "/!main.xml"


def test_frbr_uris_reject_a_bad_work_date() -> None:
    with pytest.raises(IdentifierError, match="work date"):
        frbr_uris(EditionId.parse("A/RES/67/6@2013-07-15"), "19 November 2012")


@pytest.mark.parametrize(
    ("symbol", "number"),
    [
        ("A/RES/67/6", "67-6"),
        ("A/RES/45/58P", "45-58P"),
        ("A/80/L.7", "80-L.7"),
        ("A/C.3/80/L.15", "C.3-80-L.15"),
    ],
)
def test_work_numbers_round_trip(symbol: str, number: str) -> None:
    assert work_number(Symbol.parse(symbol)) == number
    assert symbol_of_work_number(number) == Symbol.parse(symbol)


def test_expression_uri_is_split_into_its_parts() -> None:
    parts = parse_expression_uri("/akn/un/statement/deliberation/unga/2012-11-19/67-6/eng@2013-07-15/!main")
    assert parts.work == "/akn/un/statement/deliberation/unga/2012-11-19/67-6"
    assert (parts.work_date, parts.number, parts.language, parts.version) == (
        "2012-11-19",
        "67-6",
        "eng",
        "2013-07-15",
    )
    assert parse_expression_uri("/akn/za/act/2009/1/eng@").version is None
    with pytest.raises(IdentifierError):
        parse_expression_uri("/akn/un/statement")


@pytest.mark.parametrize(
    ("clause", "eid"),
    [
        ("pp1", "pp1"),
        ("op3", "op3"),
        ("op3.a", "op3__a"),
        ("op3.a.i", "op3__a__i"),
        ("annex1.p4", "annex1__p4"),
        ("secII.partA.op1", "secII__partA__op1"),
    ],
)
def test_eids_follow_clause_ids(clause: str, eid: str) -> None:
    assert clause_eid(ClauseId.parse(clause)) == eid
    assert clause_of_eid(eid) == ClauseId.parse(clause)


def test_an_eid_that_is_no_clause_id_is_refused() -> None:
    with pytest.raises(IdentifierError):
        clause_of_eid("para_1")


def test_division_eid() -> None:
    assert division_eid(("secII", "partA")) == "secII__partA"
