"""Members a paragraph names beside the history it gives (sixth series field test, docs/unseen-documents.md):
a history continued in a second list recalled "also" (A/RES/79/190), the resolution a series began with,
followed by "all its subsequent resolutions, including" a member (79/263), the resolution that established
the body the title names (79/84, 79/116), and two resolutions of one session sharing one date (79/133).
Each is written in constructed words on a corpus text (79/126, "The rule of law at the national and
international levels"), its first recital replaced and, where the rule needs it, its title; 79/126 cites its
predecessor 63/128 (pp13), and the tests look at what else is found."""

from __future__ import annotations

import dataclasses

from corpus import CORPUS, parsed

from versioning.model import Document
from versioning.series import series_citations
from versioning.series.citation_lists import find_citation_groups

RULE_OF_LAW = CORPUS / "sessions" / "sixth" / "A-RES-79-126.pymupdf.txt"


def _document(text: str, lead: str = "Recalling", title: str | None = None) -> Document:
    document = parsed(RULE_OF_LAW)
    preamble = list(document.preamble)
    preamble[0] = dataclasses.replace(preamble[0], text=text, lead=lead)
    document = dataclasses.replace(document, preamble=tuple(preamble))
    return dataclasses.replace(document, title=title) if title else document


def _others(text: str, lead: str = "Recalling", title: str | None = None) -> list[tuple[str, str | None]]:
    """The members found besides 63/128, with their basis."""
    found = series_citations(_document(text, lead, title))
    return [(c.number, c.basis) for c in found if c.number != "63/128"]


def test_a_history_continued_in_a_second_list_recalled_also() -> None:
    text = (
        "Recalling its resolutions 54/205 of 22 December 1999, 55/188 of 20 December 2000 and 57/244 of "
        "20 December 2002, and recalling also its resolutions 58/205 of 23 December 2003, 60/207 of "
        "22 December 2005 and 77/235 of 15 December 2022, as well as its resolution 74/276 of 1 June 2020,"
    )
    numbers = [number for number, _ in _others(text)]
    assert numbers == ["54/205", "55/188", "57/244", "58/205", "60/207", "77/235"]


def test_a_second_list_that_does_not_go_on_from_the_first_recalls_more() -> None:
    """Earlier sessions, or a single resolution (the 2030 Agenda after the Addis Ababa Action Agenda), are
    recalled for themselves."""
    earlier = (
        "Recalling its resolutions 58/205 of 23 December 2003 and 60/207 of 22 December 2005, and recalling "
        "also its resolutions 54/205 of 22 December 1999 and 55/188 of 20 December 2000,"
    )
    assert [number for number, _ in _others(earlier)] == ["58/205", "60/207"]
    single = (
        "Recalling its resolutions 54/205 of 22 December 1999 and 57/244 of 20 December 2002, and recalling "
        "also its resolution 70/1 of 25 September 2015,"
    )
    assert [number for number, _ in _others(single)] == ["54/205", "57/244"]


def test_the_resolution_a_series_began_with() -> None:
    text = (
        "Recalling also its resolution 57/7 of 4 November 2002 on the final review of the New Agenda and "
        "support for the rule of law and all its subsequent resolutions, including resolution 78/262 of "
        "26 February 2024, entitled \u201cThe rule of law at the national and international levels\u201d,"
    )
    assert _others(text) == [("57/7", "subject"), ("78/262", "subject")]


def test_subsequent_resolutions_including_one_of_another_item_name_no_head() -> None:
    text = (
        "Recalling also its resolution 57/7 of 4 November 2002 on the final review of the New Agenda and "
        "all its subsequent resolutions, including resolution 78/140 of 19 December 2023 on illicit "
        "financial flows,"
    )
    assert _others(text) == []


def test_the_resolution_that_established_the_body_of_the_title() -> None:
    title = "University for Peace"
    text = (
        "Recalling also that, in its resolution 35/55 of 5 December 1980, the General Assembly approved the "
        "establishment of the University for Peace in conformity with the International Agreement,"
    )
    assert _others(text, title=title) == [("35/55", "established")]
    by_which = (
        "Recalling its resolution 61/29 of 4 December 2006, by which it established the Ad Hoc Committee on "
        "the rule of law at the national and international levels,"
    )
    assert _others(by_which) == [("61/29", "established")]


def test_a_body_named_otherwise_than_the_title_is_not_the_series() -> None:
    text = (
        "Recalling its resolution 2205 (XXI) of 17 December 1966 and its resolution 66/293 of 17 September "
        "2012, by which it established a United Nations monitoring mechanism to review commitments,"
    )
    assert _others(text) == []
    assert (
        _others(
            "Recalling its resolution 66/293 of 17 September 2012, by which it established the "
            "University for Peace,"
        )
        == []
    )


def test_two_resolutions_of_one_session_share_the_date_after_them() -> None:
    groups = find_citation_groups(
        "its resolutions 34/64 of 29 November 1979, 35/127 and 35/128 of 11 December 1980"
    )
    assert [(item.number, item.date) for item in groups[0].items] == [
        ("34/64", "1979-11-29"),
        ("35/127", "1980-12-11"),
        ("35/128", "1980-12-11"),
    ]
    other = find_citation_groups("its resolutions 34/64 and 35/128 of 11 December 1980")
    assert [item.date for item in other[0].items] == [None, "1980-12-11"]
    listed = find_citation_groups("its resolutions 35/12, 35/127 of 11 December 1980")
    assert [item.date for item in listed[0].items] == [None, "1980-12-11"]


FISTULA = "Intensification of efforts to end obstetric fistula"


def test_the_series_under_its_former_title_listed_before_it() -> None:
    text = (
        "Recalling its resolutions 62/138 of 18 December 2007 and 67/147 of 20 December 2012 on supporting "
        "efforts to end obstetric fistula and its resolutions 69/148 of 18 December 2014 and 77/196 of "
        "15 December 2022 on the intensification of efforts to end obstetric fistula,"
    )
    assert [number for number, _ in _others(text, title=FISTULA)] == ["62/138", "67/147", "69/148", "77/196"]


def test_another_subject_or_later_resolutions_listed_before_the_series_are_not_its_former_title() -> None:
    other = (
        "Recalling its resolutions 62/138 of 18 December 2007 and 67/147 of 20 December 2012 on maternal "
        "health and its resolutions 69/148 of 18 December 2014 and 77/196 of 15 December 2022 on the "
        "intensification of efforts to end obstetric fistula,"
    )
    assert [number for number, _ in _others(other, title=FISTULA)] == ["69/148", "77/196"]
    later = (
        "Recalling its resolutions 78/138 of 18 December 2023 on supporting efforts to end obstetric fistula "
        "and its resolutions 69/148 of 18 December 2014 and 77/196 of 15 December 2022 on the "
        "intensification of efforts to end obstetric fistula,"
    )
    assert [number for number, _ in _others(later, title=FISTULA)] == ["69/148", "77/196"]


FISHERIES = "Sustainable fisheries, including through the 1995 Agreement, and related instruments"


def test_the_subject_before_including_names_the_series() -> None:
    text = (
        "Reaffirming its annual resolutions on sustainable fisheries, including resolution 78/68 of "
        "9 December 2023, and other relevant resolutions,"
    )
    assert _others(text, "Reaffirming", title=FISHERIES) == [("78/68", "previous")]
    tourism = (
        "Reaffirming its annual resolutions on sustainable tourism, including resolution 78/68 of "
        "9 December 2023, and other relevant resolutions,"
    )
    assert _others(tourism, "Reaffirming", title=FISHERIES) == []
    one_word = (
        "Reaffirming its annual resolutions on fisheries, including resolution 78/68 of 9 December 2023,"
    )
    assert _others(one_word, "Reaffirming", title="Fisheries, including aquaculture") == []


def test_the_history_continued_in_the_next_recital() -> None:
    """80/16: the history in one recital, the decisions and the resolution of the sessions after in the next,
    recalled "also"."""
    document = _document(
        "Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting "
        "that the working group held its sessions,"
    )
    preamble = list(document.preamble)
    preamble[1] = dataclasses.replace(
        preamble[1],
        text="Recalling also its decisions 77/512 of 7 December 2022 and 78/541 of 22 December 2023, as "
        "well as its resolution 79/237 of 24 December 2024,",
        lead="Recalling also",
    )
    found = series_citations(dataclasses.replace(document, preamble=tuple(preamble)))
    assert [c.number for c in found if c.number != "63/128"] == ["75/240", "76/19", "79/237"]


def test_a_recital_of_earlier_sessions_or_not_recalled_also_is_no_continuation() -> None:
    def second(text: str, lead: str) -> list[str]:
        document = _document(
            "Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021,"
        )
        preamble = list(document.preamble)
        preamble[1] = dataclasses.replace(preamble[1], text=text, lead=lead)
        found = series_citations(dataclasses.replace(document, preamble=tuple(preamble)))
        return [c.number for c in found if c.number != "63/128"]

    earlier = (
        "Recalling also its decision 73/512 of 5 December 2018 and its resolution 74/34 of 12 December 2019,"
    )
    assert second(earlier, "Recalling also") == ["75/240", "76/19"]
    plain = (
        "Reaffirming its decision 77/512 of 7 December 2022 and its resolution 79/237 of 24 December 2024,"
    )
    assert second(plain, "Reaffirming") == ["75/240", "76/19"]


CEI = "Cooperation between the United Nations and the Central European Initiative"


def test_the_lists_that_asked_for_cooperation_with_the_organization_of_the_title() -> None:
    text = (
        "Recalling also its resolutions 67/7 of 19 November 2012 and 77/19 of 21 November 2022, in which it "
        "invited the specialized agencies to cooperate with the Central European Initiative in order to "
        "continue joint programmes,"
    )
    assert _others(text, title=CEI) == [("67/7", "subject"), ("77/19", "subject")]


def test_observer_status_or_cooperation_with_another_organization_is_not_the_series() -> None:
    status = (
        "Recalling its resolution 66/111 of 9 December 2011, by which it granted observer status to the "
        "Central European Initiative,"
    )
    assert _others(status, title=CEI) == []
    other = (
        "Recalling also its resolutions 67/7 of 19 November 2012 and 77/19 of 21 November 2022, in which it "
        "invited the specialized agencies to cooperate with the Black Sea Economic Cooperation Organization,"
    )
    assert _others(other, title=CEI) == []


def test_the_working_paper_on_the_territory_holds_the_information_a_member_requested() -> None:
    guam = "Question of Guam"
    text = (
        "Taking note of the working paper prepared by the Secretariat on Guam,2 which contained the "
        "information requested by the General Assembly in resolution 78/92 of 7 December 2023, and other "
        "relevant information,"
    )
    assert _others(text, "Taking note of", title=guam) == [("78/92", "report")]
    bermuda = text.replace("on Guam", "on Bermuda")
    assert _others(bermuda, "Taking note of", title=guam) == []
