"""Control characters in extracted text: a form feed is a page break, a vertical tab a line break inside a
paragraph, and every other C0 control is extraction noise, taken out and recorded in the parse's account."""

from __future__ import annotations

from corpus import CORPUS, comparable, parsed

from versioning.interop.akn_write import write_akn
from versioning.parsing import parse_with_account
from versioning.parsing.lines import split_lines

TEXT = CORPUS / "csto" / "A-RES-79-10.pymupdf.txt"


def with_controls(text: str) -> tuple[str, dict[int, str]]:
    """The text with controls put in at known lines: inside a word of pp1, between two words of the next
    line, at the end of an operative paragraph's line, beside a word of a footnote, and in the header."""
    lines = text.split("\n")
    placed: dict[int, str] = {}

    def put(find: str, replace: str, control: str) -> None:
        index = next(i for i, line in enumerate(lines) if find in line)
        lines[index] = lines[index].replace(find, replace, 1)
        placed[index + 1] = control

    put("Having considered", "Having con\x02sidered", "\x02")
    put("the United Nations and regional and other", "the United\x1fNations and regional and other", "\x1f")
    put("Agenda item", "Agenda\x01 item", "\x01")
    put("1 A/79/302", "1 A/79/302\x07", "\x07")  # (NUL in the first 8 KiB means a binary file)
    put("Requests the Secretary-General", "Requests the Secretary-General\x1b", "\x1b")
    return "\n".join(lines), placed


def test_noise_controls_are_taken_out_and_accounted_for() -> None:
    text, placed = with_controls(TEXT.read_text(encoding="utf-8"))
    document, account = parse_with_account(text, name="controls.txt")
    assert comparable(document) == comparable(parsed(TEXT))
    recorded = {piece.line: piece.text for piece in account.furniture if piece.rule.startswith("control")}
    assert recorded == placed
    assert write_akn(document).startswith(b"<?xml")  # XML can carry every text of the document


def test_a_vertical_tab_is_a_line_break_inside_the_line_and_a_form_feed_a_page_break() -> None:
    lines = split_lines("the United\vNations\fand the")
    assert [line.text for line in lines] == ["the United Nations", "\f", "and the"]
