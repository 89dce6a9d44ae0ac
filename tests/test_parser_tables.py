"""An annex that is a financing table with lettered notes under it (made lines in the shape of the Fifth
Committee's financing resolutions)."""

from __future__ import annotations

from corpus import made_header, parse_made

from versioning.model import Document

HEADER = made_header("Financing of the Test Mechanism")

_FINANCING = """1. Decides to appropriate a total amount of 60,963,800 dollars, as detailed in the annex.
55th plenary meeting
24 December 2024
Annex

Financing for 2025 of the Test Mechanism

Gross
Net of staff
assessment
(United States dollars)
Estimated appropriation for 2025a
62 287 400
57 451 300
Recommendations of the Advisory Committee on Administrative
and Budgetary Questionsb
(1 323 600)
(1 323 600)
Recommendations of the Fifth Committee
–
–
Contributions assessed on Member States in accordance with the
scale of assessments applicable to the regular budget of the
United Nations for 2025
60 963 800
56 127 700

a See A/79/555.

b Reflects amounts after recosting.
"""


def parse(text: str = _FINANCING) -> Document:
    return parse_made(HEADER + text)


def test_a_financing_table_is_one_paragraph_with_its_notes_after_it() -> None:
    # Its row labels wrap over lines, so fewer than half its lines are figures: read as prose, the labels
    # became headings, a row that ends in a comma a paragraph, and the notes paragraphs under them.
    document = parse()
    (annex,) = document.annexes
    assert annex.title == "Financing for 2025 of the Test Mechanism"
    assert [p.text[:30] for p in annex.paragraphs] == [
        "Gross Net of staff assessment ",
        "a See A/79/555.",
        "b Reflects amounts after recos",
    ]
    assert annex.paragraphs[0].text.endswith("United Nations for 2025 60 963 800 56 127 700")
    assert document.headings == ()


def test_a_note_wrapped_over_lines_goes_on_until_the_next_letter() -> None:
    wrapped = _FINANCING.replace(
        "b Reflects amounts after recosting.",
        "b Reflects amounts after recosting, as set out in the report of the Advisory\nCommittee (A/79/555).",
    )
    (annex,) = parse(wrapped).annexes
    assert [p.text for p in annex.paragraphs[1:]] == [
        "a See A/79/555.",
        "b Reflects amounts after recosting, as set out in the report of the Advisory Committee (A/79/555).",
    ]
    assert annex.paragraphs[0].text.endswith("United Nations for 2025 60 963 800 56 127 700")


def test_lines_with_few_figures_are_no_table() -> None:
    # Fewer than a third of the lines are figures: the lines are not read as one table, but as prose, word
    # for word (the figures left run into the row labels).
    prose = _FINANCING.replace("62 287 400\n57 451 300\n", "").replace("(1 323 600)\n(1 323 600)\n", "")
    document = parse(prose)
    (annex,) = document.annexes
    assert not any(p.text.startswith("Gross Net") and p.text.endswith("56 127 700") for p in annex.paragraphs)
    read = " ".join([*(h.text for h in document.headings), *(p.text for p in annex.paragraphs)]).split()
    for word in ("Gross", "assessment", "Contributions", "56", "127", "700", "A/79/555.", "recosting."):
        assert word in read


def test_a_table_annex_without_notes_ends_on_its_last_cell() -> None:
    # The last annex, a table of credits with no note under it, ends on a figure: it was refused as
    # "truncated: the last paragraph stops in the middle of a sentence" (A/C.5/80/L.13, annex II).
    credits = (
        "\nAnnex II\n\nCredits reported in the financial performance report for 2024\n\n"
        "Gross\nNet of staff\nassessment\n(United States dollars)\n"
        "Cancellation of commitments for the year 2023, and\nother revenue\n(8 894 000)\n(8 894 000)\n"
        "Surplus resulting from the final expenditure for the\nbudget for the year 2024\n(4 000)\n(862 600)\n"
        "Total credits reported in the financial\nperformance report for 2024\n8 898 000\n9 756 600\n"
    )
    document = parse(_FINANCING.replace("Annex\n", "Annex I\n") + credits)
    assert [annex.label for annex in document.annexes] == ["Annex I", "Annex II"]
    assert [p.text[:30] for p in document.annexes[1].paragraphs] == ["Gross Net of staff assessment "]
    assert document.annexes[1].paragraphs[0].text.endswith("performance report for 2024 8 898 000 9 756 600")


_INCOME = """Resolves that, for 2026:
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
The income from staff assessment shall be credited to the Tax Equalization
Fund;
{third}
"""


def test_numbered_rows_of_an_announced_table_stay_in_its_paragraph() -> None:
    # "2. General income" after the figure of row 1 was read as paragraph 2, and the real paragraph 2 was
    # then left with no place ("cannot account for the word '2'", A/C.5/80/L.6, part B).
    document = parse(_INCOME.format(third="3.\nDirect expenses shall be charged against that income.\n"))
    assert [p.number for p in document.operative] == ["1", "2", "3"]
    assert document.operative[0].text.endswith(
        "1. Income from staff assessment 278 735 200 2. General income 32 815 100 "
        "3. Services to the public 564 700 Total 312 115 000"
    )
    assert document.operative[1].text.startswith("The income from staff assessment")


def test_a_paragraph_after_a_table_starts_whatever_follows_its_number() -> None:
    # the paragraph's number on the line of its words, followed by the next paragraph's number: no row
    document = parse(
        _INCOME.replace("2.\nThe income", "2. The income").format(
            third="3. Decides to remain seized of it.\n"
        )
    )
    assert [p.number for p in document.operative] == ["1", "2", "3"]
    single = parse(
        _INCOME.replace(
            "2.\nThe income from staff assessment shall be credited to the Tax Equalization\nFund;\n", ""
        )
        .replace("{third}", "2. Decides to remain seized of it.\n3. Requests a report.")
        .replace("{{", "{")
    )
    assert [p.text for p in single.operative[1:]] == ["Decides to remain seized of it.", "Requests a report."]
