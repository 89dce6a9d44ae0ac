"""Metadata changes: the fields of a document around its paragraphs (title, agenda items, dates, symbols,
edition, sponsors), each compared as text and listed under the section ``metadata``.

Each field has a name (its ``old_id``/``new_id`` in a change: ``title``, ``edition.date``), a way to read it
as text and a way to write that text back, so that a change list can be applied.  The source record (the
hash of the bytes parsed) is not content: it is named by the change list's baselines, not compared here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from versioning.diff.changes import Change
from versioning.diff.class_rules import Finding, judge, metadata_verdict
from versioning.diff.classify import judge_words
from versioning.diff.judge import citation_changes
from versioning.diff.normalise import editorial_key
from versioning.diff.words import word_diffs
from versioning.identifiers import Symbol, division_order, parse_scope
from versioning.model import Annex, Document, Part, Report

LIST_SEPARATOR = "; "
"""How list fields (agenda items, sponsors) are written as one text."""


@dataclass(frozen=True, slots=True)
class MetadataField:
    """One metadata field: its name, how to read it as text, how to write it back, and whether a change
    of it is classed by its words (the title) or is always a routine, procedural fact (dates, symbols)."""

    name: str
    read: Callable[[Document], str | None]
    write: Callable[[Document, str | None], Document]
    by_words: bool = False

    @property
    def label(self) -> str:
        """What a reader calls the field: ``adoption date``, ``annex1 title``."""
        return _LABELS.get(self.name, self.name.replace(".", " ").replace("_", " "))


_LABELS = {
    "number": "resolution number",
    "adopted": "adoption date",
    "draft": "draft symbol",
    "distribution.level": "distribution",
    "edition.kind": "kind of edition",
}


def _join(values: Iterable[str]) -> str | None:
    text = LIST_SEPARATOR.join(values)
    return text or None


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(text.split(LIST_SEPARATOR)) if text else ()


def _text(symbol: Symbol | None) -> str | None:
    return str(symbol) if symbol is not None else None


def _symbol(value: str | None) -> Symbol | None:
    return Symbol.parse(value) if value else None


def _edition(document: Document, **fields: Any) -> Document:
    return replace(document, edition=replace(document.edition, **fields))


def _report_symbol(document: Document, value: str | None) -> Document:
    """Write the report's symbol: a new symbol keeps the paragraph, no symbol means no report."""
    if not value:
        return replace(document, report=None)
    paragraph = document.report.paragraph if document.report else None
    return replace(document, report=Report(Symbol.parse(value), paragraph))


def _report_paragraph(document: Document, value: str | None) -> Document:
    """Write the report's paragraph (the symbol is written first: a paragraph needs a report)."""
    if document.report is None:
        return document
    return replace(document, report=replace(document.report, paragraph=value))


def _distribution(document: Document, **fields: Any) -> Document:
    return replace(document, distribution=replace(document.distribution, **fields))


FIELDS: tuple[MetadataField, ...] = (
    MetadataField("symbol", lambda d: str(d.symbol), lambda d, v: replace(d, symbol=Symbol.parse(v or ""))),
    MetadataField("number", lambda d: d.number, lambda d, v: replace(d, number=v)),
    MetadataField("session", lambda d: str(d.session), lambda d, v: replace(d, session=int(v or 0))),
    MetadataField("title", lambda d: d.title, lambda d, v: replace(d, title=v or ""), by_words=True),
    MetadataField(
        "agenda_items", lambda d: _join(d.agenda_items), lambda d, v: replace(d, agenda_items=_split(v))
    ),
    MetadataField("adopted", lambda d: d.adopted, lambda d, v: replace(d, adopted=v)),
    MetadataField("draft", lambda d: _text(d.draft), lambda d, v: replace(d, draft=_symbol(v))),
    MetadataField("committee", lambda d: d.committee, lambda d, v: replace(d, committee=v)),
    MetadataField("report.symbol", lambda d: _text(d.report.symbol) if d.report else None, _report_symbol),
    MetadataField("report.paragraph", lambda d: d.report.paragraph if d.report else None, _report_paragraph),
    MetadataField(
        "distribution.level",
        lambda d: d.distribution.level,
        lambda d, v: _distribution(d, level=v or ""),
    ),
    MetadataField("distribution.date", lambda d: d.distribution.date, lambda d, v: _distribution(d, date=v)),
    MetadataField("edition.kind", lambda d: d.edition.kind, lambda d, v: _edition(d, kind=v or "")),
    MetadataField("edition.date", lambda d: d.edition.date, lambda d, v: _edition(d, date=v)),
    MetadataField("edition.note", lambda d: d.edition.note, lambda d, v: _edition(d, note=v), by_words=True),
    MetadataField(
        "edition.symbol", lambda d: _text(d.edition.symbol), lambda d, v: _edition(d, symbol=_symbol(v))
    ),
    MetadataField("meeting", lambda d: d.meeting, lambda d, v: replace(d, meeting=v)),
    MetadataField("sponsors", lambda d: _join(d.sponsors), lambda d, v: replace(d, sponsors=_split(v))),
)
"""Every metadata field, in the order changes are listed."""

_BY_NAME = {field.name: field for field in FIELDS}


def annex_fields(old: Document, new: Document) -> list[MetadataField]:
    """The placement, label, title and cited notes of each annex held by either document, as metadata
    fields (``annex1.placement``, ``annex1.label``, ``annex1.title``, ``annex1.footnotes``); annexes are
    paired by position."""
    count = max(len(old.annexes), len(new.annexes))
    parts = ("placement", "label", "title", "footnotes")
    return [annex_field(f"annex{n}", part) for n in range(1, count + 1) for part in parts]


def annex_field(annex_id: str, part: str) -> MetadataField:
    """The metadata field of an annex's ``placement``, ``label``, ``title`` or ``footnotes`` (the markers
    its label and title cite, written as one list).

    The placement reads ``"body"`` for a text adopted in the body and nothing for an annex.  Writing a
    label, or the placement ``"body"``, to an absent annex adds it.  An annex after the closing line always
    has its label, so one left without a label once every field is written is gone
    (:func:`apply_metadata` drops it): that is how writing ``None`` removes an annex or a text in the
    body, in whichever order the fields are written."""

    def read(document: Document) -> str | None:
        annex = next((annex for annex in document.annexes if annex.id == annex_id), None)
        if annex is None:
            return None
        if part == "placement":
            return annex.placement if annex.placement != "annex" else None
        if part == "footnotes":
            return _join(annex.footnotes)
        return annex.label if part == "label" else annex.title

    def write(document: Document, value: str | None) -> Document:
        annexes = list(document.annexes)
        current = next((annex for annex in annexes if annex.id == annex_id), None)
        if current is None:
            if part == "label" and value is not None:
                annexes.append(Annex(annex_id, value, None, ()))
            elif part == "placement" and value is not None:
                annexes.append(Annex(annex_id, None, None, (), value))
        elif part == "placement":
            annexes[annexes.index(current)] = replace(current, placement=value or "annex")
        elif part == "label":
            annexes[annexes.index(current)] = replace(current, label=value)
        elif part == "footnotes":
            annexes[annexes.index(current)] = replace(current, footnotes=_split(value))
        else:
            annexes[annexes.index(current)] = replace(current, title=value)
        return replace(document, annexes=tuple(annexes))

    return MetadataField(f"{annex_id}.{part}", read, write, by_words=part == "title")


_ANNEX_FIELD = re.compile(r"^(annex\d+)\.(placement|label|title|footnotes)$")
_DIVISION_ID = r"(?:annex\d+\.)?(?:(?:part[A-Z]|sec[IVXLC]+)\.)*(?:part[A-Z]|sec[IVXLC]+)"
_PART_FIELD = re.compile(rf"^({_DIVISION_ID})\.(label|title|footnotes|meeting)$")


def _in_document_order(scope: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(division_order(piece) for piece in scope)


def part_fields(old: Document, new: Document) -> list[MetadataField]:
    """The label, title, notes its title cites and closing line of each part or section held by either
    document (``partB.title``, ``secII.label``, ``partB.footnotes``), in document order."""
    scopes = sorted({part.scope for part in (*old.parts, *new.parts)}, key=_in_document_order)
    names = ("label", "title", "footnotes", "meeting")
    return [part_field(scope, name) for scope in scopes for name in names]


def part_field(scope: tuple[str, ...], name: str) -> MetadataField:
    """The metadata field of a part's ``label``, ``title``, ``footnotes`` or ``meeting``.  Writing a label
    to an absent part adds the part; writing ``None`` as its label removes it."""

    def read(document: Document) -> str | None:
        part = next((part for part in document.parts if part.scope == scope), None)
        if part is None:
            return None
        if name == "footnotes":
            return _join(part.footnotes)
        return {"label": part.label, "title": part.title, "meeting": part.meeting}[name]

    def write(document: Document, value: str | None) -> Document:
        current = next((part for part in document.parts if part.scope == scope), None)
        others = [part for part in document.parts if part.scope != scope]
        changed: Part | None = None
        if name == "label" and value is not None:
            changed = replace(current, label=value) if current else Part(scope, value)
        elif name == "footnotes" and current is not None:
            changed = replace(current, footnotes=_split(value))
        elif name != "label" and current is not None:
            changed = replace(current, title=value) if name == "title" else replace(current, meeting=value)
        if changed is not None:
            others.append(changed)
        others.sort(key=lambda part: _in_document_order(part.scope))
        return replace(document, parts=tuple(others))

    return MetadataField(f"{Part(scope, '').id}.{name}", read, write, by_words=name == "title")


def diff_metadata(
    old: Document, new: Document, footnote_map: Mapping[str, str] | None = None
) -> list[Change]:
    """The metadata changes from ``old`` to ``new``, in the order of :data:`FIELDS`, then the parts' and
    the annexes'. ``footnote_map`` gives old note markers their new ones: the notes an annex or a part
    cites have not changed when only their numbers did."""
    changes = []
    for field in (*FIELDS, *part_fields(old, new), *annex_fields(old, new)):
        before, after = field.read(old), field.read(new)
        citations: list[str] = []
        if field.name.endswith(".footnotes"):
            citations = citation_changes(_split(before), _split(after), footnote_map or {})
            if not citations:
                continue
        elif before == after:
            continue
        if citations:
            words: tuple[tuple[int, str], ...] = tuple(
                (op, text) for op, text in ((-1, before), (1, after)) if text
            )
            verdict = judge([Finding("citation", ", ".join(citations))]) or metadata_verdict(
                field.label, editorial=False
            )
        elif field.by_words and before is not None and after is not None:
            words, judged = word_diffs(before, after)
            verdict = judge_words(judged) or metadata_verdict(field.label, editorial=True)
        else:  # a date, a symbol, a list: read best replaced whole
            words = tuple((op, text) for op, text in ((-1, before), (1, after)) if text)
            same = editorial_key(before or "") == editorial_key(after or "")
            verdict = metadata_verdict(field.label, editorial=same)
        kind = "added" if before is None else "removed" if after is None else "modified"
        changes.append(
            Change(
                section="metadata",
                kind=kind,
                old_id=field.name if before is not None else None,
                new_id=field.name if after is not None else None,
                text_changed=True,
                change_class=verdict.change_class,
                reason=verdict.reason,
                words=words,
                old_text=before,
                new_text=after,
            )
        )
    return changes


def apply_metadata(document: Document, changes: Iterable[Change]) -> Document:
    """``document`` with the metadata changes applied."""
    for change in changes:
        name = change.new_id or change.old_id or ""
        annex = _ANNEX_FIELD.match(name)
        part = _PART_FIELD.match(name)
        if annex:
            field: MetadataField | None = annex_field(annex.group(1), annex.group(2))
        elif part:
            field = part_field(parse_scope(part.group(1)), part.group(2))
        else:
            field = _BY_NAME.get(name)
        if field is None:
            raise ValueError(f"unknown metadata field {name!r}")
        document = field.write(document, change.new_text)
    kept = tuple(annex for annex in document.annexes if annex.label is not None or annex.placement == "body")
    return replace(document, annexes=kept) if kept != document.annexes else document
