"""Write a document as Akoma Ntoso 3.0: a ``statement`` named ``resolution`` (AKN4UN's deliberative
document class), built with lxml's element builder.

Where each field goes (``docs/akn.md`` has the whole table):

* ``preface``: the symbol (``docNumber``, with the footnotes no paragraph cites, such as the reissue note),
  the symbol the edition was issued under, the distribution, the session, the agenda items, the title
  (``docTitle``), the draft, the Main Committee (``docCommittee``) and its report, the adoption
  (``docDate``), the sponsors (``docProponent``) and the edition's note;
* ``preamble``: "The General Assembly," as the enacting formula, then one ``container`` named
  ``preambularParagraph`` per paragraph (sub-paragraphs as a ``blockList``);
* ``mainBody``: one ``paragraph`` per operative paragraph (``num``, then ``content``, or ``intro`` and
  ``subparagraph`` children), inside an ``hcontainer`` for each lettered part or numbered section;
* headings as ``crossHeading`` (a ``container`` named ``crossHeading`` in the preamble), placed before their
  clause; a paragraph's lead as the ``i`` that opens its text; footnotes as ``authorialNote`` where first
  cited (at the end of the citing paragraph's text, since the document does not keep the marker's place),
  ``noteRef`` where cited again;
* ``conclusions``: the closing line (the meeting); ``attachments``: the annexes, each a ``doc``.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from versioning.errors import IdentifierError, InputError
from versioning.identifiers import ClauseId
from versioning.interop.akn_ids import (
    clause_eid,
    division_eid,
    footnote_eid,
    frbr_uris,
    heading_eid,
)
from versioning.interop.akn_meta import AKN, SOURCE_ID, build_meta, lead_is_detached
from versioning.model import Annex, Document, Heading, Paragraph, Part

ENACTING_FORMULA = "The General Assembly,"


def write_akn(document: Document) -> bytes:
    """The Akoma Ntoso XML of a document, UTF-8 with an XML declaration (the same document always gives the
    same bytes)."""
    return bytes(
        etree.tostring(build_akn(document), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    )


def build_akn(document: Document) -> Any:
    """The ``akomaNtoso`` element of a document.

    Raises :class:`~versioning.errors.InputError` for a document whose texts hold a character XML cannot
    carry (a control character), and :class:`~versioning.errors.IdentifierError` for one without any date.
    """
    try:
        return _Writer(document).build()
    except ValueError as error:
        if isinstance(error, IdentifierError):
            raise
        raise InputError(f"{document.reference}: cannot be written as XML: {error}") from None


class _Writer:
    """One document's export: the footnotes already written and the headings waiting for their clause."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.note_positions = {note.marker: index for index, note in enumerate(document.footnotes, start=1)}
        self.notes_written: set[str] = set()
        self.notes_order: list[str] = []
        self.headings: dict[str, list[tuple[int, Heading]]] = {}
        for index, heading in enumerate(document.headings, start=1):
            self.headings.setdefault(str(heading.before), []).append((index, heading))
        self.detached_leads = {
            clause_eid(paragraph.id): paragraph.lead or ""
            for paragraph in document.paragraphs()
            if lead_is_detached(paragraph)
        }

    def build(self) -> Any:
        document = self.document
        cited = {marker for paragraph in document.paragraphs() for marker in paragraph.footnotes}
        titled: list[Heading | Annex | Part] = [*document.headings, *document.annexes, *document.parts]
        cited.update(marker for item in titled for marker in item.footnotes)
        preface = self._preface([note.marker for note in document.footnotes if note.marker not in cited])
        in_preface = len(self.notes_order)
        preamble = AKN.preamble(AKN.formula(AKN.p(ENACTING_FORMULA), name="enactingFormula"))
        for paragraph in document.preamble:
            preamble.extend(self._headings_before(paragraph.id, as_container=True))
            preamble.append(self._preambular(paragraph))
        body = self._body(document.operative, document.parts, scope_prefix=())
        annexes = [self._annex(annex) for annex in document.annexes]
        markers = [note.marker for note in document.footnotes]
        # a note cited only by a heading the body places nowhere (kept in the proprietary block) is written
        # with the uncited ones, which read back first
        unwritten = [marker for marker in markers if marker not in self.notes_written]
        if unwritten:
            written = self.notes_order
            self.notes_order = []
            preface[0].extend(self._cite(marker) for marker in unwritten)
            self.notes_order = [*written[:in_preface], *self.notes_order, *written[in_preface:]]
        # the notes read back in the order they are written; a document that lists them otherwise says so
        order = markers if markers != self.notes_order else None
        unplaced = {
            index: document.headings[index - 1] for waiting in self.headings.values() for index, _ in waiting
        }
        meta = build_meta(document, self.detached_leads, order, unplaced)
        statement = AKN.statement(meta, preface, preamble, body, name="resolution")
        if document.meeting is not None:
            statement.append(AKN.conclusions(AKN.p(document.meeting)))
        if annexes:
            statement.append(AKN.attachments(*annexes))
        return AKN.akomaNtoso(statement)

    def _preface(self, uncited: list[str]) -> Any:
        document = self.document
        number = AKN.p(AKN.docNumber(str(document.symbol)))
        number.extend(self._cite(marker) for marker in uncited)
        lines = [number]
        if document.edition.symbol is not None:
            lines.append(AKN.p(AKN.inline(str(document.edition.symbol), name="editionSymbol")))
        distribution = AKN.p(AKN.inline(document.distribution.level, name="distribution"))
        if document.distribution.date is not None:
            date = document.distribution.date
            distribution.append(AKN.date(date, date=date, refersTo="#distribution"))
        lines.append(distribution)
        lines.append(AKN.p(AKN.session(str(document.session), value=str(document.session))))
        lines.extend(AKN.p(AKN.inline(item, name="agendaItem")) for item in document.agenda_items)
        lines.append(AKN.p(AKN.docTitle(document.title)))
        if document.draft is not None:
            lines.append(AKN.p(AKN.inline(str(document.draft), name="draft")))
        if document.committee is not None:
            lines.append(AKN.p(AKN.docCommittee(document.committee, value=document.committee)))
        if document.report is not None:
            report = AKN.p(AKN.inline(str(document.report.symbol), name="report"))
            if document.report.paragraph is not None:
                report.append(AKN.inline(document.report.paragraph, name="reportParagraph"))
            lines.append(report)
        if document.adopted is not None:
            lines.append(AKN.p(AKN.docDate(document.adopted, date=document.adopted, refersTo="#adoption")))
        lines.extend(AKN.p(AKN.docProponent(sponsor)) for sponsor in document.sponsors)
        if document.edition.note is not None:
            lines.append(AKN.p(AKN.inline(document.edition.note, name="editionNote")))
        return AKN.preface(*lines)

    def _body(
        self, paragraphs: tuple[Paragraph, ...], parts: tuple[Part, ...], scope_prefix: tuple[str, ...]
    ) -> Any:
        """A ``mainBody`` holding ``paragraphs``, inside an ``hcontainer`` for each division of ``parts``
        (whose scopes start with ``scope_prefix``, the annex's for an annex)."""
        body = AKN.mainBody()
        containers: dict[tuple[str, ...], Any] = {(): body}
        divisions = {
            part.scope[len(scope_prefix) :]: part
            for part in parts
            if part.scope[: len(scope_prefix)] == scope_prefix
            and (scope_prefix or not part.scope[0].startswith("annex"))
        }

        def container(scope: tuple[str, ...]) -> Any:
            if scope not in containers:
                parent = container(scope[:-1])
                part = divisions.get(scope)
                element = AKN.hcontainer(
                    name="part" if scope[-1].startswith("part") else "section",
                    eId=division_eid((*scope_prefix, *scope)),
                )
                if part is not None:
                    element.append(AKN.num(part.label))
                    if part.title is not None:
                        element.append(AKN.heading(part.title, *(self._cite(m) for m in part.footnotes)))
                parent.append(element)
                containers[scope] = element
            return containers[scope]

        for paragraph in paragraphs:
            parent = container(paragraph.id.scope[len(scope_prefix) :])
            parent.extend(self._headings_before(paragraph.id, as_container=parent is body))
            parent.append(self._operative(paragraph, "paragraph"))
        for scope in divisions:
            container(scope)
        for scope, part in divisions.items():
            if part.meeting is not None:
                containers[scope].append(AKN.wrapUp(AKN.p(part.meeting)))
        if len(body) == 0:
            body.append(AKN.p())
        return body

    def _headings_before(self, clause: ClauseId, *, as_container: bool = False) -> list[Any]:
        """The headings printed before a clause: a ``container`` named ``crossHeading`` where AKN allows no
        ``crossHeading`` (the preamble, the main body itself), else a ``crossHeading``."""
        elements = []
        for index, heading in self.headings.pop(str(clause), []):
            cites = [self._cite(marker) for marker in heading.footnotes]
            if as_container:
                elements.append(
                    AKN.container(AKN.p(heading.text, *cites), name="crossHeading", eId=heading_eid(index))
                )
            else:
                elements.append(AKN.crossHeading(heading.text, *cites, eId=heading_eid(index)))
        return elements

    def _text(self, paragraph: Paragraph) -> Any:
        """The ``p`` of a paragraph's own text: its lead in ``i``, then its footnotes."""
        block = AKN.p()
        lead = paragraph.lead
        if lead is not None and not lead_is_detached(paragraph):
            italic = AKN.i(lead)
            italic.tail = paragraph.text[len(lead) :]
            block.append(italic)
        else:
            block.text = paragraph.text
        block.extend(self._cite(marker) for marker in paragraph.footnotes)
        return block

    def _cite(self, marker: str) -> Any:
        position = self.note_positions.get(marker)
        if position is None or marker in self.notes_written:
            return AKN.noteRef(href=f"#{footnote_eid(position or 0)}", marker=marker)
        self.notes_written.add(marker)
        self.notes_order.append(marker)
        text = self.document.footnotes[position - 1].text
        return AKN.authorialNote(AKN.p(text), marker=marker, placement="bottom", eId=footnote_eid(position))

    def _preambular(self, paragraph: Paragraph) -> Any:
        element = AKN.container(
            self._text(paragraph), name="preambularParagraph", eId=clause_eid(paragraph.id)
        )
        if paragraph.subparagraphs:
            element.append(self._block_list(paragraph))
        return element

    def _block_list(self, paragraph: Paragraph) -> Any:
        items = []
        for sub in paragraph.subparagraphs:
            item = AKN.item(eId=clause_eid(sub.id))
            if sub.number is not None:
                item.append(AKN.num(f"({sub.number})"))
            item.append(self._text(sub))
            if sub.subparagraphs:
                item.append(self._block_list(sub))
            items.append(item)
        return AKN.blockList(*items, eId=f"{clause_eid(paragraph.id)}__list")

    def _operative(self, paragraph: Paragraph, tag: str) -> Any:
        element = getattr(AKN, tag)(eId=clause_eid(paragraph.id))
        if paragraph.number is not None:
            element.append(AKN.num(f"{paragraph.number}." if tag == "paragraph" else f"({paragraph.number})"))
        if not paragraph.subparagraphs:
            element.append(AKN.content(self._text(paragraph)))
            return element
        if paragraph.text or paragraph.lead or paragraph.footnotes:
            element.append(AKN.intro(self._text(paragraph)))
        for sub in paragraph.subparagraphs:
            element.extend(self._headings_before(sub.id))
            element.append(self._operative(sub, "subparagraph"))
        return element

    def _annex(self, annex: Annex) -> Any:
        document = self.document
        uris = frbr_uris(document.edition_id, document.adopted or document.edition_id.date)
        component = f"!{annex.id}"
        meta = AKN.meta(
            AKN.identification(
                AKN.FRBRWork(
                    AKN.FRBRthis(value=f"{uris.work}/{component}"),
                    AKN.FRBRuri(value=uris.work),
                    AKN.FRBRdate(date=document.adopted or document.edition_id.date, name="adoption"),
                    AKN.FRBRauthor(href="#unga"),
                    AKN.FRBRcountry(value="un"),
                ),
                AKN.FRBRExpression(
                    AKN.FRBRthis(value=f"{uris.expression}/{component}"),
                    AKN.FRBRuri(value=uris.expression),
                    AKN.FRBRdate(date=document.edition_id.date, name=document.edition.kind),
                    AKN.FRBRauthor(href="#unga"),
                    AKN.FRBRlanguage(language="eng"),
                ),
                AKN.FRBRManifestation(
                    AKN.FRBRthis(value=f"{uris.expression}/{component}.xml"),
                    AKN.FRBRuri(value=uris.manifestation),
                    AKN.FRBRdate(date=document.edition_id.date, name="transformation"),
                    AKN.FRBRauthor(href=f"#{SOURCE_ID}"),
                ),
                source=f"#{SOURCE_ID}",
            )
        )
        lines = []
        if annex.label is not None:
            lines.append(AKN.p(AKN.inline(annex.label, name="label")))
        if annex.title is not None:
            lines.append(AKN.p(AKN.docTitle(annex.title)))
        if annex.footnotes and lines:  # the notes its label and title cite, after the last of them
            lines[-1].extend(self._cite(marker) for marker in annex.footnotes)
        doc = AKN.doc(meta, name=annex.placement)
        if lines:
            doc.append(AKN.preface(*lines))
        doc.append(self._body(annex.paragraphs, self.document.parts, scope_prefix=(annex.id,)))
        return AKN.attachment(doc, eId=annex.id)
