"""Read the clauses of an Akoma Ntoso document: paragraphs, sub-paragraphs, their leads and footnotes, and
the headings between them.

A clause's text is the text of its blocks (``content``/``intro`` paragraphs, or the ``p`` children of a
preamble ``container``) without its notes; the line breaks and indentation an XML editor adds are undone
(runs of white space holding a line break become one space, and the ends are trimmed), nothing else is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from versioning.errors import IdentifierError, ParseError
from versioning.identifiers import ClauseId
from versioning.interop.akn_ids import clause_of_eid
from versioning.interop.akn_meta import NAMESPACES, clean
from versioning.model import Footnote, Heading, Paragraph

_LABEL = re.compile(r"[a-z]{1,2}|\d+|[ivxlc]+")
_HEADING_EID = re.compile(r"hdg_(\d+)")
_PREAMBLE_SKIPPED = {"formula", "citations", "longTitle", "docTitle"}


def local_name(element: Any) -> str:
    """An element's name without its namespace."""
    return str(element.tag).rpartition("}")[2]


def plain_text(element: Any) -> str:
    """All the text inside an element, cleaned."""
    return clean("".join(element.itertext()))


def element_path(element: Any) -> str:
    """The XPath of an element by local names (``/akomaNtoso/statement/preface/p[2]/docNumber``)."""
    steps = []
    while element is not None:
        parent = element.getparent()
        step = local_name(element)
        if parent is not None:
            same = [sibling for sibling in parent if sibling.tag == element.tag]
            if len(same) > 1:
                step += f"[{same.index(element) + 1}]"
        steps.append(step)
        element = parent
    return "/" + "/".join(reversed(steps))


def number_of(num: Any | None) -> str | None:
    """The number of a clause as the model keeps it, from its printed ``num``: ``3.`` -> ``3``,
    ``(a)`` -> ``a``."""
    if num is None:
        return None
    text = plain_text(num)
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1]
    return text.removesuffix(".")


class ClauseReader:
    """Reads the clauses of one document, gathering its footnotes and headings on the way.

    Args:
        leads: leads kept apart from their paragraph's text (the proprietary block), by eId.
        fail: makes the error for an element (its path and line) and a reason.
    """

    def __init__(self, leads: dict[str, str], fail: Callable[[Any, str], ParseError]) -> None:
        self.leads = leads
        self.fail = fail
        self.notes: dict[str, Footnote] = {}
        self.note_ids: dict[str, str] = {}
        self.placed: list[tuple[int | None, Heading]] = []
        self.pending: list[tuple[int | None, str, tuple[str, ...]]] = []

    def footnotes(self) -> list[Footnote]:
        """Every footnote met so far, in document order."""
        return list(self.notes.values())

    def collect_notes(self, element: Any) -> None:
        """Register the notes inside an element that no clause cites (the preface's)."""
        for note in element.iter(f"{{{NAMESPACES['a']}}}authorialNote"):
            self._note(note)

    def is_heading(self, element: Any) -> bool:
        """True for a heading between clauses."""
        kind = local_name(element)
        return kind == "crossHeading" or (
            kind in ("container", "hcontainer") and element.get("name") == "crossHeading"
        )

    def add_heading(self, element: Any) -> None:
        """Keep a heading for the next clause read."""
        index = _HEADING_EID.fullmatch(element.get("eId", ""))
        text, markers = self.text_and_markers(element)
        self.pending.append((int(index.group(1)) if index else None, text, markers))

    def text_and_markers(self, element: Any) -> tuple[str, tuple[str, ...]]:
        """The text of a heading or title element, and the markers of the notes it cites (an
        ``authorialNote`` registers its note)."""
        markers: list[str] = []
        text = clean(self._inline(element, markers))
        return text, tuple(dict.fromkeys(markers))

    def headings(self, unplaced: list[tuple[int, Heading]]) -> list[Heading]:
        """The headings read, with those kept apart (``unplaced``: a heading before a clause the document
        does not hold), in the order of their eIds (``hdg_3``) when every one has such an eId, else as
        read."""
        everything = self.placed + [(index, heading) for index, heading in unplaced]
        if all(index is not None for index, _ in everything):
            everything.sort(key=lambda entry: entry[0] or 0)
        return [heading for _, heading in everything]

    def preamble(self, element: Any) -> list[Paragraph]:
        """The preambular paragraphs of a ``preamble``."""
        paragraphs: list[Paragraph] = []

        def walk(parent: Any) -> None:
            for child in parent:
                if not isinstance(child.tag, str):
                    continue
                kind = local_name(child)
                if self.is_heading(child):
                    self.add_heading(child)
                elif kind in ("recitals", "blockContainer") or (
                    kind == "container" and child.get("name") == "recitals"
                ):  # a group of recitals: each of its paragraphs is one
                    walk(child)
                elif kind in ("container", "recital", "p") and kind not in _PREAMBLE_SKIPPED:
                    if kind == "p" and not plain_text(child):
                        continue
                    default = ClauseId.preambular(len(paragraphs) + 1)
                    paragraphs.append(self._listed(child, default))

        walk(element)
        return paragraphs

    def operative(self, element: Any, position: int, scope: tuple[str, ...], annex: int | None) -> Paragraph:
        """An operative paragraph (or an annex's paragraph) with its sub-paragraphs."""
        if annex is not None:
            default = ClauseId.in_annex(annex, position, scope[1:])
        else:
            default = ClauseId.operative(position, scope)
        return self._hierarchical(element, default)

    def _identify(self, element: Any, default: ClauseId) -> ClauseId:
        eid = element.get("eId")
        if eid:
            try:
                clause = clause_of_eid(eid)
            except IdentifierError:
                return default
            if clause.section == default.section and len(clause.path) == len(default.path):
                return clause
        return default

    def _start(self, element: Any, default: ClauseId) -> ClauseId:
        clause = self._identify(element, default)
        self.placed.extend((index, Heading(clause, text, markers)) for index, text, markers in self.pending)
        self.pending.clear()
        return clause

    def _hierarchical(self, element: Any, default: ClauseId) -> Paragraph:
        """A ``paragraph`` or ``subparagraph`` (or a bare ``p``)."""
        clause = self._start(element, default)
        if local_name(element) == "p":
            lead, text, markers = self._blocks([element], clause)
            return Paragraph(clause, text, lead, tuple(markers))
        blocks = element.xpath(
            "a:content/a:p | a:intro/a:p | a:list/a:intro/a:p | a:list/a:wrapUp/a:p | a:wrapUp/a:p",
            namespaces=NAMESPACES,
        )
        lead, text, markers = self._blocks(blocks, clause)
        subparagraphs: list[Paragraph] = []
        children = [
            inner
            for child in element
            for inner in (child if isinstance(child.tag, str) and local_name(child) == "list" else [child])
        ]
        for child in children:
            if not isinstance(child.tag, str):
                continue
            if self.is_heading(child):
                self.add_heading(child)
            elif local_name(child) in ("subparagraph", "point", "paragraph", "item"):
                label = self._label(child, len(subparagraphs))
                subparagraphs.append(self._hierarchical(child, clause.child(label)))
        return Paragraph(clause, text, lead, tuple(markers), number_of(_num(element)), tuple(subparagraphs))

    def _listed(self, element: Any, default: ClauseId) -> Paragraph:
        """A preamble ``container`` (or ``recital``, ``p``, or an ``item`` of a ``blockList``)."""
        clause = self._start(element, default)
        blocks = [element] if local_name(element) == "p" else element.xpath("a:p", namespaces=NAMESPACES)
        lead, text, markers = self._blocks(blocks, clause)
        subparagraphs: list[Paragraph] = []
        for item in element.xpath("a:blockList/a:item", namespaces=NAMESPACES):
            label = self._label(item, len(subparagraphs))
            subparagraphs.append(self._listed(item, clause.child(label)))
        return Paragraph(clause, text, lead, tuple(markers), number_of(_num(element)), tuple(subparagraphs))

    @staticmethod
    def _label(element: Any, index: int) -> str:
        number = number_of(_num(element))
        if number is not None and _LABEL.fullmatch(number):
            return number
        return chr(ord("a") + index % 26) * (1 + index // 26)

    def _blocks(self, blocks: list[Any], clause: ClauseId) -> tuple[str | None, str, list[str]]:
        """The lead, text and cited footnote markers of a clause's text blocks."""
        markers: list[str] = []
        texts = [clean(self._inline(block, markers)) for block in blocks]
        text = " ".join(part for part in texts if part)
        eid = str(clause).replace(".", "__")
        lead: str | None = self.leads.get(eid)
        if lead is None and blocks:
            first = blocks[0]
            opening = next((child for child in first if isinstance(child.tag, str)), None)
            if opening is not None and _is_italic(opening) and not (first.text or "").strip():
                lead = clean("".join(opening.itertext())) or None
        return lead, text, markers

    def _inline(self, element: Any, markers: list[str]) -> str:
        parts = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str):
                kind = local_name(child)
                if kind == "authorialNote":
                    markers.append(self._note(child))
                elif kind == "noteRef":
                    markers.append(
                        child.get("marker") or self.note_ids.get(child.get("href", "").lstrip("#"), "")
                    )
                else:
                    parts.append(self._inline(child, markers))
            parts.append(child.tail or "")
        return "".join(parts)

    def _note(self, note: Any) -> str:
        marker = note.get("marker") or str(len(self.notes) + 1)
        if marker not in self.notes:
            blocks = [clean("".join(block.itertext())) for block in note if isinstance(block.tag, str)]
            self.notes[marker] = Footnote(marker, " ".join(part for part in blocks if part))
            if note.get("eId"):
                self.note_ids[note.get("eId")] = marker
        return marker


def _is_italic(element: Any) -> bool:
    """True for ``i``, and for the ``span class="italic"`` AKN4UN documents write instead."""
    kind = local_name(element)
    return kind == "i" or (kind == "span" and "italic" in element.get("class", "").split())


def _num(element: Any) -> Any | None:
    found = element.xpath("a:num", namespaces=NAMESPACES)
    return found[0] if found else None
