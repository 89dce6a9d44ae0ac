"""A history taken by its shape and the words of its subject, a history before a second list, and a comma
dropped between two dated resolutions (`serieswt9`, docs/unseen-documents.md).  Built like
tests/test_series_title_forms_review.py on a corpus text (79/126, a 79th-session text, whose predecessor
63/128 is left out of the comparisons), its first recitals replaced and its title."""

from __future__ import annotations

import dataclasses

from corpus import CORPUS, parsed

from versioning.model import Document
from versioning.series import series_citations
from versioning.series.citation_lists import find_citation_groups
from versioning.series.regularity import content_words, regular_history, same_subject_words

RULE_OF_LAW = CORPUS / "sessions" / "sixth" / "A-RES-79-126.pymupdf.txt"


def _document(title: str, *texts: str) -> Document:
    document = parsed(RULE_OF_LAW)
    preamble = list(document.preamble)
    for index, text in enumerate(texts):
        lead = text.split(" ", 1)[0]
        preamble[index] = dataclasses.replace(preamble[index], text=text, lead=lead, footnotes=())
    return dataclasses.replace(document, preamble=tuple(preamble), title=title)


def _others(title: str, *texts: str) -> list[str]:
    """The members found besides 63/128."""
    return [c.number for c in series_citations(_document(title, *texts)) if c.number != "63/128"]


WIDGETS = (
    "Implementation of the outcomes of the United Nations Conferences on Widgets and on Gadgets and "
    "strengthening of the United Nations Widget Programme (UN-Widget)"
)
HEAD = (
    "Recalling its relevant resolutions on the implementation of the outcomes of the United Nations "
    "Conferences on Widgets (Widget II) and on Gadgets (Widget III) and strengthening of the United Nations "
    "Widget Programme (UN-Widget), including its resolutions "
)
HISTORY = "32/162, 56/206, 71/235, 73/239, 75/224 and 77/173"


def _recital(numbers: str, head: str = HEAD) -> str:
    return f"{head}{numbers},"


def test_a_regular_history_under_the_titles_words_with_abbreviations_inserted() -> None:
    assert _others(WIDGETS, _recital(HISTORY)) == ["32/162", "56/206", "71/235", "73/239", "75/224", "77/173"]
    after = (
        "Recalling its resolutions 73/239 of 20 December 2018, 75/224 of 21 December 2020 and 77/173 of "
        "14 December 2022 on strengthening of the United Nations Widget Programme (UN-Widget) and the "
        "implementation of the outcomes of the United Nations Conferences on Gadgets and on Widgets,"
    )
    assert _others(WIDGETS, after) == ["73/239", "75/224", "77/173"]  # words moved


def test_other_words_or_another_shape_are_not_the_history() -> None:
    # a subject with only part of the title's words
    other = HEAD.replace("and strengthening of the United Nations Widget Programme (UN-Widget)", "")
    assert _others(WIDGETS, _recital(HISTORY, other)) == []
    # two of one session: more than one item's resolutions
    assert _others(WIDGETS, _recital("32/162, 56/206, 71/235, 73/239, 77/170 and 77/173")) == []
    # not oldest first
    assert _others(WIDGETS, _recital("56/206, 32/162, 71/235, 73/239, 75/224 and 77/173")) == []
    # its last member too old for a 79th-session text, or its last steps too long
    assert _others(WIDGETS, _recital("32/162, 56/206, 71/235, 73/239 and 75/224")) == []
    assert _others(WIDGETS, _recital("32/162, 56/206, 67/235, 73/239, 75/224 and 77/173")) == []
    # two resolutions only: no shape to read
    assert _others(WIDGETS, _recital("75/224 and 77/173")) == []


def test_shape_and_words_separately() -> None:
    (group,) = find_citation_groups("its resolutions 73/1, 75/2 and 77/3 on the subject")
    assert regular_history(group, 79) and regular_history(group, 78)
    assert not regular_history(group, 77) and not regular_history(group, 81)
    assert content_words("the Conferences on Widgets (Widget II) and Gadgets") == {
        "conferences",
        "widgets",
        "gadgets",
    }
    assert same_subject_words("Gadgets and the Widgets", ("widgets and gadgets",)) is False  # two words
    assert same_subject_words("girl child", ("rights of child",)) is False


def test_a_history_before_a_second_list_without_a_comma() -> None:
    text = (
        "Recalling its resolutions 73/31 of 5 December 2018, 74/33 of 12 December 2019, 75/37 of 7 December "
        "2020, 76/23 of 6 December 2021 and 78/21 of 4 December 2023 and its resolutions 45/55 B of "
        "4 December 1990 and 48/74 B of 16 December 1993, which, inter alia, confirm the importance of "
        "widgets,"
    )
    assert _others("No first placement of widgets", text) == ["73/31", "74/33", "75/37", "76/23", "78/21"]
    # the same list of another shape (two of a session, or ending long before the text) is not taken so
    mixed = text.replace("75/37 of 7 December 2020", "74/37 of 12 December 2019")
    assert _others("No first placement of widgets", mixed) == []
    ended = text.replace("78/21 of 4 December 2023", "70/21 of 4 December 2015").replace(
        "73/31 of 5 December 2018, 74/33 of 12 December 2019, 75/37 of 7 December 2020, 76/23 of "
        "6 December 2021",
        "64/31 of 5 December 2009, 65/33 of 12 December 2010, 66/37 of 7 December 2011, 67/23 of "
        "6 December 2012",
    )
    assert _others("No first placement of widgets", ended) == []
    # not opening its paragraph
    inner = text.replace("Recalling its resolutions", "Recalling the Treaty on Widgets and its resolutions")
    assert _others("No first placement of widgets", inner) == []


def test_a_comma_dropped_between_two_dated_resolutions() -> None:
    (group,) = find_citation_groups(
        "its resolutions 71/70 of 5 December 2016, 73/38 of 5 December 2018 75/42 of 7 December 2020 and "
        "77/49 of 7 December 2022,"
    )
    assert [(item.number, item.date) for item in group.items] == [
        ("71/70", "2016-12-05"),
        ("73/38", "2018-12-05"),
        ("75/42", "2020-12-07"),
        ("77/49", "2022-12-07"),
    ]
    # a number without its date after a date is not read on: "... 2018 75 States" or a page
    group = find_citation_groups("its resolution 73/38 of 5 December 2018 75/42 and 77/49,")[0]
    assert [item.number for item in group.items] == ["73/38"]


def test_words_swapped_inside_a_conjunct_are_another_subject() -> None:
    """Review (`review7r`): the words were compared as a set, so any order passed; conjuncts may change
    places, the words inside one may not."""
    title = "Promoting social integration through social inclusion"
    history = (
        "Recalling its resolutions 74/122 of 18 December 2019, 76/135 of 16 December 2021 and 78/178 of "
        "19 December 2023 on "
    )
    assert _others(title, history + "promoting social inclusion through social integration,") == []
    assert _others(title, history + "promoting social integration through social inclusion,") == [
        "74/122",
        "76/135",
        "78/178",
    ]
    oceans = history.replace("74/122", "76/72").replace("76/135", "77/248").replace("78/178", "78/69")
    assert _others("Oceans and the law of the sea", oceans + "the sea and the law of oceans,") == []
    assert _others("Oceans and the law of the sea", oceans + "the law of the sea and oceans,") == [
        "76/72",
        "77/248",
        "78/69",
    ]
    assert same_subject_words("widgets of gadgets programme", ("gadgets programme of widgets",)) is False
    assert same_subject_words("gadgets programme and widgets", ("widgets and gadgets programme",)) is True
