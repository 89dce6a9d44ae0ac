"""A table inside an operative paragraph, announced by its colon and running over pages whose running title
ends in "United Nations" (made lines in the shape of the Fifth Committee's scale of assessments,
A/RES/79/249 in wannli/un-docs-downloader)."""

from __future__ import annotations

from corpus import made_header, parse_made

from versioning.model import Document

_TITLE = "Scale of assessments for the apportionment of the expenses of the United Nations"
HEADER = made_header("Scale of assessments for the apportionment of the expenses\nof the United Nations")

_PAGE_BREAK = """
A/RES/79/99
Scale of assessments for the apportionment of the expenses of the
United Nations
24-99999
{page}/3
"""

_BODY = (
    """Recalling its previous resolutions on the scale of assessments,
1. Takes note of the report of the Committee on Contributions;
2. Resolves that the scale of assessments for 2025, 2026 and 2027 shall be as follows:
Member State
Percentage
Afghanistan
0.005
Albania
0.010
Bolivia (Plurinational State of)
0.018
Bosnia and Herzegovina
0.014
"""
    + _PAGE_BREAK.format(page=2)
    + """Member State
Percentage
Brazil
1.411
Brunei Darussalam
0.019
Bulgaria
0.071
3. Urges all Member States to pay their assessed contributions in full;
4. Also reaffirms the fundamental principle that the expenses of the Organization shall be
"""
    + _PAGE_BREAK.format(page=3)
    + """apportioned broadly according to capacity to pay.
99th plenary meeting
18 November 2024
"""
)


def parse(text: str = _BODY) -> Document:
    return parse_made(HEADER + text)


def test_a_table_announced_by_a_colon_stays_in_its_paragraph() -> None:
    # The lines after "as follows:" end in a figure, not in a clause's punctuation: they were taken as a
    # heading above paragraph 3, the scale of assessments printed as the title of "Urges ...".
    document = parse()
    assert document.headings == ()
    assert [p.number for p in document.operative] == ["1", "2", "3", "4"]
    table = document.operative[1].text
    assert table.startswith("Resolves that the scale")
    assert "shall be as follows: Member State Percentage Afghanistan 0.005" in table
    assert table.endswith("Bulgaria 0.071")
    assert "Bolivia (Plurinational State of) 0.018" in table


def test_a_running_title_that_ends_in_united_nations_is_furniture() -> None:
    # "United Nations" alone by a page's symbol was set aside as a masthead line, so the line above it, the
    # first part of the running title, no longer added up to the title and was left in the text (a heading
    # above paragraph 4, and in the middle of its sentence).
    document = parse()
    texts = [p.text for p in document.operative]
    assert not any("expenses of the United Nations" in t or t.endswith("of the") for t in texts)
    assert texts[3] == (
        "Also reaffirms the fundamental principle that the expenses of the Organization shall be "
        "apportioned broadly according to capacity to pay."
    )
    assert document.title == _TITLE


def test_a_colon_announces_no_table_when_prose_follows() -> None:
    # Lines without figures after a colon, before the next paragraph, are still a heading over it.
    text = _BODY.replace(
        "3. Urges all Member States",
        "Arrears and payment plans\n3. Urges all Member States",
    )
    document = parse(text)
    assert [h.text for h in document.headings] == ["Arrears and payment plans"]
