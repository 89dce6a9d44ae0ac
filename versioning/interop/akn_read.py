"""Read an Akoma Ntoso 3.0 document into a :class:`~versioning.model.Document`.

What :mod:`versioning.interop.akn_write` writes reads back to the very document it was written from.  A
document from another editor (Indigo, LEOS, an AKN4UN converter) is read as far as it says what a document
needs: the symbol (a ``docNumber`` of the preface or cover page, else the FRBR number or the number in the
work IRI), the title (``docTitle``), the preamble's paragraphs (``container``, ``recital`` or plain ``p``),
the main body's ``paragraph`` and ``point`` elements (at any depth of ``hcontainer``, ``section``,
``part``... wrappers), their ``num``, ``subparagraph`` children and ``list`` of points, an opening ``i`` (or
italic ``span``) as the lead and ``authorialNote`` as footnotes.  Clause ids come from eIds written the way
the export writes them (``op3__a``), else from the clause's place.  Only a ``statement`` or ``doc`` is read:
an act or a bill is refused.  Errors name the element by its path and line.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from lxml import etree

from versioning.errors import IdentifierError, ParseError
from versioning.identifiers import Symbol, parse_iso_date, parse_scope
from versioning.interop.akn_clauses import ClauseReader, element_path, local_name, plain_text
from versioning.interop.akn_ids import AKN_MEDIA_TYPE, AKN_NAMESPACE, symbol_of_work_number
from versioning.interop.akn_meta import NAMESPACES, MetaRecord, read_meta
from versioning.model import Annex, Distribution, Document, Edition, Footnote, Part, Report, Source

_ROOT = f"{{{AKN_NAMESPACE}}}akomaNtoso"
_WRAPPERS = {"hcontainer", "section", "part", "chapter", "title", "division", "article", "book", "tome"}
_RESOLUTION_TYPES = {"statement", "doc"}
_WORK_NUMBER = re.compile(r"/akn/[^/]+/(?:[^/]+/)*?\d{4}-\d{2}-\d{2}/([^/!@]+)")


def read_akn(data: bytes, *, name: str | None = None) -> Document:
    """The document an Akoma Ntoso file holds.  Raises :class:`ParseError` naming the element (its path and
    line) for XML that is not a resolution in Akoma Ntoso."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ParseError(f"not well-formed XML: {error.msg}", file=name, line=error.lineno or None) from None
    if root.getroottree().docinfo.doctype:
        raise ParseError("a DOCTYPE declaration is not accepted in Akoma Ntoso input", file=name, line=1)
    try:
        return _DocumentReader(root, data, name).read()
    except IdentifierError as error:
        raise ParseError(str(error), file=name) from None


class _DocumentReader:
    def __init__(self, root: Any, data: bytes, name: str | None) -> None:
        self.root = root
        self.data = data
        self.name = name

    def fail(self, element: Any, reason: str) -> ParseError:
        return ParseError(f"{element_path(element)}: {reason}", file=self.name, line=element.sourceline)

    def read(self) -> Document:
        root = self.root
        if root.tag != _ROOT:
            raise self.fail(
                root, f"the root element is {root.tag!r}, not akomaNtoso in the namespace {AKN_NAMESPACE}"
            )
        documents = [
            child for child in root if isinstance(child.tag, str) and local_name(child) != "components"
        ]
        if not documents:
            raise self.fail(root, "no document inside akomaNtoso")
        top = documents[0]
        kind = local_name(top)
        if kind not in _RESOLUTION_TYPES:
            article = "an" if kind[:1] in "aeiou" else "a"
            raise self.fail(
                top, f"{article} {kind} is not a resolution: only a statement or a doc is read as one"
            )
        meta = read_meta(_first(top, "a:meta"))
        preface = _first(top, "a:preface")
        cover = _first(top, "a:coverPage")
        front = [element for element in (preface, cover) if element is not None]
        symbol = self._symbol(top, front, meta)
        clauses = ClauseReader(meta.leads, self.fail)
        parts: list[Part] = []
        for element in front:
            clauses.collect_notes(element)
        preamble_element = _first(top, "a:preamble")
        preamble = clauses.preamble(preamble_element) if preamble_element is not None else []
        body = _first(top, "a:mainBody")
        if body is None:
            body = _first(top, "a:body")
        operative = self._body(body, clauses, parts, annex=None) if body is not None else []
        annexes = [
            self._annex(attachment, index, clauses, parts)
            for index, attachment in enumerate(
                top.xpath("a:attachments/a:attachment", namespaces=NAMESPACES), 1
            )
        ]
        conclusions = _first(top, "a:conclusions")
        meeting = plain_text(conclusions) if conclusions is not None else None
        distribution = Distribution(
            _text(front, ".//a:inline[@name='distribution']") or "General",
            _attribute(front, ".//a:date[@refersTo='#distribution']/@date"),
        )
        adopted = (
            _attribute(front, ".//a:docDate[@refersTo='#adoption']/@date")
            or meta.adopted
            or self._closing_date(conclusions)
        )
        if adopted is None and symbol.is_resolution and meta.work_date and len(meta.work_date) == 10:
            adopted = meta.work_date  # the work of a resolution is dated by its adoption
        session_value = _attribute(front, ".//a:session/@value")
        report = self._symbol_at(front, ".//a:inline[@name='report']")
        for path in (".//a:docDate/@date", ".//a:date/@date"):
            for date in _nodes(front, path):
                try:
                    parse_iso_date(str(date))
                except IdentifierError as error:
                    raise self.fail(date.getparent(), str(error)) from None
        return Document(
            symbol=symbol,
            number=symbol.number,
            session=int(session_value) if session_value and session_value.isdigit() else symbol.session,
            title=self._title(top, front),
            agenda_items=tuple(_texts(front, ".//a:inline[@name='agendaItem']")),
            adopted=adopted,
            draft=self._symbol_at(front, ".//a:inline[@name='draft']"),
            distribution=distribution,
            edition=Edition(
                meta.kind or ("draft" if symbol.is_draft else "original"),
                self._edition_date(meta, distribution),
                _text(front, ".//a:inline[@name='editionNote']"),
                self._symbol_at(front, ".//a:inline[@name='editionSymbol']"),
            ),
            preamble=tuple(preamble),
            operative=tuple(operative),
            footnotes=tuple(_ordered(clauses.footnotes(), meta.footnote_order)),
            source=meta.source or Source(hashlib.sha256(self.data).hexdigest(), AKN_MEDIA_TYPE),
            meeting=meeting,
            sponsors=tuple(_texts(front, ".//a:docProponent")),
            headings=tuple(clauses.headings(meta.unplaced_headings)),
            annexes=tuple(annexes),
            committee=_text(front, ".//a:docCommittee"),
            report=Report(report, _text(front, ".//a:inline[@name='reportParagraph']")) if report else None,
            parts=tuple(parts),
        )

    def _symbol(self, top: Any, front: list[Any], meta: MetaRecord) -> Symbol:
        """The symbol: a ``docNumber`` of the preface or cover page that is a full symbol, else a
        resolution number there (``79/275.``), else the FRBR work number or the number in the work IRI."""
        numbers = _nodes(front, ".//a:docNumber")
        for number in numbers:
            try:
                return Symbol.parse(plain_text(number))
            except IdentifierError:
                continue
        for number in numbers:
            text = plain_text(number).removesuffix(".")
            if re.fullmatch(r"\d+/\d+", text):
                return Symbol.for_resolution(text)
        if numbers:
            try:
                Symbol.parse(plain_text(numbers[0]))
            except IdentifierError as error:
                raise self.fail(numbers[0], str(error)) from None
        for candidate in (meta.work_number, _number_in_iri(meta.work_iri)):
            if not candidate:
                continue
            try:
                if candidate.startswith("A/"):
                    return Symbol.parse(candidate)
                if "/" in candidate:
                    return Symbol.for_resolution(candidate)
                return symbol_of_work_number(candidate)
            except IdentifierError:
                pass
        work = f" {meta.work_iri}" if meta.work_iri else ""
        raise self.fail(
            top,
            f"no resolution symbol: neither a docNumber nor the FRBR work{work} names a General Assembly one",
        )

    def _closing_date(self, conclusions: Any | None) -> str | None:
        """The adoption date the conclusions give (AKN4UN: ``docDate refersTo="#adoptionDate"``)."""
        element = _first(conclusions, ".//a:docDate[@refersTo='#adoption' or @refersTo='#adoptionDate']")
        if element is None:
            return None
        date = element.get("date", "")
        try:
            parse_iso_date(date)
        except IdentifierError as error:
            raise self.fail(element, str(error)) from None
        return str(date)

    def _symbol_at(self, front: list[Any], path: str) -> Symbol | None:
        """The symbol the element at ``path`` in the preface (or cover page) names, if there is one."""
        element = _first(front, path)
        if element is None:
            return None
        try:
            return Symbol.parse(plain_text(element))
        except IdentifierError as error:
            raise self.fail(element, str(error)) from None

    def _title(self, top: Any, front: list[Any]) -> str:
        title = _first(front, ".//a:docTitle")
        if title is None:  # some tools mark the title by a class on a plain paragraph
            title = _first(front, ".//a:p[@class='docTitle']")
        if title is None:
            raise self.fail(top, "no title: neither the preface nor a cover page has a docTitle")
        return plain_text(title)

    @staticmethod
    def _edition_date(meta: MetaRecord, distribution: Distribution) -> str | None:
        if meta.edition_date_stated:
            return meta.edition_date
        date = meta.expression_date
        return date if date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else distribution.date

    def _body(self, body: Any, clauses: ClauseReader, parts: list[Part], annex: int | None) -> list[Any]:
        """The clauses of a main body, in order; the divisions met on the way are added to ``parts``."""
        paragraphs: list[Any] = []

        def walk(element: Any, scope: tuple[str, ...]) -> None:
            for child in element:
                if not isinstance(child.tag, str):
                    continue
                kind = local_name(child)
                if clauses.is_heading(child):
                    clauses.add_heading(child)
                elif kind in ("paragraph", "point") or (kind == "p" and plain_text(child)):
                    paragraphs.append(clauses.operative(child, len(paragraphs) + 1, scope, annex))
                elif kind == "list":  # points straight in the body, under a list
                    walk(child, scope)
                elif kind in _WRAPPERS:
                    inner = scope
                    division = self._division(child, annex, clauses)
                    if division is not None:
                        parts.append(division)
                        inner = division.scope
                    walk(child, inner)

        walk(body, (f"annex{annex}",) if annex is not None else ())
        return paragraphs

    def _division(self, element: Any, annex: int | None, clauses: ClauseReader) -> Part | None:
        """The part or section an ``hcontainer`` written by the export stands for, if it is one."""
        eid = element.get("eId", "")
        try:
            scope = parse_scope(eid.replace("__", "."))
        except IdentifierError:
            return None
        if annex is not None and scope[0] != f"annex{annex}":
            return None
        num = _first(element, "a:num")
        if num is None:  # the export writes a division the document does not list without its label
            return None
        heading = _first(element, "a:heading")
        title, markers = clauses.text_and_markers(heading) if heading is not None else (None, ())
        wrap_up = _first(element, "a:wrapUp")
        return Part(
            scope,
            plain_text(num),
            title or None,
            plain_text(wrap_up) if wrap_up is not None else None,
            markers,
        )

    def _annex(self, attachment: Any, index: int, clauses: ClauseReader, parts: list[Part]) -> Annex:
        docs = [child for child in attachment if isinstance(child.tag, str)]
        if not docs:
            raise self.fail(attachment, "an attachment without a document")
        doc = docs[0]
        eid = attachment.get("eId", "")
        number = int(eid.removeprefix("annex")) if re.fullmatch(r"annex\d+", eid) else index
        preface = _first(doc, "a:preface")
        if preface is not None:
            clauses.collect_notes(preface)
        body = _first(doc, "a:mainBody")
        paragraphs = self._body(body, clauses, parts, annex=number) if body is not None else []
        placement = doc.get("name")
        markers = clauses.text_and_markers(preface)[1] if preface is not None else ()
        return Annex(
            f"annex{number}",
            _text(preface, ".//a:inline[@name='label']"),
            _text(preface, ".//a:docTitle"),
            tuple(paragraphs),
            placement if placement in ("annex", "body") else "annex",
            markers,
        )


def _number_in_iri(iri: str | None) -> str | None:
    """The number component of a work IRI (``/akn/un/statement/deliberation/unga/2025-03-25/79-275/``)."""
    found = _WORK_NUMBER.search(iri or "")
    return found.group(1) if found else None


def _ordered(notes: list[Footnote], order: tuple[str, ...]) -> list[Footnote]:
    """The footnotes in the order the proprietary block gives (those it does not name after, as read)."""
    place = {marker: index for index, marker in enumerate(order)}
    return sorted(notes, key=lambda note: place.get(note.marker, len(place)))


def _nodes(place: Any | None, path: str) -> list[Any]:
    """What ``path`` finds in an element, or in each of a list of elements (the preface, then the cover
    page), in order."""
    if place is None:
        return []
    elements = place if isinstance(place, list) else [place]
    return [found for element in elements for found in element.xpath(path, namespaces=NAMESPACES)]


def _first(place: Any | None, path: str) -> Any | None:
    found = _nodes(place, path)
    return found[0] if found else None


def _text(place: Any | None, path: str) -> str | None:
    found = _first(place, path)
    return plain_text(found) if found is not None else None


def _texts(place: Any | None, path: str) -> list[str]:
    return [plain_text(found) for found in _nodes(place, path)]


def _attribute(place: Any | None, path: str) -> str | None:
    found = _first(place, path)
    return str(found) if found is not None else None
