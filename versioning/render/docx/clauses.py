"""One clause of the redline as a Word paragraph: its number, its words with the lead in italics, its
footnote references, each part kept, inserted or deleted as its :class:`~.merge.Entry` says.

A kept clause shows the edit of its words as ``w:del``/``w:ins`` runs; an added or removed clause is one
revision, paragraph mark included; a moved clause is a ``w:moveFrom`` range at its old place and a
``w:moveTo`` range at its new one.  The change that names the clause becomes a comment on it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from versioning.diff.changes import Change, DiffOp
from versioning.diff.words import diff_words
from versioning.model import Paragraph
from versioning.render.docx.merge import Entry
from versioning.render.docx.ooxml import (
    Revisions,
    RevisionTag,
    footnote_reference,
    record_format_change,
    revise_paragraph_mark,
    text_run,
)
from versioning.render.segments import DELETED, INSERTED, KEPT, Segment, SegmentKind, word_segments

_WHOLE: Mapping[str, tuple[SegmentKind, RevisionTag]] = {
    "removed": (DELETED, "del"),
    "added": (INSERTED, "ins"),
    "moved-from": (DELETED, "moveFrom"),
    "moved-to": (INSERTED, "moveTo"),
}


@dataclass(frozen=True, slots=True)
class FootnoteIds:
    """Where each cited note lives in the footnotes part: new markers, old markers whose note is gone,
    and the old -> new marker map of the change list (a marker it does not name kept its note, unless
    the note was removed)."""

    new: Mapping[str, int]
    old: Mapping[str, int]
    marker_map: Mapping[str, str]
    removed: frozenset[str] = frozenset()

    def counterpart(self, marker: str) -> str | None:
        """The new marker of an old note, or ``None`` when the new edition no longer has the note."""
        if marker in self.removed:
            return None
        mapped = self.marker_map.get(marker, marker)
        return mapped if mapped in self.new else None

    def of_old(self, marker: str) -> int | None:
        """The note an old marker cites: its counterpart in the new edition, else the old note."""
        mapped = self.counterpart(marker)
        return self.new[mapped] if mapped is not None else self.old.get(marker)


CommentWriter = Callable[[Change], int]
"""Adds a comment for a change to the comments part and returns its id."""


def label_text(paragraph: Paragraph) -> str:
    """The printed number before a clause's words, with its tab: ``3.\\t``, ``(a)\\t``; empty without."""
    if paragraph.number is None:
        return ""
    return f"{paragraph.number}.\t" if paragraph.id.is_top_level else f"({paragraph.number})\t"


def lead_length(clause: Paragraph) -> int:
    """How many characters of the clause's text the italics cover: its lead, which opens the text (none
    when the lead is not the text's opening words)."""
    return len(clause.lead) if clause.lead and clause.text.startswith(clause.lead) else 0


def write_entry(
    paragraph: BaseOxmlElement,
    entry: Entry,
    revisions: Revisions,
    footnotes: FootnoteIds,
    add_comment: CommentWriter | None,
) -> None:
    """Fill an empty ``w:p`` (its style already set) with one entry of the redline."""
    comment_id = None
    commented = entry.change is not None and entry.change.kind != "unchanged" and entry.kind != "moved-from"
    if add_comment is not None and entry.change is not None and commented:  # a move: at its arrival
        comment_id = add_comment(entry.change)
        paragraph.append(_comment_mark("commentRangeStart", comment_id))
    if entry.kind == "kept":
        assert entry.old is not None and entry.new is not None
        words = entry.change.words if entry.change is not None else ()
        _write_kept(paragraph, entry.old, entry.new, words, revisions, footnotes)
        if comment_id is not None:
            paragraph.append(_comment_mark("commentRangeEnd", comment_id))
            paragraph.append(_comment_reference(comment_id))
        return
    kind, tag = _WHOLE[entry.kind]
    clause = entry.old if kind == DELETED else entry.new
    assert clause is not None
    deleted = kind == DELETED
    runs = _clause_runs(clause, deleted=deleted)
    for marker in clause.footnotes:
        note = footnotes.of_old(marker) if deleted else footnotes.new.get(marker)
        runs += _reference(note, marker, deleted)
    if entry.move:
        paragraph.append(_move_range(revisions, f"{tag}RangeStart", f"move{entry.move}"))
    paragraph.append(revisions.wrap(tag, runs))
    if comment_id is not None:  # the reference goes with the clause when the revision is accepted or not
        paragraph.append(_comment_mark("commentRangeEnd", comment_id))
        paragraph.append(revisions.wrap(tag, [_comment_reference(comment_id)]))
    if entry.move:
        end = OxmlElement(f"w:{tag}RangeEnd")
        end.set(qn("w:id"), _last_range_id(paragraph, f"{tag}RangeStart"))
        paragraph.append(end)
    revise_paragraph_mark(paragraph, revisions.mark(tag))


def _write_kept(
    paragraph: BaseOxmlElement,
    old: Paragraph,
    new: Paragraph,
    words: Sequence[DiffOp],
    revisions: Revisions,
    footnotes: FootnoteIds,
) -> None:
    old_label, new_label = label_text(old), label_text(new)
    if old_label == new_label:
        _append_plain(paragraph, [text_run(new_label)] if new_label else [])
    else:
        if old_label:
            paragraph.append(revisions.wrap("del", [text_run(old_label, deleted=True)]))
        if new_label:
            paragraph.append(revisions.wrap("ins", [text_run(new_label)]))
    old_lead, new_lead = lead_length(old), lead_length(new)
    old_at = new_at = 0
    for segment in text_segments(old.text, new.text, words):
        if segment.kind == KEPT:
            runs = _kept_runs(segment.text, old_at, new_at, old_lead, new_lead, revisions)
            old_at += len(segment.text)
            new_at += len(segment.text)
            _append_plain(paragraph, runs)
        elif segment.kind == DELETED:
            runs = _italic_split(segment.text, old_at, old_lead, deleted=True)
            old_at += len(segment.text)
            paragraph.append(revisions.wrap("del", runs))
        else:
            runs = _italic_split(segment.text, new_at, new_lead, deleted=False)
            new_at += len(segment.text)
            paragraph.append(revisions.wrap("ins", runs))
    _write_kept_footnotes(paragraph, old.footnotes, new.footnotes, revisions, footnotes)


def _write_kept_footnotes(
    paragraph: BaseOxmlElement,
    old: Sequence[str],
    new: Sequence[str],
    revisions: Revisions,
    footnotes: FootnoteIds,
) -> None:
    """References kept, added and dropped, in an order that is each edition's: an old marker the new
    clause still cites under the same mark, at the same place among the others, is kept; any other is
    deleted under its old mark and inserted under its new one where each edition has it, so that
    rejecting every revision shows the old marks in their order and accepting the new ones in theirs."""
    kept = {marker for marker in old if footnotes.counterpart(marker) == marker and marker in new}

    def drop(marker: str) -> None:
        paragraph.append(revisions.wrap("del", _reference(footnotes.of_old(marker), marker, True)))

    def add(marker: str) -> None:
        paragraph.append(revisions.wrap("ins", _reference(footnotes.new.get(marker), marker, False)))

    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            for marker in old[old_start:old_end]:
                if marker in kept:
                    _append_plain(paragraph, _reference(footnotes.new.get(marker), marker, False))
                else:  # the same mark for another note: the old one goes, the new one comes
                    drop(marker)
                    add(marker)
            continue
        for marker in old[old_start:old_end]:
            drop(marker)
        for marker in new[new_start:new_end]:
            add(marker)


def text_segments(old: str, new: str, words: Sequence[DiffOp] = ()) -> tuple[Segment, ...]:
    """The word-level edit from ``old`` to ``new`` as display runs that give back both texts exactly:
    the change's own edit (``words``) when it is of these two texts, else the diff engine's word-level
    edit of the two."""
    if old == new:
        return (Segment(KEPT, new),) if new else ()
    for ops in (words, diff_words(old, new)):
        if not ops:
            continue
        segments = word_segments(ops)
        if _side(segments, INSERTED) == old and _side(segments, DELETED) == new:
            return segments
        raw = tuple(Segment(_KIND[op], text) for op, text in ops if text)
        if _side(raw, INSERTED) == old and _side(raw, DELETED) == new:
            return raw
    return (Segment(DELETED, old), Segment(INSERTED, new))


_KIND: Mapping[int, SegmentKind] = {0: KEPT, -1: DELETED, 1: INSERTED}


def _side(segments: Sequence[Segment], hidden: SegmentKind) -> str:
    return "".join(segment.text for segment in segments if segment.kind != hidden)


def _clause_runs(clause: Paragraph, *, deleted: bool) -> list[BaseOxmlElement]:
    runs = [text_run(label_text(clause), deleted=deleted)] if clause.number is not None else []
    return runs + _italic_split(clause.text, 0, lead_length(clause), deleted=deleted)


def _italic_split(text: str, start: int, lead_end: int, *, deleted: bool) -> list[BaseOxmlElement]:
    """Runs for ``text`` standing at ``start`` in its clause, italic up to ``lead_end`` (the lead)."""
    cut = max(0, min(len(text), lead_end - start))
    runs = []
    if cut:
        runs.append(text_run(text[:cut], italic=True, deleted=deleted))
    if text[cut:]:
        runs.append(text_run(text[cut:], deleted=deleted))
    return runs


def _kept_runs(
    text: str, old_at: int, new_at: int, old_lead: int, new_lead: int, revisions: Revisions
) -> list[BaseOxmlElement]:
    """Runs for kept words: italic as the new lead says; where the old lead said otherwise (a lead that
    grew or shrank), the old formatting is a tracked formatting change, which rejecting restores."""
    cuts = sorted({0, len(text), *(c for c in (old_lead - old_at, new_lead - new_at) if 0 < c < len(text))})
    runs = []
    for start, end in pairwise(cuts):
        italic_now = new_at + start < new_lead
        italic_before = old_at + start < old_lead
        run = text_run(text[start:end], italic=italic_now)
        if italic_now != italic_before:
            record_format_change(run, revisions, italic=italic_before)
        runs.append(run)
    return runs


def _reference(footnote_id: int | None, marker: str, deleted: bool) -> list[BaseOxmlElement]:
    if footnote_id is None:  # a marker whose note neither edition holds: shown as printed
        return [text_run(marker, superscript=True, deleted=deleted)]
    return footnote_reference(footnote_id, marker, deleted=deleted)


def _append_plain(paragraph: BaseOxmlElement, runs: Sequence[BaseOxmlElement]) -> None:
    for run in runs:
        paragraph.append(run)


def _comment_mark(tag: str, comment_id: int) -> BaseOxmlElement:
    element = OxmlElement(f"w:{tag}")
    element.set(qn("w:id"), str(comment_id))
    return element


def _comment_reference(comment_id: int) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    reference = OxmlElement("w:commentReference")
    reference.set(qn("w:id"), str(comment_id))
    run.append(reference)
    return run


def _move_range(revisions: Revisions, tag: str, name: str) -> BaseOxmlElement:
    start = revisions.mark(tag)
    start.set(qn("w:name"), name)
    return start


def _last_range_id(paragraph: BaseOxmlElement, tag: str) -> str:
    starts = paragraph.findall(qn(f"w:{tag}"))
    return str(starts[-1].get(qn("w:id")))
