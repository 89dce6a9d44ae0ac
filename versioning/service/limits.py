"""Caps on what one request may cost: the size of its body and the time its parsing may take.

The body cap is enforced by :class:`BodyLimit`, an ASGI middleware that refuses a declared length over the
cap at once and stops reading a body that grows past it.  Parsing runs in a worker thread under
:func:`run_capped`, a few at a time (:class:`ParseSlots`): past the time cap the client gets its answer
(422) and the thread's result is dropped.  Python cannot stop a thread, so an abandoned parse runs on to its
end, and it keeps its slot until then: however many requests time out, no more than the slots' number of
parses ever run at once.  When every slot stays taken for as long as the time cap, a new upload is answered
503 (busy) instead of waiting without end.
"""

from __future__ import annotations

import functools
import threading
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


class Busy(InputError):
    """No parsing slot came free within the time cap (HTTP 503): earlier uploads are still being parsed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"the service is busy parsing other uploads (no slot free in {seconds:g} s); try again"
        )


class ParseSlots:
    """At most ``count`` parses at once, counted by the threads that run them: a slot is given back when
    its thread ends, not when its request gives up waiting for it."""

    def __init__(self, count: int) -> None:
        self._free = threading.BoundedSemaphore(count)

    async def take(self, seconds: float) -> None:
        """Wait (without blocking the event loop) for a free slot, at most ``seconds``; else :class:`Busy`."""
        with anyio.move_on_after(seconds):
            while not self._free.acquire(blocking=False):
                await anyio.sleep(0.02)
            return
        raise Busy(seconds)

    def give_back(self) -> None:
        """Free a slot (by the thread whose parse ended)."""
        self._free.release()


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
    slots: ParseSlots, seconds: float, function: Callable[..., T], *args: Any, **kwargs: Any
) -> T:
    """Run ``function`` in a worker thread holding one of ``slots`` until it ends, answering
    :class:`TooSlow` after ``seconds`` of running (and :class:`Busy` when no slot came free in as long)."""
    call = functools.partial(function, *args, **kwargs)

    def in_slot() -> T:
        try:
            return call()
        finally:
            slots.give_back()

    await slots.take(seconds)
    try:
        with anyio.fail_after(seconds):
            return await anyio.to_thread.run_sync(in_slot, abandon_on_cancel=True)
    except TimeoutError:
        raise TooSlow(seconds) from None
