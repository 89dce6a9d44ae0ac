"""The Word redline of every real pair in the corpus, read back as Word shows it: accepting every
revision gives the new edition's clauses (numbers, words, italic leads, footnote marks), rejecting every
revision gives the old edition's.  Revisions are authored and dated, moves are paired, each change is a
comment with its class and reason, and footnotes are real footnotes."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from corpus import parsed
from divided_texts import edited, in_parts, in_sections, read
from docx_pairs import PAIRS, pair_id
from docx_revisions import ShownParagraph, shown_footnotes, shown_paragraphs
from lxml import etree

from versioning.diff import diff_editions
from versioning.errors import InputError
from versioning.model import Document, Paragraph
from versioning.parsing import parse_edition
from versioning.render import BINARY_FORMATS, render_bytes
from versioning.render.docx import AUTHOR, render_docx, write_document
from versioning.render.docx.clauses import label_text
from versioning.render.docx.styles import (
    ANNEX_LABEL,
    ANNEX_PARAGRAPH,
    CLAUSE_STYLES,
    HEADER,
    HEADING,
    MEETING,
    OPERATIVE,
    PART_LABEL,
    PREAMBULAR,
    SUBPARAGRAPH,
    TITLE,
)
from versioning.render.docx.title_block import adoption_lines, closing_lines, header_lines, title_line
from versioning.render.docx.writer import _property_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def expected_clauses(document: Document) -> list[ShownParagraph]:
    """The clause paragraphs a reader should see for ``document``."""

    def shown(clause: Paragraph, style: str) -> ShownParagraph:
        return ShownParagraph(style, label_text(clause) + clause.text, clause.lead or "", clause.footnotes)

    clauses = [shown(c, PREAMBULAR) for p in document.preamble for c in p.walk()]
    for paragraph in document.operative:
        clauses += [shown(c, OPERATIVE if c.id.is_top_level else SUBPARAGRAPH) for c in paragraph.walk()]
    for annex in document.annexes:
        clauses += [shown(c, ANNEX_PARAGRAPH) for p in annex.paragraphs for c in p.walk()]
    return clauses


def clause_paragraphs(data: bytes, view: str) -> list[ShownParagraph]:
    return [p for p in shown_paragraphs(data, view) if p.style in CLAUSE_STYLES]  # type: ignore[arg-type]


def redline(old_path: Path, new_path: Path) -> tuple[Document, Document, bytes]:
    old, new = parsed(old_path), parsed(new_path)
    return old, new, render_docx(diff_editions(old, new), old=old, new=new)


def expected_lines(document: Document) -> list[str]:
    """The title block and closing lines a reader should see for ``document`` (reissue mark included)."""
    cited = {marker for clause in document.paragraphs() for marker in clause.footnotes}
    marks = "".join(note.marker for note in document.footnotes if note.marker not in cited)
    return [
        f"{document.symbol}{marks}",
        *header_lines(document),
        *adoption_lines(document),
        title_line(document),
        *closing_lines(document),
    ]


def block_lines(data: bytes, view: str) -> list[str]:
    shown = shown_paragraphs(data, view)  # type: ignore[arg-type]
    return [p.text + "".join(p.footnotes) for p in shown if p.style in (HEADER, TITLE, MEETING)]


def annex_lines(data: bytes, view: str) -> list[str]:
    return [p.text for p in shown_paragraphs(data, view) if p.style == ANNEX_LABEL]  # type: ignore[arg-type]


def heading_lines(data: bytes, view: str) -> list[str]:
    return [p.text for p in shown_paragraphs(data, view) if p.style == HEADING]  # type: ignore[arg-type]


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_accepting_gives_the_new_edition_and_rejecting_the_old(pair: tuple[Path, Path]) -> None:
    old, new, data = redline(*pair)
    assert clause_paragraphs(data, "accept") == expected_clauses(new)
    assert clause_paragraphs(data, "reject") == expected_clauses(old)
    assert block_lines(data, "accept") == expected_lines(new)
    assert block_lines(data, "reject") == expected_lines(old)
    assert annex_lines(data, "accept") == [line for a in new.annexes for line in (a.label, a.title) if line]
    assert annex_lines(data, "reject") == [line for a in old.annexes for line in (a.label, a.title) if line]
    assert heading_lines(data, "accept") == [heading.text for heading in new.headings]
    assert heading_lines(data, "reject") == [heading.text for heading in old.headings]
    assert shown_footnotes(data, "accept") == {(note.marker, note.text) for note in new.footnotes}
    assert shown_footnotes(data, "reject") == {(note.marker, note.text) for note in old.footnotes}


def test_the_pairs_exist_in_the_corpus() -> None:
    missing = [str(path) for pair in PAIRS for path in pair if not path.exists()]
    assert not missing


def _body(data: bytes) -> etree._Element:
    return docx.Document(io.BytesIO(data)).element.body


CSTO_PAIR = next(pair for pair in PAIRS if pair_id(pair) == "A-RES-77-13->A-RES-79-10")


def test_revisions_are_authored_by_the_store_and_dated_with_the_new_edition() -> None:
    _, new, data = redline(*CSTO_PAIR)
    marks = [e for tag in ("ins", "del") for e in _body(data).iter(f"{W}{tag}")]
    assert marks
    assert {mark.get(f"{W}author") for mark in marks} == {AUTHOR}
    assert {mark.get(f"{W}date") for mark in marks} == {f"{new.edition_date}T00:00:00Z"}
    ids = [mark.get(f"{W}id") for mark in _body(data).iter() if mark.get(f"{W}author")]
    assert len(ids) == len(set(ids))


def test_deleted_words_are_deleted_text_and_inserted_words_plain_text() -> None:
    _, _, data = redline(*CSTO_PAIR)
    body = _body(data)
    assert all(run.find(f"{W}t") is None for d in body.iter(f"{W}del") for run in d.iter(f"{W}r"))
    assert any(run.find(f"{W}delText") is not None for d in body.iter(f"{W}del") for run in d.iter(f"{W}r"))
    assert all(run.find(f"{W}delText") is None for i in body.iter(f"{W}ins") for run in i.iter(f"{W}r"))


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_every_change_is_one_comment_with_its_class_and_reason(pair: tuple[Path, Path]) -> None:
    old, new, data = redline(*pair)
    changes = [c for c in diff_editions(old, new).changes if c.kind != "unchanged"]
    comments = docx.Document(io.BytesIO(data)).comments
    texts = [comment.text for comment in comments]
    assert len(texts) == len(changes)
    for change in changes:
        assert any(change.reason in text and text.startswith(change.change_class) for text in texts)
    assert {comment.author for comment in comments} == {AUTHOR}


def test_moved_clauses_are_move_ranges_at_both_places() -> None:
    bodies = (_body(redline(*pair)[2]) for pair in PAIRS)
    body = next((body for body in bodies if body.find(f".//{W}moveFromRangeStart") is not None), None)
    assert body is not None, "no pair of the corpus moves a clause"
    starts_from = {e.get(f"{W}name") for e in body.iter(f"{W}moveFromRangeStart")}
    starts_to = {e.get(f"{W}name") for e in body.iter(f"{W}moveToRangeStart")}
    assert starts_from == starts_to
    assert len(list(body.iter(f"{W}moveFromRangeEnd"))) == len(starts_from)
    assert len(list(body.iter(f"{W}moveFrom"))) >= len(starts_from)


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_revision_ids_are_unique_and_each_move_range_ends_where_it_starts(pair: tuple[Path, Path]) -> None:
    # Word refuses a file ("unreadable content") whose revision marks share an id or whose move ranges
    # do not close: every ins, del, move and formatting change has its own id, each range start its end.
    body = _body(redline(*pair)[2])
    tags = ("ins", "del", "moveFrom", "moveTo", "rPrChange", "moveFromRangeStart", "moveToRangeStart")
    ids = [element.get(f"{W}id") for tag in tags for element in body.iter(f"{W}{tag}")]
    assert len(ids) == len(set(ids))
    for kind in ("moveFrom", "moveTo"):
        starts = [element.get(f"{W}id") for element in body.iter(f"{W}{kind}RangeStart")]
        ends = [element.get(f"{W}id") for element in body.iter(f"{W}{kind}RangeEnd")]
        assert sorted(starts) == sorted(ends)


def test_footnotes_are_real_footnotes() -> None:
    _, new, data = redline(*CSTO_PAIR)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
        content_types = archive.read("[Content_Types].xml").decode()
    assert "footnotes+xml" in content_types
    texts = {
        note.get(f"{W}id"): "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
        for note in notes.iter(f"{W}footnote")
        if note.get(f"{W}type") is None
    }
    marks = {}  # footnote id -> the custom mark its reference prints
    for reference in _body(data).iter(f"{W}footnoteReference"):
        assert reference.get(f"{W}customMarkFollows") == "1"
        mark = reference.getparent().find(f"{W}t")
        if mark is not None:
            marks[reference.get(f"{W}id")] = mark.text
    cited = {(marks[note_id], texts[note_id]) for note_id in marks}
    for footnote in new.footnotes:
        assert (footnote.marker, footnote.text) in cited


def test_the_registry_names_docx_as_a_binary_format() -> None:
    old, new, _ = redline(*CSTO_PAIR)
    assert "docx" in BINARY_FORMATS
    data = render_bytes(diff_editions(old, new), "docx", old=old, new=new)
    assert data[:2] == b"PK"
    with pytest.raises(InputError, match="both editions"):
        render_bytes(diff_editions(old, new), "docx")


def test_the_same_editions_give_the_same_bytes() -> None:
    old, new, data = redline(*CSTO_PAIR)
    assert render_docx(diff_editions(old, new), old=old, new=new) == data
    assert write_document(new) == write_document(new)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # no member carries the time it was written
        assert {member.date_time for member in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_a_redline_of_a_resolution_in_parts_shows_each_edition_in_its_order() -> None:
    # Part B's title and words of each part changed: accepting every revision shows the new edition's
    # paragraphs, rejecting shows the old one's, each part's label, title, opening line, paragraphs and
    # closing line in the order the edition prints them (as the plain document of each edition shows them).
    old_text = in_parts()
    new_text = edited(
        old_text,
        ("B \nUnforeseen and extraordinary expenses for 2026", "B \nUnforeseen and extraordinary expenses"),
        (
            "Authorizes the Secretary-General, with the prior",
            "Authorizes the Secretary-General, after the prior",
        ),
        ("Recalling its resolutions 45/58 P", "Recalling also its resolutions 45/58 P"),
    )
    old, new = parse_edition(old_text, name="old.txt"), parse_edition(new_text, name="new.txt")
    assert old.parts[1].title != new.parts[1].title
    data = render_docx(diff_editions(old, new), old=old, new=new)

    def body(shown: list[ShownParagraph]) -> list[tuple[str, str]]:
        return [(p.style, p.text) for p in shown]

    assert body(shown_paragraphs(data, "accept")) == body(shown_paragraphs(write_document(new), "accept"))
    assert body(shown_paragraphs(data, "reject")) == body(shown_paragraphs(write_document(old), "accept"))
    labels = [p.text for p in shown_paragraphs(data, "accept") if p.style == PART_LABEL]
    assert labels == ["A", "Regional disarmament", "B", "Unforeseen and extraordinary expenses"]


DIVIDED_PAIRS = {
    "a resolution and its parts": (lambda: read("first/A-RES-80-27.pymupdf.txt"), in_parts),
    "sections and a section in parts": (in_sections, lambda: in_sections(parts_in_section_two=True)),
}


@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "backward"])
@pytest.mark.parametrize("name", DIVIDED_PAIRS)
def test_a_redline_between_divisions_and_none_shows_each_edition_as_written(name: str, reverse: bool) -> None:
    # Parts and sections that one edition has and the other has not: accepting every revision shows the
    # new edition as its own plain document shows it, rejecting every one the old.
    first, second = (
        parse_edition(build(), name=f"{index}.txt") for index, build in enumerate(DIVIDED_PAIRS[name])
    )
    old, new = (second, first) if reverse else (first, second)
    data = render_docx(diff_editions(old, new), old=old, new=new)

    def body(shown: list[ShownParagraph]) -> list[tuple[str, str]]:
        return [(p.style, p.text) for p in shown]

    assert body(shown_paragraphs(data, "accept")) == body(shown_paragraphs(write_document(new), "accept"))
    assert body(shown_paragraphs(data, "reject")) == body(shown_paragraphs(write_document(old), "accept"))


def test_a_title_longer_than_a_word_property_holds_is_cut_in_the_properties_only() -> None:
    # A/80/L.26's title runs to 261 characters; a core property of a Word package holds 255 at most.
    old_path, new_path = CSTO_PAIR
    long_title = (
        "Advisory opinion of the International Court of Justice on the " + "obligations " * 20 + "end"
    )
    old = replace(parsed(old_path), title=long_title)
    new = replace(parsed(new_path), title=long_title + " and more")
    data = render_docx(diff_editions(old, new), old=old, new=new)
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert len(properties.title) <= 255
    assert properties.title.endswith("\u2026")
    assert (long_title + " and more").startswith(properties.title[:-1])
    body_text = "".join(node.text or "" for node in _body(data).iter(f"{W}t", f"{W}delText"))
    assert long_title in body_text


def test_a_cut_title_keeps_the_last_word_that_fits() -> None:
    # A word that ends just where the property's room ends (an ellipsis after it) is kept whole, not dropped.
    fits = "word " * 50 + "ends"  # 254 characters, then a space
    assert _property_text(fits + " then more") == fits + "\u2026"
    assert _property_text(fits + "x then more") == fits.removesuffix(" ends") + "\u2026"
    assert _property_text("x" * 300) == "x" * 254 + "\u2026"
    assert _property_text(fits) == fits
