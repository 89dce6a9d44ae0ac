"""Parsing: an edition (text as PDF extractors give it, the PDF itself, a Word document, JSON, or Akoma
Ntoso) into a :class:`Document`.

Parsing knows nothing of git or of diffs.  Entry points:

* :func:`parse_edition` -- a path, bytes or text, whatever its format; the document it gives is valid.
* :func:`parse_with_account` -- the same, with the account of the parse: what was set aside as page
  furniture (line and rule) and the source lines of each paragraph (see :mod:`versioning.parsing.account`).
* :func:`load_document` -- a JSON document file, validated.
"""

from __future__ import annotations

import hashlib
import os

from versioning.errors import DocumentInvalid, InputError, ParseError
from versioning.inputs import DEFAULT_LIMITS, load_json, read_input_file
from versioning.inputs.files import size_text
from versioning.interop.akn_ids import AKN_MEDIA_TYPE, is_akn
from versioning.interop.docx_package import DOCX, is_docx, zip_package_problem
from versioning.model import Document, Source
from versioning.parsing.account import Account
from versioning.validation import validate

TEXT = "text/plain"
PDF = "application/pdf"
JSON = "application/json"
AKN = AKN_MEDIA_TYPE

__all__ = [
    "AKN",
    "DOCX",
    "JSON",
    "PDF",
    "TEXT",
    "Account",
    "detect_format",
    "load_document",
    "parse_bytes",
    "parse_edition",
    "parse_with_account",
    "read_source",
]


def detect_format(data: bytes) -> str:
    """The media type of an edition's bytes: PDF by its magic number, a Word document by its ZIP package
    holding ``word/document.xml``, JSON by its first character, Akoma Ntoso by XML that names the AKN 3.0
    namespace in its opening, else text."""
    if is_docx(data):
        return DOCX
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"{"):
        return JSON
    if is_akn(data):
        return AKN
    return TEXT


def read_source(path: str | os.PathLike[str]) -> bytes:
    """Read an edition's bytes: a regular file within the size cap (see :mod:`versioning.inputs`), else
    :class:`InputError` naming the file, raised before anything is read from a FIFO, device or folder."""
    return read_input_file(path)


def parse_bytes(data: bytes, *, name: str | None = None) -> Document:
    """Parse an edition from its exact bytes (text, PDF, Word, JSON or Akoma Ntoso) and validate the result.

    ``name`` is used in error messages only.  The document's source record is always that of ``data``
    (its SHA-256 and media type): a JSON or AKN document's own ``source`` is replaced, never trusted.
    """
    return _parse_bytes(data, name=name)[0]


def _parse_bytes(data: bytes, *, name: str | None) -> tuple[Document, Account]:
    media_type = detect_format(data)
    problem = zip_package_problem(data) if media_type == TEXT else None
    if problem is not None:  # an archive of any size is refused for what it is, before the text's limit
        raise InputError(problem, file=name)
    if media_type not in (PDF, DOCX) and len(data) > DEFAULT_LIMITS.max_text_bytes:
        limit = size_text(DEFAULT_LIMITS.max_text_bytes)
        raise InputError(
            f"too large for a text, JSON or AKN edition ({size_text(len(data))}; the limit is {limit})",
            file=name,
        )
    if media_type == JSON:
        return _load_json(data, name=name), Account()  # a document already made: nothing was set aside
    if media_type == AKN:
        from versioning.interop.akn_read import read_akn  # deferred: lxml is needed for AKN input only

        document = read_akn(data, name=name).with_source(Source(hashlib.sha256(data).hexdigest(), AKN))
        validate(document, file=name)
        return document, Account()  # a document already made: nothing was set aside
    if not data.strip():
        raise ParseError("empty input", file=name)
    source = Source(hashlib.sha256(data).hexdigest(), media_type)
    from versioning.parsing.resolution import parse_text_with_account

    if media_type == PDF:
        # deferred: pdfminer is slow to import
        from versioning.parsing.italics import with_italic_leads
        from versioning.parsing.pdf import italic_openings, read_pdf_pages, render_pdf_text

        pages = read_pdf_pages(data, name=name)
        document, account = parse_text_with_account(render_pdf_text(pages), source=source, name=name)
        document = with_italic_leads(document, italic_openings(pages))  # the PDF shows its leads
    elif media_type == DOCX:
        document, account = _parse_docx(data, source, name=name)
    else:
        document, account = parse_text_with_account(_decode_text(data, name=name), source=source, name=name)
    try:
        validate(document, file=name)
    except DocumentInvalid as invalid:  # the parser's own fault, but reported as one line all the same
        raise ParseError(f"parsed document is invalid: {invalid.problems[0]}", file=name) from None
    return document, account


def _parse_docx(data: bytes, source: Source, *, name: str | None) -> tuple[Document, Account]:
    """A Word document through its text and its italics, as a PDF is (see
    :mod:`versioning.interop.docx_reader`); the account's lines are those of the text read from it."""
    from versioning.interop.docx_reader import read_docx
    from versioning.parsing.italics import with_italic_leads
    from versioning.parsing.resolution import parse_text_with_account

    read = read_docx(data, name=name)
    document, account = parse_text_with_account(read.text, source=source, name=name)
    return with_italic_leads(document, read.italic_openings), account


def parse_edition(source: str | bytes | os.PathLike[str], *, name: str | None = None) -> Document:
    """Parse one edition of a resolution into a validated :class:`Document`.

    ``source`` is a path (``str`` without a line break, or ``os.PathLike``), the file's bytes, or the text
    itself (``str`` with line breaks).  Raises :class:`ParseError` (file and line) for text that is not a
    resolution, :class:`InputError` for unreadable input, :class:`DocumentInvalid` for a JSON document that
    breaks the schema.
    """
    return parse_with_account(source, name=name)[0]


def parse_with_account(
    source: str | bytes | os.PathLike[str], *, name: str | None = None
) -> tuple[Document, Account]:
    """Parse as :func:`parse_edition` does, and return the account of the parse with the document.

    The account lists the text set aside as page furniture (each piece with its line and the rule that set
    it aside) and the source lines each part of the document came from.  Line numbers are those of the
    text parsed (for a PDF, of the text the parser renders from it).  A JSON document was not parsed from
    text: its account is empty.
    """
    if isinstance(source, bytes):
        return _parse_bytes(source, name=name)
    if isinstance(source, str) and ("\n" in source or not source.strip()):
        return _parse_bytes(source.encode("utf-8"), name=name)
    path = os.fspath(source)
    return _parse_bytes(read_source(path), name=name or path)


def load_document(path: str | os.PathLike[str]) -> Document:
    """Read and validate a JSON document file."""
    name = os.fspath(path)
    return _load_json(read_source(name), name=name)


def _load_json(data: bytes, *, name: str | None) -> Document:
    parsed = load_json(data, name=name)
    validate(parsed, file=name)
    return Document.from_dict(parsed).with_source(Source(hashlib.sha256(data).hexdigest(), JSON))


def _decode_text(data: bytes, *, name: str | None) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("unknown encoding: a UTF-16 byte-order mark but not UTF-16", file=name) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary data, not a text, PDF, Word or JSON edition", file=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"unknown encoding: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            file=name,
            line=line,
        ) from None
