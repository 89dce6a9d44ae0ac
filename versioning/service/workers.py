"""Serving from several processes: the application each worker process builds for itself.

``versioning serve --workers N`` lets uvicorn's process manager start N worker processes on one listening
socket; each imports :func:`app_from_environment` and builds its own application from the settings the
parent put in the environment (:data:`SETTINGS_VARIABLE`).  Nothing else is shared between workers, and
nothing else needs to be: every read names its edition's commit (or revalidates against the store's tip),
and writes take the store's lock, which holds across processes.  The same factory serves any ASGI process
manager::

    VERSIONING_SERVE='{"store": "store"}' uvicorn --factory --workers 4 versioning.service.workers:worker_app

The settings carry the token file's path, never the token: the worker reads the file itself (so it must be
a regular file, which ``serve`` checks before it starts any worker), and the variable is taken out of the
worker's environment before any git process is started.  A worker that cannot start says why in one line
and exits with uvicorn's start-up failure status, which stops the server instead of restarting the worker
over and over.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.applications import Starlette

from versioning.errors import InputError, VersioningError
from versioning.service.app import create_app
from versioning.service.auth import read_token_file

STARTUP_FAILURE = 3
"""The exit status that tells uvicorn's process manager a worker cannot start (``uvicorn.config``), so that
it stops the server rather than start the worker again."""

SETTINGS_VARIABLE = "VERSIONING_SERVE"
"""The environment variable holding a worker's settings: a JSON object with ``store`` (a path), and
optionally ``token_file`` (a path) and ``cors_origins`` (a list of origins)."""


def worker_settings(store: str, token_file: str | None, cors_origins: Sequence[str]) -> str:
    """The value of :data:`SETTINGS_VARIABLE` that makes workers serve as the parent was asked to."""
    return json.dumps({"store": store, "token_file": token_file, "cors_origins": list(cors_origins)})


def app_from_environment(environment: Mapping[str, str] | None = None) -> Starlette:
    """The application described by :data:`SETTINGS_VARIABLE` (taken out of ``os.environ`` when
    ``environment`` is not given); :class:`InputError` naming the variable when it is missing or wrong."""
    if environment is None:
        value = os.environ.pop(SETTINGS_VARIABLE, None)
    else:
        value = environment.get(SETTINGS_VARIABLE)
    settings = _settings(value)
    token_file = settings.get("token_file")
    token = read_token_file(token_file) if token_file else None
    return create_app(settings["store"], token=token, cors_origins=settings.get("cors_origins") or ())


def worker_app() -> Starlette:
    """What each worker process imports (a factory): :func:`app_from_environment`, or one line on standard
    error and :data:`STARTUP_FAILURE` when the settings or the store or the token file are wrong."""
    try:
        return app_from_environment()
    except VersioningError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(STARTUP_FAILURE) from None


def _settings(value: str | None) -> dict[str, Any]:
    if value is None:
        raise InputError(f"${SETTINGS_VARIABLE} is not set: it names the store to serve")
    try:
        settings = json.loads(value)
    except json.JSONDecodeError as error:
        raise InputError(f"${SETTINGS_VARIABLE} is not JSON: {error.msg}") from None
    if not isinstance(settings, dict) or not isinstance(settings.get("store"), str):
        raise InputError(f'${SETTINGS_VARIABLE} must be a JSON object with "store", the store\'s path')
    token_file = settings.get("token_file")
    origins = settings.get("cors_origins", [])
    if token_file is not None and not isinstance(token_file, str):
        raise InputError(f'${SETTINGS_VARIABLE}: "token_file" must be a path')
    if not isinstance(origins, list) or not all(isinstance(origin, str) for origin in origins):
        raise InputError(f'${SETTINGS_VARIABLE}: "cors_origins" must be a list of origins')
    return settings
