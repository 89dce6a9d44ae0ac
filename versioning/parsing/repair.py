"""Word repairs that need the whole document: the artefacts of one extractor, mended with the words the
same document spells correctly elsewhere.

* ``pdftotext -layout`` breaks words when it justifies a line ("Ident ify", "an d", "Nation s"): two tokens
  are joined when one of them is not a word of the document and together they are.
* plain ``pdftotext`` drops the hyphen of a compound split over two lines, gluing its halves
  ("CounterTerrorism", "decisionmaking") or spacing them ("Counter Terrorism", "capacity building"): the
  hyphen is restored when the document writes that compound with a hyphen elsewhere, when UN style always
  hyphenates it (``data/compounds.txt``), for spelled-out numbers ("ninetythird" -> "ninety-third"), for
  prefixes that never stand alone ("ultra nationalistic"), for two capitalised halves glued together
  ("SelfGovernment") and for a word glued to a number ("COVID-19related").
* a hyphen left beside a space ("well- being") closes up when the document writes the compound elsewhere;
* a plural "s" set apart from its word ("Secretariat s") joins it again: a lone "s" is never a word.

Each repair only ever moves text towards a spelling that the document itself (or English number words)
uses, so clean extractions are left as they are.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’']*")
_COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "which",
        "with",
        "not",
        "all",
        "also",
        "any",
        "both",
        "each",
        "may",
        "must",
        "should",
        "such",
        "than",
        "these",
        "those",
        "under",
        "upon",
    ]
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
)
_PREFIXES = "ultra|non|anti|self|socio"
_SPACED_PREFIX = re.compile(rf"\b({_PREFIXES}) (?=[a-z]{{3,}})", re.IGNORECASE)
_CAMEL_JOIN = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")
_DIGIT_JOIN = re.compile(r"(-\d+)([a-z]{3,})\b")
_SPACED_HYPHEN = re.compile(r"\b([A-Za-z]+)- ([A-Za-z]+)\b")
_LONE_S = re.compile(r"\b([A-Za-z]{3,}) s\b")
_GLUED_NUMBER = re.compile(rf"\b({_TENS})({_UNITS})\b", re.IGNORECASE)
_SPACED_NUMBER = re.compile(rf"\b({_TENS}) ({_UNITS})\b", re.IGNORECASE)


class Vocabulary:
    """The words of one document, counted, and the compounds it writes with a hyphen."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()
        self.hyphenated: dict[str, str] = {form.replace("-", ""): form for form in _style_compounds()}
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
        text = _SPACED_PREFIX.sub(r"\1-", text)
        text = _CAMEL_JOIN.sub(r"\1-\2", text)
        text = _DIGIT_JOIN.sub(r"\1-\2", text)
        text = _LONE_S.sub(r"\1s", text)
        text = _SPACED_HYPHEN.sub(self._close_hyphen, text)
        text = re.sub(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b", self._split_glued_part, text)
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

    def _close_hyphen(self, match: re.Match[str]) -> str:
        """ "well- being" (a line-end hyphen an extractor kept beside the next word) is "well-being" when the
        document writes that compound elsewhere; otherwise it may be a suspended hyphen ("short- and
        long-term") and stays."""
        compound = self._hyphenate(match.group(1) + match.group(2))
        if compound is not None and compound[len(match.group(1))] == "-":
            return compound
        return match.group(0)

    def _split_glued_part(self, match: re.Match[str]) -> str:
        """In a hyphenated compound, a part that is no word but two glued words ("secretariat-tosecretariat")
        gets its hyphen back."""
        parts = match.group(0).split("-")
        mended: list[str] = []
        for part in parts:
            if not self.known(part):
                split = next(
                    (
                        i
                        for i in range(1, len(part))
                        if self.known(part[:i]) and self.known(part[i:]) and len(part[i:]) > 2
                    ),
                    None,
                )
                if split is not None:
                    part = f"{part[:split]}-{part[split:]}"
            mended.append(part)
        return "-".join(mended)

    def _glued_compound(self, match: re.Match[str]) -> str:
        word = match.group(0)
        if self.counts[word] > 1:
            return word
        return self._hyphenate(word) or word

    def _compound(self, left: str, right: str) -> str | None:
        """The hyphenated form of the spaced pair ``left right``, when it is a name the document hyphenates
        elsewhere ("Counter Terrorism": both halves capitalised) or a compound UN style always hyphenates.
        A lower-case pair the document hyphenates elsewhere may be a phrase ("to counter terrorism" beside
        "Counter-Terrorism Strategy"), so it is left alone."""
        joined = (left + right).lower()
        if not (left[:1].isupper() and right[:1].isupper()) and joined not in _style_keys():
            return None
        compound = self._hyphenate(left + right)
        if (
            compound is not None
            and compound.replace("-", "", 1) == left + right
            and compound[len(left)] == "-"
        ):
            return compound
        return None

    def _hyphenate(self, word: str) -> str | None:
        """``word`` with the hyphens the document puts in it elsewhere (in the casing of ``word``)."""
        form = self.hyphenated.get(word.lower())
        if form is None:
            return None
        result = ""
        position = 0
        for part in form.split("-"):
            result += word[position : position + len(part)] + "-"
            position += len(part)
        return result[:-1]

    def _broken(self, left: str, right: str) -> bool:
        joined = left + right
        if self.counts[joined] < 1:
            return False
        return not self.known(left) or not self.known(right)


@functools.cache
def _style_keys() -> frozenset[str]:
    return frozenset(form.replace("-", "") for form in _style_compounds())


@functools.cache
def _style_compounds() -> tuple[str, ...]:
    """The compounds of ``versioning/data/compounds.txt``."""
    text = resources.files("versioning").joinpath("data", "compounds.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
