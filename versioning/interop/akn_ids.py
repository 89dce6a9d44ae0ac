"""Akoma Ntoso identifiers of an edition: FRBR work, expression and manifestation IRIs, and element eIds.

The IRIs follow the AKN4UN naming convention for the deliberative documents of the General Assembly: a
resolution is a ``statement`` of subtype ``deliberation`` authored by ``unga``; the work is dated by its
adoption (a draft, which has none, by the day it was first issued) and numbered by its symbol; the
expression adds the language and the day this edition appeared::

    /akn/un/statement/deliberation/unga/2012-11-19/67-6                     work (A/RES/67/6)
    /akn/un/statement/deliberation/unga/2012-11-19/67-6/eng@2013-07-15      expression (its reissue)
    /akn/un/statement/deliberation/unga/2012-11-19/67-6/eng@2013-07-15.akn  manifestation (this XML)

The number of a resolution is its number with the slash as a dash (``67-6``, ``45-58P``); a draft keeps its
symbol after ``A/`` the same way (``80-L.7``, ``C.3-80-L.15``).

An element's ``eId`` is its clause id with the dots of the id as AKN's ``__`` level separator (``op3.a``
-> ``op3__a``), so the one grammar of clause ids (:class:`~versioning.identifiers.ClauseId`) is also the
grammar of eIds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from versioning.errors import IdentifierError
from versioning.identifiers import ClauseId, EditionId, Symbol, parse_iso_date

AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
"""The namespace of Akoma Ntoso 3.0 (OASIS LegalDocML)."""

AKN_MEDIA_TYPE = "application/akn+xml"
"""The media type of an Akoma Ntoso document (the store keeps it as ``source.xml``)."""

COUNTRY = "un"
DOCUMENT_TYPE = "statement"
SUBTYPE = "deliberation"
AUTHOR = "unga"
LANGUAGE = "eng"

_EXPRESSION = re.compile(
    r"^(?P<work>/akn/[a-z-]+/[a-zA-Z]+(?:/[^/@]+)*/(?P<date>\d{4}(?:-\d{2}-\d{2})?)/(?P<number>[^/@]+))"
    r"/(?P<language>[a-z]{3})@(?P<version>\d{4}-\d{2}-\d{2})?"
)


@dataclass(frozen=True, slots=True)
class FrbrUris:
    """The three FRBR levels of one edition.

    Attributes:
        work: the resolution as an abstract work (``/akn/un/statement/deliberation/unga/2012-11-19/67-6``).
        expression: this edition of it in English (``.../67-6/eng@2013-07-15``).
        manifestation: this edition as an Akoma Ntoso file (``.../67-6/eng@2013-07-15.akn``).
    """

    work: str
    expression: str
    manifestation: str

    @property
    def work_this(self) -> str:
        """The work's main component (``FRBRthis``)."""
        return f"{self.work}/!main"

    @property
    def expression_this(self) -> str:
        """The expression's main component (``FRBRthis``)."""
        return f"{self.expression}/!main"

    @property
    def manifestation_this(self) -> str:
        """The manifestation's main component (``FRBRthis``)."""
        return f"{self.expression}/!main.xml"


def work_number(symbol: Symbol) -> str:
    """The number component of a work IRI: ``A/RES/67/6`` -> ``67-6``, ``A/80/L.7`` -> ``80-L.7``."""
    base = symbol.base.removeprefix("A/RES/") if symbol.is_resolution else symbol.base.removeprefix("A/")
    return base.replace("/", "-")


def symbol_of_work_number(number: str) -> Symbol:
    """The symbol a work IRI's number component stands for (the inverse of :func:`work_number`)."""
    text = number.replace("-", "/")
    candidate = f"A/{text}" if "L." in text else f"A/RES/{text}"
    return Symbol.parse(candidate)


def frbr_uris(edition: EditionId, work_date: str) -> FrbrUris:
    """The FRBR IRIs of an edition whose work is dated ``work_date`` (the adoption, or a draft's issue)."""
    parse_iso_date(work_date, what="work date")
    work = f"/akn/{COUNTRY}/{DOCUMENT_TYPE}/{SUBTYPE}/{AUTHOR}/{work_date}/{work_number(edition.symbol)}"
    expression = f"{work}/{LANGUAGE}@{edition.date}"
    return FrbrUris(work, expression, f"{expression}.akn")


@dataclass(frozen=True, slots=True)
class ExpressionParts:
    """What an expression IRI says: its work, the work's date and number, language and version date."""

    work: str
    work_date: str
    number: str
    language: str
    version: str | None


def parse_expression_uri(value: str) -> ExpressionParts:
    """Split an expression IRI (``FRBRthis`` or ``FRBRuri``, with or without ``/!main``)."""
    match = _EXPRESSION.match(value.strip())
    if match is None:
        raise IdentifierError(
            "FRBR expression IRI", value, "expected /akn/<country>/.../<date>/<number>/<lang>@"
        )
    return ExpressionParts(
        match.group("work"),
        match.group("date"),
        match.group("number"),
        match.group("language"),
        match.group("version"),
    )


def is_akn(data: bytes) -> bool:
    """True when ``data`` looks like Akoma Ntoso: XML whose opening names the AKN 3.0 namespace."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and AKN_NAMESPACE.encode() in head


def clause_eid(clause: ClauseId) -> str:
    """The eId of a clause's element: ``op3.a.i`` -> ``op3__a__i``, ``annex1.p4`` -> ``annex1__p4``."""
    return str(clause).replace(".", "__")


def clause_of_eid(eid: str) -> ClauseId:
    """The clause id an eId written by :func:`clause_eid` stands for (:class:`IdentifierError` otherwise)."""
    return ClauseId.parse(eid.replace("__", "."))


def division_eid(scope: tuple[str, ...]) -> str:
    """The eId of a lettered part or numbered section (``("secII", "partA")`` -> ``secII__partA``)."""
    return "__".join(scope)


def footnote_eid(position: int) -> str:
    """The eId of the ``position``-th footnote (from 1) of a document: ``fn_1``."""
    return f"fn_{position}"


def heading_eid(position: int) -> str:
    """The eId of the ``position``-th heading (from 1) of a document: ``hdg_1``."""
    return f"hdg_{position}"
