"""A split (or merged) clause cut into the pieces its parts came from (:mod:`versioning.diff.parts`), and
how splits and merges show them (:func:`versioning.diff.groups.grouped_changes`)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from versioning.diff import diff_editions
from versioning.diff.apply import apply_changes
from versioning.diff.changes import Change
from versioning.diff.comparator import Comparator
from versioning.diff.parts import cut_other_side, joined, rejoin
from versioning.diff.words import new_text_of, old_text_of
from versioning.parsing import parse_edition

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
WORDS = st.sampled_from(
    [
        "the",
        "of",
        "and",
        "Assembly",
        "Member",
        "States",
        "cooperation",
        "invites",
        "urges",
        "report",
        "session",
    ]
)
INSERTED = st.sampled_from(["further", "Encourages", "also", "Secretary-General", "2025", "Decides"])


def cut_split(old: str, parts: list[str]) -> list[str]:
    comparator = Comparator()
    ops = comparator.words(old, joined(parts))
    return cut_other_side(ops, parts, old, parts_are_new=True, kept=comparator.kept_words)


def test_the_old_clause_is_cut_where_the_second_part_begins() -> None:
    old = "Welcomes the efforts of the secretariats, and encourages them to continue their collaboration;"
    parts = ["Welcomes the efforts of the secretariats;", "Encourages them to continue their collaboration;"]
    assert cut_split(old, parts) == [
        "Welcomes the efforts of the secretariats,",
        "and encourages them to continue their collaboration;",
    ]


def test_inside_an_edit_the_cut_keeps_the_most_words_of_each_part() -> None:
    """ "[-emphasizes-]{+as it contributes ...; Emphasizes+}": the old word could end the first part or open
    the second; where it opens the second, the second keeps more of its words."""
    old = (
        "Recognizes the importance of the Programme, emphasizes that technical assistance should be examined;"
    )
    parts = [
        "Recognizes the importance of the Programme, as it contributes to wider knowledge of law;",
        "Emphasizes that technical assistance should be examined;",
    ]
    pieces = cut_split(old, parts)
    assert pieces == [
        "Recognizes the importance of the Programme,",
        "emphasizes that technical assistance should be examined;",
    ]
    assert rejoin(pieces) == old


def test_a_clause_without_a_space_near_the_joint_is_not_cut() -> None:
    assert cut_split("Welcomes;", ["Welcomes;", "Encourages;"]) == []
    # where the joint falls among words joined by no-break spaces, there is no place to cut either
    old = "Welcomes the cooperation in the maintenance of peace,\u00a0and\u00a0encourages the secretariats;"
    assert (
        cut_split(
            old, ["Welcomes the cooperation in the maintenance of peace;", "Encourages the secretariats;"]
        )
        == []
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=2, max_size=11, unique=True), st.lists(INSERTED, max_size=4), st.data())
def test_pieces_always_join_back_to_the_clause(
    words: list[str], inserted: list[str], data: st.DataObject
) -> None:
    """Whatever the parts and the words inserted at the cut, the pieces are the clause cut at a space:
    nothing lost or added.  (Words distinct, so that the diff of the whole has one reading.)"""
    old = " ".join(words)
    at = data.draw(st.integers(1, len(words) - 1))
    parts = [" ".join(words[:at] + inserted), " ".join([*inserted, *words[at:]])]
    pieces = cut_split(old, parts)
    # the parts are the clause cut at a space with words inserted at the cut: there is always a place
    assert pieces, (old, parts)
    assert rejoin(pieces) == old
    assert all(piece.strip() for piece in pieces)


def split_records(old_name: str, new_name: str, folder: str) -> list[Change]:
    old = parse_edition(CORPUS / "sessions" / folder / old_name)
    new = parse_edition(CORPUS / "sessions" / folder / new_name)
    changes = diff_editions(old, new)
    assert apply_changes(old, changes).to_dict() | {"source": None} == new.to_dict() | {"source": None}
    return [change for change in changes.changes if change.kind in ("split", "merged")]


def test_a_real_split_shows_each_part_against_its_own_piece() -> None:
    """A/RES/79/126 op11 "Recognizes the importance of the Programme ..., emphasizes that further technical
    assistance ..." became 80/167 op11 (the first half, with a new ending) and op12 ("Emphasizes that
    further technical assistance ...")."""
    first, second = split_records("A-RES-79-126.pymupdf.txt", "A-RES-80-167.pymupdf.txt", "sixth")
    assert (first.old_id, first.new_id, second.new_id) == ("op11", "op11", "op12")
    assert [op for op, _ in first.words] == [0, 1]  # the first half kept, a new ending: nothing deleted
    assert first.old_text is not None and first.old_text.endswith("rule of law programmes and activities,")
    assert second.words[:2] == ((-1, "emphasizes"), (1, "Emphasizes"))
    assert rejoin([first.old_text, second.old_text or ""]).startswith("Recognizes the importance")
    for change in (first, second):
        assert old_text_of(change.words) == change.old_text and new_text_of(change.words) == change.new_text
        assert change.change_class == "substantive" and "as it contributes" in change.reason


def test_a_merge_whose_parts_crossed_shows_each_part_against_the_whole() -> None:
    """67/6 pp6 ("Noting the twentieth anniversary of the signing of the Treaty ...") was set inside pp7
    ("Noting with satisfaction that, [since the signing of the Collective Security Treaty,] the
    Organization has transformed ..."): 77/13 pp7 opens with pp7's lead, so no cut is made."""
    csto = CORPUS / "csto"
    old = parse_edition(csto / "A-RES-67-6.reissue-2013-07-15.txt")
    new = parse_edition(csto / "A-RES-77-13.pymupdf.txt")
    merged = [c for c in diff_editions(old, new).changes if c.kind == "merged" and c.new_id == "pp7"]
    assert [c.old_id for c in merged] == ["pp6", "pp7"]
    assert all(c.new_text == new.preamble[6].text for c in merged)
