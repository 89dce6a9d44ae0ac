"""A Word document as a package, before anything in it is read: is it one, and is it of a size to read.

Only the ZIP directory is looked at (no XML is parsed, python-docx and lxml are not imported), so that the
format of any input can be told cheaply.
"""

from __future__ import annotations

import io
import zipfile

from versioning.errors import InputError
from versioning.inputs import DEFAULT_LIMITS
from versioning.inputs.files import size_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
"""The media type of a Word document."""

_ZIP_MAGIC = b"PK\x03\x04"


def is_docx(data: bytes) -> bool:
    """True for a ZIP package that holds a Word document part."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def zip_package_problem(data: bytes) -> str | None:
    """Why bytes that open as a ZIP package (its signature first) are no Word document: a damaged or
    truncated archive, or one without a document part (an OpenDocument file, a workbook, any archive);
    ``None`` for bytes that are not a ZIP package or are a Word document."""
    if not data.startswith(_ZIP_MAGIC):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile as error:
        return f"a damaged ZIP archive, not a readable Word document ({error})"
    if "word/document.xml" in names:
        return None
    return "a ZIP archive without a Word document part (word/document.xml), not a text, PDF or Word edition"


def check_unpacked_size(data: bytes, *, name: str | None) -> None:
    """Refuse a package whose parts unpack to more than a text edition may hold (a ZIP bomb), before any is
    read: the package's own directory states each part's size, and the ZIP reader stops at it."""
    limit = DEFAULT_LIMITS.max_text_bytes
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as error:
        raise InputError(f"not a readable Word document ({error})", file=name) from None
    if unpacked > limit:
        raise InputError(
            f"too large: the Word document unpacks to {size_text(unpacked)} "
            f"(the limit is {size_text(limit)})",
            file=name,
        )
