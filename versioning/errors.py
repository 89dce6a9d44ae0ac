"""The one exception tree of the project.

Every error the library raises on purpose is a :class:`VersioningError`.  Each carries its address as
attributes (the file, the line, the JSON path, the edition reference) so that callers can act on it and the
CLI can print it as one line.  Foreign exceptions (git, jsonschema, pdfminer, the OS) are wrapped where they
enter the library.
"""

from __future__ import annotations

from dataclasses import dataclass


class VersioningError(Exception):
    """Base class of every error raised by :mod:`versioning`.

    ``str(error)`` is a complete one-line message, ready for a terminal.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(VersioningError):
    """An input (file, text, argument) that cannot be read or understood.

    Attributes:
        file: the file name, or ``None`` for text given directly.
        line: the 1-based line number the problem was found at, or ``None``.
        column: the 1-based column on that line, or ``None``.
        json_path: where in a JSON input the problem is (``$.operative[3].text``), or ``None``.
        reason: the message without its address.
    """

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        json_path: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
        self.json_path = json_path
        place = ""
        if line is not None:
            place = f"{line}:{column}" if column is not None else f"{line}"
        parts = [part for part in (file, place) if part]
        address = ":".join(parts) if file is not None else (f"line {place}" if place else "")
        if json_path is not None:
            address = f"{address}: {json_path}" if address else json_path
        super().__init__(f"{address}: {reason}" if address else reason)


class ParseError(InputError):
    """A text that is not a well-formed resolution (or not one at all)."""


class IdentifierError(VersioningError, ValueError):
    """A symbol, edition reference or clause id that does not follow its grammar.

    Attributes:
        value: the offending string.
        kind: what it was meant to be (``"symbol"``, ``"edition reference"``, ``"clause id"``).
    """

    def __init__(self, kind: str, value: str, reason: str = "") -> None:
        self.kind = kind
        self.value = value
        suffix = f": {reason}" if reason else ""
        super().__init__(f"not a valid {kind}: {value!r}{suffix}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation problem: where (a JSON path such as ``$.operative[3].footnotes[0]``) and what."""

    json_path: str
    message: str

    def __str__(self) -> str:
        return f"{self.json_path}: {self.message}"


class DocumentInvalid(VersioningError):
    """A document that breaks the schema or the document rules.

    Attributes:
        problems: every problem found, in document order.
        file: the file the document came from, if any.
    """

    def __init__(self, problems: list[Problem], *, file: str | None = None) -> None:
        self.problems = list(problems)
        self.file = file
        first = self.problems[0] if self.problems else Problem("$", "invalid document")
        prefix = f"{file}: " if file else ""
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{prefix}{first}{more}")


class StoreError(VersioningError):
    """A problem with the edition store (missing, locked, corrupt, diverged).

    Attributes:
        store: the path of the store, when known.
    """

    def __init__(self, message: str, *, store: str | None = None) -> None:
        self.store = store
        super().__init__(message)


class EditionNotFound(StoreError):
    """A reference that names no edition in the store.

    Attributes:
        reference: the reference as given.
    """

    def __init__(self, reference: str, *, store: str | None = None, reason: str = "") -> None:
        self.reference = reference
        super().__init__(f"{reference}: {reason or 'no such edition in the store'}", store=store)


class EditionConflict(StoreError):
    """A different text under the key of a stored edition (same symbol and date).

    The store never drops such a text silently: the whole ``add`` is refused (nothing is written) unless
    the caller says what the text is (a reissue of another date, or a replacement of the stored text).

    Attributes:
        reference: the edition's reference (``A/RES/67/6@2013-07-15``).
        stored_source: the source the stored edition was read from (its file name, or its SHA-256).
        new_source: the source of the conflicting text.
        difference: the first difference between the two documents (a JSON path and both values).
    """

    def __init__(
        self,
        reference: str,
        *,
        stored_source: str,
        new_source: str,
        difference: str,
        store: str | None = None,
    ) -> None:
        self.reference = reference
        self.stored_source = stored_source
        self.new_source = new_source
        self.difference = difference
        super().__init__(
            f"{new_source}: {reference} is already stored from {stored_source} with a different text"
            f" (first difference: {difference}); nothing was added. Use --as-reissue DATE if it is a"
            " reissue of another date, or --replace to record it as the edition's new text",
            store=store,
        )
