"""The parts of requests and responses the API and the viewer share: query parameters checked into values
(a bad one is a one-line 400), and the JSON records of a resolution and of a series, shaped from the
library's own records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request

from versioning import api
from versioning.errors import InputError
from versioning.identifiers import EditionRef, Symbol
from versioning.service.caching import not_modified
from versioning.store import Store


class Query:
    """The query parameters of a request, read into checked values."""

    def __init__(self, params: Mapping[str, str]) -> None:
        self.params = params

    def text(self, name: str, *, max_length: int = 200) -> str | None:
        """A free-text parameter (``None`` when absent or empty)."""
        value = self.params.get(name, "").strip()
        if len(value) > max_length:
            raise InputError(f"?{name}= is longer than {max_length} characters")
        return value or None

    def required(self, name: str) -> str:
        """A parameter that must be given."""
        value = self.text(name)
        if value is None:
            raise InputError(f"?{name}= is required")
        return value

    def integer(self, name: str, *, minimum: int, maximum: int) -> int | None:
        """A whole number between ``minimum`` and ``maximum`` (``None`` when absent)."""
        value = self.text(name)
        if value is None:
            return None
        if not value.isdigit() or not minimum <= int(value) <= maximum:
            raise InputError(f"?{name}= must be a whole number from {minimum} to {maximum}, not {value!r}")
        return int(value)

    def choice(self, name: str, choices: tuple[str, ...], *, default: str | None) -> Any:
        """One of ``choices`` (``default`` when absent)."""
        value = self.text(name)
        if value is None:
            return default
        if value not in choices:
            raise InputError(f"?{name}= must be one of {', '.join(choices)}, not {value!r}")
        return value


def client_holds(request: Request, tag: str) -> bool:
    """True when the response would be ``304 Not Modified`` (so that its body need not be computed)."""
    return not_modified(request, tag)


def resolution_record(store: Store, symbol: Symbol) -> dict[str, Any]:
    """A resolution: its editions (held, and known but not held), and its series (``None`` for a draft)."""
    overview = api.describe_resolution(store, symbol)
    return {
        "symbol": str(symbol),
        "title": overview.latest.title,
        "editions": [
            {
                "reference": info.reference,
                "date": info.date,
                "kind": info.kind,
                "commit": info.commit,
                "source_name": info.source_name,
            }
            for info in overview.editions
        ],
        "known_editions": [
            {"reference": k.reference, "date": k.edition.date, "kind": k.edition.kind, "reason": k.reason}
            for k in overview.known_editions
        ],
        "series": overview.series.to_dict() if overview.series is not None else None,
    }


def series_record(store: Store, reference: EditionRef) -> dict[str, Any]:
    """A series: its members and gaps, and the diff of each successive pair of held members."""
    series, steps = api.series_with_steps(store, reference)
    record: dict[str, Any] = series.to_dict()
    record["steps"] = [step.to_dict() for step in steps]
    return record
