"""The HTTP service: a JSON API and a web viewer over a store, a thin layer over :mod:`versioning.api`.

::

    from versioning.service import create_app

    app = create_app("store", token="s3cret")   # an ASGI application; serve it with uvicorn

:mod:`~versioning.service.app` builds the application; :mod:`~versioning.service.api_routes` and
:mod:`~versioning.service.viewer` hold the endpoints; the other modules each do one thing (problem details,
the OpenAPI document, caching headers, limits, the bearer token).
"""

from __future__ import annotations

from versioning.service.app import create_app
from versioning.service.limits import ServiceLimits
from versioning.service.state import ServiceConfig

__all__ = ["ServiceConfig", "ServiceLimits", "create_app"]
