"""General English word knowledge for mending extractor artefacts: how common a word is.

The source is ``wordfreq`` (a maintained package whose word lists ship inside its wheel, so it works
offline): the Zipf frequency of a word, the base-10 logarithm of its occurrences per billion words.  A
word of everyday English scores 4 to 7 ("general" 5.5), a rare but real word 2 to 3 ("counterterrorism"
2.9, "peacebuilding" 2.4), and a string no writer uses 0 ("biotracker", "tosecretariat").  wordfreq splits
text at hyphens, so it cannot attest a hyphenated compound; callers ask about the closed form and the
parts instead.
"""

from __future__ import annotations

import functools

# A word at or above this frequency is a common word of English ("gene" 4.4, "an" 6.5): two common words
# side by side are a phrase, never the two halves of one word split by an extractor.
COMMON = 3.0
# A closed form below this frequency is one that wordfreq does not list at all ("humanmade",
# "asylumseekers", "lowincome": its lists stop at about 1.0).  Any listed form is a word some writers
# write closed, however rare: real closed words ("workplan" 1.4, "shipmasters" 1.0, "stocktaking" 1.6,
# "peacebuilders" 1.3, "counterterrorism" 2.9) score like the extractor's glued compounds ("highlevel"
# 1.1, "crossborder" 1.5), so a listed form is never hyphenated on the lexicon's word alone; and an
# unlisted one only inside a hyphenated compound ("secretariat-tosecretariat"), never as a word on its own
# ("workstreams", which no list has yet).
UNKNOWN = 1.0

# Prefixes that form words written closed or hyphenated by house style, not by English ("subregional",
# "transboundary" and "antipersonnel" in UN usage beside "multi-stakeholder" and "non-State"): a glued
# word that opens with one gets a hyphen only where the document itself writes the hyphen.  Source: the
# prefixes of the hyphenation guide of The Chicago Manual of Style (17th ed., 7.89, section 3, "Words
# formed with prefixes"), which are closed by default and hyphenated by exception; wordfreq scores each
# of them as a common word in its own right, because it splits text at hyphens.
PREFIXES = frozenset(
    [
        "anti",
        "bio",
        "co",
        "counter",
        "cyber",
        "eco",
        "extra",
        "geo",
        "inter",
        "intra",
        "macro",
        "micro",
        "mid",
        "multi",
        "neo",
        "non",
        "over",
        "post",
        "pre",
        "pro",
        "re",
        "self",
        "semi",
        "socio",
        "sub",
        "super",
        "trans",
        "ultra",
        "un",
        "under",
    ]
)


@functools.cache
def frequency(word: str) -> float:
    """The Zipf frequency of ``word`` in English (0 for a string English does not use)."""
    # deferred: the word list takes a noticeable time to load and only some documents need it
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def is_common(word: str) -> bool:
    """A word of everyday English (single letters other than "a" and "I" are not words here: wordfreq counts
    the "s" and "d" of "it's" and "I'd")."""
    if len(word) < 2 and word.lower() not in ("a", "i"):
        return False
    return frequency(word) >= COMMON


def is_unknown(word: str) -> bool:
    """A string English does not use as a word (or hardly ever)."""
    return frequency(word) < UNKNOWN
