"""The ``report`` basis: a citation that names the report an earlier member requested of the next session
("the report of the Secretary-General submitted in pursuance of resolution 78/77"), and the reports that are
not the series' own (another item's, a body's set up by the resolution, a clause of its own before the
connective)."""

from __future__ import annotations

import re

from versioning.series.subjects import names_subject_after_connective

_OWN = r"(?:(?:also|further|to|its|the|General|Assembly)\s+)*"
_PARAGRAPH_NUMBER = r"\d+(?:\s*\([a-z]+\))?"
_PARAGRAPH_OF = rf"(?:sub)?paragraphs?\s+{_PARAGRAPH_NUMBER}(?:\s+(?:and|to)\s+{_PARAGRAPH_NUMBER})?\s+of\s+"
_REPORT = re.compile(
    r"\b(?:reports?|working\s+papers?)\b[^;]{0,300}?\b(?:"
    r"requested\s+by\s+(?:the\s+)?(?:General\s+)?Assembly\s+in\s+|"
    rf"(?:in\s+pursuance\s+of|pursuant\s+to|on\s+the\s+implementation\s+of)\s+(?:{_PARAGRAPH_OF})?"
    rf"|(?:in\s+accordance\s+with|as\s+requested\s+in|requested\s+in|called\s+for\s+in)\s+{_PARAGRAPH_OF}"
    r"|(?:in\s+accordance\s+with|pursuant\s+to|in\s+response\s+to)\s+the\s+request\s+"
    r"(?:contained\s+|made\s+)?in\s+"
    rf"){_OWN}$",
    flags=re.IGNORECASE,
)
"""The report that a paragraph of an earlier member requested: ``submitted in pursuance of resolution
78/77``, ``in accordance with paragraph 5 of its resolution 63/128``, ``prepared in accordance with the
request contained in its resolution 78/190`` (a report "in accordance with" whole resolutions may follow any
resolution that bears on it), or the information "requested by the General Assembly in resolution 78/92" that
the Secretariat's working paper on the Territory holds (79/105); the reports of several sessions, each
requested by the member of its session: "the reports of the Secretary-General submitted pursuant to
resolutions 73/263, ... and 78/221".
The report may be named with its subject at length before the connective ("the reports of the Office of the
United Nations High Commissioner for Human Rights on the situation of human rights in the temporarily
occupied ..., submitted pursuant to")."""
_REPORT_SPAN = 600
"""How far before a list :data:`_REPORT` is looked for: its words span 300 characters and a connective, and
the search from every position of a long paragraph's text before each of its lists would be quadratic."""
_ANOTHER_HEAD = re.compile(
    r"\b(?i:established|created|set\s+up|convened|constituted|appointed)\s+"
    r"(?:(?i:by\s+(?:the\s+)?)(?:[A-Z][\w-]*\s+)+)?(?:[\w-]+\s+){0,2}$",
)
"""A body set up by the resolution cited stands between the report and the connective: ``the report adopted
by the Group of Governmental Experts established pursuant to General Assembly resolution 77/250``, ``the
report of the Group of Legal Experts established by the Secretary-General pursuant to its resolution 59/300``
(who set it up may be named).  The resolution set up the body; it did not request the report."""
_ANOTHER_CLAUSE = re.compile(r",\s+(?:in\s+which|whereby|and\s+(?:also\s+)?[a-z]+ing)\b")
"""A clause of its own between the report and the connective, which the connective then belongs to: "the
report of the Secretary-General, in which he describes the trust fund established pursuant to resolution
75/250", "the report ..., and noting the measures adopted pursuant to resolution 76/300"."""
_REPORT_SUBJECT = re.compile(r"\bon\s+(?P<subject>.+)$", flags=re.DOTALL)
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_COMMON_NAMES = frozenset(
    ("united", "nations", "general", "assembly", "secretary-general", "member", "states")
)
"""Capitalised words that name no subject of their own."""
_CONNECTIVE = re.compile(
    r"\b(?:in\s+pursuance\s+of|pursuant\s+to|on\s+the\s+implementation\s+of|in\s+accordance\s+with"
    r"|(?:as\s+)?requested\s+in|requested\s+by\s+(?:the\s+)?(?:General\s+)?Assembly\s+in|called\s+for\s+in)\b",
    flags=re.IGNORECASE,
)
"""The connectives of :data:`_REPORT`, between the report and the resolution."""


def _sets_up_a_body(report: str) -> bool:
    """The resolution after the report's connective set up a body the phrase names (see
    :data:`_ANOTHER_HEAD`), rather than requesting the report."""
    connectives = list(_CONNECTIVE.finditer(report))
    return bool(connectives) and bool(_ANOTHER_HEAD.search(report[: connectives[-1].start()]))


def _another_report(report: str, phrases: tuple[str, ...]) -> bool:
    """The words between the report and its connective show that the connective does not follow the report
    (:data:`_ANOTHER_CLAUSE`), or name the report's subject by a proper name that the series' title does not
    hold: "the reports of the Secretary-General on the situation of human rights in Myanmar, submitted
    pursuant to resolutions 76/180 and 77/227" are the Myanmar item's, whatever text recalls them.  A subject
    named in common words, or by names the title holds ("on the situation of human rights in the temporarily
    occupied Autonomous Republic of Crimea and the city of Sevastopol, Ukraine", a series renamed since), is
    the series' own."""
    connectives = list(_CONNECTIVE.finditer(report))
    named = report[: connectives[-1].start()] if connectives else report
    if _ANOTHER_CLAUSE.search(named):
        return True
    subject = _REPORT_SUBJECT.search(named)
    if subject is None or names_subject_after_connective(" " + subject.group(), phrases):
        return False
    own_words = {word.casefold() for phrase in phrases for word in re.findall(r"[\w'’-]+", phrase)}
    names = {word.casefold() for word in _NAME_WORD.findall(subject.group("subject"))} - _COMMON_NAMES
    return bool(names - own_words)


def requested_report(before: str, phrases: tuple[str, ...]) -> bool:
    """The words ``before`` a list of resolutions end by naming the report that the list's resolution
    requested (:data:`_REPORT`), one of the series whose subject ``phrases`` name."""
    report = _REPORT.search(before, max(0, len(before) - _REPORT_SPAN))
    if report is None:
        return False
    return not _sets_up_a_body(report.group()) and not _another_report(report.group(), phrases)


__all__ = ["requested_report"]
