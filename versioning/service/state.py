"""What the endpoints share: the configuration, the stores and the locks.

Readers share one store object that never takes the write lock (reads come from each edition's own
commit, so they need none); writes go through another, one at a time (an ``asyncio`` lock, then the
store's own lock), so that writers queue without holding the worker threads readers need.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from starlette.requests import Request

from versioning.service.limits import ParseSlots, ServiceLimits
from versioning.store import GitStore, open_store


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


def state_of(request: Request) -> ServiceState:
    """The service's shared state, from a request."""
    state: ServiceState = request.app.state.service
    return state
