"""Patterns met in the sixth parser field test, on long texts of wannli/un-docs-downloader (made lines
reproduce each): a note's marker glued to a number (A/C.4/80/L.16, A/RES/80/150), a word joiner inside a
range of dates (A/RES/80/150), a line broken after a slash (A/C.3/80/L.12), "further" before a
preposition (A/C.4/80/L.16), and a draft that prints no title before the text it adopts (A/80/L.41)."""

from __future__ import annotations

import hashlib

import pytest
from corpus import made_header, mark, parse_made, sentinel

from versioning.errors import ParseError
from versioning.model import Document, Source
from versioning.parsing.lines import split_lines
from versioning.parsing.resolution import parse_text
from versioning.parsing.textjoin import join_lines

HEADER = made_header("Operations of the Test Agency")


def test_a_note_glued_to_a_number_is_cited_there() -> None:
    # "including over 300 / staff members among at least 56514 humanitarian workers": note 14, cited
    # nowhere else, stood in the text as "56514".
    texts = mark(
        ["Recalling its resolution 78/73,13", "Condemns the killing of at least 56514 humanitarian workers;"],
        ["13", "14"],
    )
    assert texts[1] == f"Condemns the killing of at least 565{sentinel('14')} humanitarian workers;"


def test_a_note_glued_to_a_names_number_is_cited_there() -> None:
    # "takes note of the statement of the Group on COVID-1916 and commits": "COVID-19" and note 16.
    texts = mark(["the statement of the Group on COVID-1916 and commits to supporting it;"], ["16"])
    assert texts[0] == f"the statement of the Group on COVID-19{sentinel('16')} and commits to supporting it;"


@pytest.mark.parametrize(
    "line",
    [
        "since 2016 and the adoption of the Agenda;",  # a year ending in the note's digits
        "Security Council resolution 2216 (2015);",  # a numbered reference
        "at least 4516 workers and 1216 volunteers;",  # two places fit: neither is taken
        "the amount of 8.16 million;",  # a decimal
    ],
)
def test_a_number_ending_in_a_notes_digits_is_no_citation_unless_it_is_the_only_place(line: str) -> None:
    assert mark([line], ["16"]) == [line]


@pytest.mark.parametrize(
    ("line", "markers"),
    [
        ("the G77 position and the Agenda,8", ["7", "8"]),  # a number glued to a word is a name's
        ("on 22 September 2024 it decided,3", ["2", "3"]),  # a day before its month
        ("a reduction of 15 per cent,3", ["5", "3"]),  # an amount before its unit
        ("contributions of $25 million to the Fund,6", ["5", "6"]),
        ("Security Council resolutions 2334 (2016) and 2417", ["17"]),  # a list of numbered texts
        ("See paragraphs 15 and 115 of the report", ["15"]),
        ("Council resolutions 1325 (2000) and 2417 (2018)", ["17"]),
        ("the participation of 193 Member States;", ["93"]),  # one digit would be left of the number
        # down a list headed by any noun a reference number follows, plural too
        ("Sustainable Development Goals 1 to 17 and 117 and the Agenda,8", ["7", "8"]),
    ],
)
def test_a_number_in_running_text_is_no_glued_citation(line: str, markers: list[str]) -> None:
    # Review of the sixth parser round: each of these lost its number's last digits to an uncited note.
    assert sentinel(markers[0]) not in mark([line], markers)[0]


def test_a_one_digit_note_is_not_looked_for_inside_numbers() -> None:
    assert mark(["at least 3004 workers;"], ["4"]) == ["at least 3004 workers;"]


def test_a_one_digit_note_glued_to_a_number_before_the_next_notes_citation() -> None:
    # "entitled “The future we want”, 1 Agenda 212 and the Plan of Implementation,3": "Agenda 21" and
    # note 2, the only number ending in 2 between the citations of notes 1 and 3.
    texts = mark(
        [
            "entitled \u201cThe future we want\u201d, 1 Agenda 212 and the Plan",
            "of Implementation,3 in 2022,",
        ],
        ["1", "2", "3"],
    )
    assert texts[0].endswith(f"Agenda 21{sentinel('2')} and the Plan")
    assert mark(["Agenda 212 and 312 and the Plan,3"], ["2", "3"]) == [
        f"Agenda 212 and 312 and the Plan,{sentinel('3')}"
    ]


def test_the_number_glued_to_a_note_keeps_its_words_in_the_parse() -> None:
    document = parse_made(
        HEADER
        + """Recalling its resolution 78/73,
1. Condemns the killing of at least 56514 humanitarian workers;
2. Decides to remain seized of the matter.
_______________
14 Situation report of 9 October 2025.
"""
    )
    assert document.operative[0].text == "Condemns the killing of at least 565 humanitarian workers;"
    assert document.operative[0].footnotes == ("14",)


def test_a_word_joiner_prints_nothing() -> None:
    (line,) = [line for line in split_lines("on 22\u2060\u201323 September 2024") if line.text]
    assert line.text == "on 22\u201323 September 2024"


def test_a_line_broken_after_a_slash_joins_without_a_space() -> None:
    assert join_lines(["fragmented social protection systems/", "programmes, ensuring"]) == (
        "fragmented social protection systems/programmes, ensuring"
    )
    assert join_lines(["the criteria of resolution 79/", "1 and"]) == "the criteria of resolution 79/ 1 and"


def test_further_before_a_preposition_belongs_to_the_lead() -> None:
    document = parse_made(
        HEADER
        + """Expressing grave concern at the situation of the refugees,
Expressing grave concern further about the extremely difficult conditions faced by the refugees,
1. Decides to remain seized of the matter.
"""
    )
    assert document.preamble[1].lead == "Expressing grave concern further"


_OUTCOME_DRAFT = """United Nations
A/80/L.99
General Assembly
Distr.: Limited
16 December 2025
Original: English
25-99999 (E)
*2599999*
Eightieth session
Agenda item 15
Information and communications technologies for development
Draft resolution submitted by the President of the General Assembly

The General Assembly

Adopts the following outcome document of the high-level meeting:

Outcome document of the high-level meeting on the Test Summit

We, the Ministers, meeting in New York on 16 December 2025,

Recalling its resolution 70/125,

Introduction

1. We reaffirm our commitment to the vision of the Test Summit.

2. We request the Secretary-General to report in 2027.
"""


def _parse(text: str) -> Document:
    return parse_text(text, source=Source(hashlib.sha256(text.encode()).hexdigest(), "text/plain"))


def test_a_draft_without_a_title_takes_the_title_of_the_text_it_adopts() -> None:
    document = _parse(_OUTCOME_DRAFT)
    assert document.title == "Outcome document of the high-level meeting on the Test Summit"
    assert document.sponsors == ("President of the General Assembly",)


def test_a_draft_without_a_title_or_an_adopted_text_is_refused() -> None:
    text = _OUTCOME_DRAFT.split("Adopts the following")[0] + "1. Decides to include the item.\n"
    with pytest.raises(ParseError, match="no title in the header"):
        _parse(text)


_PARTS_WITHOUT_TITLES = """United Nations
A/C.5/80/L.99
General Assembly
Distr.: Limited
24 December 2025
Original: English
25-99999 (E)
*2599999*
Eightieth session
Fifth Committee
Agenda item 144
United Nations common system

Draft resolution submitted by the Chair of the Committee following
informal consultations

United Nations common system

A

The General Assembly,

Recalling its resolution 79/252 A and B,

1. Takes note of the report of the Commission;

2. Requests the Commission to report thereon.

B

The General Assembly,

Having considered the report of the Secretary-General,

1. Takes note of the report of the Secretary-General;

2. Endorses the conclusions of the Advisory Committee.
"""


def test_a_resolution_in_parts_without_part_titles_is_read_in_parts() -> None:
    # Part A printed no title of its own ("A" alone above "The General Assembly,"): the parts went unread
    # and part B ran into the last paragraph of part A.
    document = _parse(_PARTS_WITHOUT_TITLES)
    assert [(part.label, part.title) for part in document.parts] == [("A", None), ("B", None)]
    assert [str(p.id) for p in document.operative] == ["partA.op1", "partA.op2", "partB.op1", "partB.op2"]
    assert document.operative[1].text == "Requests the Commission to report thereon."


def test_a_lone_a_without_a_title_or_a_part_b_is_no_part() -> None:
    # Review of the sixth parser round: a letter "A" alone above "The General Assembly," made the whole
    # resolution a part A ("partA.op1") when neither a part title nor a part B went with it.
    text = _PARTS_WITHOUT_TITLES.split("\nB\n")[0] + "\n"
    document = _parse(text)
    assert document.parts == ()
    assert [str(p.id) for p in document.operative] == ["op1", "op2"]
