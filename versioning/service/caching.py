"""Caching that follows from immutability.

An edition does not change once stored (short of an explicit ``add --replace``, which gives it a new
commit), so whatever is computed from editions named by date (their JSON,
their source, the diff between two of them) is the same for as long as those editions' commits are: it
carries an ``ETag`` made of those commits and a long lifetime.  Anything that depends on what else the
store holds (lists, the latest edition of a resolution, a series) carries an ``ETag`` made of the store's
tip and is revalidated on every use.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from starlette.requests import Request
from starlette.responses import Response

from versioning import __version__

IMMUTABLE = "public, max-age=31536000, immutable"
"""For representations of editions named by date: a year, never revalidated."""

REVALIDATE = "no-cache"
"""For everything that moves with the store: kept, but revalidated (``If-None-Match``) on every use."""


def entity_tag(*parts: str | None) -> str:
    """A strong entity tag for a representation derived from ``parts`` (commits, the format, the query)
    and from the version of the software that computed it."""
    digest = hashlib.sha256("\0".join([__version__, *(part or "-" for part in parts)]).encode()).hexdigest()
    return f'"{digest[:40]}"'


def not_modified(request: Request, tag: str) -> bool:
    """True when the client's ``If-None-Match`` already names ``tag``."""
    wanted = request.headers.get("if-none-match")
    if wanted is None:
        return False
    tags = {item.strip().removeprefix("W/") for item in wanted.split(",")}
    return "*" in tags or tag in tags


def cached_response(
    request: Request,
    tag: str,
    body: bytes | str,
    *,
    media_type: str,
    immutable: bool,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """``body`` with its ``ETag`` and ``Cache-Control``, or ``304 Not Modified`` when the client holds it."""
    all_headers = {"ETag": tag, "Cache-Control": IMMUTABLE if immutable else REVALIDATE, **(headers or {})}
    if not_modified(request, tag):
        return Response(status_code=304, headers=all_headers)
    return Response(body, media_type=media_type, headers=all_headers)
