"""Wrong members that the citation forms of the fifth series field test let in, found by a review of those
rules and by a held-out check on fifteen 79th- and 80th-session texts (docs/unseen-documents.md, "Series
held-out check and review"): two lists of resolutions one after the other, the reports of another item, a
report with a clause of its own before the connective, and a body set up "by the Secretary-General pursuant
to" a resolution.  Each is written in constructed words on a corpus text (79/126, "The rule of law at the
national and international levels"), its first recital replaced; 79/126 cites its predecessor 63/128 for the
report it requested (pp13), and the tests look at what else is found."""

from __future__ import annotations

import dataclasses

from corpus import CORPUS, parsed

from versioning.model import Document
from versioning.series import series_citations
from versioning.series.citation_lists import only_own_lists

RULE_OF_LAW = CORPUS / "sessions" / "sixth" / "A-RES-79-126.pymupdf.txt"


def _with_first_recital(text: str, lead: str) -> Document:
    document = parsed(RULE_OF_LAW)
    preamble = list(document.preamble)
    preamble[0] = dataclasses.replace(preamble[0], text=text, lead=lead)
    return dataclasses.replace(document, preamble=tuple(preamble))


def _others(text: str, lead: str) -> list[tuple[str, str | None]]:
    """The members found besides 63/128, with their basis."""
    found = series_citations(_with_first_recital(text, lead))
    return [(c.number, c.basis) for c in found if c.number != "63/128"]


def test_two_lists_of_resolutions_one_after_the_other_recall_each_for_itself() -> None:
    """ "Recalling its resolution 69/313 ... and its resolution 70/1 ...": an item's history names its
    resolutions in one list; a paragraph of lists is the history only where decisions stand between the
    lists of resolutions (79/54: decision, resolutions, decision, resolution, decisions, resolutions)."""
    text = "Recalling its resolution 69/313 of 27 July 2015 and its resolution 70/1 of 25 September 2015,"
    assert not only_own_lists(text.removeprefix("Recalling"))
    assert _others(text, "Recalling") == []
    three = (
        "Recalling its resolution 60/74 of 8 December 2005, its resolution 70/1 of 25 September 2015 and its "
        "resolution 76/233 of 24 December 2021,"
    )
    assert _others(three, "Recalling") == []
    # resolutions and decisions in turn are still the history, list by list
    history = (
        "Recalling its decision 59/515 of 3 December 2004 and its resolution 60/74 of 8 December 2005, its "
        "decision 75/552 of 31 December 2020 and its resolution 76/233 of 24 December 2021,"
    )
    assert only_own_lists(history.removeprefix("Recalling"))
    assert _others(history, "Recalling") == [("60/74", "list"), ("76/233", "list")]


def test_the_reports_of_another_item_are_not_the_series_reports() -> None:
    """ "Taking note of the reports of the Secretary-General on the situation of human rights in Myanmar,
    submitted pursuant to resolutions 76/180 and 77/227": the reports of the Myanmar item, named by a proper
    name the title (the rule of law) does not hold; the report rule took them as members once it read
    "reports" and a longer naming of the report."""
    myanmar = (
        "Taking note of the reports of the Secretary-General on the situation of human rights in Myanmar, "
        "submitted pursuant to resolutions 76/180 and 77/227,"
    )
    assert _others(myanmar, "Taking note of") == []
    singular = "Taking note of the report on Myanmar, submitted pursuant to resolution 77/227,"
    assert _others(singular, "Taking note of") == []
    # the series' own report, named by its subject or in common words, is still a member's
    own = (
        "Taking note of the reports of the Secretary-General on the rule of law at the national and "
        "international levels, submitted pursuant to resolutions 76/117 and 77/110,"
    )
    assert _others(own, "Taking note of") == [("76/117", "report"), ("77/110", "report")]
    plain = (
        "Taking note of the report of the Secretary-General on his activities, submitted pursuant to "
        "resolution 77/110,"
    )
    assert _others(plain, "Taking note of") == [("77/110", "report")]


def test_a_clause_of_its_own_between_the_report_and_the_connective() -> None:
    """ "the report of the Secretary-General, in which he describes the trust fund established pursuant to
    resolution 75/250": the connective follows the trust fund, not the report."""
    described = (
        "Taking note of the report of the Secretary-General, in which he describes the work of the trust "
        "fund pursuant to resolution 75/250,"
    )
    assert _others(described, "Taking note of") == []
    noting = (
        "Taking note of the report of the Secretary-General, and noting the measures adopted pursuant to "
        "resolution 76/300,"
    )
    assert _others(noting, "Taking note of") == []
    submitted = "Taking note of the report of the Secretary-General, submitted pursuant to resolution 77/110,"
    assert _others(submitted, "Taking note of") == [("77/110", "report")]


def test_a_body_set_up_by_someone_pursuant_to_a_resolution() -> None:
    """ "the report of the Group of Legal Experts established by the Secretary-General pursuant to its
    resolution 59/300" (79/116, criminal accountability of United Nations officials and experts on mission):
    the resolution set up the group; it did not request the report."""
    text = (
        "Having considered the report of the Group of Legal Experts established by the Secretary-General "
        "pursuant to its resolution 59/300,"
    )
    assert _others(text, "Having considered") == []


def test_a_history_that_began_in_a_part_of_another_resolution() -> None:
    """ "Recalling section XI of its resolution 55/258 of 14 June 2001 and its resolutions 57/307 ..., 59/283
    ... and 78/248" (79/254, administration of justice, and 78/248 before it): the list after the part of
    the earlier resolution is the item's history; that resolution, on another item, is not in it."""
    text = (
        "Recalling section XI of its resolution 55/258 of 14 June 2001 and its resolutions 57/307 of "
        "15 April 2003, 59/283 of 13 April 2005 and 78/248 of 22 December 2023,"
    )
    assert _others(text, "Recalling") == [("57/307", "list"), ("59/283", "list"), ("78/248", "list")]
    # a paragraph cited before the list is no part of the history's start, and the order still counts
    assert _others(text.replace("section XI", "paragraph 5"), "Recalling") == []
    disorder = text.replace("59/283 of 13 April 2005", "70/1 of 25 September 2015").replace("57/307", "71/1")
    assert _others(disorder, "Recalling") == []


def test_a_bare_list_followed_by_other_bodies_resolutions_or_a_clause_of_its_own() -> None:
    """ "Recalling its resolutions 51/53 ... and 56/17 ... and all its other relevant resolutions, as well as
    those of the Organization of African Unity and of the African Union" (80/14); "Recalling its resolutions
    75/240 ... and 76/19 ..., and noting that the open-ended working group ... held its organizational
    session ..." (80/16): neither the other bodies' resolutions nor the clause qualify the list."""
    others = (
        "Recalling its resolutions 51/53 of 10 December 1996 and 56/17 of 29 November 2001 and all its "
        "other relevant resolutions, as well as those of the Organization of African Unity and of the "
        "African Union,"
    )
    assert _others(others, "Recalling") == [("51/53", "list"), ("56/17", "list")]
    clause = (
        "Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting that "
        "the working group established pursuant to resolution 75/240 held its first session in 2021,"
    )
    assert _others(clause, "Recalling") == [("75/240", "list"), ("76/19", "list")]
    # words that qualify the list itself still make it no bare list
    qualified = clause.replace(", and noting that", ", in which it decided that")
    assert _others(qualified, "Recalling") == []


def test_some_of_the_subject_s_resolutions_then_what_the_text_recalls_of_them() -> None:
    """ "Notes with satisfaction that the Secretariat has taken into account the arrangements referred to in
    General Assembly resolutions on the pattern of conferences, including resolutions 53/208 A ..., 54/248
    ... and 78/245, concerning Orthodox Good Friday ..." and "relevant resolutions of the General Assembly
    regarding the pattern of conferences, including resolution 69/250" (79/248): the list is some of the
    subject's resolutions; "concerning" after it says what the text recalls of them, not another subject."""
    document = dataclasses.replace(parsed(RULE_OF_LAW), title="Pattern of conferences")
    preamble = list(document.preamble)
    text = (
        "Noting the arrangements referred to in General Assembly resolutions on the pattern of conferences, "
        "including resolutions 53/208 A of 18 December 1998 and 54/248 of 23 December 1999, concerning "
        "Orthodox Good Friday, and in relevant resolutions of the General Assembly regarding the pattern of "
        "conferences, including resolution 69/250 of 29 December 2014, concerning Yom Kippur,"
    )
    preamble[0] = dataclasses.replace(preamble[0], text=text, lead="Noting")
    found = [
        (c.number, c.basis) for c in series_citations(dataclasses.replace(document, preamble=tuple(preamble)))
    ]
    assert found[:3] == [("53/208 A", "previous"), ("54/248", "previous"), ("69/250", "previous")]
    # resolutions on another subject, including some, are not the series'
    other = text.replace("on the pattern of conferences", "on multilingualism").replace(
        "regarding the pattern of conferences", "regarding multilingualism"
    )
    preamble[0] = dataclasses.replace(preamble[0], text=other, lead="Noting")
    found = [c.number for c in series_citations(dataclasses.replace(document, preamble=tuple(preamble)))]
    assert not {"53/208 A", "54/248", "69/250"} & set(found)
