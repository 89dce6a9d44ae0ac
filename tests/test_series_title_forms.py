"""Members named by other forms of the title and by what they began or addressed to the body (eighth series
field test, docs/unseen-documents.md): an instrument named by its head word once given ("the implementation
of the Convention", A/RES/79/58, 80/105), the thing the title acts on ("on the social and solidarity
economy", 79/213), the standing part of a themed title and its former wording (79/152), the history's first
list joined by all the resolutions on a wider subject (79/152), the resolution a series began with and its
latest member alone in a recital (79/82), and a note of the paragraphs members addressed to the body (79/117).
Each is written in constructed words on a corpus text (79/126, "The rule of law at the national and
international levels"), its first recital replaced and its title; 79/126 cites its predecessor 63/128
(pp13), and the tests look at what else is found."""

from __future__ import annotations

import dataclasses

from corpus import CORPUS, parsed

from versioning.model import Document, Footnote
from versioning.series import series_citations
from versioning.series.subjects import short_forms

RULE_OF_LAW = CORPUS / "sessions" / "sixth" / "A-RES-79-126.pymupdf.txt"
WIDGETS = "Implementation of the Convention on Widget Munitions"


def _document(text: str, title: str, lead: str = "Recalling", note: str | None = None) -> Document:
    document = parsed(RULE_OF_LAW)
    preamble = list(document.preamble)
    markers = ("91",) if note else ()
    preamble[0] = dataclasses.replace(preamble[0], text=text, lead=lead, footnotes=markers)
    footnotes = (*document.footnotes, Footnote("91", note)) if note else document.footnotes
    return dataclasses.replace(document, preamble=tuple(preamble), title=title, footnotes=footnotes)


def _others(text: str, title: str, lead: str = "Recalling", note: str | None = None) -> list[tuple[str, str]]:
    """The members found besides 63/128, with their basis."""
    found = series_citations(_document(text, title, lead, note))
    return [(c.number, str(c.basis)) for c in found if c.number != "63/128"]


def test_an_instrument_named_by_its_head_word_once_given() -> None:
    text = (
        "Recalling its resolutions 70/54 of 7 December 2015, 72/54 of 4 December 2017 and 78/32 of "
        "4 December 2023 on the implementation of the Convention,"
    )
    assert [number for number, _ in _others(text, WIDGETS)] == ["70/54", "72/54", "78/32"]
    declaration = (
        "Recalling all its subsequent resolutions concerning the implementation of the Declaration, the most "
        "recent of which was resolution 79/114 of 4 December 2024,"
    )
    title = "Implementation of the Declaration on the Granting of Widgets to Small Places"
    assert _others(declaration, title) == [("79/114", "previous")]


def test_the_head_word_followed_by_another_complement_is_another_instrument() -> None:
    text = (
        "Recalling its resolutions 70/54 of 7 December 2015 and 78/32 of 4 December 2023 on the "
        "implementation of the Convention on Certain Gadgets,"
    )
    assert _others(text, WIDGETS) == []
    # a name of one word without a complement has no shorter form
    assert short_forms("Question of the Widget") == ("Question of the Widget",)


def test_the_thing_the_title_acts_on_names_the_series() -> None:
    title = "Promoting the social and widget economy for sustainable development"
    text = "Recalling its resolution 77/281 of 18 April 2023 on the social and widget economy,"
    assert _others(text, title) == [("77/281", "subject")]
    began = (
        "Recalling its resolutions 63/71 of 2 December 2008 on the Convention on Widget Munitions and 70/54 "
        "of 7 December 2015 and 78/32 of 4 December 2023 on the implementation of the Convention,"
    )
    assert [number for number, _ in _others(began, WIDGETS)] == ["63/71", "70/54", "78/32"]


def test_the_thing_acted_on_in_another_place_or_of_one_word_is_not_the_series() -> None:
    title = "Promoting the social and widget economy for sustainable development"
    elsewhere = "Recalling its resolution 77/281 of 18 April 2023 on the social and widget economy in Africa,"
    assert _others(elsewhere, title) == []
    assert short_forms("Financing of the United Nations Widget Mission") == (
        "Financing of the United Nations Widget Mission",
        "Financing of the Mission",
    )  # "Financing of" is a noun's, not an action on a thing
    assert "widgets" not in short_forms("Protection of widgets")


THEMED = (
    "Intensification of efforts to prevent and eliminate all forms of violence against widgets: the digital "
    "environment"
)


def test_the_standing_part_of_a_themed_title_in_its_former_wording() -> None:
    text = (
        "Recalling its resolutions 69/147 of 18 December 2014, 73/148 of 17 December 2018 and 77/193 of "
        "15 December 2022 on the intensification of efforts to eliminate all forms of violence against "
        "widgets and 78/213 of 19 December 2023 on the promotion and protection of human rights in the "
        "context of digital technologies,"
    )
    assert [number for number, _ in _others(text, THEMED)] == ["69/147", "73/148", "77/193"]


def test_a_rewording_that_changed_the_end_or_inserted_much_is_another_subject() -> None:
    other_end = (
        "Recalling its resolutions 69/147 of 18 December 2014 and 77/193 of 15 December 2022 on the "
        "intensification of efforts to eliminate all forms of violence against gadgets,"
    )
    assert _others(other_end, THEMED) == []
    much = (
        "Recalling its resolutions 69/147 of 18 December 2014 and 77/193 of 15 December 2022 on the "
        "intensification of efforts to violence against widgets,"
    )
    assert _others(much, THEMED) == []


def test_the_first_list_joined_by_all_resolutions_on_a_wider_subject() -> None:
    text = (
        "Recalling its resolutions 61/143 of 19 December 2006 and 67/144 of 20 December 2012 and all its "
        "previous resolutions on the elimination of violence against widgets, as well as its resolutions "
        "69/147 of 18 December 2014 and 77/193 of 15 December 2022 on the intensification of efforts to "
        "eliminate all forms of violence against widgets,"
    )
    assert [number for number, _ in _others(text, THEMED)] == ["61/143", "67/144", "69/147", "77/193"]


def test_a_list_on_a_wider_subject_sharing_no_words_or_of_later_sessions_is_not_the_history() -> None:
    unrelated = (
        "Recalling its resolutions 61/143 of 19 December 2006 and 67/144 of 20 December 2012 and all its "
        "previous resolutions on gadget policy, as well as its resolutions 69/147 of 18 December 2014 and "
        "77/193 of 15 December 2022 on the intensification of efforts to eliminate all forms of violence "
        "against widgets,"
    )
    assert [number for number, _ in _others(unrelated, THEMED)] == ["69/147", "77/193"]
    later = unrelated.replace("61/143 of 19 December 2006", "75/143 of 19 December 2020").replace(
        "gadget policy", "the elimination of violence against widgets"
    )
    assert [number for number, _ in _others(later, THEMED)] == ["69/147", "77/193"]


DIVISION = "Division for Widget Rights of the Secretariat"


def test_the_first_resolution_and_the_latest_alone_in_a_recital() -> None:
    text = (
        "Recalling its resolution 32/40 B of 2 December 1977 and all its subsequent relevant resolutions, "
        "including its resolution 77/23 of 30 November 2022,"
    )
    assert _others(text, DIVISION) == [("32/40 B", "subject"), ("77/23", "subject")]


def test_the_latest_of_long_ago_or_a_recital_going_on_recalls_any_resolution() -> None:
    old = (
        "Recalling its resolution 32/40 B of 2 December 1977 and all its subsequent relevant resolutions, "
        "including its resolution 70/1 of 25 September 2015,"
    )
    assert _others(old, DIVISION) == []
    going_on = (
        "Recalling its resolution 32/40 B of 2 December 1977 and all its subsequent relevant resolutions, "
        "including its resolution 77/23 of 30 November 2022, on the question of gadgets,"
    )
    assert _others(going_on, DIVISION) == []


COMMISSION = (
    "Report of the United Nations Commission on International Widget Law on the work of its fiftieth session"
)


def test_a_note_of_the_paragraphs_members_addressed_to_the_body() -> None:
    text = (
        "Reiterating its request to the Secretary-General to bear in mind the mandate of the Commission when "
        "implementing page limits,"
    )
    note = "See resolutions 59/39, para. 9, and 65/21, para. 18; see also A/59/17, paras. 124–128."
    found = _others(text, COMMISSION, "Reiterating", note)
    assert found == [("59/39", "directed"), ("65/21", "directed")]
    assert _others(text, COMMISSION, "Reiterating", "See resolution 63/120, para. 20.") == [
        ("63/120", "directed")
    ]


def test_a_note_of_sections_or_a_paragraph_naming_another_commission_is_no_member() -> None:
    text = "Recalling its resolutions affirming the importance of websites for the work of the Commission,"
    sections = "Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12."
    assert _others(text, COMMISSION, note=sections) == []
    other = "Recalling the work of the Commission on the Status of Widgets,"
    assert _others(other, COMMISSION, note="See resolutions 59/39, para. 9.") == []
    unnamed = "Recalling the importance of websites,"
    assert _others(unnamed, COMMISSION, note="See resolutions 59/39, para. 9.") == []


CLIMATE = "Protection of global widgets for present and future generations of humankind"


def test_a_list_joined_by_other_resolutions_and_decisions_on_the_subject_with_its_article() -> None:
    text = (
        "Recalling its resolutions 43/53 of 6 December 1988, 77/165 of 14 December 2022 and 78/153 of "
        "19 December 2023 and other resolutions and decisions relating to the protection of the global "
        "widgets for present and future generations of humankind,"
    )
    assert [number for number, _ in _others(text, CLIMATE)] == ["43/53", "77/165", "78/153"]


def test_other_resolutions_and_decisions_on_another_subject_join_no_member() -> None:
    text = (
        "Reaffirming its resolutions 69/313 of 27 July 2015 and 70/1 of 25 September 2015 and other "
        "resolutions and decisions relating to the protection of the oceans,"
    )
    assert _others(text, CLIMATE, "Reaffirming") == []


def test_a_decision_without_a_number_inside_the_history() -> None:
    text = (
        "Recalling its resolutions 58/5 of 3 November 2003 and 59/10 of 27 October 2004, its decision to "
        "proclaim 2005 the International Year for Widgets to strengthen widgets as a means to promote "
        "education, health, development and peace, and its resolutions 60/9 of 3 November 2005, 73/24 of "
        "3 December 2018 and 77/27 of 1 December 2022,"
    )
    assert _others(text, "Widgets as a means to promote education") == [
        ("58/5", "list"),
        ("59/10", "list"),
        ("60/9", "list"),
        ("73/24", "list"),
        ("77/27", "list"),
    ]


def test_a_decision_without_a_number_first_or_before_older_resolutions_is_no_history() -> None:
    first = (
        "Recalling its decision to proclaim 2005 the International Year for Widgets, and its resolutions "
        "60/9 of 3 November 2005 and 77/27 of 1 December 2022 on the year of gadgets,"
    )
    assert _others(first, "Widgets as a means to promote education") == []
    older = (
        "Recalling its resolutions 58/5 of 3 November 2003 and 59/10 of 27 October 2004, its decision to "
        "proclaim 2005 the International Year for Widgets, and its resolution 55/2 of 8 September 2000,"
    )
    assert _others(older, "Widgets as a means to promote education") == []
