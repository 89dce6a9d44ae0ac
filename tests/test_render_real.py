"""The renderers on real diffs: editions of the corpus parsed, compared by the engine, then rendered."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from versioning.diff import diff_editions
from versioning.diff.changes import ChangeList
from versioning.model import Document
from versioning.parsing import parse_edition
from versioning.render import FORMATS, render

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"


def edition(name: str) -> Document:
    return parse_edition(CORPUS / name)


@pytest.fixture(scope="module")
def series_step() -> tuple[Document, Document, ChangeList]:
    """A/RES/77/13 -> A/RES/79/10: the session numbers of operative paragraphs 8 and 9 move on."""
    old = edition("csto/A-RES-77-13.pymupdf.txt")
    new = edition("csto/A-RES-79-10.pymupdf.txt")
    return old, new, diff_editions(old, new)


@pytest.fixture(scope="module")
def longest_pair() -> tuple[Document, Document, ChangeList]:
    """A/80/L.22 -> A/RES/80/110, the longest document of the corpus (362 paragraphs)."""
    old = edition("editions/A-80-L.22.pymupdf.txt")
    new = edition("editions/A-RES-80-110.pymupdf.txt")
    return old, new, diff_editions(old, new)


def test_text_redline_of_the_series_step(series_step: tuple[Document, Document, ChangeList]) -> None:
    _, _, changes = series_step
    text = render(changes, "text")
    assert text.startswith("A/RES/77/13@")
    text = " ".join(text.split())  # the redline is wrapped
    assert "at its [-seventy-ninth-]{+eighty-first+} session" in text
    assert "its [-seventy-ninth-]{+eighty-first+} session," in text


def test_json_of_a_real_diff_reads_back(series_step: tuple[Document, Document, ChangeList]) -> None:
    _, _, changes = series_step
    assert ChangeList.from_dict(json.loads(render(changes, "json"))) == changes


def test_markdown_lists_every_real_difference(series_step: tuple[Document, Document, ChangeList]) -> None:
    _, _, changes = series_step
    text = render(changes, "markdown")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert len(rows) == len(changes.differences)
    assert "<del>seventy-ninth</del><ins>eighty-first</ins>" in text


def test_html_side_by_side_holds_every_clause_of_both_editions(
    series_step: tuple[Document, Document, ChangeList],
) -> None:
    old, new, changes = series_step
    page = render(changes, "html", old=old, new=new)
    side = page[page.index('id="redline-side"') :]
    for clause in (*old.paragraphs(), *new.paragraphs()):
        assert f'<span class="clause">{clause.id}' in side or f", {clause.id}" in side, clause.id
    assert f'data-total="{len(changes.differences)}"' in page


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_the_longest_pair_renders_in_every_format(
    longest_pair: tuple[Document, Document, ChangeList], format_name: str
) -> None:
    old, new, changes = longest_pair
    output = render(changes, format_name, old=old, new=new)
    assert output.endswith("\n")
    if format_name == "markdown":
        assert len(output) < 65_536  # GitHub's limit for a comment body


@pytest.fixture(scope="module")
def citation_step() -> tuple[Document, Document, ChangeList]:
    """A/RES/73/331 -> A/RES/75/276: operative paragraphs 1 and 5 keep their words and drop a citation."""
    old = edition("csto/A-RES-73-331.pymupdf.txt")
    new = edition("csto/A-RES-75-276.pymupdf.txt")
    return old, new, diff_editions(old, new)


def test_a_footnote_only_change_is_visible_in_every_redline(
    citation_step: tuple[Document, Document, ChangeList],
) -> None:
    old, new, changes = citation_step
    op1 = next(c for c in changes.changes if c.section == "operative" and c.old_id == "op1")
    assert (op1.kind, op1.text_changed, op1.old_footnotes, op1.new_footnotes) == (
        "modified",
        False,
        ("1",),
        (),
    )
    text = " ".join(render(changes, "text").split())
    assert "op1 modified routine: footnote citations (footnote 1 removed) only" in text
    assert "[-[footnote 1 removed]-]" in text
    assert "[-[footnote 5 removed]-]" in text  # op5
    markdown = render(changes, "markdown")
    assert "<del>\\[footnote 1 removed\\]</del>" in markdown
    page = render(changes, "html", old=old, new=new)
    assert page.count('<del class="footnote-mark mark-removed">[footnote 1 removed]</del>') == 2  # both views


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_every_entry_shows_its_class_and_reason(
    citation_step: tuple[Document, Document, ChangeList], format_name: str
) -> None:
    old, new, changes = citation_step
    output = render(changes, format_name, old=old, new=new)
    for change in changes.differences:
        if format_name == "json":
            assert f'"reason": "{change.reason}"' in output
        elif format_name == "html":
            assert f'title="{html.escape(change.reason)}"' in output
        else:
            detail = change.reason.split(": ", 1)[1]
            assert html.escape(detail, quote=False) in output, change.reason
