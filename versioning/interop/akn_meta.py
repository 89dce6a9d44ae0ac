"""The ``<meta>`` block of an Akoma Ntoso resolution: written from a document, and read back.

* ``identification``: the FRBR work, expression and manifestation (:mod:`versioning.interop.akn_ids`).
* ``lifecycle``: the adoption and this edition, each an ``eventRef`` whose ``refersTo`` names the event:
  ``#adoption``, or the edition's kind (``#original``, ``#reissue``, ``#corrigendum``, ``#revision``,
  ``#draft``).
* ``references``: the General Assembly (the author), this program (the source of the metadata), the events.
* ``proprietary``: what AKN has no element for, in this project's own namespace: the edition record as the
  document states it (its kind, and its date, which may be unstated), the source record of the bytes the
  document was parsed from, and the lead of a paragraph whose lead is not the opening of its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml.builder import ElementMaker

from versioning.identifiers import EDITION_KINDS, ClauseId
from versioning.interop.akn_ids import (
    AKN_NAMESPACE,
    AUTHOR,
    COUNTRY,
    LANGUAGE,
    SUBTYPE,
    frbr_uris,
)
from versioning.model import Document, Heading, Paragraph, Source

_BREAKS = re.compile(r"[ \t\r\n]*[\t\r\n][ \t\r\n]*")


def clean(text: str) -> str:
    """Text as written, less the line breaks, tabs and indentation of the XML around it."""
    return _BREAKS.sub(" ", text).strip(" \t\r\n")


PROPRIETARY_NAMESPACE = "urn:un-resolution-versioning:akn:1"
"""The namespace of the ``proprietary`` block's elements (prefix ``uv``)."""

SOURCE_ID = "versioning"
"""The eId of this program among the references: the ``source`` of every metadata block."""

AKN = ElementMaker(namespace=AKN_NAMESPACE, nsmap={None: AKN_NAMESPACE, "uv": PROPRIETARY_NAMESPACE})
UV = ElementMaker(namespace=PROPRIETARY_NAMESPACE, nsmap={"uv": PROPRIETARY_NAMESPACE})
NAMESPACES = {"a": AKN_NAMESPACE, "uv": PROPRIETARY_NAMESPACE}


@dataclass(frozen=True, slots=True)
class MetaRecord:
    """What a ``<meta>`` block says, as far as a document needs it (``None`` where it is silent).

    Attributes:
        work_number: the FRBR work number (``67/6``, or a draft's symbol).
        work_iri: the FRBR work IRI (``FRBRuri``, else ``FRBRthis``).
        work_date: the FRBR work date.
        expression_date: the FRBR expression date (the day this edition appeared).
        adopted: the date of the lifecycle's adoption event.
        kind: the edition's kind (the proprietary record, else the lifecycle's edition event).
        edition_date: the edition's own date as the document states it (proprietary record only).
        edition_date_stated: whether the proprietary record gives the edition's date (even as unstated).
        source: the source record of the bytes the document was first parsed from.
        leads: the leads kept apart from their paragraph's text, by eId.
        footnote_order: the order of the footnotes, when it is not the order the body gives them.
        unplaced_headings: headings before a clause the document does not hold, with their place in the
            document's list of headings.
    """

    work_number: str | None = None
    work_iri: str | None = None
    work_date: str | None = None
    expression_date: str | None = None
    adopted: str | None = None
    kind: str | None = None
    edition_date: str | None = None
    edition_date_stated: bool = False
    source: Source | None = None
    leads: dict[str, str] = field(default_factory=dict)
    footnote_order: tuple[str, ...] = ()
    unplaced_headings: list[tuple[int, Heading]] = field(default_factory=list)


def build_meta(
    document: Document,
    detached_leads: dict[str, str],
    footnote_order: list[str] | None = None,
    unplaced_headings: dict[int, Heading] | None = None,
) -> Any:
    """The ``<meta>`` element of a document.

    Kept in the proprietary block: ``detached_leads`` (eIds to leads that do not open the paragraph's
    text), ``footnote_order`` (the order of the document's footnotes when it is not the order in which
    the body first cites them) and ``unplaced_headings`` (headings before a clause the document does not
    hold, by their place in its list of headings, from 1).
    """
    edition = document.edition_id
    work_date = document.adopted or edition.date
    uris = frbr_uris(edition, work_date)
    kind = document.edition.kind
    author = AKN.FRBRauthor(href=f"#{AUTHOR}")
    identification = AKN.identification(
        AKN.FRBRWork(
            AKN.FRBRthis(value=uris.work_this),
            AKN.FRBRuri(value=uris.work),
            AKN.FRBRdate(date=work_date, name="adoption" if document.adopted else "issue"),
            author,
            AKN.FRBRcountry(value=COUNTRY),
            AKN.FRBRsubtype(value=SUBTYPE),
            AKN.FRBRnumber(value=document.number or str(document.symbol)),
            AKN.FRBRname(value="resolution"),
        ),
        AKN.FRBRExpression(
            AKN.FRBRthis(value=uris.expression_this),
            AKN.FRBRuri(value=uris.expression),
            AKN.FRBRdate(date=edition.date, name=kind),
            AKN.FRBRauthor(href=f"#{AUTHOR}"),
            AKN.FRBRlanguage(language=LANGUAGE),
        ),
        AKN.FRBRManifestation(
            AKN.FRBRthis(value=uris.manifestation_this),
            AKN.FRBRuri(value=uris.manifestation),
            AKN.FRBRdate(date=edition.date, name="transformation"),
            AKN.FRBRauthor(href=f"#{SOURCE_ID}"),
        ),
        source=f"#{SOURCE_ID}",
    )
    events = []
    if document.adopted:
        events.append(_event("event_adoption", document.adopted, "adoption"))
    events.append(_event("event_edition", edition.date, kind))
    references = AKN.references(
        AKN.TLCOrganization(
            eId=AUTHOR, href=f"/ontology/organization/{COUNTRY}/{AUTHOR}", showAs="General Assembly"
        ),
        AKN.TLCOrganization(
            eId=SOURCE_ID, href=f"/ontology/organization/{COUNTRY}/{SOURCE_ID}", showAs="versioning"
        ),
        *(
            AKN.TLCEvent(eId=name, href=f"/ontology/event/{COUNTRY}/{name}", showAs=name)
            for name in (["adoption"] if document.adopted else []) + [kind]
        ),
        source=f"#{SOURCE_ID}",
    )
    edition_record = UV.edition(kind=kind)
    if document.edition.date is not None:
        edition_record.set("date", document.edition.date)
    proprietary = AKN.proprietary(
        edition_record,
        UV.source(sha256=document.source.sha256, format=document.source.format),
        *(UV.lead(lead, eId=eid) for eid, lead in detached_leads.items()),
        *(
            UV.heading(
                heading.text,
                before=str(heading.before),
                place=str(index),
                **({"footnotes": " ".join(heading.footnotes)} if heading.footnotes else {}),
            )
            for index, heading in (unplaced_headings or {}).items()
        ),
        *([UV.footnoteOrder(*(UV.marker(marker) for marker in footnote_order))] if footnote_order else []),
        source=f"#{SOURCE_ID}",
    )
    return AKN.meta(identification, AKN.lifecycle(*events, source=f"#{SOURCE_ID}"), references, proprietary)


def _event(eid: str, date: str, refers_to: str) -> Any:
    return AKN.eventRef(
        eId=eid, date=date, source=f"#{SOURCE_ID}", type="generation", refersTo=f"#{refers_to}"
    )


def lead_is_detached(paragraph: Paragraph) -> bool:
    """True when a paragraph's lead is not the opening of its text (so the text cannot carry it)."""
    return paragraph.lead is not None and not paragraph.text.startswith(paragraph.lead)


def read_meta(meta: Any | None) -> MetaRecord:
    """Read a ``<meta>`` element (or its absence) into a :class:`MetaRecord`."""
    if meta is None:
        return MetaRecord()

    def first(path: str) -> Any | None:
        found = meta.xpath(path, namespaces=NAMESPACES)
        return found[0] if found else None

    work_number = first("a:identification/a:FRBRWork/a:FRBRnumber/@value")
    work_iri = first("a:identification/a:FRBRWork/a:FRBRuri/@value")
    if work_iri is None:
        work_iri = first("a:identification/a:FRBRWork/a:FRBRthis/@value")
    work_date = first("a:identification/a:FRBRWork/a:FRBRdate/@date")
    expression_date = first("a:identification/a:FRBRExpression/a:FRBRdate/@date")
    adopted = first("a:lifecycle/a:eventRef[@refersTo='#adoption']/@date")
    kind: str | None = None
    edition_date: str | None = None
    stated = False
    record = first("a:proprietary/uv:edition")
    if record is not None:
        kind = record.get("kind")
        edition_date = record.get("date")
        stated = True
    else:
        for refers in meta.xpath("a:lifecycle/a:eventRef/@refersTo", namespaces=NAMESPACES):
            if refers.lstrip("#") in EDITION_KINDS:
                kind = refers.lstrip("#")
    source_element = first("a:proprietary/uv:source")
    source = None
    if source_element is not None:
        source = Source(source_element.get("sha256", ""), source_element.get("format", ""))
    leads = {
        element.get("eId", ""): clean(element.text or "")
        for element in meta.xpath("a:proprietary/uv:lead", namespaces=NAMESPACES)
    }
    order = tuple(
        element.text or ""
        for element in meta.xpath("a:proprietary/uv:footnoteOrder/uv:marker", namespaces=NAMESPACES)
    )
    unplaced = [
        (
            int(element.get("place", "0")),
            Heading(
                ClauseId.parse(element.get("before", "")),
                clean(element.text or ""),
                tuple(element.get("footnotes", "").split()),
            ),
        )
        for element in meta.xpath("a:proprietary/uv:heading", namespaces=NAMESPACES)
    ]
    return MetaRecord(
        work_number=str(work_number) if work_number is not None else None,
        work_iri=str(work_iri) if work_iri is not None else None,
        work_date=str(work_date) if work_date is not None else None,
        expression_date=str(expression_date) if expression_date is not None else None,
        adopted=str(adopted) if adopted is not None else None,
        kind=kind,
        edition_date=edition_date,
        edition_date_stated=stated,
        source=source,
        leads=leads,
        footnote_order=order,
        unplaced_headings=unplaced,
    )
