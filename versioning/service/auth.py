"""Writes need a bearer token: the one in the file given to ``versioning serve --token-file``.

Without a token file the service is read-only.  A write without an ``Authorization: Bearer`` header is
401 (with ``WWW-Authenticate``); with another token, 403.  Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

from versioning.errors import InputError
from versioning.service.problems import problem

MIN_TOKEN_LENGTH = 16
"""The shortest token accepted: long enough not to be guessed over the network."""


def read_token_file(path: str | Path) -> str:
    """The token in a file (its first line, stripped); :class:`InputError` when unreadable or too short."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(f"cannot read the token: {reason}", file=str(path)) from None
    token = (text.splitlines() or [""])[0].strip()
    if len(token) < MIN_TOKEN_LENGTH:
        raise InputError(f"the token must be at least {MIN_TOKEN_LENGTH} characters long", file=str(path))
    return token


def refuse_write(request: Request, token: str | None) -> Response | None:
    """A problem response when the request may not write (no token configured, none given, a wrong one);
    ``None`` when it may."""
    if token is None:
        return problem(403, "writes are disabled: the server was started without --token-file")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return problem(
            401,
            "this request needs a bearer token (Authorization: Bearer TOKEN)",
            headers={"WWW-Authenticate": 'Bearer realm="versioning"'},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        return problem(403, "the bearer token is not valid")
    return None
