"""The terminal redline: plain markers, ANSI colour, folding, wrapping, and a terminal kept safe."""

from __future__ import annotations

import re

from render_cases import (  # beside the tests (pytest puts tests/ on the path)
    NEW,
    OLD,
    every_kind,
    renumbering,
)

from versioning.diff.changes import Change, ChangeList
from versioning.render import render
from versioning.render.text import render_text

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_text_has_markers_and_no_escape_codes() -> None:
    text = render(every_kind(), "text")
    assert "\x1b" not in text
    assert "[-Invites-]{+Encourages+} the Secretariat" in text
    assert "Recognizes the {+significant practical+} contribution" in text


def test_colour_uses_styles_instead_of_markers() -> None:
    text = render(every_kind(), "text", color=True)
    assert "\x1b[9;31mInvites\x1b[0m\x1b[4;32mEncourages\x1b[0m the Secretariat" in text
    assert "[-" not in text and "{+" not in text
    # Without the codes, the coloured view says the same words as the plain one, minus the markers.
    plain = render(every_kind(), "text")
    unmarked = re.sub(r"\[-|-\]|\{\+|\+\}", "", plain)
    assert ANSI.sub("", text).split() == unmarked.split()


def test_a_styled_run_never_spans_a_line_break() -> None:
    for line in render(every_kind(), "text", color=True).splitlines():
        assert line.count("\x1b[0m") == len(re.findall(r"\x1b\[[0-9;]*[1-9][0-9;]*m", line))


def test_unchanged_clauses_are_folded_into_one_line_per_run() -> None:
    text = render(every_kind(), "text")
    assert "  ... 2 unchanged clauses (pp1 .. pp2)\n" in text
    assert "Decides to remain seized" in text  # op8 cites other notes now: not folded
    marks = "[footnote 3 now 2] [footnote 2: note changed] {+[footnote 5 added]+}"
    assert marks in " ".join(text.split())
    assert "Having considered" not in text  # an unchanged clause's words are not shown


def test_a_renumbered_clause_is_one_line() -> None:
    text = render(renumbering(), "text")
    assert (
        "  op2 -> op3  renumbered  editorial: paragraph renumbered only\n"
        "  op3 -> op4  renumbered  editorial: paragraph renumbered only\n"
    ) in text
    assert "Recognizes the contribution" not in text


def test_moved_split_and_merged_clauses_say_so() -> None:
    text = render(every_kind(), "text")
    assert (
        "  op7 -> op6  moved, reworded  routine: session numbers only  matched by similarity 0.93\n" in text
    )
    assert "  op3 -> op3, op4  split, reworded  substantive: " in text
    assert (
        "  op4, op5 -> op5  merged, reworded  substantive: '; Calls for' replaced by 'and calls for'\n"
        in text
    )
    assert (
        "  op1  modified  substantive: lead 'Invites' -> 'Encourages' (stronger)  "
        "lead Invites -> Encourages (stronger)\n"
    ) in text


def test_lines_are_wrapped_to_the_width_by_visible_characters() -> None:
    for color in (False, True):
        for line in render_text(every_kind(), color=color, width=60).splitlines():
            visible = ANSI.sub("", line)
            if visible.startswith("      "):  # a redline line (headings are not wrapped)
                assert len(visible) <= 60 or len(visible.split()) == 1, line


def test_whitespace_only_edits_are_made_visible() -> None:
    assert "\u201cKanal\u201d,[-\u2423\u2423-]{+\u2423+}to combat" in render(every_kind(), "text")


def test_control_characters_in_a_document_cannot_drive_the_terminal() -> None:
    hostile = Change(
        "operative",
        "modified",
        "op1",
        "op1",
        text_changed=True,
        change_class="substantive",
        reason="substantive: 'all' replaced by \x1b[31m'every one'",
        words=((0, "Invites "), (-1, "\x1b[2J\x1b[31mall"), (1, "every\x07one")),
        old_text="Invites \x1b[2J\x1b[31mall",
        new_text="Invites every\x07one",
    )
    for color in (False, True):
        text = render(ChangeList(OLD, NEW, (hostile,)), "text", color=color)
        assert "\x07" not in text and "\x1b[2J" not in text and "\x1b[31m" not in text
        assert "\ufffd[2J" in text


def test_no_differences() -> None:
    assert (
        render(ChangeList(OLD, OLD), "text")
        == "A/RES/67/6@2013-07-15 -> A/RES/67/6@2013-07-15\nno differences\n"
    )
