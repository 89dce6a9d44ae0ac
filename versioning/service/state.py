"""What the endpoints share: the configuration, the stores and the locks.

Readers share one store object that never takes the write lock (reads come from each edition's own
commit, so they need none); writes go through another, one at a time (an ``asyncio`` lock, then the
store's own lock), so that writers queue without holding the worker threads readers need.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from starlette.requests import Request

from versioning.service.limits import ParseSlots, ServiceLimits
from versioning.store import GitStore, open_store

T = TypeVar("T")

MEMO_ENTRIES = 256
"""How many answers the service keeps in memory (the least recently used go first)."""

MEMO_BYTES = 64 * 1024 * 1024
"""How much text the kept answers may hold together (the redline page of a long resolution runs to
megabytes); an answer larger than this is served but not kept."""


@dataclass(frozen=True, slots=True)
class ServiceConfig:
    """What ``versioning serve`` was asked for.

    Attributes:
        store: the store's git repository.
        token: the bearer token that allows writes, or ``None`` (read-only).
        cors_origins: the origins allowed to call the API from a browser (none: CORS off).
        limits: the caps on one request.
    """

    store: str
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    limits: ServiceLimits = field(default_factory=ServiceLimits)


class ServiceState:
    """What the endpoints share: the config, a reading store, a writing store and their locks."""

    def __init__(self, config: ServiceConfig) -> None:
        self.config = config
        self.reader: GitStore = open_store(config.store)
        self.writer: GitStore = open_store(config.store)
        self.write_lock = asyncio.Lock()
        self.parse_slots = ParseSlots(config.limits.parallel_parses)
        self._memo: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()  # answer, its size
        self._memo_bytes = 0
        self._memo_lock = threading.Lock()

    def remember(self, key: tuple[Hashable, ...], build: Callable[[], T]) -> T:
        """``build()``, kept for the next call with the same ``key``.  Every key names the store's tip, so
        an answer is never served after a write (any write, a replacement too, moves the tip); a stored
        edition itself never changes, so nothing else can make a kept answer stale."""
        with self._memo_lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                kept: T = self._memo[key][0]
                return kept
        value = build()  # outside the lock: two readers may build the same answer, never a wrong one
        size = _size_of(value)
        if size > MEMO_BYTES:
            return value
        with self._memo_lock:
            if key in self._memo:
                self._memo_bytes -= self._memo.pop(key)[1]
            self._memo[key] = (value, size)
            self._memo_bytes += size
            while len(self._memo) > MEMO_ENTRIES or self._memo_bytes > MEMO_BYTES:
                self._memo_bytes -= self._memo.popitem(last=False)[1][1]
        return value

    @property
    def kept_bytes(self) -> int:
        """How much text the kept answers hold (see :data:`MEMO_BYTES`)."""
        return self._memo_bytes


def _size_of(value: object) -> int:
    """The size that counts against :data:`MEMO_BYTES`: a text's or a file's length; anything else (a
    commit id, a document record) counts as small."""
    if isinstance(value, str | bytes):
        return len(value)
    return 1024


def state_of(request: Request) -> ServiceState:
    """The service's shared state, from a request."""
    state: ServiceState = request.app.state.service
    return state
