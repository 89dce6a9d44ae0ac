"""The resolution document: immutable records and their canonical dictionary form.

The JSON contract is ``schemas/resolution.schema.json``; :meth:`Document.to_dict` produces exactly that shape
(keys in a fixed order) and :meth:`Document.from_dict` reads it back.  Both are total inverses for valid
documents, which the tests check.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from versioning.errors import DocumentInvalid, IdentifierError, Problem
from versioning.identifiers import ClauseId, EditionId, Symbol, parse_scope


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A preambular or operative paragraph, or a sub-paragraph of one.

    Attributes:
        id: the clause id (``pp1``, ``op3``, ``op3.a``, ``op3.a.i``).
        text: the words, line breaks joined, footnote markers and page furniture removed; an operative
            paragraph's text starts after its number.
        lead: the opening phrase the official document sets in italics, or ``None``.
        footnotes: the footnote markers cited in the paragraph, in order of citation.
        number: the printed number or letter (``"1"``, ``"a"``, ``"i"``); ``None`` for preambular paragraphs
            and for a lone operative paragraph, which UN style leaves unnumbered.
        subparagraphs: nested sub-paragraphs, same shape.
    """

    id: ClauseId
    text: str
    lead: str | None = None
    footnotes: tuple[str, ...] = ()
    number: str | None = None
    subparagraphs: tuple[Paragraph, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        return {
            "id": str(self.id),
            "number": self.number,
            "lead": self.lead,
            "text": self.text,
            "footnotes": list(self.footnotes),
            "subparagraphs": [sub.to_dict() for sub in self.subparagraphs],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Paragraph:
        """Read the dictionary form (assumed valid against the schema)."""
        return cls(
            id=ClauseId.parse(data["id"]),
            text=data["text"],
            lead=data.get("lead"),
            footnotes=tuple(data.get("footnotes", ())),
            number=data.get("number"),
            subparagraphs=tuple(cls.from_dict(sub) for sub in data.get("subparagraphs", ())),
        )

    def walk(self) -> Iterator[Paragraph]:
        """This paragraph and every nested sub-paragraph, in document order."""
        yield self
        for sub in self.subparagraphs:
            yield from sub.walk()

    def full_text(self) -> str:
        """The paragraph's text followed by its sub-paragraphs' texts, as one string."""
        parts = [self.text]
        for sub in self.subparagraphs:
            label = f"({sub.number}) " if sub.number else ""
            parts.append(label + sub.full_text())
        return " ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote: its marker (``"1"``, or ``"*"`` for the reissue or sponsors note) and its text."""

    marker: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        return {"marker": self.marker, "text": self.text}


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading printed above a clause ("I. Global context and shared commitments").

    Attributes:
        before: the id of the first clause under the heading.
        text: the heading's words on one line, its footnote markers taken out.
        footnotes: the markers of the notes the heading cites, in order (a part heading or an annex's
            subtitle may carry one); the dictionary form names them only when there are some, so that a
            document whose headings cite none reads and writes as before the field existed.
    """

    before: ClauseId
    text: str
    footnotes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        record: dict[str, Any] = {"before": str(self.before), "text": self.text}
        if self.footnotes:
            record["footnotes"] = list(self.footnotes)
        return record

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Heading:
        """Read the dictionary form."""
        return cls(ClauseId.parse(data["before"]), data["text"], tuple(data.get("footnotes", ())))


@dataclass(frozen=True, slots=True)
class Annex:
    """An annex to the resolution (a declaration it adopts, for instance).

    A text the resolution adopts in its own body ("Adopts the following outcome document ...:" followed
    by the document, with its own preamble, headings and numbered paragraphs) is held the same way, marked
    by ``placement`` ``"body"``; it has no printed label.

    Attributes:
        id: ``annex1``, ``annex2``, ... in order.
        label: the label as printed ("Annex", "Annex I"); ``None`` for a text adopted in the body.
        title: the annex's own title, or ``None``.
        paragraphs: its paragraphs, ids ``annex1.p1`` ... by position, ``number`` as printed.
        placement: ``"annex"`` after the closing line, or ``"body"`` for a text adopted in the body (the
            dictionary form names the placement only then).
        footnotes: the markers of the notes its label and title cite ("Annex*", a declaration's title with
            a note on its source), in order; named in the dictionary form only when there are some.
    """

    id: str
    label: str | None
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    placement: str = "annex"
    footnotes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        placement = {"placement": self.placement} if self.placement != "annex" else {}
        footnotes = {"footnotes": list(self.footnotes)} if self.footnotes else {}
        return {
            "id": self.id,
            **placement,
            "label": self.label,
            "title": self.title,
            **footnotes,
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annex:
        """Read the dictionary form."""
        return cls(
            data["id"],
            data["label"],
            data.get("title"),
            tuple(Paragraph.from_dict(p) for p in data["paragraphs"]),
            data.get("placement", "annex"),
            tuple(data.get("footnotes", ())),
        )


@dataclass(frozen=True, slots=True)
class Part:
    """A division of a resolution: a lettered part ("A", with its own preamble and operative part, its own
    "The General Assembly," and often its own closing line) or a numbered section ("II") whose paragraphs
    are numbered afresh.  The paragraphs stay in the document's ``preamble`` and ``operative`` lists, in
    document order; their ids carry the division's scope (``partB.op1``, ``secII.partA.op3``).

    Attributes:
        scope: the scope of the division's clauses (``("secII", "partA")``).
        label: the label as printed ("A", "II").
        title: the division's own title, or ``None``.
        meeting: the closing line of a part adopted at its own meeting, or ``None``.
        footnotes: the markers of the notes its title cites, in order; named in the dictionary form only
            when there are some.
    """

    scope: tuple[str, ...]
    label: str
    title: str | None = None
    meeting: str | None = None
    footnotes: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """The division's id, the scope its clause ids start with (``secII.partA``)."""
        return ".".join(self.scope)

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        footnotes = {"footnotes": list(self.footnotes)} if self.footnotes else {}
        return {"id": self.id, "label": self.label, "title": self.title, **footnotes, "meeting": self.meeting}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Part:
        """Read the dictionary form."""
        return cls(
            parse_scope(data["id"]),
            data["label"],
            data.get("title"),
            data.get("meeting"),
            tuple(data.get("footnotes", ())),
        )


@dataclass(frozen=True, slots=True)
class Edition:
    """Which edition of a text this is.

    Attributes:
        kind: ``original``, ``reissue``, ``corrigendum``, ``revision`` or ``draft``.
        date: the ISO date this edition appeared (the reissue date for a reissue, else the distribution
            date).
        note: the document's own words about the edition (``"Reissued for technical reasons on 15 July
            2013."``), or ``None``.
        symbol: the symbol this edition was issued under when it differs from the text's own symbol
            (``A/RES/67/6/Corr.1``), else ``None``.
    """

    kind: str
    date: str | None
    note: str | None = None
    symbol: Symbol | None = None

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        symbol = str(self.symbol) if self.symbol is not None else None
        return {"kind": self.kind, "date": self.date, "note": self.note, "symbol": symbol}


@dataclass(frozen=True, slots=True)
class Report:
    """The Main Committee report a resolution was adopted on: "[on the report of the First Committee
    (A/79/408, para. 114)]".

    Attributes:
        symbol: the report's symbol (``A/79/408``), a document of the Assembly, not the draft.
        paragraph: the paragraph of the report that holds the adopted draft (``"114"``), or ``None``.
    """

    symbol: Symbol
    paragraph: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        return {"symbol": str(self.symbol), "paragraph": self.paragraph}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Read the dictionary form."""
        return cls(Symbol.parse(data["symbol"]), data.get("paragraph"))


@dataclass(frozen=True, slots=True)
class Distribution:
    """The distribution line: level (``General``, ``Limited``) and date."""

    level: str
    date: str | None

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        return {"level": self.level, "date": self.date}


@dataclass(frozen=True, slots=True)
class Source:
    """What the document was parsed from: the SHA-256 of the exact bytes and their media type."""

    sha256: str
    format: str

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form."""
        return {"sha256": self.sha256, "format": self.format}


@dataclass(frozen=True, slots=True)
class Document:
    """One edition of a resolution (or of a draft resolution), structured.

    Field meanings follow the document contract in DESIGN.md; ``meeting`` is the closing line (``"39th
    plenary meeting"``), ``sponsors`` the sponsors line of a draft, ``headings`` the headings printed between
    clauses, ``annexes`` the annexes after the closing line, ``committee`` the Main Committee that issued the
    draft or reported it (``"First Committee"``; ``None`` for the plenary) and ``report`` the committee's
    report a resolution was adopted on, ``parts`` the lettered parts and numbered sections whose scopes the
    clause ids carry.  ``committee``, ``report`` and ``parts`` appear in the dictionary form only when set,
    so that the canonical bytes of a plain plenary resolution do not depend on them.
    """

    symbol: Symbol
    number: str | None
    session: int
    title: str
    agenda_items: tuple[str, ...]
    adopted: str | None
    draft: Symbol | None
    distribution: Distribution
    edition: Edition
    preamble: tuple[Paragraph, ...]
    operative: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...]
    source: Source
    meeting: str | None = None
    sponsors: tuple[str, ...] = field(default=())
    headings: tuple[Heading, ...] = field(default=())
    annexes: tuple[Annex, ...] = field(default=())
    committee: str | None = None
    report: Report | None = None
    parts: tuple[Part, ...] = field(default=())

    @property
    def edition_id(self) -> EditionId:
        """The identity of this edition (:meth:`EditionId.for_dates` gives the one rule for its date).

        Raises :class:`~versioning.errors.IdentifierError` for a document that states no date at all.
        """
        return EditionId.for_dates(
            self.symbol,
            self.edition.kind,
            edition_date=self.edition.date,
            distribution_date=self.distribution.date,
            adopted=self.adopted,
        )

    @property
    def edition_date(self) -> str | None:
        """The date that identifies this edition (the rule of :attr:`edition_id`), or ``None`` without one."""
        try:
            return self.edition_id.date
        except IdentifierError:
            return None

    @property
    def reference(self) -> str:
        """The edition reference of this document: ``SYMBOL@DATE`` (the bare symbol when it has no date)."""
        try:
            return str(self.edition_id)
        except IdentifierError:
            return str(self.symbol)

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph and sub-paragraph, preamble first, then operative, then annexes."""
        for paragraph in (
            *self.preamble,
            *self.operative,
            *(p for annex in self.annexes for p in annex.paragraphs),
        ):
            yield from paragraph.walk()

    def footnote(self, marker: str) -> Footnote | None:
        """The footnote with this marker, if any."""
        return next((note for note in self.footnotes if note.marker == marker), None)

    def with_source(self, source: Source) -> Document:
        """A copy of the document with another source record."""
        return replace(self, source=source)

    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary form, keys in the contract's order."""
        committee = {"committee": self.committee} if self.committee is not None else {}
        report = {"report": self.report.to_dict()} if self.report is not None else {}
        return {
            "symbol": str(self.symbol),
            "number": self.number,
            "session": self.session,
            "title": self.title,
            "agenda_items": list(self.agenda_items),
            "adopted": self.adopted,
            "draft": str(self.draft) if self.draft is not None else None,
            **committee,
            **report,
            "distribution": self.distribution.to_dict(),
            "edition": self.edition.to_dict(),
            "meeting": self.meeting,
            "sponsors": list(self.sponsors),
            "preamble": [paragraph.to_dict() for paragraph in self.preamble],
            "operative": [paragraph.to_dict() for paragraph in self.operative],
            **({"parts": [part.to_dict() for part in self.parts]} if self.parts else {}),
            "headings": [heading.to_dict() for heading in self.headings],
            "annexes": [annex.to_dict() for annex in self.annexes],
            "footnotes": [note.to_dict() for note in self.footnotes],
            "source": self.source.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Read the dictionary form (validate it first: this assumes the schema holds).

        The one check kept here: ``session`` is an ``int`` (JSON Schema would let ``67.0`` through).
        """
        edition = data["edition"]
        issued_as = edition.get("symbol")
        session = data["session"]
        if not isinstance(session, int) or isinstance(session, bool):
            raise DocumentInvalid([Problem("$.session", f"{session!r} is not an integer")])
        return cls(
            symbol=Symbol.parse(data["symbol"]),
            number=data["number"],
            session=session,
            title=data["title"],
            agenda_items=tuple(data["agenda_items"]),
            adopted=data["adopted"],
            draft=Symbol.parse(data["draft"]) if data["draft"] is not None else None,
            distribution=Distribution(data["distribution"]["level"], data["distribution"]["date"]),
            edition=Edition(
                edition["kind"],
                edition["date"],
                edition.get("note"),
                Symbol.parse(issued_as) if issued_as else None,
            ),
            preamble=tuple(Paragraph.from_dict(p) for p in data["preamble"]),
            operative=tuple(Paragraph.from_dict(p) for p in data["operative"]),
            footnotes=tuple(Footnote(n["marker"], n["text"]) for n in data["footnotes"]),
            source=Source(data["source"]["sha256"], data["source"]["format"]),
            meeting=data.get("meeting"),
            sponsors=tuple(data.get("sponsors", ())),
            headings=tuple(Heading.from_dict(h) for h in data.get("headings", ())),
            annexes=tuple(Annex.from_dict(a) for a in data.get("annexes", ())),
            committee=data.get("committee"),
            report=Report.from_dict(data["report"]) if data.get("report") is not None else None,
            parts=tuple(Part.from_dict(part) for part in data.get("parts", ())),
        )
