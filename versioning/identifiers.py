"""Identity: resolution symbols, edition references and clause ids.

Each identifier has one grammar, one parser (``parse``), and one canonical ``str()``; the same syntax is
used everywhere (CLI, library, store).

* :class:`Symbol` -- ``A/RES/67/6``, ``A/RES/67/6/Corr.1``, ``A/RES/45/58P`` (part P of a resolution adopted
  in parts), ``A/80/L.7``, ``A/80/L.7/Rev.1``.
* :class:`EditionRef` -- ``A/RES/67/6`` (latest), ``A/RES/67/6@2013-07-15`` (the edition of that date),
  ``A/RES/67/6@original`` (the first edition of that kind), or a path to a file.
* :class:`EditionId` -- ``A/RES/67/6@2013-07-15``: the key of one edition (symbol, date, kind).
* :class:`ClauseId` -- ``pp3``, ``op3``, ``op3.a``, ``op3.a.i``, and ``annex1.p4`` for a paragraph of an
  annex.

Nothing else in the package builds or splits these strings.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from versioning.errors import IdentifierError

_SUFFIX = r"(?:/(?:Corr|Rev|Add)\.\d+)*"
_RESOLUTION_BASE = r"A/RES/(?P<session>\d{1,3})/(?P<n>\d{1,4})"
_DRAFT_BASE = r"A/(?:C\.[1-6]/)?(?P<session>\d{1,3})/L\.(?P<n>\d{1,4})"
_RESOLUTION = re.compile(
    rf"^A/RES/(?P<session>\d{{1,3}})/(?P<n>\d{{1,4}}(?:(?P<part>[A-Z])(?P=part)?)?)(?P<suffix>{_SUFFIX})$"
)
"""A resolution's symbol; the letter names one part of a resolution adopted in parts (``A/RES/45/58P``,
printed "resolution 45/58 P"), doubled once the alphabet is spent (``A/RES/53/77AA``, the part after
``53/77Z``).  Running text never glues that letter on (``EDITION_SYMBOL_PATTERN``)."""
_DRAFT = re.compile(rf"^{_DRAFT_BASE}(?P<suffix>{_SUFFIX})$")
_REPORT = re.compile(rf"^A/(?:C\.[1-6]/)?(?P<session>\d{{1,3}})/(?P<n>\d{{1,4}})(?P<suffix>{_SUFFIX})$")
_SUFFIX_PART = re.compile(r"/(Corr|Rev|Add)\.(\d+)")


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


EDITION_SYMBOL_PATTERN = re.compile(
    rf"\b(?:{_unnamed(_RESOLUTION_BASE)}|{_unnamed(_DRAFT_BASE)}){_SUFFIX}(?P<mark>\*)?"
)
"""The symbol of a text that is an edition (a resolution's, a plenary or Main Committee draft's, with any
issue suffix and the reissue asterisk), as it stands in running text: the same grammar as
:meth:`Symbol.parse`."""

EDITION_KINDS = ("original", "reissue", "corrigendum", "revision", "draft")
"""The kinds of edition, in the order the schema lists them."""

SYMBOL_CATEGORIES = ("resolution", "draft", "document")
"""What a symbol names: a resolution (``A/RES/67/6``), a draft resolution (``A/80/L.7``, ``A/C.3/80/L.15``)
or another document of the Assembly, such as a committee's report (``A/79/408``)."""


@dataclass(frozen=True, slots=True, order=True)
class Symbol:
    """A United Nations General Assembly document symbol: a resolution's, a draft's or a report's.

    ``base`` is the symbol of the text itself (``A/RES/67/6``); ``suffixes`` holds the parts that name an
    issue of it (``("Corr.1",)``).  Build one with :meth:`parse`, the only grammar of symbols.
    """

    base: str
    suffixes: tuple[str, ...] = ()

    @classmethod
    def parse(cls, value: str) -> Symbol:
        """Parse a symbol, tolerating the reissue asterisk and surrounding space."""
        text = value.strip().rstrip("*").strip()
        match = _RESOLUTION.match(text) or _DRAFT.match(text) or _REPORT.match(text)
        if match is None:
            raise IdentifierError(
                "symbol",
                value,
                "expected A/RES/<session>/<number>, A/<session>/L.<number>, A/C.<n>/<session>/L.<number>"
                " or A/<session>/<number>",
            )
        suffix = match.group("suffix")
        base = text[: len(text) - len(suffix)] if suffix else text
        parts = tuple(f"{kind}.{n}" for kind, n in _SUFFIX_PART.findall(suffix))
        return cls(base, parts)

    @classmethod
    def for_resolution(cls, number: str) -> Symbol:
        """The symbol of the resolution a text cites by number: ``"64/256"`` -> ``A/RES/64/256``,
        ``"45/58 P"`` -> ``A/RES/45/58P``."""
        return cls.parse("A/RES/" + "".join(number.split()))

    @property
    def category(self) -> str:
        """What the symbol names: one of :data:`SYMBOL_CATEGORIES`."""
        if self.base.startswith("A/RES/"):
            return "resolution"
        return "draft" if "/L." in self.base else "document"

    @property
    def is_draft(self) -> bool:
        """True for a draft resolution (``A/80/L.7``, ``A/C.1/80/L.7``)."""
        return self.category == "draft"

    @property
    def is_resolution(self) -> bool:
        """True for an adopted resolution (``A/RES/67/6``)."""
        return self.category == "resolution"

    @property
    def committee(self) -> int | None:
        """The Main Committee that issued a symbol (``1`` for ``A/C.1/80/L.7``), or ``None`` (plenary)."""
        segment = self.base.split("/")[1]
        return int(segment[2:]) if segment.startswith("C.") else None

    @property
    def session(self) -> int:
        """The session of the General Assembly that issued the symbol."""
        segments = self.base.split("/")
        return int(segments[2] if self.is_resolution or self.committee is not None else segments[1])

    @property
    def number(self) -> str | None:
        """The resolution number (``"67/6"``), or ``None`` for any other document."""
        return self.base.removeprefix("A/RES/") if self.is_resolution else None

    @property
    def edition_kind(self) -> str | None:
        """The edition kind the suffix implies (``corrigendum`` or ``revision``), if any."""
        for part in reversed(self.suffixes):
            if part.startswith("Corr."):
                return "corrigendum"
            if part.startswith("Rev."):
                return "revision"
        return None

    @property
    def serial(self) -> int:
        """The document's serial number within its session: 6 for ``A/RES/67/6``, 7 for ``A/80/L.7``."""
        digits = re.match(r"\d+", self.base.rsplit("/", 1)[-1].removeprefix("L."))
        return int(digits.group()) if digits else 0

    @property
    def sort_key(self) -> tuple[int, int, int, int, str]:
        """Numeric order: by session, resolutions before drafts before other documents, then by serial
        number (``A/RES/67/6`` before ``A/RES/67/10``), then by the part's letter, the doubled ones after
        the alphabet (``53/77Z`` before ``53/77AA``)."""
        tail = self.base.rsplit("/", 1)[-1]
        letters = len(tail) - len(tail.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) if self.is_resolution else 0
        return (self.session, SYMBOL_CATEGORIES.index(self.category), self.serial, letters, str(self))

    @property
    def text_symbol(self) -> Symbol:
        """The symbol of the text itself, without the suffixes naming an issue of it."""
        return Symbol(self.base)

    def __str__(self) -> str:
        return "/".join((self.base, *self.suffixes))


FIRST_SESSION_YEAR = 1946
"""The year of the Assembly's first session: no edition can be dated before it."""


def parse_iso_date(value: str, *, what: str = "date") -> _dt.date:
    """Parse a ``YYYY-MM-DD`` date, raising :class:`IdentifierError` otherwise."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise IdentifierError(what, value, "expected YYYY-MM-DD") from None


@dataclass(frozen=True, slots=True, order=True)
class EditionId:
    """The identity of one edition: the text's symbol and the day the edition appeared, with its kind.

    It is the key of an edition everywhere: the store's folders, tags and commit trailers, the baselines of
    a change list, the joins of series and checks.  Its ``str()`` is the one serialisation,
    ``A/RES/67/6@2013-07-15``; :meth:`parse` reads it back.  Two ids are the same edition when symbol and
    date agree (``kind`` describes the edition, it does not tell two editions of one day apart).

    Attributes:
        symbol: the text's own symbol (``A/RES/67/6``, without an issue suffix such as ``/Corr.1``).
        date: the ISO date the edition appeared (see :meth:`for_dates` for the one rule that picks it).
        kind: one of :data:`EDITION_KINDS`, or ``None`` when only the reference is known.
    """

    symbol: Symbol
    date: str
    kind: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        parse_iso_date(self.date, what="edition date")
        if self.kind is not None and self.kind not in EDITION_KINDS:
            raise IdentifierError("edition kind", self.kind, f"expected one of {', '.join(EDITION_KINDS)}")

    @classmethod
    def parse(cls, value: str, *, kind: str | None = None) -> EditionId:
        """Parse ``SYMBOL@YYYY-MM-DD``."""
        head, at, date = value.strip().partition("@")
        if not at:
            raise IdentifierError("edition id", value, "expected SYMBOL@YYYY-MM-DD")
        return cls(Symbol.parse(head), date, kind)

    @classmethod
    def for_dates(
        cls,
        symbol: Symbol,
        kind: str,
        *,
        edition_date: str | None,
        distribution_date: str | None,
        adopted: str | None = None,
    ) -> EditionId:
        """The id of an edition from the dates its document prints: the one rule for an edition's date.

        The edition date when the document states one (a reissue's "Reissued ... on 15 July 2013"), else
        the distribution date (the day the text was issued), else the adoption date.
        """
        date = edition_date or distribution_date or adopted
        if date is None:
            raise IdentifierError(
                "edition date", str(symbol), "the document states no edition, distribution or adoption date"
            )
        return cls(symbol, date, kind)

    def with_kind(self, kind: str) -> EditionId:
        """The same edition described with another kind."""
        return EditionId(self.symbol, self.date, kind)

    def __str__(self) -> str:
        return f"{self.symbol}@{self.date}"


@dataclass(frozen=True, slots=True)
class EditionRef:
    """A reference to one edition: a symbol with an optional selector, or a file path.

    ``selector`` is ``None`` (the latest edition), an ISO date, or an edition kind (``original``,
    ``reissue``, ...).  ``path`` is set instead when the reference names a file to parse on the fly.
    """

    symbol: Symbol | None = None
    selector: str | None = None
    path: Path | None = None

    @classmethod
    def parse(cls, value: str) -> EditionRef:
        """Parse a reference; a string that is not a symbol but names an existing file is a path."""
        text = value.strip()
        head, _, selector = text.partition("@")
        try:
            symbol = Symbol.parse(head)
        except IdentifierError:
            looks_like_path = Path(value).exists() or "/" not in value or value.startswith((".", "/"))
            if looks_like_path and (not selector or Path(value).exists()):
                return cls(path=Path(value))
            raise IdentifierError(
                "edition reference", value, "expected SYMBOL, SYMBOL@YYYY-MM-DD, SYMBOL@KIND or a file path"
            ) from None
        return cls._with_selector(symbol, selector)

    @classmethod
    def parse_stored(cls, value: str) -> EditionRef:
        """Parse a reference to a stored edition (``SYMBOL``, ``SYMBOL@DATE``, ``SYMBOL@KIND``), never a
        file path: for references that come from elsewhere than the user's own shell (an HTTP request)."""
        head, _, selector = value.strip().partition("@")
        try:
            symbol = Symbol.parse(head)
        except IdentifierError:
            raise IdentifierError(
                "edition reference", value, "expected SYMBOL, SYMBOL@YYYY-MM-DD or SYMBOL@KIND"
            ) from None
        return cls._with_selector(symbol, selector)

    @classmethod
    def _with_selector(cls, symbol: Symbol, selector: str) -> EditionRef:
        if selector:
            if selector not in EDITION_KINDS and selector != "latest":
                parse_iso_date(selector, what="edition reference date")
            if selector == "latest":
                selector = ""
        return cls(symbol=symbol, selector=selector or None)

    @classmethod
    def for_edition(cls, edition: EditionId) -> EditionRef:
        """The reference to one edition by its date."""
        return cls(symbol=edition.symbol, selector=edition.date)

    @property
    def is_path(self) -> bool:
        """True when the reference names a file rather than a stored edition."""
        return self.path is not None

    def __str__(self) -> str:
        if self.path is not None:
            return str(self.path)
        return f"{self.symbol}@{self.selector}" if self.selector else str(self.symbol)


_CLAUSE = re.compile(
    r"^(?P<scope>(?:(?:part[A-Z]|sec[IVXLC]+|annex\d+)\.)*)(?P<section>pp|op|p)(?P<n>\d+)"
    r"(?P<path>(?:\.(?:[a-z]{1,2}|\d+)(?:\.[ivxlc]+)?)?)$"
)
_SCOPE_PART = re.compile(r"part[A-Z]|sec[IVXLC]+|annex\d+")
CLAUSE_SECTIONS = {"pp": "preamble", "op": "operative", "p": "annexes"}
"""The section of a document each clause prefix belongs to (``p``: a paragraph of an annex)."""


@dataclass(frozen=True, slots=True)
class ClauseId:
    """A clause id, with one grammar: ``pp5``, ``op3``, ``op3.a``, ``op3.a.i``, ``annex1.p4``.

    A clause may stand inside scopes: an annex (``annex1.p4``), a lettered part of a resolution
    (``partB.op2``) or a numbered section (``secII.partA.op1``).  ``section`` is ``pp`` (preambular),
    ``op`` (operative) or ``p`` (a paragraph of an annex); ``position`` counts from 1 in its sequence;
    ``path`` holds the labels of sub-paragraphs (``("a", "i")``).  Build one with :meth:`parse`,
    :meth:`preambular`, :meth:`operative`, :meth:`in_annex` or :meth:`child`; its ``str()`` is the one
    serialisation.
    """

    section: str
    position: int
    path: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.section not in CLAUSE_SECTIONS or self.position < 1:
            raise IdentifierError("clause id", str(self), "expected pp<N>, op<N> or annex<N>.p<N>")
        if (self.section == "p") != any(part.startswith("annex") for part in self.scope):
            raise IdentifierError(
                "clause id", str(self), "a paragraph p<N> stands in an annex, pp/op outside"
            )

    @classmethod
    def parse(cls, value: str) -> ClauseId:
        """Parse a clause id."""
        match = _CLAUSE.match(value)
        if match is None:
            raise IdentifierError(
                "clause id",
                value,
                "expected pp<N>, op<N>, op<N>.<letter>, op<N>.<letter>.<roman> or annex<N>.p<N>",
            )
        scope = tuple(_SCOPE_PART.findall(match.group("scope")))
        path = tuple(part for part in match.group("path").split(".") if part)
        return cls(match.group("section"), int(match.group("n")), path, scope)

    @classmethod
    def preambular(cls, position: int, scope: tuple[str, ...] = ()) -> ClauseId:
        """``pp<position>``, inside ``scope`` when given (``partB.pp2``)."""
        return cls("pp", position, (), scope)

    @classmethod
    def operative(cls, position: int, scope: tuple[str, ...] = ()) -> ClauseId:
        """``op<position>``, inside ``scope`` when given (``secII.partA.op1``)."""
        return cls("op", position, (), scope)

    @classmethod
    def in_annex(cls, annex: int, position: int, scope: tuple[str, ...] = ()) -> ClauseId:
        """``annex<annex>.p<position>``, inside a division of the annex when ``scope`` is given
        (``annex1.secII.p1``)."""
        return cls("p", position, (), (f"annex{annex}", *scope))

    def child(self, label: str) -> ClauseId:
        """The id of a sub-paragraph of this clause labelled ``label`` (``a``, ``i``)."""
        return ClauseId(self.section, self.position, (*self.path, label), self.scope)

    @property
    def top(self) -> ClauseId:
        """The top-level clause this one belongs to (itself when it is not a sub-paragraph)."""
        return ClauseId(self.section, self.position, (), self.scope)

    @property
    def parent(self) -> ClauseId | None:
        """The clause this sub-paragraph belongs to directly (``op3.a`` for ``op3.a.i``), or ``None``."""
        return ClauseId(self.section, self.position, self.path[:-1], self.scope) if self.path else None

    @property
    def label(self) -> str:
        """The last part of the id: ``a`` for ``op3.a``, ``i`` for ``op3.a.i``, the position otherwise."""
        return self.path[-1] if self.path else str(self.position)

    @property
    def sibling_order(self) -> int:
        """The place of the clause among its siblings: 12 for ``pp12``, 2 for ``op3.b``, 4 for ``op3.a.iv``.

        Sub-paragraphs are lettered (``a`` ... ``z``, ``aa``), sub-sub-paragraphs numbered in romanettes.
        """
        if not self.path:
            return self.position
        label = self.path[-1]
        if label.isdigit():
            return int(label)
        if len(self.path) >= 2:
            return roman_value(label)
        value = 0
        for letter in label:
            value = value * 26 + (ord(letter) - ord("a") + 1)
        return value

    def rebased(self, old_parent: ClauseId, new_parent: ClauseId) -> ClauseId:
        """This id with its ancestor ``old_parent`` replaced by ``new_parent`` (``op3.a`` -> ``op4.a``)."""
        if self.top != old_parent.top or self.path[: len(old_parent.path)] != old_parent.path:
            raise IdentifierError("clause id", str(self), f"is not inside {old_parent}")
        tail = self.path[len(old_parent.path) :]
        return ClauseId(new_parent.section, new_parent.position, (*new_parent.path, *tail), new_parent.scope)

    @property
    def scope_order(self) -> tuple[int, ...]:
        """The place of the clause's scopes in a document: section II before III, part A before B (an
        unscoped clause, which precedes every section and part, sorts first)."""
        return tuple(division_order(part) for part in self.scope)

    @property
    def is_top_level(self) -> bool:
        """True for a clause that is not a sub-paragraph."""
        return not self.path

    @property
    def document_section(self) -> str:
        """The section of the document: ``preamble``, ``operative`` or ``annexes``."""
        return CLAUSE_SECTIONS[self.section]

    @property
    def annex(self) -> str | None:
        """The annex the clause stands in (``annex1``), or ``None``."""
        return next((part for part in self.scope if part.startswith("annex")), None)

    def __str__(self) -> str:
        return ".".join((*self.scope, f"{self.section}{self.position}", *self.path))


def part_scope(letter: str) -> str:
    """The scope of a lettered part of a resolution ("A", with its own preamble and operative part):
    ``partA``."""
    if not re.fullmatch(r"[A-Z]", letter):
        raise IdentifierError("part label", letter, "expected a capital letter")
    return f"part{letter}"


def section_scope(numeral: str) -> str:
    """The scope of a numbered section of a resolution ("II"): ``secII``."""
    if not re.fullmatch(r"[IVXLC]+", numeral) or not roman_value(numeral.lower()):
        raise IdentifierError("section label", numeral, "expected a roman numeral")
    return f"sec{numeral}"


_DIVISION = re.compile(r"^(?:annex\d+\.)?(?:(?:part[A-Z]|sec[IVXLC]+)\.)*(?:part[A-Z]|sec[IVXLC]+)$")


def parse_scope(value: str) -> tuple[str, ...]:
    """Parse the id of a division (``secII.partA``, ``annex1.secII``) into its scope, the parts its clause
    ids start with."""
    if not _DIVISION.match(value):
        raise IdentifierError("division id", value, "expected part<Letter> or sec<Roman>, joined by dots")
    return tuple(_SCOPE_PART.findall(value))


def division_order(part: str) -> int:
    """The order of one scope among its siblings: 2 for ``partB`` and for ``secII``, 1 for ``annex1``."""
    if part.startswith("part"):
        return ord(part[4]) - ord("A") + 1
    if part.startswith("sec"):
        return roman_value(part[3:].lower())
    return int(part.removeprefix("annex"))


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(text: str) -> int:
    """The value of a lower-case roman numeral (``iv`` -> 4); 0 for a text that is not one."""
    total = 0
    for index, letter in enumerate(text):
        value = _ROMAN.get(letter, 0)
        if value == 0:
            return 0
        following = _ROMAN.get(text[index + 1], 0) if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total
