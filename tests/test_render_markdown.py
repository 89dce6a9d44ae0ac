"""The Markdown view: a table of every difference, then each change; safe to post on GitHub."""

from __future__ import annotations

from render_cases import NEW, OLD, every_kind  # beside the tests (pytest puts tests/ on the path)

from versioning.diff.changes import Change, ChangeList
from versioning.render import render
from versioning.render.markdown import render_markdown


def test_the_summary_table_has_one_row_per_difference() -> None:
    changes = every_kind()
    text = render(changes, "markdown")
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert table[0] == "| Clause | Change | Class | Reason | Note |"
    assert len(table) - 2 == len(changes.differences)  # the header, its rule, then one row each
    assert (
        "| `op1` | modified | substantive | lead 'Invites' -&gt; 'Encourages' (stronger) "
        "| lead Invites → Encourages (stronger) |"
    ) in table
    assert (
        "| `op7 → op6` | moved, reworded | routine | session numbers only | matched by similarity 0.93 |"
    ) in table
    assert "| `pp4 → pp5` | renumbered | editorial | paragraph renumbered only |  |" in table
    assert "| `op8` | modified | routine | footnote citations (footnote 5 added) only |  |" in table


def test_changes_follow_with_del_and_ins_marks() -> None:
    text = render(every_kind(), "markdown")
    assert "> <del>Invites</del><ins>Encourages</ins> the Secretariat of the United Nations" in text
    assert (
        "**`op3 → op3, op4`** · split, reworded · *substantive*: 'and' replaced by '; Welcomes also' · "
        "matched by similarity 0.74"
    ) in text
    assert (
        "> Decides to remain seized of the matter. \\[footnote 3 now 2\\] \\[footnote 2: note changed\\] "
        "<ins>\\[footnote 5 added\\]</ins>"
    ) in text
    assert "*2 unchanged clauses (pp1 .. pp2)*" in text


def test_words_cannot_inject_markup_mentions_or_issue_links() -> None:
    text = render(every_kind(), "markdown")
    line = next(line for line in text.splitlines() if "See A/73/L.103" in line)
    assert "<b>" not in line and "&lt;b&gt;bold&lt;/b&gt;" in line
    assert "@chair" not in line and "&#64;chair" in line
    assert "#7" not in line and "&#35;7" in line
    assert r"\*draft\*" in line and r"\_resolution\_" in line and r"\[and Add.1\]" in line
    assert r"\|" in line
    assert "&lt;in Central Asia&gt; &amp; beyond" in text


def test_a_text_that_looks_like_a_list_or_heading_stays_a_quotation() -> None:
    change = Change(
        "operative", "added", None, "op2", text_changed=True, new_text="1. Decides; # not a heading",
        change_class="substantive", reason="substantive: paragraph added",
    )  # fmt: skip
    text = render(ChangeList(OLD, NEW, (change,)), "markdown")
    assert "> <ins>1\\. Decides; &#35; not a heading</ins>" in text


def test_a_long_comment_stops_under_the_size_limit_and_says_so() -> None:
    long_text = "Decides " + "to continue its work " * 200
    changes = ChangeList(
        OLD,
        NEW,
        tuple(
            Change(
                "operative",
                "added",
                None,
                f"op{n}",
                text_changed=True,
                new_text=long_text,
                change_class="substantive",
                reason="substantive: paragraph added",
            )
            for n in range(1, 40)
        ),
    )
    text = render_markdown(changes, max_chars=20_000)
    assert len(text) < 20_000
    assert text.count("| `op") == 39  # every change is still in the table
    assert text.rstrip().endswith("more changes are listed in the table above only (comment size limit).*")


def test_no_differences_is_one_line_under_the_title() -> None:
    assert render(ChangeList(OLD, OLD), "markdown") == (
        "### Redline: `A/RES/67/6@2013-07-15` → `A/RES/67/6@2013-07-15`\n\n**no differences**\n"
    )


def test_identifiers_cannot_break_out_of_code_spans_or_table_cells() -> None:
    change = Change(
        "footnotes", "added", None, "a`b|c", text_changed=True, new_text="x",
        change_class="substantive", reason="substantive: footnote | added",
    )  # fmt: skip
    text = render(ChangeList(OLD, NEW, (change,)), "markdown")
    row = next(line for line in text.splitlines() if line.startswith("| footnote"))
    assert row == r"| footnote a\`b\|c | added | substantive | footnote \| added |  |"
