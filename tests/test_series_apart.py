"""Members named apart from a list of the item's history (seventh series field test,
docs/unseen-documents.md): singled out "in particular" (A/RES/79/56, 79/110), joined by "all previous
resolutions on" the body of the title (79/66), and the Assembly's list after another body's (79/180).  Each
is written in constructed words on a corpus text (79/126, "The rule of law at the national and international
levels", of the seventy-ninth session), its first recital replaced and, where the rule needs it, its title;
79/126 cites its predecessor 63/128 (pp13), and the tests look at what else is found."""

from __future__ import annotations

import dataclasses

from corpus import CORPUS, parsed

from versioning.series import series_citations

RULE_OF_LAW = CORPUS / "sessions" / "sixth" / "A-RES-79-126.pymupdf.txt"
CENTRE = "United Nations Regional Centre for Peace and Development in the Pacific"


def _others(text: str, lead: str = "Recalling", title: str | None = None) -> list[tuple[str, str | None]]:
    """The members found besides 63/128, with their basis."""
    document = parsed(RULE_OF_LAW)
    preamble = list(document.preamble)
    preamble[0] = dataclasses.replace(preamble[0], text=text, lead=lead)
    document = dataclasses.replace(document, preamble=tuple(preamble))
    if title:
        document = dataclasses.replace(document, title=title)
    return [(c.number, c.basis) for c in series_citations(document) if c.number != "63/128"]


def test_the_latest_member_singled_out_in_particular() -> None:
    previous = (
        "Recalling its previous resolutions on the subject of the widget, in particular resolution 78/29 of "
        "4 December 2023,"
    )
    assert _others(previous) == [("78/29", "subject")]
    territories = (
        "Recalling all resolutions and decisions of the United Nations relating to small "
        "places, in particular "
        "General Assembly resolution 78/97 of 7 December 2023,"
    )
    assert _others(territories) == [("78/97", "subject")]


def test_one_singled_out_of_another_session_or_subject_is_no_member() -> None:
    agenda = (
        "Recalling its previous resolutions on the widget, in particular resolution 70/1 of "
        "25 September 2015,"
    )
    assert _others(agenda) == []
    another = (
        "Recalling its previous resolutions on the widget, in particular resolution 78/29 of 4 December 2023 "
        "on the gadget,"
    )
    assert _others(another) == []


def test_a_member_joined_by_all_previous_resolutions_on_the_body_of_the_title() -> None:
    text = (
        "Recalling also its resolution 78/57 of 4 December 2023 and all previous resolutions on the "
        "Regional Centre,"
    )
    assert _others(text, title=CENTRE) == [("78/57", "subject")]


def test_previous_resolutions_on_another_body_join_no_member() -> None:
    other = (
        "Recalling also its resolution 78/57 of 4 December 2023 and all previous resolutions on the "
        "Special Unit,"
    )
    assert _others(other, title=CENTRE) == []
    longer = (
        "Recalling also its resolution 78/57 of 4 December 2023 and all previous resolutions on the Regional "
        "Centre for Africa,"
    )
    assert _others(longer, title=CENTRE) == []


def test_the_assembly_list_after_another_body_list() -> None:
    text = (
        "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011,1 19/25 of 23 March 2012,2 and "
        "General Assembly resolutions 67/178 of 20 December 2012, 77/225 of 15 December 2022 and 78/214 of "
        "19 December 2023,"
    )
    assert [number for number, _ in _others(text, lead="Welcoming")] == ["67/178", "77/225", "78/214"]


def test_an_assembly_list_after_another_body_that_ends_long_ago_or_says_more_is_no_history() -> None:
    old = (
        "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011 and General Assembly resolutions "
        "67/178 of 20 December 2012 and 70/157 of 17 December 2015,"
    )
    assert _others(old, lead="Welcoming") == []
    said = (
        "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011 and General Assembly resolutions "
        "67/178 of 20 December 2012 and 78/214 of 19 December 2023 on the gadget,"
    )
    assert _others(said, lead="Welcoming") == []
    single = (
        "Welcoming Security Council resolution 2250 (2015) and General Assembly resolution 78/214 of "
        "19 December 2023,"
    )
    assert _others(single, lead="Welcoming") == []


GROUP = "Group of Experts on Widget Verification"
SUB_ITEM = (
    "Decides to include in the provisional agenda of its eightieth session, under the item entitled "
    "\u201cGeneral and complete disarmament\u201d, the sub-item entitled "
    "\u201cNuclear widget verification\u201d."
)


def _renamed(text: str, title: str = GROUP) -> list[tuple[str, str | None]]:
    """The members found in a text titled otherwise than its sub-item (its last paragraph names it)."""
    document = parsed(RULE_OF_LAW)
    preamble, operative = list(document.preamble), list(document.operative)
    preamble[0] = dataclasses.replace(preamble[0], text=text, lead="Recalling")
    operative[-1] = dataclasses.replace(operative[-1], text=SUB_ITEM, lead="Decides", subparagraphs=())
    document = dataclasses.replace(
        document, preamble=tuple(preamble), operative=tuple(operative), title=title
    )
    return [(c.number, c.basis) for c in series_citations(document) if c.number != "63/128"]


def test_a_resolution_cited_for_what_it_asked_on_the_renamed_sub_item() -> None:
    """A/RES/79/240: "its resolution 74/50 ..., in which it, inter alia, requested the Secretary-General ...
    to establish a group of governmental experts to further consider nuclear disarmament verification
    issues", under the sub-item "Nuclear disarmament verification"."""
    text = (
        "Recalling its resolution 74/50 of 12 December 2019, in which it, inter alia, requested the "
        "Secretary-General to establish a group to further consider nuclear widget verification issues,"
    )
    assert _renamed(text) == [("74/50", "subject")]


def test_a_clause_without_the_sub_item_or_under_a_title_that_is_the_sub_item_names_no_member() -> None:
    other = (
        "Recalling its resolution 78/22 of 4 December 2023, in which it invited Member States to promote "
        "widget verification,"
    )
    assert _renamed(other) == []
    two = (
        "Recalling its resolutions 74/50 of 12 December 2019 and 74/64 of 12 December 2019, in which it "
        "requested reports on nuclear widget verification,"
    )
    assert _renamed(two) == []
    same = (
        "Recalling its resolution 78/314 of 10 July 2024, in which it proclaimed the decade of nuclear "
        "widget verification,"
    )
    assert _renamed(same, title="Nuclear widget verification") == []
    later = (
        "Recalling its resolution 44/6 of 17 October 1989, in which it granted observer status, as well as "
        "its previous resolutions on nuclear widget verification,"
    )
    assert _renamed(later) == []
