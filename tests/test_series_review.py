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
