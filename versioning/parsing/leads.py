"""Lead phrases: the opening words the official document sets in italics.

The lexicon (``versioning/data/leads.json``) is built from the italics of the corpus PDFs by
``scripts/build_lead_lexicon.py``; plain text has no italics, so the text parser recognises leads by it.  For
phrases the lexicon does not hold, a paragraph still starts where its first word has the form of a lead
(a participle or adjective for the preamble, a verb in the third person for operative paragraphs), and its
lead is then that first word with the adverb that follows it ("Noting also").
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

# Words that end like participles but are names ("Beijing Declaration"): never a lead.
_NOT_PARTICIPLES = frozenset(
    {"Beijing", "Nanjing", "Kunming", "Wyoming", "Reading", "Building", "Spring", "King", "Sterling"}
)
# Preambular leads that are adjectives or past participles, which the "-ing" rule cannot see.
_ADJECTIVE_LEADS = frozenset(
    [
        "Aware",
        "Mindful",
        "Conscious",
        "Cognizant",
        "Convinced",
        "Concerned",
        "Alarmed",
        "Determined",
        "Guided",
        "Encouraged",
        "Deeply",
        "Gravely",
        "Seriously",
        "Strongly",
        "Fully",
        "Desirous",
        "Reaffirming",
        "Emphasizing",
        "Bearing",
        "Taking",
        "Having",
        "Noting",
        "Also",
        "Further",
        "Disturbed",
        "Pleased",
        "Gratified",
        "Appalled",
        "Shocked",
        "Saddened",
        "Dismayed",
        "Acknowledging",
        "Believing",
        "Inspired",
        "Resolved",
        "Regretting",
        "Deploring",
        "Underlining",
        "Stressing",
    ]
)
# Operative verbs beyond the lexicon: the common ones of UN usage, used to start a paragraph only.
_OPERATIVE_VERBS = frozenset(
    [
        "Accepts",
        "Acknowledges",
        "Adopts",
        "Affirms",
        "Agrees",
        "Appeals",
        "Approves",
        "Authorizes",
        "Calls",
        "Commends",
        "Condemns",
        "Confirms",
        "Considers",
        "Decides",
        "Declares",
        "Demands",
        "Deplores",
        "Designates",
        "Determines",
        "Emphasizes",
        "Encourages",
        "Endorses",
        "Expresses",
        "Further",
        "Highlights",
        "Insists",
        "Invites",
        "Notes",
        "Proclaims",
        "Reaffirms",
        "Recalls",
        "Recognizes",
        "Recommends",
        "Regrets",
        "Reiterates",
        "Renews",
        "Requests",
        "Resolves",
        "Stresses",
        "Strongly",
        "Supports",
        "Takes",
        "Underlines",
        "Underscores",
        "Urges",
        "Welcomes",
        "Also",
        "Once",
        "Again",
    ]
)
_ADVERBS = ("also", "further", "again", "moreover", "once again", "further also")


@dataclass(frozen=True)
class Lexicon:
    """The known lead phrases, longest first within each part."""

    preamble: tuple[str, ...]
    operative: tuple[str, ...]

    def match(self, text: str, part: str) -> str | None:
        """The longest known lead of ``part`` (``preamble`` or ``operative``) that opens ``text``."""
        phrases = self.preamble if part == "preamble" else self.operative
        for phrase in phrases:
            if text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum()):
                return phrase
        return None

    def lead(self, text: str, part: str) -> str | None:
        """The lead of a paragraph: a known phrase, or the first word (with a following adverb) when that
        word has the form of a lead."""
        known = self.match(text, part)
        if known:
            return known
        first = _first_word(text)
        if not first or not _looks_like_lead(first, part):
            return None
        rest = text[len(first) :].lstrip()
        for adverb in sorted(_ADVERBS, key=len, reverse=True):
            if rest.startswith(adverb) and (len(rest) == len(adverb) or not rest[len(adverb)].isalnum()):
                return f"{first} {adverb}"
        return first

    def starts(self, text: str, part: str) -> bool:
        """True when ``text`` opens with a lead of ``part``.  A word of lead form followed by a capitalised
        word is part of a name ("Peacebuilding Commission"), not a lead."""
        if self.match(text, part):
            return True
        first = _first_word(text)
        if not first or not _looks_like_lead(first, part):
            return False
        following = text[len(first) :].lstrip()
        return not following[:1].isupper()


def _first_word(text: str) -> str:
    match = re.match(r"[A-Z][a-z]+\b", text)
    return match.group(0) if match else ""


def _looks_like_lead(word: str, part: str) -> bool:
    if part == "preamble":
        return word in _ADJECTIVE_LEADS or (
            word.endswith("ing") and word not in _NOT_PARTICIPLES and len(word) > 5
        )
    return word in _OPERATIVE_VERBS


@functools.cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package (``versioning/data/leads.json``)."""
    data = json.loads(
        resources.files("versioning").joinpath("data", "leads.json").read_text(encoding="utf-8")
    )
    preamble = sorted(set(data.get("preamble", [])), key=lambda p: (-len(p), p))
    operative = sorted(set(data.get("operative", [])), key=lambda p: (-len(p), p))
    return Lexicon(tuple(preamble), tuple(operative))
