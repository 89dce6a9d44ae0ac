"""False members the `serieswt8` rules took, found on constructed inputs in review (stop 20, branch
`review7s`, docs/unseen-documents.md): a decision without a number between two resolutions each recalled for
itself, the resolution a series began with and "its latest" of another item, a wider subject sharing only
common words with the title, a title "reworded" by dropping a complement of its own, and an object named by
an article and one word.  Built like tests/test_series_title_forms.py on a corpus text (79/126, whose
predecessor 63/128 is left out of the comparisons), its first recitals replaced and its title."""

from __future__ import annotations

import dataclasses

from corpus import CORPUS, parsed

from versioning.model import Document
from versioning.series import series_citations
from versioning.series.bases import recalls_history_as_whole
from versioning.series.citation_lists import find_citation_groups
from versioning.series.title_forms import short_forms

RULE_OF_LAW = CORPUS / "sessions" / "sixth" / "A-RES-79-126.pymupdf.txt"


def _document(title: str, *texts: str) -> Document:
    document = parsed(RULE_OF_LAW)
    preamble = list(document.preamble)
    for index, text in enumerate(texts):
        lead = text.split(" ", 1)[0]  # "Recalling"
        preamble[index] = dataclasses.replace(preamble[index], text=text, lead=lead, footnotes=())
    return dataclasses.replace(document, preamble=tuple(preamble), title=title)


def _others(title: str, *texts: str) -> list[str]:
    """The members found besides 63/128."""
    return [c.number for c in series_citations(_document(title, *texts)) if c.number != "63/128"]


FINANCING = "Follow-up to and implementation of the outcomes of the International Conferences on Widgets"


def test_a_decision_without_a_number_between_two_resolutions_recalled_each_for_itself() -> None:
    text = (
        "Recalling its resolution 69/313 of 27 July 2015, its decision to convene a high-level dialogue on "
        "widgets, and its resolution 70/1 of 25 September 2015,"
    )
    assert _others(FINANCING, text) == []
    # lists of resolutions around it still give the history
    history = (
        "Recalling its resolutions 58/5 of 3 November 2003 and 59/10 of 27 October 2004, its decision to "
        "convene a high-level dialogue on widgets, and its resolution 60/9 of 3 November 2005,"
    )
    assert _others(FINANCING, history) == ["58/5", "59/10", "60/9"]


PERSONNEL = "Safety and security of widget personnel"
BEGAN = (
    "Recalling its resolution 46/182 of 19 December 1991 and all its subsequent relevant resolutions, "
    "including its resolution 78/119 of 8 December 2023,"
)
HISTORY = (
    "Recalling its resolutions 77/104 of 7 December 2022 and 78/118 of 8 December 2023 on the safety and "
    "security of widget personnel,"
)


def test_the_first_resolution_and_its_latest_recall_another_item_where_the_history_is_given() -> None:
    assert _others(PERSONNEL, HISTORY, BEGAN) == ["77/104", "78/118"]
    assert _others(PERSONNEL, BEGAN, HISTORY) == ["77/104", "78/118"]
    # alone, the recital is the history (A/RES/79/82)
    assert _others(PERSONNEL, BEGAN) == ["46/182", "78/119"]


THEMED = (
    "Intensification of efforts to prevent and eliminate all forms of violence against widgets and gadgets: "
    "the digital environment"
)
ISLANDS = "Cooperation between the United Nations and the Widget Islands Forum"


def test_a_wider_subject_sharing_only_common_words_with_the_title_joins_no_member() -> None:
    discrimination = (
        "Recalling its resolutions 34/180 of 18 December 1979 and 54/4 of 6 October 1999 and all its "
        "previous resolutions on the elimination of all forms of discrimination against gadgets, as well as "
        "its resolutions 69/147 of 18 December 2014 and 77/193 of 15 December 2022 on the intensification of "
        "efforts to eliminate all forms of violence against widgets and gadgets,"
    )
    assert _others(THEMED, discrimination) == ["69/147", "77/193"]
    system = (
        "Recalling its resolutions 62/208 of 19 December 2007 and 67/226 of 21 December 2012 and all its "
        "previous resolutions on the strengthening of the United Nations system, as well as its resolutions "
        "73/225 of 20 December 2018 and 77/337 of 1 June 2023 on cooperation between the United Nations and "
        "the Widget Islands Forum,"
    )
    assert _others(ISLANDS, system) == ["73/225", "77/337"]
    # a run of the subject's own words still joins them
    wider = discrimination.replace("discrimination against gadgets", "violence against widgets")
    assert _others(THEMED, wider) == ["34/180", "54/4", "69/147", "77/193"]


def test_a_title_without_a_complement_of_its_own_is_another_subject() -> None:
    title = "Situation of human rights in the Widget Republic of the Gadget Islands"
    text = (
        "Recalling its resolutions 75/2 of 1 October 2020 and 77/5 of 3 November 2022 on the situation in "
        "the Widget Republic of the Gadget Islands,"
    )
    assert _others(title, text) == []
    # words a title added beside its own still name its former wording
    added = title.replace("human rights", "human rights and fundamental freedoms")
    former = text.replace("situation in", "situation of human rights in")
    assert _others(added, former) == ["75/2", "77/5"]


def test_an_object_of_two_words_besides_articles_and_prepositions_is_too_short_to_name_the_series() -> None:
    title = "Implementation of the Global Strategy for Widgets"
    text = (
        "Recalling its resolutions 70/54 of 7 December 2015 and 78/32 of 4 December 2023 on the global "
        "strategy and plan of action on public health,"
    )
    assert _others(title, text) == []
    assert "the Global Strategy" not in short_forms(title)
    rule = "Recalling its resolution 67/1 of 24 September 2012 on the rule of widgets at the national level,"
    assert _others("Promoting the rule of widgets through gadgets", rule) == []
    assert "the social and widget economy" in short_forms("Promoting the social and widget economy for all")


def test_a_theme_after_a_heading_of_two_words_gives_no_standing_part() -> None:
    # "Human rights: ..." and "Sustainable development: ..." name no series of their own
    for heading in ("Human rights", "Sustainable development"):
        forms = short_forms(f"{heading}: the widget environment")
        assert all(form.casefold() != heading.casefold() for form in forms)
    text = (
        "Recalling its resolutions 70/1 of 25 September 2015 and 77/165 of 14 December 2022 on sustainable "
        "development,"
    )
    assert _others("Sustainable development: the widget environment", text) == []


# Fixed from the held-out texts of the review (general forms; A/RES/79/153, 80/18)

MUTILATION = "Intensifying global efforts for the elimination of widget mutilation"


def test_a_body_named_with_the_complement_of_its_name_lists_its_own_resolutions() -> None:
    text = (
        "Recalling its resolutions 67/146 of 20 December 2012 and 77/195 of 15 December 2022, Commission on "
        "the Status of Widgets resolutions 51/2 of 9 March 2007 and 52/2 of 7 March 2008 and Commission on "
        "Narcotic Drugs resolution 62/1 of 22 March 2019,"
    )
    assert [group.other_body for group in find_citation_groups(text)] == [False, True, True]
    # the Assembly itself, after a body's name, is no other body
    mixed = (
        "Recalling the work of the Committee on Widgets and General Assembly resolutions 67/146 and 77/195,"
    )
    assert [group.other_body for group in find_citation_groups(mixed)] == [False]


def test_a_bare_list_followed_by_other_bodies_lists_is_the_history() -> None:
    text = (
        "Recalling its resolutions 53/117 of 9 December 1998, 67/146 of 20 December 2012 and 77/195 of "
        "15 December 2022, Commission on the Status of Widgets resolutions 51/2 of 9 March 2007 and 52/2 of "
        "7 March 2008 and Human Rights Council resolutions 27/22 of 26 September 2014 and 50/16 of 8 July "
        "2022 and all relevant agreed conclusions of the Commission on the Status of Widgets,"
    )
    assert _others(MUTILATION, text) == ["53/117", "67/146", "77/195"]


def test_a_list_followed_by_its_own_words_then_other_bodies_is_no_bare_list() -> None:
    text = (
        "Recalling its resolutions 70/1 of 25 September 2015 and 69/313 of 27 July 2015 on financing, Human "
        "Rights Council resolutions 27/22 of 26 September 2014 and 50/16 of 8 July 2022,"
    )
    assert _others(MUTILATION, text) == []
    not_first = (
        "Recalling the Beijing Declaration and its resolutions 67/146 of 20 December 2012 and 77/195 of "
        "15 December 2022, Human Rights Council resolution 50/16 of 8 July 2022,"
    )
    assert _others(MUTILATION, not_first) == []


ASSURANCES = "Conclusion of effective international arrangements to assure widget States"


def test_relevant_resolutions_adopted_in_previous_years_are_the_previous_members() -> None:
    text = (
        "Recalling its relevant resolutions adopted in previous years, in particular resolutions 45/54 of "
        "4 December 1990, 46/32 of 6 December 1991 and 79/17 of 2 December 2024,"
    )
    assert _others(ASSURANCES, text) == ["45/54", "46/32", "79/17"]
    # relevant resolutions alone, or adopted at another meeting, may be any that bear on the text
    relevant = text.replace(" adopted in previous years", "")
    assert _others(ASSURANCES, relevant) == []
    elsewhere = text.replace("in previous years", "at its tenth special session")
    assert _others(ASSURANCES, elsewhere) == []


def test_all_its_resolutions_naming_the_latest_in_the_clause_are_not_the_history_as_a_whole() -> None:
    # the search for the latest is made once per text (a paragraph of many lists is read in linear time);
    # the latest named after the clause's ";" does not count
    phrases = ("widget cooperation",)
    assert recalls_history_as_whole("Recalling all its previous resolutions on widget cooperation,", phrases)
    latest = "Recalling all its previous resolutions on widget cooperation, the latest of which was 78/5,"
    assert not recalls_history_as_whole(latest, phrases)
    later = "Recalling all its previous resolutions on widget cooperation; noting the last report,"
    assert recalls_history_as_whole(later, phrases)
