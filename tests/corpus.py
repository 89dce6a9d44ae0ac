"""Where the shared corpus lives, and cached parses of its texts (tests read it, never copy it)."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from versioning.model import Document, Footnote, Source
from versioning.parsing import parse_edition
from versioning.parsing.citations import MARK_CLOSE, MARK_OPEN, mark_citations
from versioning.parsing.footnotes import FootnoteBlock
from versioning.parsing.lines import Line
from versioning.parsing.pdf import PdfPage, read_pdf_pages
from versioning.parsing.resolution import parse_text

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
FOUNDING = CORPUS / "csto" / "A-RES-67-6.reissue-2013-07-15.txt"
TEXTS = sorted([*CORPUS.glob("*/*.txt"), *CORPUS.glob("sessions/*/*.txt")])


@functools.cache
def parsed(path: Path) -> Document:
    """The document of a corpus file, parsed once per test session."""
    return parse_edition(path)


@functools.cache
def pdf_pages(path: Path) -> list[PdfPage]:
    """The pages of a corpus PDF, read once per test session."""
    return read_pdf_pages(path.read_bytes(), name=path.name)


def comparable(document: Document) -> dict[str, Any]:
    """A document's dictionary without its source record (which differs between extractions)."""
    record = document.to_dict()
    record.pop("source")
    return record


EXTRACTIONS = (".pymupdf.txt", ".pdftotext-layout.txt", ".pdftotext-raw.txt", ".pdf", ".txt")


def edition_stem(path: Path) -> str:
    """The edition a corpus file renders: ``A-80-L.34.pymupdf.txt`` -> ``A-80-L.34``."""
    name = path.name
    for suffix in EXTRACTIONS:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def reference_count(text: Path) -> int | None:
    """How many operative paragraphs the corpus's ``.reference.json`` record counts, if there is one.

    Keys that are years ("2021" in 79/332's record, "2030" in 80/117's and A/80/L.34's) are numbers the
    record's extractor took for paragraph numbers -- a fault of the record (the corpus README names the
    first) -- and are not counted."""
    reference = text.with_name(f"{edition_stem(text)}.reference.json")
    if not reference.exists():
        return None
    keys = json.loads(reference.read_text(encoding="utf-8"))["paragraphs"]
    return sum(1 for key in keys if not (key.isdigit() and len(key) == 4))


def made_header(title: str) -> str:
    """The first page of a made resolution, A/RES/79/99, down to "The General Assembly,", with ``title`` (its
    lines as printed, after "79/99. ")."""
    return f"""United Nations
A/RES/79/99
General Assembly
Distr.: General
19 November 2024
24-99999 (E)
*2499999*
Seventy-ninth session
Agenda item 125 (t)
Resolution adopted by the General Assembly on 18 November 2024
[without reference to a Main Committee (A/79/L.99)]
79/99. {title}
The General Assembly,
"""


def parse_made(text: str) -> Document:
    """The document of a made text (its source record: the SHA-256 of the text, plain text)."""
    return parse_text(text, source=Source(hashlib.sha256(text.encode()).hexdigest(), "text/plain"))


def mark(line_texts: list[str], markers: list[str]) -> list[str]:
    """Lines with their footnote citations marked, given the notes ``markers`` at the foot of the page."""
    body = [Line(i, text, text) for i, text in enumerate(line_texts, 1)]
    block = FootnoteBlock(tuple(Footnote(m, f"note {m}") for m in markers), len(body), 99)
    return [line.text for line in mark_citations(body, [block])]


def sentinel(marker: str) -> str:
    """A marked citation of note ``marker``, as :func:`mark` leaves it in a line."""
    return MARK_OPEN + marker + MARK_CLOSE
