"""Word repairs that need the whole document: the artefacts of one extractor, mended with the words the
same document spells correctly elsewhere.

* ``pdftotext -layout`` breaks words when it justifies a line ("Ident ify", "an d", "Nation s"): two tokens
  are joined when one of them is not a word of the document and together they are.
* plain ``pdftotext`` drops the hyphen of a compound split over two lines, gluing its halves
  ("CounterTerrorism", "decisionmaking") or spacing them ("Counter Terrorism", "capacity building"): the
  hyphen is restored when the document writes that compound with a hyphen elsewhere, and for spelled-out
  numbers ("ninetythird" -> "ninety-third").

Each repair only ever moves text towards a spelling that the document itself (or English number words)
uses, so clean extractions are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’']*")
_COMMON = frozenset(
    """a an and are as at be by for from has have in into is it its of on or that the their this to was
    were which with not all also any both each may must should such than these those under upon""".split()
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_GLUED_NUMBER = re.compile(rf"\b({_TENS})({_UNITS})\b", re.IGNORECASE)
_SPACED_NUMBER = re.compile(rf"\b({_TENS}) ({_UNITS})\b", re.IGNORECASE)


class Vocabulary:
    """The words of one document, counted, and the compounds it writes with a hyphen."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()
        self.hyphenated: dict[str, str] = {}
        for text in texts:
            for word in re.findall(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]", text):
                if "-" in word:
                    self.hyphenated.setdefault(word.replace("-", "").lower(), word)
                    for part in word.split("-"):
                        self.counts[part] += 1
                else:
                    self.counts[word] += 1

    def known(self, word: str) -> bool:
        """A word of the document: it occurs at least twice, or is a common English word."""
        return word.lower() in _COMMON or self.counts[word] >= 2

    def repair(self, text: str) -> str:
        """Mend the artefacts described in the module docstring."""
        text = _GLUED_NUMBER.sub(r"\1-\2", text)
        text = _SPACED_NUMBER.sub(r"\1-\2", text)
        text = re.sub(r"\b[A-Za-z]+\b", self._glued_compound, text)
        tokens = text.split(" ")
        out: list[str] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if index + 1 < len(tokens):
                following = tokens[index + 1]
                left = re.fullmatch(r"(\W*)([A-Za-z]+)", token)
                right = re.fullmatch(r"([A-Za-z’']+)(\W*)", following)
                if left and right:
                    compound = self._compound(left.group(2), right.group(1))
                    if compound is not None:
                        out.append(left.group(1) + compound + right.group(2))
                        index += 2
                        continue
                    if self._broken(left.group(2), right.group(1)):
                        out.append(token + following)
                        index += 2
                        continue
            out.append(token)
            index += 1
        return " ".join(out)

    def _glued_compound(self, match: re.Match[str]) -> str:
        word = match.group(0)
        compound = self.hyphenated.get(word.lower())
        if compound is not None and compound.replace("-", "") == word and self.counts[word] <= 1:
            return compound
        return word

    def _compound(self, left: str, right: str) -> str | None:
        compound = self.hyphenated.get((left + right).lower())
        if compound is not None and compound.replace("-", "") == left + right:
            return compound
        return None

    def _broken(self, left: str, right: str) -> bool:
        joined = left + right
        if self.counts[joined] < 1:
            return False
        return not self.known(left) or not self.known(right)
