"""Where an edition lives inside the store, and what its tag is called.

The layout is meant to be browsed by a person::

    A/RES/67/6/                        one folder per resolution, from its symbol
        2013-07-15.reissue/            one folder per edition: its date and kind
            document.json              the canonical JSON document
            source.txt                 the source exactly as given (.txt, .pdf or .json)

Every path segment is checked (:func:`symbol_folder`), so that no symbol, however written, can name a path
outside the store or inside ``.git``.  An edition is identified by its symbol and its date (the reference
``A/RES/67/6@2013-07-15``); its tag is that reference itself, which is a legal git ref name
(``refs/tags/A/RES/67/6@2013-07-15``), so ``git show A/RES/67/6@2013-07-15`` works in the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from versioning.errors import IdentifierError, StoreError
from versioning.identifiers import EDITION_KINDS, Symbol, parse_iso_date

DOCUMENT_FILE = "document.json"
"""The name of the canonical JSON document inside an edition folder."""

SOURCE_STEM = "source"
"""The stem of the source file inside an edition folder; the extension follows the source's format."""

SOURCE_EXTENSIONS = {"text/plain": ".txt", "application/pdf": ".pdf", "application/json": ".json"}
"""The extension of a stored source file, by media type."""

TAG_PREFIX = "refs/tags/"

_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.]{0,31}$")
_EDITION_FOLDER = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})\.(?P<kind>[a-z]+)$")


def _check_segment(segment: str, symbol: str) -> str:
    # The symbol grammar already forbids all of these; the check is repeated here because a path that
    # escapes the store is the one mistake the store must never make, whatever the grammar becomes.
    if not _SEGMENT.match(segment) or ".." in segment or segment.endswith(".") or segment.lower() == ".git":
        raise StoreError(f"{symbol}: symbol segment {segment!r} cannot be a folder of the store")
    return segment


def symbol_folder(symbol: str | Symbol) -> str:
    """The folder of a resolution: its symbol, each segment checked (``A/RES/67/6``)."""
    text = str(symbol)
    try:
        parsed = Symbol.parse(text)
    except IdentifierError as error:
        raise StoreError(str(error)) from None
    return "/".join(_check_segment(segment, text) for segment in str(parsed).split("/"))


@dataclass(frozen=True, slots=True, order=True)
class EditionKey:
    """What identifies an edition in the store: the symbol and the edition's date."""

    symbol: str
    date: str

    @property
    def reference(self) -> str:
        """The edition reference, ``A/RES/67/6@2013-07-15``."""
        return f"{self.symbol}@{self.date}"

    @property
    def tag(self) -> str:
        """The tag of the edition (without ``refs/tags/``): the reference itself."""
        return self.reference


@dataclass(frozen=True, slots=True)
class EditionPlace:
    """The folder of one edition: symbol, date and kind give ``A/RES/67/6/2013-07-15.reissue``."""

    symbol: str
    date: str
    kind: str

    def __post_init__(self) -> None:
        parse_iso_date(self.date, what="edition date")
        if self.kind not in EDITION_KINDS:
            raise StoreError(f"{self.symbol}@{self.date}: unknown edition kind {self.kind!r}")

    @property
    def key(self) -> EditionKey:
        """The edition's identity (symbol and date)."""
        return EditionKey(self.symbol, self.date)

    @property
    def folder(self) -> str:
        """The edition's folder inside the store."""
        return f"{symbol_folder(self.symbol)}/{self.date}.{self.kind}"

    @property
    def document_path(self) -> str:
        """The path of the canonical JSON document."""
        return f"{self.folder}/{DOCUMENT_FILE}"

    def source_path(self, media_type: str) -> str:
        """The path of the source file for a source of this media type."""
        extension = SOURCE_EXTENSIONS.get(media_type)
        if extension is None:
            raise StoreError(f"{self.symbol}@{self.date}: cannot store a source of type {media_type!r}")
        return f"{self.folder}/{SOURCE_STEM}{extension}"


def split_stored_path(path: str) -> tuple[EditionPlace, str] | None:
    """Read a path of the store back: ``(place, file name)``, or ``None`` for a path outside the layout."""
    parts = path.split("/")
    if len(parts) < 3:
        return None
    match = _EDITION_FOLDER.match(parts[-2])
    if match is None or match.group("kind") not in EDITION_KINDS:
        return None
    symbol = "/".join(parts[:-2])
    try:
        if symbol_folder(symbol) != symbol:
            return None
        return EditionPlace(symbol, match.group("date"), match.group("kind")), parts[-1]
    except (StoreError, IdentifierError):
        return None


def is_source_file(name: str) -> bool:
    """True for the name of a stored source file (``source.txt``, ``source.pdf``, ``source.json``)."""
    return name in {SOURCE_STEM + extension for extension in SOURCE_EXTENSIONS.values()}


def media_type_of_source(name: str) -> str:
    """The media type of a stored source file, from its name."""
    for media_type, extension in SOURCE_EXTENSIONS.items():
        if name == SOURCE_STEM + extension:
            return media_type
    raise StoreError(f"not a stored source file: {name!r}")
