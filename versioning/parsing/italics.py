"""Leads from a PDF's own italics: where the official text shows which words it sets in italics, the
document's leads are those words, not the grammar's guess (``leads``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from versioning.model import Document, Paragraph

# How many italic openings a paragraph may skip to find its own: other italics stand between leads (the
# words "The General Assembly", a title in italics at the start of a line, a footnote's Latin).
_LOOKAHEAD = 6


def with_italic_leads(document: Document, openings: Sequence[str]) -> Document:
    """``document`` with the lead of each preambular and operative paragraph taken from ``openings`` (the
    italic runs that open printed lines, in reading order, as ``pdf.italic_openings`` reads them).

    Paragraphs are matched to openings in order: a paragraph's lead is the first of the next few openings
    that its text starts with.  A paragraph whose italics are not found keeps the grammar's lead."""
    position = 0

    def mend(paragraph: Paragraph) -> Paragraph:
        nonlocal position
        for index in range(position, min(position + _LOOKAHEAD, len(openings))):
            phrase = openings[index]
            if _opens(paragraph.text, phrase):
                position = index + 1
                return dataclasses.replace(paragraph, lead=phrase)
        return paragraph

    preamble = tuple(mend(paragraph) for paragraph in document.preamble)
    operative = tuple(mend(paragraph) for paragraph in document.operative)
    return dataclasses.replace(document, preamble=preamble, operative=operative)


def _opens(text: str, phrase: str) -> bool:
    return text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum())
