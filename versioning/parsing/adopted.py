"""A text the resolution adopts in its own body: "Adopts the following outcome document ...:" followed by
the document itself (its title, its own preamble "We, the Heads of State and Government ...", headings and
numbered paragraphs), down to the closing line.

The signal is the grammar of the adopting paragraph: an operative lead followed by "the following", a
sentence that ends with a colon, and after it neither a lettered clause nor a numbered paragraph of the
resolution but a text of its own.
"""

from __future__ import annotations

import re

from versioning.parsing.leads import Lexicon
from versioning.parsing.lines import Line

_NUMBER_PREFIX = re.compile(r"^\d{1,3}\.\s*")
_LABELLED = re.compile(r"^\([a-z]{1,2}\)")
_NUMBERED = re.compile(r"^\d{1,3}\.(?:\s|$)")
_MAX_ADOPTING_LINES = 10
"""How many lines the adopting paragraph may run to before its colon."""


def split_adopted_text(lines: list[Line], lexicon: Lexicon) -> tuple[list[Line], list[Line] | None]:
    """Split the body at the colon of an adopting paragraph ("Adopts the following ...:") when a text of
    its own follows.  Returns the resolution's lines (to the colon) and the adopted text's lines, or the
    lines unchanged and ``None``."""
    content = [index for index, line in enumerate(lines) if line.text and not line.is_page_break]
    for position, index in enumerate(content):
        text = _NUMBER_PREFIX.sub("", lines[index].text)
        lead = lexicon.match(text, "operative")
        if lead is None or not text[len(lead) :].startswith(" the following"):
            continue
        for end in content[position : position + _MAX_ADOPTING_LINES]:
            if end != index and _NUMBERED.match(lines[end].text):
                break
            if lines[end].text.endswith(":"):
                following = next((lines[i].text for i in content if i > end), "")
                if following and not _LABELLED.match(following) and not _NUMBERED.match(following):
                    return lines[: end + 1], lines[end + 1 :]
                break
    return lines, None
