"""The seventh parser field test (held-back texts of wannli/un-docs-downloader; made lines here reproduce
each): a clause quoted whole that ends inside its closing quotation mark (A/RES/79/280), sub-paragraph labels
past "(z)" doubled as UN documents write them (A/C.3/80/L.33), a note's marker glued to a resolution's symbol
(A/RES/80/160, A/C.3/80/L.33), the numbered rows of a table a paragraph announces (A/C.5/80/L.6); and
leftovers of earlier rounds: a label cited after "(a) and" at a line's end, a numbered paragraph whose
clause lost its final punctuation, superlative and plural attitudes in a lead ("Expressing gravest concerns",
A/80/L.23)."""

from __future__ import annotations

import pytest
from corpus import made_header, mark, parse_made, sentinel

from versioning.parsing.draft_paragraphs import next_letter
from versioning.parsing.leads import load_lexicon

HEADER = made_header("Human resources management")

_QUOTED = """1. Recalls its resolution 78/275, and notes that rule 3.3 continues to read as follows:
\u201c(a) On appointment, a staff member shall normally be placed at the first step of the
level of his or her post, unless otherwise decided by the Secretary-General.
\u201c(b) On promotion, a staff member shall be placed at the lowest step of the level to which
he or she has been promoted that provides an increase in net base salary at the lower
level.\u201d
2. Stresses that paragraph 66 of its resolution 79/257 does not relate to promotions;
3. Also stresses that any changes shall be in line with its resolutions.
63rd plenary meeting
11 April 2025
"""


def test_a_quoted_clause_that_ends_inside_its_quotation_mark_stays_in_the_paragraph() -> None:
    # The quoted rule (b), its last line "level.”", was cut off as a heading over paragraph 2: the closing
    # quotation mark hid the full stop that ends the clause.
    document = parse_made(HEADER + _QUOTED)
    assert document.headings == ()
    assert [p.number for p in document.operative] == ["1", "2", "3"]
    assert document.operative[0].text.endswith(
        "provides an increase in net base salary at the lower level.\u201d"
    )


def test_a_heading_after_a_quoted_clause_is_still_a_heading() -> None:
    text = _QUOTED.replace(
        "2. Stresses", "Staff rules on promotion\n2. Stresses"
    )  # words without final punctuation between two paragraphs
    document = parse_made(HEADER + text)
    assert [(str(h.before), h.text) for h in document.headings] == [("op2", "Staff rules on promotion")]
    assert document.operative[0].text.endswith("at the lower level.\u201d")


def test_a_heading_that_ends_in_a_quoted_name_is_a_heading() -> None:
    # a closing quotation mark without punctuation before it ends no clause
    text = _QUOTED.replace("2. Stresses", "Follow-up to the \u201cSevilla Commitment\u201d\n2. Stresses")
    document = parse_made(HEADER + text)
    assert [h.text for h in document.headings] == ["Follow-up to the \u201cSevilla Commitment\u201d"]


def test_letters_past_z_are_doubled() -> None:
    assert [next_letter(label) for label in ("a", "y", "z", "aa", "bb", "cc")] == [
        "b",
        "z",
        "aa",
        "bb",
        "cc",
        "dd",
    ]


def test_sub_paragraphs_past_z_are_read_as_their_own() -> None:
    # op7 of A/C.3/80/L.33 runs "(a)" to "(dd)": "(bb)" to "(dd)" were read into "(aa)", whose successor
    # was taken to be "(ab)".
    letters = [chr(ord("a") + i) for i in range(26)] + ["aa", "bb", "cc"]
    lines = "\n".join(f"({label}) To act in case {label};" for label in letters)
    document = parse_made(
        HEADER
        + "Recalling its resolution 78/73,\n1. Urges all States:\n"
        + lines
        + "\n2. Decides to remain seized."
    )
    subs = document.operative[0].subparagraphs
    assert [s.number for s in subs] == letters
    assert subs[-1].text == "To act in case cc;"


def test_a_note_glued_to_a_resolutions_symbol_is_cited_there() -> None:
    # "pursuant to its resolution 59/3009 and": a resolution's number has three digits at most, so the
    # note 9 cited nowhere else is the symbol's last digit.
    texts = mark(
        ["from 1 January to 31 December 2023,8", "pursuant to its resolution 59/3009 and the Committee,10"],
        ["8", "9", "10"],
    )
    assert texts[1] == f"pursuant to its resolution 59/300{sentinel('9')} and the Committee,{sentinel('10')}"
    texts = mark(["resolutions 77/229,26 78/22127 and 79/184,28"], ["26", "27", "28"])
    assert (
        texts[0] == f"resolutions 77/229,{sentinel('26')} 78/221{sentinel('27')} and 79/184,{sentinel('28')}"
    )


@pytest.mark.parametrize(
    ("line", "markers"),
    [
        ("its resolutions 79/184 and 80/12,5", ["4", "5"]),  # three digits: a resolution of its own
        ("See A/80/1234 and the Committee,5", ["4", "5"]),  # a document's symbol, not a resolution's
        ("Council resolution 1980/674 and the Committee,5", ["4", "5"]),  # a year's resolution
        ("see S/2025/3894 and the Committee,5", ["4", "5"]),
    ],
)
def test_a_symbol_is_no_glued_citation_unless_its_number_is_too_long(line: str, markers: list[str]) -> None:
    assert sentinel(markers[0]) not in mark([line], markers)[0]


_ROWS = """1. Decides on its estimates;
B
Income estimates for 2026
The General Assembly
Resolves that, for 2026:
1. Estimates of income totalling 312,115,000 United States dollars are
approved as follows:
Income section
Amount (United States dollars)
1. Income from staff assessment
278 735 200
2. General income
32 815 100
3. Services to the public
564 700
Total
312 115 000
2.
The income from staff assessment shall be credited to the Tax Equalization Fund;
3.
Direct expenses shall be charged against the income derived from those activities.
"""


def test_numbered_rows_of_an_announced_table_are_no_paragraphs() -> None:
    # "2. General income / 32 815 100" was read as paragraph 2, the table's other lines as a heading, and the
    # parse refused the text ("cannot account for the word '2'").
    document = parse_made(
        made_header("Programme budget for 2026").replace("The General Assembly,\n", "")
        + "A\nBudget appropriations for 2026\nThe General Assembly\n"
        + _ROWS
    )
    part_b = [p for p in document.operative if str(p.id).startswith("partB")]
    assert [p.number for p in part_b] == ["1", "2", "3"]
    assert part_b[0].text.endswith("3. Services to the public 564 700 Total 312 115 000")
    assert part_b[1].text.startswith("The income from staff assessment")
    # (a paragraph after the table whose number opens its words is tested in test_parser_tables.py)


def test_a_label_after_a_cited_label_and_and_ends_the_reference() -> None:
    # "(a) To report on paragraph 5 (a) and / (b) of resolution 78/73;" opened a sub-paragraph "(b)" inside
    # "(a)", and the real "(b)" ran into it.
    document = parse_made(
        HEADER
        + """Recalling its resolution 78/73,
1. Requests the Secretary-General:
(a) To report on paragraph 5 (a) and
(b) of resolution 78/73;
(b) To act; and
(c) To inform the Assembly;
2. Decides to remain seized of the matter.
"""
    )
    subs = document.operative[0].subparagraphs
    assert [(s.number, s.text) for s in subs] == [
        ("a", "To report on paragraph 5 (a) and (b) of resolution 78/73;"),
        ("b", "To act; and"),
        ("c", "To inform the Assembly;"),
    ]


def test_a_numbered_paragraph_without_final_punctuation_keeps_its_words() -> None:
    # "paragraph 5 (a) and / (b) / 2. Decides": the paragraph's lines, none ending a clause, were all taken
    # for a heading over paragraph 2 and its number was left without words (refused).
    document = parse_made(
        HEADER
        + """Recalling its resolution 78/73,
1. Requests a report on the implementation of paragraph 5 (a) and
(b)
2. Decides to remain seized of the matter.
"""
    )
    assert document.headings == ()
    assert document.operative[0].text.endswith("paragraph 5 (a) and (b)")
    assert document.operative[1].text == "Decides to remain seized of the matter."


def test_a_heading_between_paragraphs_is_still_cut_from_the_paragraph_above() -> None:
    document = parse_made(
        HEADER
        + "Recalling its resolution 78/73,\n1. Requests a report;\nFinancing\n2. Decides to remain seized.\n"
    )
    assert [h.text for h in document.headings] == ["Financing"]
    assert document.operative[0].text == "Requests a report;"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Expressing gravest concerns about the humanitarian impacts of pandemics,",
            "Expressing gravest concerns",
        ),
        ("Expresses its deep concerns at the situation;", "Expresses its deep concerns"),
        ("Noting with gravest concern the findings,", "Noting with gravest concern"),
        ("Expressing grave concern at the findings,", "Expressing grave concern"),  # as before
    ],
)
def test_a_superlative_or_plural_attitude_belongs_to_the_lead(text: str, lead: str) -> None:
    # "Expressing gravest concerns about" (A/80/L.23) kept the lead "Expressing": neither "gravest" nor
    # "concerns" was among the listed words, which the lists hold in their base forms.
    part = "preamble" if text.split()[0].endswith("ing") else "operative"
    assert load_lexicon().lead(text, part) == lead


def test_a_word_that_only_ends_like_a_listed_form_is_not_taken() -> None:
    assert load_lexicon().lead("Expressing best wishes to the people,", "preamble") == "Expressing"


def test_a_time_of_day_is_no_number_glued_to_a_note() -> None:
    # "at its meeting of 10 October 2025, 1015 hours": note 15 took the time's last digits (review six).
    line = "at its meeting of 10 October 2025, 1015 hours, and the Committee,16"
    assert sentinel("15") not in mark([line], ["15", "16"])[0]


_PAGE_TWO = """
A/RES/79/99
Human resources management
24-99999
2/2

United Nations
"""


def test_united_nations_that_runs_on_over_a_page_break_is_text() -> None:
    # "borne by the Members of the / [page 2] / United Nations / as apportioned": the line was set aside
    # as a masthead line beside the page's furniture, and the words lost from the paragraph.
    document = parse_made(
        HEADER
        + "Recalling its resolution 78/73,\n1. Decides that the expenses shall be borne by the Members of the"
        + _PAGE_TWO
        + "as apportioned by the General Assembly;\n2. Decides to remain seized of the matter.\n"
    )
    assert document.operative[0].text == (
        "Decides that the expenses shall be borne by the Members of the United Nations as apportioned by the"
        " General Assembly;"
    )


def test_a_masthead_line_beside_page_furniture_is_still_set_aside() -> None:
    document = parse_made(
        HEADER
        + "Recalling its resolution 78/73,\n1. Decides that the expenses shall be borne by the Members;"
        + _PAGE_TWO
        + "2. Decides to remain seized of the matter.\n"
    )
    assert document.operative[0].text == "Decides that the expenses shall be borne by the Members;"
    assert document.operative[1].text == "Decides to remain seized of the matter."


_DRAFTS = """United Nations
A/C.5/80/L.99
General Assembly
Distr.: Limited
29 December 2025
Original: English
25-99999 (E)
*2599999*
Eightieth session
Fifth Committee
Agenda item 136
Proposed programme budget for 2026

Draft {kind} submitted by the Chair of the Committee following
informal consultations

Programme budget for 2026

The General Assembly,
1. Decides to approve the programme budget;
2. Requests the Secretary-General to report thereon.
"""


@pytest.mark.parametrize("kind", ["resolution", "resolutions"])
def test_draft_resolutions_submitted_by_the_chair_name_their_sponsor(kind: str) -> None:
    # "Draft resolutions submitted by the Chair ..." (A/C.5/80/L.6, parts A to C) named no sponsor: only the
    # singular was read.
    document = parse_made(_DRAFTS.format(kind=kind))
    assert document.sponsors == ("Chair of the Committee following informal consultations",)
    assert document.title == "Programme budget for 2026"


def test_paragraphs_that_complete_a_chapeaus_that_take_no_guessed_lead() -> None:
    # "Resolves that, for 2026: / 1. Appropriations totalling ... / 2. Estimates of income ...": the grammar
    # took "Appropriations" and "Estimates" for verbs ("Requests") and made them leads.
    document = parse_made(
        made_header("Programme budget for 2026").replace("The General Assembly,\n", "The General Assembly\n")
        + "Resolves that, for 2026:\n1. Appropriations totalling 3,450,426,300 dollars are approved;\n"
        + "2. Estimates of income totalling 312,115,000 dollars are approved;\n"
        + "3. Decides to review the appropriations.\n"
    )
    assert [p.lead for p in document.operative] == [None, None, "Decides"]
    assert [h.text for h in document.headings] == ["Resolves that, for 2026:"]


def test_paragraphs_without_a_chapeau_keep_their_leads() -> None:
    document = parse_made(
        HEADER + "Recalling its resolution 78/73,\n1. Emphasizes the role;\n2. Requests a report.\n"
    )
    assert [p.lead for p in document.operative] == ["Emphasizes", "Requests"]
