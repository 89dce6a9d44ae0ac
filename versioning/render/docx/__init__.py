"""The Word (.docx) redline: the new edition in the resolution's layout, every change from the old one a
tracked revision (``w:ins``, ``w:del``, ``w:moveFrom``/``w:moveTo``) authored ``versioning`` and dated with
the new edition's date, each change's class and reason a comment, footnotes as real footnotes.

    from versioning.render.docx import render_docx
    Path("redline.docx").write_bytes(render_docx(changes, old=old, new=new))

:func:`write_document` writes one edition alone, without revisions.
"""

from __future__ import annotations

from versioning.diff.changes import ChangeList
from versioning.errors import InputError
from versioning.model import Document
from versioning.render.docx.writer import AUTHOR, write_document, write_redline

__all__ = ["AUTHOR", "render_docx", "write_document", "write_redline"]


def render_docx(
    changes: ChangeList, *, color: bool = False, old: Document | None = None, new: Document | None = None
) -> bytes:
    """The redline of ``changes`` as the bytes of a .docx file (``color`` is ignored).

    Raises:
        InputError: ``old`` or ``new`` is missing (the redline is of whole documents).
    """
    if old is None or new is None:
        raise InputError("the Word redline needs both editions, not only their change list")
    return write_redline(changes, old, new)
