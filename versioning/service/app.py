"""The ASGI application: the API, the viewer and the OpenAPI document over one store."""

from __future__ import annotations

import os
from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

from versioning.errors import VersioningError
from versioning.service import api_routes, viewer
from versioning.service.limits import BodyLimit, ServiceLimits
from versioning.service.problems import http_error, library_error, unexpected_error
from versioning.service.state import ServiceConfig, ServiceState


def create_app(
    store: str | os.PathLike[str],
    *,
    token: str | None = None,
    cors_origins: Sequence[str] = (),
    limits: ServiceLimits | None = None,
) -> Starlette:
    """The application serving the store at ``store``: the API, the viewer and ``/openapi.json``.

    Raises :class:`~versioning.errors.StoreError` when there is no store there.
    """
    config = ServiceConfig(os.fspath(store), token, tuple(cors_origins), limits or ServiceLimits())
    state = ServiceState(config)
    middleware = []
    if config.cors_origins:  # outermost, so that every answer (a 413 too) carries its CORS headers
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(config.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type", "If-None-Match"],
                expose_headers=["ETag", "Location"],
            )
        )
    middleware.append(Middleware(BodyLimit, limit=config.limits.max_body_bytes))
    app = Starlette(
        routes=[*api_routes.routes(), *viewer.routes()],
        middleware=middleware,
        exception_handlers={
            VersioningError: library_error,
            HTTPException: http_error,
            Exception: unexpected_error,
        },
    )
    app.state.service = state
    return app
