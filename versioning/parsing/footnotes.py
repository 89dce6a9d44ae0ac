"""Footnote blocks: the notes at the foot of a page, after a rule of underscores.

Extractors give these blocks in three shapes, all handled here:

* marker and text on one line (``1 A/67/280-S/2012/614.``), wrapped lines following;
* the marker alone on its line, its text on the next (``pdftotext -layout``);
* markers and texts separated and out of order, sometimes across the page number and job number (plain
  ``pdftotext``): the markers of a page are then paired, in numeric order, with its note texts in reading
  order, splitting texts at sentence ends when several notes share a run of lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from versioning.errors import ParseError
from versioning.model import Footnote
from versioning.parsing.dates import MONTHS
from versioning.parsing.lines import Line
from versioning.parsing.textjoin import join_lines

_RULE = re.compile(r"^_{5,}$")
_ASTERISK_NOTE = re.compile(r"^(\*{1,3})\s+(\S.*)$")
_MARKER_ONLY = re.compile(r"^(\d{1,3}|\*{1,3})$")
_MARKER_TEXT = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_MONTH_START = re.compile(r"^(?:(?:and|to|[-\u2013\u2014])\s*\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")\b")
"""What follows a day, not a marker, at the start of a note's line: a month ("4 June"), or the rest of a range
of days ("28 and 29 June 2012, 12 and 13 June 2014, ..." going on with a note's list of dates)."""
_NOTE_START = re.compile(r"^(?:[A-Z(“\"]|[A-Z]/)")


@dataclass
class _Segment:
    marker: str | None
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FootnoteBlock:
    """The notes of one page, and where the block stood among the body lines (``body_index`` = how many
    body lines came before it); ``lines``, its source lines (where a pair of words is printed apart within
    one, see :meth:`versioning.parsing.repair.Vocabulary.inline_pairs`)."""

    notes: tuple[Footnote, ...]
    body_index: int
    line: int
    lines: tuple[str, ...] = ()


def is_block_start(line: Line) -> bool:
    """True for the rule that opens a footnote block, or an asterisk note standing without one."""
    return bool(_RULE.match(line.text) or _ASTERISK_NOTE.match(line.text))


def split_footnote_blocks(
    lines: list[Line], starts_paragraph: Callable[[str], bool], *, name: str | None
) -> tuple[list[Line], list[FootnoteBlock]]:
    """Separate body lines from footnote blocks.

    ``lines`` have had their furniture removed (anchors are page-break lines).  ``starts_paragraph`` tells
    whether a text opens a body paragraph: a block with no page break after it (one extractor runs the
    next page straight on) ends there.
    """
    body: list[Line] = []
    blocks: list[FootnoteBlock] = []
    highest = 0  # the highest marker of the blocks read so far: notes are numbered on through the document
    index = 0
    while index < len(lines):
        line = lines[index]
        if not is_block_start(line):
            body.append(line)
            index += 1
            continue
        start = index
        index, notes = _read_block(lines, index, starts_paragraph, highest, name=name)
        highest = max([highest, *(int(note.marker) for note in notes if note.marker.isdigit())])
        texts = tuple(source.text for source in lines[start:index])
        blocks.append(FootnoteBlock(tuple(notes), len(body), line.number, texts))
    return body, blocks


def _read_block(
    lines: list[Line], start: int, starts_paragraph: Callable[[str], bool], highest: int, *, name: str | None
) -> tuple[int, list[Footnote]]:
    segments: list[_Segment] = []
    loose: list[str] = []
    index = start + 1 if _RULE.match(lines[start].text) else start
    after_marker = False
    marker_run = 0  # how many marker-only lines came in a row just before
    while index < len(lines):
        line = lines[index]
        text = line.text
        if line.is_page_break:
            if not _pending(segments, loose):
                break
            index += 1
            continue
        if not text:
            index += 1
            continue
        if _RULE.match(text):
            index += 1
            continue
        asterisk = _ASTERISK_NOTE.match(text)
        marker_text = _MARKER_TEXT.match(text)
        if asterisk:
            segments.append(_Segment(asterisk.group(1), [Line(line.number, asterisk.group(2))]))
            after_marker = False
        elif _MARKER_ONLY.match(text):
            loose.append(text)
            marker_run += 1
            after_marker = marker_run == 1
            index += 1
            continue
        elif (
            marker_text
            and not _MONTH_START.match(marker_text.group(2))
            and _plausible(marker_text.group(1), segments, loose, highest)
        ):
            segments.append(_Segment(marker_text.group(1), [Line(line.number, marker_text.group(2))]))
            after_marker = False
        elif (
            segments
            and segments[-1].lines
            and not after_marker
            and not _pending(segments, loose)
            and starts_paragraph(text)
        ):
            break
        elif after_marker:
            segments.append(_Segment(loose.pop(), [line]))
            after_marker = False
        elif marker_run > 1:
            segments.append(_Segment(None, [line]))
        elif segments:
            segments[-1].lines.append(line)
        else:
            segments.append(_Segment(None, [line]))
        marker_run = 0
        index += 1
    return index, _pair(segments, loose, lines[start].number, name=name)


def _plausible(marker: str, segments: list[_Segment], loose: list[str], highest: int) -> bool:
    """A number at the start of a line is a marker only if it comes after every marker met so far (notes
    are numbered on through the document): "3 –14 June 1992" continuing note 6 is not note 3."""
    used = [int(m) for m in [*(s.marker for s in segments), *loose] if m is not None and m.isdigit()]
    return int(marker) > max([highest, *used])


def _pending(segments: list[_Segment], loose: list[str]) -> bool:
    """True while markers of the block still wait for their texts (plain pdftotext puts texts after the
    page number)."""
    if not loose:
        return False
    markers = len(loose) + sum(1 for segment in segments if segment.marker is not None)
    return markers > sum(len(_sentence_pieces(segment.lines)) for segment in segments)


def _sentence_pieces(lines: list[Line]) -> list[list[Line]]:
    """Split a run of note lines where one note ends (a full stop) and another starts (a capital)."""
    pieces: list[list[Line]] = [[]]
    for line in lines:
        if pieces[-1] and pieces[-1][-1].text.endswith(".") and _NOTE_START.match(line.text):
            pieces.append([])
        pieces[-1].append(line)
    return [piece for piece in pieces if piece]


def marker_order(marker: str) -> tuple[int, int]:
    """The order notes are printed in: asterisk notes first, then by number."""
    return (0, len(marker)) if marker.startswith("*") else (1, int(marker))


def _pair(segments: list[_Segment], loose: list[str], line: int, *, name: str | None) -> list[Footnote]:
    """Give every note its marker: marked segments keep theirs; loose markers, in numeric order, take the
    unmarked texts in reading order (split at sentence ends, then at lines, if that makes the counts
    agree)."""
    if loose:
        # Plain pdftotext: the texts come in reading order, the markers scrambled. When the block splits
        # into as many notes as it has markers, pair them in order.
        every_marker = sorted(
            [*loose, *(s.marker for s in segments if s.marker is not None)], key=marker_order
        )
        every_piece = [piece for segment in segments for piece in _sentence_pieces(segment.lines)]
        if len(every_piece) == len(every_marker):
            return [
                Footnote(marker, join_lines([part.text for part in piece]))
                for marker, piece in zip(every_marker, every_piece, strict=True)
            ]
    marked = [segment for segment in segments if segment.marker is not None]
    unmarked = [segment for segment in segments if segment.marker is None]
    loose_sorted = sorted(loose, key=marker_order)
    pieces: list[list[Line]] = [segment.lines for segment in unmarked]
    if len(pieces) != len(loose_sorted):
        pieces = [piece for segment in unmarked for piece in _sentence_pieces(segment.lines)]
    if len(pieces) != len(loose_sorted):
        pieces = [[text_line] for segment in unmarked for text_line in segment.lines]
    if len(pieces) != len(loose_sorted):
        where = pieces[0][0].number if pieces else line
        raise ParseError(
            f"footnote block: {len(loose_sorted)} loose markers but {len(pieces)} note texts",
            file=name,
            line=where,
        )
    paired = [_Segment(marker, piece) for marker, piece in zip(loose_sorted, pieces, strict=True)]
    notes = [
        Footnote(s.marker or "", join_lines([part.text for part in s.lines])) for s in (*marked, *paired)
    ]
    return sorted(notes, key=lambda note: marker_order(note.marker))
