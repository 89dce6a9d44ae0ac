"""A page number is furniture only by agreement with the document's other page numbers: a cited resolution
number that the extractor leaves alone on a line ("59/50") is a word of the text and is kept."""

from __future__ import annotations

from corpus import CORPUS, FOUNDING

from versioning.parsing import parse_edition
from versioning.parsing.furniture import page_numbers
from versioning.parsing.lines import split_lines


def test_a_resolution_number_alone_on_a_line_is_kept() -> None:
    text = FOUNDING.read_text(encoding="utf-8")
    lonely = text.replace("resolution 59/50 of 2 December 2004", "resolution \n59/50 \nof 2 December 2004", 1)
    assert lonely != text
    document = parse_edition(lonely, name="lonely.txt")
    assert document.preamble[2].text.startswith("Referring also to its resolution 59/50 of 2 December 2004,")
    assert document == parse_edition(FOUNDING).with_source(document.source)


def test_a_citation_that_could_be_a_page_is_kept_in_a_document_with_page_numbers() -> None:
    path = CORPUS / "csto" / "A-RES-79-10.pymupdf.txt"
    text = path.read_text(encoding="utf-8")
    pages = page_numbers(split_lines(text))
    assert pages and all(page.endswith("/4") for page in pages)  # 2/4, 3/4, 4/4
    assert "2/3" not in pages


def test_the_page_numbers_of_every_corpus_text_share_one_total_and_count_up() -> None:
    for path in sorted(CORPUS.glob("*/*.txt")):
        pages = sorted(page_numbers(split_lines(path.read_text(encoding="utf-8"))))
        totals = {page.split("/")[1] for page in pages}
        assert len(totals) <= 1, (path.name, pages)
