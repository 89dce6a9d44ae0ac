"""The account of a parse: where every line of the input went.

Each line of an edition's text either lands in the document -- the header's metadata, a paragraph, a
heading, a footnote, an annex, the closing line -- or is set aside as page furniture (a page number, the
job number, a running title ...), with the rule that set it aside.  The parser fills an :class:`Account`
as it reads; :mod:`versioning.parsing.conservation` checks it against the document, and
:mod:`versioning.parsing.explain` prints it for a person to audit.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SetAside:
    """Text of one source line that is not the document's: its line, the text, and the rule that set it
    aside ("page number 2/4, one of the document's page numbers")."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Placement:
    """Where source lines landed: ``target`` names the place in the document (``"pp3"``, ``"op1.a"``,
    ``"footnote 2"``, ``"header"``), ``first`` and ``last`` the source line range (1-based, inclusive)."""

    target: str
    first: int
    last: int


@dataclass
class Account:
    """The account of one parse: what was set aside, and where each part of the document came from.

    Attributes:
        furniture: text set aside, in the order it was met.
        placements: where lines landed, in the order the parser placed them.
    """

    furniture: list[SetAside] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)

    def set_aside(self, line: int, text: str, rule: str) -> None:
        """Record ``text`` of ``line`` as set aside by ``rule``."""
        if text.strip():
            self.furniture.append(SetAside(line, text, rule))

    def set_aside_character(self, line: int, character: str, rule: str) -> None:
        """Record one character of ``line`` (a control character, which has no word) as set aside by
        ``rule``."""
        self.furniture.append(SetAside(line, character, rule))

    def place(self, target: str, numbers: list[int]) -> None:
        """Record that the source lines ``numbers`` (0 for a line the parser made) landed in ``target``."""
        real = [number for number in numbers if number > 0]
        if real:
            self.placements.append(Placement(target, min(real), max(real)))
