"""The web viewer (built in the next step)."""

from __future__ import annotations

from starlette.routing import BaseRoute


def routes() -> list[BaseRoute]:
    """The viewer's routes."""
    return []
