"""Joining the lines of a paragraph into one line of text, undoing extractor artefacts.

The rules are the same for every extractor, so that three extractions of one PDF give one text:

* a line ending in a hyphen or dash joins the next without a space, the hyphen kept ("human-" + "made"
  -> "human-made": UN texts do not hyphenate words at line ends, so a final hyphen is a real one);
* a line ending in a slash after a letter joins the next without a space ("systems/" + "programmes" ->
  "systems/programmes", A/C.3/80/L.12: UN texts print no space around a slash between words);
* a space before a hyphen or dash that has none after it is an artefact ("Secretary -General",
  "2021 -2025") and goes;
* a comma directly followed by a word gets its space back ("2019,75/276" -> "2019, 75/276"), except in
  numbers ("1,000");
* a range of numbers has no space around its dash ("2021 – 2025" -> "2021–2025");
* runs of spaces collapse to one.
"""

from __future__ import annotations

import re

_SPACE_BEFORE_DASH = re.compile(r"(\w) +([-\u2013\u2014])(?=\w)")
_COMMA_GLUED = re.compile(r",(?=[^\s,”’\")\]])")
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_SPACES = re.compile(r"\s+")
_RANGE_DASH = re.compile(r"(\d) ?\u2013 ?(\d)")
# A line ending in a hyphen or dash (not a spaced dash), or in a slash after a letter, joins the next as is.
_ENDS_JOINED = re.compile(r"(?:(?<! )[\u2013\u2014]|-|[^\W\d_]/)$")


def join_lines(lines: list[str]) -> str:
    """Join extracted lines into one normalised line of text."""
    text = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith(" -"):  # "human -" + "made": the space is the artefact
            text = text[:-2] + "-" + line
        elif _ENDS_JOINED.search(text[-2:]):  # "human-" + "made", "systems/" + "programmes"
            text += line
        else:
            text += " " + line
    return normalise_spacing(text)


def normalise_spacing(text: str) -> str:
    """Collapse spaces and undo the spacing artefacts listed in the module docstring."""
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_DASH.sub(r"\1\2", text)
    text = _RANGE_DASH.sub("\\1\u2013\\2", text)
    return _COMMA_GLUED.sub(lambda match: _comma(text, match.start()), text)


def _comma(text: str, position: int) -> str:
    """A glued comma gets a space, unless it separates thousands in a number."""
    return "," if position > 0 and _THOUSANDS.match(text, position - 1) else ", "
