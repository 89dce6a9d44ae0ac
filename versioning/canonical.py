"""Canonical JSON: the one function that writes stored documents.

Identical content gives identical bytes: UTF-8 without escapes, two-space indentation, the key order of the
record's ``to_dict`` (fixed by the model), no trailing spaces, and a newline at the end.
"""

from __future__ import annotations

import json
from typing import Any, Protocol


class _Serialisable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def canonical_json(value: _Serialisable | dict[str, Any] | list[Any]) -> str:
    """Return the canonical JSON text of a record (anything with ``to_dict``) or a plain JSON value."""
    data = value.to_dict() if hasattr(value, "to_dict") else value
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def canonical_bytes(value: _Serialisable | dict[str, Any] | list[Any]) -> bytes:
    """Return the canonical JSON of ``value`` as UTF-8 bytes (what the store writes and hashes)."""
    return canonical_json(value).encode("utf-8")
