"""The editorial normal form of a text: what is left when layout, quotes, dashes and hyphenation are set
aside.

Two texts with the same :func:`editorial_key` differ only editorially: in spacing or line breaks (white
space is dropped altogether, so that an extractor's ``Secretariat s`` or ``2019,75/276`` is spacing too), in
the kind of quotation mark or dash, or in hyphenation (``co-operation``/``cooperation``, a line-break hyphen
left as ``ambassadorial- level``, a non-breaking hyphen, ``Secretary -General``).  Letter case and words
are kept: a change of either is not editorial.
"""

from __future__ import annotations

import functools
import unicodedata

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032`"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_INVISIBLE = "\u00ad\u200b"  # soft hyphen, zero-width space
_WHITE_SPACE = "".join(char for char in map(chr, range(0x3000 + 1)) if char.isspace())
"""Every white-space character (all lie below U+3001), as ``str.split`` and ``re``'s ``\\s`` know them."""
_KEY = str.maketrans(
    {
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        # Hyphens and dashes go, and white space with them: ``co-operation``, ``Secretary -General`` and
        # ``ambassadorial- level`` all read as the word without them.
        **dict.fromkeys(_DASHES + "-", None),
        **dict.fromkeys(_WHITE_SPACE, None),
        **dict.fromkeys(_INVISIBLE, None),
    }
)


@functools.lru_cache(maxsize=8192)  # the same clause texts are keyed by alignment and by classification
def editorial_key(text: str) -> str:
    """The text with every editorial variation removed (see the module docstring): quotation marks of
    one kind, no white space, no hyphens or dashes."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_KEY)
