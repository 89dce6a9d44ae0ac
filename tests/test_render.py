"""The renderer registry, the JSON view, the golden text and Markdown files, and the shared segments."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from render_cases import CASES, OLD, every_kind  # beside the tests (pytest puts tests/ on the path)

from versioning.canonical import canonical_json
from versioning.diff.changes import Change, ChangeList
from versioning.diff.class_rules import structural_verdict
from versioning.errors import InputError
from versioning.render import FORMATS, render
from versioning.render.labels import change_heading, change_labels, summary_phrases
from versioning.render.segments import Segment, change_segments, elide_kept, side_text, word_segments

GOLDEN = Path(__file__).parent / "golden" / "render"
REGENERATE = "python scripts/regenerate_render_golden.py"


def test_formats_are_the_four_views() -> None:
    assert list(FORMATS) == ["text", "json", "markdown", "html"]


def test_unknown_format_is_an_input_error_naming_the_choices() -> None:
    with pytest.raises(InputError, match=r"unknown format 'yaml' \(choose from text, json, markdown, html\)"):
        render(every_kind(), "yaml")


@pytest.mark.parametrize("format_name", list(FORMATS))
@pytest.mark.parametrize("case", list(CASES))
def test_every_format_renders_every_case_the_same_way_twice(format_name: str, case: str) -> None:
    first = render(CASES[case](), format_name)
    again = render(CASES[case](), format_name, color=False)
    assert first == again
    assert first.endswith("\n")


@pytest.mark.parametrize("case", list(CASES))
def test_json_is_the_canonical_json_of_the_change_list_and_reads_back(case: str) -> None:
    changes = CASES[case]()
    text = render(changes, "json")
    assert text == canonical_json(changes.to_dict())
    data = json.loads(text)
    assert data["summary"] == changes.summary()
    assert ChangeList.from_dict(data) == changes


def test_json_ignores_colour() -> None:
    assert render(every_kind(), "json", color=True) == render(every_kind(), "json")


@pytest.mark.parametrize(
    ("case", "extension", "format_name"),
    [
        (case, extension, format_name)
        for case in CASES
        for format_name, extension in (("text", ".txt"), ("markdown", ".md"))
    ],
)
def test_golden_files(case: str, extension: str, format_name: str) -> None:
    path = GOLDEN / f"{case}{extension}"
    assert path.exists(), f"missing golden file {path.name}; run {REGENERATE}"
    expected = path.read_text(encoding="utf-8")
    assert render(CASES[case](), format_name) == expected, (
        f"{path.name} differs; run {REGENERATE} and read it"
    )


def test_summary_phrases_list_kinds_in_contract_order_and_classes_highest_first() -> None:
    kinds, classes = summary_phrases(every_kind().summary())
    assert kinds == "2 added, 1 removed, 8 modified, 1 moved, 3 renumbered, 1 split, 1 merged"
    assert classes == "7 substantive, 6 routine, 4 editorial"


def test_headings_name_both_sides_of_splits_merges_and_renumberings() -> None:
    by_kind = {change.kind: change for change in reversed(every_kind().changes)}  # the first of each kind
    assert change_heading(by_kind["split"]) == "op3 -> op3, op4"
    assert change_heading(by_kind["merged"]) == "op4, op5 -> op5"
    assert change_heading(by_kind["added"]) == "pp4"
    assert change_heading(by_kind["removed"]) == "pp7"
    assert change_labels(by_kind["moved"]) == ("moved", "reworded")
    footnote = next(change for change in every_kind().changes if change.section == "footnotes")
    assert change_heading(footnote, arrow="→") == "footnote 3 → footnote 2"


# --- segments: how every renderer reads a word-level edit -------------------------------------------------


def test_adjacent_deletions_and_insertions_are_gathered_deletion_first() -> None:
    words = ((0, "the "), (1, "Member"), (-1, "United"), (1, " States"), (-1, " Nations"), (0, " agree"))
    assert word_segments(words) == (
        Segment("kept", "the "),
        Segment("deleted", "United Nations"),
        Segment("inserted", "Member States"),
        Segment("kept", " agree"),
    )


def test_whitespace_shared_by_both_sides_moves_out_of_the_markers() -> None:
    words = ((0, "at its"), (-1, " sixty-ninth "), (1, " seventy-fifth "), (0, "session"))
    assert word_segments(words) == (
        Segment("kept", "at its "),
        Segment("deleted", "sixty-ninth"),
        Segment("inserted", "seventy-fifth"),
        Segment("kept", " session"),
    )


def test_a_whitespace_only_edit_stays_whole_and_is_marked() -> None:
    segments = word_segments(((0, "Kanal,"), (-1, "  "), (1, " "), (0, "to")))
    assert segments[1:3] == (Segment("deleted", "  "), Segment("inserted", " "))
    assert segments[1].is_whitespace


def verdict(kind: str) -> dict[str, str]:
    """The class and reason the rules give a change of structure of ``kind``."""
    found = structural_verdict(kind, "operative")
    return {"change_class": found.change_class, "reason": found.reason}


def test_clauses_without_words_are_drawn_from_their_texts() -> None:
    seized = "Decides to remain seized of the matter."
    added = Change("operative", "added", None, "op9", new_text=seized, **verdict("added"))
    removed = Change("operative", "removed", "op9", None, old_text=seized, **verdict("removed"))
    renumbered = Change(
        "operative", "renumbered", "op2", "op3", old_text="Notes;", new_text="Notes;", **verdict("renumbered")
    )
    assert change_segments(added) == (Segment("inserted", "Decides to remain seized of the matter."),)
    assert change_segments(removed) == (Segment("deleted", "Decides to remain seized of the matter."),)
    assert change_segments(renumbered) == (Segment("kept", "Notes;"),)
    assert change_segments(Change("metadata", "modified", "title", "title", **verdict("modified"))) == ()


def test_a_replacement_keeps_both_sides_exact() -> None:
    words = ((0, "64/256"), (-1, " and"), (1, ","), (0, " 65/122"), (-1, " of  "), (1, " of "), (0, "2010"))
    segments = word_segments(words)
    assert "".join(s.text for s in side_text(segments, "old")) == "64/256 and 65/122 of  2010"
    assert "".join(s.text for s in side_text(segments, "new")) == "64/256, 65/122 of 2010"


def test_long_unchanged_stretches_are_elided_around_each_edit() -> None:
    words = " ".join(f"w{n}" for n in range(100))
    segments = word_segments(((0, words + " "), (-1, "old"), (1, "new"), (0, " " + words + " "), (1, "end")))
    shown = elide_kept(segments, context=5, at_least=10)
    assert shown[0] == Segment("kept", "… w95 w96 w97 w98 w99 ")
    assert shown[3] == Segment("kept", " w0 w1 w2 w3 w4 … w95 w96 w97 w98 w99 ")
    assert shown[1:3] == segments[1:3] and shown[4] == segments[4]
    short = word_segments(
        ((0, "Requests the Secretary-General to submit at its "), (-1, "seventy-ninth"), (0, " session"))
    )
    assert elide_kept(short, context=5, at_least=10) == short  # an ordinary paragraph reads whole
    unchanged = (Segment("kept", words),)
    assert elide_kept(unchanged, context=5, at_least=10) == unchanged


def test_side_text_drops_the_other_sides_runs() -> None:
    segments = word_segments(((0, "a "), (-1, "b"), (1, "c"), (0, " d")))
    assert "".join(s.text for s in side_text(segments, "old")) == "a b d"
    assert "".join(s.text for s in side_text(segments, "new")) == "a c d"


_ops = st.lists(
    st.tuples(st.sampled_from([-1, 0, 1]), st.text(alphabet="ab \u201c.", min_size=1, max_size=6)),
    max_size=12,
)


@given(_ops)
def test_segments_keep_every_word_of_both_sides(words: list[tuple[int, str]]) -> None:
    """Old = kept + deleted and new = kept + inserted, up to the spacing the clean-up may shift (it only
    moves whitespace out of a one-sided run; a replacement keeps both sides exact)."""
    segments = word_segments(tuple(words))
    old = "".join(text for op, text in words if op <= 0)
    new = "".join(text for op, text in words if op >= 0)
    shown_old = "".join(s.text for s in side_text(segments, "old"))
    shown_new = "".join(s.text for s in side_text(segments, "new"))
    assert shown_old.replace(" ", "") == old.replace(" ", "")
    assert shown_new.replace(" ", "") == new.replace(" ", "")
    assert all(segment.text for segment in segments)
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))


def test_renderers_do_not_depend_on_the_baselines_kind() -> None:
    bare = ChangeList(OLD.__class__(OLD.symbol, OLD.date), every_kind().new, every_kind().changes)
    assert "A/RES/67/6@2013-07-15" in render(bare, "text")


@pytest.mark.parametrize("case", list(CASES))
def test_json_view_follows_the_change_list_schema(case: str) -> None:
    import jsonschema

    schema = json.loads(
        (Path(__file__).parents[1] / "schemas" / "changes.schema.json").read_text(encoding="utf-8")
    )
    problems = list(
        jsonschema.Draft202012Validator(schema).iter_errors(json.loads(render(CASES[case](), "json")))
    )
    assert problems == []
