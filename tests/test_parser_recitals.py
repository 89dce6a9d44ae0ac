"""Recitals before paragraph 1 that the lead grammar alone would misplace: a recital written in an
operative verb among participial ones, and a heading over a group of recitals (made lines in the shape of
a Second Committee draft)."""

from __future__ import annotations

import pytest
from corpus import made_header, parse_made

from versioning.errors import ParseError
from versioning.model import Document

HEADER = made_header("Energy connectivity for sustainable development")


def parse(body: str) -> Document:
    return parse_made(HEADER + body)


_OPERATIVE_VERB_AMONG_RECITALS = """Noting the outcome of the High-level Conference held in 2009,
Reiterates its appreciation for the generous proposal of the Government of Turkmenistan to host the
next Sustainable Energy for All Forum,
Recognizing the need for continued international cooperation in determining ways of
ensuring reliable and stable energy connectivity,
Welcoming efforts at the national and regional levels,
1. Encourages continued international cooperation;
2. Invites the Secretary-General to report.
"""


def test_a_recital_in_an_operative_verb_keeps_the_recitals_after_it_apart() -> None:
    # Each recital after the one in the operative verb was run into it (one clause of three recitals).
    document = parse(_OPERATIVE_VERB_AMONG_RECITALS)
    assert [p.text.split()[0] for p in document.preamble] == [
        "Noting",
        "Reiterates",
        "Recognizing",
        "Welcoming",
    ]
    assert [p.number for p in document.operative] == ["1", "2"]


def test_a_recital_in_an_operative_verb_has_the_verbs_lead() -> None:
    # It had no lead: the preamble's grammar knows participles only.
    document = parse(_OPERATIVE_VERB_AMONG_RECITALS)
    assert [p.lead for p in document.preamble] == [
        "Noting",
        "Reiterates its appreciation",
        "Recognizing",
        "Welcoming",
    ]


def test_a_heading_over_recitals_is_a_heading() -> None:
    # The heading was run into the recital above it, and the recital below it into that one.
    document = parse(
        "Recalling its resolution 79/211 of 19 December 2024,\n"
        "Stressing the need for a coherent approach to energy issues,\n"
        "Countries in special situations\n"
        "Underlining that developing countries would face difficulties in meeting\n"
        "their own energy demand,\n"
        "Emphasizing the special needs of landlocked developing countries,\n"
        "1. Encourages continued international cooperation.\n"
    )
    assert [p.lead for p in document.preamble] == ["Recalling", "Stressing", "Underlining", "Emphasizing"]
    assert [(str(h.before), h.text) for h in document.headings] == [
        ("pp3", "Countries in special situations")
    ]
    assert document.preamble[1].text == "Stressing the need for a coherent approach to energy issues,"


def test_a_heading_after_a_recital_in_an_operative_verb() -> None:
    document = parse(_OPERATIVE_VERB_AMONG_RECITALS.replace("Welcoming", "Regional aspects\nWelcoming"))
    assert len(document.preamble) == 4
    assert [(str(h.before), h.text) for h in document.headings] == [("pp4", "Regional aspects")]


def test_a_lowercase_line_after_a_comma_is_no_heading() -> None:
    # A recital goes on after a comma in lower case; only a capitalised line without punctuation, then a
    # lead, is a heading.
    document = parse(
        "Recalling its resolution 79/211,\n"
        "the outcome of the Conference and the\n"
        "Welcoming Declaration adopted there,\n"
        "1. Encourages continued international cooperation.\n"
    )
    assert len(document.preamble) == 1
    assert document.headings == ()


def test_a_line_in_lower_case_that_opens_with_a_lead_goes_on_with_the_recital() -> None:
    # It was read as a recital of its own, with the lead "further recalling" (A/RES/79/92 pp5).
    document = parse(
        "Recalling also the adoption of resolutions 70/262 and 2282 (2016) of 27 April 2016,\n"
        "further recalling the adoption of resolutions 72/276 and 2413 (2018) of 26 April 2018,\n"
        "Recalling further resolution 78/257 of 22 December 2023,\n"
        "1. Encourages continued international cooperation.\n"
    )
    assert [p.lead for p in document.preamble] == ["Recalling also", "Recalling further"]
    assert document.preamble[0].text.endswith(
        "further recalling the adoption of resolutions 72/276 and 2413 (2018) of 26 April 2018,"
    )


def test_a_recital_whose_participle_is_followed_by_a_name_is_a_recital() -> None:
    # "Encouraging Member States ..." was run into the recital above it: a participle outside the
    # preamble's list before a capitalised word was read as a name ("Peacebuilding Commission").
    document = parse(
        "Acknowledging the limits of the Governments of developing countries in times of crisis,\n"
        "Encouraging Member States to use and strengthen appropriate focal points,\n"
        "1. Encourages continued international cooperation.\n"
    )
    assert [p.lead for p in document.preamble] == ["Acknowledging", "Encouraging"]


_LABELS_ALONE_IN_A_RECITAL = """Reaffirming also that the Programme of Action is grounded in five priority
areas, as follows:
(a)
Structural transformation and science, technology and innovation;
(b)
Trade, trade facilitation and regional integration;
(c)
Transit, transport and connectivity;
(d)
Enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change
and disasters;
(e)
Means of implementation,
Recognizing the importance of national-level implementation of the Programme of Action,
1. Takes note of the report of the Secretary-General;
2. Invites the Secretary-General to report.
"""


def test_a_label_alone_on_its_line_takes_the_next_line_even_one_that_opens_like_a_recital() -> None:
    # A/C.2/80/L.6 pp6 (held back): "(d)" alone on its line, then "Enhancing adaptive capacity, ...", which
    # opens like a recital; it was read as a new recital and the parse refused ("paragraph pp6.d has no
    # text").
    document = parse(_LABELS_ALONE_IN_A_RECITAL)
    first = document.preamble[0]
    assert [sub.number for sub in first.subparagraphs] == ["a", "b", "c", "d", "e"]
    assert first.subparagraphs[3].text.startswith("Enhancing adaptive capacity")
    assert [p.text.split()[0] for p in document.preamble] == ["Reaffirming", "Recognizing"]
    assert [p.number for p in document.operative] == ["1", "2"]


def test_a_label_alone_without_labels_alone_before_it_does_not_take_a_recital() -> None:
    # Review of the sixth diff round: "(b)" alone after "(a) Energy;" (its label and text on one line) lost
    # its text; the recital after it was read as the text of (b), quietly.  The parse refuses instead.
    with pytest.raises(ParseError, match=r"pp1\.b has no text"):
        parse(
            "Recalling the priority areas set out in its resolution 78/1, namely:\n(a) Energy;\n(b)\n"
            "Recalling also its resolution 79/2,\n1. Decides to remain seized of the matter.\n"
        )
