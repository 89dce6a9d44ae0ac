"""Unit tests for each footnote-marker form, each piece of page furniture, and the joining rules."""

from __future__ import annotations

import pytest
from corpus import CORPUS, FOUNDING, made_header, mark, parse_made, sentinel

from versioning.errors import InputError, ParseError
from versioning.model import Footnote
from versioning.parsing import parse_edition
from versioning.parsing.citations import MARK_OPEN, mark_citations, take_markers
from versioning.parsing.footnotes import FootnoteBlock, split_footnote_blocks
from versioning.parsing.furniture import FurnitureFilter, is_anchor_text
from versioning.parsing.lines import Line, split_lines
from versioning.parsing.textjoin import join_lines

HEADER = made_header("Cooperation between the United Nations and the Test\nOrganization")


def parse(body: str) -> object:
    return parse_made(HEADER + body)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("the Treaty on Collective Security4 and the", "Security" + sentinel("4") + " and"),
        ("regional and other organizations,4", "organizations," + sentinel("4")),
        ("those of 13 January 20104 and 6 August", "2010" + sentinel("4") + " and"),
        ("the statement of 13 January 2010, 4  which", "2010," + sentinel("4") + "  which"),
        # before a symbol cited next (A/C.3/80/L.25: "24 March 2016, 5 34/32 of 24 March 2017, 6")
        ("31/26 of 24 March 2016, 4 34/32 of 24 March 2017", "2016," + sentinel("4") + " 34/32"),
        # before the day of a date cited next (A/RES/79/184: "of 18 October 2022, 26  15 March 2023, 27")
        ("reports of 18 October 2022, 4  15 March 2023 and", "2022," + sentinel("4") + "  15 March"),
        ("Counter-Terrorism Strategy 4 and relevant", "Strategy" + sentinel("4") + " and"),
        ("implementation of the Strategy;4", "Strategy;" + sentinel("4")),
        ("“Our Common Agenda”,4 and the outcomes", "Agenda”," + sentinel("4") + " and"),
        # after a one-letter roman numeral that numbers a text (A/RES/79/123: "Protocol I4 to the Geneva")
        ("article 90 of Protocol I4 to the Geneva Conventions", "Protocol I" + sentinel("4") + " to"),
    ],
)
def test_marker_forms(line: str, expected: str) -> None:
    (marked,) = mark([line], ["4"])
    assert expected in marked


@pytest.mark.parametrize(
    "line",
    [
        "in its resolution 4 of the session",  # "resolution 4": a number, not a marker
        "adopted on 4 December 2010,",  # a day before a month
        "paragraphs 2, 4 and 5 of",  # a list of numbers
        "on 2, 4  15 and 16 March",  # a list of days
        "a sum of 1, 4 000 and",  # a number in groups of three
        "the G4 countries and",  # a letter and a number
        "the Group of X4 members",  # a letter and a number, though X is a roman numeral
        "A/RES/70/4 and S/2010/4",  # document symbols
        "vol. 4, No. 4",  # volume and number
        "1.4 million people",  # a decimal
    ],
)
def test_numbers_that_are_not_markers(line: str) -> None:
    (marked,) = mark([line], ["4"])
    assert MARK_OPEN not in marked


def test_marker_cited_twice_is_recorded_twice() -> None:
    body = [
        Line(1, "report of the Secretary-General,1", ""),
        Line(2, "Takes note of the report of the Secretary-General,1 and", ""),
    ]
    first = FootnoteBlock((Footnote("1", "A/67/280."),), 1, 9)
    marked = [line.text for line in mark_citations(body, [first])]
    assert all(sentinel("1") in text for text in marked)


def test_spaced_second_citation_after_a_comma() -> None:
    body = [
        Line(1, "regional and other organizations,1", ""),
        Line(2, "regional and other organizations, 1 and acknowledges", ""),
        Line(3, "paragraphs 1, 1 and 2 of", ""),
    ]
    first = FootnoteBlock((Footnote("1", "A/73/309."),), 1, 9)
    marked = [line.text for line in mark_citations(body, [first])]
    assert take_markers(marked[1]) == ("regional and other organizations, and acknowledges", ("1",))
    assert MARK_OPEN not in marked[2]


def test_two_notes_cited_at_one_place_are_both_markers_and_end_the_paragraph() -> None:
    # "organizations,1 2": two notes cited side by side (a hand-made variant of A/RES/79/10's pp1, whose
    # one note becomes two); the paragraph cites both and ends where its comma ends it.
    document = parse(
        """Having considered the report of the Secretary-General on cooperation between
the United Nations and regional and other organizations,1 2
Referring to the Articles of the Charter of the United Nations that encourage
measures for regional cooperation,
1. Welcomes the report;1 2
2. Decides to include the item.
_______________
1 A/79/302-S/2024/600.
2 A/78/100.
"""
    )
    first, second = document.preamble  # type: ignore[attr-defined]
    assert first.footnotes == ("1", "2")
    assert first.text.endswith("regional and other organizations,")
    assert second.text.startswith("Referring to the Articles")
    assert document.operative[0].footnotes == ("1", "2")  # type: ignore[attr-defined]
    assert document.operative[0].text == "Welcomes the report;"  # type: ignore[attr-defined]


def test_several_notes_given_before_are_cited_again_side_by_side() -> None:
    body = [
        Line(1, "regional and other organizations,1 2 3", ""),
        Line(2, "Takes note of the reports of the organizations,1 2 3 and", ""),
        Line(3, "Recalls the reports,1 2 4 of", ""),
    ]
    block = FootnoteBlock(tuple(Footnote(m, f"A/79/{m}.") for m in ("1", "2", "3", "4")), 1, 9)
    marked = [line.text for line in mark_citations(body, [block])]
    assert take_markers(marked[1]) == ("Takes note of the reports of the organizations, and", ("1", "2", "3"))
    assert take_markers(marked[2])[1] == ("1",)  # "2 4": not the next note, so neither is a marker here


def test_several_notes_side_by_side_but_not_a_number_after_a_marker() -> None:
    (marked,) = mark(["the organizations,1 2 3 and the"], ["1", "2", "3"])
    assert take_markers(marked) == ("the organizations, and the", ("1", "2", "3"))
    (marked,) = mark(["the organizations,1 2 December 2010"], ["1", "2"])
    assert take_markers(marked)[1] == ("1",)


def test_an_amount_with_thousands_is_not_a_marker() -> None:
    # Made lines in the form of a Fifth Committee financing resolution: note 4 is cited in paragraph 11,
    # and paragraph 12 then appropriates "4,101,000 dollars" after "the Force,"; the amount stays whole,
    # and a number is still a marker before a comma that no three digits follow ("Force, 4, and").
    body = [
        Line(1, "performance of the Force for the period;4", ""),
        Line(2, "maintenance of the Force, 4,101,000 dollars for the support account", ""),
        Line(3, "the reports of the Force, 4, and of the Mission", ""),
    ]
    block = FootnoteBlock((Footnote("4", "A/78/592."),), 1, 9)
    marked = [line.text for line in mark_citations(body, [block])]
    assert take_markers(marked[1]) == (body[1].text, ())
    assert take_markers(marked[2])[1] == ("4",)
    (first,) = mark(["the amount of 4,101,000 dollars for"], ["4"])
    assert MARK_OPEN not in first
    # a paragraph number of a report's income section glued to its letters: "IS2.4", not "IS" + note 2
    (section,) = mark(["Recalls paragraph IS2.4 of the report,2 and"], ["2"])
    assert take_markers(section) == ("Recalls paragraph IS2.4 of the report, and", ("2",))


def test_first_citations_are_found_in_order() -> None:
    (marked,) = mark(["Strategy 2 and the session, 3 held in 2010, 2"], ["2", "3"])
    text, markers = take_markers(marked)
    assert markers == ("2", "3")
    assert text.startswith("Strategy and the session, held in 2010,")


def footnotes_of(lines: list[str]) -> list[tuple[str, str]]:
    _, blocks = split_footnote_blocks(
        [Line(i, t, t) for i, t in enumerate(lines, 1)], lambda text: False, name=None
    )
    return [(note.marker, note.text) for block in blocks for note in block.notes]


def test_footnote_block_marker_and_text_on_one_line() -> None:
    assert footnotes_of(["_______________", "1 A/79/302-S/2024/600.", "2 Resolution 49/57, annex."]) == [
        ("1", "A/79/302-S/2024/600."),
        ("2", "Resolution 49/57, annex."),
    ]


def test_footnote_wrapping_onto_a_second_line() -> None:
    assert footnotes_of(
        [
            "_______________",
            "6 See Official Records, 2009, Supplement No. 8 (E/2009/28),",
            "chap. I, sect. C.",
        ]
    ) == [("6", "See Official Records, 2009, Supplement No. 8 (E/2009/28), chap. I, sect. C.")]


def test_a_wrapped_note_line_starting_with_a_number_is_not_a_new_note() -> None:
    lines = [
        "_______________",
        "6 Report of the Conference, Rio de Janeiro,",
        "3 –14 June 1992, vol. I.",
        "7 Resolution 66/288.",
    ]
    assert footnotes_of(lines) == [
        ("6", "Report of the Conference, Rio de Janeiro, 3–14 June 1992, vol. I."),
        ("7", "Resolution 66/288."),
    ]


def test_a_wrapped_note_line_opening_with_a_range_of_days_is_not_a_new_note() -> None:
    """A note listing dates wraps onto a line that opens with a range of days ("28 and 29 June 2012"): that
    is no note 28, which would leave the notes of the next page, 5 to 8, below the highest marker met."""
    lines = [
        "_______________",
        "2 The reviews of the Strategy, held on 4 and 5 September 2008, 8 September 2010,",
        "28 and 29 June 2012, 12 and 13 June 2014 and 1 to 2 July 2016, respectively.",
        "3 Resolutions 62/272 and 64/297.",
    ]
    assert footnotes_of(lines) == [
        (
            "2",
            "The reviews of the Strategy, held on 4 and 5 September 2008, 8 September 2010, 28 and 29 June "
            "2012, 12 and 13 June 2014 and 1 to 2 July 2016, respectively.",
        ),
        ("3", "Resolutions 62/272 and 64/297."),
    ]
    # a note whose text opens with "and" but no date is still a note
    assert footnotes_of(["_______________", "4 and related documents.", "5 Resolution 66/288."]) == [
        ("4", "and related documents."),
        ("5", "Resolution 66/288."),
    ]


def test_footnote_marker_alone_on_its_line() -> None:
    assert footnotes_of(
        ["_______________", "1", "A/79/302-S/2024/600.", "2", "Resolution 49/57, annex."]
    ) == [
        ("1", "A/79/302-S/2024/600."),
        ("2", "Resolution 49/57, annex."),
    ]


def test_footnote_markers_scrambled_across_the_page_number() -> None:
    # Plain pdftotext: markers stacked, texts after the page number, the first marker last.
    lines = [
        "_______________",
        "4",
        "5",
        "\f",
        "United Nations, Treaty Series, vol. 2187, No. 38544.",
        "Ibid., vol. 2515, No. 44910.",
        "\f",
    ]
    assert footnotes_of(lines) == [
        ("4", "United Nations, Treaty Series, vol. 2187, No. 38544."),
        ("5", "Ibid., vol. 2515, No. 44910."),
    ]
    lines = [
        "_______________",
        "S/PRST/2010/1; see Resolutions, 1 August 2009–31 July",
        "2010.",
        "4",
        "Resolution 60/288.",
        "3",
        "\f",
    ]
    assert footnotes_of(lines) == [
        ("3", "S/PRST/2010/1; see Resolutions, 1 August 2009–31 July 2010."),
        ("4", "Resolution 60/288."),
    ]


def test_asterisk_note_without_a_rule() -> None:
    notes = footnotes_of(
        ["* Any changes to the list of sponsors will be reflected in the official record of the meeting."]
    )
    assert notes == [
        ("*", "Any changes to the list of sponsors will be reflected in the official record of the meeting.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "24-21660",
        "24-21660 (E)",
        "*2421660*",
        "A/RES/79/10",
        "A/RES/67/6*",
        "12-47896*",
        "Please recycle",
        "25-19857 (E) 081225",
        "*1247896* Please recycle",
    ],
)
def test_page_furniture_anchors(text: str) -> None:
    assert is_anchor_text(text)


def test_a_page_number_is_an_anchor_only_among_the_documents_page_numbers() -> None:
    assert not is_anchor_text("2/4")  # alone it may be a cited resolution (see tests/test_page_numbers.py)
    assert is_anchor_text("2/4", frozenset({"2/4", "3/4"}))


@pytest.mark.parametrize("text", ["2010,", "Security Treaty Organization and", "resolution 59/50 of", "1."])
def test_body_text_is_not_an_anchor(text: str) -> None:
    assert not is_anchor_text(text)


def test_running_title_goes_only_when_its_fragments_make_the_title() -> None:
    lines = split_lines(
        "body line one,\nA/RES/79/10\nCooperation between the United Nations and the Collective\n"
        "Security Treaty Organization\n24-21660\n2/4\nSecurity Treaty Organization and the next line\n"
    )
    kept = FurnitureFilter(
        "Cooperation between the United Nations and the Collective Security Treaty Organization"
    ).strip(lines)
    texts = [line.text for line in kept if line.text and line.text != "\f"]
    assert texts == ["body line one,", "Security Treaty Organization and the next line"]


def test_layout_line_with_symbol_and_title_fragment() -> None:
    lines = split_lines(
        "text,\n2/4                      24-21660\nCooperation between the\n"
        "A/RES/79/10            Test Organization\nmore text\n"
    )
    kept = FurnitureFilter("Cooperation between the Test Organization").strip(lines)
    assert [line.text for line in kept if line.text and line.text != "\f"] == ["text,", "more text"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["the Secretary -General on"], "the Secretary-General on"),
        (["natural and human -", "made disasters"], "natural and human-made disasters"),
        (["short-", "term recovery"], "short-term recovery"),
        (["the period 2021 –2025"], "the period 2021–2025"),
        (["25 July 2019,75/276 of"], "25 July 2019, 75/276 of"),
        (["1,000 people"], "1,000 people"),
        (["development –", "that is"], "development – that is"),
    ],
)
def test_joining_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_repairs_move_only_towards_the_documents_own_spelling() -> None:
    from versioning.parsing.repair import Vocabulary

    vocabulary = Vocabulary(["the Counter-Terrorism Strategy and mental health and well-being", "Identify"])
    assert (
        vocabulary.repair("to counter terrorism and CounterTerrorism")
        == "to counter terrorism and Counter-Terrorism"
    )
    assert vocabulary.repair("Office of Counter Terrorism") == "Office of Counter-Terrorism"
    assert (
        vocabulary.repair("health and well- being, short- and long-term")
        == "health and well-being, short- and long-term"
    )
    assert vocabulary.repair("to Ident ify an d the Secretariat s") == "to Identify and the Secretariats"
    assert (
        vocabulary.repair("the ninetythird session, ultra nationalistic")
        == "the ninety-third session, ultra-nationalistic"
    )
    assert vocabulary.repair("decisionmaking and human made") == "decision-making and human-made"


def test_a_closed_word_of_english_stays_closed_beside_its_hyphenated_form() -> None:
    # A document may write a compound both ways ("health-care services" in one paragraph, "access to
    # healthcare" in another): the closed form, a common English word, is the PDF's word; a glued form no
    # writer uses ("highlevel") still gets the document's hyphen, and UN style's compounds their own.
    from versioning.parsing.repair import Vocabulary

    vocabulary = Vocabulary(
        ["essential health-care services", "inclusive inter-governmental discussions", "the High-level"]
    )
    assert vocabulary.repair("unequal access to healthcare,") == "unequal access to healthcare,"
    assert vocabulary.repair("intergovernmental discussions") == "intergovernmental discussions"
    assert vocabulary.repair("the highlevel meeting") == "the high-level meeting"
    assert vocabulary.repair("the wellbeing of all") == "the well-being of all"  # UN style: never "wellbeing"


def test_leads_beyond_the_corpus_are_whole_phrases() -> None:
    document = parse(
        "Bearing in mind the Charter,\nDeeply concerned about the situation,\n"
        "1. Strongly urges all States to act.\n"
    )
    assert [p.lead for p in document.paragraphs()] == [
        "Bearing in mind",
        "Deeply concerned",
        "Strongly urges",
    ]  # type: ignore[attr-defined]


def test_operative_number_alone_on_its_line() -> None:
    document = parse(
        "Noting the report,\n1.\nTakes note of the report;\n2.\nDecides to remain seized of the matter.\n"
    )
    assert [(p.number, p.lead, p.text) for p in document.operative] == [  # type: ignore[attr-defined]
        ("1", "Takes note", "Takes note of the report;"),
        ("2", "Decides", "Decides to remain seized of the matter."),
    ]


def test_a_line_starting_with_a_number_out_of_sequence_is_text() -> None:
    document = parse(
        "1. Requests the Secretary-General to report by\n5. the next session;\n2. Decides to remain seized.\n"
    )
    assert [p.number for p in document.operative] == ["1", "2"]  # type: ignore[attr-defined]
    assert "5. the next session;" in document.operative[0].text  # type: ignore[attr-defined]


def test_reissue_draft_and_corrigendum_editions() -> None:
    reissue = parse_edition(
        HEADER.replace("A/RES/79/99", "A/RES/79/99*")
        + "1. Decides.\n_______________\n* Reissued for technical reasons on 2 May 2025.\n"
    )
    assert (reissue.edition.kind, reissue.edition.date) == ("reissue", "2025-05-02")
    corrigendum = parse_edition(HEADER.replace("A/RES/79/99", "A/RES/79/99/Corr.1") + "1. Decides.\n")
    assert (str(corrigendum.symbol), corrigendum.edition.kind, str(corrigendum.edition.symbol)) == (
        "A/RES/79/99",
        "corrigendum",
        "A/RES/79/99/Corr.1",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"\x00\x01\x02binary", "binary data"),
        ("Résolution".encode("latin-1") + b"\n", "unknown encoding"),
        (b"Hello,\nthis is not a resolution.\n", "not a General Assembly resolution"),
        (HEADER.split("The General Assembly")[0].encode(), "truncated"),
        ((HEADER + "Noting the report,\n").encode(), "no operative paragraph"),
        (b'{"symbol": 3', "invalid JSON"),
    ],
)
def test_bad_input_gets_one_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_edition(data, name="bad.txt")
    assert message in str(caught.value)
    assert str(caught.value).startswith("bad.txt")
    assert "\n" not in str(caught.value)


def test_a_text_cut_mid_paragraph_is_truncated() -> None:
    whole = FOUNDING.read_text(encoding="utf-8")
    text = whole[: whole.index("consultations with the Secretary-General of the Collective")]
    with pytest.raises(ParseError) as caught:
        parse_edition(text.encode(), name="cut.txt")
    assert "truncated" in str(caught.value)
    assert caught.value.line == text.count("\n")  # the last line read, "... to continue regular"


def test_a_resolution_that_ends_on_the_question_it_puts_is_complete() -> None:
    """A request for an advisory opinion ends on the Court's question, with a question mark: not cut short."""
    document = parse(
        "Recalling its resolution 77/247,\n"
        "1. Decides to request the Court to render an advisory opinion on the following question:\n"
        "What are the obligations of the State in relation to the presence of the United\n"
        "Nations in the Territory?\n"
        "54th plenary meeting\n"
        "19 December 2024\n"
    )
    text = document.operative[0].text  # type: ignore[attr-defined]
    assert text.endswith(
        "following question: What are the obligations of the State in relation to the "
        "presence of the United Nations in the Territory?"
    )
    # A question closes its paragraph wherever it stands: the next number opens the next paragraph, and the
    # question is not taken for a heading above it.
    middle = parse(
        "Recalling its resolution 77/247,\n"
        "1. Decides to request the Court to render an advisory opinion on the following question:\n"
        "What are the obligations of the State in the Territory?\n"
        "2. Decides to remain seized of the matter.\n"
        "54th plenary meeting\n"
        "19 December 2024\n"
    )
    assert not middle.headings  # type: ignore[attr-defined]
    assert middle.operative[0].text.endswith(
        "question: What are the obligations of the State in the Territory?"
    )  # type: ignore[attr-defined]
    cut = HEADER + "Recalling its resolution 77/247,\n1. Decides to request the Court on the question of\n"
    with pytest.raises(ParseError, match="truncated"):
        parse_edition(cut.encode(), name="cut.txt")


def test_a_line_shaped_like_a_heading_after_a_colon_is_the_paragraph_s() -> None:
    """A colon announces what the paragraph sets out: the table "below" (its part "A. ..." looks like a
    heading) stays in the paragraph; after a full stop or a semicolon the same line is a heading."""
    body = (
        "Recalling its resolution 77/258,\n"
        "1. Takes note of the report;\n"
        "2. Approves the changes to the staffing table as set out in the table below:\n"
        "A. Secretariat of the Board\n"
        "Establishment\n"
        "Programme Officer\n"
        "P-4\n"
        "Abbreviation: GS (OL), General Service (Other level).\n"
        "3. Also approves the estimates of 10,000 dollars.\n"
        "55th plenary meeting\n"
        "24 December 2024\n"
    )
    document = parse(body)
    assert not document.headings  # type: ignore[attr-defined]
    assert document.operative[1].text == (  # type: ignore[attr-defined]
        "Approves the changes to the staffing table as set out in the table below: "
        "A. Secretariat of the Board Establishment Programme Officer P-4 "
        "Abbreviation: GS (OL), General Service (Other level)."
    )
    headed = parse(
        body.replace("table below:\n", "table;\n").replace(
            "Establishment\nProgramme Officer\nP-4\nAbbreviation: GS (OL), General Service (Other level).\n",
            "",
        )
    )
    assert [h.text for h in headed.headings] == ["A. Secretariat of the Board"]  # type: ignore[attr-defined]


def test_a_closing_date_that_lost_a_space_is_set_aside() -> None:
    """The extractor may lose the space at a kerned join ("4 December2024"): the line under the meeting
    line is the closing date all the same, set aside, not a word the parse cannot account for."""
    for printed in ("4 December2024", "4December 2024"):
        document = parse(
            f"Recalling its resolution 77/247,\n1. Decides to remain seized of the matter.\n"
            f"47th plenary meeting\n{printed}\n"
        )
        assert document.meeting == "47th plenary meeting"  # type: ignore[attr-defined]
    with pytest.raises(ParseError, match="cannot account"):
        parse(
            "Recalling its resolution 77/247,\n1. Decides to remain seized of the matter.\n"
            "47th plenary meeting\n4 Decembre2024\n"
        )


def test_parse_error_names_the_line() -> None:
    with pytest.raises(ParseError) as caught:
        parse_edition(HEADER.split("The General Assembly")[0].encode(), name="cut.txt")
    assert caught.value.line is not None and caught.value.line > 1


def test_a_digit_inside_a_name_is_not_a_footnote_marker() -> None:
    """ "Health4Life Fund" (A/80/L.34, A/RES/80/117) keeps its "4" even where a note 4 exists."""
    assert mark(["the Health4Life Fund and the Security4 and"], ["4"]) == [
        "the Health4Life Fund and the Security" + sentinel("4") + " and"
    ]


def test_health4life_keeps_its_digit_in_the_corpus() -> None:

    document = parse_edition(CORPUS / "editions" / "A-80-L.34.pymupdf.txt")
    texts = [p.text for annex in document.annexes for p in annex.paragraphs]
    assert any("the Health4Life Fund;" in text for text in texts)


def _clauses(body: str) -> list[tuple[str | None, str]]:
    document = parse(body)
    return [(sub.number, sub.text) for sub in document.operative[0].subparagraphs]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("glued", "marker"),
    [
        ("(b) To do the second thing;(c) To do the third thing;", []),
        ("(b) To do the second thing;1(c) To do the third thing;", ["1"]),
    ],
)
def test_a_label_glued_after_a_semicolon_opens_its_clause(glued: str, marker: list[str]) -> None:
    """ "thing;(c) To" (and "thing;1(c)", a footnote marker between): the extractor lost a line break;
    the clauses after it are their own, not hidden in the one before."""
    body = (
        "Recalling the Strategy,1\n1. Decides:\n(a) To do the first thing;\n"
        f"{glued}\n(d) To do the fourth thing.\n_______________\n1 A note.\n"
    )
    assert _clauses(body) == [
        ("a", "To do the first thing;"),
        ("b", "To do the second thing;"),
        ("c", "To do the third thing;"),
        ("d", "To do the fourth thing."),
    ]
    assert parse(body).operative[0].subparagraphs[1].footnotes == tuple(marker)  # type: ignore[attr-defined]


def test_a_glued_label_out_of_sequence_stays_in_the_text() -> None:
    body = (
        "Recalling the Strategy,\n1. Decides:\n(a) To do the first thing;(e) see below;\n"
        "(b) To do the last thing.\n"
    )
    assert _clauses(body) == [("a", "To do the first thing;(e) see below;"), ("b", "To do the last thing.")]


def test_a_cited_symbol_alone_on_its_line_is_text_not_furniture() -> None:
    """Furniture agrees with the document: a symbol the text cites, left alone on a line by the extractor,
    is not the document's own symbol at the head of a page."""
    document = parse(
        "Recalling the report of the Secretary-General contained in document\nA/79/408\nand its annex,\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert document.preamble[0].text == (  # type: ignore[attr-defined]
        "Recalling the report of the Secretary-General contained in document A/79/408 and its annex,"
    )


def test_furniture_agrees_with_the_documents_symbol_and_job_numbers() -> None:
    from versioning.parsing.furniture import Agreement, job_numbers

    agreement = Agreement("A/RES/79/99", frozenset({"24-99999"}))
    assert agreement.agrees("A/RES/79/99") and agreement.agrees("A/RES/79/99*")
    assert not agreement.agrees("A/79/408")
    assert agreement.agrees("24-99999 (E)") and agreement.agrees("*2499999*")
    assert not agreement.agrees("24-12345") and not agreement.agrees("*2412345*")
    # A/RES/73/331 prints one job number on its first page and another on the pages after it

    lines = split_lines((CORPUS / "csto" / "A-RES-73-331.pymupdf.txt").read_text(encoding="utf-8"))
    assert job_numbers(lines[:40], lines[40:]) == {"19-12817", "19-18217"}
    assert job_numbers(lines[:40], []) == {"19-12817"}
    assert job_numbers([], lines) is None


DRAFT_HEADER = """United Nations
A/C.4/80/L.99
General Assembly
Distr.: Limited
9 October 2025
Original: English
25-99999 (E)
*2599999*
Eightieth session
Special Political and Decolonization Committee
(Fourth Committee)
Agenda item 58
Test item
"""


@pytest.mark.parametrize(
    ("kind_line", "body", "named"),
    [
        (
            "Draft decision submitted by the Chair",
            "Question of Testland\nThe General Assembly, recalling its decision 79/999:\n"
            "(a) Urges the parties;\n",
            "a draft decision ('Draft decision submitted by the Chair')",
        ),
        (
            "Ruritania: draft decision",
            "Test\nThe General Assembly decides to defer the item.\n",
            "a draft decision",
        ),
        # a sponsor's note called by two asterisks (A/80/L.1, "State of Palestine:** draft decision")
        (
            "Ruritania:** draft decision",
            "Test\nThe General Assembly decides to defer the item.\n",
            "a draft decision",
        ),
        # a decision whose body opens as a resolution's does is still a decision
        (
            "Draft decision submitted by the Chair",
            "Question of Testland\nThe General Assembly,\nRecalling its decision 79/999,\n"
            "1.\nDecides to defer.\n",
            "a draft decision",
        ),
        (
            "Note by the Secretariat",
            "1.\nThe attention of the Committee is drawn to the annex.\n",
            "a note by the secretariat",
        ),
        # an amendment lists its own numbered edits to a draft (A/80/L.30 amends A/80/L.25)
        (
            "Ruritania:* amendment to draft resolution A/80/L.99",
            "Test item\n1.\nIn the fourth preambular paragraph, delete \u201cand expressing\u201d.\n"
            "2.\nDelete the sixteenth preambular paragraph.\n",
            "an amendment to draft resolution ('Ruritania:* amendment to draft resolution A/80/L.99')",
        ),
        # the name broken at a line end (A/80/L.38: "...:* amendment to / draft resolution 4 recommended")
        (
            "Ruritania and Testland:* amendment to\ndraft resolution 4 recommended by the Second Committee",
            "Test item\nDelete the twenty-first preambular paragraph.\n",
            "an amendment to draft resolution ('Ruritania and Testland:* amendment to')",
        ),
        (
            "Ruritania: amendments to revised draft resolution A/C.3/80/L.9/Rev.1",
            "Test\n",
            "amendments to revised",
        ),
    ],
)
def test_another_kind_of_document_is_refused_by_its_own_name(kind_line: str, body: str, named: str) -> None:
    """A Main Committee document that is not a resolution (a draft decision, a note) is refused with the
    header line that says what it is, not as a truncated resolution."""
    text = DRAFT_HEADER + kind_line + "\n" + body
    with pytest.raises(ParseError) as caught:
        parse_edition(text.encode(), name="other.txt")
    message = str(caught.value)
    assert f"not a resolution: the header names {named}" in message
    assert "truncated" not in message
    assert caught.value.line == DRAFT_HEADER.count("\n") + 1


def test_a_chapeau_above_paragraph_1_is_its_heading() -> None:
    """ "The General Assembly / Resolves that: / 1. ..." (the Fifth Committee's financial resolutions): the
    paragraphs keep their printed numbers 1..N, and the chapeau stands above paragraph 1 as a heading, no
    word lost."""
    document = parse(
        "Resolves that:\n1.\nThe Working Capital Fund shall be established for 2026;\n"
        "2.\nMember States shall make advances to the Fund.\n"
    )
    assert [(p.number, p.text) for p in document.operative] == [  # type: ignore[attr-defined]
        ("1", "The Working Capital Fund shall be established for 2026;"),
        ("2", "Member States shall make advances to the Fund."),
    ]
    assert [(str(h.before), h.text) for h in document.headings] == [("op1", "Resolves that:")]  # type: ignore[attr-defined]
    # a clause with its own lettered clauses is a paragraph, not a chapeau
    lettered = parse("Resolves that:\n(a) The Fund shall be established;\n(b) Advances shall be made.\n")
    assert [p.text for p in lettered.operative] == ["Resolves that:"]  # type: ignore[attr-defined]
    assert lettered.headings == ()  # type: ignore[attr-defined]


def test_a_list_written_inline_stays_in_its_paragraph() -> None:
    """Only "(i)" opens a line, by the chance of a line break; "(ii)" and "(iii)" follow inline: the list is
    the paragraph's running text (A/RES/79/237, op2 (b)), not a sub-paragraph (i) holding the rest."""
    inline = parse(
        "1. Decides:\n(a) To continue discussions on:\n(i) modalities of participation, including of\n"
        "businesses; (ii) thematic groups; and (iii) other elements as required;\n"
        "(b) To convene a meeting.\n"
    )
    (paragraph,) = inline.operative  # type: ignore[attr-defined]
    assert [sub.number for sub in paragraph.subparagraphs] == ["a", "b"]
    assert paragraph.subparagraphs[0].subparagraphs == ()
    assert paragraph.subparagraphs[0].text == (
        "To continue discussions on: (i) modalities of participation, including of businesses; "
        "(ii) thematic groups; and (iii) other elements as required;"
    )
    listed = parse(
        "1. Decides:\n(a) To continue discussions on:\n(i) modalities of participation;\n"
        "(ii) thematic groups;\n(b) To convene a meeting.\n"
    )
    (paragraph,) = listed.operative  # type: ignore[attr-defined]
    assert [sub.number for sub in paragraph.subparagraphs[0].subparagraphs] == ["i", "ii"]


def test_a_reference_to_other_clauses_does_not_fold_a_lone_sub_paragraph() -> None:
    document = parse(
        "1. Decides:\n(a) To consider sub-items (a) and (b) of the item at its next session;\n"
        "2. Requests a report.\n"
    )
    paragraph = document.operative[0]  # type: ignore[attr-defined]
    assert [sub.number for sub in paragraph.subparagraphs] == ["a"]


_TABLE_ANNEX = """1. Decides that the staffing table for 2025 shall be as set out in the annex to the present
resolution.
55th plenary meeting
24 December 2024
Annex

Staffing table for 2025

Category
Number of posts
Total
Professional and higher
Deputy Secretary-General
1
–
1
P-5
954
186
1 140
Subtotal
955
186
1 141
"""


def test_an_annex_that_is_only_a_table_keeps_its_cells() -> None:
    # A made resolution in the form of the Fifth Committee's budget resolutions, whose annex is a staffing
    # table: the cells, one a line, end no sentence and no numbered paragraph follows them; they are the
    # annex's one paragraph (a table is kept word for word), not a heading dropped for want of a paragraph.
    document = parse(_TABLE_ANNEX)
    (annex,) = document.annexes  # type: ignore[attr-defined]
    assert annex.title == "Staffing table for 2025"
    (table,) = annex.paragraphs
    assert table.number is None
    assert table.text.startswith("Category Number of posts Total Professional and higher")
    assert table.text.endswith("Subtotal 955 186 1 141")


def test_an_annex_cut_in_its_prose_is_still_truncated() -> None:
    cut = (
        _TABLE_ANNEX.split("Category")[0]
        + "1. We, the Heads of State and Government, have met\nin New York and\n"
    )
    with pytest.raises(ParseError, match="truncated"):
        parse(cut)


def test_a_recital_in_an_operative_verb_before_paragraph_1_is_preamble() -> None:
    """ "Recalls its resolution 78/253, in which ... dollars, / 1. Notes that ..." (a section of the Fifth
    Committee's A/RES/79/258): the clause ends as a recital does and stands before paragraph 1, so it is the
    preamble and the paragraphs keep their numbers; a clause ending in a semicolon is operative."""
    document = parse(
        "Recalls its resolution 78/253, in which the level of the fund was set at 26,913,200 dollars,\n"
        "1. Notes that a balance remains in the fund;\n2. Decides that the fund shall be kept.\n"
    )
    assert [p.text[:30] for p in document.preamble] == ["Recalls its resolution 78/253,"]  # type: ignore[attr-defined]
    assert [p.number for p in document.operative] == ["1", "2"]  # type: ignore[attr-defined]
    taken = parse(
        "Having considered the report of the Secretary-General,\n"
        "Takes note of the revised estimates arising from recosting.\n"
    )
    assert [p.lead for p in taken.preamble] == ["Having considered"]  # type: ignore[attr-defined]
    assert [(p.number, p.lead) for p in taken.operative] == [(None, "Takes note")]  # type: ignore[attr-defined]
