"""The closing lines of a resolution ("39th plenary meeting" and its date) and its annexes: the texts it
adopts or sets out after them, each with its title, its unnumbered opening blocks and numbered paragraphs,
and its sections (I, II, ...) numbered afresh."""

from __future__ import annotations

import re
from dataclasses import dataclass

from versioning.identifiers import ClauseId
from versioning.model import Part
from versioning.parsing.account import Account
from versioning.parsing.articles import Article, split_articles
from versioning.parsing.body import BodyReader
from versioning.parsing.citations import take_markers
from versioning.parsing.dates import LOOSE_DATE_PATTERN, iso_date
from versioning.parsing.divisions import split_sections
from versioning.parsing.draft_paragraphs import DraftParagraph
from versioning.parsing.leads import Lexicon
from versioning.parsing.lines import Line
from versioning.parsing.tables import is_cell, is_table
from versioning.parsing.textjoin import join_lines

NUMBERED = re.compile(r"^\d{1,3}\.(?:\s|$)")
"""A line that opens a numbered paragraph ("12." alone, or "12. Decides ...")."""
_ENDS_PARAGRAPH = (".", ",", ";", ":")
_MEETING = re.compile(r"^(\d+(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting)$")
_ANNEX = re.compile(r"^(Annex(?: [IVXL]+)?)\*{0,3}$")  # "Annex*": a note on the annex


@dataclass
class AnnexReading:
    """An annex read: its label (``None`` for a text adopted in the body), its title, its paragraphs
    grouped by the division of the annex they stand in (``()`` for the annex itself, ``("secII",)``), and
    the records of those divisions."""

    label: str | None
    title: str | None
    groups: list[tuple[tuple[str, ...], list[DraftParagraph]]]
    parts: list[Part]
    title_lines: list[int]


def read_annex(label: str | None, lines: list[Line], lexicon: Lexicon, index: int) -> AnnexReading:
    """An annex: its title, unnumbered opening blocks and numbered paragraphs, and its sections (I, II,
    ...) when their paragraphs are numbered afresh."""
    scope = ClauseId.in_annex(index, 1).scope
    lead, *sections = split_sections(lines, scope, lexicon)
    articles = split_articles(lead.lines)
    opening, articles_read = (lead.lines, []) if articles is None else articles
    title, title_lines, drafts = _read_annex_opening(opening, lexicon)
    for article in articles_read:
        drafts.extend(_read_article(article, lexicon))
    groups: list[tuple[tuple[str, ...], list[DraftParagraph]]] = [((), drafts)]
    parts = []
    for section in sections:
        reader = BodyReader(lexicon, annex=True)
        reader.read(section.lines)
        groups.append((section.scope[len(scope) :], reader.operative))
        parts.append(Part(section.scope, section.label or "", section.title))
    return AnnexReading(label, title, groups, parts, title_lines)


def _read_article(article: Article, lexicon: Lexicon) -> list[DraftParagraph]:
    """An article's paragraphs, numbered afresh, with the article's heading above the first."""
    reader = BodyReader(lexicon, annex=True)
    reader.read(article.body)
    heading = " ".join(line.text for line in article.heading)
    marks = [line.number for line in article.heading]
    if not reader.operative:  # a label and title with no text under them stay unplaced, and are refused
        return []
    first = reader.operative[0]
    first.heading = f"{heading} {first.heading}" if first.heading else heading
    first.marks[:0] = marks
    return reader.operative


_TABLE_NOTE = re.compile(r"^[a-z] \S")
"""A note under a table, keyed by a letter ("a See A/79/555."): the letter stands after the figure or label
it annotates ("2025a")."""
_TABLE_SHARE = 3


def _table_annex(lines: list[Line]) -> list[DraftParagraph] | None:
    """An annex that is a table under its title (a financing resolution's "Financing for 2025 of ...": row
    labels, figures one a line, amounts in parentheses), with the table's lettered notes under it: the
    table is one unnumbered paragraph, kept word for word, and each note one more.  Its row labels wrap
    over several lines, so a third of its lines being figures (and the last row's figure closing it)
    marks it; read as prose, its labels became headings and its rows paragraphs."""
    last_figure = max((index for index, line in enumerate(lines) if is_cell(line.text)), default=-1)
    start = next(
        (index for index in range(last_figure + 1, len(lines)) if _TABLE_NOTE.match(lines[index].text)),
        len(lines),
    )
    rows = lines[:start]
    if not rows or not is_table(rows, share=_TABLE_SHARE):
        return None
    notes: list[list[Line]] = []
    for line in lines[start:]:  # a note wrapped over lines goes on until the next letter
        if _TABLE_NOTE.match(line.text) or not notes:
            notes.append([line])
        else:
            notes[-1].append(line)
    table = DraftParagraph("operative", None, rows, table=True)
    return [table, *(DraftParagraph("operative", None, note) for note in notes)]


def _read_annex_opening(
    lines: list[Line], lexicon: Lexicon
) -> tuple[str | None, list[int], list[DraftParagraph]]:
    """An annex (or the text before its first section): its title (the first block of lines) and the
    title's source lines, unnumbered opening blocks, numbered paragraphs."""
    blocks: list[list[Line]] = []
    position = 0
    while position < len(lines) and not NUMBERED.match(lines[position].text):
        if lines[position].blank or lines[position].is_page_break:
            if blocks and blocks[-1]:
                blocks.append([])
        else:
            if not blocks:
                blocks.append([])
            blocks[-1].append(lines[position])
        position += 1
    blocks = [block for block in blocks if block]
    title = (
        join_lines([line.text for line in blocks[0]])
        if blocks and not blocks[0][-1].text.endswith(_ENDS_PARAGRAPH)
        else None
    )
    table = (
        _table_annex([line for block in blocks[1:] for line in block])
        if title and position == len(lines)
        else None
    )
    if table is not None:
        return title, [line.number for line in blocks[0]], table
    reader = BodyReader(lexicon, annex=True)
    pending_heading: list[Line] = []
    for block in blocks[1:] if title else blocks:
        if block[-1].text.endswith(_ENDS_PARAGRAPH):
            heading = " ".join(line.text for line in pending_heading) or None
            marks = [line.number for line in pending_heading]
            reader.operative.append(
                DraftParagraph("operative", None, list(block), heading=heading, marks=marks)
            )
            pending_heading = []
        else:
            pending_heading.extend(block)
    if pending_heading:
        reader.open_heading(pending_heading)  # it stands above the first numbered paragraph
    reader.read(lines[position:])
    return title, [line.number for line in blocks[0]] if title else [], reader.operative


def split_closing(
    lines: list[Line], account: Account
) -> tuple[list[Line], str | None, list[tuple[str, list[Line]]]]:
    """Split the body at the closing lines ("39th plenary meeting" and its date) and at each "Annex".

    The date under the meeting line is set aside in ``account``; any other line between the closing line
    and the first annex is not, and so fails the conservation check rather than vanish."""
    meeting: str | None = None
    resolution_end = len(lines)
    annex_starts: list[int] = []
    for index, line in enumerate(lines):
        if meeting is None and _MEETING.match(line.text):
            meeting = line.text
            resolution_end = min(resolution_end, index)
        elif _ANNEX.match(take_markers(line.text)[0].rstrip()) and index > 0:  # "Annex" or "Annex*"
            annex_starts.append(index)
            resolution_end = min(resolution_end, index)
    resolution = lines[:resolution_end]  # the meeting line, its date and what follows are not paragraphs
    if meeting is not None:
        closing_end = annex_starts[0] if annex_starts and annex_starts[0] > resolution_end else len(lines)
        for line in lines[resolution_end:closing_end]:
            if line.text == meeting:
                account.place("meeting", [line.number])
            elif (date := LOOSE_DATE_PATTERN.fullmatch(line.text)) and iso_date(*date.groups()):
                account.set_aside(line.number, line.text, "the date of the closing meeting")
    annexes: list[tuple[str, list[Line]]] = []
    for position, first in enumerate(annex_starts):
        end = annex_starts[position + 1] if position + 1 < len(annex_starts) else len(lines)
        annexes.append((lines[first].text, lines[first + 1 : end]))
        account.place(f"annex label {take_markers(lines[first].text)[0].rstrip()!r}", [lines[first].number])
    return resolution, meeting, annexes
