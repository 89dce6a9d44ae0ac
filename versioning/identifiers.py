"""Identity: resolution symbols, edition references and clause ids.

Each identifier has one grammar, one parser (``parse``), and one canonical ``str()``; the same syntax is
used everywhere (CLI, library, store).

* :class:`Symbol` -- ``A/RES/67/6``, ``A/RES/67/6/Corr.1``, ``A/80/L.7``, ``A/80/L.7/Rev.1``.
* :class:`EditionRef` -- ``A/RES/67/6`` (latest), ``A/RES/67/6@2013-07-15`` (the edition of that date),
  ``A/RES/67/6@original`` (the first edition of that kind), or a path to a file.
* :class:`ClauseId` -- ``pp3``, ``op3``, ``op3.a``, ``op3.a.i``, and ``annex1.p4`` for a paragraph of an
  annex.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

from versioning.errors import IdentifierError

_SUFFIX = r"(?:/(?:Corr|Rev|Add)\.\d+)*"
_RESOLUTION = re.compile(rf"^A/RES/(?P<session>\d{{1,3}})/(?P<n>\d{{1,4}})(?P<suffix>{_SUFFIX})$")
_DRAFT = re.compile(rf"^A/(?P<session>\d{{1,3}})/L\.(?P<n>\d{{1,4}})(?P<suffix>{_SUFFIX})$")
_SUFFIX_PART = re.compile(r"/(Corr|Rev|Add)\.(\d+)")

EDITION_KINDS = ("original", "reissue", "corrigendum", "revision", "draft")
"""The kinds of edition, in the order the schema lists them."""


@dataclass(frozen=True, slots=True, order=True)
class Symbol:
    """A United Nations document symbol of a resolution or of a draft resolution.

    ``base`` is the symbol of the text itself (``A/RES/67/6``); ``suffixes`` holds the parts that name an
    issue of it (``("Corr.1",)``).
    """

    base: str
    suffixes: tuple[str, ...] = ()

    @classmethod
    def parse(cls, value: str) -> Symbol:
        """Parse a symbol, tolerating the reissue asterisk and surrounding space."""
        text = value.strip().rstrip("*").strip()
        match = _RESOLUTION.match(text) or _DRAFT.match(text)
        if match is None:
            raise IdentifierError(
                "symbol", value, "expected A/RES/<session>/<number> or A/<session>/L.<number>"
            )
        suffix = match.group("suffix")
        base = text[: len(text) - len(suffix)] if suffix else text
        parts = tuple(f"{kind}.{n}" for kind, n in _SUFFIX_PART.findall(suffix))
        return cls(base, parts)

    @property
    def is_draft(self) -> bool:
        """True for a draft resolution (``A/80/L.7``)."""
        return not self.base.startswith("A/RES/")

    @property
    def session(self) -> int:
        """The session of the General Assembly that issued the symbol."""
        return int(self.base.split("/")[2 if not self.is_draft else 1])

    @property
    def number(self) -> str | None:
        """The resolution number (``"67/6"``), or ``None`` for a draft."""
        return None if self.is_draft else self.base.removeprefix("A/RES/")

    @property
    def edition_kind(self) -> str | None:
        """The edition kind the suffix implies (``corrigendum`` or ``revision``), if any."""
        for part in reversed(self.suffixes):
            if part.startswith("Corr."):
                return "corrigendum"
            if part.startswith("Rev."):
                return "revision"
        return None

    def __str__(self) -> str:
        return "/".join((self.base, *self.suffixes))


def parse_iso_date(value: str, *, what: str = "date") -> _dt.date:
    """Parse a ``YYYY-MM-DD`` date, raising :class:`IdentifierError` otherwise."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise IdentifierError(what, value, "expected YYYY-MM-DD") from None


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
        if selector:
            if selector not in EDITION_KINDS and selector != "latest":
                parse_iso_date(selector, what="edition reference date")
            if selector == "latest":
                selector = ""
        return cls(symbol=symbol, selector=selector or None)

    @property
    def is_path(self) -> bool:
        """True when the reference names a file rather than a stored edition."""
        return self.path is not None

    def __str__(self) -> str:
        if self.path is not None:
            return str(self.path)
        return f"{self.symbol}@{self.selector}" if self.selector else str(self.symbol)


_CLAUSE = re.compile(
    r"^(?P<section>pp|op|annex\d+\.p)(?P<n>\d+)(?:\.(?P<sub>[a-z]{1,2}|\d+)(?:\.(?P<subsub>[ivxlc]+))?)?$"
)


@dataclass(frozen=True, slots=True)
class ClauseId:
    """A clause id: ``pp5``, ``op3``, ``op3.a``, ``op3.a.i``."""

    section: str
    position: int
    path: tuple[str, ...] = ()

    @classmethod
    def parse(cls, value: str) -> ClauseId:
        """Parse a clause id."""
        match = _CLAUSE.match(value)
        if match is None:
            raise IdentifierError(
                "clause id", value, "expected pp<N>, op<N>, op<N>.<letter> or op<N>.<letter>.<roman>"
            )
        path = tuple(part for part in (match.group("sub"), match.group("subsub")) if part)
        return cls(match.group("section"), int(match.group("n")), path)

    def child(self, label: str) -> ClauseId:
        """The id of a sub-paragraph of this clause labelled ``label`` (``a``, ``i``)."""
        return ClauseId(self.section, self.position, (*self.path, label))

    def __str__(self) -> str:
        return ".".join((f"{self.section}{self.position}", *self.path))

