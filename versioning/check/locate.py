"""Where a clause stands in the source text, so that a finding can name a line.

The parsed document keeps no line numbers (a PDF has none, and a paragraph runs over several lines and
pages), so the clause's words are looked for in the text: both sides are reduced to lower-case runs of
letters and digits (which makes line breaks, hyphenation at a line end, page furniture and glued footnote
markers matter little), the clause's first words are found in the text's word stream, and its words are
then followed in order, tolerating the few tokens (markers, running headers) that the text has and the
clause has not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+")
_ANCHOR_WORDS = 8
"""How many of a clause's first words must follow each other in the text for the clause to be found."""
_SKIP = 12
"""How many tokens of the text may stand between two words of the clause (markers, running headers)."""


@dataclass(frozen=True, slots=True)
class SourceText:
    """A source text as a stream of words, each with its 1-based line number."""

    words: tuple[str, ...]
    lines: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> SourceText:
        """Index ``text``."""
        words: list[str] = []
        lines: list[int] = []
        for number, line in enumerate(text.splitlines(), start=1):
            for word in _WORD.findall(line.lower()):
                words.append(word)
                lines.append(number)
        return cls(tuple(words), tuple(lines))

    def line_of(self, clause_text: str, *, word_index: int = 0, after_line: int = 0) -> int | None:
        """The line where word ``word_index`` of ``clause_text`` stands (its first word by default), looking
        only at lines after ``after_line``; ``None`` when the clause is not found."""
        wanted = _WORD.findall(clause_text.lower())
        if not wanted:
            return None
        start = self._find_anchor(wanted[:_ANCHOR_WORDS], after_line)
        if start is None:
            return None
        position, matched = start, 0
        target = min(word_index, len(wanted) - 1)
        while matched < target:
            following = self._next(wanted[matched + 1], position + 1)
            if following is None:
                break
            position, matched = following, matched + 1
        return self.lines[position]

    def _find_anchor(self, anchor: list[str], after_line: int) -> int | None:
        size = len(anchor)
        for index in range(len(self.words) - size + 1):
            if self.lines[index] > after_line and list(self.words[index : index + size]) == anchor:
                return index
        return None

    def _next(self, word: str, start: int) -> int | None:
        for index in range(start, min(start + _SKIP, len(self.words))):
            if self.words[index] == word:
                return index
        return None


def words_before_first_edit(words: tuple[tuple[int, str], ...]) -> int:
    """How many words of the new text come before the first inserted or deleted word of an edit."""
    count = 0
    for op, text in words:
        if op != 0:
            return count
        count += len(_WORD.findall(text.lower()))
    return count
