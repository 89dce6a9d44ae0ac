"""Finding the series a resolution belongs to, from the documents themselves.

Two held resolutions belong to one series when any of these holds:

* they share the title (case, spacing and years aside: an annual series' title carries its year);
* they share the agenda sub-item, as the closing paragraph names it (``the sub-item entitled
  “Cooperation between the United Nations and the Collective Security Treaty Organization”``);
* one cites the other as an earlier resolution on its own subject (see :mod:`versioning.series.citations`).

The series of a resolution is everything linked to it, step by step.  Resolutions that a held member
cites as earlier members but that the store does not hold are *known gaps*: members with a symbol and the
date the citation gives, and no text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from versioning.errors import InputError
from versioning.identifiers import Symbol
from versioning.model import Document
from versioning.series.citations import Citation, series_citations
from versioning.series.subjects import agenda_sub_item, series_key


@dataclass(frozen=True, slots=True)
class SeriesMember:
    """One resolution of a series.

    Attributes:
        symbol: its symbol (``A/RES/64/256``).
        number: its number (``64/256``).
        date: its adoption date (from the document when held, else from the citations), or ``None``.
        held: the store holds its text.
        reference: the edition reference of the held text read (its latest edition), or ``None``.
        cited_by: the symbols of the held members that cite it, in series order.
        basis: for a known gap, why the first citing member's citation is taken as one of a member (see
            :data:`versioning.series.citations.BASES`); ``None`` for a held member.
        document: the held text (not part of the record's value or of its JSON form).
    """

    symbol: str
    number: str
    date: str | None
    held: bool
    reference: str | None = None
    cited_by: tuple[str, ...] = ()
    basis: str | None = None
    document: Document | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "symbol": self.symbol,
            "number": self.number,
            "date": self.date,
            "held": self.held,
            "reference": self.reference,
            "cited_by": list(self.cited_by),
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class Series:
    """A series: its title and its members in order of adoption, held ones and known gaps.

    Attributes:
        title: the title the members share (that of the resolution asked about).
        members: every member, oldest first.
    """

    title: str
    members: tuple[SeriesMember, ...]

    @property
    def held(self) -> tuple[SeriesMember, ...]:
        """The members whose text the store holds, oldest first."""
        return tuple(member for member in self.members if member.held)

    @property
    def gaps(self) -> tuple[SeriesMember, ...]:
        """The members known from citations only, oldest first."""
        return tuple(member for member in self.members if not member.held)

    def member(self, symbol: str) -> SeriesMember | None:
        """The member with this symbol, if any."""
        return next((member for member in self.members if member.symbol == symbol), None)

    def gaps_between(self, older: SeriesMember, newer: SeriesMember) -> tuple[SeriesMember, ...]:
        """The known gaps that fall between two members."""
        start, end = self.members.index(older), self.members.index(newer)
        return tuple(member for member in self.members[start + 1 : end] if not member.held)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: title, members, and the counts of held members and gaps."""
        return {
            "title": self.title,
            "members": [member.to_dict() for member in self.members],
            "held": len(self.held),
            "gaps": len(self.gaps),
        }


def discover_series(target: Document, candidates: Iterable[Document]) -> Series:
    """The series of ``target`` among ``candidates`` (one document per resolution, the latest edition).

    ``target`` need not be among the candidates.  Drafts (documents without a number) are never members.

    Raises:
        InputError: ``target`` is a draft, which belongs to no series until it is adopted.
    """
    if target.number is None:
        raise InputError(f"{target.symbol} is a draft; a series is made of adopted resolutions")
    pool = {str(doc.symbol): doc for doc in candidates if doc.number is not None}
    pool[str(target.symbol)] = target
    linked = _linked_to(target, pool)
    held = [pool[symbol] for symbol in linked]
    return Series(target.title, tuple(_members(held)))


def continued_series(draft: Document, candidates: Iterable[Document]) -> Series | None:
    """The series a draft continues, among the resolutions adopted before it was issued; ``None`` when it
    continues none.

    A draft is no member of a series until it is adopted, but it is written as the next one: it recalls the
    earlier members on its subject and usually keeps their title or agenda sub-item.  Its series is that of
    the latest of the earlier resolutions it is linked to in those ways (the links :func:`discover_series`
    follows).  Resolutions adopted after the draft was issued (the one adopted from it, say) are left out;
    so are all of them when the draft has no date.  An adopted resolution's series is
    :func:`discover_series`'s.
    """
    if draft.number is not None:
        return discover_series(draft, candidates)
    issued = draft.edition.date
    if issued is None:
        return None
    earlier = [doc for doc in candidates if doc.number is not None and (doc.adopted or issued) < issued]
    cited = {citation.symbol for citation in series_citations(draft)}
    keys = _keys(draft)
    linked = [doc for doc in earlier if str(doc.symbol) in cited or _keys(doc) & keys]
    if not linked:
        return None
    return discover_series(max(linked, key=_document_order), earlier)


def _linked_to(target: Document, pool: Mapping[str, Document]) -> list[str]:
    keys = {symbol: _keys(doc) for symbol, doc in pool.items()}
    cites = {symbol: {c.symbol for c in series_citations(doc)} for symbol, doc in pool.items()}
    found = [str(target.symbol)]
    seen = {str(target.symbol)}
    for current in found:  # grows while it is walked: a breadth-first walk over the links
        for symbol in pool:
            if symbol in seen:
                continue
            related = keys[symbol] & keys[current] or symbol in cites[current] or current in cites[symbol]
            if related:
                seen.add(symbol)
                found.append(symbol)
    return found


def _keys(document: Document) -> set[str]:
    keys = {"title:" + series_key(document.title)}
    sub_item = agenda_sub_item(document)
    if sub_item:
        keys.add("sub-item:" + series_key(sub_item))
    return keys


def _members(held: list[Document]) -> list[SeriesMember]:
    held_symbols = {str(doc.symbol) for doc in held}
    ordered_held = sorted(held, key=_document_order)
    cited_by: dict[str, list[str]] = {}
    first_citation: dict[str, Citation] = {}
    cited_date: dict[str, str | None] = {}
    for doc in ordered_held:
        for citation in series_citations(doc):
            cited_by.setdefault(citation.symbol, []).append(str(doc.symbol))
            first_citation.setdefault(citation.symbol, citation)
            if cited_date.get(citation.symbol) is None:
                cited_date[citation.symbol] = citation.date
    members = [
        SeriesMember(
            symbol=str(doc.symbol),
            number=doc.number or "",
            date=doc.adopted or cited_date.get(str(doc.symbol)),
            held=True,
            reference=doc.reference,
            cited_by=tuple(cited_by.get(str(doc.symbol), ())),
            document=doc,
        )
        for doc in ordered_held
    ]
    members += [
        SeriesMember(
            symbol,
            Symbol.parse(symbol).number or symbol,
            cited_date[symbol],
            False,
            None,
            tuple(citers),
            first_citation[symbol].basis,
        )
        for symbol, citers in cited_by.items()
        if symbol not in held_symbols
    ]
    return sorted(members, key=_member_order)


def _document_order(document: Document) -> tuple[str, int, int]:
    return (document.adopted or "", document.symbol.session, document.symbol.serial)


def _member_order(member: SeriesMember) -> tuple[int, int, str]:
    # Session and number first: a citation's date may be missing, the number never is.
    symbol = Symbol.parse(member.symbol)
    return (symbol.session, symbol.serial, member.date or "")
