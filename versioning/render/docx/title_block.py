"""The lines above a resolution's first clause, and the closing line after its last, as the official
document prints them: symbol, distribution, agenda items, adoption, title, "The General Assembly,"."""

from __future__ import annotations

import datetime as _dt

from versioning.model import Document

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(iso: str) -> str:
    """``2012-11-19`` -> ``19 November 2012`` (the UN's form)."""
    day = _dt.date.fromisoformat(iso)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def agenda_line(items: tuple[str, ...]) -> str | None:
    """``Agenda item 121 (f)``, ``Agenda items 14 and 120``, ``Agenda items 1, 2 and 3``."""
    if not items:
        return None
    if len(items) == 1:
        return f"Agenda item {items[0]}"
    return f"Agenda items {', '.join(items[:-1])} and {items[-1]}"


def header_lines(document: Document) -> list[str]:
    """The distribution, committee (of a draft) and agenda lines below the symbol (the symbol is written
    apart, with its note)."""
    lines = [f"Distr.: {document.distribution.level}"]
    if document.distribution.date:
        lines.append(long_date(document.distribution.date))
    if document.committee and not document.adopted:  # a Main Committee's draft names its committee
        lines.append(document.committee)
    agenda = agenda_line(document.agenda_items)
    if agenda:
        lines.append(agenda)
    return lines


def adoption_lines(document: Document) -> list[str]:
    """``Resolution adopted by the General Assembly on ...`` and its bracketed origin, for a resolution;
    the sponsors line for a draft."""
    lines = []
    if document.adopted:
        lines.append(f"Resolution adopted by the General Assembly on {long_date(document.adopted)}")
        pinpoint = document.report.paragraph if document.report is not None else None
        paragraph = f", para. {pinpoint}" if pinpoint else ""
        if document.report is not None and document.committee:
            lines.append(f"[on the report of the {document.committee} ({document.report.symbol}{paragraph})]")
        elif document.draft is not None:
            lines.append(f"[without reference to a Main Committee ({document.draft})]")
        elif document.report is not None:  # another body's report (the Credentials Committee's)
            lines.append(f"[without reference to a Main Committee ({document.report.symbol}{paragraph})]")
    elif document.sponsors:
        names = list(document.sponsors)
        joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        lines.append(f"{joined}: draft resolution")
    return lines


def title_line(document: Document) -> str:
    """``67/6. Cooperation between ...`` (a draft's title has no number)."""
    return f"{document.number}. {document.title}" if document.number else document.title


def closing_lines(document: Document) -> list[str]:
    """``39th plenary meeting`` and the date of adoption, when the document prints them."""
    if not document.meeting:
        return []
    return [document.meeting, *([long_date(document.adopted)] if document.adopted else [])]
