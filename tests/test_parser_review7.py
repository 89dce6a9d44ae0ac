"""A review of the seventh parser round (stop 20): the rules it added, tried on made texts in the shape of
UN documents they were not written for.  A numbered paragraph after a paragraph's colon is a table's row
only in a table (a figure alone on a line after the colon) and only when its words open no operative
clause; a chapeau's "that" keeps the whole lead of a paragraph that opens with an operative phrase; a
sponsors list that runs on across blank lines stops below the agenda item's title."""

from __future__ import annotations

import pytest
from corpus import made_header, parse_made

HEADER = made_header("Test matter")
CLOSING = "55th plenary meeting\n24 December 2024\n"


def _numbers_and_texts(body: str) -> list[tuple[str | None, str]]:
    document = parse_made(HEADER + "Recalling its resolution 78/1,\n" + body + CLOSING)
    return [(p.number, p.text) for p in document.operative]


_AFTER_A_COLON = {
    "a list of words": "Opening of the conference\nElection of the President\n",
    "a quoted title": "\u201cPromotion of sustainable tourism\u201d\n",
}


@pytest.mark.parametrize("announced", _AFTER_A_COLON.values(), ids=_AFTER_A_COLON.keys())
def test_a_paragraph_whose_second_line_is_a_year_is_no_row_after_a_colon_without_a_table(
    announced: str,
) -> None:
    # "2. Requests ... in" / "2027." was read as a row of a table the colon announced: paragraphs 2 and 3
    # ran into paragraph 1 (every word kept, so no check noticed)
    body = (
        "1. Decides that the provisional agenda of the conference shall be as follows:\n"
        + announced
        + "2. Requests the Secretary-General to report to it at its session in\n2027.\n"
        + "3. Decides to remain seized of the matter.\n"
    )
    paragraphs = _numbers_and_texts(body)
    assert [number for number, _ in paragraphs] == ["1", "2", "3"]
    assert paragraphs[1][1] == "Requests the Secretary-General to report to it at its session in 2027."


def test_a_paragraph_that_opens_with_a_year_after_a_colon_is_no_row() -> None:
    body = (
        "1. Decides as follows:\nParagraph 3 of resolution 78/1 is replaced by the following text\n"
        "2. 2025 shall be the International Year of Test, and\n2025\nis the year of reference;\n"
        "3. Decides to remain seized of the matter.\n"
    )
    assert [number for number, _ in _numbers_and_texts(body)] == ["1", "2", "3"]


def test_an_operative_paragraph_after_a_table_is_no_row() -> None:
    # a table (a figure after the colon), but "Requests ..." opens an operative clause
    body = (
        "1. Approves the estimates as follows:\nSection 1\n100 000\n"
        "2. Requests the Secretary-General to report to it at its session in\n2027.\n"
        "3. Decides to remain seized of the matter.\n"
    )
    paragraphs = _numbers_and_texts(body)
    assert [number for number, _ in paragraphs] == ["1", "2", "3"]
    assert paragraphs[1][1].startswith("Requests")


def test_the_numbered_rows_of_a_table_stay_in_their_paragraph() -> None:
    body = (
        "1. Estimates of income totalling 312,115,000 dollars are approved as follows:\n"
        "Income section\nAmount (United States dollars)\n1. Income from staff assessment\n278 735 200\n"
        "2. General income\n32 815 100\n3. Services to the public\n564 700\nTotal\n312 115 000\n"
        "2. Decides to remain seized of the matter.\n"
    )
    paragraphs = _numbers_and_texts(body)
    assert [number for number, _ in paragraphs] == ["1", "2"]
    assert "2. General income 32 815 100" in paragraphs[0][1]


_OPERATIVE = (
    "1. Takes note with appreciation of the report;\n"
    "2. Expresses its deep concern about the situation;\n"
    "3. Decides to remain seized of the matter.\n"
)


def test_a_paragraph_under_a_that_chapeau_keeps_its_whole_operative_lead() -> None:
    # under "Resolves that:" only the list's phrase was taken ("Takes note", "Expresses")
    plain = parse_made(HEADER + "Recalling its resolution 78/1,\n" + _OPERATIVE + CLOSING)
    chapeau = parse_made(HEADER + "Recalling its resolution 78/1,\nResolves that:\n" + _OPERATIVE + CLOSING)
    assert [h.text for h in chapeau.headings] == ["Resolves that:"]
    assert [p.lead for p in chapeau.operative] == [p.lead for p in plain.operative]
    assert chapeau.operative[0].lead == "Takes note with appreciation"


def test_a_paragraph_under_a_that_chapeau_that_opens_with_its_subject_has_no_lead() -> None:
    body = (
        "Resolves that, for 2026:\n1. Appropriations totalling 100 dollars are approved;\n"
        "2. The Secretary-General is requested to report.\n"
    )
    document = parse_made(HEADER + "Recalling its resolution 78/1,\n" + body + CLOSING)
    assert [p.lead for p in document.operative] == [None, None]


_DRAFT = """United Nations
A/80/L.99
General Assembly
Distr.: Limited
3 October 2025
Original: English

Eightieth session
Agenda item 33
{agenda}

{sponsors}: draft resolution

Status of internally displaced persons

The General Assembly,

Recalling its resolution 77/1,

1. Welcomes the work of the Organization.
"""

_GEORGIA = (
    "Status of internally displaced persons and refugees from Abkhazia, Georgia, and the Tskhinvali "
    "region/South Ossetia, Georgia"
)


@pytest.mark.parametrize(
    ("agenda", "sponsors", "expected"),
    [
        (_GEORGIA, "Albania, Georgia,\n\nUkraine", ("Albania", "Georgia", "Ukraine")),
        (_GEORGIA, "Georgia and Ukraine", ("Georgia", "Ukraine")),
        (
            "Cooperation with the Example Organization",
            "Albania, Georgia,\n\nUkraine",
            ("Albania", "Georgia", "Ukraine"),
        ),
    ],
    ids=["a title that ends on a name after a comma", "one block", "a title that ends a phrase"],
)
def test_a_sponsors_list_across_blank_lines_stops_below_the_agenda_items_title(
    agenda: str, sponsors: str, expected: tuple[str, ...]
) -> None:
    # the list ran up into the agenda item's title, and then fell back to its last line alone ("Ukraine")
    document = parse_made(_DRAFT.format(agenda=agenda, sponsors=sponsors))
    assert document.sponsors == expected
    assert document.title == "Status of internally displaced persons"
