"""Citations of earlier members of a series, in every form the corpus writes them: the grammar of citation
lists, each way of naming the series, the citations that are not members, and the labelled table that
measures precision and recall on the whole corpus."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from corpus import CORPUS, parsed
from labelled_series import LABELLED, labelled_numbers

from versioning.cli import main
from versioning.identifiers import Symbol
from versioning.series import Citation, discover_series, extract_citations, series_citations
from versioning.series.citation_lists import find_citation_groups
from versioning.series.subjects import (
    names_subject,
    names_subject_after_connective,
    short_forms,
    subject_phrases,
)
from versioning.store import open_store

COOPERATION = CORPUS / "cooperation"
SESSIONS = CORPUS / "sessions"
EDITIONS = CORPUS / "editions"


def members(path_in_corpus: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.number, c.date, c.basis) for c in series_citations(parsed(CORPUS / path_in_corpus))]


def numbers(path_in_corpus: str) -> list[str]:
    return [c.number for c in series_citations(parsed(CORPUS / path_in_corpus))]


# The grammar of citation lists --------------------------------------------------------------------------


def test_a_list_is_read_with_dates_parts_and_every_separator() -> None:
    text = (
        "Recalling its resolutions 45/58 P of 4 December 1990, 46/36 I of 6 December 1991; 57/76 and "
        "58/38 of 8 December 2003, and 59/89 on regional disarmament,"
    )
    (group,) = find_citation_groups(text)
    assert [(item.number, item.date) for item in group.items] == [
        ("45/58 P", "1990-12-04"),
        ("46/36 I", "1991-12-06"),
        ("57/76", None),
        ("58/38", "2003-12-08"),
        ("59/89", None),
    ]
    assert group.qualifier == " on regional disarmament," and group.first and not group.other_body


def test_a_list_reads_through_earlier_numbering_and_cites_parts_together() -> None:
    """A list that opens with resolutions of the first thirty sessions ("3263 (XXIX)", no session/serial
    symbol: read and not kept) and cites two parts together ("36/87 A and B of 9 December 1981"): the shape
    of A/RES/79/16 and A/C.1/80/L.1 (unseen), whose 46 predecessors were all missed."""
    text = (
        "Recalling its resolutions 3263 (XXIX) of 9 December 1974, 3474 (XXX) of 11 December 1975, "
        "31/71 of 10 December 1976, 36/87 A and B of 9 December 1981, 37/75 of 9 December 1982 and 78/17 "
        "of 4 December 2023 on the establishment of a nuclear-weapon-free zone in the region of the "
        "Middle East,"
    )
    (group,) = find_citation_groups(text)
    assert [(item.number, item.date) for item in group.items] == [
        ("31/71", "1976-12-10"),
        ("36/87 A", "1981-12-09"),
        ("36/87 B", "1981-12-09"),
        ("37/75", "1982-12-09"),
        ("78/17", "2023-12-04"),
    ]
    assert group.qualifier.startswith(" on the establishment") and group.first and not group.other_body
    # a citation of an early resolution alone is no group
    assert find_citation_groups("in conformity with General Assembly resolution 1514 (XV), containing") == ()


def test_a_list_goes_on_after_a_qualifier_as_a_second_group() -> None:
    paragraph = parsed(SESSIONS / "third" / "A-RES-80-182.pymupdf.txt").preamble[0]
    first, second = find_citation_groups(paragraph.text)
    assert (len(first.items), first.items[-1].number) == (17, "78/175")
    assert first.qualifier.strip() == "concerning cooperatives in social development"
    assert [item.number for item in second.items] == ["78/289"]
    assert second.qualifier.startswith(" proclaiming the International Year") and not second.first


def test_other_bodies_resolutions_are_set_apart() -> None:
    groups = find_citation_groups(
        "recalling its resolutions 73/187 of 17 December 2018 and 75/282 of 26 May 2021, as well as Economic "
        "and Social Council resolutions 2019/19 and 2019/20 of 23 July 2019, and Human Rights Council "
        "resolution 16/18 of 24 March 2011 and resolution 7/2025 of 4 July 2025, adopted by the "
        "Conference of the Food and Agriculture Organization"
    )
    assert [([item.number for item in group.items], group.other_body) for group in groups] == [
        (["73/187", "75/282"], False),
        (["16/18"], True),  # named by its body
        (["7/2025"], True),  # adopted by another body; and no Assembly resolution was numbered so before 1976
    ]


# The names of a series' subject -----------------------------------------------------------------------------


def test_a_title_is_named_by_the_acronym_it_defines() -> None:
    title = (
        "Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)"
    )
    assert short_forms(title)[1:] == (
        "Cooperation between the United Nations and the International Criminal Police Organization",
        "Cooperation between the United Nations and INTERPOL",
    )
    dashed = (
        "Cooperation between the United Nations and the Organization for Democracy and Economic Development"
        " – GUAM"
    )
    assert "Cooperation between the United Nations and GUAM" in short_forms(dashed)


def test_a_subject_is_named_after_on_concerning_or_entitled_in_quotes() -> None:
    phrases = subject_phrases(parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt"))
    entitled = ", entitled “The rule of law at the national and international levels”, in which"
    assert names_subject_after_connective(entitled, phrases)
    assert names_subject_after_connective(
        " on the rule of law at the national and international levels", phrases
    )
    assert not names_subject_after_connective(" on the International Day of Women Judges", phrases)
    assert not names_subject_after_connective(
        " adopting the rule of law at the national and international", phrases
    )


def test_the_year_in_the_title_of_an_annual_series_does_not_part_its_members() -> None:
    phrases = subject_phrases(parsed(EDITIONS / "A-RES-80-11.pymupdf.txt"))  # "2025 review of the ..."
    assert names_subject_after_connective(
        " on the 2020 review of the United Nations peacebuilding architecture", phrases
    )
    assert not names_subject_after_connective(" on the 2020 review of the United Nations system", phrases)


def test_every_connective_is_tried_on_question_of_titles() -> None:
    assert names_subject_after_connective(
        " on the question of Western Sahara,", ("question of western sahara",)
    )


def test_a_list_opening_its_paragraph_may_name_the_subject_by_reference() -> None:
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    on_this_question = "Recalling its resolutions 77/110 and 78/112 on this question,"
    # (63/128 is cited in op17 for the report it requested, whatever pp1 says.)
    assert rewritten(path, "pp1", on_this_question, "Recalling") == ["77/110", "78/112", "63/128"]
    # Inside a paragraph on something else, "this question" is that paragraph's question.
    mid_paragraph = (
        "Concerned at cybercrime, and recalling its resolutions 77/110 and 78/112 on this question,"
    )
    assert rewritten(path, "pp1", mid_paragraph, "Concerned") == ["63/128"]
    assert rewritten(
        path, "pp1", "Recalling its resolutions 77/110 on the question of Palestine,", "Recalling"
    ) == ["63/128"]


def test_a_subject_is_named_as_a_whole_phrase() -> None:
    phrases = subject_phrases(parsed(COOPERATION / "A-RES-79-136.pymupdf.txt"))
    assert names_subject("the cooperation between the United Nations and INTERPOL, and calling", phrases)
    assert not names_subject("cooperation between the United Nations and INTERPOLIS", phrases)
    assert not names_subject("cooperation between the United Nations and the League of Arab States", phrases)


# Each way a resolution cites its predecessors, on the document where it occurs --------------------------


def test_on_the_series_title() -> None:
    assert numbers("cooperation/A-RES-79-332.pymupdf.txt") == labelled_numbers(
        LABELLED["cooperation/A-RES-79-332.pymupdf.txt"]
    )
    assert {c.basis for c in series_citations(parsed(COOPERATION / "A-RES-79-332.pymupdf.txt"))} == {
        "subject"
    }


def test_concerning_the_series_by_its_acronym() -> None:
    cited = members("cooperation/A-RES-79-136.pymupdf.txt")
    assert cited == [
        ("71/19", "2016-11-21", "subject"),
        ("73/11", "2018-11-26", "subject"),
        ("75/10", "2020-11-23", "subject"),
        ("77/20", "2022-11-21", "subject"),
    ]
    # In the same paragraph, 51/1 "in which it invited ... INTERPOL to participate as an observer" is not one.
    others = [
        c for c in extract_citations(parsed(COOPERATION / "A-RES-79-136.pymupdf.txt")) if c.clause == "pp1"
    ]
    assert (others[0].number, others[0].same_subject) == ("51/1", False)


def test_thirty_predecessors_over_eight_lines_in_a_paragraph_that_only_lists_them() -> None:
    cited = members("cooperation/A-RES-79-9.pymupdf.txt")
    assert len(cited) == 31
    assert cited[0] == ("37/4", "1982-10-22", "list")
    assert cited[-1] == ("77/18", "2022-11-21", "list")
    assert {basis for _, _, basis in cited} == {"list"}


def test_a_bare_list_followed_by_its_decision_and_a_single_bare_citation() -> None:
    assert numbers("cooperation/A-RES-79-11.pymupdf.txt")[-1] == "77/15"
    assert "71/556" not in numbers("cooperation/A-RES-79-11.pymupdf.txt")  # its decision, not a resolution
    assert members("sessions/sixth/A-RES-79-126.pymupdf.txt")[0] == ("78/112", "2023-12-07", "list")
    assert members("editions/A-RES-80-6.pymupdf.txt") == [("79/6", "2024-10-29", "list")]


def test_a_footnote_lists_the_previous_resolutions_on_the_subject() -> None:
    cited = series_citations(parsed(COOPERATION / "A-RES-79-290.pymupdf.txt"))
    assert [c.number for c in cited] == labelled_numbers(LABELLED["cooperation/A-RES-79-290.pymupdf.txt"])
    assert {(c.clause, c.footnote, c.basis, c.date) for c in cited} == {("pp4", "3", "footnote", None)}


def test_the_most_recent_of_the_previous_resolutions_and_the_report_on_it() -> None:
    assert members("sessions/fourth/A-RES-80-82.pymupdf.txt") == [("79/90", "2024-12-04", "previous")]
    report = [
        c
        for c in extract_citations(parsed(SESSIONS / "fourth" / "A-RES-80-82.pymupdf.txt"))
        if c.clause == "pp5"
    ]
    assert [(c.number, c.basis) for c in report] == [("79/90", "report")]
    assert members("editions/A-RES-80-110.pymupdf.txt") == [("79/144", "2024-12-12", "previous")]


def test_an_operative_paragraph_takes_note_of_the_report_on_the_implementation_of_the_last_member() -> None:
    operative = [
        c for c in extract_citations(parsed(EDITIONS / "A-RES-80-4.pymupdf.txt")) if c.clause == "op1"
    ]
    assert [(c.number, c.date, c.basis) for c in operative] == [("79/7", None, "report")]


def test_a_report_requested_in_a_paragraph_of_an_earlier_member() -> None:
    # 79/126 op17: "his next annual report ..., in accordance with paragraph 5 of its resolution 63/128"
    assert members("sessions/sixth/A-RES-79-126.pymupdf.txt") == [
        ("78/112", "2023-12-07", "list"),
        ("63/128", "2008-12-11", "report"),
    ]
    # A report "in accordance with" whole resolutions (80/110 op358: "in accordance with resolutions 49/28
    # of 6 December 1994, 52/26 ... and 54/33") may follow any resolution that bears on it: not members.
    assert [number for number, _, _ in members("editions/A-RES-80-110.pymupdf.txt")] == ["79/144"]


def test_a_member_cited_without_a_date_takes_the_date_another_citation_gives() -> None:
    document = parsed(SESSIONS / "fourth" / "A-RES-80-82.pymupdf.txt")
    report_first = dataclasses.replace(document, preamble=tuple(reversed(document.preamble)))
    assert [(c.number, c.date, c.basis) for c in series_citations(report_first)] == [
        ("79/90", "2024-12-04", "report")
    ]


def rewritten(path_in_corpus: str, clause: str, text: str, lead: str) -> list[str]:
    """The members found when one preambular paragraph of a real document is given other words."""
    document = parsed(CORPUS / path_in_corpus)
    preamble = tuple(
        dataclasses.replace(paragraph, text=text, lead=lead) if str(paragraph.id) == clause else paragraph
        for paragraph in document.preamble
    )
    return [c.number for c in series_citations(dataclasses.replace(document, preamble=preamble))]


def test_a_bare_list_counts_only_first_whatever_its_lead() -> None:
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    # "Recalling also" or "further" with no history before it is the history (the shape of A/C.1/80/L.11,
    # "Recalling further its resolutions 49/75 J ... and 79/43", and A/C.1/80/L.40, held-back texts)
    recalled_also = "Recalling also its resolution 78/112 of 7 December 2023,"
    assert rewritten(path, "pp1", recalled_also, "Recalling also") == ["78/112", "63/128"]
    # after the history, an added bare list recalls something else, whatever its lead
    for lead in ("Recalling also", "Recalling"):
        later = f"{lead} its resolution 79/1 of 22 September 2024,"
        assert rewritten(path, "pp2", later, lead) == ["78/112", "63/128"]
    # pp13 rewritten as a second bare list: the first (pp1, 78/112) is the item's history, not this one.
    assert rewritten(
        path, "pp13", "Taking note of its resolution 79/1 of 22 September 2024,", "Taking note"
    ) == ["78/112", "63/128"]


def test_a_bare_list_after_the_history_given_with_its_subject_recalls_something_else() -> None:
    # A/RES/79/10 pp4 gives the history "on cooperation between the United Nations and the Collective
    # Security Treaty Organization"; a bare list in pp5 after it is not the item's
    path = "csto/A-RES-79-10.pymupdf.txt"
    members_now = rewritten(path, "pp5", "Recalling its resolution 70/1 of 25 September 2015,", "Recalling")
    assert "70/1" not in members_now and "77/13" in members_now


def test_relevant_resolutions_including_one_count_only_with_the_subject_named() -> None:
    path = "editions/A-RES-80-110.pymupdf.txt"
    relevant = "Reaffirming its relevant resolutions, including resolution 79/144 of 12 December 2024,"
    assert rewritten(path, "pp1", relevant, "Reaffirming") == []
    previous = "Reaffirming its previous resolutions, including resolution 79/144 of 12 December 2024,"
    assert rewritten(path, "pp1", previous, "Reaffirming") == ["79/144"]


def test_the_resolutions_on_the_subject_recalled_through_the_latest_without_an_adjective() -> None:
    """ "Recalling its resolutions on policies and programmes involving youth, the latest of which being
    resolution 78/179" and "Recalling all relevant resolutions on the safety and security of humanitarian
    personnel ..., including its resolution 79/138" (drafts of the eightieth session) give the item's history
    as "its previous resolutions, the most recent of which" does; on another subject, or with none, they
    recall something else."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"  # the rule of law at the national and international ...
    subject = "the rule of law at the national and international levels"
    for text in (
        f"Recalling its resolutions on {subject}, the latest of which being resolution 78/112 of 7 December",
        f"Recalling its resolutions on {subject}, the most recent of which is resolution 78/112,",
        "Recalling its resolutions on the subject, the latest of which being resolution 78/112,",
        f"Recalling all relevant resolutions on {subject}, including its resolution 78/112,",
    ):
        assert rewritten(path, "pp1", text, "Recalling")[0] == "78/112", text
    for text in (
        "Recalling its resolutions on the right to food, including resolution 78/112 of 7 December 2023,",
        "Recalling its resolutions, including resolution 78/112 of 7 December 2023,",
    ):
        assert "78/112" not in rewritten(path, "pp1", text, "Recalling"), text


# Citations that are not members ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path_in_corpus", "number"),
    [
        ("cooperation/A-RES-79-136.pymupdf.txt", "73/187"),  # cybercrime, recalled mid-paragraph
        (
            "cooperation/A-RES-79-9.pymupdf.txt",
            "70/109",
        ),  # "on a world against violence and violent extremism"
        ("cooperation/A-RES-79-9.pymupdf.txt", "16/18"),  # the Human Rights Council's
        (
            "cooperation/A-RES-79-284.pymupdf.txt",
            "74/270",
        ),  # footnote of "resolutions ... related to COVID-19"
        (
            "csto/A-RES-73-331.pymupdf.txt",
            "60/288",
        ),  # footnote of "relevant resolutions of the United Nations"
        ("sessions/third/A-RES-80-182.pymupdf.txt", "78/289"),  # "proclaiming the International Year"
        ("editions/A-RES-80-174.pymupdf.txt", "7/2025"),  # the FAO Conference's, entitled as the series
        ("editions/A-RES-80-3.pymupdf.txt", "79/279"),  # "on the convening of the Third ... Conference"
    ],
)
def test_a_citation_on_another_subject_is_not_a_member(path_in_corpus: str, number: str) -> None:
    assert number not in numbers(path_in_corpus)


# The series, held members and known gaps ------------------------------------------------------------------


def test_the_series_of_79_9_lists_thirty_predecessors_from_37_4() -> None:
    target = parsed(COOPERATION / "A-RES-79-9.pymupdf.txt")
    series = discover_series(target, [parsed(COOPERATION / "A-RES-77-18.pymupdf.txt")])
    assert len(series.members) == 32  # thirty gaps before 77/18, 77/18 and 79/9 held
    assert (series.members[0].symbol, series.members[0].date, series.members[0].held) == (
        "A/RES/37/4",
        "1982-10-22",
        False,
    )
    assert [m.symbol for m in series.held] == ["A/RES/77/18", "A/RES/79/9"]
    assert len(series.gaps) == 30 and all(m.date for m in series.gaps)
    assert series.member("A/RES/75/16").cited_by == ("A/RES/77/18", "A/RES/79/9")


def test_the_series_of_79_136_holds_the_members_concerning_the_cooperation_with_interpol() -> None:
    target = parsed(COOPERATION / "A-RES-79-136.pymupdf.txt")
    others = [
        parsed(COOPERATION / "A-RES-77-20.pymupdf.txt"),
        parsed(COOPERATION / "A-RES-79-11.pymupdf.txt"),
    ]
    series = discover_series(target, others)
    assert [(m.number, m.date, m.held, m.basis) for m in series.members] == [
        ("71/19", "2016-11-21", False, "subject"),
        ("73/11", "2018-11-26", False, "subject"),
        ("75/10", "2020-11-23", False, "subject"),
        ("77/20", "2022-11-21", True, None),
        ("79/136", "2024-12-06", True, None),
    ]


def test_parts_of_resolutions_adopted_in_parts_are_members_in_session_order() -> None:
    series = discover_series(parsed(SESSIONS / "first" / "A-RES-80-27.pymupdf.txt"), [])
    assert [m.symbol for m in series.members[:2]] == ["A/RES/45/58P", "A/RES/46/36I"]
    assert series.members[0].number == "45/58P" and series.members[0].date == "1990-12-04"
    assert [m.symbol for m in series.members[-2:]] == ["A/RES/79/25", "A/RES/80/27"]


def test_the_series_command_lists_the_oic_series_from_1982(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    open_store(store, create=True).add(
        [COOPERATION / "A-RES-77-18.pymupdf.txt", COOPERATION / "A-RES-79-9.pymupdf.txt"]
    )
    assert main(["--store", str(store), "series", "A/RES/79/9"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "32 members: 2 held, 30 known gaps"
    assert lines[4].split()[:3] == ["A/RES/37/4", "1982-10-22", "gap"]
    assert lines[-1].split()[:3] == ["A/RES/79/9", "2024-11-18", "held"]
    assert main(["--store", str(store), "series", "A/RES/79/9", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {member["basis"] for member in data["members"]} == {"list", None}


# The labelled table: precision and recall on the corpus -------------------------------------------------


def _found_and_labelled() -> dict[str, tuple[set[str], set[str]]]:
    table = {}
    for path_in_corpus, entry in LABELLED.items():
        found = {c.symbol for c in series_citations(parsed(CORPUS / path_in_corpus))}
        labelled = {str(Symbol.for_resolution(number)) for number in labelled_numbers(entry)}
        table[path_in_corpus] = (found, labelled)
    return table


def test_every_labelled_member_is_found() -> None:
    differences = {
        path: (sorted(labelled - found), sorted(found - labelled))
        for path, (found, labelled) in _found_and_labelled().items()
        if found != labelled
    }
    assert differences == {}


def test_precision_and_recall_on_the_labelled_corpus() -> None:
    table = _found_and_labelled().values()
    true_positives = sum(len(found & labelled) for found, labelled in table)
    precision = true_positives / sum(len(found) for found, _ in table)
    recall = true_positives / sum(len(labelled) for _, labelled in table)
    assert (true_positives, precision, recall) == (266, 1.0, 1.0)


def test_citation_records_keep_their_basis() -> None:
    assert Citation("67/6", None, "pp4", True, "subject").symbol == "A/RES/67/6"
    assert Citation("45/58 P", None, "pp1", True, "subject").symbol == "A/RES/45/58P"


def test_the_item_s_history_comes_first_when_a_second_list_follows_it() -> None:
    """ "Recalling its resolutions 69/32 ... and 79/20 ..., and its resolutions 45/55 B ... and 48/74 B ...,
    which, inter alia, confirm ...": the first list is the item's history, the second is qualified by its own
    words (the shape of A/RES/80/20, unseen)."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    two_lists = (
        "Recalling its resolutions 77/110 of 7 December 2022 and 78/112 of 7 December 2023, and its "
        "resolutions 45/55 B of 4 December 1990 and 48/74 B of 16 December 1993, which, inter alia, confirm "
        "the importance of the rule of law,"
    )
    assert rewritten(path, "pp1", two_lists, "Recalling") == ["77/110", "78/112", "63/128"]


def test_a_report_by_a_body_the_resolution_set_up_is_not_the_report_it_requested() -> None:
    """ "the substantive report adopted by ... the Group of Governmental Experts established pursuant to
    General Assembly resolution 77/250": 77/250 set up the Group, it is not an earlier member (A/RES/80/20,
    unseen); a report submitted pursuant to a resolution still is."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    by_a_body = (
        "Welcoming the substantive report adopted by consensus by the Group of Governmental Experts "
        "established pursuant to General Assembly resolution 77/250 of 30 December 2022,"
    )
    assert rewritten(path, "pp13", by_a_body, "Welcoming") == ["78/112", "63/128"]
    requested = "Welcoming the report of the Secretary-General submitted pursuant to resolution 77/250,"
    assert rewritten(path, "pp13", requested, "Welcoming") == ["78/112", "77/250", "63/128"]


def test_subsequent_resolutions_thereon_the_latest_of_which_when_the_subject_is_named_before() -> None:
    """ "its decision 50/500 ... on the financing of <the item>, and its subsequent resolutions thereon, the
    latest of which was resolution 78/295" (A/RES/79/300, unseen): 78/295 is the last member; "thereon"
    after another subject, or "subsequent resolutions" with nothing to refer to, is not."""
    # the series of "The rule of law at the national and international levels"
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    thereon = (
        "Recalling its decision 61/503 of 3 November 2006 on the rule of law at the national and "
        "international levels, and its subsequent resolutions thereon, the latest of which was "
        "resolution 78/112 of 7 December 2023,"
    )
    assert rewritten(path, "pp1", thereon, "Recalling") == ["78/112", "63/128"]
    elsewhere = thereon.replace("on the rule of law at the national and international levels", "on the Court")
    assert rewritten(path, "pp1", elsewhere, "Recalling") == ["63/128"]
    bare = (
        "Recalling its subsequent resolutions, the latest of which was resolution 78/112 of 7 December 2023,"
    )
    assert rewritten(path, "pp1", bare, "Recalling") == ["63/128"]


def test_a_list_joined_by_its_other_resolutions_on_the_subject() -> None:
    """ "its resolution 78/178 ... and its previous resolutions on <the subject>" and "its resolutions ... and
    all its subsequent resolutions on the question": the words after the other resolutions name the subject
    of the whole list (forms of A/C.3/80/L.10 and A/RES/79/89, unseen, written here on 79/126's series)."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    previous_on = (
        "Recalling Economic and Social Council resolution 2010/12 of 22 July 2010 and General Assembly "
        "resolution 78/112 of 7 December 2023 and its previous resolutions on the rule of law at the "
        "national and international levels,"
    )
    assert rewritten(path, "pp1", previous_on, "Recalling") == ["78/112", "63/128"]
    subsequent_on_the_question = (
        "Recalling its resolutions 1514 (XV) of 14 December 1960 and 61/39 of 4 December 2006 and all its "
        "subsequent resolutions on the question,"
    )
    assert rewritten(path, "pp1", subsequent_on_the_question, "Recalling") == ["61/39", "63/128"]
    subsequent = "Recalling its resolution 61/39 of 4 December 2006 and its subsequent resolutions,"
    assert rewritten(path, "pp1", subsequent, "Recalling") == ["61/39", "63/128"]
    # the other resolutions on another subject, or the question named mid-paragraph, are not the item's
    another = previous_on.replace("the rule of law at the national and international levels", "cybercrime")
    assert rewritten(path, "pp1", another, "Recalling") == ["63/128"]
    mid_paragraph = "Noting the work done under " + subsequent_on_the_question.removeprefix("Recalling ")
    assert rewritten(path, "pp1", mid_paragraph, "Noting") == ["63/128"]


def test_the_body_of_the_title_named_by_the_head_of_its_name() -> None:
    """ "its resolution 45/266 ... on the financing of the Mission and its subsequent resolutions thereon,
    the latest of which was resolution 78/307" (A/RES/79/310, unseen, "Financing of the United Nations Mission
    for the Referendum in Western Sahara"): "the Mission" names the title's body by the head of its name.
    Written here on 80/6, "Report of the International Criminal Court"."""
    minurso = "Financing of the United Nations Mission for the Referendum in Western Sahara"
    assert short_forms(minurso)[1:] == ("Financing of the Mission",)
    assert short_forms("Financing of the United Nations Disengagement Observer Force")[1:] == (
        "Financing of the Force",
    )
    # a name of one word, or a title that is not "... of the <name>", has no shorter form
    assert short_forms("Report of the Secretary-General") == ("Report of the Secretary-General",)
    eco = "Cooperation between the United Nations and the Economic Cooperation Organization"
    assert short_forms(eco) == (eco,)
    path = "editions/A-RES-80-6.pymupdf.txt"
    thereon = (
        "Recalling its resolution 58/79 of 9 December 2003 on the report of the Court and its subsequent "
        "resolutions thereon, the latest of which was resolution 79/6 of 29 October 2024,"
    )
    assert rewritten(path, "pp1", thereon, "Recalling") == ["58/79", "79/6"]
    another_body = thereon.replace("the report of the Court", "the report of the Commission")
    assert rewritten(path, "pp1", another_body, "Recalling") == []


def test_a_bare_list_after_the_history_recalled_as_a_whole_recalls_something_else() -> None:
    """ "Recalling its relevant resolutions, including resolution 78/78 ...", then, twelve paragraphs on,
    "Recalling its resolution 67/19 of 29 November 2012," (A/RES/79/91, unseen): the item's history was
    given by the first; the lone bare citation after it (the status of Palestine) is not a member.  Written
    here on 79/126's series."""
    document = parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt")
    texts = {
        "pp1": (
            "Recalling its relevant resolutions, including resolution 78/112 of 7 December 2023,",
            "Recalling",
        ),
        "pp13": ("Recalling its resolution 67/19 of 29 November 2012,", "Recalling"),
    }

    def members_with(*clauses: str) -> list[str]:
        preamble = tuple(
            dataclasses.replace(paragraph, text=texts[str(paragraph.id)][0], lead=texts[str(paragraph.id)][1])
            if str(paragraph.id) in clauses
            else paragraph
            for paragraph in document.preamble
        )
        return [c.number for c in series_citations(dataclasses.replace(document, preamble=preamble))]

    assert members_with("pp1", "pp13") == ["63/128"]
    assert members_with("pp13") == ["78/112", "63/128"]  # pp1's own bare list is still the first


def test_parts_past_z_and_a_list_that_runs_on_into_decisions() -> None:
    """ "53/77 AA" is the part after "53/77 Z"; "..., as well as its decisions 58/521 of 8 December 2003 and
    70/551 of 23 December 2015," is a list of decisions after the resolutions: 70/551 goes with the decisions,
    and the paragraph is still nothing but the item's history (the forms of a First Committee resolution)."""
    text = (
        "Recalling its resolutions 52/38 F of 9 December 1997, 53/77 AA of 4 December 1998 and 79/44 of "
        "2 December 2024, as well as its decisions 58/521 of 8 December 2003, 60/518 of 8 December 2005 "
        "and 70/551 of 23 December 2015,"
    )
    (group,) = find_citation_groups(text)
    assert [item.number for item in group.items] == ["52/38 F", "53/77 AA", "79/44"]
    assert Symbol.for_resolution("53/77 AA") == Symbol.parse("A/RES/53/77AA")
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    assert rewritten(path, "pp1", text, "Recalling") == ["52/38 F", "53/77 AA", "79/44", "63/128"]
    # two different letters are no part: "53/77 AB" is read as 53/77 and what follows as its qualifier
    first, *_ = find_citation_groups("its resolutions 53/77 AB of 4 December 1998 and 79/44,")
    assert [item.number for item in first.items] == ["53/77"]
    # with no list of decisions in between, "and 79/44" after a qualifier still goes on the resolutions
    groups = find_citation_groups("its resolutions 53/77 of 4 December 1998 on disarmament, and 79/44 on it")
    assert [[item.number for item in g.items] for g in groups] == [["53/77"], ["79/44"]]


def test_this_issue_after_lists_that_name_no_subject() -> None:
    """ "Recalling ... Human Rights Council resolutions ..., as well as General Assembly resolutions 60/143
    ... and 78/190 ... on this issue" (a Third Committee resolution): the lists before name no subject, so
    "this issue" is the text's own; after a list that named another subject, it may be that one."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    after_others = (
        "Recalling Human Rights Council resolutions 7/34 of 28 March 2008 and 18/15 of 29 September 2011, as "
        "well as General Assembly resolutions 77/110 of 7 December 2022 and 78/112 of 7 December 2023 on "
        "this issue,"
    )
    assert rewritten(path, "pp1", after_others, "Recalling") == ["77/110", "78/112", "63/128"]
    after_a_subject = (
        "Recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda, and its resolutions 77/110 "
        "of 7 December 2022 and 78/112 of 7 December 2023 on this issue,"
    )
    assert rewritten(path, "pp1", after_a_subject, "Recalling") == ["63/128"]


def test_the_previous_resolutions_on_the_subject_by_reference() -> None:
    """ "all its previous resolutions on the subject, the most recent of which was resolution 78/203": "the
    subject" is the text's own; "on the subject of <another>" is not."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    on_the_subject = (
        "Recalling also all its previous resolutions on the subject, the most recent of which was resolution "
        "78/112 of 7 December 2023,"
    )
    assert rewritten(path, "pp1", on_the_subject, "Recalling also") == ["78/112", "63/128"]
    another = on_the_subject.replace("on the subject,", "on the subject of cybercrime,")
    assert rewritten(path, "pp1", another, "Recalling also") == ["63/128"]


def test_the_report_prepared_at_the_request_of_a_resolution() -> None:
    """ "the report of the Special Rapporteur ..., prepared in accordance with the request contained in its
    resolution 78/190" and "submitted pursuant to the request made in its resolution 77/25": the resolution
    requested the report."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    connectives = (
        "prepared in accordance with the request contained in",
        "submitted pursuant to the request made in",
    )
    for connective in connectives:
        text = f"Having considered the report of the Secretary-General, {connective} its resolution 77/110,"
        assert "77/110" in rewritten(path, "pp13", text, "Having considered")


def test_the_title_named_after_the_list_as_what_it_made_or_convened() -> None:
    """ "by its resolution 76/299 of 28 July 2022, as the zone of peace, trust and cooperation of Central
    Asia" and "pursuant to its resolutions 70/226 ... and 70/303 ..., the first <title without its year> was
    convened": the clause names the series' subject right after the list.  Written here on 79/126's series
    ("The rule of law at the national and international levels")."""
    path = "sessions/sixth/A-RES-79-126.pymupdf.txt"
    designated = (
        "Recalling its declaration, by its resolution 61/39 of 4 December 2006, as the rule of law at the "
        "national and international levels,"
    )
    # (pp1 recalls 78/112, the last member, as a bare list)
    assert rewritten(path, "pp2", designated, "Recalling") == ["78/112", "61/39", "63/128"]
    # a title that carries the year of one session of a recurring event, named by its ordinal in the text
    document = parsed(CORPUS / path)
    document = dataclasses.replace(document, title="2028 United Nations Conference on the Rule of Law")
    convened = (
        "Recalling that, pursuant to its resolution 61/39 of 4 December 2006 and decision 62/512, the first "
        "United Nations Conference on the Rule of Law was convened in 2017,"
    )
    preamble = (
        dataclasses.replace(document.preamble[0], text=convened, lead="Recalling"),
        *document.preamble[1:],
    )
    found = series_citations(dataclasses.replace(document, preamble=preamble))
    assert [c.number for c in found] == ["61/39", "63/128"]
    # an ordinal stands for a year only against a title that has one: the third decade is not the fourth
    fourth = dataclasses.replace(document, title="Fourth International Decade on the Rule of Law")
    third = (
        "Recalling its resolution 61/39 of 4 December 2006 on the Third International Decade on the Rule of "
        "Law,"
    )
    preamble = (
        dataclasses.replace(document.preamble[0], text=third, lead="Recalling"),
        *document.preamble[1:],
    )
    assert [c.number for c in series_citations(dataclasses.replace(fourth, preamble=preamble))] == ["63/128"]
    same = third.replace("Third", "Fourth")
    preamble = (
        dataclasses.replace(document.preamble[0], text=same, lead="Recalling"),
        *document.preamble[1:],
    )
    assert [c.number for c in series_citations(dataclasses.replace(fourth, preamble=preamble))] == [
        "61/39",
        "63/128",
    ]
    # another subject named there is not the series'
    other = designated.replace(
        "the rule of law at the national and international levels", "the zone of peace"
    )
    assert rewritten(path, "pp2", other, "Recalling") == ["78/112", "63/128"]


def test_a_title_that_is_a_name_is_named_by_its_head() -> None:
    """A title that is the name of a body ("United Nations Regional Centre for Peace and Disarmament in
    Africa") is named by its head once given in full: "its subsequent resolutions on the Regional Centre, the
    most recent of which is resolution 79/65"."""
    centre = "United Nations Regional Centre for Peace and Disarmament in Africa"
    assert "Regional Centre" in short_forms(centre)
    assert "Centre" not in short_forms(centre)  # one common noun alone names no body
    assert short_forms("Oil slick on Lebanese shores") == ("Oil slick on Lebanese shores",)
    document = dataclasses.replace(parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt"), title=centre)
    subsequent = (
        "Recalling also its subsequent resolutions on the Regional Centre, the most recent of which is "
        "resolution 78/112 of 7 December 2023,"
    )
    another = subsequent.replace("the Regional Centre", "the Centre for Human Rights")

    def members_with(text: str) -> list[str]:
        preamble = (
            dataclasses.replace(document.preamble[0], text=text, lead="Recalling also"),
            *document.preamble[1:],
        )
        return [c.number for c in series_citations(dataclasses.replace(document, preamble=preamble))]

    assert members_with(subsequent) == ["78/112", "63/128"]
    assert members_with(another) == ["63/128"]
    # the head with a complement of its own names another body; with the title's own, this one
    elsewhere = subsequent.replace(
        "the Regional Centre,", "the Regional Centre for Peace and Disarmament in Asia,"
    )
    assert members_with(elsewhere) == ["63/128"]
    own = subsequent.replace(
        "the Regional Centre,", "the Regional Centre for Peace and Disarmament in Africa,"
    )
    assert members_with(own) == ["78/112", "63/128"]
    assert "Nations Regional Centre" not in short_forms(centre)


def test_a_bare_list_is_not_the_history_when_the_text_recalls_that_as_a_whole() -> None:
    """ "Recalling its resolution 66/10 of 18 November 2011," then "Recalling also all General Assembly
    resolutions on measures to eliminate international terrorism" (a Sixth Committee resolution): the item's
    resolutions are recalled as a whole, by the subject, so the bare citation recalls something else (66/10
    is on the Counter-Terrorism Centre).  Written here on 79/126's series, whose pp1 is a bare list."""
    document = parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt")

    def members_with(text: str) -> list[str]:
        preamble = (
            document.preamble[0],
            dataclasses.replace(document.preamble[1], text=text, lead="Recalling also"),
            *document.preamble[2:],
        )
        return [c.number for c in series_citations(dataclasses.replace(document, preamble=preamble))]

    as_a_whole = (
        "Recalling also all General Assembly resolutions on the rule of law at the national and "
        "international levels and Security Council resolutions on threats to international peace,"
    )
    assert members_with(as_a_whole) == ["63/128"]
    # recalled as a whole on another subject, or with the latest named, the bare list is still the history
    assert members_with(
        as_a_whole.replace("the rule of law at the national and international levels", "cybercrime")
    ) == [
        "78/112",
        "63/128",
    ]
    latest = (
        "Recalling also all its previous resolutions on the rule of law at the national and international "
        "levels, the most recent of which was resolution 78/112 of 7 December 2023,"
    )
    assert members_with(latest) == ["78/112", "63/128"]
    # another body's resolutions recalled as a whole leave the Assembly's history where it was
    for others in (
        "Recalling also all relevant resolutions on the rule of law at the national and international levels "
        "adopted by the Economic and Social Council,",
        "Recalling also all relevant resolutions on the rule of law at the national and international "
        "levels,",
    ):
        assert members_with(others) == ["78/112", "63/128"]


def test_a_list_named_by_what_it_did_to_a_thing_named_before_with_the_subject() -> None:
    """ "Recalling its resolution 56/83 ..., the annex to which contains the text of the articles on
    responsibility of States for internationally wrongful acts, ..., and recalling further its resolutions
    59/35 ... and 77/97 ... commending the articles to the attention of Governments": the first resolution
    annexes the text on the subject, and the second list names its subject through that text, named before
    with it.  Written here on 79/126's series (the rule of law), with constructed lines in place of its second
    recital."""
    document = parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt")

    def members_with(text: str) -> list[tuple[str, str | None]]:
        preamble = list(document.preamble)
        preamble[1] = dataclasses.replace(preamble[1], text=text, lead="Recalling")
        cited = series_citations(dataclasses.replace(document, preamble=tuple(preamble)))
        return [(c.number, c.basis) for c in cited]

    recital = (
        "Recalling its resolution 61/39 of 4 December 2006, the annex to which contains the text of the "
        "declaration on the rule of law at the national and international levels, and recalling further its "
        "resolutions 62/70 of 6 December 2007 and 64/116 of 16 December 2009 commending the declaration to "
        "the attention of Member States,"
    )
    own = [("78/112", "list"), ("63/128", "report")]
    annexed = [("78/112", "list"), ("61/39", "subject"), ("63/128", "report")]
    assert members_with(recital) == [
        ("78/112", "list"),
        ("61/39", "subject"),
        ("62/70", "subject"),
        ("64/116", "subject"),
        ("63/128", "report"),
    ]
    # another thing, or the thing named past the clause's first comma: the annexing resolution alone
    assert members_with(recital.replace("commending the declaration", "commending the Convention")) == annexed
    assert members_with(recital.replace("commending the", "commending, in particular, the")) == annexed
    # the text on another subject; the text named, not annexed
    assert (
        members_with(
            recital.replace("the rule of law at the national and international levels", "cybercrime")
        )
        == own
    )
    assert members_with(recital.replace("the annex to which contains the text of", "which recalls")) == [
        ("78/112", "list"),
        ("62/70", "subject"),
        ("64/116", "subject"),
        ("63/128", "report"),
    ]


def test_a_paragraph_or_decision_of_a_member_cited_where_the_text_names_the_body_of_its_title() -> None:
    """The report of a body is re-adopted each session and its members direct the body's work: "Requests the
    Special Committee, ..., in accordance with paragraph 5 of General Assembly resolution 50/52", "Recalls its
    decision, in its resolution 72/118 ..., to undertake an annual thematic debate in the Special Committee".
    Written on 79/126 with the title of the Special Committee's report and constructed operative lines."""
    document = parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt")
    report = (
        "Report of the Special Committee on the Charter of the United Nations and on the Strengthening of "
        "the Role of the Organization"
    )
    requests = (
        "Requests the Special Committee, at its session in 2026, in accordance with paragraph 5 of General "
        "Assembly resolution 50/52 of 11 December 1995, to continue its work;"
    )
    recalls = (
        "Recalls its decision, in its resolution 72/118 of 7 December 2017, to undertake an annual thematic "
        "debate in the Special Committee;"
    )

    def members_with(title: str, first: str, second: str) -> list[tuple[str, str | None]]:
        operative = list(document.operative)
        operative[0] = dataclasses.replace(operative[0], text=first)
        operative[1] = dataclasses.replace(operative[1], text=second)
        changed = dataclasses.replace(document, title=title, operative=tuple(operative))
        return [(c.number, c.basis) for c in series_citations(changed)]

    own = [("78/112", "list"), ("63/128", "report")]
    assert members_with(report, requests, recalls) == [
        ("78/112", "list"),
        ("50/52", "directed"),
        ("72/118", "directed"),
        ("63/128", "report"),
    ]
    # a title that names no body; the body not named, or by one word; the resolution cited as a whole
    assert members_with(document.title, requests, recalls) == own
    assert (
        members_with(
            report,
            requests.replace("the Special Committee", "the Secretary-General"),
            recalls.replace("the Special Committee", "the Committee"),
        )
        == own
    )
    assert (
        members_with(
            report,
            requests.replace("paragraph 5 of General Assembly", "its"),
            recalls.replace("Recalls its decision, in its resolution", "Recalls its resolution"),
        )
        == own
    )


def test_the_subject_counted_as_what_the_resolutions_acted_on() -> None:
    """ "Recalling its resolutions 60/83 ... and 78/60 ... regarding the maintenance and revitalization of the
    three United Nations regional centres for peace and disarmament": the series of that title, counted.
    Written on 79/126 with that title and a constructed recital."""
    document = parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt")
    title = "United Nations regional centres for peace and disarmament"

    def members_with(text: str) -> list[tuple[str, str | None]]:
        preamble = list(document.preamble)
        preamble[1] = dataclasses.replace(preamble[1], text=text, lead="Recalling also")
        cited = series_citations(dataclasses.replace(document, title=title, preamble=tuple(preamble)))
        return [(c.number, c.basis) for c in cited]

    recital = (
        "Recalling also its resolutions 60/83 of 8 December 2005 and 61/90 of 6 December 2006 regarding "
        "the maintenance and revitalization of the three United Nations regional centres for peace and "
        "disarmament,"
    )
    own = [("78/112", "list"), ("63/128", "report")]
    assert members_with(recital) == [
        ("78/112", "list"),
        ("60/83", "subject"),
        ("61/90", "subject"),
        ("63/128", "report"),
    ]
    # something else counted; the subject not counted (kept out: "the work of the ..." may be another's)
    assert members_with(recital.replace("United Nations regional centres for", "institutes for")) == own
    assert members_with(recital.replace("of the three United", "of the United")) == own


def test_a_bare_list_recalled_again_in_a_clause_of_its_own() -> None:
    """ "Recalling the Declaration ..., contained in its resolution 2832 (XXVI) ..., and recalling also its
    resolutions 54/47 ... and 76/17 ... and other relevant resolutions": the second clause of the recital is a
    bare list of its own, the item's history.  Written on 79/126, its first recital replaced."""
    document = parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt")

    def members_with(text: str, lead: str = "Recalling") -> list[tuple[str, str | None]]:
        preamble = list(document.preamble)
        preamble[0] = dataclasses.replace(preamble[0], text=text, lead=lead)
        cited = series_citations(dataclasses.replace(document, preamble=tuple(preamble)))
        return [(c.number, c.basis) for c in cited]

    recital = (
        "Recalling the declaration of the high-level meeting on the rule of law, contained in its resolution "
        "67/1 of 24 September 2012, and recalling also its resolutions 68/116 of 16 December 2013 and 69/123 "
        "of 10 December 2014 and other relevant resolutions,"
    )
    assert members_with(recital) == [("68/116", "list"), ("69/123", "list"), ("63/128", "report")]
    # another lead, a clause that is not a recall, or a list its own words qualify
    assert members_with(recital.replace("Recalling the", "Welcoming the"), lead="Welcoming") == [
        ("63/128", "report")
    ]
    assert members_with(recital.replace("recalling also", "noting")) == [("63/128", "report")]
    assert members_with(recital.replace("and other relevant", "in which it decided on the")) == [
        ("63/128", "report")
    ]


def test_this_subject_is_not_one_item_s_when_the_list_holds_two_resolutions_of_a_session() -> None:
    """ "Recalling its resolutions 1348 (XIII) ..., 51/122 ..., 79/51 of 2 December 2024, 79/87 of 4 December
    2024 and its other resolutions on this subject": an item adopts one resolution a session, so a list with
    two of one session recalls several items' resolutions, and "this subject" is wider than the text's own
    (a new text on space science recalling those on outer space).  The parts of one resolution are one.
    Written on 79/126, its first recital replaced."""
    document = parsed(SESSIONS / "sixth" / "A-RES-79-126.pymupdf.txt")

    def members_with(text: str) -> list[str]:
        preamble = list(document.preamble)
        preamble[0] = dataclasses.replace(preamble[0], text=text, lead="Recalling")
        return [c.number for c in series_citations(dataclasses.replace(document, preamble=tuple(preamble)))]

    one_a_session = (
        "Recalling its resolutions 76/117 of 9 December 2021, 77/110 of 7 December 2022 and 78/112 of "
        "7 December 2023 and its other resolutions on this subject,"
    )
    assert members_with(one_a_session) == ["76/117", "77/110", "78/112", "63/128"]
    assert members_with(one_a_session.replace(" and its other resolutions on", " on")) == [
        "76/117",
        "77/110",
        "78/112",
        "63/128",
    ]
    two_in_78 = one_a_session.replace("77/110 of 7 December 2022", "78/50 of 4 December 2023")
    assert members_with(two_in_78) == ["63/128"]
    assert members_with(two_in_78.replace(" and its other resolutions on", " on")) == ["63/128"]
    # parts of one resolution are one resolution
    assert members_with(one_a_session.replace("77/110 of", "77/110 A and B of")) == [
        "76/117",
        "77/110 A",
        "77/110 B",
        "78/112",
        "63/128",
    ]
