"""The Word title block prints back a plenary resolution's bracket that names another body's report: "[without
reference to a Main Committee (A/80/547, para. 17)]" (A/RES/80/114 in wannli/un-docs-downloader)."""

from __future__ import annotations

from corpus import made_header, parse_made

from versioning.render.docx.title_block import adoption_lines

_BODY = """Having considered the report of the Credentials Committee,
Approves the report of the Credentials Committee.
61st plenary meeting
18 November 2024
"""


def test_the_title_block_prints_a_plenary_report_bracket() -> None:
    # The report had no committee, so neither the report line nor the draft line was printed: the bracket
    # was lost from the Word rendering.
    header = made_header("Credentials of representatives").replace("(A/79/L.99)", "(A/79/547, para. 17)")
    document = parse_made(header + _BODY)
    assert document.draft is None and document.committee is None
    assert adoption_lines(document)[1] == "[without reference to a Main Committee (A/79/547, para. 17)]"


def test_the_title_block_prints_a_plenary_draft_bracket() -> None:
    document = parse_made(made_header("Credentials of representatives") + _BODY)
    assert adoption_lines(document)[1] == "[without reference to a Main Committee (A/79/L.99)]"
