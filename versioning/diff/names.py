"""Names written out or shortened: ``the Organization`` -> ``the Organization of Islamic Cooperation``.

An edit is a name variant (a routine change) when

* it inserts or deletes words that extend a capitalised name standing just before or after them
  (capitalised words, joined only by the small words names use: ``of``, ``for``, ``on``, ``and`` ...), and
  the long name is used elsewhere in the two editions (a title, another paragraph, a note); or
* it replaces a long form by its head, or the head by the long form (``trust fund`` -> ``Fund``: the short
  form capitalised, as the short form of a name is), and the long form is used elsewhere in the editions.
  The head is the long form's last word, or the word before its complement: ``United Nations Congress on
  Crime Prevention and Criminal Justice`` -> ``Congress``, as ``the Commission on the Status of Women`` is
  ``the Commission`` after its first mention.
* it gives or drops a name's acronym: ``(OEWG)`` inserted or deleted after ``the open-ended working group``,
  or the acronym replaced by the words whose initials it takes, or the reverse; the acronym and those words
  must be used elsewhere in the editions too (words that only happen to spell it are no name).

The evidence is the text of both editions (:class:`NameEvidence`); without it no edit is a name variant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from versioning.diff.class_rules import load_rules

_NAME_JOINERS = frozenset({"of", "for", "on", "in", "and", "the", "de", "du", "des", "to"})
"""Lower-case words found inside the names of bodies, conferences and instruments."""

_WORD = re.compile(r"[\w'\u2019-]+")


class NameEvidence:
    """The words of both editions (titles, paragraphs, notes) in which long forms of names are looked for.

    The texts are joined only when a name is first looked up: most diffs never ask."""

    __slots__ = ("_folded", "_joined", "_texts")

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = texts
        self._joined: str | None = None
        self._folded: str | None = None

    @classmethod
    def of(cls, texts: Iterable[str]) -> NameEvidence:
        """Evidence from some texts (spacing normalised)."""
        return cls(texts)

    @property
    def text(self) -> str:
        """The texts, each with its spacing normalised, one per line."""
        if self._joined is None:
            self._joined = " \n ".join(" ".join(text.split()) for text in self._texts)
        return self._joined

    def uses(self, phrase: str, *, times: int) -> bool:
        """True when ``phrase`` occurs at least ``times`` times inside one text, as whole words, case
        ignored (Unicode case folding) and spacing aside."""
        if self._folded is None:
            self._folded = self.text.casefold()
        folded, needle = self._folded, " ".join(phrase.split()).casefold()
        if not needle:
            return False
        found, start = 0, 0
        while found < times:
            at = folded.find(needle, start)
            if at < 0:
                return False
            end = at + len(needle)
            if not (at and _joins_a_word(folded[at - 1])) and not (
                end < len(folded) and _joins_a_word(folded[end])
            ):
                found, start = found + 1, end
            else:
                start = at + 1
        return True


def _joins_a_word(character: str) -> bool:
    """True for a character that would make a phrase part of a longer word: a letter, digit, ``_`` or
    ``-``."""
    return character.isalnum() or character in "_-"


def is_name_variant(
    old: str,
    new: str,
    deleted: list[tuple[int, int]],
    inserted: list[tuple[int, int]],
    evidence: NameEvidence,
) -> bool:
    """True when the edit (its deleted spans of ``old``, inserted spans of ``new``) writes a name out or
    shortens it (see the module docstring)."""
    if deleted and inserted:
        return _head_replacement(
            " ".join(old[a:b] for a, b in deleted), " ".join(new[a:b] for a, b in inserted), evidence
        ) or _names_the_described(old, new, deleted, inserted, evidence)
    spans, text = (inserted, new) if inserted else (deleted, old)
    if len(spans) != 1:
        return False
    start, end = spans[0]
    if _gives_an_acronym(text, start, end, evidence) or _names_its_noun(text, start, end, evidence):
        return True
    return any(_extends_a_name(text, a, b, evidence) for a, b in _equivalent_spans(text, start, end))


_MOST_SHIFTS = 40
"""How far (in characters, each way) an edit is slid to find the place where it writes a name out."""


def _equivalent_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The places an inserted (or deleted) span could stand with the same text around it: a word diff
    shows "Court of {+Justice of+} 19 July" for "Court {+of Justice+} of 19 July"; the name is seen at one of
    them.  The span itself first, then shifted left, then right."""
    places = [(start, end)]
    a, b = start, end
    while a > 0 and text[a - 1] == text[b - 1] and len(places) <= _MOST_SHIFTS:
        a, b = a - 1, b - 1
        places.append((a, b))
    a, b = start, end
    while b < len(text) and text[a] == text[b] and len(places) <= 2 * _MOST_SHIFTS:
        a, b = a + 1, b + 1
        places.append((a, b))
    return places


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _extends_a_name(text: str, start: int, end: int, evidence: NameEvidence) -> bool:
    span = text[start:end]
    words = _WORD.findall(span)
    if not words or not _punctuated_as_a_name(span, words):
        return False
    if not all(_name_word(word) or word in _NAME_JOINERS for word in words):
        return False
    if not any(_capitalised(word) for word in words):
        return False
    before = _WORD.findall(text[:start])
    after = _WORD.findall(text[end:])
    if _name_word(words[-1]) and words[0] not in ("and", "the") and before and _capitalised(before[-1]):
        head = _capitalised_run(reversed(before))[::-1]
        return evidence.uses(" ".join([*head, span.strip()]), times=2)
    if _capitalised(words[0]) and words[-1] not in _NAME_JOINERS and after and _capitalised(after[0]):
        tail = _capitalised_run(after)
        return evidence.uses(" ".join([span.strip(), *tail]), times=2)
    return False


_YEARS = re.compile(r"\b\d{4}\s*[\u2013-]\s*\d{4}\b")
"""A span of years in a name (``for the Decade 2024\u20132034``, ``2015\u20132030``), its dash no list's."""


def _punctuated_as_a_name(span: str, words: list[str]) -> bool:
    """True when the only punctuation of ``span`` is what a name holds: the dash of a span of years, and
    commas in a complement that the span opens (``for the Least Developed Countries, Landlocked Developing
    Countries and Small Island Developing States`` after ``Office of the High Representative``).  Other
    punctuation, or commas in words that do not open a complement (``, the World Bank and ...``), make a
    list, not a name."""
    rest = _WORD.sub("", _YEARS.sub("", span)).strip()
    if not rest:
        return True
    return set(rest.replace(" ", "")) == {","} and words[0] in _COMPLEMENT and span.lstrip()[:1].isalpha()


def _name_word(word: str) -> bool:
    """A word a name is made of besides its small joining words: capitalised, or a year's number."""
    return _capitalised(word) or (word.isdigit() and len(word) == 4)


def _capitalised_run(words: Iterable[str]) -> list[str]:
    """The leading capitalised words of ``words`` (a name's words next to the edit)."""
    run = []
    for word in words:
        if not _capitalised(word):
            break
        run.append(word)
    return run


def _head_replacement(deleted: str, inserted: str, evidence: NameEvidence) -> bool:
    old_words, new_words = _WORD.findall(deleted), _WORD.findall(inserted)
    if not old_words or not new_words or len(old_words) == len(new_words):
        return False
    short, long = (old_words, new_words) if len(old_words) < len(new_words) else (new_words, old_words)
    if len(short) == 1 and _ACRONYM.fullmatch(short[0]):
        return (
            _initials(long) == short[0].casefold()
            and evidence.uses(short[0], times=2)
            and evidence.uses(" ".join(long), times=2)
        )
    if len(short) > 2 or not _capitalised(short[0]) or short[-1].casefold() not in _heads(long):
        return False
    return evidence.uses(" ".join(long), times=2)


_COMPLEMENT = frozenset({"of", "on", "for"})
"""The words that open a name's complement: ``Congress on Crime Prevention``, ``Office of Legal Affairs``."""


def _heads(long: list[str]) -> set[str]:
    """The words a long name may be shortened to (case folded): its last word, and the capitalised word
    before its complement (``Congress`` of ``United Nations Congress on Crime Prevention``)."""
    heads = {long[-1].casefold()}
    opening = next((at for at, word in enumerate(long) if word in _COMPLEMENT), None)
    if opening and _capitalised(long[opening - 1]):
        heads.add(long[opening - 1].casefold())
    return heads


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,9}")
"""An acronym: three to ten capitals or digits (``OEWG``, ``UNCITRAL``, ``G20`` has too few)."""
_PARENTHESISED_ACRONYM = re.compile(rf"\s*\(({_ACRONYM.pattern})\)\s*")
_ACRONYM_REACH = 30
"""How many words before an acronym in parentheses its name may start."""


def _initials(words: Iterable[str]) -> str:
    """The initials of a name's words, hyphenated parts counted apart and its small words left out
    (``open-ended working group`` -> ``oewg``; ``Office for the Coordination of ...`` -> ``oc...``)."""
    parts = [part for word in words for part in word.split("-") if part]
    return "".join(part[0] for part in parts if part.casefold() not in _NAME_JOINERS).casefold()


def _gives_an_acronym(text: str, start: int, end: int, evidence: NameEvidence) -> bool:
    """True when the span is an acronym in parentheses (``(OEWG)``) whose letters are the initials of a run
    of the words before it (``open-ended working group``), and both the acronym and that run are used
    beyond this clause in the editions: words that only happen to spell it ("will have obligations (WHO)")
    are no name."""
    match = _PARENTHESISED_ACRONYM.fullmatch(text, start, end)
    if match is None or not evidence.uses(match.group(1), times=2):
        return False
    acronym = match.group(1).casefold()
    before = _WORD.findall(text[:start])[-_ACRONYM_REACH:]
    for first in range(len(before)):
        for last in range(first + 1, min(len(before), first + 2 * len(acronym) + 4) + 1):
            run = before[first:last]
            spelled = run[0].casefold() not in _NAME_JOINERS and _initials(run) == acronym
            # both editions hold the run here: a name is used beyond this clause
            if spelled and evidence.uses(" ".join(run), times=3):
                return True
    return False


_DEFINED_NAME = re.compile(
    r"\s*(?P<name>[a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,5})\s+\((?P<acronym>[A-Z][A-Z0-9]{1,9}(?:-\d+)?)\)\s*"
)
"""A name in lower-case words with its acronym in parentheses: ``coronavirus disease (COVID-19)``."""


def _names_its_noun(text: str, start: int, end: int, evidence: NameEvidence) -> bool:
    """True when the span is a name with its acronym (``coronavirus disease (COVID-19)``) set before a noun
    that the editions also write after the acronym alone: "the {+coronavirus disease (COVID-19)+}
    pandemic" where "the COVID-19 pandemic" is used too.  The same thing is named, not a new one; and the
    name with its acronym and that noun must be used beyond this clause (a lower-case name that only
    happens to be followed by letters in parentheses is no name)."""
    match = _DEFINED_NAME.fullmatch(text, start, end)
    following = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    if match is None or following is None or not following.group().islower():
        return False
    noun, acronym = following.group(), match.group("acronym")
    return evidence.uses(f"{acronym} {noun}", times=1) and evidence.uses(
        f"{match.group('name')} ({acronym}) {noun}", times=2
    )


def _names_the_described(
    old: str,
    new: str,
    deleted: list[tuple[int, int]],
    inserted: list[tuple[int, int]],
    evidence: NameEvidence,
) -> bool:
    """True when one word that points at a thing by its time (``new``, ``next``: the data file's
    ``time_pointers``) is
    replaced by the capitalised word that names it, or the reverse, before the rest of a name the editions
    use elsewhere: "the [-new-]{+Awaza+} Programme of Action for Landlocked Developing Countries", where
    "the Awaza Programme of Action for Landlocked Developing Countries" is used again.  The thing is the
    same; only the way it is called changed.  A descriptive word of substance ("regional" -> "Global")
    is not one of these, and stays a change of words; nor is a word before a common term of one capitalised
    word ("to assist [-new-]{+Member+} States": another actor)."""
    if len(deleted) != 1 or len(inserted) != 1:
        return False
    pointers = load_rules().time_pointers
    (a, b), (c, d) = deleted[0], inserted[0]
    for pointing, naming, text, end in ((old[a:b], new[c:d], new, d), (new[c:d], old[a:b], old, b)):
        words, name = _WORD.findall(pointing), _WORD.findall(naming)
        if len(words) != 1 or words[0].casefold() not in pointers or pointing.strip() != words[0]:
            continue
        if len(name) != 1 or naming.strip() != name[0] or not _capitalised(name[0]) or name[0].isupper():
            continue
        rest = _name_run(_WORD.findall(text[end:]))
        capitalised = [word for word in rest if _capitalised(word)]
        # a name's rest of two capitalised words at least: "new States" -> "Member States" is another actor
        if len(capitalised) >= 2 and evidence.uses(" ".join([name[0], *rest]), times=2):
            return True
    return False


def _name_run(words: list[str]) -> list[str]:
    """The words of a name at the start of ``words``: capitalised words and the small words between them,
    ending on a capitalised word (``Programme of Action for Landlocked Developing Countries``)."""
    run: list[str] = []
    for word in words:
        if not (_capitalised(word) or word in _NAME_JOINERS):
            break
        run.append(word)
    while run and not _capitalised(run[-1]):
        run.pop()
    return run if run and _capitalised(run[0]) else []
