"""Resolutions in lettered parts and in numbered sections, made from real texts of
``../shared/corpus/sessions`` by the fewest edits that give the shape (the corpus holds no such resolution):
the inputs of the division tests, of the Word and of the Akoma Ntoso writers' tests."""

from __future__ import annotations

from corpus import CORPUS

SESSIONS = CORPUS / "sessions"


def read(relative: str) -> str:
    return (SESSIONS / relative).read_text(encoding="utf-8")


def edited(text: str, *replacements: tuple[str, str]) -> str:
    """``text`` with each replacement made; each must apply exactly once."""
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def in_parts() -> str:
    """A/RES/80/27 as part A ("Regional disarmament") and the body of A/RES/80/245 as part B, with its own
    "The General Assembly," and closing line.  Edits: "A" and the part's title after the resolution's
    title; a page header (symbol, running title, job number, page) and "B" with its title before part B;
    part B's footnote 1 becomes 3 (the document already has notes 1 and 2) and its page header names
    80/27; the page numbers are those of one four-page document ("2/4", "3/4", "4/4") and part B's job
    number is 80/27's, so that the page furniture agrees with itself as a real document's does."""
    part_a = edited(
        read("first/A-RES-80-27.pymupdf.txt"),
        ("80/27. Regional disarmament \n", "80/27. Regional disarmament \n \nA \nRegional disarmament \n"),
        ("\n2/2 \n", "\n2/4 \n"),
    )
    source_b = read("fifth/A-RES-80-245.pymupdf.txt")
    part_b = edited(
        source_b[source_b.index("The General Assembly \n") :],
        ("The General Assembly \n", "The General Assembly, \n"),
        ("Nations 1  and", "Nations 3  and"),
        ("1 ST/SGB/2013/4", "3 ST/SGB/2013/4"),
        (
            "A/RES/80/245 \nUnforeseen and extraordinary expenses for 2026",
            "A/RES/80/27 \nRegional disarmament",
        ),
        ("25-21253\n2/2 \n", "25-19982\n4/4 \n"),
    )
    page_header = "\nA/RES/80/27 \nRegional disarmament\n \n25-19982\n3/4 \n \n \n"
    return f"{part_a}{page_header}B \nUnforeseen and extraordinary expenses for 2026 \n \n{part_b}"


def in_sections(*, parts_in_section_two: bool = False) -> str:
    """The body of A/RES/80/245 as section I and that of A/RES/79/260 as section II, both numbered from 1.
    Edits: "I" and a title after "The General Assembly", "II" and a title before 79/260's paragraphs;
    79/260's footnote 1 becomes 2 and its page header names 80/245.  With ``parts_in_section_two``,
    section II is itself in parts: "A" and a title before its paragraph 1, "B" and a title before its
    paragraph 2, and paragraphs 2 and 3 numbered 1 and 2."""
    older = read("fifth/A-RES-79-260.pymupdf.txt")
    section_two = edited(
        older[older.index("1. \nAuthorizes") : older.index("55th (resumed)")],
        ("Nations 1  and", "Nations 2  and"),
        ("1  ST/SGB/2013/4", "2  ST/SGB/2013/4"),
        (
            "A/RES/79/260 \nUnforeseen and extraordinary expenses for 2025\n \n24-24704\n2/2",
            "A/RES/80/245 \nUnforeseen and extraordinary expenses for 2026\n \n25-21253\n3/3",
        ),
    )
    if parts_in_section_two:
        section_two = edited(
            section_two,
            ("1. \nAuthorizes", "A \nAuthorizations \n \n1. \nAuthorizes"),
            ("2. \nResolves", "B \nReports and decisions \n \n1. \nResolves"),
            ("3. \nDecides", "2. \nDecides"),
        )
    end = "Assembly shall be convened by the Secretary-General to consider the matter.  \n \n"
    return edited(
        read("fifth/A-RES-80-245.pymupdf.txt"),
        ("The General Assembly \n \n1. \n", "The General Assembly \n \nI \nCommitments for 2026 \n \n1. \n"),
        (end, f"{end}II \nCommitments for 2025 \n \n{section_two}"),
    )
