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
