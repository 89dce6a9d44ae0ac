"""Caps on what one request may cost: the size of its body and the time its parsing may take.

The body cap is enforced by :class:`BodyLimit`, an ASGI middleware that refuses a declared length over the
cap at once and stops reading a body that grows past it.  Parsing runs in a worker thread under
:func:`run_capped`, a few at a time: past the time cap the client gets its answer (422) and the thread's
result is dropped.  Python cannot stop a thread, so an abandoned parse runs on to its end; the caps on
input size (:mod:`versioning.inputs.limits`) bound how long that can be.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from versioning.errors import InputError
from versioning.inputs.limits import MIB

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ServiceLimits:
    """Bounds on one request.

    Attributes:
        max_body_bytes: the largest request body, in bytes (an edition's PDF is under 1 MiB; two of them
            for ``POST /diff``).
        parse_seconds: how long the parsing (and diffing or checking) of uploaded editions may take, in
            seconds, before the request is answered with 422.
        parallel_parses: how many uploads are parsed at once (the rest wait their turn).
    """

    max_body_bytes: int = 16 * MIB
    parse_seconds: float = 30.0
    parallel_parses: int = 2


class BodyTooLarge(InputError):
    """A request body over :attr:`ServiceLimits.max_body_bytes` (HTTP 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"request body too large (the limit is {limit} bytes)")


class TooSlow(InputError):
    """An upload whose parsing took longer than :attr:`ServiceLimits.parse_seconds` (HTTP 422)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the upload took longer than {seconds:g} s to parse and compare; nothing was done")


class BodyLimit:
    """ASGI middleware: at most ``limit`` bytes of request body, else :class:`BodyTooLarge`."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            from versioning.service.problems import problem

            await problem(413, str(BodyTooLarge(self.limit)))(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, counted, send)


async def run_capped(
    limiter: anyio.CapacityLimiter, seconds: float, function: Callable[..., T], *args: Any, **kwargs: Any
) -> T:
    """Run ``function`` in a worker thread (one of ``limiter``'s), answering :class:`TooSlow` after
    ``seconds`` of running."""
    call = functools.partial(function, *args, **kwargs)
    async with limiter:
        try:
            with anyio.fail_after(seconds):
                return await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
        except TimeoutError:
            raise TooSlow(seconds) from None
