"""``versioning serve``: the HTTP API and the web viewer over the store, on uvicorn.

Loopback by default; writes (``POST /editions``) only with ``--token-file``; CORS only for the origins
named with ``--cors-origin``; one process unless ``--workers`` asks for more (uvicorn's process manager then
runs them on the socket bound here, see :mod:`versioning.service.workers`).  The service itself is
:mod:`versioning.service`.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from typing import Any

from versioning.cli import EXIT_OK

MAX_WORKERS = 64
"""The most worker processes ``serve`` starts (each holds its own application and answers in memory)."""


def register(subparsers: Any) -> None:
    """Add the ``serve`` command to the ``versioning`` parser."""
    serve = subparsers.add_parser(
        "serve",
        help="serve the HTTP API and the web viewer",
        description=(
            "Serve the store over HTTP: the JSON API (described at /openapi.json) and the web viewer (/). "
            "Listens on loopback unless --host says otherwise; read-only unless --token-file names a file "
            "holding the bearer token that POST /editions needs."
        ),
    )
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    serve.add_argument(
        "--port", type=int, default=8000, help="the port to listen on (default: 8000; 0 picks a free one)"
    )
    serve.add_argument(
        "--token-file", metavar="FILE", help="a file whose first line is the bearer token that allows writes"
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow browser pages from this origin to call the API (repeatable; default: CORS off)",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="serve from N processes sharing the port (default: 1; writes queue for the store's lock)",
    )
    serve.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """Open the store, build the application, listen, and serve until interrupted."""
    import uvicorn

    from versioning.errors import InputError
    from versioning.service import create_app
    from versioning.service import workers as workers_module
    from versioning.service.auth import read_token_file
    from versioning.service.workers import SETTINGS_VARIABLE, worker_settings

    if not 0 <= args.port < 65536:
        raise InputError(f"--port must be from 0 to 65535, not {args.port}")
    if not 1 <= args.workers <= MAX_WORKERS:
        raise InputError(f"--workers must be from 1 to {MAX_WORKERS}, not {args.workers}")
    if args.workers > 1 and args.token_file and not os.path.isfile(args.token_file):  # each worker reads it
        raise InputError("--token-file must name a regular file with --workers (each worker reads it)")
    token = read_token_file(args.token_file) if args.token_file else None
    app = create_app(args.store, token=token, cors_origins=args.cors_origin)
    listening = _listen(args.host, args.port)  # bound here, so that a port in use is one line, exit 2
    host, port = listening.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    writes = "enabled (bearer token required)" if token else "disabled (no --token-file)"
    location = app.state.service.reader.location
    processes = f" ; {args.workers} worker processes" if args.workers > 1 else ""
    print(f"serving {location} on http://{shown}:{port}/ ; writes {writes}{processes}")
    sys.stdout.flush()
    if args.workers == 1:
        config = uvicorn.Config(app, log_level="warning", server_header=False)
        uvicorn.Server(config).run(sockets=[listening])
        return EXIT_OK
    token_file = os.path.abspath(args.token_file) if args.token_file else None
    os.environ[SETTINGS_VARIABLE] = worker_settings(os.path.abspath(location), token_file, args.cors_origin)
    # uvicorn re-opens the socket from its descriptor without knowing it is TCP, so the connections it
    # accepts would not get TCP_NODELAY from asyncio: set it on the listening socket, which they inherit.
    listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    uvicorn.run(
        f"{workers_module.__name__}:{workers_module.worker_app.__name__}",
        factory=True,
        workers=args.workers,
        fd=listening.fileno(),
        log_level="warning",
        server_header=False,
    )
    return EXIT_OK


def _listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` (0: a free port), or a one-line :class:`InputError`."""
    from versioning.errors import InputError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        listening = socket.socket(family, socket.SOCK_STREAM)
    except OSError as error:
        raise InputError(f"cannot listen on {host} port {port}: {error.strerror or error}") from None
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(2048)
    except (OSError, OverflowError) as error:
        listening.close()
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(f"cannot listen on {host} port {port}: {reason}") from None
    listening.set_inheritable(True)
    return listening
