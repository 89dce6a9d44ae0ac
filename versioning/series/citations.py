"""Citations of earlier General Assembly resolutions in a preamble.

A member of a series cites its predecessors in one preambular paragraph::

    Referring further to its resolutions 64/256 of 2 March 2010, 65/122 of 13 December 2010 and 67/6 of
    19 November 2012 on cooperation between the United Nations and the Collective Security Treaty
    Organization and to its Declaration on ...

:func:`extract_citations` finds every ``resolution(s) N/M [of DATE]`` list in the preamble;  a citation is a
*series* citation when the words after its list name the citing document's own subject (``on cooperation
between ...``, its title), which keeps ``its resolution 59/50 of 2 December 2004, in which it granted ...
observer status`` out of the series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from versioning.model import Document
from versioning.parsing.dates import DATE_PATTERN, iso_date

_NUMBER = r"\d{1,3}/\d{1,4}"
_DATE = DATE_PATTERN.pattern.removeprefix(r"\b").removesuffix(r"\b")
_ITEM_PATTERN = re.compile(rf"(?P<number>{_NUMBER})(?:\s+of\s+(?P<date>{_DATE}))?")
_LIST_PATTERN = re.compile(
    rf"\bresolutions?\s+(?P<list>{_NUMBER}(?:\s+of\s+{_DATE})?(?:(?:,\s*|,?\s+and\s+){_NUMBER}(?:\s+of\s+{_DATE})?)*)"
)
_SUBJECT_WINDOW = 200
"""How many characters after a citation list are read for its subject (``on cooperation between ...``)."""


@dataclass(frozen=True, slots=True)
class Citation:
    """One resolution cited in a preambular paragraph.

    Attributes:
        number: the cited resolution's number (``"64/256"``).
        date: the adoption date the citation gives, in ISO form, or ``None`` when it gives none.
        clause: the id of the citing paragraph (``pp4``).
        same_subject: the citation names the citing document's own subject, so the cited resolution is an
            earlier member of its series.
    """

    number: str
    date: str | None
    clause: str
    same_subject: bool

    @property
    def symbol(self) -> str:
        """The cited resolution's symbol (``A/RES/64/256``)."""
        return f"A/RES/{self.number}"


def extract_citations(document: Document) -> tuple[Citation, ...]:
    """Every General Assembly resolution cited in the preamble of ``document``, in order of citation."""
    subject = subject_phrase(document.title)
    found: list[Citation] = []
    for paragraph in document.preamble:
        for paragraph_part in paragraph.walk():
            text = " ".join(paragraph_part.text.split())
            for listed in _LIST_PATTERN.finditer(text):
                following = text[listed.end() : listed.end() + _SUBJECT_WINDOW].casefold()
                same_subject = bool(subject) and following.lstrip(" ,").startswith(f"on {subject}")
                for item in _ITEM_PATTERN.finditer(listed.group("list")):
                    date = _iso(item.group("date")) if item.group("date") else None
                    found.append(Citation(item.group("number"), date, str(paragraph.id), same_subject))
    return tuple(found)


def series_citations(document: Document) -> tuple[Citation, ...]:
    """The citations of earlier members of the document's own series, each number once."""
    seen: set[str] = set()
    kept: list[Citation] = []
    for citation in extract_citations(document):
        if citation.same_subject and citation.number not in seen and citation.number != document.number:
            seen.add(citation.number)
            kept.append(citation)
    return tuple(kept)


def subject_phrase(title: str) -> str:
    """A title as a preamble names it after ``on``: case-folded, spaces collapsed."""
    return " ".join(title.split()).casefold()


def _iso(printed: str) -> str | None:
    match = DATE_PATTERN.search(printed)
    return iso_date(*match.groups()) if match else None
