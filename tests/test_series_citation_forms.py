"""Forms of citing a series' earlier members met in the fifth series field test (held-back First, Third and
Sixth Committee texts; see docs/unseen-documents.md): a paragraph of lists of resolutions and decisions, the
reports of several sessions, a paragraph cited inside a list, and the item on a body's recurring report.  Each
is written here in constructed words on a corpus text (79/126, "The rule of law at the national and
international levels"), its first recital or its title replaced."""

from __future__ import annotations

import dataclasses

from corpus import CORPUS, parsed

from versioning.model import Document, Footnote
from versioning.series import discover_series, series_citations
from versioning.series.citation_lists import find_citation_groups, only_own_lists
from versioning.series.subjects import names_subject_after_connective, series_key, subject_phrases

RULE_OF_LAW = CORPUS / "sessions" / "sixth" / "A-RES-79-126.pymupdf.txt"
"""79/126 cites its predecessor 63/128 for the report it requested (pp13); the tests look at what else is
found."""


def _with_first_recital(text: str, lead: str = "Recalling") -> Document:
    document = parsed(RULE_OF_LAW)
    preamble = list(document.preamble)
    preamble[0] = dataclasses.replace(preamble[0], text=text, lead=lead)
    return dataclasses.replace(document, preamble=tuple(preamble))


def _members(document: Document) -> list[tuple[str, str | None, str | None]]:
    return [(c.number, c.date, c.basis) for c in series_citations(document)]


def test_a_paragraph_of_lists_of_resolutions_and_decisions_is_the_history() -> None:
    """ "Recalling its decision 59/515 ... and its resolutions 60/74 ... and 74/65 ..., its decision 75/552
    ..., its resolution 76/233 ..., its decisions 76/568 ... and 77/547 ... and its resolutions 78/47 ..."
    (79/54 and its draft A/C.1/80/L.19, through-life conventional ammunition management): every list of
    resolutions is the item's history, the decisions are not resolutions."""
    text = (
        "Recalling its decision 59/515 of 3 December 2004 and its resolutions 60/74 of 8 December 2005 and "
        "74/65 of 12 December 2019, its decision 75/552 of 31 December 2020, its resolution 76/233 of "
        "24 December 2021, its decisions 76/568 of 21 June 2022 and 77/547 of 30 December 2022 and its "
        "resolutions 78/47 of 4 December 2023 and 78/112 of 7 December 2023,"
    )
    assert only_own_lists(text.removeprefix("Recalling"))
    assert [(n, b) for n, _, b in _members(_with_first_recital(text))] == [
        ("60/74", "list"),
        ("74/65", "list"),
        ("76/233", "list"),
        ("78/47", "list"),
        ("78/112", "list"),
        ("63/128", "report"),
    ]
    # not the history: a list out of the order of adoption, another body's list, other words
    out_of_order = text.replace("its resolution 76/233 of 24 December 2021", "its resolution 70/1")
    assert [n for n, _, _ in _members(_with_first_recital(out_of_order))] == ["63/128"]
    assert not only_own_lists(" its resolution 76/233 and Security Council resolution 2719 (2023),")
    assert not only_own_lists(" its resolution 76/233 and its resolution 78/47 on the rule of law,")
    # one list alone is still read by the bare-list rule, not by this one
    assert not only_own_lists(" its resolutions 60/74 and 74/65,")


def test_the_reports_of_several_sessions_each_requested_by_a_member() -> None:
    """ "Welcoming also the reports of the Office ... on the situation of human rights in the temporarily
    occupied ..., submitted pursuant to resolutions 71/205 and 72/190, and the reports of the
    Secretary-General submitted pursuant to resolutions 73/263, ... and 78/221" (79/184, a series renamed at
    the 78th session): each report was requested by the member of its session, whatever the title then."""
    text = (
        "Welcoming also the reports of the Office of the United Nations High Commissioner for Human Rights "
        "on the situation of human rights in the temporarily occupied Autonomous Republic of Crimea and the "
        "city of Sevastopol, Ukraine, submitted pursuant to resolutions 71/205 and 72/190, and the reports "
        "of the Secretary-General submitted pursuant to resolutions 73/263 and 78/112,"
    )
    # the title of the renamed series holds the names of the former one (79/184's title); a title that does
    # not, as the rule of law's, makes them another item's reports (tests/test_series_review.py)
    renamed = dataclasses.replace(
        _with_first_recital(text, lead="Welcoming also"),
        title="Situation of human rights in the temporarily occupied territories of Ukraine, including the "
        "Autonomous Republic of Crimea and the city of Sevastopol",
    )
    found = _members(renamed)
    assert [(n, b) for n, _, b in found] == [
        ("71/205", "report"),
        ("72/190", "report"),
        ("73/263", "report"),
        ("78/112", "report"),
        ("63/128", "report"),
    ]
    # reports by a body the resolutions set up are still not requested by them
    set_up = "Welcoming the reports of the groups established pursuant to resolutions 71/205 and 72/190,"
    assert [n for n, _, _ in _members(_with_first_recital(set_up, lead="Welcoming"))] == ["63/128"]


def test_a_paragraph_cited_inside_a_list_is_read_and_skipped() -> None:
    """ "resolutions 32/151, para. 10, and 37/111, para. 5, and all subsequent resolutions on ..." is one list
    of two resolutions (79/121, footnote 7)."""
    (group,) = find_citation_groups(
        "See resolutions 32/151, para. 10, and 37/111, paras. 5 and 6, and all subsequent resolutions on it"
    )
    assert [item.number for item in group.items] == ["32/151", "37/111"]
    assert group.qualifier.startswith(", and all subsequent resolutions")
    # a paragraph cited after the last item stays in the qualifier's place, and a number after it is no item
    (group,) = find_citation_groups("its resolution 60/1, para. 138, on the responsibility to protect")
    assert [item.number for item in group.items] == ["60/1"]


def test_the_item_on_a_body_s_recurring_report() -> None:
    """ "Report of the International Law Commission on the work of its seventy-fifth session" (79/121): the
    next session's title has the next ordinal, and the texts name the item as the (annual) reports of the
    body: a footnote "See resolutions 32/151, para. 10, and 37/111, para. 5, and all subsequent resolutions on
    the annual reports of the International Law Commission to the General Assembly" lists two earlier
    members."""
    title = "Report of the International Law Commission on the work of its seventy-fifth session"
    assert series_key(title) == series_key(title.replace("seventy-fifth", "seventy-sixth"))
    assert series_key(title) != series_key("Report of the Committee on Contributions")
    document = dataclasses.replace(parsed(RULE_OF_LAW), title=title)
    phrases = subject_phrases(document)
    annual = " on the annual reports of the International Law Commission"
    assert names_subject_after_connective(annual, phrases)
    assert names_subject_after_connective(
        " on the report of the International Law Commission on the work of its seventy-fourth session",
        phrases,
    )
    assert not names_subject_after_connective(" on the annual reports of the Human Rights Council", phrases)
    note = (
        "See resolutions 32/151, para. 10, and 37/111, para. 5, and all subsequent resolutions on the annual "
        "reports of the International Law Commission to the General Assembly; see also Yearbook of the "
        "International Law Commission 1982, vol. II (Part Two), paras. 267–269."
    )
    operative = list(document.operative)
    operative[0] = dataclasses.replace(operative[0], footnotes=("90",))
    with_note = dataclasses.replace(
        document, operative=tuple(operative), footnotes=(*document.footnotes, Footnote("90", note))
    )
    added = [(n, b) for n, _, b in _members(with_note) if (n, _, b) not in _members(document)]
    assert added == [("32/151", "subject"), ("37/111", "subject")]
    # the same note on another subject lists no member
    other = note.replace("International Law Commission to", "Human Rights Council to")
    on_other = dataclasses.replace(with_note, footnotes=(*document.footnotes, Footnote("90", other)))
    assert [n for n, _, _ in _members(on_other)] == [n for n, _, _ in _members(document)]


def test_two_sessions_reports_on_a_body_s_work_are_one_series() -> None:
    """The resolution on the report of one session and that on the next are linked by their titles, the
    ordinals of the sessions made alike (as the years of an annual series are)."""
    document = parsed(RULE_OF_LAW)
    first = dataclasses.replace(
        document, title="Report of the International Law Commission on the work of its seventy-fourth session"
    )
    second_symbol = type(document.symbol).parse("A/RES/80/126")
    second = dataclasses.replace(
        document,
        symbol=second_symbol,
        number="80/126",
        session=80,
        title="Report of the International Law Commission on the work of its seventy-fifth session",
    )
    series = discover_series(second, [first, second])
    assert [member.symbol for member in series.held] == [str(first.symbol), "A/RES/80/126"]


def test_a_paragraph_of_a_member_cited_where_the_text_names_the_programme_of_its_title() -> None:
    """ "... the implementation of the relevant activities under the Programme of Assistance, including the
    second International Law Seminar for African Universities, ... in furtherance of paragraph 20 of its
    resolution 71/139 of 13 December 2016" (79/120, whose title is the Programme's name): the paragraph of a
    member cited where the text names the programme of its title, by the capitalised run of the name with "of"
    inside it."""
    title = (
        "United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation "
        "of International Law"
    )
    document = dataclasses.replace(parsed(RULE_OF_LAW), title=title)
    text = (
        "Encourages the Codification Division to cooperate in the activities under the Programme of "
        "Assistance, including the second seminar, in furtherance of paragraph 20 of its resolution 71/139 "
        "of 13 December 2016;"
    )
    operative = list(document.operative)
    operative[0] = dataclasses.replace(operative[0], text=text, lead="Encourages")
    cited = _members(dataclasses.replace(document, operative=tuple(operative)))
    assert ("71/139", "2016-12-13", "directed") in cited
    # the same paragraph naming another programme, or a title that is no name, cites no member
    elsewhere = text.replace("Programme of Assistance", "Programme of Work")
    operative[0] = dataclasses.replace(operative[0], text=elsewhere, lead="Encourages")
    assert "71/139" not in [
        n for n, _, _ in _members(dataclasses.replace(document, operative=tuple(operative)))
    ]
    operative[0] = dataclasses.replace(operative[0], text=text, lead="Encourages")
    no_name = dataclasses.replace(document, title="Situation of human rights in Myanmar")
    assert "71/139" not in [
        n for n, _, _ in _members(dataclasses.replace(no_name, operative=tuple(operative)))
    ]
