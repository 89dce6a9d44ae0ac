"""Lead phrases: the opening words the official document sets in italics.

Plain text has no italics, so the text parser finds the lead by the grammar of General Assembly
paragraphs (``versioning/data/lead_phrases.json``, from the United Nations Editorial Manual's lists):

* optional adverbs from a closed class ("Also", "Further", "Once again", "Strongly", "Deeply", ...);
* a head word: in the preamble a participle ("Recalling", "Having considered") or an adjective from the
  Manual's list ("Aware", "Deeply concerned"); in the operative part a verb in the third person
  ("Requests", "Calls upon");
* the continuations that belong to the phrase: adverbs after the head ("Noting also", "Emphasizes once
  again"), an attitude after "with" ("Notes with grave concern"), the attitude object of a verb of
  expression ("Expresses its appreciation", "Reiterates its call for"), fixed words ("Bearing in mind",
  "Takes note", "Pays tribute"), and a second verb joined by "and" ("Welcomes and encourages").

A PDF carries the italics themselves; the PDF path reads them (``italics``) and uses this grammar only
where a paragraph's italics cannot be read.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

# Words that end like participles but are names ("Beijing Declaration"): never a lead.
_NOT_PARTICIPLES = frozenset(
    {"Beijing", "Nanjing", "Kunming", "Wyoming", "Reading", "Building", "Spring", "King", "Sterling"}
)
# Past participles without "-ed" that follow "Having" ("Having heard").
_IRREGULAR_PARTICIPLES = frozenset({"heard", "seen", "taken", "given", "made", "held", "undertaken", "been"})
_WORD = re.compile(r"(?:[Rr]e-)?[A-Za-z]+")
_AGAIN = "re-"
"""The prefix of a head said again with a hyphen ("Re-emphasizes", "Re-emphasizing"): the phrase is its
head's, as "Reaffirms" is "Affirms" said again, written as one word."""


def said_once(word: str) -> str:
    """A head without the hyphenated prefix that says it again, in the letter case it has
    (``Re-emphasizes`` -> ``emphasizes``, ``re-emphasizes`` -> ``emphasizes``); any other word as it
    is.  The diff's lead scale reads heads the same way (:mod:`versioning.diff.leads`)."""
    again = word[: len(_AGAIN)].casefold() == _AGAIN and len(word) > len(_AGAIN)
    return word[len(_AGAIN) :] if again else word


@dataclass(frozen=True)
class Lexicon:
    """The grammar of lead phrases (see the module docstring) and the Manual's phrase lists."""

    preamble: tuple[str, ...]
    operative: tuple[str, ...]
    adverbs: tuple[str, ...]
    following_adverbs: tuple[str, ...]
    object_heads: frozenset[str]
    attitude_nouns: frozenset[str]
    attitude_adjectives: frozenset[str]
    determiners: frozenset[str]
    fixed: dict[str, tuple[str, ...]]
    particles: dict[str, tuple[str, ...]]

    def match(self, text: str, part: str) -> str | None:
        """The longest phrase of the Manual's list for ``part`` (``preamble`` or ``operative``) that opens
        ``text``."""
        for phrase in self._by_first_character[part == "preamble"].get(text[:1], ()):
            if _opens(text, phrase):
                return phrase
        return None

    @functools.cached_property
    def _by_first_character(self) -> dict[bool, dict[str, tuple[str, ...]]]:
        """The phrases of the preamble's list (``True``) and the operative part's, by their first character,
        each group in the list's order (longest first): only those can open a text."""
        index: dict[bool, dict[str, tuple[str, ...]]] = {}
        for preamble, phrases in ((True, self.preamble), (False, self.operative)):
            groups: dict[str, list[str]] = {}
            for phrase in phrases:
                groups.setdefault(phrase[:1], []).append(phrase)
            index[preamble] = {first: tuple(group) for first, group in groups.items()}
        return index

    def lead(self, text: str, part: str) -> str | None:
        """The lead of a paragraph of ``part``: the longer of the grammar's phrase and the list's."""
        words = _opening_words(text)
        found = self._parse(words, part, open_class=True)
        listed = self.match(text, part)
        if listed and (found is None or len(listed) > len(found)):
            return listed
        return found

    def starts(self, text: str, part: str) -> bool:
        """True when ``text`` opens with a lead of ``part``.  A lone head word outside the lists followed by
        a capitalised word is part of a name ("Peacebuilding Commission"), not a lead.  A clause opens with
        a capital letter: a line in lower case that begins with a lead's words continues the clause above
        it ("... of 27 April 2016, / further recalling the adoption of ...", A/RES/79/92)."""
        if not text[:1].isupper():
            return False
        lead = self._parse(_opening_words(text), part, open_class=part == "preamble") or self.match(
            text, part
        )
        if lead is None:
            return False
        listed = self.preamble if part == "preamble" else self.operative
        if " " in lead or any(phrase.split()[0] == lead for phrase in listed):
            return True
        following = text[len(lead) :].lstrip()
        if part == "preamble" and self._participle_of_listed_verb(lead):
            # "Encouraging Member States ...": the verb of "Encourages", not a name; but a longer run of
            # capitalised words is one name that goes on from the line above ("..., the Department of
            # Economic and Social Affairs, / Supporting Member States' Capacities Programme and ...")
            return _capitalised_run(following) <= _OBJECT_NAME_WORDS
        return not following[:1].isupper()

    def _participle_of_listed_verb(self, word: str) -> bool:
        """True when ``word`` is the participle of a verb that heads a phrase of the operative list
        ("Encouraging" beside "Encourages", "Urging" beside "Urges"); a noun in "-ing" that opens a name
        ("Peacebuilding Commission") has no such verb."""
        return word.endswith("ing") and any(
            stem + ending in self._operative_heads for stem in _stems(word) for ending in ("s", "es")
        )

    @functools.cached_property
    def _operative_heads(self) -> frozenset[str]:
        return frozenset(phrase.split()[0] for phrase in self.operative)

    def listed_lead(self, text: str, part: str) -> str | None:
        """The lead of a sub-paragraph: a phrase of the list, alone or after adverbs ("(c) Also encourages
        ..." beside "(b) Encourages ...").  The open grammar is not enough there: "(b) Measures to ..."
        opens with a plural noun, "(a) Taking effective measures" is an item of a list; an item in lower case
        goes on with its chapeau's sentence ("(a) also requests ..."), and has none."""
        if not text[:1].isupper():
            return None
        listed = self.match(text, part)
        words = _opening_words(text)
        position = 0
        while (adverb := self._take(words, position, self.adverbs, capital=position == 0)) is not None:
            position += adverb
        prefix = " ".join(words[:position])
        if listed or not prefix or not text.startswith(prefix + " "):
            return listed
        rest = text[len(prefix) + 1 :]
        after = self.match(rest[:1].upper() + rest[1:], part)
        return f"{prefix} {rest[: len(after)]}" if after else None

    def _parse(self, words: list[str], part: str, *, open_class: bool) -> str | None:
        """The lead at the start of ``words``.  With ``open_class``, any participle (preamble) or verb in
        the third person (operative) is a head; without it (deciding where a paragraph starts), only the
        heads of the lists are, since "States, ..." opens many a line."""
        position = 0
        while True:  # leading adverbs ("Also", "Once again", "Further also")
            adverb = self._take(words, position, self.adverbs, capital=position == 0)
            if adverb is None:
                break
            position += adverb
        if position >= len(words) or not self._is_head(
            words[position], part, first=position == 0, open_class=open_class or position > 0
        ):
            return None
        head = words[position]
        position = self._continue(words, position + 1, head, part)
        return " ".join(words[:position])

    def _continue(self, words: list[str], position: int, head: str, part: str) -> int:
        """The position after the continuations of ``head`` that start at ``position``."""
        lemma = self._lemma(head)
        if head == "Having":  # "Having considered", "Having also considered", "Having further examined"
            after = position + (self._take(words, position, self.following_adverbs) or 0)
            if after < len(words) and _is_past_participle(words[after]):
                position = self._continue(words, after + 1, words[after], part)
        fixed_taken = self._fixed(words, position, lemma)
        position += fixed_taken
        while True:
            length = self._following_adverb(words, position)
            if length is not None and not fixed_taken:
                # the fixed words after an adverb are the phrase's still ("Calls once again upon",
                # "Bearing also in mind")
                fixed_taken = self._fixed(words, position + length, lemma)
                length += fixed_taken
            if length is None:
                length = self._attitude(words, position, lemma)
            if length is not None:
                position += length
            elif (
                position + 1 < len(words)
                and words[position] == "and"
                and self._is_head(words[position + 1].capitalize(), part, first=False, open_class=False)
            ):
                position = self._continue(words, position + 2, words[position + 1].capitalize(), part)
            else:
                return position

    def _fixed(self, words: list[str], position: int, lemma: str | None) -> int:
        """The number of words of the head's fixed continuation at ``position`` ("upon" after "Calls",
        "in mind" after "Bearing", "to" and its verb after "Continues"), 0 when there is none."""
        for fixed in self.fixed.get(lemma or "", ()):
            length = self._take(words, position, (fixed,))
            if length:
                if fixed == "to" and position + length < len(words):  # "Continues to welcome"
                    length += 1
                return length
        return 0

    def _following_adverb(self, words: list[str], position: int) -> int | None:
        """The length of an adverb after the head ("also", "once again"); "further" only where it is no
        adjective ("Encourages further research")."""
        length = self._take(words, position, self.following_adverbs)
        if length is None or (words[position] == "further" and not _ends_phrase(words, position + length)):
            return None
        return length

    def _attitude(self, words: list[str], position: int, lemma: str | None) -> int | None:
        """The length of "with grave concern" (after any head), of "its deep concern" (after a verb of
        expression) or "the hope" (after "express" only), at ``position``."""
        start = position
        if position < len(words) and words[position] == "with":
            position += 1
        elif lemma not in self.object_heads:
            return None
        elif position < len(words) and words[position] in self.determiners:
            if words[position] == "the" and lemma != "Express":
                return None
            position += 1
        while position < len(words) and _listed_form(words[position], self.attitude_adjectives, "est", "st"):
            position += 1
        noun = _listed_form(words[position], self.attitude_nouns, "s") if position < len(words) else None
        if noun is None:
            return None
        position += 1
        if position < len(words) and words[position] in self.particles.get(noun, ()):
            position += 1
        return position - start

    def _take(
        self, words: list[str], position: int, phrases: tuple[str, ...], *, capital: bool = False
    ) -> int | None:
        """The number of words of the longest of ``phrases`` found at ``position``."""
        for phrase in sorted(phrases, key=len, reverse=True):
            wanted = phrase.split()
            found = words[position : position + len(wanted)]
            if capital:
                found = [word.capitalize() if index == 0 else word for index, word in enumerate(found)]
            if found == wanted:
                return len(wanted)
        return None

    def _is_head(self, word: str, part: str, *, first: bool, open_class: bool) -> bool:
        if not word[:1].isupper() and first:
            return False
        word = word[:1].upper() + word[1:]
        if said_once(word) != word:
            return self._is_head(said_once(word), part, first=False, open_class=open_class)
        listed = self.preamble if part == "preamble" else self.operative
        if any(phrase.split()[0] == word for phrase in listed):
            return True
        # a verb with a fixed continuation ("Takes note", "Taking note") heads a preambular phrase only as a
        # participle: "Takes note of ...;" after a recital opens the operative part (A/RES/79/258, sec. XXIV)
        if self._lemma(word) in self.fixed and (part != "preamble" or word.endswith("ing")):
            return True
        if not open_class:
            return False
        if part == "preamble":
            return word.endswith("ing") and len(word) > 5 and word not in _NOT_PARTICIPLES
        return (
            word.endswith("s") and not word.endswith("ss") and len(word) > 3 and self._lemma(word) is not None
        )

    def _lemma(self, word: str) -> str | None:
        """The base form of a head word among the grammar's verbs ("Expresses", "Expressing" -> "Express";
        "Re-expresses" too)."""
        word = said_once(word)
        word = word[:1].upper() + word[1:]
        known = self.object_heads | self.fixed.keys()
        for stem in _stems(word):
            if stem in known:
                return stem
        # any other verb in the third person: its stem, which only the checks above compare
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
        return None


def _listed_form(word: str, listed: frozenset[str] | set[str], *endings: str) -> str | None:
    """``word`` as the grammar lists it: itself, or its base without one of ``endings`` -- a superlative
    of a listed adjective ("gravest"), a plural of a listed noun ("Expressing gravest concerns about",
    A/80/L.23)."""
    if word in listed:
        return word
    for ending in endings:
        if word.endswith(ending) and word[: -len(ending)] in listed:
            return word[: -len(ending)]
    return None


# "further" after a head is an adverb of the phrase before these words and before a name ("Noting further
# that", "Recalling further General Assembly resolution"), but an adjective before a noun ("Encourages
# further research").
_FUNCTION_WORDS = frozenset(
    {"that", "the", "its", "their", "his", "her", "to", "with", "a", "an", "in", "on", "for", "all", "of",
     "at", "about", "by", "from", "upon"}
)  # fmt: skip
# (a preposition after "further" shows it to be no adjective: "Expressing grave concern further about the
# ... conditions", A/C.4/80/L.16)


# A number where the opening words stop ("resolution 78/257", "Article 73"): it never matches a word of
# the grammar, and after a noun it shows the noun to be a numbered reference.
_NUMBER = "#"


def _ends_phrase(words: list[str], position: int) -> bool:
    """True when "further" before ``position`` is an adverb of the phrase: before a function word, a name,
    or a noun with its number ("Recalling further resolution 78/257": "further" is no adjective of a
    document cited by its symbol, which would take an article, "a further resolution")."""
    return (
        position >= len(words)
        or words[position] in _FUNCTION_WORDS
        or words[position][:1].isupper()
        or (position + 1 < len(words) and words[position + 1] == _NUMBER)
    )


def _stems(word: str) -> list[str]:
    if word.endswith("ing"):
        return [word[:-3], word[:-3] + "e"]
    if word.endswith("es"):
        return [word[:-2], word[:-1]]
    if word.endswith("s"):
        return [word[:-1]]
    return [word]


def _is_past_participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def _opens(text: str, phrase: str) -> bool:
    return text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum())


_OBJECT_NAME_WORDS = 2
"""The most capitalised words a participle's object may open with ("Member States", "United Nations") for
the participle to open a recital rather than go on with a name."""


def _capitalised_run(text: str) -> int:
    """How many capitalised words open ``text``."""
    count = 0
    for word in text.split():
        if not word[:1].isupper():
            break
        count += 1
    return count


def _opening_words(text: str) -> list[str]:
    """The words that open ``text``, up to the first punctuation mark or number (a number is kept as
    ``_NUMBER``)."""
    words: list[str] = []
    for token in text.split()[:12]:
        match = _WORD.fullmatch(token)
        if match is None and token[:1].isdigit():
            words.append(_NUMBER)
            break
        if match is None:
            stripped = _WORD.match(token)
            if stripped and stripped.end() == len(token.rstrip(",;:.")):
                words.append(stripped.group(0))
            break
        words.append(token)
    return words


@functools.cache
def load_lexicon() -> Lexicon:
    """The grammar shipped with the package (``versioning/data/lead_phrases.json``)."""
    data: dict[str, Any] = json.loads(
        resources.files("versioning").joinpath("data", "lead_phrases.json").read_text(encoding="utf-8")
    )
    return Lexicon(
        preamble=tuple(sorted(set(data["preamble"]), key=lambda p: (-len(p), p))),
        operative=tuple(sorted(set(data["operative"]), key=lambda p: (-len(p), p))),
        adverbs=tuple(data["adverbs"]),
        following_adverbs=tuple(data["following_adverbs"]),
        object_heads=frozenset(data["object_heads"]),
        attitude_nouns=frozenset(data["attitude_nouns"]),
        attitude_adjectives=frozenset(data["attitude_adjectives"]),
        determiners=frozenset(data["determiners"]),
        fixed={head: tuple(words) for head, words in data["fixed_continuations"].items()},
        particles={noun: tuple(words) for noun, words in data["particles_after_noun"].items()},
    )
