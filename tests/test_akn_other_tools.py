"""Akoma Ntoso from other tools: each shape the AKN 3.0 schema allows and AKN4UN samples use, in a short
hand-written snippet read by :func:`read_akn`; documents that are not resolutions refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from versioning.cli import main
from versioning.errors import ParseError
from versioning.interop.akn_read import read_akn
from versioning.model import Document

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
WORK = "/akn/un/statement/deliberation/unga/2025-03-25/79-275"


def statement(inner: str, *, meta: str = "", kind: str = "statement") -> bytes:
    """An AKN document of type ``kind`` holding ``inner`` after a ``meta`` block made of ``meta``."""
    return (
        f"<akomaNtoso xmlns='{NS}'><{kind} name='resolution'><meta>{meta}</meta>{inner}</{kind}></akomaNtoso>"
    ).encode()


def identification(work_iri: str, work_date: str = "2025-03-25") -> str:
    """An AKN4UN identification block: FRBR IRIs ending in ``/`` and no FRBRnumber."""
    return (
        "<identification source='#DGACM'><FRBRWork>"
        f"<FRBRthis value='{work_iri}/!main/'/><FRBRuri value='{work_iri}/'/>"
        f"<FRBRdate date='{work_date}' name='adoption'/><FRBRauthor href='#ga'/><FRBRcountry value='un'/>"
        "</FRBRWork></identification>"
    )


TITLE = "<preface><p><docTitle>Cooperation</docTitle></p></preface>"


def read(data: bytes) -> Document:
    return read_akn(data, name="snippet.xml")


def test_akn4un_cover_page_and_preface() -> None:
    """AKN4UN: the full symbol on the cover page, the resolution number (with its full stop) and the title
    in the preface, the session on the cover page."""
    document = read(
        statement(
            "<coverPage><p><docNumber refersTo='#symbol'>A/RES/79/275</docNumber></p>"
            "<p><session refersTo='#ga' value='79'>Seventy-ninth session</session></p>"
            "<p><docTitle>Resolution adopted by the General Assembly</docTitle></p></coverPage>"
            "<preface><p><docNumber>79/275.</docNumber>"
            "<docTitle><span class='bold'>The role of diamonds</span></docTitle></p></preface>",
            meta=identification(WORK),
        )
    )
    assert (str(document.symbol), document.number, document.session) == ("A/RES/79/275", "79/275", 79)
    assert document.title == "The role of diamonds"
    assert document.adopted == "2025-03-25"


def test_a_resolution_number_alone_names_the_resolution() -> None:
    document = read(
        statement("<preface><p><docNumber>79/275.</docNumber><docTitle>T</docTitle></p></preface>")
    )
    assert str(document.symbol) == "A/RES/79/275"


def test_the_symbol_comes_from_the_work_iri_when_nothing_else_names_it() -> None:
    assert str(read(statement(TITLE, meta=identification(WORK))).symbol) == "A/RES/79/275"
    draft = "/akn/un/statement/deliberation/unga/2025-03-11/79-L.63"
    assert str(read(statement(TITLE, meta=identification(draft))).symbol) == "A/79/L.63"
    committee = "/akn/un/statement/deliberation/unga/2024-11-01/C.3-79-L.5"
    assert str(read(statement(TITLE, meta=identification(committee))).symbol) == "A/C.3/79/L.5"


def test_the_title_and_proponents_may_be_on_the_cover_page() -> None:
    document = read(
        statement(
            "<coverPage><p><docNumber>A/79/L.63</docNumber></p><p><docTitle>Cooperation</docTitle></p>"
            "<p><docProponent>Armenia</docProponent> and <docProponent>Belarus</docProponent></p>"
            "<p><docDate date='2025-03-25' refersTo='#adoption'>25 March 2025</docDate></p></coverPage>"
        )
    )
    assert (document.title, document.sponsors, document.adopted) == (
        "Cooperation",
        ("Armenia", "Belarus"),
        "2025-03-25",
    )


def test_a_bad_date_on_the_cover_page_is_named() -> None:
    with pytest.raises(ParseError, match=r"/coverPage/p\[2\]/docDate: not a valid date"):
        read(
            statement(
                "<coverPage><p><docNumber>A/RES/79/275</docNumber></p>"
                "<p><docDate date='March 2025'>March 2025</docDate></p></coverPage>" + TITLE
            )
        )


def test_italic_spans_are_leads_and_the_formula_is_not_a_clause() -> None:
    """AKN4UN marks a lead with ``span class="italic"``, not ``i``; ``formula`` ("The General Assembly,")
    opens the preamble; ``blockContainer`` may hold plain ``p`` recitals."""
    document = read(
        statement(
            TITLE + "<preamble><formula name='enactingFormula'><p><span class='italic'>The General Assembly"
            "</span>,</p></formula>"
            "<container name='Recognizing'><p>  <span class='italic'>Recognizing</span> the harm,</p>"
            "</container>"
            "<blockContainer><p><i>Noting</i> the role,</p></blockContainer></preamble>"
            "<mainBody><paragraph><num>1.</num><content><p><span class='bold italic'>Recognizes</span> the "
            "scheme;</p></content></paragraph></mainBody>",
            meta=identification(WORK),
        )
    )
    assert [(str(p.id), p.lead, p.text) for p in document.preamble] == [
        ("pp1", "Recognizing", "Recognizing the harm,"),
        ("pp2", "Noting", "Noting the role,"),
    ]
    assert [(p.lead, p.text) for p in document.operative] == [("Recognizes", "Recognizes the scheme;")]


def test_a_paragraph_with_a_list_of_points() -> None:
    """``paragraph`` > ``list`` > ``intro`` + ``point``s: the intro is the paragraph's text, the points
    its sub-paragraphs; a list's ``wrapUp`` closes the text."""
    document = read(
        statement(
            TITLE + "<mainBody><paragraph eId='para_2'><num>2.</num><list eId='para_2_list'>"
            "<intro><p><span class='italic'>Recalls</span> the mandate:</p></intro>"
            "<point><num>(a)</num><content><p>To define;</p></content></point>"
            "<point><num>(b)</num><content><p>To strengthen;</p></content></point>"
            "<wrapUp><p>as agreed;</p></wrapUp></list></paragraph></mainBody>",
            meta=identification(WORK),
        )
    )
    (paragraph,) = document.operative
    assert (str(paragraph.id), paragraph.number, paragraph.lead) == ("op1", "2", "Recalls")
    assert paragraph.text == "Recalls the mandate: as agreed;"
    assert [(str(sub.id), sub.number, sub.text) for sub in paragraph.subparagraphs] == [
        ("op1.a", "a", "To define;"),
        ("op1.b", "b", "To strengthen;"),
    ]


def test_points_straight_in_the_main_body() -> None:
    """A main body of ``point``s, bare or under a ``list``, reads as operative paragraphs."""
    document = read(
        statement(
            TITLE + "<mainBody><point><num>1.</num><content><p>Decides;</p></content></point>"
            "<list><point><num>2.</num><content><p>Requests;</p></content></point></list></mainBody>",
            meta=identification(WORK),
        )
    )
    assert [(str(p.id), p.number, p.text) for p in document.operative] == [
        ("op1", "1", "Decides;"),
        ("op2", "2", "Requests;"),
    ]


def test_notes_in_the_cover_page_intro_and_points_are_footnotes() -> None:
    document = read(
        statement(
            "<coverPage><p><docNumber>A/RES/79/275</docNumber><authorialNote marker='*'><p>Reissued."
            "</p></authorialNote></p></coverPage>" + TITLE + "<mainBody><paragraph><num>1.</num><list>"
            "<intro><p>Recalls<authorialNote marker='1'><p>See A/79/1.</p></authorialNote>:</p></intro>"
            "<point><num>(a)</num><content><p>the report<authorialNote marker='2'><p>A/79/2.</p>"
            "</authorialNote>;</p></content></point></list></paragraph></mainBody>"
        )
    )
    assert [(note.marker, note.text) for note in document.footnotes] == [
        ("*", "Reissued."),
        ("1", "See A/79/1."),
        ("2", "A/79/2."),
    ]
    (paragraph,) = document.operative
    assert (paragraph.text, paragraph.footnotes) == ("Recalls:", ("1",))
    assert paragraph.subparagraphs[0].footnotes == ("2",)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("act", "an act is not a resolution"),
        ("bill", "a bill is not a resolution"),
        ("judgment", "a judgment is not a resolution"),
    ],
)
def test_documents_that_are_not_resolutions_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, message: str
) -> None:
    path = tmp_path / f"{kind}.xml"
    path.write_bytes(
        statement(
            "<preface><p><docNumber>A/RES/79/275</docNumber><docTitle>T</docTitle></p></preface>",
            kind=kind,
        )
    )
    assert main(["parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err
        == f"error: {path}:1: /akomaNtoso/{kind}: {message}: only a statement or a doc is read as one\n"
    )


def test_a_statement_without_any_symbol_is_refused() -> None:
    message = "no resolution symbol: neither a docNumber nor the FRBR work /akn/za/act/2023/724/ names a"
    with pytest.raises(ParseError, match=message + " General Assembly one"):
        read(statement(TITLE, meta=identification("/akn/za/act/2023/724")))


def test_a_classed_paragraph_titles_and_a_recitals_container_groups() -> None:
    """A title given as ``p class="docTitle"``; a ``container name="recitals"`` holding one ``p`` per
    recital; the symbol from the work IRI."""
    document = read(
        statement(
            "<preface><p class='docNumber'>Resolution 79/100</p><p class='docTitle'>Situation in X</p>"
            "</preface><preamble><container name='recitals'><p><i>Guided by</i> the Charter,</p>"
            "<p><i>Recalling</i> its resolution 78/200,</p></container></preamble>",
            meta=identification("/akn/un/statement/deliberation/unga/2024-12-20/79-100", "2024-12-20"),
            kind="doc",
        )
    )
    assert (str(document.symbol), document.title, document.adopted) == (
        "A/RES/79/100",
        "Situation in X",
        "2024-12-20",
    )
    assert [(str(p.id), p.lead) for p in document.preamble] == [("pp1", "Guided by"), ("pp2", "Recalling")]


def test_the_adoption_date_may_come_from_the_conclusions() -> None:
    """AKN4UN closes with the meeting and ``docDate refersTo="#adoptionDate"``; a bad date there is named."""
    closing = "<conclusions><p><event><location>62nd plenary meeting</location><docDate date='{}' "
    closing += "refersTo='#adoptionDate'>25 March 2025</docDate></event></p></conclusions>"
    front = "<preface><p><docNumber>A/79/L.63</docNumber><docTitle>T</docTitle></p></preface>"
    document = read(statement(front + closing.format("2025-03-25")))
    assert document.adopted == "2025-03-25"
    with pytest.raises(ParseError, match=r"/conclusions/p/event/docDate: not a valid date"):
        read(statement(front + closing.format("25-03-2025")))


def test_a_security_council_resolution_is_refused_naming_its_work() -> None:
    work = "/akn/un/statement/deliberation/unsc/2024-03-15/2798"
    with pytest.raises(ParseError, match=f"the FRBR work {work}/ names a General Assembly one"):
        read(statement("<preface><p class='docTitle'>Region Y</p></preface>", meta=identification(work)))
