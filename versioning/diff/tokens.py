"""Word tokens: the unit of every comparison in the diff engine.

A text is cut into runs of word characters, runs of white space, and single other characters (punctuation,
quotes, dashes, slashes).  The cut is lossless -- joining the tokens gives the text back -- so a diff over
tokens can always be turned back into the two texts.  ``Secretary-General`` is three tokens, so that a
changed word is replaced whole and a hyphen change stays a hyphen change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from versioning.errors import InputError

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")

# Characters a token is encoded as, so that diff-match-patch (which diffs characters) diffs tokens: the
# Basic Multilingual Plane's private-use area, then the supplementary private-use planes, then ordinary
# code points (skipping surrogates).  Private-use characters are first because diff-match-patch's
# semantic scoring treats them all alike.
_ALPHABET_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0x10FFFD), (0x0100, 0xD7FF))


def tokenize(text: str) -> list[str]:
    """Cut ``text`` into word, white-space and punctuation tokens; ``"".join(tokenize(t)) == t``."""
    return _TOKEN.findall(text)


_WORD_TOKEN = re.compile(r"\w+|[^\w\s]")


def word_tokens(text: str) -> list[str]:
    """The tokens of ``text`` that are not white space (what similarity counts)."""
    return _WORD_TOKEN.findall(text)


def is_space(token: str) -> bool:
    """True for a white-space token."""
    return token.isspace()


def _code_points() -> Iterable[int]:
    for start, stop in _ALPHABET_RANGES:
        yield from range(start, stop + 1)


class TokenCodec:
    """Encodes token sequences as strings, one character per distinct token, and decodes them back.

    One codec is shared by every text of a comparison, so that equal tokens get equal characters.
    """

    __slots__ = ("_codes", "_next", "_space_chars", "_space_table", "_tokens")

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}
        self._tokens: dict[str, str] = {}
        self._space_chars: set[str] = set()
        self._space_table: dict[int, None] = {}
        self._next = iter(_code_points())

    def encode(self, tokens: Sequence[str]) -> str:
        """The string of one character per token."""
        codes = self._codes
        for token in [
            token for token in dict.fromkeys(tokens) if token not in codes
        ]:  # in order: deterministic
            try:
                char = chr(next(self._next))
            except StopIteration:  # over 190,000 distinct tokens in one comparison
                raise InputError("too many distinct words to compare (over 190,000)") from None
            codes[token] = char
            self._tokens[char] = token
            if token.isspace():
                self._space_chars.add(char)
                self._space_table[ord(char)] = None
        return "".join(map(codes.__getitem__, tokens))

    def without_spaces(self, chars: str) -> str:
        """Encoded tokens without those that encode white space: the encoding of the text's
        :func:`word_tokens`, from the encoding of all its tokens."""
        return chars.translate(self._space_table)

    def decode(self, chars: str) -> str:
        """The text the encoded ``chars`` stand for."""
        return "".join(map(self._tokens.__getitem__, chars))

    def is_space_char(self, char: str) -> bool:
        """True when ``char`` encodes a white-space token."""
        return char in self._space_chars

    def count_space_chars(self, chars: str) -> int:
        """How many of ``chars`` encode white-space tokens."""
        spaces = self._space_chars
        return sum(map(spaces.__contains__, chars))
