"""Akoma Ntoso round trip as a property: any document whose texts the parser could give (no line breaks,
no white space at their ends) reads back from its export unchanged, and the export is valid AKN."""

from __future__ import annotations

from dataclasses import replace

from akn_schema import schema_errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_documents import make_document

from versioning.canonical import canonical_bytes
from versioning.identifiers import ClauseId
from versioning.interop.akn_read import read_akn
from versioning.interop.akn_write import write_akn
from versioning.model import Footnote, Paragraph

MARKERS = ("*", "1", "2", "3")
# Every character XML 1.0 can carry but the C0/C1 controls; line breaks and end spaces are trimmed below.
CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc", "Cn"))
TEXTS = st.text(CHARACTERS, max_size=40).map(lambda text: text.strip(" "))


@st.composite
def paragraphs(draw: st.DrawFn, clause: ClauseId, depth: int = 0) -> Paragraph:
    text = draw(TEXTS)
    cut = draw(st.integers(0, len(text)))
    lead = draw(st.sampled_from([None, text[:cut].rstrip(" ") or None, draw(TEXTS) or None]))
    subparagraphs = ()
    if depth < 2:
        labels = ("a", "b") if depth == 0 else ("i", "ii")
        count = draw(st.integers(0, 2))
        subparagraphs = tuple(draw(paragraphs(clause.child(label), depth + 1)) for label in labels[:count])
    return Paragraph(
        clause,
        text,
        lead,
        tuple(draw(st.lists(st.sampled_from(MARKERS[1:]), max_size=2, unique=True))),
        # a preambular paragraph has no number (the contract); any other clause may have one or not
        None if clause.section == "pp" and depth == 0 else draw(st.sampled_from([None, clause.label])),
        subparagraphs,
    )


@st.composite
def documents(draw: st.DrawFn) -> object:
    preamble = [draw(paragraphs(ClauseId.preambular(n))) for n in range(1, draw(st.integers(0, 3)) + 1)]
    operative = [draw(paragraphs(ClauseId.operative(n))) for n in range(1, draw(st.integers(1, 3)) + 1)]
    notes = tuple(Footnote(marker, draw(TEXTS)) for marker in draw(st.permutations(MARKERS)))
    return replace(
        make_document(),
        title=draw(TEXTS),
        preamble=tuple(preamble),
        operative=tuple(operative),
        footnotes=notes,
        meeting=draw(st.sampled_from([None, "39th plenary meeting"])),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_document_round_trips(document: object) -> None:
    data = write_akn(document)  # type: ignore[arg-type]
    assert canonical_bytes(read_akn(data)) == canonical_bytes(document)  # type: ignore[arg-type]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_document_exports_valid_akn(document: object) -> None:
    assert schema_errors(write_akn(document)) == []  # type: ignore[arg-type]
