"""Renderers: views of one :class:`~versioning.diff.changes.ChangeList`.

Every format is a pure function of the change list (and, for the side-by-side HTML view, optionally of
the two documents compared): no I/O, no git.  :data:`FORMATS` is the registry of text formats and
:data:`BINARY_FORMATS` of formats whose output is a file's bytes (the Word redline); the keys of both are
the choices of ``versioning diff --format``.

    from versioning.render import render
    print(render(changes, "text", color=sys.stdout.isatty()))
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Protocol

from versioning.diff.changes import ChangeList
from versioning.errors import InputError
from versioning.model import Document
from versioning.render.html import PageSection, render_html, render_html_page, render_redline_fragment
from versioning.render.json_format import render_json
from versioning.render.markdown import render_markdown
from versioning.render.text import render_text

__all__ = [
    "BINARY_FORMATS",
    "FORMATS",
    "BinaryRenderer",
    "PageSection",
    "Renderer",
    "render",
    "render_bytes",
    "render_html",
    "render_html_page",
    "render_json",
    "render_markdown",
    "render_redline_fragment",
    "render_text",
]


class Renderer(Protocol):
    """The signature every format shares."""

    def __call__(
        self,
        changes: ChangeList,
        *,
        color: bool = False,
        old: Document | None = None,
        new: Document | None = None,
    ) -> str: ...


FORMATS: Mapping[str, Renderer] = MappingProxyType(
    {
        "text": render_text,
        "json": render_json,
        "markdown": render_markdown,
        "html": render_html,
    }
)
"""Format name -> renderer, in the order ``--help`` lists them; ``text`` is the default."""


class BinaryRenderer(Protocol):
    """The signature of a format whose output is bytes (a file, not text for a terminal)."""

    def __call__(
        self,
        changes: ChangeList,
        *,
        color: bool = False,
        old: Document | None = None,
        new: Document | None = None,
    ) -> bytes: ...


def _docx(
    changes: ChangeList, *, color: bool = False, old: Document | None = None, new: Document | None = None
) -> bytes:
    from versioning.render.docx import render_docx  # deferred: python-docx is needed for Word output only

    return render_docx(changes, color=color, old=old, new=new)


BINARY_FORMATS: Mapping[str, BinaryRenderer] = MappingProxyType({"docx": _docx})
"""Format name -> renderer of bytes: ``docx``, the Word redline (it needs both documents)."""


def render(
    changes: ChangeList,
    format: str,
    *,
    color: bool = False,
    old: Document | None = None,
    new: Document | None = None,
) -> str:
    """Render ``changes`` in the named format.

    ``color`` asks the text view for ANSI styles (the caller decides, typically ``stdout.isatty()``);
    ``old`` and ``new`` let the HTML view show whole documents side by side, unchanged clauses included.

    Raises:
        InputError: the format is not one of :data:`FORMATS`.
    """
    renderer = FORMATS.get(format)
    if renderer is None:
        choices = ", ".join(FORMATS)
        raise InputError(f"unknown format {format!r} (choose from {choices})")
    return renderer(changes, color=color, old=old, new=new)


def render_bytes(
    changes: ChangeList,
    format: str,
    *,
    old: Document | None = None,
    new: Document | None = None,
) -> bytes:
    """Render ``changes`` in the named binary format (see :data:`BINARY_FORMATS`).

    Raises:
        InputError: the format is not one of :data:`BINARY_FORMATS`, or it needs a document not given.
    """
    renderer = BINARY_FORMATS.get(format)
    if renderer is None:
        choices = ", ".join(BINARY_FORMATS)
        raise InputError(f"unknown binary format {format!r} (choose from {choices})")
    return renderer(changes, old=old, new=new)
