"""A draft's header as extractors lay it out: the sponsors list and the title, however the lines fall."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import CORPUS, comparable, made_header, parse_made, parsed

# Drafts of the corpus with a sponsors line: over six lines (A/80/L.4, A/80/L.27, with "Bolivia
# (Plurinational State of)," and "Lao People's Democratic Republic," among the names), and on one line.
SPONSORED_DRAFTS = [
    CORPUS / "editions" / "A-80-L.4.pymupdf.txt",
    CORPUS / "editions" / "A-80-L.27.pymupdf.txt",
    CORPUS / "editions" / "A-80-L.11.pymupdf.txt",
    CORPUS / "sessions" / "third" / "A-C.3-80-L.15.pymupdf.txt",
]


def without_blank_lines(text: str) -> str:
    """The text as an extractor that drops blank lines gives it: no gap parts the agenda item's title from
    the sponsors, nor the sponsors from the title."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def every_line_a_paragraph(text: str) -> str:
    """The text as a Word document made from it line by line reads (LibreOffice converting the text: each
    line a paragraph, and the reader sets a blank line between paragraphs)."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())


@pytest.mark.parametrize("path", SPONSORED_DRAFTS, ids=lambda path: path.name)
@pytest.mark.parametrize(
    "variant",
    [
        without_blank_lines,
        every_line_a_paragraph,
        # the sponsors line's last words wrapped: "...:* draft" / "resolution"
        lambda text: text.replace(" draft resolution", " draft\nresolution", 1),
        # a revision says so: "...: revised draft resolution"
        lambda text: text.replace(" draft resolution", " revised draft resolution", 1),
    ],
    ids=["blank lines dropped", "every line a paragraph", "draft/resolution wrapped", "revised draft"],
)
def test_a_sponsors_list_stays_whole_however_its_lines_fall(path: Path, variant: object) -> None:
    original = comparable(parsed(path))
    assert original["sponsors"]
    changed = comparable(parse_made(variant(path.read_text(encoding="utf-8"))))  # type: ignore[operator]
    assert (changed["sponsors"], changed["title"]) == (original["sponsors"], original["title"])
    assert changed == original


def without_sponsors_line(text: str) -> str:
    """The draft as it would read with no sponsors line: the block of lines that ends "draft resolution"
    (or opens "Draft resolution submitted by") taken out."""
    lines = text.split("\n")
    end = next(
        index
        for index, line in enumerate(lines)
        if line.strip().lower().endswith("draft resolution") or line.startswith("Draft resolution")
    )
    while lines[end + 1].strip():
        end += 1
    start = end
    while lines[start - 1].strip():
        start -= 1
    return "\n".join(lines[:start] + lines[end + 1 :])


@pytest.mark.parametrize(
    "path",
    [*SPONSORED_DRAFTS, CORPUS / "editions" / "A-80-L.34.pymupdf.txt"],  # L.34: "submitted by the President"
    ids=lambda path: path.name,
)
def test_a_draft_without_a_sponsors_line_takes_its_title_not_its_masthead(path: Path) -> None:
    original = comparable(parsed(path))
    changed = comparable(parse_made(without_sponsors_line(path.read_text(encoding="utf-8"))))
    assert changed["sponsors"] == []
    assert changed["title"] == original["title"]
    assert {key: value for key, value in changed.items() if key not in ("sponsors", "footnotes")} == {
        key: value for key, value in original.items() if key not in ("sponsors", "footnotes")
    }


def test_a_plenary_resolution_adopted_on_another_bodys_report_names_the_report_not_a_draft() -> None:
    # A/RES/80/114 (credentials): "[without reference to a Main Committee (A/80/547, para. 17)]" names the
    # Credentials Committee's report and the paragraph of it that holds the draft, not a draft.
    header = made_header("Credentials of representatives").replace("(A/79/L.99)]", "(A/79/547, para. 17)]")
    document = parse_made(header + "\nApproves the report of the Credentials Committee.\n")
    assert document.draft is None
    assert document.report is not None
    assert (str(document.report.symbol), document.report.paragraph) == ("A/79/547", "17")
    assert document.committee is None
    plain = parse_made(made_header("Credentials of representatives") + "\nApproves the report.\n")
    assert str(plain.draft) == "A/79/L.99" and plain.report is None


_DRAFT = """United Nations
A/80/L.99

General Assembly
Distr.: Limited
3 October 2025
Original: English

Eightieth session
Agenda item 12
Cooperation between the United Nations and the Example Organization

{sponsors}: draft resolution

Cooperation between the United Nations and the Example Organization

The General Assembly,

Recalling its resolution 77/1,

1. Welcomes the work of the Organization.
"""


@pytest.mark.parametrize(
    ("printed", "sponsors"),
    [
        ("Ruritania,\n\nFreedonia and\n\nSyldavia", ("Ruritania", "Freedonia", "Syldavia")),
        (
            "Bolivia (Plurinational\n\nState of) and Syldavia",
            ("Bolivia (Plurinational State of)", "Syldavia"),
        ),
        (
            "Peru, San Marino, South\n\nAfrica and Syldavia",
            ("Peru", "San Marino", "South Africa", "Syldavia"),
        ),
        ("Syldavia", ("Syldavia",)),
    ],
    ids=[
        "names a paragraph each",
        "a name broken in its parenthesis",
        "a name broken after a comma",
        "one name",
    ],
)
def test_a_sponsors_list_runs_on_across_blank_lines_only_where_it_breaks_off(
    printed: str, sponsors: tuple[str, ...]
) -> None:
    # the agenda item's title above the blank line ends a phrase: it is never taken for a sponsor
    document = parse_made(_DRAFT.format(sponsors=printed))
    assert document.sponsors == sponsors
    assert document.title == "Cooperation between the United Nations and the Example Organization"
    assert document.agenda_items == ("12",)
