"""Lead-phrase shifts: is the new opening phrase of a paragraph stronger, weaker or the same?

The scale is data, in ``versioning/data/lead_scale.json``, with its sources named there.  A lead is placed
on its section's scale by its longest listed prefix, after neutral modifiers (``also``, ``further``) are
removed; an intensifier (``Strongly urges``) adds its step, and so does an adjective that intensifies the
attitude inside the phrase (``Expressing grave concern``).  A head said again with a hyphen
(``Re-emphasizes``) stands where its head does, as ``Reaffirms`` stands with ``Affirms``.  Two leads at
the same level are ``same``; a lead the scale does not know gives ``unknown``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from versioning.diff.changes import LeadShift
from versioning.parsing.leads import said_once

SCALE_FILE = "lead_scale.json"


@dataclass(frozen=True, slots=True)
class LeadScale:
    """The scale of one section: level by lower-cased phrase, plus the modifiers, and the words any of them
    can start with."""

    levels: dict[str, float]
    neutral: tuple[str, ...]
    intensifiers: dict[str, float]
    openers: frozenset[str]
    attitude_intensifiers: dict[str, float]
    enders: frozenset[str] = frozenset()

    def level_of(self, lead: str) -> float | None:
        """The level of a lead on this scale, or ``None`` when the scale does not know it."""
        words, bonus = self.core(_words(lead))
        for end in range(len(words), 0, -1):
            level = self.levels.get(" ".join(words[:end]))
            if level is not None:
                return level + bonus
        return None

    def core(self, words: list[str]) -> tuple[list[str], float]:
        """The words of a lead without its modifiers, and the step its intensifiers add."""
        words = list(words)
        bonus = 0.0
        while words and words[0] in self.intensifiers:
            bonus += self.intensifiers[words.pop(0)]
        if words:
            words[0] = said_once(words[0])
        if len(words) > 1:
            bonus += sum(self.attitude_intensifiers.get(word, 0.0) for word in words[1:])
            words = words[:1] + [word for word in words[1:] if word not in self.attitude_intensifiers]
        text = " " + " ".join(words) + " "
        for modifier in self.neutral:
            text = text.replace(f" {modifier} ", " ")
        return text.split(), bonus

    def phrases(self) -> list[str]:
        """The listed phrases, lower-cased, longest first."""
        return sorted(self.levels, key=len, reverse=True)


_LEAD_WORD = re.compile(r"[\w'-]+")


def lead_words(text: str) -> list[str]:
    """The lower-cased words of a lead phrase."""
    lowered = text.lower()
    if lowered.isalpha():
        return [lowered]  # one plain word (most are): the pattern would find it whole
    return _LEAD_WORD.findall(lowered)


_words = lead_words


@functools.cache
def load_scale(section: str) -> LeadScale:
    """The scale of ``section`` (``"operative"`` or ``"preamble"``) from the shipped data file."""
    raw: dict[str, Any] = json.loads(
        resources.files("versioning").joinpath("data", SCALE_FILE).read_text(encoding="utf-8")
    )
    key = "operative" if section == "operative" else "preambular"
    levels = {" ".join(_words(phrase)): float(row["level"]) for row in raw[key] for phrase in row["phrases"]}
    # longest first: "once again" must go whole before "again" would leave its "once" in the core
    neutral = tuple(
        sorted(raw["neutral_modifiers"], key=lambda modifier: len(modifier.split()), reverse=True)
    )
    intensifiers = dict(raw["intensifiers"])
    openers = {phrase.split()[0] for phrase in levels} | {m.split()[0] for m in (*neutral, *intensifiers)}
    attitude = {word: float(step) for word, step in raw.get("attitude_intensifiers", {}).items()}
    # A phrase of the text can be a listed one only if its last word ends a listed phrase or is a
    # modifier (which the core drops): any other last word would stay last in the core.
    enders = {phrase.split()[-1] for phrase in levels}
    enders |= {word for modifier in (*neutral, *intensifiers, *attitude) for word in modifier.split()}
    return LeadScale(levels, neutral, intensifiers, frozenset(openers), attitude, frozenset(enders))


def compare_leads(old: str | None, new: str | None, section: str) -> LeadShift:
    """The shift from ``old`` to ``new`` on the scale of ``section``."""
    if old is None or new is None:
        return LeadShift(old, new, "unknown")
    scale = load_scale(section)
    old_level, new_level = scale.level_of(old), scale.level_of(new)
    if old_level is None or new_level is None:
        shift = "same" if _words(old) == _words(new) else "unknown"
    elif new_level > old_level:
        shift = "stronger"
    elif new_level < old_level:
        shift = "weaker"
    else:
        shift = "same"
    return LeadShift(old, new, shift)


_OPENING_WORDS = re.compile(r"\S+")


def detect_lead(text: str, section: str) -> str | None:
    """The opening phrase of ``text`` when it is on the scale (for paragraphs whose parser gave no lead):
    the text's own words, as long as the longest listed phrase they start with."""
    scale = load_scale(section)
    words = _OPENING_WORDS.findall(text[:200])[:8]
    first = _words(words[0]) if words else []
    if not first or said_once(first[0]) not in scale.openers:
        return None  # a quick no: no listed phrase or modifier starts with this word
    lowered = [_words(word) for word in words]  # each word's own, so a candidate is a slice of them
    for count in range(len(words), 0, -1):
        if words[count - 1][-1] in ",;:":
            continue
        last = lowered[count - 1]
        if last and said_once(last[-1]) not in scale.enders:
            continue  # a quick no: this word would end the core, and no listed phrase ends with it
        core, _ = scale.core([part for word in lowered[:count] for part in word])
        if core and " ".join(core) in scale.levels:
            return " ".join(words[:count])
    return None
