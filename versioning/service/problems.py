"""Errors as problem details (RFC 9457, ``application/problem+json``), with the CLI's one-line message.

The library's exceptions map to HTTP statuses as the CLI maps them to exit codes: bad input is 400, an
unknown edition 404, a different text under a stored key 409; a store that cannot be read is 503.  Nothing
else of an error reaches the client (never a traceback).
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from versioning.errors import (
    DocumentInvalid,
    EditionConflict,
    EditionNotFound,
    IdentifierError,
    InputError,
    StoreError,
    VersioningError,
)
from versioning.service.limits import BodyTooLarge, Busy, TooSlow

PROBLEM_TYPE = "application/problem+json"

_STATUSES: tuple[tuple[type[VersioningError], int], ...] = (
    (BodyTooLarge, 413),
    (TooSlow, 422),
    (Busy, 503),
    (EditionConflict, 409),
    (EditionNotFound, 404),
    (StoreError, 503),
    (IdentifierError, 400),
    (DocumentInvalid, 400),
    (InputError, 400),
)
"""The first class an error is an instance of gives its status (subclasses before their bases)."""

logger = logging.getLogger("versioning.service")


def status_for(error: VersioningError) -> int:
    """The HTTP status of a library error."""
    return next((status for kind, status in _STATUSES if isinstance(error, kind)), 400)


def problem(status: int, detail: str, *, headers: dict[str, str] | None = None) -> Response:
    """A problem-details response: ``type``, ``title`` (the status's phrase), ``status`` and ``detail``."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    text = json.dumps(body, ensure_ascii=False) + "\n"
    return Response(text, status_code=status, media_type=PROBLEM_TYPE, headers=headers)


def error_response(
    request: Request, status: int, detail: str, headers: dict[str, str] | None = None
) -> Response:
    """A problem, or for the viewer's pages (``/``, ``/view/...``) an HTML page saying the same."""
    if request.url.path == "/" or request.url.path.startswith("/view/"):
        from versioning.service.viewer_html import HEADER_POLICY, error_page

        page_headers = {**(headers or {}), "Content-Security-Policy": HEADER_POLICY}
        return HTMLResponse(error_page(status, detail), status_code=status, headers=page_headers)
    return problem(status, detail, headers=headers)


async def library_error(request: Request, error: Exception) -> Response:
    """Exception handler: a :class:`VersioningError` as a problem with its one-line message."""
    assert isinstance(error, VersioningError)
    return error_response(request, status_for(error), str(error))


async def http_error(request: Request, error: Exception) -> Response:
    """Exception handler: the framework's own errors (no such path, method not allowed) as problems."""
    assert isinstance(error, HTTPException)
    return error_response(request, error.status_code, str(error.detail), dict(error.headers or {}))


async def unexpected_error(request: Request, error: Exception) -> Response:
    """Exception handler: anything else is logged here and reported as a bare 500, without details."""
    logger.error("%s %s failed", request.method, request.url.path, exc_info=error)
    return problem(500, "internal error (the server's log has the details)")
