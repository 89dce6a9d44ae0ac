"""Where an edition lives inside the store, and what its tag is called.

The layout is meant to be browsed by a person::

    A/RES/67/6/                        one folder per resolution, from its symbol
        2013-07-15.reissue/            one folder per edition: its date and kind
            document.json              the canonical JSON document
            source.txt                 the source exactly as given (.txt, .pdf, .docx, .json or .xml)

Every path segment is checked (:func:`symbol_folder`), so that no symbol, however written, can name a path
outside the store or inside ``.git``.  An edition is identified by its
:class:`~versioning.identifiers.EditionId` (symbol and date: ``A/RES/67/6@2013-07-15``); its tag is that
reference itself, which is a legal git ref name
(``refs/tags/A/RES/67/6@2013-07-15``), so ``git show A/RES/67/6@2013-07-15`` works in the store.
"""

from __future__ import annotations

import re

from versioning.errors import IdentifierError, StoreError
from versioning.identifiers import EDITION_KINDS, EditionId, Symbol

DOCUMENT_FILE = "document.json"
"""The name of the canonical JSON document inside an edition folder."""

SOURCE_STEM = "source"
"""The stem of the source file inside an edition folder; the extension follows the source's format."""

SOURCE_EXTENSIONS = {
    "text/plain": ".txt",
    "application/pdf": ".pdf",
    "application/json": ".json",
    "application/akn+xml": ".xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
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


def symbol_folder(symbol: Symbol | str) -> str:
    """The folder of a resolution: its symbol, each segment checked (``A/RES/67/6``)."""
    if isinstance(symbol, str):
        try:
            symbol = Symbol.parse(symbol)
        except IdentifierError as error:
            raise StoreError(str(error)) from None
    text = str(symbol)
    return "/".join(_check_segment(segment, text) for segment in text.split("/"))


def edition_folder(edition: EditionId) -> str:
    """The folder of one edition: ``A/RES/67/6/2013-07-15.reissue`` (symbol, date and kind)."""
    if edition.kind is None:
        raise StoreError(f"{edition}: an edition's kind is needed to name its folder")
    return f"{symbol_folder(edition.symbol)}/{edition.date}.{edition.kind}"


def document_path(edition: EditionId) -> str:
    """The path of an edition's canonical JSON document."""
    return f"{edition_folder(edition)}/{DOCUMENT_FILE}"


def source_path(edition: EditionId, media_type: str) -> str:
    """The path of an edition's source file, for a source of this media type."""
    extension = SOURCE_EXTENSIONS.get(media_type)
    if extension is None:
        raise StoreError(f"{edition}: cannot store a source of type {media_type!r}")
    return f"{edition_folder(edition)}/{SOURCE_STEM}{extension}"


def tag_name(edition: EditionId) -> str:
    """The edition's tag (without ``refs/tags/``): its reference, ``A/RES/67/6@2013-07-15``."""
    return str(edition)


def split_stored_path(path: str) -> tuple[EditionId, str] | None:
    """Read a path of the store back: ``(edition, file name)``, or ``None`` for a path outside the layout."""
    parts = path.split("/")
    if len(parts) < 3:
        return None
    match = _EDITION_FOLDER.match(parts[-2])
    if match is None or match.group("kind") not in EDITION_KINDS:
        return None
    folder = "/".join(parts[:-2])
    try:
        symbol = Symbol.parse(folder)
        if symbol_folder(symbol) != folder:
            return None
        return EditionId(symbol, match.group("date"), match.group("kind")), parts[-1]
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
