"""Renderers: views of one :class:`~versioning.diff.changes.ChangeList`.

Every format is a pure function of the change list (and, for the side-by-side HTML view, optionally of
the two documents compared): no I/O, no git.  :data:`FORMATS` is the registry of text formats and
:data:`BINARY_FORMATS` of formats whose output is a file's bytes (the Word redline); the keys of both are
the choices of ``versioning diff --format``.

    from versioning.render import render
    print(render(changes, "text", color=sys.stdout.isatty()))
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol, cast

from versioning.diff.changes import ChangeList
from versioning.errors import InputError
from versioning.lazy import lazy_exports
from versioning.model import Document

if TYPE_CHECKING:  # the renderers load on first use: a command that never renders does not pay for them
    from versioning.render.html import PageSection, render_html, render_html_page, render_redline_fragment
    from versioning.render.json_format import render_json
    from versioning.render.markdown import render_markdown
    from versioning.render.text import render_text

_EXPORTS = {
    "PageSection": "versioning.render.html",
    "render_html": "versioning.render.html",
    "render_html_page": "versioning.render.html",
    "render_redline_fragment": "versioning.render.html",
    "render_json": "versioning.render.json_format",
    "render_markdown": "versioning.render.markdown",
    "render_text": "versioning.render.text",
}
__getattr__ = lazy_exports(__name__, _EXPORTS)

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


def _on_first_call(name: str) -> Renderer:
    """The renderer ``name`` of :data:`_EXPORTS`, imported when it is first called."""

    def renderer(
        changes: ChangeList,
        *,
        color: bool = False,
        old: Document | None = None,
        new: Document | None = None,
    ) -> str:
        function = cast(Renderer, getattr(importlib.import_module(_EXPORTS[name]), name))
        return function(changes, color=color, old=old, new=new)

    renderer.__name__ = renderer.__qualname__ = name
    return renderer


FORMATS: Mapping[str, Renderer] = MappingProxyType(
    {
        "text": _on_first_call("render_text"),
        "json": _on_first_call("render_json"),
        "markdown": _on_first_call("render_markdown"),
        "html": _on_first_call("render_html"),
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
