"""Word repairs that need the whole document: the artefacts of one extractor, undone only on evidence.

The document's words are the PDF's words.  An extractor artefact is mended only where evidence shows what
the PDF prints: the document's own spelling elsewhere first, then general English (``english``: word
frequencies from wordfreq), then the rules of English spelling (number words, a lone "s").  Where the
evidence is not there, the text stays as extracted.

* ``pdftotext -layout`` breaks words when it justifies a line ("Ident ify", "an d", "Secretary-Gene ral"):
  two tokens are joined when together they are a word (of the document, or a common English word) and
  they are not both words themselves.
* plain ``pdftotext`` drops the hyphen of a compound split over two lines, gluing its halves
  ("CounterTerrorism", "highlevel") or spacing them ("Counter Terrorism"): the hyphen comes back where the
  document writes that compound with a hyphen elsewhere, in the same letter case ("Counterterrorism Forum"
  is a name of its own beside "Counter-Terrorism"), or capitalised where English does not know the glued
  word ("highlevel" beside "High-level", but "cooperation" stays beside the name "Organisation for Economic
  Co-operation and Development"), or where UN style always hyphenates it (``data/compounds.txt``).  A word
  that English commonly writes closed ("healthcare", "intergovernmental") is the PDF's own word even where
  the document hyphenates it elsewhere ("health-care services", "inter-governmental discussions"): a
  document may spell a compound both ways, and the extractor's glued forms are words no writer uses.
  A word glued from two common words is not split on that alone: the extractors that keep line-end hyphens
  (PyMuPDF, ``pdftotext -layout``) glue nothing, and "workstreams" is a word no lexicon may know yet.
* English spelling: spelled-out numbers ("ninetythird" -> "ninety-third"), prefixes that never stand
  alone ("non proliferation"), a word glued to a number ("COVID-19related"), a plural "s" set apart
  ("Secretariat s").
* a hyphen left beside a space ("well- being") closes up when the document writes the compound elsewhere.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources

from versioning.parsing import english

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
)
# Bound prefixes: they never stand alone in English prose, so "non proliferation" is a line-end hyphen
# an extractor turned into a space; and "self" compounds are always hyphenated (The Chicago Manual of
# Style, 17th ed., 7.89: "self-" compounds, noun or adjective), so "self determination" and
# "SelfGovernment" are "self-determination" and "Self-Government".
_BOUND_PREFIXES = "ultra|non|anti|socio|self"
_SPACED_PREFIX = re.compile(rf"\b({_BOUND_PREFIXES}) (?=[a-z]{{3,}})", re.IGNORECASE)
_GLUED_SELF = re.compile(r"\b(self|Self)(?=(?:[a-z]{4,}|[A-Z][a-z]{3,})\b)")
_DIGIT_JOIN = re.compile(r"(-\d+)([a-z]{3,})\b")
_SPACED_HYPHEN = re.compile(r"\b([A-Za-z]+)- ([A-Za-z]+)\b")
_LONE_S = re.compile(r"\b([A-Za-z]{3,}) s\b")
_GLUED_NUMBER = re.compile(rf"\b({_TENS})({_UNITS})\b", re.IGNORECASE)
_SPACED_NUMBER = re.compile(rf"\b({_TENS}) ({_UNITS})\b", re.IGNORECASE)
_HYPHENATED = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
_LEFT_TOKEN = re.compile(r"(\W*(?:[A-Za-z]+-)*)([A-Za-z]+)")
_RIGHT_TOKEN = re.compile(r"([A-Za-z’']+)(\W*)")
# Two-letter words this common are words wherever they stand ("in" 7.3, "an" 6.5; "ed" is 4.8).
_VERY_COMMON = 5.5
# A part of a glued compound is at least this long ("to" in "secretariat-tosecretariat").
_MIN_PART = 2


def _pair_words(text: str) -> list[str]:
    """The words of ``text`` as the spaced-pair rule compares them: split at spaces, stripped of
    punctuation."""
    return [token.strip(".,;:()“”\"'’") for token in text.split()]


class Vocabulary:
    """The words of one document, counted as written, and the compounds it writes with a hyphen."""

    def __init__(self, texts: Iterable[str], lines: Sequence[str] = ()) -> None:
        """``texts`` are the document's joined texts; ``lines``, its source lines, tell a pair of words
        printed apart on one line (the PDF's own spelling, "Secretary General") from a pair joined at a
        line end, where an extractor may have dropped a compound's hyphen."""
        self.counts: Counter[str] = Counter()
        self.hyphenated: dict[str, list[str]] = {}
        self.pairs: Counter[tuple[str, str]] = Counter()
        self._lines = lines
        self._inline_pairs: Counter[tuple[str, str]] | None = None  # counted on first need (rare)
        for text in texts:
            words = _pair_words(text)
            self.pairs.update(itertools.pairwise(words))
            for word in _WORD.findall(text):
                self.counts[word] += 1
                if "-" in word:
                    forms = self.hyphenated.setdefault(word.replace("-", "").lower(), [])
                    if word not in forms:
                        forms.append(word)
                    for part in word.split("-"):
                        self.counts[part] += 1

    def inline_pairs(self) -> Counter[tuple[str, str]]:
        """The pairs of words printed apart within one source line, counted."""
        if self._inline_pairs is None:
            self._inline_pairs = Counter(
                pair for line in self._lines for pair in itertools.pairwise(_pair_words(line))
            )
        return self._inline_pairs

    def repair(self, text: str) -> str:
        """Mend the artefacts described in the module docstring."""
        # Each pattern is tried only where the text holds what it cannot match without (most hold none);
        # case-folded as the patterns that ignore case fold it.
        lowered = text.casefold()
        if "ty" in lowered:  # every tens word ends so: "twenty" ... "ninety"
            text = _GLUED_NUMBER.sub(r"\1-\2", text)
            text = _SPACED_NUMBER.sub(r"\1-\2", text)
        if any(f"{prefix} " in lowered for prefix in _BOUND_PREFIXES.split("|")):
            text = _SPACED_PREFIX.sub(r"\1-", text)
        if "self" in lowered:
            text = _GLUED_SELF.sub(self._glued_self, text)
        if "-" in text:
            text = _DIGIT_JOIN.sub(self._digit_join, text)
        if " s" in text:
            text = _LONE_S.sub(r"\1s", text)
        if "- " in text:
            text = _SPACED_HYPHEN.sub(self._close_hyphen, text)
        if "-" in text:
            text = _HYPHENATED.sub(self._split_glued_parts, text)
        # a word of an address ("www.un.org/.../publicationstexts") is not prose
        text = re.sub(r"(?<![\w/.-])[A-Za-z]+(?![\w/-]|\.\w)", self._glued_compound, text)
        return self._mend_pairs(text)

    def _mend_pairs(self, text: str) -> str:
        """Spaced compounds ("Counter Terrorism") and split words ("Gene ral")."""
        tokens = text.split(" ")
        out: list[str] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if index + 1 < len(tokens):
                following = tokens[index + 1]
                left = _LEFT_TOKEN.fullmatch(token)
                right = _RIGHT_TOKEN.fullmatch(following)
                if left and right:
                    compound = self._spaced_compound(left.group(2), right.group(1))
                    if compound is not None and "-" not in left.group(1):
                        out.append(left.group(1) + compound + right.group(2))
                        index += 2
                        continue
                    joined = self._split_word(left.group(2), right.group(1))
                    if joined and not right.group(2) and index + 2 < len(tokens):
                        # "to t he": the fragment belongs with the side that makes the more common word
                        after = _RIGHT_TOKEN.fullmatch(tokens[index + 2])
                        rival = self._split_word(right.group(1), after.group(1)) if after else 0.0
                        joined = joined if joined >= rival else 0.0
                    if joined:
                        out.append(token + following)
                        index += 2
                        continue
            out.append(token)
            index += 1
        return " ".join(out)

    def _glued_self(self, match: re.Match[str]) -> str:
        """ "selfdetermination": "self" glued to a word, where the whole is no common word ("selfless")."""
        end = re.match(r"[A-Za-z]+", match.string[match.start() :])
        word = end.group(0) if end else match.group(0)
        if not english.is_common(word) and english.is_common(word[len(match.group(1)) :]):
            return match.group(1) + "-"
        return match.group(1)

    def _digit_join(self, match: re.Match[str]) -> str:
        """ "COVID-19related": a word glued to a number is two, when the word is an English word."""
        if english.is_common(match.group(2)):
            return f"{match.group(1)}-{match.group(2)}"
        return match.group(0)

    def _close_hyphen(self, match: re.Match[str]) -> str:
        """ "well- being" (a line-end hyphen an extractor kept beside the next word) is "well-being" when the
        document writes that compound elsewhere; otherwise it may be a suspended hyphen ("short- and
        long-term") and stays."""
        form = self._written_hyphenated(match.group(1) + match.group(2))
        if form is not None and form[len(match.group(1))] == "-":
            return form
        return match.group(0)

    def _split_glued_parts(self, match: re.Match[str]) -> str:
        """In a hyphenated compound, a part that no writer uses but two glued words do gets its hyphen back
        ("secretariat-tosecretariat"); a part that is a word ("food-insecure") stays."""
        return "-".join(self._split_by_lexicon(part) or part for part in match.group(0).split("-"))

    def _glued_compound(self, match: re.Match[str]) -> str:
        """A word without hyphens that is a compound whose hyphen an extractor dropped."""
        word = match.group(0)
        if self.counts[word] > 1:  # the document writes it so elsewhere: the PDF's spelling
            return word
        style = _in_style(word, _style_compounds().get(word.lower()))
        if word[1:].islower() and english.is_common(word):
            # A word English writes closed, as printed ("healthcare", "intergovernmental"): the PDF's word,
            # though the document hyphenates it elsewhere ("health-care services"), as writers use both.
            return style or word
        return self._written_hyphenated(word) or style or word

    def _spaced_compound(self, left: str, right: str) -> str | None:
        """The hyphenated form of the spaced pair ``left right`` when it is a name the document hyphenates
        elsewhere ("Counter Terrorism": both halves capitalised, as in "Counter-Terrorism"), or a compound
        UN style always hyphenates (``data/compounds.txt``); a name not when the document writes the pair
        apart elsewhere too.  Any other lower-case pair may be a phrase ("to counter terrorism" beside
        "counter-terrorism"), so it is left alone."""
        style = _in_style(left + right, _style_compounds().get((left + right).lower()))
        if style is not None and style.index("-") == len(left):
            return style
        if not (left[:1].isupper() and right[:1].isupper()) or self.pairs[(left, right)] > 1:
            return None  # a pair the document writes apart twice is its spelling ("Secretary General")
        if self.inline_pairs()[(left, right)]:
            # printed apart within a line, where PyMuPDF and pdftotext -layout drop no hyphen: the PDF's
            # spelling (A/RES/78/301, "the Secretary General to entrust").  Raw pdftotext runs a paragraph
            # on one line, so a style compound there ("capacity building") is still mended above.
            return None
        form = self._written_hyphenated(left + right)
        if form is not None and form.count("-") == 1 and form.index("-") == len(left):
            return form
        return None

    def _written_hyphenated(self, word: str) -> str | None:
        """``word`` as the document writes it with hyphens elsewhere, in the same letters and letter case (a
        lower-case word that English does not know may take the form that opens a sentence: "highlevel"
        beside "High-level", but not "cooperation" beside a name's "Co-operation"; a capitalised word is a
        name of its own: "Counterterrorism Forum" beside "counter-terrorism")."""
        for form in self.hyphenated.get(word.lower(), ()):
            closed = form.replace("-", "")
            if closed == word:
                return form
            if closed[1:] == word[1:] and word[0].islower() and not english.is_common(word):
                return word[0] + form[1:]
        return None

    def _split_by_lexicon(self, word: str) -> str | None:
        """``word`` with a hyphen between two common words, when English does not know it as written: not a
        name in CamelCase, not a word formed with a prefix, not a word of the document."""
        if len(word) < 2 * _MIN_PART or not word.islower() or self.counts[word] > 1:
            return None
        if not english.is_unknown(word):
            return None
        splits = [
            (min(english.frequency(word[:i]), english.frequency(word[i:])), i)
            for i in range(_MIN_PART, len(word) - _MIN_PART + 1)
            if word[:i].lower() not in english.PREFIXES
            and english.is_common(word[:i])
            and english.is_common(word[i:])
        ]
        if not splits:
            return None
        _, best = max(splits)
        return f"{word[:best]}-{word[best:]}"

    def _split_word(self, left: str, right: str) -> float:
        """How common the word ``left + right`` is (0 when ``left right`` is not one word split by an
        extractor).  It is one when the two are not both words, and together they are a word of the
        document, or a common English word more frequent than the rarer of its halves ("Gene ral": "general"
        5.5 against "ral" 2.5; "to t": "tot" 3.2 against "t" 5.4 is not)."""
        if self._is_word(left) and self._is_word(right):
            return 0.0
        joined = left + right
        frequency = english.frequency(joined)
        if self.counts[joined] >= 1:
            return max(frequency, english.COMMON)
        if frequency >= english.COMMON and frequency > min(english.frequency(left), english.frequency(right)):
            return frequency
        return 0.0

    def _is_word(self, word: str) -> bool:
        """A common English word; one of two letters only where it is very common ("in", "an") or the
        document writes it elsewhere too (wordfreq counts "ed" and "ns" as common, from names and
        abbreviations).  The document's own
        counts are no evidence for longer words: an extractor repeats its artefacts ("Secretary-Gene ral"
        twice in A/RES/77/15)."""
        if word in ("a", "A", "I"):
            return True
        if len(word) < 3:
            very_common = english.frequency(word) >= _VERY_COMMON
            return very_common or (english.is_common(word) and self.counts[word] >= 2)
        return english.is_common(word)


def _in_style(word: str, form: str | None) -> str | None:
    """``word`` with the hyphens of ``form`` (a lower-case compound), in the letter case of ``word``."""
    if form is None:
        return None
    cut = form.index("-")
    return f"{word[:cut]}-{word[cut:]}" if form.count("-") == 1 else None


@functools.cache
def _style_compounds() -> dict[str, str]:
    """The compounds of ``versioning/data/compounds.txt``, by their closed form."""
    text = resources.files("versioning").joinpath("data", "compounds.txt").read_text(encoding="utf-8")
    forms = (line.split("#")[0].strip() for line in text.splitlines())
    return {form.replace("-", ""): form for form in forms if form}
