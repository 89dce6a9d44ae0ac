"""A pair of words printed apart on one line is the PDF's own spelling, even where the document hyphenates
the pair elsewhere: no extractor drops a hyphen inside a line ("Requests the Secretary General to entrust",
A/RES/78/301 in wannli/un-docs-downloader, beside "Secretary-General" throughout)."""

from __future__ import annotations

from corpus import made_header, parse_made

from versioning.parsing.repair import Vocabulary

HEADER = made_header("Financing of the Test Mission")

_BODY = """Recalling its resolution 77/309,
1. Requests the Secretary General to entrust the Head of Mission with the task of
formulating future budget proposals;
2. Also requests the Secretary-General to ensure the full implementation of the
Office of Counter
Terrorism programme;
3. Further requests the Secretary-General to report thereon, and the Office of Counter-Terrorism
to contribute.
99th plenary meeting
18 November 2024
"""


def test_a_pair_printed_apart_within_a_line_keeps_its_space() -> None:
    # The capitalised pair was given the hyphen the document writes elsewhere, rewriting the PDF's words.
    document = parse_made(HEADER + _BODY)
    assert document.operative[0].text.startswith("Requests the Secretary General to entrust")


def test_a_pair_joined_at_a_line_end_is_still_mended() -> None:
    # Across a line break the space may be the hyphen plain pdftotext dropped: mended as before.
    document = parse_made(HEADER + _BODY)
    assert "the Office of Counter-Terrorism programme;" in document.operative[1].text


def test_the_vocabulary_tells_a_line_from_a_join() -> None:
    text = "the Secretary General and the Secretary-General"
    assert Vocabulary([text]).repair(text) == "the Secretary-General and the Secretary-General"
    printed = Vocabulary([text], lines=["the Secretary General and the", "Secretary-General"])
    assert printed.repair(text) == text
    joined = Vocabulary([text], lines=["the Secretary", "General and the Secretary-General"])
    assert joined.repair(text) == "the Secretary-General and the Secretary-General"


_NOTED = """Recalling the report of the Secretary-General,1 and the work of the Office of Counter-Terrorism,2
1. Requests the Secretary-General to report thereon;
2. Decides to include the item.
_______________
1 Report of the Secretary General on the Test Mission (A/79/302).
2 See the strategy of the Office of Counter
Terrorism (A/79/303).
"""


def test_a_pair_printed_apart_within_a_footnote_line_keeps_its_space() -> None:
    # The notes' source lines were not consulted: a note's "Secretary General", printed apart within its
    # line, was given the hyphen; a pair joined across a note's line break is still mended.
    notes = [note.text for note in parse_made(HEADER + _NOTED).footnotes]
    assert notes == [
        "Report of the Secretary General on the Test Mission (A/79/302).",
        "See the strategy of the Office of Counter-Terrorism (A/79/303).",
    ]


def test_a_pair_printed_apart_keeps_its_space_with_a_footnote_marker_after_it() -> None:
    # The source line still held the note's marker ("Counter Terrorism1 to"): the pair was not found apart on
    # one line, and the marker-free text took the document's hyphen.
    body = """Recalling the reports of the Secretary-General and the Office of Counter-Terrorism,
1. Requests the Office of Counter Terrorism1 to report to the Secretary-General;
2. Decides to include the item.
_______________
1 See A/79/302.
"""
    document = parse_made(HEADER + body)
    assert document.operative[0].text.startswith("Requests the Office of Counter Terrorism to report")
    assert document.operative[0].footnotes == ("1",)
