"""Parse, validate, store and diff editions of UN General Assembly resolutions, clause by clause.

The public API (names resolve lazily, so ``import versioning`` stays cheap)::

    from versioning import parse_edition, validate, canonical_json, diff_editions, open_store

    old = parse_edition("A-RES-67-6.txt")          # a path, bytes, or text -> Document
    validate(old)                                  # raises DocumentInvalid with every Problem
    changes = diff_editions(old, new)              # -> ChangeList of frozen Change records
    store = open_store("store")                    # the git-backed edition store

See README.md for the tour and DESIGN.md for the contracts.
"""

from __future__ import annotations

from versioning.lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "versioning.model",
    "Paragraph": "versioning.model",
    "Footnote": "versioning.model",
    "Edition": "versioning.model",
    "Distribution": "versioning.model",
    "Source": "versioning.model",
    "Symbol": "versioning.identifiers",
    "EditionRef": "versioning.identifiers",
    "EditionId": "versioning.identifiers",
    "ClauseId": "versioning.identifiers",
    "VersioningError": "versioning.errors",
    "InputError": "versioning.errors",
    "ParseError": "versioning.errors",
    "IdentifierError": "versioning.errors",
    "DocumentInvalid": "versioning.errors",
    "Problem": "versioning.errors",
    "StoreError": "versioning.errors",
    "EditionNotFound": "versioning.errors",
    "EditionConflict": "versioning.errors",
    "canonical_json": "versioning.canonical",
    "canonical_bytes": "versioning.canonical",
    "validate": "versioning.validation",
    "iter_problems": "versioning.validation",
    "parse_edition": "versioning.parsing",
    "load_document": "versioning.parsing",
    "diff_editions": "versioning.diff",
    "DiffOptions": "versioning.diff",
    "open_store": "versioning.store",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
